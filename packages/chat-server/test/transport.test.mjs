// The browser transport's own behaviour, against small servers that misbehave on purpose:
// backoff with jitter, heartbeats that notice a silent server, and resuming from the last seq.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WebSocketServer } from 'ws';
import { createChatServer } from '../src/server.mjs';
import { loadTransport, memoryStorage, ORIGIN, quietLogger, socketClassFor, until } from './helpers.mjs';

test('reconnect delays grow exponentially up to the cap, with jitter between half and all of it', async () => {
  const { backoffDelay } = await loadTransport();
  assert.equal(
    backoffDelay(0, 500, 30_000, () => 0),
    250,
  );
  assert.equal(
    backoffDelay(0, 500, 30_000, () => 1),
    500,
  );
  assert.equal(
    backoffDelay(3, 500, 30_000, () => 1),
    4000,
  );
  assert.equal(
    backoffDelay(20, 500, 30_000, () => 1),
    30_000,
  );
  assert.equal(
    backoffDelay(60, 500, 30_000, () => 0.5),
    22_500,
  );
  const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(4, 500, 30_000)));
  assert.ok(spread.size > 10, 'clients dropped together come back at different times');
  for (const delay of spread) assert.ok(delay >= 4000 && delay <= 8000);
});

/** A server that says welcome and then whatever `behave` does with each connection. */
async function fakeServer(behave) {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const hellos = [];
  server.on('connection', (socket) => {
    socket.on('message', (data) => {
      const frame = JSON.parse(String(data));
      if (frame.type === 'hello') {
        hellos.push(frame);
        socket.send(JSON.stringify({ type: 'welcome', v: 1, token: 'T', seq: 0, limits: { text: 100, attachment: 100 }, availability: { status: 'online' } }));
      }
      behave(socket, frame, hellos.length);
    });
  });
  return { url: `ws://127.0.0.1:${server.address().port}/chat`, hellos, close: () => new Promise((r) => server.close(r)), server };
}

test('a server gone silent is noticed by the heartbeat and replaced by a new connection', { timeout: 10_000 }, async () => {
  const { WebSocketTransport } = await loadTransport();
  // Never answers a ping: after two heartbeats the transport gives up on the connection.
  const fake = await fakeServer(() => {});
  const transport = new WebSocketTransport({
    url: fake.url,
    storage: memoryStorage(),
    WebSocket: socketClassFor(),
    heartbeatMs: 100,
    backoff: { base: 10, max: 50 },
  });
  transport.connect();
  await until(() => fake.hellos.length >= 2, 5000, 'a second connection');
  transport.disconnect();
  for (const socket of fake.server.clients) socket.terminate();
  await fake.close();
});

test('after a reconnect the transport resumes from the last sequence number it saw, and ignores repeats', { timeout: 10_000 }, async () => {
  const { WebSocketTransport } = await loadTransport();
  const fake = await fakeServer((socket, frame, connection) => {
    if (frame.type !== 'hello') return;
    const message = (seq) => JSON.stringify({ type: 'message', id: `m${seq}`, seq, from: 'agent', text: `answer ${seq}`, at: new Date().toISOString() });
    if (connection === 1) {
      socket.send(message(1));
      socket.send(message(2));
      setTimeout(() => socket.terminate(), 50);
    } else {
      // A careless server replays too much: 2 again, then 3.
      socket.send(message(2));
      socket.send(message(3));
    }
  });
  const transport = new WebSocketTransport({ url: fake.url, storage: memoryStorage(), WebSocket: socketClassFor(), backoff: { base: 10, max: 50 } });
  const seen = [];
  transport.subscribe((event) => event.type === 'message' && seen.push(event.message.seq));
  transport.connect();
  await until(() => seen.includes(3), 5000, 'the third message');
  assert.equal(fake.hellos[0].after, 0);
  assert.equal(fake.hellos[1].after, 2);
  assert.equal(fake.hellos[1].token, 'T');
  assert.deepEqual(seen, [1, 2, 3]);
  transport.disconnect();
  await fake.close();
});

test('a malformed frame from the server is ignored with one warning', { timeout: 10_000 }, async () => {
  const { WebSocketTransport } = await loadTransport();
  const fake = await fakeServer((socket, frame) => {
    if (frame.type !== 'hello') return;
    socket.send('{oops');
    socket.send(JSON.stringify({ type: 'message', id: 'ok', seq: 1, from: 'agent', text: 'still fine', at: new Date().toISOString() }));
  });
  const warnings = [];
  const warn = console.warn;
  console.warn = (message) => warnings.push(String(message));
  try {
    const transport = new WebSocketTransport({ url: fake.url, storage: memoryStorage(), WebSocket: socketClassFor() });
    const seen = [];
    transport.subscribe((event) => event.type === 'message' && seen.push(event.message.text));
    transport.connect();
    await until(() => seen.length === 1, 5000, 'the good message');
    assert.deepEqual(seen, ['still fine']);
    assert.equal(warnings.filter((w) => w.includes('malformed frame')).length, 1);
    transport.disconnect();
  } finally {
    console.warn = warn;
    await fake.close();
  }
});

test('one connection too many (4409) is reported as refused and not retried until the page has focus again', { timeout: 10_000 }, async () => {
  const { WebSocketTransport } = await loadTransport();
  const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), maxSocketsPerConversation: 1 });
  // The page's focus events, which the transport listens to on the global object as in a browser.
  const page = new EventTarget();
  const { addEventListener, removeEventListener } = globalThis;
  globalThis.addEventListener = page.addEventListener.bind(page);
  globalThis.removeEventListener = page.removeEventListener.bind(page);
  let first;
  let second;
  try {
    // Two tabs of one browser: one storage, so one conversation.
    const options = { url: server.url, storage: memoryStorage(), WebSocket: socketClassFor(), backoff: { base: 10, max: 50 } };
    first = new WebSocketTransport(options);
    let acked = false;
    first.subscribe((event) => event.type === 'ack' && (acked = true));
    first.connect();
    first.send({ id: 'm1', text: 'сайн байна уу', at: new Date().toISOString() });
    await until(() => acked, 5000, "the first tab's message stored");
    second = new WebSocketTransport(options);
    const states = [];
    second.subscribe((event) => event.type === 'connection' && states.push(event.state));
    second.connect();
    await until(() => states.includes('refused'), 5000, 'the second tab refused');
    // With a backoff of 10 to 50 ms, a transport that retried would have tried again many times by now.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(states, ['connecting', 'closed', 'refused']);
    first.disconnect();
    await until(() => server.sockets().length === 0, 5000, 'the first tab gone');
    page.dispatchEvent(new Event('focus'));
    await until(() => states.at(-1) === 'open', 5000, 'the second tab welcomed once it has focus');
  } finally {
    first?.disconnect();
    second?.disconnect();
    Object.assign(globalThis, { addEventListener, removeEventListener });
    await server.close();
  }
});
