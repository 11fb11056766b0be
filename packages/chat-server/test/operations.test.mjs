// What whoever runs the server watches: liveness, readiness and Prometheus metrics.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import { describe, test } from 'node:test';
import { opsRoutes } from '../src/ops.mjs';
import { createChatServer, METRICS_CONNECTIONS_PER_ADDRESS } from '../src/server.mjs';
import { addTestAgent, freePort, ORIGIN, quietLogger, rawClient, signedInAgent } from './helpers.mjs';
import { statusOf } from './server-process.mjs';

const get = async (server, path) => {
  const response = await fetch(`${server.origin}${path}`);
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() };
};

/** The value of one sample line, e.g. `ger_chat_connections{kind="user"}`. */
const sample = (body, name) => {
  const line = body.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
};

test('health and readiness answer; readiness follows the database, and why it fails goes to the log only', async (t) => {
  const logger = quietLogger();
  const server = await createChatServer({ allowedOrigins: [ORIGIN], logger });
  t.after(() => server.close());
  assert.deepEqual(await get(server, '/health').then((r) => [r.status, r.body]), [200, 'ok']);
  assert.deepEqual(await get(server, '/ready').then((r) => [r.status, r.body]), [200, 'ready']);
  // A database that no longer answers makes the process unready; the reason is the operator's.
  server.store.db.close();
  const unready = await get(server, '/ready');
  assert.deepEqual([unready.status, unready.body], [503, 'not ready']);
  assert.match(logger.entries.find((e) => e.message === 'not ready')?.error ?? '', /database connection is not open/);
});

test("a failing store's error text is logged once each time readiness changes, and never sent to whoever probes", async () => {
  // What a PostgreSQL error can carry: the host, the role, a path.
  const secret = 'password authentication failed for user "ger_chat" at db.internal:5432';
  let failing = true;
  const store = { ping: async () => (failing ? Promise.reject(new Error(secret)) : undefined) };
  const logger = quietLogger();
  const routes = opsRoutes({ store, metrics: {}, isClosing: () => false, logger });
  const probe = async () => {
    const answer = await new Promise((resolve) => {
      let status;
      const response = { writeHead: (code) => ((status = code), response), end: (body) => resolve([status, String(body)]) };
      routes({ method: 'GET', url: '/ready', headers: {}, socket: {} }, response);
    });
    for (const part of ['password', 'ger_chat', 'db.internal', '5432']) assert.ok(!answer[1].includes(part), `${answer[1]} shows ${part}`);
    return answer;
  };
  const logged = () => logger.entries.map((e) => [e.level, e.message, e.error]);

  for (let i = 0; i < 5; i += 1) assert.deepEqual(await probe(), [503, 'not ready']);
  assert.deepEqual(logged(), [['warn', 'not ready', secret]], 'five probes, one line');
  failing = false;
  for (let i = 0; i < 3; i += 1) assert.deepEqual(await probe(), [200, 'ready']);
  assert.deepEqual(logged().slice(1), [['info', 'ready again', undefined]]);
  failing = true;
  await probe();
  await probe();
  assert.deepEqual(logged().slice(2), [['warn', 'not ready', secret]]);
});

test('metrics count connections, stored and delivered messages, the queue and latency', async () => {
  const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
  const empty = await get(server, '/metrics');
  assert.equal(empty.status, 200);
  assert.match(empty.type, /^text\/plain; version=0\.0\.4/);
  assert.equal(sample(empty.body, 'ger_chat_connections{kind="user"}'), 0);

  const user = await rawClient(server.url, { hello: { lang: 'en' } });
  user.send({ type: 'send', id: 'm1', text: 'how do I get a passport' });
  await user.next((f) => f.type === 'message' && f.from === 'bot');
  const agent = await signedInAgent(server, await addTestAgent(server));

  const { body } = await get(server, '/metrics');
  assert.equal(sample(body, 'ger_chat_connections{kind="user"}'), 1);
  assert.equal(sample(body, 'ger_chat_connections{kind="agent"}'), 1);
  assert.equal(sample(body, 'ger_chat_messages_stored_total{from="user"}'), 1);
  assert.equal(sample(body, 'ger_chat_messages_stored_total{from="bot"}'), 1);
  assert.equal(sample(body, 'ger_chat_messages_delivered_total'), 2, 'the echo and the bot reply');
  assert.equal(sample(body, 'ger_chat_queue_length'), 1, 'the user waits for an agent');
  assert.equal(sample(body, 'ger_chat_agents_online'), 1);
  assert.equal(sample(body, 'ger_chat_store_seconds_count'), 2);
  assert.equal(sample(body, 'ger_chat_delivery_seconds_bucket{le="+Inf"}'), 2);
  // Every family is announced with HELP and TYPE, as Prometheus expects.
  for (const name of ['ger_chat_connections', 'ger_chat_store_seconds', 'ger_chat_delivery_seconds']) {
    assert.match(body, new RegExp(`# HELP ${name} .+\\n# TYPE ${name} (gauge|counter|histogram)`));
  }
  user.close();
  agent.close();
  await server.close();
});

/** What opsRoutes answers a GET of `path` from `peer` with `headers`: [status, body]. */
function ask(routes, path, peer, headers = {}) {
  let answer;
  const response = { writeHead: (status) => ((answer = [status]), response), end: (body) => answer.push(String(body ?? '')) };
  routes({ method: 'GET', url: path, headers, socket: { remoteAddress: peer } }, response);
  return answer;
}

test('metrics are served to a private or loopback address, not to the internet nor through a proxy, unless the token is given', () => {
  const metrics = { render: () => 'ger_chat_queue_length 0\n' };
  const routes = opsRoutes({ store: {}, metrics, isClosing: () => false });
  for (const peer of ['127.0.0.1', '::1', '10.0.0.7', '172.20.1.2', '192.168.1.9', 'fd00::5', '::ffff:10.0.0.7']) {
    assert.equal(ask(routes, '/metrics', peer)[0], 200, peer);
  }
  for (const peer of ['203.0.113.5', '2001:db8::1', '::ffff:203.0.113.5', '100.64.0.1', undefined]) {
    assert.equal(ask(routes, '/metrics', peer)[0], 403, String(peer));
  }
  // A proxy in front passes the internet's requests from its own private address.
  assert.equal(ask(routes, '/metrics', '10.0.0.2', { 'x-forwarded-for': '203.0.113.5' })[0], 403);
  assert.equal(ask(routes, '/metrics', '10.0.0.2', { forwarded: 'for=203.0.113.5' })[0], 403);
  assert.equal(ask(routes, '/health', '203.0.113.5')[0], 200, 'liveness stays open to whoever checks it');

  const token = 'k'.repeat(32);
  const guarded = opsRoutes({ store: {}, metrics, isClosing: () => false, metricsToken: token });
  assert.deepEqual(ask(guarded, '/metrics', '203.0.113.5', { authorization: `Bearer ${token}` }), [200, 'ger_chat_queue_length 0\n']);
  // With a token, the token alone decides: from anywhere, and even from loopback.
  for (const headers of [{}, { authorization: `Bearer ${token.slice(1)}` }, { authorization: token }, { authorization: `Basic ${token}` }]) {
    assert.equal(ask(guarded, '/metrics', '127.0.0.1', headers)[0], 401, JSON.stringify(headers));
  }
});

test('a server started with a metrics token asks Prometheus for it', async () => {
  const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), metricsToken: 'm'.repeat(32) });
  try {
    assert.equal((await get(server, '/metrics')).status, 401);
    const response = await fetch(`${server.origin}/metrics`, { headers: { authorization: `Bearer ${'m'.repeat(32)}` } });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /^ger_chat_queue_length 0$/m);
  } finally {
    await server.close();
  }
});

describe('metrics on a listener of their own (metricsListen, --metrics-listen)', () => {
  const OWN = { host: '127.0.0.1', port: 0 };
  const at = async (origin, path, headers = {}) => {
    const response = await fetch(`${origin}${path}`, { headers });
    return { status: response.status, body: await response.text() };
  };

  test('are served there to anyone who reaches it, relayed or not, and the public listener answers /metrics with 404', async (t) => {
    const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), metricsListen: OWN });
    t.after(() => server.close());
    assert.notEqual(server.metricsPort, server.port);
    const own = `http://127.0.0.1:${server.metricsPort}`;
    const scraped = await at(own, '/metrics');
    assert.equal(scraped.status, 200);
    assert.match(scraped.body, /^ger_chat_queue_length 0$/m);
    // The operator chose who reaches this address: the public listener's proxy rule does not apply.
    assert.equal((await at(own, '/metrics', { 'x-forwarded-for': '203.0.113.5' })).status, 200);
    // Loopback would be served on the public listener if metrics lived there.
    assert.deepEqual(await at(server.origin, '/metrics'), { status: 404, body: 'not found' });
    // The metrics listener serves metrics and nothing else.
    for (const path of ['/', '/health', '/ready', '/agent', '/metrics/x']) assert.equal((await at(own, path)).status, 404, path);
  });

  test('served without a token on an address open to all interfaces, they are logged as such', async (t) => {
    const warned = (logger) => logger.entries.filter((e) => /metrics are served without a token/.test(e.message)).length;
    const everywhere = quietLogger();
    const open = await createChatServer({ allowedOrigins: [ORIGIN], logger: everywhere, metricsListen: { host: '0.0.0.0', port: 0 } });
    t.after(() => open.close());
    assert.equal(warned(everywhere), 1);
    const loopback = quietLogger();
    const inside = await createChatServer({ allowedOrigins: [ORIGIN], logger: loopback, metricsListen: OWN });
    t.after(() => inside.close());
    const tokened = quietLogger();
    const guarded = await createChatServer({
      allowedOrigins: [ORIGIN],
      logger: tokened,
      metricsListen: { host: '0.0.0.0', port: 0 },
      metricsToken: 't'.repeat(32),
    });
    t.after(() => guarded.close());
    assert.deepEqual([warned(loopback), warned(tokened)], [0, 0]);
  });

  test('a metrics token still applies there, and does not open /metrics on the public listener', async (t) => {
    const token = 'm'.repeat(32);
    const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), metricsListen: OWN, metricsToken: token });
    t.after(() => server.close());
    const own = `http://127.0.0.1:${server.metricsPort}`;
    assert.equal((await at(own, '/metrics')).status, 401);
    assert.equal((await at(own, '/metrics', { authorization: `Bearer ${token.slice(1)}` })).status, 401);
    assert.equal((await at(own, '/metrics', { authorization: `Bearer ${token}` })).status, 200);
    assert.equal((await at(server.origin, '/metrics', { authorization: `Bearer ${token}` })).status, 404);
  });

  test('the listener closes with the server, and malformed requests to it get a 400, not an exception', async (t) => {
    const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), metricsListen: OWN });
    let closed = false;
    t.after(() => closed || server.close());
    const port = server.metricsPort;
    const reply = await new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.end('GET /metrics HTTP/1.1\r\nHost: \u0001\r\nBad header\r\n\r\n'));
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(reply, /^HTTP\/1\.1 400 /);
    assert.equal(await statusOf(port, '/metrics'), 200);
    await server.close();
    closed = true;
    assert.equal(await statusOf(port, '/metrics'), 0, 'nothing listens there any more');
  });

  test('connections to it are capped per address: one client holding it open leaves room for Prometheus', async (t) => {
    const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), metricsListen: OWN });
    t.after(() => server.close());
    const silent = (localAddress) =>
      new Promise((resolve) => {
        const socket = connect({ port: server.metricsPort, host: '127.0.0.1', localAddress });
        socket.on('error', () => {});
        socket.once('connect', () => resolve(socket));
      });
    const held = [];
    t.after(() => held.forEach((socket) => socket.destroy()));
    for (let i = 0; i < METRICS_CONNECTIONS_PER_ADDRESS; i += 1) held.push(await silent('127.0.0.1'));
    const over = await silent('127.0.0.1');
    held.push(over);
    const closedAtOnce = await new Promise((resolve) => {
      if (over.destroyed) return resolve(true);
      over.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 1000).unref();
    });
    assert.ok(METRICS_CONNECTIONS_PER_ADDRESS >= 2 && closedAtOnce, `connection ${held.length} from one address is refused at once`);
    // The scraper, from another address, is served at once.
    const scrape = await new Promise((resolve, reject) => {
      const socket = connect({ port: server.metricsPort, host: '127.0.0.1', localAddress: '127.0.0.2' }, () =>
        socket.end('GET /metrics HTTP/1.1\r\nHost: metrics\r\nConnection: close\r\n\r\n'),
      );
      let data = '';
      socket.on('data', (chunk) => (data += chunk));
      socket.on('close', () => resolve(data));
      socket.on('error', reject);
    });
    assert.match(scrape, /^HTTP\/1\.1 200 /);
  });

  test('an address it cannot listen on stops the start with a clear error, and leaves nothing open', async (t) => {
    const taken = createServer();
    await new Promise((resolve) => taken.listen(0, '127.0.0.1', resolve));
    t.after(() => taken.close());
    const takenPort = taken.address().port;
    const publicPort = await freePort();
    await assert.rejects(
      createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), port: publicPort, metricsListen: { host: '127.0.0.1', port: takenPort } }),
      { message: new RegExp(`^cannot listen for metrics on 127\\.0\\.0\\.1:${takenPort}: .*EADDRINUSE`) },
    );
    assert.equal(await statusOf(publicPort, '/health'), 0, 'the public listener was closed again');
    // A port out of range is refused the same way (Node throws it at once).
    await assert.rejects(createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), metricsListen: { host: '127.0.0.1', port: 70_000 } }), {
      message: /^cannot listen for metrics on 127\.0\.0\.1:70000: .*port/,
    });
  });
});
