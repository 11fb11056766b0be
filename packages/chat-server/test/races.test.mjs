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

  test('a new visitor gone before the store answers its hello is not kept', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    await closeWhileHeld(server, server.url, [{ type: 'hello', v: 1, token: 'an-old-token-the-browser-kept' }], hold(server.store, 'findByToken'));
    assert.deepEqual(server.held(), { users: 0, conversations: 0, agents: 0 });
  });

  test('a returning visitor gone before the store answers its hello is not kept', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const first = await rawClient(server.url, { hello: {} });
    first.send({ type: 'send', id: 'm1', text: 'hello' });
    await first.next('ack');
    first.close();
    await until(() => server.sockets().length === 0, 5000, 'the first visit to end');
    await closeWhileHeld(server, server.url, [{ type: 'hello', v: 1, token: first.welcome.token }], hold(server.store, 'findByToken'));
    assert.deepEqual(server.held(), { users: 0, conversations: 0, agents: 0 });
  });

  test('a first message whose sender is gone before its conversation is made is stored, and the socket is not kept', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const client = await rawClient(server.url, { hello: {} });
    const made = hold(server.store, 'createConversation');
    client.send({ type: 'send', id: 'm1', text: 'passport' });
    await made.called;
    client.socket.terminate();
    await until(() => server.sockets().length === 0, 5000, 'the server to see the close');
    made.release();
    await made.finished;
    // The message and the bot's answer are stored: the client sends it again after a reconnect and it is found, not doubled.
    await until(async () => (await server.store.findByToken(client.welcome.token))?.last_seq === 2, 5000, 'the message and the answer');
    await settled();
    assert.deepEqual(server.held(), { users: 0, conversations: 0, agents: 0 });
  });
});
