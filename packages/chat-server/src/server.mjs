// The reference chat server: HTTP for the agent console and a demo page, WebSocket for users
// (/chat) and agents (/agent). The protocol is described in docs/chat-protocol.md. Every byte
// from the network is hostile: each request, upgrade and frame path ends in an answer or a
// log line, never in an exception that reaches the process.
import { WebSocketServer } from 'ws';
import { createSignIn } from './accounts.mjs';
import { readAttachment, withinQuota } from './attachments.mjs';
import { createAvailability } from './availability.mjs';
import { botReply } from './bot.mjs';
import { createCatalogue } from './catalogue.mjs';
import { performance } from 'node:perf_hooks';
import { beginReplay, deliverLive, endReplay, follow } from './cursor.mjs';
import { createHeldBytes, FRAME_OVERHEAD } from './held-bytes.mjs';
import { addressKey, capConnections, clientAddress, connectionCaps, guardedHttpServer, listen, originChecker, pathOf, refuseUpgrade } from './guard.mjs';
import { createIntake } from './intake.mjs';
import { createMetrics } from './metrics.mjs';
import { isPrivate, metricsRoute, opsRoutes } from './ops.mjs';
import { createPresence } from './presence.mjs';
import { checkAttachment, isClientId, namesOf, parseFrame, pingMark, profileOf, PROTOCOL_VERSION } from './protocol.mjs';
import { keyedRateLimiter, rateLimiter } from './rate-limit.mjs';
import { startRetention } from './retention.mjs';
import { serveStatic } from './static.mjs';
import { openStore } from './store/index.mjs';
import { newToken } from './store/tokens.mjs';

const DEFAULT_HOURS = { mn: 'Даваа–Баасан, 08:30–17:30', en: 'Monday to Friday, 08:30–17:30' };
const DAY_MS = 86_400_000;
const MiB = 1024 * 1024;
/** Replay sends at most this many messages, and this many bytes, then waits until the socket has taken them. */
const REPLAY_PAGE = 100;
const REPLAY_PAGE_BYTES = 1024 * 1024;
/** What a text message is charged beyond its text: its row, and the bot's answer when one is stored. */
const MESSAGE_ROW_BYTES = 512;
/**
 * Close code for a hello past maxSocketsPerConversation: a retry on its own cannot help until the
 * citizen closes a tab, so it is not 1013 (try again later), which clients retry by themselves.
 */
const TOO_MANY_CONNECTIONS = 4409;
/** Replay waits while the socket holds more than this. */
const REPLAY_BUFFER_BYTES = 256 * 1024;
/** Conversations waiting for an agent, by default: a full queue takes no new one (`queue-full`). */
const MAX_QUEUE_LENGTH = 5000;
/** Connections the metrics listener holds: a scraper keeps one open, a pair of them two. */
export const METRICS_CONNECTIONS_PER_ADDRESS = 4;
const METRICS_CONNECTIONS = 32;
/** Bot replies a conversation gets at once before `botReplyIntervalMs` spaces them. */
const BOT_REPLY_BURST = 3;

const jsonLogger = {
  info: (message, fields = {}) => console.log(JSON.stringify({ level: 'info', message, ...fields })),
  warn: (message, fields = {}) => console.warn(JSON.stringify({ level: 'warn', message, ...fields })),
};

/**
 * Starts a chat server and resolves once it listens.
 * @param {object} [options]
 * @param {string} [options.host] '127.0.0.1' by default.
 * @param {number} [options.port] 0 picks a free port.
 * @param {string} [options.dbPath] SQLite file; ':memory:' by default.
 * @param {string} [options.databaseUrl] PostgreSQL connection string; when given, it is used
 *   instead of SQLite and any number of processes can share the database.
 * @param {string[]} [options.allowedOrigins] Origins allowed to connect ('*' for any); the
 *   server's own origin (agent console, demo page) is always allowed.
 * @param {string} [options.publicOrigin] The origin browsers reach the server at, when a proxy
 *   stands in front of it (https://chat.example.mn); the listening address otherwise.
 * @param {number} [options.trustProxy] Proxies in front of the server whose X-Forwarded-For
 *   is believed (0: none, the socket's address is the client's). Per-address limits count an
 *   IPv6 client by its /64.
 * @param {number} [options.maxTextLength] Characters in one message (2,000).
 * @param {number} [options.maxAttachmentBytes] One attachment's size (1 MiB).
 * @param {{ files: number, bytes: number }} [options.attachmentQuota] Per conversation (20 files, 10 MiB).
 * @param {{ burst: number, perSecond: number }} [options.attachmentRate] Attachment bytes stored per
 *   client address (100 MiB at once, then 100 MiB a day): new conversations cannot fill the disk.
 * @param {{ burst: number, perSecond: number }} [options.textRate] Text bytes stored per client
 *   address, each message charged its text's UTF-8 bytes and 512 for its row and the bot's answer
 *   (4 MiB at once, then 16 MiB a day): a message over it is refused with `rate-limited` and
 *   stored once the budget has refilled.
 * @param {{ burst: number, perSecond: number }} [options.conversationMessageRate] Citizens' messages per
 *   conversation, from all its sockets (20 at once, then 20 a minute): one over it is refused with
 *   `rate-limited` and stored once the rate allows.
 * @param {number} [options.botReplyIntervalMs] Bot replies per conversation: the first three messages
 *   are each answered, then at most one each this often (10 s; 0: every message): a flood while no
 *   agent is online does not store a reply per message.
 * @param {{ burst: number, perSecond: number }} [options.rateLimit] Frames per connection.
 * @param {{ burst: number, perSecond: number }} [options.byteRate] Bytes per connection (4 MiB at
 *   once, then 1 MiB/s): beyond them the server reads the connection no faster; the client's
 *   bytes wait in TCP, nothing is refused.
 * @param {{ burst: number, perSecond: number }} [options.addressByteRate] Bytes per client address
 *   (16 MiB at once, then 4 MiB/s), read from all its connections and replayed to them.
 * @param {number} [options.messageTimeoutMs] A message must arrive whole this long after its first
 *   byte (10 s), plus a second for each 16 KiB it holds (a slow link gets a large file through),
 *   or its connection is closed; time the server held the connection back does not count.
 * @param {number} [options.maxUnfinishedBytes] Bytes of unfinished messages held over all
 *   connections (32 of the largest frames); beyond it, of the address holding the most, the
 *   connection whose message started first is closed.
 * @param {{ burst: number, perSecond: number }} [options.conversationRate] New conversations per
 *   client address (60 at once, then one each 5 s): a script cannot flood the agents' queue.
 * @param {number} [options.maxQueueLength] Conversations waiting for an agent (5,000), whatever
 *   addresses they come from: past it a message that would put one more in the queue is refused
 *   with `queue-full` and not stored (a conversation already waiting or with an agent goes on).
 * @param {{ burst: number, perSecond: number }} [options.helloRate] Hellos per client address (as
 *   many at once as it may hold connections, then 10 a second); one over it is closed with 1013
 *   and the client comes back later.
 * @param {{ perAddress: number, total: number }} [options.maxConnections] Open WebSockets.
 * @param {number} [options.maxSocketsPerConversation] Citizens' sockets following one conversation
 *   (10: tabs and devices); a hello past it is refused and closed with 4409 `too-many-connections`.
 * @param {{ socket: number, address: number }} [options.maxHeldBytes] Bytes held in memory for a
 *   citizen's sockets, sent but not yet taken or received but not yet handled: per socket (8 MiB)
 *   and per client address (16 MiB). A socket that holds some and would pass either is closed;
 *   its client resumes by replay (held-bytes.mjs).
 * @param {number} [options.helloTimeoutMs] A connection that has not said hello by then is closed.
 * @param {number} [options.quietMinutes] A conversation an agent opened but is not in front of is
 *   let go after this long without a message (10): back to the queue if unanswered.
 * @param {number} [options.retentionDays] Conversations idle this long are deleted (30).
 * @param {number} [options.tokenDays] A conversation token opens it this long after its last visit (7).
 * @param {number} [options.sessionHours] An agent's sign-in lasts this long (12).
 * @param {number} [options.sessionCheckMs] How often each open console's session is checked
 *   again (10 s; also before each of its frames): an agent disabled, given a new password or past
 *   her session's end is closed with `session-expired`.
 * @param {{ perAddress: number, total: number, waiting: number }} [options.passwordChecks] Password
 *   checks (scrypt) at once per client address (2) and in all (4); up to `waiting` (50) more wait
 *   their turn, any beyond are refused with `busy`: a flood cannot hold up the others' sign-ins.
 * @param {ReturnType<typeof createCatalogue>} [options.catalogue] What the bot searches.
 * @param {{ mn: string, en: string }} [options.openingHours] Shown while no agent is online.
 * @param {string} [options.metricsToken] When given, /metrics answers only a request with
 *   `Authorization: Bearer <token>`; without it, only one from a loopback or private address that
 *   carries no X-Forwarded-For or Forwarded (a proxy relayed it).
 * @param {{ host: string, port: number }} [options.metricsListen] Serve /metrics on a listener of
 *   its own at this address (an internal interface), to anyone who reaches it, or with the
 *   metricsToken when one is set; the main listener then answers /metrics with 404.
 * @param {{ info: Function, warn: Function }} [options.logger]
 * @param {boolean} [options.holdAcks] Tests only: store messages but send no ack or echo.
 */
export async function createChatServer(options = {}) {
  const {
    host = '127.0.0.1',
    port = 0,
    dbPath = ':memory:',
    databaseUrl,
    allowedOrigins = [],
    publicOrigin,
    trustProxy = 0,
    maxTextLength = 2000,
    maxAttachmentBytes = 1024 * 1024,
    attachmentQuota = { files: 20, bytes: 10 * 1024 * 1024 },
    attachmentRate = { burst: 100 * MiB, perSecond: (100 * MiB) / 86_400 },
    textRate = { burst: 4 * MiB, perSecond: (16 * MiB) / 86_400 },
    conversationMessageRate = { burst: 20, perSecond: 20 / 60 },
    botReplyIntervalMs = 10_000,
    rateLimit = { burst: 30, perSecond: 15 },
    byteRate = { burst: 4 * MiB, perSecond: MiB },
    addressByteRate = { burst: 16 * MiB, perSecond: 4 * MiB },
    messageTimeoutMs = 10_000,
    maxUnfinishedBytes,
    conversationRate = { burst: 60, perSecond: 1 / 5 },
    maxQueueLength = MAX_QUEUE_LENGTH,
    helloRate,
    maxConnections = { perAddress: 100, total: 10_000 },
    maxSocketsPerConversation = 10,
    maxHeldBytes = { socket: 8 * MiB, address: 16 * MiB },
    helloTimeoutMs = 10_000,
    retentionDays = 30,
    tokenDays = 7,
    sessionHours = 12,
    sessionCheckMs = 10_000,
    passwordChecks,
    catalogue = createCatalogue(),
    openingHours = DEFAULT_HOURS,
    logger = jsonLogger,
    heartbeatMs = 30_000,
    agentCapacity = 3,
    quietMinutes = 10,
    metricsToken,
    metricsListen,
    holdAcks = false,
  } = options;

  // An address may say hello on every connection it may hold at once (after a restart, say).
  const hellos = helloRate ?? { burst: maxConnections.perAddress ?? 100, perSecond: 10 };
  const store = await openStore({ dbPath, databaseUrl, logger });
  const accounts = createSignIn(store, { sessionHours, passwordChecks });
  let presence;
  const availability = createAvailability({ capacity: agentCapacity, remote: () => presence.remote() });
  presence = createPresence({ store, summary: availability.summary, onChange: () => announceAvailability(), logger });
  const caps = connectionCaps(maxConnections);
  const heldBytes = createHeldBytes({
    socketBytes: maxHeldBytes.socket,
    addressBytes: maxHeldBytes.address,
    close(socket) {
      logger.warn('slow consumer closed', { buffered: socket.bufferedAmount, waiting: socket.state.waitingBytes });
      socket.terminate();
    },
  });
  const metrics = createMetrics();
  const stored = metrics.counter('ger_chat_messages_stored_total', 'Messages this process stored.');
  const delivered = metrics.counter('ger_chat_messages_delivered_total', 'Message frames sent live to sockets.');
  const storeSeconds = metrics.histogram('ger_chat_store_seconds', 'Time to store one message (what its ack waits for).');
  const deliverySeconds = metrics.histogram('ger_chat_delivery_seconds', 'From a message being stored (any process) to its live delivery here.');
  // Every series exists from the start at 0, so rate() works from the first scrape.
  for (const from of ['user', 'agent', 'bot']) stored.inc({ from }, 0);
  delivered.inc({}, 0);
  /** conversationId -> Set of user sockets */
  const users = new Map();
  /** Every user socket that has said hello (each hears its availability). */
  const userSockets = new Set();
  const limits = { text: maxTextLength, attachment: maxAttachmentBytes };
  const tokenExpiry = () => new Date(Date.now() + tokenDays * DAY_MS).toISOString();
  // New conversations per client address: a script cannot fill the agents' queue.
  const newConversationAllowed = keyedRateLimiter(conversationRate);
  // Hellos per client address: each costs the store a few queries, however small the frame.
  const helloAllowed = keyedRateLimiter(hellos);
  // Attachment bytes per client address: each conversation has its quota, but an address may start many.
  const attachmentAllowed = keyedRateLimiter(attachmentRate);
  // Text bytes stored per client address: the frame rate alone let one address write about 190 GB
  // a day, and a flood keeps its conversations fresh, so retention never takes them.
  const textAllowed = keyedRateLimiter(textRate);
  // Messages per conversation: its sockets (up to 10, from any addresses) each have their own
  // frame rate, so together they could store 150 a second.
  const conversationMessageAllowed = keyedRateLimiter(conversationMessageRate);
  // Bot replies per conversation: each one is a stored row, and a flood's replies say the same.
  // Three at once: "hello", then the question, then a second question each get their answer.
  const botAllowed = botReplyIntervalMs > 0 ? keyedRateLimiter({ burst: BOT_REPLY_BURST, perSecond: 1000 / botReplyIntervalMs }) : () => true;

  /** A frame as UTF-8 bytes: a broadcast encodes it once and sends the same buffer to every socket. */
  const encode = (frame) => Buffer.from(JSON.stringify(frame));
  /** Sends an encoded frame as text; returns its size in bytes (0 when not sent), what a replay is charged. */
  const sendEncoded = (socket, data) => {
    // Bytes, not UTF-16 units: a Mongolian history is three bytes a letter on the wire.
    // A peer that stopped reading would make the server hold everything sent to it.
    if (socket.readyState !== socket.OPEN || !heldBytes.admit(socket, data.length)) return 0;
    socket.send(data, { binary: false });
    return data.length;
  };
  const send = (socket, frame) => (socket.readyState === socket.OPEN ? sendEncoded(socket, encode(frame)) : 0);
  const toUsers = (conversationId, frame) => {
    const sockets = users.get(conversationId);
    if (!sockets) return;
    const data = encode(frame);
    for (const socket of sockets) sendEncoded(socket, data);
  };
  const toAgents = (frame, conversationId) => {
    let data;
    for (const [socket, agent] of availability.agents) {
      if (conversationId === undefined || agent.open.has(conversationId)) sendEncoded(socket, (data ??= encode({ ...frame, conversation: conversationId })));
    }
  };

  const availabilityFor = (status, lang) => (status.status === 'offline' ? { ...status, hours: openingHours[lang] ?? openingHours.mn } : status);

  /** Waiting conversations first, longest waiting at the top; then the latest others. */
  async function queueFrame() {
    const waitingIds = [...availability.waiting.keys()].slice(0, 200);
    const waiting = new Map((await store.conversationsByIds(waitingIds)).map((c) => [c.id, c]));
    // Deleted by another process's retention: it would hold a place in the queue for ever.
    const deleted = waitingIds.filter((id) => !waiting.has(id) && availability.waiting.has(id));
    if (deleted.length) dropDeleted(deleted);
    const others = (await store.recentConversations(100)).filter((c) => !availability.waiting.has(c.id));
    const rows = [...waitingIds.map((id) => waiting.get(id)).filter(Boolean), ...others].slice(0, 100);
    const items = rows.map((c) => ({
      conversation: c.id,
      name: c.name,
      topic: c.topic,
      reference: c.reference,
      lastSeq: c.last_seq,
      waiting: availability.waiting.has(c.id) && !availability.claimedBy(c.id),
      since: availability.waiting.has(c.id) ? new Date(availability.waiting.get(c.id)).toISOString() : undefined,
      agent: availability.claimedBy(c.id) ?? null,
    }));
    return { type: 'queue', items };
  }

  // The queue goes to agents at most every 100 ms, however many messages arrive.
  let queueTimer;
  function scheduleQueue() {
    if (queueTimer || !availability.agents.size) return;
    queueTimer = setTimeout(async () => {
      queueTimer = undefined;
      try {
        const queue = encode(await queueFrame());
        for (const socket of availability.agents.keys()) sendEncoded(socket, queue);
      } catch (error) {
        logger.warn('queue failed', { error: error.message });
      }
    }, 100);
  }

  /**
   * After a change in agents or the queue: each user whose status changed hears it (and only
   * they), agents get the queue. Positions come from one snapshot: linear in users, not square.
   */
  function announceAvailability() {
    const snapshot = availability.snapshot();
    // Most users share a status (offline, online): each distinct one is encoded once.
    const frames = new Map();
    for (const socket of userSockets) {
      const { state } = socket;
      const status = availabilityFor(snapshot.statusOf(state.conversation?.id), state.lang);
      const json = JSON.stringify(status);
      if (json === state.lastAvailability) continue;
      state.lastAvailability = json;
      if (!frames.has(json)) frames.set(json, encode({ type: 'availability', ...status }));
      sendEncoded(socket, frames.get(json));
    }
    scheduleQueue();
    publishPresenceIfChanged();
  }

  // Every stored message, whichever process stored it, reaches the sockets held here, each at
  // most once and in order (cursor.mjs).
  store.subscribe(({ conversationId, message }) => {
    if (holdAcks) return;
    // Encoded once for the conversation's sockets and once for its agents (their frame names the
    // conversation), not once per socket: ten tabs cost one encoding, not ten.
    let forUsers, forAgents;
    let sent = 0;
    for (const socket of users.get(conversationId) ?? []) {
      forUsers ??= encode({ type: 'message', ...message });
      if (deliverLive(socket.state, conversationId, message, () => sendEncoded(socket, forUsers))) sent += 1;
    }
    for (const [socket, agent] of availability.agents) {
      if (!agent.open.has(conversationId)) continue;
      forAgents ??= encode({ type: 'message', ...message, conversation: conversationId });
      if (deliverLive(socket.state, conversationId, message, () => sendEncoded(socket, forAgents))) sent += 1;
    }
    if (sent) {
      delivered.inc({}, sent);
      deliverySeconds.observe((Date.now() - Date.parse(message.at)) / 1000);
    }
    if (message.from === 'agent') availability.answered(conversationId);
    // A user's message stored by another process puts the conversation in this process's queue too.
    // (It is how this process's own new conversations join the queue too: the users here hear
    // their new places.)
    if (message.from === 'user' && !message.ticket && !availability.claimedBy(conversationId) && availability.wait(conversationId, Date.parse(message.at))) {
      announceAvailability();
    }
  });

  /** Stores a message (delivery follows through the store's subscription) and counts it. */
  async function append(conversationId, message, options) {
    const started = performance.now();
    const result = await store.append(conversationId, message, options);
    storeSeconds.observe((performance.now() - started) / 1000);
    if (result.refused) return result;
    if (!result.duplicate) stored.inc({ from: message.from });
    return result;
  }

  metrics.gauge('ger_chat_connections', 'Open WebSockets.', () => {
    let agents = 0;
    for (const socket of wss.clients) if (socket.state?.agent) agents += 1;
    return [
      { labels: { kind: 'user' }, value: wss.clients.size - agents },
      { labels: { kind: 'agent' }, value: agents },
    ];
  });
  metrics.gauge(
    'ger_chat_queue_length',
    'Conversations waiting for an agent.',
    () => [...availability.waiting.keys()].filter((id) => !availability.claimedBy(id)).length,
  );
  metrics.gauge('ger_chat_agents_online', 'Agents online, on this process and on the others.', () => availability.summary().online + presence.remote().online);
  metrics.gauge('ger_chat_unfinished_message_bytes', 'Bytes of messages not yet whole, held in memory.', () => intake.unfinishedBytes);

  // The other processes hear when this one's agents change (sign-in, sign-out, away, open).
  let lastPresence = '';
  function publishPresenceIfChanged() {
    const summary = JSON.stringify(availability.summary());
    if (summary === lastPresence) return;
    lastPresence = summary;
    presence.publish();
  }

  /**
   * Sends stored messages after `after` page by page (pages sized by bytes too), each page once
   * the socket has taken the last: a slow reader is waited for, not cut off, and a socket that
   * does not read is not fed. A user's replay is charged to the byte budget of their address, so
   * a hello repeated on many sockets cannot make the server read and encode its history at will.
   * Live messages wait until the history is out.
   */
  async function replay(socket, conversationId, after, frameOf = (m) => ({ type: 'message', ...m })) {
    const { flow } = socket.state;
    // Signed-in agents are staff, often many behind one address: their replays are not charged.
    const paid = !socket.state.agent;
    const waitMs = () => Math.max(socket.bufferedAmount > REPLAY_BUFFER_BYTES ? 25 : 0, paid ? flow.wait() : 0);
    let seq = after;
    for (;;) {
      for (let ms = waitMs(); ms > 0 && socket.readyState === socket.OPEN; ms = waitMs()) await new Promise((r) => setTimeout(r, Math.min(ms, 250)));
      if (socket.readyState !== socket.OPEN) break;
      const page = await store.messagesAfter(conversationId, seq, REPLAY_PAGE, REPLAY_PAGE_BYTES);
      let bytes = 0;
      for (const message of page) bytes += send(socket, frameOf(message));
      if (paid) flow.charge(bytes);
      // A page cut by bytes is short too: the history ends with an empty page.
      if (!page.length) break;
      seq = page[page.length - 1].seq;
    }
    endReplay(socket.state, conversationId, seq, (m) => send(socket, frameOf(m)));
  }

  // ---- users ---------------------------------------------------------------------------
  /** The socket follows the conversation; live messages are held until `replay` (or `follow`) sets its place. */
  function join(socket, conversation) {
    socket.state.conversation = conversation;
    if (!users.has(conversation.id)) users.set(conversation.id, new Set());
    users.get(conversation.id).add(socket);
    beginReplay(socket.state, conversation.id);
  }

  async function onHello(socket, state, frame) {
    if (state.hello) return logger.warn('malformed frame', { reason: 'second hello' });
    if (!helloAllowed(state.address)) {
      // Closed, not left waiting: the client reconnects with its backoff and says hello again.
      logger.warn('hello refused', { reason: 'rate limit', address: state.address });
      send(socket, { type: 'error', code: 'rate-limited' });
      return socket.close(1013, 'try again later');
    }
    state.hello = true;
    clearTimeout(state.helloTimer);
    const profile = profileOf(frame);
    let conversation = await store.findByToken(frame.token);
    let token = frame.token;
    if (conversation) {
      if (profile.name || profile.topic || profile.lang !== conversation.lang) {
        await store.updateProfile(conversation.id, { name: profile.name || conversation.name, topic: profile.topic || conversation.topic, lang: profile.lang });
        conversation = await store.findById(conversation.id);
      }
      await store.extendToken(conversation.id, tokenExpiry());
    }
    // The client may have gone while the store answered (its close handler has run): a socket
    // registered now would be held for good.
    if (socket.readyState !== socket.OPEN) return;
    // Each message goes to every socket of its conversation: a hundred sockets on one token made
    // one sender's traffic cost the server a hundred times over (600 KB/s in, 59 MB/s out).
    if (conversation && (users.get(conversation.id)?.size ?? 0) >= maxSocketsPerConversation) {
      logger.warn('hello refused', { reason: 'too many sockets on the conversation', conversation: conversation.id });
      send(socket, { type: 'error', code: 'too-many-connections', limit: maxSocketsPerConversation });
      return socket.close(TOO_MANY_CONNECTIONS, 'too-many-connections');
    }
    if (conversation) join(socket, conversation);
    else {
      // Nothing is stored until the first message: a visit without one leaves no row behind.
      token = newToken();
      state.draft = { token, profile };
    }
    state.lang = conversation?.lang ?? profile.lang;
    userSockets.add(socket);
    const status = availabilityFor(availability.snapshot().statusOf(conversation?.id), state.lang);
    state.lastAvailability = JSON.stringify(status);
    send(socket, {
      type: 'welcome',
      v: PROTOCOL_VERSION,
      token,
      seq: conversation?.last_seq ?? 0,
      reference: conversation?.reference ?? undefined,
      limits,
      availability: status,
    });
    if (!conversation) return;
    const after = Number.isInteger(frame.after) && frame.after > 0 ? frame.after : 0;
    await replay(socket, conversation.id, after);
    if (conversation.delivered_seq > 0) send(socket, { type: 'delivered', upTo: conversation.delivered_seq });
  }

  /** The conversation a first message starts (from the hello's draft), if this address may start one. */
  async function startConversation(socket, state) {
    if (!newConversationAllowed(state.address)) return undefined;
    const conversation = await store.createConversation({ token: state.draft.token, ...state.draft.profile, expiresAt: tokenExpiry() });
    state.draft = undefined;
    conversationMessageAllowed(conversation.id); // its first message counts too
    // A sender gone meanwhile is not followed (its message is still stored: sent again after a
    // reconnect, it is found under its id, not doubled).
    if (socket.readyState !== socket.OPEN) return conversation;
    join(socket, conversation);
    endReplay(state, conversation.id, 0, () => {});
    return conversation;
  }

  /** Whether the queue has no place for conversation `id` (undefined: a new one) unless it holds one already or an agent has it. */
  const queueFull = (id) => availability.waiting.size >= maxQueueLength && !(id !== undefined && (availability.waiting.has(id) || availability.claimedBy(id)));

  const ackOf = (message) => ({ type: 'ack', id: message.id, seq: message.seq, ...(message.reference ? { reference: message.reference } : {}) });

  async function onSend(socket, state, frame) {
    if (!isClientId(frame.id) || typeof frame.text !== 'string') {
      return logger.warn('malformed frame', { reason: 'send without id or text', conversation: state.conversation?.id });
    }
    // A message sent again (its ack was lost with a connection) is answered as stored before any
    // limit charges it a second time, or refuses it: the store keeps one per (conversation, id).
    // Only a connection's first messages can be such (the client sends one at a time, in order),
    // so the store is asked until the first new one, not for every message.
    if (state.conversation && !state.resendsPassed) {
      const stored = await store.messageByClientId(state.conversation.id, frame.id);
      if (stored) return holdAcks ? undefined : send(socket, ackOf(stored));
      state.resendsPassed = true;
    }
    const text = frame.text.trim();
    if (text.length > maxTextLength) return send(socket, { type: 'error', code: 'too-large', id: frame.id, limit: maxTextLength });
    // Cheap checks first (type, size by length, then the file's signature), the whole file last.
    const checked = checkAttachment(frame.attachment, maxAttachmentBytes);
    const read = checked.attachment ? readAttachment(checked.attachment) : checked;
    if (read.code) {
      return send(socket, { type: 'error', code: read.code, id: frame.id, limit: read.code === 'too-large' ? maxAttachmentBytes : undefined });
    }
    const { file } = read;
    if (!text && !file) return logger.warn('malformed frame', { reason: 'empty message', conversation: state.conversation?.id });
    const ticket = frame.ticket === true;
    // Per-address limits do not bound the queue (many addresses add up), and each waiting user is
    // told their place at every change: a full queue takes no one new, before anything is charged.
    if (!ticket && queueFull(state.conversation?.id)) return send(socket, { type: 'error', code: 'queue-full', id: frame.id, limit: maxQueueLength });
    // Before the text budget, which refills far slower. A first message is counted as it starts its conversation.
    if (state.conversation && !conversationMessageAllowed(state.conversation.id)) return send(socket, { type: 'error', code: 'rate-limited', id: frame.id });
    // Before a conversation is started for it: a refused first message leaves nothing stored.
    // The client keeps a rate-limited message and sends it again, so it is stored once the budget refills.
    if (!textAllowed(state.address, Buffer.byteLength(text) + MESSAGE_ROW_BYTES)) return send(socket, { type: 'error', code: 'rate-limited', id: frame.id });

    const conversation = state.conversation ? await store.findById(state.conversation.id) : await startConversation(socket, state);
    if (!conversation) return send(socket, { type: 'error', code: 'rate-limited', id: frame.id });
    if (
      file &&
      !(withinQuota(file.data.length, await store.attachmentUse(conversation.id), attachmentQuota) && attachmentAllowed(state.address, file.data.length))
    ) {
      return send(socket, { type: 'error', code: 'quota', id: frame.id });
    }
    const extra = {
      ...(file ? { attachment: file } : {}),
      ...(ticket ? { ticket: true, reference: await store.reference(conversation.id) } : {}),
    };
    const message = { id: frame.id, from: 'user', text, extra: Object.keys(extra).length ? extra : undefined };
    // The quota is checked again where the file is stored: files sent at once from several
    // sockets all passed the check above before any was stored.
    const underQuota = { quota: attachmentQuota };
    if (holdAcks) return append(conversation.id, message, underQuota);
    const result = await append(conversation.id, message, underQuota);
    if (result.refused) return send(socket, { type: 'error', code: 'quota', id: frame.id });
    send(socket, ackOf(result.message));
    if (result.duplicate || ticket) return;
    const queued = availability.wait(conversation.id);
    if (!availability.anyoneOnline() && text && botAllowed(conversation.id)) {
      // Other connections' frames go first: the bot's few milliseconds never queue in front of them.
      await new Promise((resolve) => setImmediate(resolve));
      const reply = botReply(catalogue, text, conversation.lang);
      await append(conversation.id, { id: `bot-${result.message.seq}`, from: 'bot', text: reply.text, extra: { services: reply.services } });
    }
    if (queued) announceAvailability();
    else scheduleQueue();
  }

  /** "End chat and forget this device": the token stops opening the conversation, at once. */
  async function onForget(socket, state) {
    state.draft = undefined;
    const sockets = state.conversation ? [...(users.get(state.conversation.id) ?? [])] : [socket];
    if (state.conversation) {
      await store.revokeToken(state.conversation.id);
      availability.forget(state.conversation.id);
    }
    for (const other of sockets) {
      send(other, { type: 'forgotten' });
      other.close(1000, 'forgotten');
    }
    scheduleQueue();
  }

  /**
   * Conversations retention (or another process) deleted: out of the queue and the agents' lists,
   * and their sockets closed, so nothing more reaches or comes from a conversation that is gone.
   * Their clients reconnect and start afresh (the token opens nothing now).
   */
  function dropDeleted(ids) {
    for (const id of ids) {
      availability.forget(id);
      for (const socket of users.get(id) ?? []) socket.close(1000, 'conversation deleted');
      users.delete(id);
    }
    if (ids.length) announceAvailability();
  }

  /**
   * An agent holds the conversation in front of them, and the others they opened while those go
   * on. One quiet for `quietMinutes` is let go, so the agent's places free up (citizens are not
   * told "busy" by an idle agent) and what other processes hear of the claims stays small:
   * answered, it is done; a citizen's message unanswered, it goes back to the queue.
   */
  async function releaseQuiet() {
    const held = availability.heldInBackground();
    if (!held.length) return;
    const conversations = new Map((await store.conversationsByIds([...new Set(held.map(([, id]) => id))])).map((c) => [c.id, c]));
    const quietSince = Date.now() - quietMinutes * 60_000;
    let released = 0;
    for (const [socket, id] of held) {
      const conversation = conversations.get(id);
      if (conversation && Date.parse(conversation.updated_at ?? conversation.created_at) > quietSince) continue;
      if (!availability.release(id, socket) || !conversation) continue;
      released += 1;
      const [last] = await store.messagesAfter(id, Math.max(0, conversation.last_seq - 1));
      if (last?.from === 'user') availability.wait(id, Date.parse(last.at));
    }
    if (released) announceAvailability();
  }

  /**
   * Conversations an agent's console let go when it went (a crash, a lid shut, the end of a
   * shift): each whose citizen's message is unanswered goes back in the queue at its place by
   * waiting time. Without this it left the queue for good (until a restart or the citizen's next
   * message), as the agent who opened it had taken it out.
   */
  async function requeue(ids) {
    if (!ids.length) return;
    let queued = false;
    for (const conversation of await store.conversationsByIds(ids)) {
      const [last] = await store.messagesAfter(conversation.id, Math.max(0, conversation.last_seq - 1));
      if (last?.from !== 'user' || last.ticket || availability.claimedBy(conversation.id)) continue;
      if (availability.wait(conversation.id, Date.parse(last.at))) queued = true;
    }
    if (queued) announceAvailability();
  }

  async function onUserFrame(socket, state, frame) {
    if (frame.type === 'ping') return send(socket, { type: 'pong', t: pingMark(frame.t) });
    if (frame.type === 'hello') return onHello(socket, state, frame);
    if (!state.hello) return logger.warn('malformed frame', { reason: `${frame.type} before hello` });
    if (frame.type === 'typing') return state.conversation && toAgents({ type: 'typing', on: Boolean(frame.on) }, state.conversation.id);
    if (frame.type === 'send') return onSend(socket, state, frame);
    if (frame.type === 'forget') return onForget(socket, state);
    logger.warn('malformed frame', { reason: `unknown type ${String(frame.type).slice(0, 40)}` });
  }

  // ---- agents --------------------------------------------------------------------------
  /** `cleaned`: parseFrame took characters out of the frame's strings (see there). */
  async function onAgentHello(socket, state, frame, cleaned) {
    if (frame.type !== 'agent-hello') {
      logger.warn('agent refused', { reason: 'not signed in' });
      return socket.close(1008, 'unauthorized');
    }
    clearTimeout(state.helloTimer);
    state.hello = true;
    // Control characters taken out of a name or password leave other credentials than were sent:
    // a wrong sign-in, refused as one, before anything is counted or checked.
    const result = cleaned ? { refused: 'unauthorized' } : await accounts.signIn(frame, state.address);
    // The console may have gone during the password check (its close handler has run): an agent
    // registered now would stay "online" for good. A session made for it is ended: nobody holds its token.
    if (socket.readyState !== socket.OPEN) {
      if (result.session && !frame.session) await accounts.signOut(result.session);
      return;
    }
    if (result.refused) {
      logger.warn('agent refused', { reason: result.refused, address: state.address });
      send(socket, { type: 'error', code: result.refused, retryAfter: result.retryAfterMs ? Math.ceil(result.retryAfterMs / 1000) : undefined });
      return socket.close(1008, result.refused);
    }
    state.agent = result.agent.name;
    // Staff share office addresses: a signed-in agent's socket no longer counts with its address.
    heldBytes.remove(socket);
    state.role = result.agent.role;
    state.session = result.session;
    availability.addAgent(socket, state.agent);
    logger.info('agent signed in', { agent: state.agent });
    send(socket, { type: 'agent-welcome', name: state.agent, role: state.role, session: result.session });
    return announceAvailability();
  }

  /**
   * Whether the agent's session still holds; if not, the console is told so and closed. A session
   * ends with sign-out, its time, a disable or a new password (the store deletes it): an open
   * console must not outlive it, for hours, with heartbeats and resumes.
   */
  async function sessionHolds(socket, state) {
    if (await accounts.holds(state.session)) return true;
    if (socket.readyState === socket.OPEN) {
      logger.warn('agent session ended', { agent: state.agent });
      send(socket, { type: 'error', code: 'session-expired' });
      socket.close(1008, 'session-expired');
    }
    return false;
  }

  async function onAgentFrame(socket, state, frame, cleaned) {
    if (frame.type === 'ping') return send(socket, { type: 'pong', t: pingMark(frame.t) });
    if (!state.agent) return onAgentHello(socket, state, frame, cleaned);
    if (frame.type !== 'sign-out' && !(await sessionHolds(socket, state))) return;
    if (frame.type === 'status') {
      availability.agents.get(socket).status = frame.status === 'away' ? 'away' : 'online';
      return announceAvailability();
    }
    if (frame.type === 'sign-out') {
      await accounts.signOut(state.session);
      return socket.close(1000, 'signed out');
    }
    if (frame.type === 'audit') {
      if (state.role !== 'supervisor') return send(socket, { type: 'error', code: 'forbidden' });
      return send(socket, { type: 'audit', entries: await store.auditLog(200) });
    }
    const id = Number(frame.conversation);
    const conversation = Number.isInteger(id) ? await store.findById(id) : undefined;
    if (!conversation) return logger.warn('malformed frame', { reason: `agent ${String(frame.type).slice(0, 40)} without a known conversation` });
    // Another agent's live conversation is theirs; a supervisor may look in and step in.
    const holder = availability.claimedBy(conversation.id);
    const othersOnly = holder && holder !== state.agent;
    if (othersOnly && state.role !== 'supervisor' && (frame.type === 'open' || frame.type === 'reply')) {
      // A reply this agent sent before the other took over, sent again because its ack was lost
      // with the connection: it is stored, and the agent must hear so, not that it was refused.
      const earlier = frame.type === 'reply' && isClientId(frame.id) ? await store.messageByClientId(conversation.id, frame.id) : undefined;
      if (earlier?.from === 'agent' && earlier.agent === state.agent) {
        return send(socket, { type: 'ack', id: earlier.id, seq: earlier.seq, conversation: conversation.id });
      }
      return send(socket, { type: 'error', code: 'forbidden', conversation: conversation.id });
    }
    if (frame.type === 'open') {
      if (othersOnly) availability.watch(conversation.id, socket);
      else {
        availability.claim(conversation.id, socket);
        await store.assign(conversation.id, state.agent);
      }
      await store.audit(state.agent, 'open', conversation.id);
      beginReplay(state, conversation.id);
      // The first page comes with the conversation's heading; a longer history follows page by
      // page as the agent's socket takes it, like a user's replay.
      const messages = await store.messagesAfter(conversation.id, 0, REPLAY_PAGE, REPLAY_PAGE_BYTES);
      send(socket, {
        type: 'history',
        conversation: conversation.id,
        name: conversation.name,
        topic: conversation.topic,
        reference: conversation.reference,
        messages,
      });
      await replay(socket, conversation.id, messages.at(-1)?.seq ?? 0, (m) => ({ type: 'message', ...m, conversation: conversation.id }));
      return announceAvailability();
    }
    // Typing and receipts speak to the citizen for whoever holds the conversation: only from an
    // agent who has it open here (and, but for a supervisor who looked in, holds it). Dropped, not
    // refused: a console may still show a conversation let go while it was quiet.
    const speaksFor = availability.agents.get(socket)?.open.has(conversation.id) && (!othersOnly || state.role === 'supervisor');
    if ((frame.type === 'received' || frame.type === 'typing') && !speaksFor) {
      return logger.warn('agent frame dropped', { reason: `${frame.type} for a conversation not open here`, conversation: conversation.id });
    }
    if (frame.type === 'received' && Number.isInteger(frame.seq)) {
      const upTo = Math.min(frame.seq, conversation.last_seq);
      await store.markDelivered(conversation.id, upTo);
      return toUsers(conversation.id, { type: 'delivered', upTo: (await store.findById(conversation.id)).delivered_seq });
    }
    if (frame.type === 'typing') return toUsers(conversation.id, { type: 'typing', on: Boolean(frame.on) });
    if (frame.type === 'reply' && isClientId(frame.id) && typeof frame.text === 'string' && frame.text.trim()) {
      if (frame.text.length > maxTextLength) return send(socket, { type: 'error', code: 'too-large', id: frame.id, limit: maxTextLength });
      availability.claim(conversation.id, socket);
      follow(state, conversation.id, conversation.last_seq);
      const { message, duplicate } = await append(conversation.id, { id: frame.id, from: 'agent', text: frame.text.trim(), extra: { agent: state.agent } });
      if (!duplicate) await store.audit(state.agent, 'reply', conversation.id);
      send(socket, { type: 'ack', id: message.id, seq: message.seq, conversation: conversation.id });
      return announceAvailability();
    }
    logger.warn('malformed frame', { reason: `agent ${String(frame.type).slice(0, 40)}` });
  }

  // ---- wiring --------------------------------------------------------------------------
  let closing = false;
  let originAllowed = () => false;
  let pagePolicy = {};
  const ops = opsRoutes({ store, metrics, isClosing: () => closing, metricsToken, metricsElsewhere: Boolean(metricsListen), logger });
  const http = guardedHttpServer((request, response) => {
    if (ops(request, response)) return;
    serveStatic(request, response, pagePolicy).catch((error) => {
      logger.warn('request failed', { error: error.message });
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end();
    });
  });
  // Metrics on an address of their own (an internal interface): the public listener has none.
  // Its connections are capped, so that whoever else reaches it cannot hold it from Prometheus.
  const metricsHttp = metricsListen && guardedHttpServer(metricsRoute({ metrics, metricsToken }));
  if (metricsHttp) capConnections(metricsHttp, { perAddress: METRICS_CONNECTIONS_PER_ADDRESS, total: METRICS_CONNECTIONS });
  // Connections that never become a WebSocket (silent, or sending half a request) are capped per
  // address too, at twice its WebSockets: page loads and upgrades under way have room. Behind a
  // proxy every connection comes from the proxy, which does this itself.
  if (!trustProxy) capConnections(http, { perAddress: 2 * (maxConnections.perAddress ?? 100), total: Infinity });
  const maxFrameBytes = Math.ceil(maxAttachmentBytes * 1.4) + maxTextLength * 4 + 4096;
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });
  const intake = createIntake({
    connectionBytes: byteRate,
    addressBytes: addressByteRate,
    messageTimeoutMs,
    maxUnfinishedBytes: maxUnfinishedBytes ?? 32 * maxFrameBytes,
    warn: logger.warn,
  });
  wss.on('error', (error) => logger.warn('websocket server error', { error: error.message }));
  // Live delivery had a hole: every client reconnects and replays from its last seq.
  store.onResync(() => {
    logger.warn('live delivery resynchronised: closing sockets so clients replay');
    for (const socket of wss.clients) socket.terminate();
  });

  http.on('upgrade', (request, socket, head) => {
    socket.on('error', (error) => logger.warn('upgrade socket error', { error: error.message }));
    try {
      const path = pathOf(request.url);
      if (path !== '/chat' && path !== '/agent') return refuseUpgrade(socket, path ? 404 : 400);
      const origin = request.headers.origin;
      if (!originAllowed(origin)) {
        logger.warn('connection refused', { path, origin: typeof origin === 'string' ? origin.slice(0, 200) : null });
        return refuseUpgrade(socket, 403);
      }
      // Every per-address limit (connections, new conversations, sign-in guesses) counts by this.
      const address = addressKey(clientAddress(request, trustProxy));
      const refused = caps.admit(address);
      if (refused) {
        logger.warn('connection refused', { path, reason: `too many connections (${refused})` });
        return refuseUpgrade(socket, refused === 'address' ? 429 : 503);
      }
      socket.once('close', () => caps.release(address));
      // ws answers a malformed upgrade (bad key, version) with a 400 itself.
      wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, path, address, socket));
    } catch (error) {
      logger.warn('upgrade failed', { error: error.message });
      refuseUpgrade(socket, 400);
    }
  });

  function handle(socket, state, raw, isBinary) {
    // Every frame costs a token, one that does not parse too: garbage is not free.
    if (!state.allow()) {
      state.dropped += 1;
      if (state.dropped > 100) return socket.close(1008, 'rate limit');
      // The refusal names what was refused, so the client knows what to send again: a message
      // by its id, an agent's open (which has no id) by its conversation. A dropped frame is not
      // parsed whole for that.
      const names = namesOf(raw, isBinary);
      const conversation = state.path === '/agent' && names.conversation != null ? Number(names.conversation) : NaN;
      return send(socket, {
        type: 'error',
        code: 'rate-limited',
        id: isClientId(names.id) ? names.id : undefined,
        conversation: Number.isInteger(conversation) && conversation > 0 ? conversation : undefined,
      });
    }
    const { frame, cleaned, error } = parseFrame(raw, isBinary);
    if (error) return logger.warn('malformed frame', { reason: error, bytes: raw.length });
    // A connection's frames are handled one after another, in the order they came: those that
    // wait (behind a replay the client does not take, say) are held, and counted.
    const cost = raw.length + FRAME_OVERHEAD;
    if (!heldBytes.admit(socket, cost)) return;
    state.waitingBytes += cost;
    state.work = state.work
      .then(() => {
        state.waitingBytes -= cost;
        return state.path === '/agent' ? onAgentFrame(socket, state, frame, cleaned) : onUserFrame(socket, state, frame);
      })
      .catch((caught) => logger.warn('frame failed', { type: frame.type.slice(0, 40), error: caught.message }));
  }

  wss.on('connection', (socket, path, address, raw) => {
    const state = {
      path,
      address,
      hello: false,
      alive: true,
      dropped: 0,
      work: Promise.resolve(),
      waitingBytes: 0,
      resendsPassed: false,
      allow: rateLimiter(rateLimit),
    };
    socket.state = state;
    heldBytes.add(socket);
    state.flow = intake.watch(socket, raw, address);
    state.helloTimer = setTimeout(() => socket.close(1008, 'no hello'), helloTimeoutMs);
    socket.on('pong', () => (state.alive = true));
    socket.on('error', (error) => logger.warn('socket error', { error: error.message }));
    socket.on('message', (raw, isBinary) => {
      try {
        handle(socket, state, raw, isBinary);
      } catch (caught) {
        logger.warn('frame failed', { error: caught.message });
      }
    });
    socket.on('close', () => {
      clearTimeout(state.helloTimer);
      heldBytes.remove(socket);
      userSockets.delete(socket);
      if (state.conversation) {
        const set = users.get(state.conversation.id);
        set?.delete(socket);
        if (set?.size === 0) users.delete(state.conversation.id);
      }
      if (state.agent) {
        const released = availability.removeAgent(socket);
        announceAvailability();
        requeue(released).catch((error) => logger.warn('requeueing conversations failed', { error: error.message }));
      }
    });
  });

  // Sockets whose peer vanished without a close frame are ended after one missed ping; sockets
  // that hold too much, though nothing more was sent to them, are closed as slow.
  const heartbeat = setInterval(() => {
    heldBytes.sweep(wss.clients);
    for (const socket of wss.clients) {
      // A socket the server is not reading (over its byte budget) cannot have its pong read.
      if (socket.state?.flow?.paused) continue;
      if (!socket.state?.alive) {
        socket.terminate();
        continue;
      }
      socket.state.alive = false;
      socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();
  const quietSweep = setInterval(
    () => releaseQuiet().catch((error) => logger.warn('releasing quiet conversations failed', { error: error.message })),
    Math.min(60_000, quietMinutes * 30_000),
  );
  quietSweep.unref();
  // Sessions ended elsewhere (ger-chat-agents disable or password, another process) close their
  // consoles here within this long, even a console that sends nothing.
  const sessionSweep = setInterval(() => {
    for (const socket of availability.agents.keys()) {
      sessionHolds(socket, socket.state).catch((error) => logger.warn('session check failed', { error: error.message }));
    }
  }, sessionCheckMs);
  sessionSweep.unref();

  // Conversations left waiting before a restart wait again, in the order they started waiting.
  const stillWaiting = [];
  for (const c of await store.recentConversations(500)) {
    const last = (await store.messagesAfter(c.id, Math.max(0, c.last_seq - 1)))[0];
    if (last?.from === 'user' && !last.ticket) stillWaiting.push([c.id, Date.parse(last.at)]);
  }
  for (const [id, since] of stillWaiting.sort((a, b) => a[1] - b[1])) availability.wait(id, since);

  const retention = startRetention(store, { retentionDays, logger, onDeleted: dropDeleted });

  /** Stops listening, ends every connection, closes the database. */
  async function close() {
    closing = true;
    clearInterval(heartbeat);
    clearInterval(quietSweep);
    clearInterval(sessionSweep);
    intake.close();
    clearTimeout(queueTimer);
    retention.stop();
    await presence.close();
    for (const socket of wss.clients) socket.terminate();
    await new Promise((resolve) => wss.close(() => resolve()));
    for (const server of metricsHttp ? [http, metricsHttp] : [http]) {
      server.closeAllConnections?.();
      await new Promise((resolve) => server.close(() => resolve()));
    }
    await store.close();
  }

  try {
    await listen(http, port, host, 'for chat');
    if (metricsHttp) await listen(metricsHttp, metricsListen.port, metricsListen.host, 'for metrics');
  } catch (error) {
    await close();
    throw error;
  }
  for (const server of metricsHttp ? [http, metricsHttp] : [http]) server.on('error', (error) => logger.warn('http server error', { error: error.message }));
  if (metricsHttp && !metricsToken && !isPrivate(metricsHttp.address().address)) {
    logger.warn('metrics are served without a token on a public address: set a metrics token', { address: metricsHttp.address().address });
  }
  const address = http.address();
  const origin = `http://${host}:${address.port}`;
  originAllowed = originChecker(allowedOrigins, publicOrigin ?? origin);
  pagePolicy = { socketOrigin: (publicOrigin ?? origin).replace(/^http/, 'ws') };

  return {
    port: address.port,
    origin,
    /** The metrics listener's port (metricsListen), or undefined. */
    metricsPort: metricsHttp?.address().port,
    url: `ws://${host}:${address.port}/chat`,
    agentUrl: `ws://${host}:${address.port}/agent`,
    store,
    /** Every open WebSocket (users and agents). */
    sockets: () => [...wss.clients],
    /** What the server keeps for sockets that said hello: with every socket closed, all 0 (tests, leak checks). */
    held: () => ({ users: userSockets.size, conversations: users.size, agents: availability.agents.size }),
    /** Runs retention now (it also runs hourly); resolves with the conversations deleted. */
    sweepRetention: () => retention.sweep(),
    close,
  };
}
