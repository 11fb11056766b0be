// Never lose, never duplicate: 20 real transports send 1,000 messages over real WebSockets on
// 127.0.0.1 while the server drops connections at random and restarts once.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { createChatServer } from '../src/server.mjs';
import { loadTransport, memoryStorage, ORIGIN, quietLogger, socketClassFor, until } from './helpers.mjs';

const CLIENTS = 20;
const PER_CLIENT = 50;

test('20 clients, 1,000 messages, random drops and a restart: each arrives exactly once, in order', { timeout: 120_000 }, async () => {
  const { WebSocketTransport } = await loadTransport();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'ger-chat-')), 'chat.db');
  // Each conversation sends its 50 messages within a second.
  const serverOptions = {
    dbPath,
    allowedOrigins: [ORIGIN],
    logger: quietLogger(),
    rateLimit: { burst: 200, perSecond: 200 },
    conversationMessageRate: { burst: 1000, perSecond: 1000 },
  };
  let server = await createChatServer(serverOptions);
  const { port } = server;
  const url = server.url;

  // Seeded randomness keeps a failing run reproducible.
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

  const clients = Array.from({ length: CLIENTS }, (_, c) => {
    const storage = memoryStorage();
    const transport = new WebSocketTransport({ url, storage, WebSocket: socketClassFor(), backoff: { base: 20, max: 300 }, heartbeatMs: 1000, random });
    const received = [];
    transport.subscribe((event) => {
      if (event.type === 'message' && event.message.from === 'user') received.push(event.message);
    });
    transport.connect({ lang: 'en' });
    return { c, transport, storage, received };
  });

  let drops = 0;
  const chaos = setInterval(() => {
    for (const socket of server?.sockets() ?? []) {
      if (random() < 0.08) {
        socket.terminate();
        drops += 1;
      }
    }
  }, 25);

  // Each client types its messages with small pauses; the server restarts part-way through.
  const typing = clients.map(async ({ c, transport }) => {
    for (let m = 0; m < PER_CLIENT; m += 1) {
      transport.send({ id: `c${c}-m${m}`, text: `client ${c} message ${m}`, at: new Date().toISOString() });
      await new Promise((r) => setTimeout(r, 2 + Math.floor(random() * 8)));
    }
  });
  await new Promise((r) => setTimeout(r, 300));
  const old = server;
  server = undefined;
  await old.close();
  await new Promise((r) => setTimeout(r, 150));
  server = await createChatServer({ ...serverOptions, port });
  await Promise.all(typing);

  try {
    await until(() => clients.every(({ transport }) => transport.pending().length === 0), 60_000, 'every outbox to empty');
    await until(() => clients.every(({ received }) => received.length >= PER_CLIENT), 30_000, 'every echo');
  } finally {
    clearInterval(chaos);
  }
  assert.ok(drops > 10, `the server dropped connections (${drops})`);

  // The server's own record: one conversation per client, each message once, in send order.
  const conversations = await server.store.recentConversations(100);
  assert.equal(conversations.length, CLIENTS);
  let total = 0;
  for (const conversation of conversations) {
    const texts = (await server.store.messagesAfter(conversation.id, 0)).filter((m) => m.from === 'user').map((m) => m.text);
    const c = Number(/client (\d+)/.exec(texts[0])[1]);
    assert.deepEqual(
      texts,
      Array.from({ length: PER_CLIENT }, (_, m) => `client ${c} message ${m}`),
      `conversation of client ${c}`,
    );
    total += texts.length;
  }
  assert.equal(total, CLIENTS * PER_CLIENT);

  // What each client saw: every echo once, in order, matched by id.
  for (const { c, received } of clients) {
    assert.deepEqual(
      received.map((m) => m.id),
      Array.from({ length: PER_CLIENT }, (_, m) => `c${c}-m${m}`),
      `client ${c} echoes`,
    );
  }

  for (const { transport } of clients) transport.disconnect();
  await server.close();
});

test('a message queued while the server is down is sent once it is back, and a reload keeps it', { timeout: 20_000 }, async () => {
  const { WebSocketTransport } = await loadTransport();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'ger-chat-')), 'chat.db');
  let server = await createChatServer({ dbPath, allowedOrigins: [ORIGIN], logger: quietLogger() });
  const { port, url } = server;
  const storage = memoryStorage();
  const options = { url, storage, WebSocket: socketClassFor(), backoff: { base: 20, max: 200 } };
  const first = new WebSocketTransport(options);
  first.connect();
  await until(() => first.hasConversation(), 5000, 'a conversation');
  await server.close();
  first.send({ id: 'offline-1', text: 'typed while offline', at: new Date().toISOString() });
  // The page reloads (or crashes) before the message could go: a new transport, same storage.
  first.disconnect();
  const second = new WebSocketTransport(options);
  assert.deepEqual(
    second.pending().map((m) => m.id),
    ['offline-1'],
  );
  second.connect();
  server = await createChatServer({ dbPath, port, allowedOrigins: [ORIGIN], logger: quietLogger() });
  await until(() => second.pending().length === 0, 10_000, 'the outbox to empty');
  const [conversation] = await server.store.recentConversations(5);
  assert.deepEqual(
    (await server.store.messagesAfter(conversation.id, 0)).filter((m) => m.from === 'user').map((m) => m.text),
    ['typed while offline'],
  );
  second.disconnect();
  await server.close();
});

test('a message stored but not acknowledged before a reload is delivered once', { timeout: 20_000 }, async () => {
  const { WebSocketTransport } = await loadTransport();
  const dbPath = join(mkdtempSync(join(tmpdir(), 'ger-chat-')), 'chat.db');
  // The first server stores messages but never answers: the reload comes before the ack.
  let server = await createChatServer({ dbPath, allowedOrigins: [ORIGIN], logger: quietLogger(), holdAcks: true });
  const { port, url } = server;
  const storage = memoryStorage();
  const options = { url, storage, WebSocket: socketClassFor(), backoff: { base: 20, max: 200 } };
  const first = new WebSocketTransport(options);
  first.connect();
  await until(() => first.hasConversation(), 5000, 'a conversation');
  first.send({ id: 'mid-send', text: 'sent just before the reload', at: new Date().toISOString() });
  const [conversation] = await (async () => {
    await until(async () => (await server.store.recentConversations(5)).length === 1, 5000, 'the message to be stored');
    return await server.store.recentConversations(5);
  })();
  first.disconnect();
  await server.close();
  server = await createChatServer({ dbPath, port, allowedOrigins: [ORIGIN], logger: quietLogger() });
  const second = new WebSocketTransport(options);
  const echoes = [];
  second.subscribe((event) => event.type === 'message' && echoes.push(event.message.id));
  second.connect();
  await until(() => second.pending().length === 0, 10_000, 'the outbox to empty');
  assert.deepEqual(
    (await server.store.messagesAfter(conversation.id, 0)).map((m) => m.id),
    ['mid-send'],
  );
  await until(() => echoes.length === 1, 5000, 'the echo');
  assert.deepEqual(echoes, ['mid-send']);
  second.disconnect();
  await server.close();
});
