// Agents: availability as users see it (offline, online, busy with a queue place), the bot while
// nobody is online, answering, typing and delivery receipts.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, ORIGIN, quietLogger, rawClient, signedInAgent, until, waitingUser } from './helpers.mjs';
import { readEveryConversation } from './queue-reader.mjs';

describe('agents and availability', () => {
  let server;
  beforeEach(async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), agentCapacity: 1 });
  });
  afterEach(() => server.close());

  test('offline with opening hours; the bot answers and nothing waits on an agent', async () => {
    const user = await rawClient(server.url, { hello: { lang: 'en' } });
    assert.equal(user.welcome.availability.status, 'offline');
    assert.match(user.welcome.availability.hours, /Monday/);
    user.send({ type: 'send', id: 'q1', text: 'how do I get a pasport' });
    const reply = await user.next((f) => f.type === 'message' && f.from === 'bot');
    assert.equal(reply.services[0].id, 'passport-foreign');
    // Leaving a message gives a reference number, and the bot stays quiet.
    user.send({ type: 'send', id: 'left-1', text: 'please call me', ticket: true });
    const ack = await user.next((f) => f.type === 'ack' && f.id === 'left-1');
    assert.match(ack.reference, /^\d{8}$/);
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(user.frames.filter((f) => f.from === 'bot').length, 0);
    user.close();
  });

  test('an agent signs in: users are online, then busy with a queue place when the agent is full', async () => {
    const agent = await signedInAgent(server, await addTestAgent(server, { name: 'Saraa' }));
    const first = await rawClient(server.url, { hello: { name: 'Bat', topic: 'Passport' } });
    assert.equal(first.welcome.availability.status, 'online');
    first.send({ type: 'send', id: 'f1', text: 'hello' });
    await first.next('ack');
    const second = await rawClient(server.url, { hello: {} });
    second.send({ type: 'send', id: 's1', text: 'me too' });
    await second.next('ack');
    // Capacity 1: the agent opens the first; the second waits first in the queue.
    const queue = await agent.next((f) => f.type === 'queue' && f.items.some((i) => i.name === 'Bat'));
    const bat = queue.items.find((i) => i.name === 'Bat');
    assert.equal(bat.topic, 'Passport');
    agent.send({ type: 'open', conversation: bat.conversation });
    const history = await agent.next('history');
    assert.deepEqual(
      history.messages.map((m) => m.text),
      ['hello'],
    );
    // The second was told at once (availability is sent again only when it changes).
    assert.deepEqual(second.welcome.availability, { status: 'busy', queue: 1 });
    await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual(
      second.frames.filter((f) => f.type === 'availability'),
      [],
    );
    // Receipt, typing and the answer reach the first user only.
    agent.send({ type: 'received', conversation: bat.conversation, seq: history.messages[0].seq });
    assert.equal((await first.next('delivered')).upTo, history.messages[0].seq);
    agent.send({ type: 'typing', conversation: bat.conversation, on: true });
    assert.equal((await first.next('typing')).on, true);
    agent.send({ type: 'reply', conversation: bat.conversation, id: 'a1', text: 'Сайн байна уу' });
    const answer = await first.next((f) => f.type === 'message' && f.from === 'agent');
    assert.equal(answer.text, 'Сайн байна уу');
    assert.equal(answer.agent, 'Saraa');
    await new Promise((r) => setTimeout(r, 50));
    assert.ok(!second.frames.some((f) => f.type === 'typing' || f.from === 'agent'));
    // The agent leaves: everyone is offline again.
    agent.close();
    assert.equal((await first.next((f) => f.type === 'availability' && f.status === 'offline')).status, 'offline');
    first.close();
    second.close();
  });

  test('a long history reaches the agent page by page, in order, then live messages follow', async () => {
    const user = await rawClient(server.url, { hello: { name: 'Dorj' } });
    user.send({ type: 'send', id: 'u0', text: 'message 0' });
    await user.next('ack');
    const { id } = await server.store.findByToken(user.welcome.token);
    for (let i = 1; i < 250; i += 1) await server.store.append(id, { id: `u${i}`, from: 'user', text: `message ${i}` });
    const agent = await signedInAgent(server, await addTestAgent(server, { name: 'Saraa' }));
    const seen = [];
    agent.socket.on('message', (data) => seen.push(JSON.parse(String(data))));
    agent.send({ type: 'open', conversation: id });
    await agent.next((f) => f.type === 'message' && f.text === 'message 249');
    user.send({ type: 'send', id: 'u250', text: 'message 250' });
    await agent.next((f) => f.type === 'message' && f.text === 'message 250');
    // One page with the heading: a history of any length is never one frame.
    const history = seen.find((f) => f.type === 'history');
    assert.equal(history.messages.length, 100);
    const later = seen.filter((f) => f.type === 'message' && f.conversation === id);
    const userTexts = [...history.messages, ...later].filter((m) => m.from === 'user').map((m) => m.text);
    assert.deepEqual(
      userTexts,
      Array.from({ length: 251 }, (_, i) => `message ${i}`),
    );
    user.close();
  });
});

// Conversations can appear faster than an agent's connection may open them (on a quiet machine the
// multi-process test's 50 did, and its agent stalled on the first refused open: "0 of 100"). A
// refused open names its conversation, and the queue reader sends it again: every one is read.
test('an open over the rate limit is refused by name; sent again, every conversation of a burst is read', async () => {
  const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), rateLimit: { burst: 3, perSecond: 4 } });
  try {
    const agent = await signedInAgent(server, await addTestAgent(server));
    const reader = readEveryConversation(agent, { retryMs: 100 });
    const users = await Promise.all(Array.from({ length: 10 }, (_, i) => rawClient(server.url, { hello: { name: `User ${i}` } })));
    users.forEach((user, i) => user.send({ type: 'send', id: `first-${i}`, text: `hello ${i}` }));
    await until(() => reader.seen.size === 10 && [...reader.seen.values()].every((seqs) => seqs.length === 1), 20_000, 'every conversation read').catch(
      (error) => assert.fail(`${error.message}: ${reader.describe()}`),
    );
    assert.deepEqual(
      [...reader.seen.values()],
      Array.from({ length: 10 }, () => [1]),
    );
    const refused = reader.errors.filter((f) => f.code === 'rate-limited');
    assert.ok(refused.length > 0, 'the burst went over the limit');
    for (const error of refused) assert.ok(reader.seen.has(error.conversation), `refusal names a conversation: ${JSON.stringify(error)}`);
    reader.stop();
    agent.close();
    users.forEach((user) => user.close());
  } finally {
    await server.close();
  }
});

test('a conversation opened by an agent who leaves without answering goes back to the queue, at its place', async () => {
  const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), agentCapacity: 3 });
  try {
    const saraa = await signedInAgent(server, await addTestAgent(server, { name: 'Saraa' }));
    const first = await waitingUser(server, 'First', 'hello');
    const second = await waitingUser(server, 'Second', 'me too');
    saraa.send({ type: 'open', conversation: first.conversation });
    await saraa.next('history');
    // Her console goes (a crash, a lid shut) before she answers.
    saraa.socket.terminate();
    const bold = await signedInAgent(server, await addTestAgent(server, { name: 'Bold' }));
    const queue = await bold.next((f) => f.type === 'queue' && f.items[0]?.conversation === first.conversation && f.items[0].waiting, 5000);
    assert.deepEqual(
      queue.items.map((item) => [item.conversation, item.waiting, item.agent]),
      [
        [first.conversation, true, null],
        [second.conversation, true, null],
      ],
    );
    const metrics = await (await fetch(`${server.origin}/metrics`)).text();
    assert.match(metrics, /^ger_chat_queue_length 2$/m);
    for (const client of [bold, first.user, second.user]) client.close();
  } finally {
    await server.close();
  }
});

describe('conversations an agent has moved on from', () => {
  let server;
  // Quiet after 0.3 s here; ten minutes by default.
  beforeEach(async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), agentCapacity: 3, quietMinutes: 0.3 / 60 });
  });
  afterEach(() => server.close());

  /** A citizen with one message, and the conversation's number. */
  async function citizen(name) {
    const user = await rawClient(server.url, { hello: { name } });
    user.send({ type: 'send', id: `${name}-1`, text: `${name} here` });
    await user.next('ack');
    return { user, id: (await server.store.findByToken(user.welcome.token)).id };
  }

  test('are let go once quiet: answered ones free the agent, an unanswered one goes back to the queue', async () => {
    const agent = await signedInAgent(server, await addTestAgent(server));
    const answered = await citizen('Answered');
    const unanswered = await citizen('Unanswered');
    const current = await citizen('Current');
    agent.send({ type: 'open', conversation: answered.id });
    await agent.next('history');
    agent.send({ type: 'reply', conversation: answered.id, id: 'r1', text: 'Ийм байна.' });
    await agent.next('ack');
    agent.send({ type: 'open', conversation: unanswered.id });
    await agent.next('history');
    agent.send({ type: 'open', conversation: current.id });
    await agent.next('history');
    // Queue frames made before the three opens (sent 100 ms after each citizen came) show them all
    // waiting: only a later one can say what the agent let go.
    agent.frames.splice(0, agent.frames.length, ...agent.frames.filter((f) => f.type !== 'queue'));
    // Three open, capacity three: a newcomer is told the agent is busy.
    const early = await rawClient(server.url, { hello: { name: 'Early' } });
    assert.equal(early.welcome.availability.status, 'busy');
    // Once the two in the background are quiet, the agent holds only the one in front of them.
    await until(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        const newcomer = await rawClient(server.url, { hello: {} });
        newcomer.close();
        return newcomer.welcome.availability.status === 'online';
      },
      5000,
      'a newcomer told the agent is free',
    );
    const queue = await agent.next((f) => f.type === 'queue' && f.items.some((i) => i.conversation === unanswered.id && i.waiting));
    const byId = new Map(queue.items.map((i) => [i.conversation, i]));
    assert.equal(byId.get(unanswered.id).agent, null, 'unanswered: back in the queue, held by nobody');
    assert.equal(byId.get(answered.id).waiting, false, 'answered: done, not waiting');
    assert.equal(byId.get(current.id).agent, 'Saraa', 'the one in front of the agent stays theirs');
    // A new message in the conversation in front of the agent still reaches them live.
    current.user.send({ type: 'send', id: 'Current-2', text: 'one more thing' });
    assert.equal((await agent.next((f) => f.type === 'message' && f.id === 'Current-2')).conversation, current.id);
    for (const client of [agent, answered.user, unanswered.user, current.user, early]) client.close();
  });
});
