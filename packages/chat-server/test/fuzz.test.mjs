// Fuzz: thousands of random and malformed request lines, headers, upgrades, frames and resets
// from 127.0.0.1 at a running server, while honest users chat. Afterwards the server must still
// serve, and every message it acknowledged must be stored intact. Seeded, bounded in count and time.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createChatServer } from '../src/server.mjs';
import { ORIGIN, quietLogger, rawClient } from './helpers.mjs';

const SEED = Number(process.env.GER_FUZZ_SEED ?? 20261204);
const ATTACKS = 3000;
const TIME_LIMIT_MS = 40_000;
const PARALLEL = 24;

/** mulberry32: a small seeded generator, so a failure can be replayed with GER_FUZZ_SEED. */
function generator(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const bytes = (n) => Buffer.from(Array.from({ length: n }, () => int(256)));
  return { next, int, pick, bytes };
}

const NASTY = [
  '',
  ' ',
  '\0',
  '%',
  '%%',
  '%zz',
  '//',
  '/../../etc/passwd',
  '/chat?x=%',
  'http://[',
  '*',
  '\u00ff\u00fe',
  '/\r\n',
  'ё'.repeat(50),
  '/'.repeat(9000),
  '/chat#',
  '/agent/..',
  '?',
];

function requestHead(r, port) {
  const method = r.pick(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'CONNECT', 'G\0T', '', 'GET GET', 'TRACE']);
  const target = r.pick([...NASTY, '/chat', '/agent', '/', '/health', '/agent.js']);
  const version = r.pick(['HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', 'http/1.1', '', 'HTTP/1.1 extra']);
  const headers = [];
  if (r.next() < 0.8) headers.push(`Host: ${r.pick([`127.0.0.1:${port}`, 'evil.example', '', 'a'.repeat(300)])}`);
  if (r.next() < 0.6) headers.push(`Origin: ${r.pick([ORIGIN, 'null', 'https://evil.example', '', '\u00ff', ORIGIN + ' '])}`);
  if (r.next() < 0.6) headers.push(`Upgrade: ${r.pick(['websocket', 'WebSocket', 'h2c', '', 'websocket, foo'])}`);
  if (r.next() < 0.6) headers.push(`Connection: ${r.pick(['Upgrade', 'upgrade, keep-alive', 'close', ''])}`);
  if (r.next() < 0.5)
    headers.push(`Sec-WebSocket-Key: ${r.pick([randomBytes(16).toString('base64'), 'short', '', '=====', randomBytes(40).toString('base64')])}`);
  if (r.next() < 0.5) headers.push(`Sec-WebSocket-Version: ${r.pick(['13', '8', '99', '', 'x'])}`);
  if (r.next() < 0.2)
    headers.push(`Sec-WebSocket-Extensions: ${r.pick(['permessage-deflate', 'permessage-deflate; client_max_window_bits=99', 'x; y=', ';;;'])}`);
  if (r.next() < 0.2) headers.push(`Content-Length: ${r.pick(['10', '-1', '99999999999', 'abc', '0, 5'])}`);
  if (r.next() < 0.2) headers.push(`Transfer-Encoding: ${r.pick(['chunked', 'gzip, chunked', 'x'])}`);
  if (r.next() < 0.15) headers.push(`X-Huge: ${'a'.repeat(r.pick([100, 20_000, 70_000]))}`);
  if (r.next() < 0.15) headers.push(r.pick(['NoColon', ': empty name', 'Bad Name: x', 'X: \u0000', ' folded: y']));
  return `${method} ${target} ${version}\r\n${headers.join('\r\n')}\r\n\r\n`;
}

/** A WebSocket frame as a client writes it: masked (or not, or with lies in its header). */
function frame(r) {
  const opcode = r.pick([0x1, 0x1, 0x2, 0x0, 0x8, 0x9, 0xa, 0x3, 0xf]);
  const fin = r.next() < 0.85 ? 0x80 : 0;
  const rsv = r.next() < 0.1 ? 0x40 : 0;
  const payload = r.pick([
    () =>
      Buffer.from(
        JSON.stringify({
          type: r.pick(['hello', 'send', 'typing', 'ping', 'forget', 'agent-hello', 'open', 'reply', 'x']),
          v: 1,
          id: r.pick(['a1', '../x', 7, null]),
          text: r.pick(['hi', '', 7, 'ё'.repeat(3000)]),
          token: r.pick([undefined, 'x', 5, {}]),
          after: r.pick([0, -1, 1e308, '1']),
          attachment: r.pick([undefined, null, 'x', { type: 'image/png', data: '!!!' }, { type: 'image/png', data: 'iVBORw0KGgo=' }]),
        }),
      ),
    () => r.bytes(r.int(200)),
    () => Buffer.from(r.pick(['{', '[]', 'null', '{"type":{}}', '\u0000', '{"type":"send","id":"x","text":"' + 'a'.repeat(5000) + '"}'])),
    () => Buffer.from([0xc3, 0x28, 0xff]),
  ])();
  const masked = r.next() < 0.9;
  const length = r.next() < 0.05 ? r.pick([126, 127]) : payload.length;
  const header = [fin | rsv | opcode];
  if (length < 126 && payload.length < 126) header.push((masked ? 0x80 : 0) | length);
  else if (payload.length < 65536) header.push((masked ? 0x80 : 0) | 126, payload.length >> 8, payload.length & 0xff);
  else header.push((masked ? 0x80 : 0) | 127, 0, 0, 0, 0, 0, 0, payload.length >> 8, payload.length & 0xff);
  const mask = masked ? r.bytes(4) : Buffer.alloc(0);
  const body = masked ? Buffer.from(payload.map((byte, i) => byte ^ mask[i % 4])) : payload;
  return Buffer.concat([Buffer.from(header), mask, body]);
}

/** One attack over a raw TCP connection: garbage, a bad request, or a good upgrade and then bad frames; maybe a reset. */
function attack(r, port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    };
    const timer = setTimeout(done, 1500);
    socket.on('error', done);
    socket.on('close', done);
    socket.on('data', () => {});
    socket.once('connect', () => {
      const kind = r.int(4);
      if (kind === 0) socket.write(r.bytes(1 + r.int(400)));
      else if (kind === 1) socket.write(requestHead(r, port));
      else {
        const key = randomBytes(16).toString('base64');
        socket.write(
          `GET ${r.pick(['/chat', '/agent'])} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${ORIGIN}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
        );
        socket.once('data', () => {
          for (let i = r.int(8); i >= 0; i -= 1) if (socket.writable) socket.write(frame(r));
        });
      }
      // Half the time the client resets (RST) mid-way instead of waiting for an answer.
      if (r.next() < 0.5) setTimeout(() => (socket.resetAndDestroy?.() ?? socket.destroy(), done()), r.int(50));
    });
  });
}

describe('fuzz: nothing a client sends stops the server', () => {
  let server;
  const logger = quietLogger();
  before(async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger, helloTimeoutMs: 2000, maxConnections: { perAddress: 500, total: 1000 } });
  });
  after(() => server.close());

  test(`${ATTACKS} malformed requests, upgrades, frames and resets`, { timeout: TIME_LIMIT_MS + 30_000 }, async () => {
    const r = generator(SEED);
    const acked = new Map();
    const users = await Promise.all([0, 1, 2].map(() => rawClient(server.url, { hello: {} })));
    let honest = 0;
    // Honest users keep chatting throughout, slowly enough to stay inside the rate limit.
    const chatting = setInterval(() => {
      const user = users[honest % users.length];
      const id = `honest-${honest++}`;
      const text = `message ${id} ёүө`;
      user.send({ type: 'send', id, text });
      user
        .next((f) => f.type === 'ack' && f.id === id, 10_000)
        .then(
          (ack) => acked.set(id, { text, seq: ack.seq, token: user.welcome.token }),
          () => {},
        );
    }, 100);

    const started = Date.now();
    let sent = 0;
    const worker = async () => {
      while (sent < ATTACKS && Date.now() - started < TIME_LIMIT_MS) {
        sent += 1;
        await attack(r, server.port);
      }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    clearInterval(chatting);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.ok(sent >= Math.min(ATTACKS, 500), `only ${sent} attacks in the time limit`);

    // Still serving: HTTP, a new conversation, and a round trip.
    const health = await fetch(`${server.origin}/health`);
    assert.equal(health.status, 200);
    const late = await rawClient(server.url, { hello: {} });
    late.send({ type: 'send', id: 'after-fuzz', text: 'still here' });
    assert.equal((await late.next('ack')).id, 'after-fuzz');

    // Every acknowledged message is stored intact, in its place.
    assert.ok(acked.size > 10, `${acked.size} honest messages acknowledged`);
    for (const [id, expected] of acked) {
      const conversation = await server.store.findByToken(expected.token);
      const [stored] = await server.store.messagesAfter(conversation.id, expected.seq - 1, 1);
      assert.deepEqual({ id: stored.id, text: stored.text, seq: stored.seq }, { id, text: expected.text, seq: expected.seq });
    }
    for (const client of [...users, late]) client.close();
    console.log(`# fuzz: ${sent} attacks (seed ${SEED}) in ${Date.now() - started} ms; ${acked.size} honest messages intact`);
  });
});
