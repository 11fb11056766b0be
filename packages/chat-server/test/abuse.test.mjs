// Abuse within every frame limit: big frames at the allowed rate, hellos that replay a large
// history, messages left unfinished. Each test checks the mechanism that bounds the server's
// work or memory (bytes charged, frames refused before the costly part, pages sized by bytes,
// connections closed), not a latency figure: bench/out holds the measurements.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { afterEach, describe, test } from 'node:test';
import { createChatServer } from '../src/server.mjs';
import { ORIGIN, quietLogger, rawClient, until } from './helpers.mjs';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** `bytes` of file that starts like a PNG. */
const png = (bytes) => Buffer.concat([PNG, randomBytes(bytes - PNG.length)]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Records the arguments of `object[name]` while `run` runs. */
async function spying(object, name, run) {
  const original = object[name];
  const calls = [];
  object[name] = function (...args) {
    calls.push(args);
    return original.apply(this, args);
  };
  try {
    await run();
  } finally {
    object[name] = original;
  }
  return calls;
}

/** A masked client frame (opcode 1: text, 0: continuation, 0xa: pong). */
function frame(payload, { opcode = 0x1, fin = true } = {}) {
  const mask = randomBytes(4);
  const length = payload.length;
  const header =
    length < 126
      ? Buffer.from([(fin ? 0x80 : 0) | opcode, 0x80 | length])
      : length < 65536
        ? Buffer.from([(fin ? 0x80 : 0) | opcode, 0x80 | 126, length >> 8, length & 0xff])
        : Buffer.concat([
            Buffer.from([(fin ? 0x80 : 0) | opcode, 0x80 | 127]),
            Buffer.from([0, 0, 0, 0, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff]),
          ]);
  return Buffer.concat([header, mask, Buffer.from(payload.map((byte, i) => byte ^ mask[i & 3]))]);
}

/**
 * A TCP client that upgrades to /chat, says hello and sends `then` (raw bytes); it answers the
 * server's pings, as a live client would, and resolves once upgraded. `closed` resolves at close.
 */
async function rawSocket(port, then, localAddress) {
  const socket = connect({ port, host: '127.0.0.1', localAddress });
  socket.on('error', () => {});
  const closed = new Promise((resolve) => socket.once('close', resolve));
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    `GET /chat HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${ORIGIN}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
  );
  let buffer = Buffer.alloc(0);
  let upgraded = false;
  socket.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    if (!upgraded) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      upgraded = true;
      buffer = buffer.subarray(end + 4);
    }
    // Server frames are unmasked; a ping (0x9) is answered with a pong.
    while (buffer.length >= 2) {
      const short = buffer[1] & 0x7f;
      const start = short === 126 ? 4 : short === 127 ? 10 : 2;
      const size = short === 126 ? buffer.readUInt16BE(2) : short === 127 ? Number(buffer.readBigUInt64BE(2)) : short;
      if (buffer.length < start + size) break;
      if ((buffer[0] & 0x0f) === 0x9) socket.write(frame(buffer.subarray(start, start + size), { opcode: 0xa }));
      buffer = buffer.subarray(start + size);
    }
  });
  await until(() => upgraded, 3000, 'the upgrade');
  socket.write(frame(Buffer.from(JSON.stringify({ type: 'hello', v: 1 }))));
  socket.write(then);
  return { socket, closed, isClosed: () => socket.destroyed };
}

/** The value of a gauge on /metrics. */
async function gauge(server, name) {
  const text = await (await fetch(`${server.origin}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1]);
}

describe('big frames within the limits', () => {
  let server;
  afterEach(() => server?.close());

  test('an attachment that is not what its type says is refused before the whole file is decoded', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const client = await rawClient(server.url, { hello: {} });
    const data = png(1024 * 1024)
      .toString('base64')
      .replace(/^iVBOR/, 'AAAAA');
    const decoded = await spying(Buffer, 'from', async () => {
      client.send({ type: 'send', id: 'fake-png', text: 'x', attachment: { name: 'a.png', type: 'image/png', data } });
      assert.deepEqual(await client.next('error'), { type: 'error', code: 'bad-attachment', id: 'fake-png' });
    });
    const base64 = decoded.filter(([input, encoding]) => encoding === 'base64' && typeof input === 'string');
    assert.ok(base64.length > 0, 'the signature was read');
    assert.ok(Math.max(...base64.map(([input]) => input.length)) <= 16, `decoded ${base64.map(([input]) => input.length)} characters`);
    // Nor was a conversation started for it.
    assert.equal(await server.store.findByToken(client.welcome.token), undefined);
    client.close();
  });

  test('a real file still goes through, and base64 that is not plain base64 is refused', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const client = await rawClient(server.url, { hello: {} });
    const data = png(3000).toString('base64');
    client.send({ type: 'send', id: 'bad', text: 'x', attachment: { name: 'a.png', type: 'image/png', data: `${data.slice(0, 100)}!${data.slice(101)}` } });
    assert.equal((await client.next((f) => f.type === 'error' && f.id === 'bad')).code, 'bad-attachment');
    client.send({ type: 'send', id: 'good', text: 'x', attachment: { name: 'a.png', type: 'image/png', data } });
    assert.equal((await client.next((f) => f.type === 'ack')).id, 'good');
    const [stored] = (await server.store.messagesAfter((await server.store.findByToken(client.welcome.token)).id, 0)).filter((m) => m.id === 'good');
    assert.equal(stored.attachment.data, data);
    client.close();
  });

  test('a big frame dropped by the rate limit is refused by its id without being parsed whole', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), rateLimit: { burst: 1, perSecond: 0.01 } });
    const client = await rawClient(server.url, { hello: {} });
    const attachment = { name: 'a.png', type: 'image/png', data: png(200_000).toString('base64') };
    const parsed = await spying(JSON, 'parse', async () => {
      client.send({ type: 'send', id: 'big-1', text: 'x', attachment });
      assert.deepEqual(await client.next('error'), { type: 'error', code: 'rate-limited', id: 'big-1' });
    });
    assert.deepEqual(
      parsed.map(([text]) => String(text).length).filter((length) => length > 100_000),
      [],
    );
    client.close();
  });

  test('a frame nested deep or holding many values is refused before JSON.parse; the connection goes on', async () => {
    const logger = quietLogger();
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger });
    const client = await rawClient(server.url, { hello: {} });
    // JSON.parse takes about 0.5 s for 1.2 MB of brackets, and 0.15 s for a megabyte of keys.
    const nested = `{"type":"typing","on":${'['.repeat(600_000)}${']'.repeat(600_000)}}`;
    const keys = `{"type":"typing",${Array.from({ length: 100_000 }, (_, i) => `"k${i}":1`).join(',')}}`;
    const parsed = await spying(JSON, 'parse', async () => {
      client.send(nested);
      client.send(keys);
      client.send({ type: 'ping', t: 1 });
      assert.equal((await client.next('pong')).t, 1);
    });
    assert.deepEqual(
      parsed.map(([text]) => String(text).length).filter((length) => length > 100_000),
      [],
    );
    const reasons = logger.entries.filter((entry) => entry.message === 'malformed frame').map((entry) => entry.reason);
    assert.deepEqual(reasons, ['nested too deep', 'too many values']);
    // Brackets, braces and escaped quotes inside strings are text, not nesting.
    const text = `${'[{'.repeat(20)} " \\ ${'}]'.repeat(20)}`;
    client.send({ type: 'send', id: 'brackets', text });
    assert.equal((await client.next('ack')).id, 'brackets');
    // A pong echoes a number or a short string, never a structure.
    client.send({ type: 'ping', t: { a: [[[1]]] } });
    assert.equal((await client.next('pong')).t, undefined);
    client.close();
  });

  test('bytes are charged: a connection over its byte budget is not read until it refills', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), byteRate: { burst: 64 * 1024, perSecond: 16 * 1024 } });
    const client = await rawClient(server.url, { hello: {} });
    // 400 KB of frames the server would parse, within the frame rate: 20 s of this budget.
    for (let i = 0; i < 4; i += 1) client.send({ type: 'nonsense', pad: 'x'.repeat(100_000) });
    client.send({ type: 'ping', t: 1 });
    await until(() => server.sockets()[0]?.isPaused, 3000, 'the server to stop reading the connection');
    await sleep(200);
    assert.ok(!client.frames.some((f) => f.type === 'pong'), 'the ping behind the bytes waits its turn');
    client.close();
  });

  test('an honest client over its byte budget loses nothing: its messages are read later, in order', async () => {
    const [burst, perSecond] = [256 * 1024, 1024 * 1024];
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), byteRate: { burst, perSecond }, messageTimeoutMs: 200 });
    const client = await rawClient(server.url, { hello: {} });
    const started = Date.now();
    let sent = 0;
    // As the widget sends: one at a time, the next after the ack.
    for (let i = 0; i < 6; i += 1) {
      const payload = JSON.stringify({
        type: 'send',
        id: `file-${i}`,
        text: `file ${i}`,
        attachment: { name: 'a.png', type: 'image/png', data: png(150_000).toString('base64') },
      });
      sent += payload.length;
      client.send(payload);
      assert.equal((await client.next((f) => f.type === 'ack' || f.type === 'error', 10_000)).id, `file-${i}`);
    }
    // The budget was charged: these bytes cannot have been read faster than it refills.
    // (Less one TCP read of 64 KiB: the read that runs the budget into debt.)
    assert.ok(Date.now() - started >= ((sent - burst - 64 * 1024) / perSecond) * 1000, `${Date.now() - started} ms for ${sent} bytes`);
    const { id } = await server.store.findByToken(client.welcome.token);
    assert.deepEqual(
      (await server.store.messagesAfter(id, 0)).filter((m) => m.from === 'user').map((m) => m.id),
      ['file-0', 'file-1', 'file-2', 'file-3', 'file-4', 'file-5'],
    );
    client.close();
  });

  test("an address's heavy traffic holds back its heavy traffic only: not its pings, not other addresses", async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), addressByteRate: { burst: 64 * 1024, perSecond: 16 * 1024 } });
    const heavy = await rawClient(server.url, { hello: {} });
    const neighbour = await rawClient(server.url, { hello: {} });
    const elsewhere = await rawClient(server.url, { hello: {}, localAddress: '127.0.0.2' });
    for (let i = 0; i < 3; i += 1) heavy.send({ type: 'nonsense', pad: 'x'.repeat(100_000) });
    await until(() => server.sockets().some((socket) => socket.isPaused), 3000, 'the heavy connection to be held back');
    // The neighbour's ping is light: answered although their address is deep in debt.
    neighbour.send({ type: 'ping', t: 1 });
    assert.equal((await neighbour.next('pong')).t, 1);
    // Another address has its own budget.
    elsewhere.send({ type: 'nonsense', pad: 'x'.repeat(50_000) });
    elsewhere.send({ type: 'ping', t: 2 });
    assert.equal((await elsewhere.next('pong')).t, 2);
    // The neighbour's own heavy traffic waits with the rest of its address's (the ping is sent
    // past the first read of 64 KiB, which the server takes before it stops reading).
    neighbour.send({ type: 'nonsense', pad: 'x'.repeat(200_000) });
    neighbour.send({ type: 'ping', t: 3 });
    await sleep(300);
    assert.ok(!neighbour.frames.some((f) => f.type === 'pong' && f.t === 3));
    for (const client of [heavy, neighbour, elsewhere]) client.close();
  });
});

describe('stored text', () => {
  let server;
  afterEach(() => server?.close());

  test('text stored is budgeted per client address: over it a message is refused by its id and stored nothing; others go on', async () => {
    // Room for two messages of 2,000 Cyrillic letters (4,000 bytes and 512 for the row each).
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), textRate: { burst: 9100, perSecond: 1e-6 } });
    const text = 'ж'.repeat(2000);
    const answer = (client, id) => client.next((f) => f.id === id && (f.type === 'ack' || f.type === 'error'));
    const first = await rawClient(server.url, { hello: {} });
    for (const id of ['a1', 'a2', 'a3']) first.send({ type: 'send', id, text });
    assert.equal((await answer(first, 'a1')).type, 'ack');
    assert.equal((await answer(first, 'a2')).type, 'ack');
    assert.deepEqual(await answer(first, 'a3'), { type: 'error', code: 'rate-limited', id: 'a3' });
    const { id } = await server.store.findByToken(first.welcome.token);
    assert.deepEqual(
      (await server.store.messagesAfter(id, 0)).filter((m) => m.from === 'user').map((m) => m.id),
      ['a1', 'a2'],
    );
    // Another conversation from the same address shares the budget, and is not even started.
    const second = await rawClient(server.url, { hello: {} });
    second.send({ type: 'send', id: 'b1', text: 'hello' });
    assert.equal((await answer(second, 'b1')).code, 'rate-limited');
    assert.equal(await server.store.findByToken(second.welcome.token), undefined);
    // Another address has its own.
    const elsewhere = await rawClient(server.url, { hello: {}, localAddress: '127.0.0.2' });
    elsewhere.send({ type: 'send', id: 'c1', text });
    assert.equal((await answer(elsewhere, 'c1')).type, 'ack');
    for (const client of [first, second, elsewhere]) client.close();
  });

  test("a conversation's messages are rate-limited, from all its sockets together: one over is refused by its id; other conversations go on", async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), conversationMessageRate: { burst: 3, perSecond: 1e-6 } });
    const answer = (client, id) => client.next((f) => f.id === id && (f.type === 'ack' || f.type === 'error'));
    const first = await rawClient(server.url, { hello: {} });
    first.send({ type: 'send', id: 'a1', text: 'one' });
    assert.equal((await answer(first, 'a1')).type, 'ack');
    const tab = await rawClient(server.url, { hello: { token: first.welcome.token } });
    for (const [client, id] of [
      [first, 'a2'],
      [tab, 'b1'],
    ]) {
      client.send({ type: 'send', id, text: id });
      assert.equal((await answer(client, id)).type, 'ack');
    }
    tab.send({ type: 'send', id: 'b2', text: 'four' });
    assert.deepEqual(await answer(tab, 'b2'), { type: 'error', code: 'rate-limited', id: 'b2' });
    const { id } = await server.store.findByToken(first.welcome.token);
    assert.deepEqual(
      (await server.store.messagesAfter(id, 0)).filter((m) => m.from === 'user').map((m) => m.id),
      ['a1', 'a2', 'b1'],
    );
    // Another conversation from the same address has its own.
    const other = await rawClient(server.url, { hello: {} });
    for (const id of ['c1', 'c2']) {
      other.send({ type: 'send', id, text: id });
      assert.equal((await answer(other, id)).type, 'ack');
    }
    for (const client of [first, tab, other]) client.close();
  });

  test('a message sent again (its ack lost) is answered as stored and charged once: not to the text budget, the conversation rate or the file budget', async () => {
    const file = png(1000);
    server = await createChatServer({
      allowedOrigins: [ORIGIN],
      logger: quietLogger(),
      // Room for one message of each kind: a second charge would refuse it.
      textRate: { burst: 2 * (512 + 5), perSecond: 1e-6 },
      conversationMessageRate: { burst: 2, perSecond: 1e-6 },
      attachmentRate: { burst: 1500, perSecond: 1e-6 },
    });
    const answer = (client, id) => client.next((f) => f.id === id && (f.type === 'ack' || f.type === 'error'));
    const first = { type: 'send', id: 'm1', text: 'hello' };
    const withFile = { type: 'send', id: 'm2', text: 'photo', attachment: { name: 'a.png', type: 'image/png', data: file.toString('base64') } };
    const client = await rawClient(server.url, { hello: {} });
    client.send(first);
    assert.deepEqual(await answer(client, 'm1'), { type: 'ack', id: 'm1', seq: 1 });
    client.send(withFile);
    const stored = await answer(client, 'm2');
    assert.equal(stored.type, 'ack');
    // Sent again after a reconnect, twice, as a client whose acks were lost does.
    client.close();
    const again = await rawClient(server.url, { hello: { token: client.welcome.token, after: 0 } });
    for (let i = 0; i < 2; i += 1) {
      for (const frame of [first, withFile]) again.send(frame);
      assert.deepEqual(await answer(again, 'm1'), { type: 'ack', id: 'm1', seq: 1 });
      assert.deepEqual(await answer(again, 'm2'), stored);
    }
    const { id } = await server.store.findByToken(client.welcome.token);
    assert.deepEqual(
      (await server.store.messagesAfter(id, 0)).filter((m) => m.from === 'user').map((m) => m.id),
      ['m1', 'm2'],
    );
    again.close();
  });

  test('with no agent online the bot answers three messages of a conversation, then at most one per botReplyIntervalMs: a flood does not double its rows', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), botReplyIntervalMs: 1000 });
    const bots = async (client) =>
      (await server.store.messagesAfter((await server.store.findByToken(client.welcome.token)).id, 0)).filter((m) => m.from === 'bot');
    const flooder = await rawClient(server.url, { hello: {} });
    for (let i = 1; i <= 6; i += 1) flooder.send({ type: 'send', id: `f${i}`, text: `паспорт ${i}` });
    // Frames are handled in order: the pong comes once every message (and any bot reply) is stored.
    flooder.send({ type: 'ping', t: 1 });
    await flooder.next('pong');
    assert.deepEqual(
      (await bots(flooder)).map((m) => m.id),
      ['bot-1', 'bot-3', 'bot-5'],
    );
    // Another conversation has its own interval.
    const other = await rawClient(server.url, { hello: {} });
    other.send({ type: 'send', id: 'o1', text: 'паспорт' });
    await other.next((f) => f.type === 'message' && f.from === 'bot');
    // Once the interval has passed, the next message is answered again.
    await sleep(1100);
    flooder.send({ type: 'send', id: 'f7', text: 'паспорт 7' });
    await flooder.next((f) => f.type === 'message' && f.from === 'bot' && f.id === 'bot-10');
    assert.equal((await bots(flooder)).length, 4);
    for (const client of [flooder, other]) client.close();
  });
});

describe('fan-out', () => {
  let server;
  afterEach(() => server?.close());

  test("a message is encoded once for all its conversation's sockets: each gets the same buffer", async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const owner = await rawClient(server.url, { hello: {} });
    owner.send({ type: 'send', id: 'first', text: 'start' });
    await owner.next((f) => f.type === 'message' && f.from === 'bot');
    const tabs = await Promise.all([1, 2, 3, 4].map(() => rawClient(server.url, { hello: { token: owner.welcome.token, after: 2 } })));
    const [socket] = server.sockets();
    let sends;
    const encodings = await spying(JSON, 'stringify', async () => {
      sends = await spying(Object.getPrototypeOf(socket), 'send', async () => {
        owner.send({ type: 'send', id: 'fan', text: 'to every tab' });
        for (const client of [owner, ...tabs]) await client.next((f) => f.type === 'message' && f.id === 'fan');
      });
    });
    assert.equal(encodings.filter(([value]) => value?.type === 'message' && value.id === 'fan').length, 1, 'one encoding for the five sockets');
    const payloads = sends.filter(([data]) => /"type":"message","id":"fan"/.test(String(data))).map(([data]) => data);
    assert.equal(payloads.length, 5);
    assert.ok(Buffer.isBuffer(payloads[0]) && payloads.every((data) => data === payloads[0]), 'the same buffer to each');
    for (const client of [owner, ...tabs]) client.close();
  });
});

describe('replay of a large history', () => {
  let server;
  afterEach(() => server?.close());

  /** A conversation holding `files` attachments of 1 MiB (stored directly: no quota), and its token. */
  async function conversationWithFiles(files) {
    const owner = await rawClient(server.url, { hello: {} });
    owner.send({ type: 'send', id: 'first', text: 'my documents' });
    await owner.next('ack');
    const { id } = await server.store.findByToken(owner.welcome.token);
    owner.close();
    for (let i = 0; i < files; i += 1) {
      await server.store.append(id, {
        id: `file-${i}`,
        from: 'user',
        text: `file ${i}`,
        extra: { attachment: { name: 'a.png', type: 'image/png', data: png(1024 * 1024) } },
      });
    }
    return { id, token: owner.welcome.token, last: (await server.store.findById(id)).last_seq };
  }

  test('replay pages are sized by bytes: a history full of files goes out about a megabyte at a time', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const { token, last } = await conversationWithFiles(10);
    const pages = [];
    const { messagesAfter } = server.store;
    server.store.messagesAfter = async (...args) => {
      const page = await messagesAfter(...args);
      pages.push(page.map((m) => JSON.stringify(m).length));
      return page;
    };
    const reader = await rawClient(server.url, { hello: { token, after: 0 } });
    await reader.next((f) => f.type === 'message' && f.seq === last, 10_000);
    server.store.messagesAfter = messagesAfter;
    assert.ok(pages.length > 5, `${pages.length} pages`);
    for (const page of pages) {
      const bytes = page.reduce((sum, size) => sum + size, 0);
      assert.ok(page.length === 1 || bytes <= 1.1 * 1024 * 1024, `a page of ${page.length} messages, ${bytes} bytes`);
    }
    reader.close();
  });

  test('an honest slow reader receives the whole history and is not cut off', { timeout: 60_000 }, async () => {
    server = await createChatServer({
      allowedOrigins: [ORIGIN],
      logger: quietLogger(),
      addressByteRate: { burst: 64 * 1024 * 1024, perSecond: 64 * 1024 * 1024 },
    });
    const { token, last } = await conversationWithFiles(30);
    const reader = await rawClient(server.url);
    const closed = new Promise((resolve) => reader.socket.once('close', resolve));
    let seq = 0;
    reader.socket.on('message', (data) => {
      const message = JSON.parse(String(data));
      if (message.type === 'message') seq = message.seq;
      // Reads one message, then looks away for a moment: a slow link.
      reader.socket.pause();
      setTimeout(() => reader.socket.resume(), 20);
    });
    reader.send({ type: 'hello', v: 1, token, after: 0 });
    // It does not read at all at first: the server must wait for it, not pile the history up.
    reader.socket.pause();
    await sleep(1000);
    reader.socket.resume();
    await Promise.race([until(() => seq === last, 50_000, 'the whole history'), closed.then((code) => assert.fail(`closed with ${code} at seq ${seq}`))]);
    reader.close();
  });

  test("a user's replay is charged to their address: hellos cannot make the server send a history at will", async () => {
    const burst = 2 * 1024 * 1024;
    const perSecond = 256 * 1024;
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), addressByteRate: { burst, perSecond } });
    const { token } = await conversationWithFiles(10);
    const started = Date.now();
    const readers = await Promise.all([1, 2, 3, 4, 5].map(() => rawClient(server.url, { hello: { token, after: 0 } })));
    await sleep(1000);
    const received = readers.flatMap((reader) => reader.frames.filter((f) => f.type === 'message')).reduce((sum, f) => sum + JSON.stringify(f).length, 0);
    // At most the budget, what it refilled meanwhile, and one page each replay had started.
    const bound = burst + ((Date.now() - started) / 1000) * perSecond + readers.length * 1.5 * 1024 * 1024;
    assert.ok(received <= bound, `${received} bytes replayed in ${Date.now() - started} ms (bound ${bound})`);
    for (const reader of readers) reader.close();
  });

  test('a replay is charged what it sends in bytes, not in UTF-16 units (Mongolian script is three bytes a letter)', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const owner = await rawClient(server.url, { hello: {} });
    owner.send({ type: 'send', id: 'first', text: 'start' });
    await owner.next('ack');
    const { id } = await server.store.findByToken(owner.welcome.token);
    owner.close();
    await until(() => server.sockets().length === 0, 3000, 'the owner to leave');
    for (let i = 0; i < 20; i += 1) await server.store.append(id, { id: `mong-${i}`, from: 'user', text: 'ᠮᠣᠩᠭᠣᠯ '.repeat(200) });
    const reader = await rawClient(server.url);
    // The address's budget, as the replay charges it.
    const { flow } = server.sockets()[0].state;
    let charged = 0;
    const charge = flow.charge;
    flow.charge = (bytes) => ((charged += bytes), charge(bytes));
    reader.send({ type: 'hello', v: 1, token: owner.welcome.token, after: 0 });
    const last = await reader.next((f) => f.type === 'message' && f.id === 'mong-19');
    const messages = [...reader.frames.filter((f) => f.type === 'message'), last];
    const sent = messages.reduce((sum, f) => sum + Buffer.byteLength(JSON.stringify(f)), 0);
    assert.equal(charged, sent);
    reader.close();
  });

  test('hellos are limited per address: one over the limit is closed with 1013, a later one is welcome', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), helloRate: { burst: 3, perSecond: 5 } });
    const welcomed = await Promise.all([1, 2, 3].map(() => rawClient(server.url, { hello: {} })));
    const refused = await rawClient(server.url);
    const code = new Promise((resolve) => refused.socket.once('close', resolve));
    refused.send({ type: 'hello', v: 1 });
    assert.equal(await Promise.race([code, sleep(5000).then(() => 'still open')]), 1013);
    assert.equal(refused.frames.find((f) => f.type === 'error')?.code, 'rate-limited');
    await sleep(300);
    const later = await rawClient(server.url, { hello: {} });
    assert.equal(later.welcome.type, 'welcome');
    for (const client of [...welcomed, later]) client.close();
  });
});

describe('unfinished messages', () => {
  let server;
  afterEach(() => server?.close());

  test('a message left unfinished closes its connection after the time limit; a live one stays', async () => {
    const logger = quietLogger();
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger, messageTimeoutMs: 300, heartbeatMs: 100 });
    const live = await rawClient(server.url, { hello: {} });
    // The first 10 KB of a text message, never the rest; the server's pings are answered.
    const holder = await rawSocket(server.port, frame(Buffer.alloc(10_000, 0x20), { fin: false }));
    const started = Date.now();
    for (let t = 0; !holder.isClosed(); t += 1) {
      assert.ok(Date.now() - started < 5000, 'the unfinished message was not timed out');
      live.send({ type: 'ping', t });
      await live.next((f) => f.type === 'pong' && f.t === t);
      await sleep(50);
    }
    // Its limit: 300 ms, and a second per 16 KiB it holds.
    assert.ok(Date.now() - started >= 300, `closed after ${Date.now() - started} ms`);
    assert.ok(logger.entries.some((e) => e.message === 'connection closed' && e.reason === 'message not finished in time'));
    assert.equal(live.socket.readyState, live.socket.OPEN);
    live.close();
  });

  test('unfinished messages over the budget: the address holding most loses its oldest first', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), maxUnfinishedBytes: 150_000 });
    const part = frame(Buffer.alloc(60_000, 0x20), { fin: false });
    const holders = [];
    // The oldest from one address, then two from another.
    for (const [i, address] of ['127.0.0.2', '127.0.0.1', '127.0.0.1'].entries()) {
      holders.push(await rawSocket(server.port, part, address));
      if (i < 2) await until(async () => (await gauge(server, 'ger_chat_unfinished_message_bytes')) >= 60_000 * (i + 1), 3000, 'the part to be read');
    }
    await until(() => holders.some((holder) => holder.isClosed()), 5000, 'a holder to be closed');
    await sleep(200);
    assert.deepEqual(
      holders.map((holder) => holder.isClosed()),
      [false, true, false],
    );
    assert.ok((await gauge(server, 'ger_chat_unfinished_message_bytes')) <= 150_000);
    for (const holder of holders) holder.socket.destroy();
  });
});
