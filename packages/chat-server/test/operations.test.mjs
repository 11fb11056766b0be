// What whoever runs the server watches: liveness, readiness and Prometheus metrics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
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

test('health and readiness answer; readiness follows the database', async () => {
  const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
  assert.deepEqual(await get(server, '/health').then((r) => [r.status, r.body]), [200, 'ok']);
  assert.deepEqual(await get(server, '/ready').then((r) => [r.status, r.body]), [200, 'ready']);
  // A database that no longer answers makes the process unready (and it says why).
  server.store.db.close();
  const unready = await get(server, '/ready');
  assert.equal(unready.status, 503);
  assert.match(unready.body, /not ready/);
  await server.close();
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
