// What whoever runs the server watches: liveness, readiness and Prometheus metrics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { opsRoutes } from '../src/ops.mjs';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, ORIGIN, quietLogger, rawClient, signedInAgent } from './helpers.mjs';

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
