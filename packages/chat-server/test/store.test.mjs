// The store interface (src/store/index.mjs), held to the same contract on SQLite and on a real
// PostgreSQL: whatever the server does on one, it can do on the other.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../src/store/index.mjs';
import { postgresMissing, startPostgres } from './private-postgres.mjs';

const missing = postgresMissing();
const skipPostgres = missing && process.env.CI !== 'true' ? missing : false;

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
  describe(`the ${name} store`, { skip }, () => {
    let backend;
    let store;
    before(async () => {
      backend = await setUp();
      store = await openStore(backend.options);
    });
    after(async () => {
      await store?.close();
      backend?.stop();
    });

    test('a conversation is found by its token (stored hashed) and by id', async () => {
      const { token, conversation } = await store.createConversation({ name: 'Bat', topic: 'Passport', lang: 'en' });
      assert.match(token, /^[A-Za-z0-9_-]{43}$/);
      assert.equal(conversation.token_hash.length, 64);
      assert.notEqual(conversation.token_hash, token);
      assert.equal((await store.findByToken(token)).id, conversation.id);
      assert.equal(await store.findByToken('not a token'), undefined);
      assert.equal(await store.findByToken(''), undefined);
      await store.updateProfile(conversation.id, { name: 'Bold', topic: 'Tax', lang: 'mn' });
      const updated = await store.findById(conversation.id);
      assert.deepEqual([updated.name, updated.topic, updated.lang, updated.last_seq], ['Bold', 'Tax', 'mn', 0]);
    });

    test('appends number messages 1, 2, 3… once per client id, even when they race', async () => {
      const { conversation } = await store.createConversation();
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => store.append(conversation.id, { id: `m${i % 20}`, from: 'user', text: `text ${i % 20}` })),
      );
      assert.equal(results.filter((r) => !r.duplicate).length, 20);
      for (const { message } of results) assert.equal(message.text, `text ${message.id.slice(1)}`);
      const stored = await store.messagesAfter(conversation.id, 0);
      assert.deepEqual(stored.map((m) => m.seq), Array.from({ length: 20 }, (_, i) => i + 1));
      assert.equal(new Set(stored.map((m) => m.id)).size, 20);
      assert.equal((await store.findById(conversation.id)).last_seq, 20);
      assert.deepEqual((await store.messagesAfter(conversation.id, 18)).map((m) => m.seq), [19, 20]);
    });

    test('extra fields come back on the message; big ones too', async () => {
      const { conversation } = await store.createConversation();
      const data = `data:image/png;base64,${'A'.repeat(20_000)}`;
      const { message } = await store.append(conversation.id, { id: 'pic', from: 'user', text: '', extra: { attachment: { name: 'a.png', type: 'image/png', data } } });
      assert.equal(message.attachment.data, data);
      const [stored] = await store.messagesAfter(conversation.id, 0);
      assert.deepEqual(stored, message);
    });

    test('subscribers hear every stored message once, in seq order, duplicates not at all', async () => {
      const { conversation } = await store.createConversation();
      const heard = [];
      const unsubscribe = store.subscribe(({ conversationId, message }) => conversationId === conversation.id && heard.push(message));
      await store.append(conversation.id, { id: 'a', from: 'user', text: 'one' });
      await store.append(conversation.id, { id: 'a', from: 'user', text: 'one' });
      await store.append(conversation.id, { id: 'b', from: 'bot', text: 'two', extra: { services: ['x'] } });
      await store.append(conversation.id, { id: 'c', from: 'user', text: 'x'.repeat(9000) });
      const deadline = Date.now() + 5000;
      while (heard.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      unsubscribe();
      assert.deepEqual(heard.map((m) => [m.seq, m.id, m.from]), [[1, 'a', 'user'], [2, 'b', 'bot'], [3, 'c', 'user']]);
      assert.deepEqual(heard[1].services, ['x']);
      assert.equal(heard[2].text.length, 9000, 'a message too big for a notification is read back');
    });

    test('a reference is made once; delivery marks only move forward; the queue lists active conversations', async () => {
      const { conversation } = await store.createConversation({ name: 'Queue' });
      const reference = await store.reference(conversation.id);
      assert.match(reference, /^\d{8}$/);
      assert.equal(await store.reference(conversation.id), reference);
      await store.append(conversation.id, { id: 'q1', from: 'user', text: 'hello' });
      await store.markDelivered(conversation.id, 1);
      await store.markDelivered(conversation.id, 0);
      await store.assign(conversation.id, 'Saraa');
      const row = await store.findById(conversation.id);
      assert.deepEqual([row.delivered_seq, row.agent, row.reference], [1, 'Saraa', reference]);
      const recent = await store.recentConversations(100);
      assert.equal(recent[0].id, conversation.id, 'newest first');
      assert.ok(recent.every((c) => c.last_seq > 0), 'only conversations with a message');
      assert.ok(recent[0].first_at);
      await store.ping();
    });

    // One SQLite process never misses a message: only PostgreSQL has a connection to lose.
    if (name !== 'PostgreSQL') return;
    test('when live delivery drops it comes back and says so (the LISTEN connection)', async () => {
      let resyncs = 0;
      const stop = store.onResync(() => (resyncs += 1));
      await store.pool.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' AND pid <> pg_backend_pid()`);
      const deadline = Date.now() + 10_000;
      while (resyncs === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      stop();
      assert.equal(resyncs, 1, 'the server is told to make its clients replay');
      await store.ping();
      // And messages are heard again.
      const { conversation } = await store.createConversation();
      const heard = [];
      const unsubscribe = store.subscribe(({ message }) => heard.push(message.id));
      await store.append(conversation.id, { id: 'after-drop', from: 'user', text: 'still here' });
      while (!heard.includes('after-drop') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      unsubscribe();
      assert.deepEqual(heard, ['after-drop']);
    });
  });
}
