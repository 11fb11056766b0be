// The queue of conversations waiting for an agent is bounded: clients from any number of
// addresses, each within its own per-address limits, cannot make it (and the work of telling
// every waiting user their place) grow without end.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, loadTransport, memoryStorage, ORIGIN, quietLogger, rawClient, signedInAgent, socketClassFor, until } from './helpers.mjs';
import { postgresMissing, startPostgres } from './private-postgres.mjs';

// Without PostgreSQL its test says why it is skipped; in CI a missing PostgreSQL is a failure.
const postgresMissingHere = postgresMissing();
const postgresSkip = postgresMissingHere && process.env.CI !== 'true' ? postgresMissingHere : false;

let server;
const clients = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await server?.close();
});

/** A user from its own address who sends a first message; resolves to the client and the answer. */
async function firstMessage(address, extra = {}) {
  const client = await rawClient(server.url, { headers: { 'x-forwarded-for': address }, hello: {} });
  clients.push(client);
  client.send({ type: 'send', id: 'first', text: 'hello', ...extra });
  return { client, answer: await client.next((f) => f.type === 'ack' || f.type === 'error') };
}

test('a full queue refuses new conversations with queue-full, stores nothing of them, and takes them again once a place frees', async () => {
  server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), trustProxy: 1, maxQueueLength: 3 });
  const answers = [];
  for (let i = 1; i <= 5; i += 1) answers.push((await firstMessage(`10.1.0.${i}`)).answer);
  assert.deepEqual(
    answers.map((a) => a.code ?? a.type),
    ['ack', 'ack', 'ack', 'queue-full', 'queue-full'],
  );
  assert.deepEqual(answers[3], { type: 'error', code: 'queue-full', id: 'first', limit: 3 });
  assert.equal((await server.store.recentConversations(100)).length, 3);
  assert.equal(server.held().conversations, 3);

  // A conversation already waiting goes on; so does a message left for later (not queued).
  const waiting = clients[0];
  waiting.send({ type: 'send', id: 'second', text: 'still there?' });
  assert.equal((await waiting.next((f) => f.type === 'ack' || f.type === 'error')).type, 'ack');
  assert.equal((await firstMessage('10.1.0.6', { ticket: true })).answer.type, 'ack');

  // An agent takes one: its place goes to the next citizen.
  const agent = await signedInAgent(server, await addTestAgent(server));
  clients.push(agent);
  const { items } = await agent.next('queue');
  agent.send({ type: 'open', conversation: items.find((item) => item.waiting).conversation });
  await agent.next('history');
  assert.equal((await firstMessage('10.1.0.7')).answer.type, 'ack');
  assert.equal((await firstMessage('10.1.0.8')).answer.code, 'queue-full');
});

test("the widget's transport hears queue-full as a refusal: the message leaves the outbox, to go back to the composer", async () => {
  server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), maxQueueLength: 1 });
  await firstMessage('10.3.0.1');
  const { WebSocketTransport } = await loadTransport();
  const transport = new WebSocketTransport({ url: server.url, storage: memoryStorage(), WebSocket: socketClassFor() });
  const events = [];
  transport.subscribe((event) => event.type === 'rejected' && events.push(event));
  try {
    transport.connect();
    transport.send({ id: 'q1', text: 'Паспорт', at: new Date().toISOString() });
    await until(() => events.length, 3000, 'the refusal');
    assert.deepEqual(events, [{ type: 'rejected', id: 'q1', code: 'queue-full', limit: 1 }]);
    assert.deepEqual(transport.pending(), []);
  } finally {
    transport.disconnect();
  }
});

test('with several processes, a conversation answered on one leaves the queue of every other', { skip: postgresSkip }, async (t) => {
  if (postgresMissingHere) throw new Error(postgresMissingHere);
  const database = await startPostgres({ maxConnections: 40 });
  t.after(() => database.stop());
  const options = { allowedOrigins: [ORIGIN], logger: quietLogger(), databaseUrl: database.url };
  const agentSide = await createChatServer(options);
  t.after(() => agentSide.close());
  server = await createChatServer({ ...options, maxQueueLength: 1 });
  const citizen = await rawClient(server.url, { hello: {} });
  clients.push(citizen);
  citizen.send({ type: 'send', id: 'first', text: 'hello' });
  await citizen.next('ack');
  const agent = await signedInAgent(agentSide, await addTestAgent(agentSide));
  clients.push(agent);
  const conversation = (await server.store.findByToken(citizen.welcome.token)).id;
  agent.send({ type: 'open', conversation });
  await agent.next('history');
  agent.send({ type: 'reply', conversation, id: 'r1', text: 'Сайн байна уу' });
  // Its live delivery here is the same step that must take it out of this process's queue.
  await citizen.next((f) => f.type === 'message' && f.from === 'agent', 5000);
  assert.equal((await firstMessage('10.2.0.1')).answer.type, 'ack');
});
