// The reference chat server: HTTP for the agent console and a demo page, WebSocket for users
// (/chat) and agents (/agent). The protocol is described in docs/chat-protocol.md.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { createAvailability } from './availability.mjs';
import { botReply } from './bot.mjs';
import { beginReplay, deliverLive, endReplay, follow } from './cursor.mjs';
import { createCatalogue } from './catalogue.mjs';
import { createMetrics } from './metrics.mjs';
import { opsRoutes } from './ops.mjs';
import { createPresence } from './presence.mjs';
import { checkAttachment, isClientId, parseFrame, profileOf, PROTOCOL_VERSION } from './protocol.mjs';
import { rateLimiter } from './rate-limit.mjs';
import { serveStatic } from './static.mjs';
import { openStore } from './store/index.mjs';

const DEFAULT_HOURS = { mn: 'Даваа–Баасан, 08:30–17:30', en: 'Monday to Friday, 08:30–17:30' };

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
 * @param {string} [options.agentKey] The secret agents sign in with; random when omitted.
 * @param {number} [options.maxTextLength] Characters in one message (2,000).
 * @param {number} [options.maxAttachmentBytes] One attachment's size (1 MiB).
 * @param {{ burst: number, perSecond: number }} [options.rateLimit] Frames per connection.
 * @param {ReturnType<typeof createCatalogue>} [options.catalogue] What the bot searches.
 * @param {{ mn: string, en: string }} [options.openingHours] Shown while no agent is online.
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
    agentKey = randomBytes(18).toString('base64url'),
    maxTextLength = 2000,
    maxAttachmentBytes = 1024 * 1024,
    rateLimit = { burst: 30, perSecond: 15 },
    catalogue = createCatalogue(),
    openingHours = DEFAULT_HOURS,
    logger = jsonLogger,
    heartbeatMs = 30_000,
    agentCapacity = 3,
    holdAcks = false,
  } = options;

  const store = await openStore({ dbPath, databaseUrl, logger });
  let presence;
  const availability = createAvailability({ capacity: agentCapacity, remote: () => presence.remote() });
  presence = createPresence({ store, summary: availability.summary, onChange: () => announceAvailability().catch(warnAnnounce), logger });
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
  const limits = { text: maxTextLength, attachment: maxAttachmentBytes };

  const send = (socket, frame) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const toUsers = (conversationId, frame) => users.get(conversationId)?.forEach((socket) => send(socket, frame));
  const toAgents = (frame, conversationId) => {
    for (const [socket, agent] of availability.agents) {
      if (conversationId === undefined || agent.open.has(conversationId)) send(socket, { ...frame, conversation: conversationId });
    }
  };

  // Every stored message, whichever process stored it, reaches the sockets held here.
  store.subscribe(({ conversationId, message }) => {
    if (holdAcks) return;
    let sent = 0;
    for (const socket of users.get(conversationId) ?? []) {
      if (deliverLive(socket.state, conversationId, message, (m) => send(socket, { type: 'message', ...m }))) sent += 1;
    }
    for (const [socket, agent] of availability.agents) {
      if (!agent.open.has(conversationId)) continue;
      if (deliverLive(socket.state, conversationId, message, (m) => send(socket, { type: 'message', ...m, conversation: conversationId }))) sent += 1;
    }
    if (sent) {
      delivered.inc({}, sent);
      deliverySeconds.observe((Date.now() - Date.parse(message.at)) / 1000);
    }
    // A user's message stored by another process puts the conversation in this process's queue too.
    if (message.from === 'user' && !message.ticket && !availability.claimedBy(conversationId)) {
      availability.wait(conversationId);
      refreshAgentsQueue();
    }
  });

  // Agents here hear about queue changes from other processes at most every 200 ms.
  let queueRefresh;
  function refreshAgentsQueue() {
    if (queueRefresh || availability.agents.size === 0) return;
    queueRefresh = setTimeout(async () => {
      queueRefresh = undefined;
      const queue = await queueFrame().catch(warnAnnounce);
      if (queue) for (const socket of availability.agents.keys()) send(socket, queue);
    }, 200);
  }
  const warnAnnounce = (error) => logger.warn('announce failed', { error: error.message });

  /** Stores a message (delivery follows through the store's subscription) and counts it. */
  async function append(conversationId, message) {
    const started = performance.now();
    const result = await store.append(conversationId, message);
    storeSeconds.observe((performance.now() - started) / 1000);
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
  metrics.gauge('ger_chat_queue_length', 'Conversations waiting for an agent.', () => [...availability.waiting.keys()].filter((id) => !availability.claimedBy(id)).length);
  metrics.gauge('ger_chat_agents_online', 'Agents online, on this process and on the others.', () => availability.summary().online + presence.remote().online);

  const availabilityOf = (conversation) => {
    const status = availability.statusOf(conversation.id);
    return status.status === 'offline' ? { ...status, hours: openingHours[conversation.lang] ?? openingHours.mn } : status;
  };

  async function queueFrame() {
    const items = (await store.recentConversations(100)).map((c) => ({
      conversation: c.id,
      name: c.name,
      topic: c.topic,
      reference: c.reference,
      lastSeq: c.last_seq,
      waiting: availability.waiting.has(c.id) && !availability.claimedBy(c.id),
      agent: availability.claimedBy(c.id) ?? null,
    }));
    return { type: 'queue', items };
  }

  /** After any change in agents or the queue: every user hears their status, agents the queue. */
  async function announceAvailability() {
    for (const sockets of users.values()) {
      for (const socket of sockets) {
        // Only a change is sent: repeating the same status to every user on every message made
        // the work per message grow with the number of users.
        const frame = { type: 'availability', ...availabilityOf(socket.state.conversation) };
        const text = JSON.stringify(frame);
        if (socket.state.availability === text) continue;
        socket.state.availability = text;
        send(socket, frame);
      }
    }
    if (availability.agents.size) {
      const queue = await queueFrame();
      for (const socket of availability.agents.keys()) send(socket, queue);
    }
    publishPresenceIfChanged();
  }

  // The other processes hear when this one's agents change (sign-in, sign-out, away, open).
  let lastPresence = '';
  function publishPresenceIfChanged() {
    const summary = JSON.stringify(availability.summary());
    if (summary === lastPresence) return;
    lastPresence = summary;
    presence.publish();
  }

  // Conversations left waiting before a restart are waiting again.
  for (const c of (await store.recentConversations(500)).reverse()) {
    const [last] = await store.messagesAfter(c.id, Math.max(0, c.last_seq - 1));
    if (last?.from === 'user' && !last.ticket) availability.wait(c.id);
  }

  // ---- users ---------------------------------------------------------------------------
  async function onUserFrame(socket, state, frame) {
    if (frame.type === 'ping') return send(socket, { type: 'pong', t: frame.t });
    if (frame.type === 'hello') {
      if (state.conversation) return logger.warn('malformed frame', { reason: 'second hello' });
      let conversation = await store.findByToken(typeof frame.token === 'string' ? frame.token : '');
      let token = frame.token;
      const profile = profileOf(frame);
      if (!conversation) ({ token, conversation } = await store.createConversation(profile));
      else if (profile.name || profile.topic || profile.lang !== conversation.lang) {
        await store.updateProfile(conversation.id, {
          name: profile.name || conversation.name,
          topic: profile.topic || conversation.topic,
          lang: profile.lang,
        });
        conversation = await store.findById(conversation.id);
      }
      // The client may have gone while the store answered: nothing to register then.
      if (socket.readyState !== socket.OPEN) return;
      state.conversation = conversation;
      if (!users.has(conversation.id)) users.set(conversation.id, new Set());
      users.get(conversation.id).add(socket);
      beginReplay(state, conversation.id);
      send(socket, {
        type: 'welcome',
        v: PROTOCOL_VERSION,
        token,
        seq: conversation.last_seq,
        reference: conversation.reference ?? undefined,
        limits,
        availability: availabilityOf(conversation),
      });
      const after = Number.isInteger(frame.after) && frame.after > 0 ? frame.after : 0;
      const history = await store.messagesAfter(conversation.id, after);
      for (const message of history) send(socket, { type: 'message', ...message });
      endReplay(state, conversation.id, history.at(-1)?.seq ?? after, (m) => send(socket, { type: 'message', ...m }));
      if (conversation.delivered_seq > 0) send(socket, { type: 'delivered', upTo: conversation.delivered_seq });
      return;
    }
    if (!state.conversation) return logger.warn('malformed frame', { reason: `${frame.type} before hello` });
    const conversation = await store.findById(state.conversation.id);

    if (frame.type === 'typing') return toAgents({ type: 'typing', on: Boolean(frame.on) }, conversation.id);
    if (frame.type !== 'send') return logger.warn('malformed frame', { reason: `unknown type ${String(frame.type).slice(0, 40)}` });

    if (!isClientId(frame.id) || typeof frame.text !== 'string') {
      return logger.warn('malformed frame', { reason: 'send without id or text', conversation: conversation.id });
    }
    const text = frame.text.trim();
    if (text.length > maxTextLength) return send(socket, { type: 'error', code: 'too-large', id: frame.id, limit: maxTextLength });
    const checked = checkAttachment(frame.attachment, maxAttachmentBytes);
    if (checked.code) {
      return send(socket, { type: 'error', code: checked.code, id: frame.id, limit: checked.code === 'too-large' ? maxAttachmentBytes : undefined });
    }
    if (!text && !checked.attachment) return logger.warn('malformed frame', { reason: 'empty message', conversation: conversation.id });

    const ticket = frame.ticket === true;
    const extra = {
      ...(checked.attachment ? { attachment: checked.attachment } : {}),
      ...(ticket ? { ticket: true, reference: await store.reference(conversation.id) } : {}),
    };
    if (holdAcks) {
      await append(conversation.id, { id: frame.id, from: 'user', text, extra });
      return;
    }
    const { message, duplicate } = await append(conversation.id, { id: frame.id, from: 'user', text, extra: Object.keys(extra).length ? extra : undefined });
    send(socket, { type: 'ack', id: message.id, seq: message.seq, ...(message.reference ? { reference: message.reference } : {}) });
    if (duplicate || ticket) return;
    availability.wait(conversation.id);
    if (!availability.anyoneOnline() && text) {
      const reply = botReply(catalogue, text, conversation.lang);
      await append(conversation.id, { id: `bot-${message.seq}`, from: 'bot', text: reply.text, extra: { services: reply.services } });
    }
    await announceAvailability();
  }

  // ---- agents --------------------------------------------------------------------------
  const keyBuffer = Buffer.from(agentKey);
  const keyMatches = (key) => {
    const given = Buffer.from(typeof key === 'string' ? key : '');
    return given.length === keyBuffer.length && timingSafeEqual(given, keyBuffer);
  };

  async function onAgentFrame(socket, state, frame) {
    if (frame.type === 'ping') return send(socket, { type: 'pong', t: frame.t });
    if (!state.agent) {
      if (frame.type !== 'agent-hello' || !keyMatches(frame.key)) {
        logger.warn('agent refused', { reason: 'bad key' });
        return socket.close(1008, 'unauthorized');
      }
      state.agent = String(frame.name ?? '').trim().slice(0, 60) || 'Agent';
      availability.addAgent(socket, state.agent);
      send(socket, { type: 'agent-welcome', name: state.agent });
      return announceAvailability();
    }
    const id = Number(frame.conversation);
    const conversation = Number.isInteger(id) ? await store.findById(id) : undefined;
    if (frame.type === 'status') {
      const agent = availability.agents.get(socket);
      agent.status = frame.status === 'away' ? 'away' : 'online';
      return announceAvailability();
    }
    if (!conversation) return logger.warn('malformed frame', { reason: `agent ${frame.type} without a known conversation` });
    if (frame.type === 'open') {
      availability.claim(conversation.id, socket);
      beginReplay(state, conversation.id);
      await store.assign(conversation.id, state.agent);
      const messages = await store.messagesAfter(conversation.id, 0);
      send(socket, { type: 'history', conversation: conversation.id, name: conversation.name, topic: conversation.topic, reference: conversation.reference, messages });
      endReplay(state, conversation.id, messages.at(-1)?.seq ?? 0, (m) => send(socket, { type: 'message', ...m, conversation: conversation.id }));
      return announceAvailability();
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
      const { message } = await append(conversation.id, { id: frame.id, from: 'agent', text: frame.text.trim(), extra: { agent: state.agent } });
      send(socket, { type: 'ack', id: message.id, seq: message.seq, conversation: conversation.id });
      return announceAvailability();
    }
    logger.warn('malformed frame', { reason: `agent ${String(frame.type).slice(0, 40)}` });
  }

  // ---- wiring --------------------------------------------------------------------------
  let closing = false;
  const ops = opsRoutes({ store, metrics, isClosing: () => closing });
  const http = createServer((request, response) => ops(request, response) || serveStatic(request, response));
  const maxFrameBytes = Math.ceil(maxAttachmentBytes * 1.4) + maxTextLength * 4 + 4096;
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxFrameBytes });

  // Live delivery had a hole: every client reconnects and replays from its last seq.
  store.onResync(() => {
    logger.warn('live delivery resynchronised: closing sockets so clients replay');
    for (const socket of wss.clients) socket.terminate();
  });

  function originAllowed(request) {
    const origin = request.headers.origin;
    if (!origin) return false;
    if (allowedOrigins.includes('*') || allowedOrigins.includes(origin)) return true;
    try {
      return new URL(origin).host === request.headers.host;
    } catch {
      return false;
    }
  }

  http.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if ((path !== '/chat' && path !== '/agent') || !originAllowed(request)) {
      logger.warn('connection refused', { path, origin: request.headers.origin ?? null });
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, path));
  });

  wss.on('connection', (socket, path) => {
    // Frames of one socket are handled one after another (each awaits the store), so a `send`
    // never overtakes its `hello` and a client's messages are stored in the order it sent them.
    const state = { conversation: undefined, agent: undefined, alive: true, dropped: 0, handled: Promise.resolve() };
    const allow = rateLimiter(rateLimit);
    socket.on('pong', () => (state.alive = true));
    socket.on('error', (error) => logger.warn('socket error', { error: error.message }));
    socket.on('message', (raw, isBinary) => {
      const { frame, error } = parseFrame(raw, isBinary);
      if (error) return logger.warn('malformed frame', { reason: error, bytes: raw.length });
      if (!allow()) {
        state.dropped += 1;
        if (state.dropped > 100) return socket.close(1008, 'rate limit');
        return send(socket, { type: 'error', code: 'rate-limited', id: isClientId(frame.id) ? frame.id : undefined });
      }
      const handle = path === '/agent' ? onAgentFrame : onUserFrame;
      state.handled = state.handled
        .then(() => handle(socket, state, frame))
        .catch((caught) => logger.warn('frame failed', { type: frame.type, error: caught.message }));
    });
    socket.on('close', () => {
      if (state.conversation) {
        const set = users.get(state.conversation.id);
        set?.delete(socket);
        if (set?.size === 0) users.delete(state.conversation.id);
      }
      if (state.agent) {
        availability.removeAgent(socket);
        announceAvailability().catch((error) => logger.warn('announce failed', { error: error.message }));
      }
    });
    socket.state = state;
  });

  // Sockets whose peer vanished without a close frame are ended after one missed ping.
  const heartbeat = setInterval(() => {
    for (const socket of wss.clients) {
      if (!socket.state?.alive) {
        socket.terminate();
        continue;
      }
      socket.state.alive = false;
      socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  await new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, host, resolve);
  });
  const address = http.address();
  const origin = `http://${host}:${address.port}`;

  return {
    port: address.port,
    origin,
    url: `ws://${host}:${address.port}/chat`,
    agentUrl: `ws://${host}:${address.port}/agent`,
    agentKey,
    store,
    /** Every open WebSocket (users and agents). */
    sockets: () => [...wss.clients],
    /** Stops listening, ends every connection, closes the database. */
    async close() {
      closing = true;
      clearInterval(heartbeat);
      clearTimeout(queueRefresh);
      await presence.close();
      for (const socket of wss.clients) socket.terminate();
      await new Promise((resolve) => wss.close(() => resolve()));
      http.closeAllConnections?.();
      await new Promise((resolve) => http.close(() => resolve()));
      await store.close();
    },
  };
}
