// The store interface (src/store/index.mjs), held to the same contract on SQLite and on a real
// PostgreSQL: whatever the server does on one, it can do on the other.
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { newToken, openStore } from '../src/store/index.mjs';
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

const later = (ms) => new Date(Date.now() + ms).toISOString();
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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
    /** A stored conversation and the token that opens it (the server makes tokens, the store keeps hashes). */
    const open = async (fields = {}) => {
      const token = newToken();
      return { token, conversation: await store.createConversation({ token, ...fields }) };
    };

    test('a conversation is found by its token (stored hashed) and by id', async () => {
      const { token, conversation } = await open({ name: 'Bat', topic: 'Passport', lang: 'en' });
      assert.equal(conversation.token_hash.length, 64);
      assert.notEqual(conversation.token_hash, token);
      assert.equal((await store.findByToken(token)).id, conversation.id);
      assert.equal(await store.findByToken('not a token'), undefined);
      assert.equal(await store.findByToken(''), undefined);
      await store.updateProfile(conversation.id, { name: 'Bold', topic: 'Tax', lang: 'mn' });
      const updated = await store.findById(conversation.id);
      assert.deepEqual([updated.name, updated.topic, updated.lang, updated.last_seq], ['Bold', 'Tax', 'mn', 0]);
    });

    test('finds a message by its client id, in its own conversation only', async () => {
      const { conversation } = await open();
      const { conversation: other } = await open();
      await store.append(conversation.id, { id: 'c1', from: 'agent', text: 'Сайн байна уу', extra: { agent: 'Saraa' } });
      assert.deepEqual(
        { ...(await store.messageByClientId(conversation.id, 'c1')), at: undefined },
        { id: 'c1', seq: 1, from: 'agent', text: 'Сайн байна уу', agent: 'Saraa', at: undefined },
      );
      assert.equal(await store.messageByClientId(conversation.id, 'c2'), undefined);
      assert.equal(await store.messageByClientId(other.id, 'c1'), undefined);
    });

    test('appends number messages 1, 2, 3… once per client id, even when they race', async () => {
      const { conversation } = await open();
      const results = await Promise.all(
        Array.from({ length: 30 }, (_, i) => store.append(conversation.id, { id: `m${i % 20}`, from: 'user', text: `text ${i % 20}` })),
      );
      assert.equal(results.filter((r) => !r.duplicate).length, 20);
      for (const { message } of results) assert.equal(message.text, `text ${message.id.slice(1)}`);
      const stored = await store.messagesAfter(conversation.id, 0);
      assert.deepEqual(
        stored.map((m) => m.seq),
        Array.from({ length: 20 }, (_, i) => i + 1),
      );
      assert.equal(new Set(stored.map((m) => m.id)).size, 20);
      assert.equal((await store.findById(conversation.id)).last_seq, 20);
      assert.deepEqual(
        (await store.messagesAfter(conversation.id, 18)).map((m) => m.seq),
        [19, 20],
      );
    });

    test('an attachment is stored in its own table and comes back whole; quotas count it once', async () => {
      const { conversation } = await open();
      const data = Buffer.alloc(20_000, 7);
      const attachment = { name: 'a.png', type: 'image/png', data };
      const { message } = await store.append(conversation.id, { id: 'pic', from: 'user', text: '', extra: { attachment } });
      assert.deepEqual(message.attachment, { name: 'a.png', type: 'image/png', size: 20_000, data: data.toString('base64') });
      const [stored] = await store.messagesAfter(conversation.id, 0);
      assert.deepEqual(stored, message);
      assert.equal((await store.append(conversation.id, { id: 'pic', from: 'user', text: '', extra: { attachment } })).duplicate, true);
      await store.append(conversation.id, {
        id: 'doc',
        from: 'user',
        text: 'and this',
        extra: { attachment: { name: 'b.pdf', type: 'application/pdf', data: Buffer.from('%PDF-1.4') } },
      });
      assert.deepEqual(await store.attachmentUse(conversation.id), { count: 2, bytes: 20_008 });
      assert.deepEqual(await store.attachmentUse((await open()).conversation.id), { count: 0, bytes: 0 });
    });

    test("files sent at once are held to the conversation's quota where they are stored; a repeat is answered as stored", async () => {
      const { conversation } = await open();
      const quota = { files: 3, bytes: 1024 * 1024 };
      const file = (i) => ({
        id: `file-${i}`,
        from: 'user',
        text: '',
        extra: { attachment: { name: 'a.png', type: 'image/png', data: Buffer.alloc(10_000, i) } },
      });
      const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => store.append(conversation.id, file(i), { quota })));
      assert.equal(answers.filter((answer) => answer.refused === 'quota').length, 5);
      assert.deepEqual(await store.attachmentUse(conversation.id), { count: 3, bytes: 30_000 });
      const kept = answers.findIndex((answer) => answer.message);
      assert.equal((await store.append(conversation.id, file(kept), { quota })).duplicate, true);
      // Text goes on whatever the files hold.
      assert.equal((await store.append(conversation.id, { id: 'text', from: 'user', text: 'hi' }, { quota })).duplicate, false);
    });

    test('tokens expire, move on, and can be revoked; appends move updated_at', async () => {
      const { token, conversation } = await open({ name: 'Tuya', expiresAt: later(60_000) });
      assert.equal(conversation.updated_at, conversation.created_at);
      assert.equal((await store.findByToken(token)).id, conversation.id);
      await store.extendToken(conversation.id, later(3_600_000));
      assert.ok((await store.findById(conversation.id)).token_expires_at > later(60_000));
      await pause(5);
      await store.append(conversation.id, { id: 'u1', from: 'user', text: 'hi' });
      assert.ok((await store.findById(conversation.id)).updated_at > conversation.updated_at);
      await store.revokeToken(conversation.id);
      assert.equal(await store.findByToken(token), undefined, 'revoked');
      assert.equal((await store.findById(conversation.id)).last_seq, 1, 'agents still see it');

      const expired = await open({ expiresAt: later(-1000) });
      assert.equal(await store.findByToken(expired.token), undefined, 'expired');
      await store.extendToken(expired.conversation.id, later(60_000));
      assert.equal((await store.findByToken(expired.token)).id, expired.conversation.id, 'a visit moves the expiry on');
    });

    test('a page of messages is sized by bytes too, files counted as base64, and holds at least one', async () => {
      const { conversation } = await open();
      const file = (i) => ({ name: `${i}.pdf`, type: 'application/pdf', data: Buffer.alloc(300_000, i) });
      await store.append(conversation.id, { id: 'b0', from: 'user', text: 'files follow' });
      for (let i = 1; i <= 4; i += 1) await store.append(conversation.id, { id: `b${i}`, from: 'user', text: `${i}`, extra: { attachment: file(i) } });
      // 300 kB as base64 is 400 kB: two files fit in a megabyte, a third does not.
      assert.deepEqual(
        (await store.messagesAfter(conversation.id, 0, 100, 1_000_000)).map((m) => m.seq),
        [1, 2, 3],
      );
      assert.deepEqual(
        (await store.messagesAfter(conversation.id, 3, 100, 1_000_000)).map((m) => m.seq),
        [4, 5],
      );
      assert.deepEqual(
        (await store.messagesAfter(conversation.id, 0, 100, 10)).map((m) => m.seq),
        [1],
      );
      assert.equal((await store.messagesAfter(conversation.id, 1, 100, 10))[0].attachment.data, file(1).data.toString('base64'));
    });

    test('messages come page by page; conversations by ids', async () => {
      const { conversation } = await open();
      for (let i = 1; i <= 7; i += 1) await store.append(conversation.id, { id: `p${i}`, from: 'user', text: `${i}` });
      assert.deepEqual(
        (await store.messagesAfter(conversation.id, 0, 3)).map((m) => m.seq),
        [1, 2, 3],
      );
      assert.deepEqual(
        (await store.messagesAfter(conversation.id, 3, 3)).map((m) => m.seq),
        [4, 5, 6],
      );
      assert.deepEqual(
        (await store.messagesAfter(conversation.id, 6, 3)).map((m) => m.seq),
        [7],
      );
      assert.equal((await store.messagesAfter(conversation.id, 0)).length, 7);
      const other = (await open({ name: 'Other' })).conversation;
      const found = await store.conversationsByIds([other.id, conversation.id, 999_999]);
      assert.deepEqual(
        found.map((c) => c.id).sort((a, b) => a - b),
        [conversation.id, other.id],
      );
      assert.deepEqual(await store.conversationsByIds([]), []);
    });

    test('retention deletes idle conversations with their messages and files, in batches', async () => {
      const idle = (await open()).conversation;
      await store.append(idle.id, { id: 'f', from: 'user', text: '', extra: { attachment: { name: 'c.png', type: 'image/png', data: Buffer.from('png') } } });
      await pause(5);
      const cutoff = new Date().toISOString();
      await pause(5);
      const active = (await open()).conversation;
      const deleted = [];
      for (let batch = await store.deleteIdleSince(cutoff); batch.length; batch = await store.deleteIdleSince(cutoff)) deleted.push(...batch);
      assert.ok(deleted.includes(idle.id));
      assert.ok(!deleted.includes(active.id));
      assert.equal(await store.findById(idle.id), undefined);
      assert.deepEqual(await store.messagesAfter(idle.id, 0), []);
      assert.deepEqual(await store.attachmentUse(idle.id), { count: 0, bytes: 0 });
      assert.equal((await store.findById(active.id)).id, active.id);
    });

    test("a deleted conversation's number is never given to a new one", async () => {
      // A server may still hold the old number (a socket, an agent's console): reusing it would
      // send the new citizen's messages there.
      const newest = (await open()).conversation;
      await pause(5);
      const cutoff = new Date().toISOString();
      while ((await store.deleteIdleSince(cutoff)).length);
      assert.equal(await store.findById(newest.id), undefined);
      const next = (await open()).conversation;
      assert.ok(next.id > newest.id, `new conversation ${next.id} after deleted ${newest.id}`);
    });

    test('agent accounts: add, find, list, disable (ending sessions), enable, new password', async () => {
      for (const agentName of ['bold', 'Zaya', 'Anu'])
        await store.addAgent({ name: agentName, role: agentName === 'Anu' ? 'supervisor' : 'agent', passwordHash: `hash-${agentName}` });
      await assert.rejects(store.addAgent({ name: 'Anu', role: 'agent', passwordHash: 'x' }), 'names are unique');
      const anu = await store.findAgent('Anu');
      assert.deepEqual([anu.name, anu.role, anu.password_hash, anu.disabled], ['Anu', 'supervisor', 'hash-Anu', 0]);
      assert.ok(Number.isInteger(anu.id) && anu.created_at);
      assert.equal(await store.findAgent('nobody'), undefined);
      const listed = await store.listAgents();
      assert.deepEqual(
        listed.map((a) => [a.name, a.role, a.disabled]),
        [
          ['Anu', 'supervisor', 0],
          ['Zaya', 'agent', 0],
          ['bold', 'agent', 0],
        ],
      );
      assert.ok(
        listed.every((a) => !('password_hash' in a)),
        'the list carries no hash',
      );

      await store.createSession('session-1', anu.id, later(60_000));
      await store.createSession('session-old', anu.id, later(-1000));
      assert.equal((await store.agentBySession('session-1')).name, 'Anu');
      assert.equal(await store.agentBySession('session-old'), undefined, 'expired');
      assert.equal(await store.agentBySession('no-such-session'), undefined);
      assert.equal(await store.setAgentDisabled('Anu', true), true);
      assert.equal((await store.findAgent('Anu')).disabled, 1);
      assert.equal(await store.setAgentDisabled('Anu', false), true);
      assert.equal(await store.agentBySession('session-1'), undefined, 'disabling ended the session for good');
      assert.equal(await store.setAgentDisabled('nobody', true), false);

      await store.createSession('session-2', anu.id, later(60_000));
      await store.createSession('session-bold', (await store.findAgent('bold')).id, later(60_000));
      assert.equal(await store.setAgentPassword('Anu', 'hash-new'), true);
      assert.equal((await store.findAgent('Anu')).password_hash, 'hash-new');
      assert.equal(await store.agentBySession('session-2'), undefined, 'a new password ended the session');
      assert.equal((await store.agentBySession('session-bold')).name, 'bold', "another agent's session holds");
      assert.equal(await store.setAgentPassword('nobody', 'x'), false);
      await store.createSession('session-3', anu.id, later(60_000));
      await store.deleteSession('session-3');
      assert.equal(await store.agentBySession('session-3'), undefined);

      await store.createSession('session-3', anu.id, later(60_000));
      await store.createSession('session-4', anu.id, later(-1));
      await store.deleteExpiredSessions();
      assert.equal((await store.agentBySession('session-3')).name, 'Anu', 'a live session stays');
    });

    test('failed sign-ins are counted per key, and cleared or forgotten', async () => {
      assert.equal(await store.signInFailures('name:Saraa'), undefined);
      await store.recordSignInFailure('name:Saraa', 1000);
      await Promise.all([store.recordSignInFailure('name:Saraa', 2000), store.recordSignInFailure('name:Saraa', 2000)]);
      await store.recordSignInFailure('address:10.0.0.1', 5000);
      assert.deepEqual({ ...(await store.signInFailures('name:Saraa')) }, { count: 3, last: 2000 });
      await store.clearSignInFailures('name:Saraa');
      assert.equal(await store.signInFailures('name:Saraa'), undefined);
      await store.forgetSignInFailuresBefore(4000);
      assert.deepEqual({ ...(await store.signInFailures('address:10.0.0.1')) }, { count: 1, last: 5000 });
      await store.forgetSignInFailuresBefore(6000);
      assert.equal(await store.signInFailures('address:10.0.0.1'), undefined);
    });

    test('a sign-in attempt is counted before its check, unless its key must wait; a reservation can be given back', async () => {
      const rule = { free: 2, baseDelayMs: 1000, maxDelayMs: 60_000 };
      // Attempts at once: the free ones are counted, the rest refused (and not counted).
      const at = await Promise.all([1, 2, 3, 4].map(() => store.reserveSignIn('name:Bold', 1000, rule)));
      assert.deepEqual(at.sort(), [false, false, true, true]);
      assert.deepEqual({ ...(await store.signInFailures('name:Bold')) }, { count: 2, last: 1000 });
      assert.equal(await store.reserveSignIn('name:Bold', 1999, rule), false, 'two failures: the next waits 1 s');
      assert.equal(await store.reserveSignIn('name:Bold', 2000, rule), true);
      assert.equal(await store.reserveSignIn('name:Bold', 3999, rule), false, 'three: 2 s');
      await store.releaseSignIn('name:Bold');
      assert.deepEqual({ ...(await store.signInFailures('name:Bold')) }, { count: 2, last: 2000 });
      await store.releaseSignIn('name:Nobody');
      assert.equal(await store.signInFailures('name:Nobody'), undefined);
    });

    test('the addresses an agent signed in from are remembered, and forgotten when old', async () => {
      assert.equal(await store.signedInFrom('Saraa', '10.0.0.1', 0), false);
      await store.rememberSignIn('Saraa', '10.0.0.1', 1000, 0);
      await store.rememberSignIn('Saraa', '10.0.0.1', 5000, 0);
      assert.equal(await store.signedInFrom('Saraa', '10.0.0.1', 5000), true);
      assert.equal(await store.signedInFrom('Saraa', '10.0.0.1', 5001), false, 'not since then');
      assert.equal(await store.signedInFrom('Saraa', '10.0.0.2', 0), false, 'another address');
      assert.equal(await store.signedInFrom('Bold', '10.0.0.1', 0), false, 'another agent');
      await store.rememberSignIn('Bold', '10.0.0.1', 9000, 6000);
      assert.equal(await store.signedInFrom('Saraa', '10.0.0.1', 0), false, 'forgotten');
      assert.equal(await store.signedInFrom('Bold', '10.0.0.1', 0), true);
    });

    test('the audit log lists who did what to which conversation, newest first', async () => {
      const { conversation } = await open();
      await store.audit('Saraa', 'open', conversation.id);
      await store.audit('Saraa', 'reply', conversation.id);
      await store.audit('Anu', 'sign-in');
      const log = await store.auditLog(3);
      assert.deepEqual(
        log.map(({ agent, action, conversation: id }) => [agent, action, id]),
        [
          ['Anu', 'sign-in', null],
          ['Saraa', 'reply', conversation.id],
          ['Saraa', 'open', conversation.id],
        ],
      );
      assert.ok(log.every((entry) => !Number.isNaN(Date.parse(entry.at))));
      assert.equal((await store.auditLog(1)).length, 1);
    });

    test('subscribers hear every stored message once, in seq order, duplicates not at all', async () => {
      const { conversation } = await open();
      const heard = [];
      const unsubscribe = store.subscribe(({ conversationId, message }) => conversationId === conversation.id && heard.push(message));
      await store.append(conversation.id, { id: 'a', from: 'user', text: 'one' });
      await store.append(conversation.id, { id: 'a', from: 'user', text: 'one' });
      await store.append(conversation.id, { id: 'b', from: 'bot', text: 'two', extra: { services: ['x'] } });
      await store.append(conversation.id, { id: 'c', from: 'user', text: 'x'.repeat(9000) });
      const deadline = Date.now() + 5000;
      while (heard.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      unsubscribe();
      assert.deepEqual(
        heard.map((m) => [m.seq, m.id, m.from]),
        [
          [1, 'a', 'user'],
          [2, 'b', 'bot'],
          [3, 'c', 'user'],
        ],
      );
      assert.deepEqual(heard[1].services, ['x']);
      assert.equal(heard[2].text.length, 9000, 'a message too big for a notification is read back');
    });

    test('a reference is made once; delivery marks only move forward; the queue lists active conversations', async () => {
      const { conversation } = await open({ name: 'Queue' });
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
      assert.ok(
        recent.every((c) => c.last_seq > 0),
        'only conversations with a message',
      );
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
      const { conversation } = await open();
      const heard = [];
      const unsubscribe = store.subscribe(({ message }) => heard.push(message.id));
      await store.append(conversation.id, { id: 'after-drop', from: 'user', text: 'still here' });
      while (!heard.includes('after-drop') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      unsubscribe();
      assert.deepEqual(heard, ['after-drop']);
    });
  });
}

describe('a SQLite database made before conversation numbers were kept unique', () => {
  test('is renumbered once: every row stays, and numbering goes on past any number ever used', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ger-chat-')), 'old.db');
    const old = new Database(path);
    // The first release's tables, as an existing deployment has them (columns added later included).
    old.exec(`
      CREATE TABLE conversations (id INTEGER PRIMARY KEY, token_hash TEXT NOT NULL UNIQUE, reference TEXT UNIQUE,
        name TEXT NOT NULL DEFAULT '', topic TEXT NOT NULL DEFAULT '', lang TEXT NOT NULL DEFAULT 'mn', created_at TEXT NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0, delivered_seq INTEGER NOT NULL DEFAULT 0, agent TEXT, updated_at TEXT, token_expires_at TEXT);
      CREATE TABLE messages (conversation_id INTEGER NOT NULL REFERENCES conversations(id), seq INTEGER NOT NULL, client_id TEXT NOT NULL,
        sender TEXT NOT NULL, text TEXT NOT NULL, extra TEXT, created_at TEXT NOT NULL, PRIMARY KEY (conversation_id, seq), UNIQUE (conversation_id, client_id));
      CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, agent TEXT NOT NULL, action TEXT NOT NULL, conversation_id INTEGER);
      INSERT INTO conversations (id, token_hash, name, created_at, last_seq) VALUES (3, 'h3', 'Kept', '2026-01-01T00:00:00Z', 1);
      INSERT INTO messages VALUES (3, 1, 'm1', 'user', 'hello', NULL, '2026-01-01T00:00:00Z');
      -- Conversation 9 was opened by an agent, then deleted by retention: only the audit log remembers it.
      INSERT INTO audit_log (at, agent, action, conversation_id) VALUES ('2026-01-02T00:00:00Z', 'Saraa', 'open', 9);
    `);
    old.close();
    const store = await openStore({ dbPath: path });
    try {
      assert.equal((await store.findById(3)).name, 'Kept');
      assert.deepEqual(
        (await store.messagesAfter(3, 0)).map((message) => message.text),
        ['hello'],
      );
      const { id } = await store.createConversation({ token: newToken(), name: 'New' });
      assert.equal(id, 10);
      assert.deepEqual(store.db.pragma('foreign_key_check'), []);
    } finally {
      await store.close();
    }
    // Opening it again leaves it as it is.
    const again = await openStore({ dbPath: path });
    assert.equal((await again.findById(10)).name, 'New');
    await again.close();
  });
});
