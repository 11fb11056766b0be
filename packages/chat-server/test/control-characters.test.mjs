// Text a client sends may hold what a store cannot keep: PostgreSQL text refuses U+0000, and
// each store turned a lone UTF-16 surrogate into something different. Every string of a frame is
// cleaned where it is parsed, so both stores keep the same text and answer every message.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseFrame } from '../src/protocol.mjs';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, ORIGIN, quietLogger, rawClient, signedInAgent } from './helpers.mjs';
import { postgresMissing, startPostgres } from './private-postgres.mjs';

const missing = postgresMissing();
const skipPostgres = missing && process.env.CI !== 'true' ? missing : false;

test('a frame comes out of parsing without control characters (but tab and line ends) and with no lone surrogate', () => {
  const raw = JSON.stringify({ type: 'send', id: 'a', text: 'a\u0000b\u0007c\td\r\ne\u001b[31m\u007f\ud800f', nested: { name: ['x\u0000'] } });
  assert.deepEqual(parseFrame(Buffer.from(raw), false).frame, { type: 'send', id: 'a', text: 'abc\td\r\ne[31m\ufffdf', nested: { name: ['x'] } });
  // C0 controls and surrogates reach JSON only as escapes: a frame without one is left as it is.
  assert.deepEqual(parseFrame(Buffer.from('{"type":"send","text":"Сайн байна уу 🙂 «°»"}'), false), {
    frame: { type: 'send', text: 'Сайн байна уу 🙂 «°»' },
    cleaned: false,
  });
  // DEL and C1 controls are valid JSON as they are, with no backslash anywhere in the frame.
  assert.deepEqual(parseFrame(Buffer.from('{"type":"send","text":"a\u007fb\u0085c\u009bd\u00a0e"}'), false), {
    frame: { type: 'send', text: 'abcd\u00a0e' },
    cleaned: true,
  });
});

const backends = [
  ['SQLite', async () => ({ options: { dbPath: ':memory:' }, stop() {} })],
  [
    'PostgreSQL',
    async () => {
      if (missing) throw new Error(missing);
      const database = await startPostgres({ maxConnections: 40 });
      return { options: { databaseUrl: database.url }, stop: () => database.stop() };
    },
    skipPostgres,
  ],
];

for (const [name, setUp, skip] of backends) {
  describe(`on ${name}`, { skip }, () => {
    test('text with NUL, other control characters and a lone surrogate is stored cleaned, the same on every store, and every frame is answered', async (t) => {
      const backend = await setUp();
      t.after(() => backend.stop());
      const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), ...backend.options });
      t.after(() => server.close());
      const clients = [];
      t.after(() => clients.forEach((client) => client.close()));
      const answer = (client) => client.next((f) => f.type === 'ack' || f.type === 'error');

      const user = await rawClient(server.url, { hello: { name: 'Бат\u0000', topic: 'Паспорт\u0001' } });
      clients.push(user);
      const sent = ['first\u0000 message', 'lone \udc00 surrogate', 'bell\u0007 and\ttab\nline'];
      for (const [i, text] of sent.entries()) {
        user.send({ type: 'send', id: `m${i}`, text });
        assert.equal((await answer(user)).type, 'ack', JSON.stringify(text));
      }
      // The same conversation again, with a name holding NUL: welcomed, not left without an answer.
      const again = await rawClient(server.url, { hello: { token: user.welcome.token, name: 'Болд\u0000' } });
      clients.push(again);

      const conversation = await server.store.findByToken(user.welcome.token);
      assert.deepEqual([conversation.name, conversation.topic], ['Болд', 'Паспорт']);
      const agent = await signedInAgent(server, await addTestAgent(server));
      clients.push(agent);
      agent.send({ type: 'open', conversation: conversation.id });
      await agent.next('history');
      agent.send({ type: 'reply', conversation: conversation.id, id: 'r1', text: 'Сайн\u0000 байна уу' });
      assert.equal((await answer(agent)).type, 'ack');

      const stored = (await server.store.messagesAfter(conversation.id, 0)).filter((m) => m.from !== 'bot').map((m) => m.text);
      assert.deepEqual(stored, ['first message', 'lone \ufffd surrogate', 'bell and\ttab\nline', 'Сайн байна уу']);
    });

    test('a sign-in whose name, password or session holds a control character is a wrong sign-in: refused, nothing counted or stored, and the server goes on', async (t) => {
      const backend = await setUp();
      t.after(() => backend.stop());
      const logger = quietLogger();
      const server = await createChatServer({ allowedOrigins: [ORIGIN], logger, ...backend.options });
      t.after(() => server.close());
      const saraa = await addTestAgent(server);
      const attempts = [
        // Escaped in JSON, and cleaned out of the frame: it would have signed in as Saraa.
        { name: 'Saraa\u0000', password: saraa.password },
        { name: 'Saraa', password: `${saraa.password}\u0001` },
        { name: 'Saraa', password: `\u001b[D${saraa.password}` },
        // Sent as they are (JSON does not escape them).
        { name: 'Saraa', password: `${saraa.password}\u007f` },
        { name: 'Saraa', password: `${saraa.password}\u0085` },
        { name: 'Saraa\u009b', password: saraa.password },
        { name: 'Saraa', password: `${saraa.password}\t` },
        { session: 'not-a-session\u0000' },
      ];
      for (const credentials of attempts) {
        const client = await rawClient(server.agentUrl);
        try {
          const closed = new Promise((resolve) => client.socket.once('close', resolve));
          client.send({ type: 'agent-hello', ...credentials });
          const answer = await client.next((f) => f.type === 'error' || f.type === 'agent-welcome', 15_000);
          assert.deepEqual([answer.type, answer.code], ['error', 'unauthorized'], JSON.stringify(credentials));
          assert.equal(await closed, 1008, JSON.stringify(credentials));
        } finally {
          client.close();
        }
      }
      for (const key of ['address:127.0.0.1', 'name:Saraa']) assert.equal(await server.store.signInFailures(key), undefined, key);
      assert.ok(!JSON.stringify(logger.entries).includes(saraa.password), 'no password in the log');
      // Not locked out, and nothing else changed: the right credentials still sign in.
      const agent = await signedInAgent(server, saraa);
      assert.equal(agent.welcome.name, 'Saraa');
      agent.close();
    });
  });
}
