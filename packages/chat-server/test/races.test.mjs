// Races between a socket closing and the server's own awaits: a socket that is gone when the
// store (or the password check) answers must leave nothing registered behind it. Each race is
// held open on purpose (a store method that waits until the test lets it go), so the tests do
// not depend on timing.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, ORIGIN, quietLogger, rawClient, until } from './helpers.mjs';

/**
 * Holds `store[method]`: each call waits until `release()`, then runs. `called` resolves on the
 * first call, `finished` once a held call has returned.
 */
function hold(store, method) {
  const original = store[method].bind(store);
  let release;
  let onCall;
  let onFinish;
  const gate = new Promise((resolve) => (release = resolve));
  const called = new Promise((resolve) => (onCall = resolve));
  const finished = new Promise((resolve) => (onFinish = resolve));
  store[method] = async (...args) => {
    onCall();
    await gate;
    try {
      return await original(...args);
    } finally {
      onFinish();
    }
  };
  return { called, finished, release: () => release() };
}

/** Whatever the server's handlers chained after the store answered has run by then. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Sends `frames` on a fresh socket to `url`, and drops the connection once `held` is reached. */
async function closeWhileHeld(server, url, frames, held) {
  const client = await rawClient(url);
  for (const frame of frames) client.send(frame);
  await held.called;
  client.socket.terminate();
  await until(() => server.sockets().length === 0, 5000, 'the server to see the close');
  held.release();
  await held.finished;
  await settled();
  return client;
}

const agentsOnline = async (server) => Number((await (await fetch(`${server.origin}/metrics`)).text()).match(/^ger_chat_agents_online (\d+)$/m)[1]);

describe('a socket that closes while the server awaits', () => {
  let server;
  afterEach(() => server?.close());

  test('an agent gone before the password check ends is not left online', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const saraa = await addTestAgent(server);
    await closeWhileHeld(server, server.agentUrl, [{ type: 'agent-hello', ...saraa }], hold(server.store, 'createSession'));
    assert.equal(await agentsOnline(server), 0);
    assert.deepEqual(server.held(), { users: 0, conversations: 0, agents: 0 });
    assert.equal(server.store.db.prepare('SELECT COUNT(*) AS n FROM agent_sessions').get().n, 0, 'no session is left to open');
    // So a citizen is told the truth, and the bot answers.
    const citizen = await rawClient(server.url, { hello: { lang: 'en' } });
    assert.equal(citizen.welcome.availability.status, 'offline');
    citizen.send({ type: 'send', id: 'q1', text: 'passport' });
    await citizen.next((f) => f.type === 'message' && f.from === 'bot');
    citizen.close();
  });
});
