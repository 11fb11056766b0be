// Security: origins, agent sign-in, tokens, size and rate limits, malformed frames, and one
// conversation never reading another's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import WebSocket from 'ws';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, ORIGIN, quietLogger, rawClient } from './helpers.mjs';

describe('chat server security', () => {
  let server;
  const logger = quietLogger();
  before(async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger, maxTextLength: 100, maxAttachmentBytes: 1000, rateLimit: { burst: 10, perSecond: 5 } });
  });
  after(() => server.close());

  test('refuses a connection from an origin not allowed, and one with no origin', async () => {
    await assert.rejects(rawClient(server.url, { origin: 'https://evil.example' }), /403/);
    const bare = new WebSocket(server.url);
    const status = await new Promise((resolve) => {
      bare.on('unexpected-response', (_req, res) => resolve(res.statusCode));
      bare.on('error', () => {});
    });
    assert.equal(status, 403);
    assert.ok(logger.entries.some((e) => e.message === 'connection refused' && e.origin === 'https://evil.example'));
  });

  test('accepts its own origin (agent console and demo page are served from it)', async () => {
    const client = await rawClient(server.url, { origin: server.origin, hello: {} });
    assert.equal(client.welcome.type, 'welcome');
    client.close();
  });

  test('tokens are 256 random bits and only their hash is stored', async () => {
    const a = await rawClient(server.url, { hello: {} });
    const b = await rawClient(server.url, { hello: {} });
    assert.match(a.welcome.token, /^[A-Za-z0-9_-]{43}$/);
    assert.notEqual(a.welcome.token, b.welcome.token);
    const rows = server.store.db.prepare('SELECT token_hash FROM conversations').all();
    assert.ok(rows.every((row) => row.token_hash !== a.welcome.token && /^[0-9a-f]{64}$/.test(row.token_hash)));
    a.close();
    b.close();
  });

  test("one conversation never reads another conversation's messages", async () => {
    const alice = await rawClient(server.url, { hello: { name: 'Alice' } });
    alice.send({ type: 'send', id: 'alice-1', text: 'my register number is УБ99010101' });
    await alice.next('ack');
    // Bob with his own conversation, another socket of Bob's, and Bob guessing at Alice's.
    const bob = await rawClient(server.url, { hello: { name: 'Bob' } });
    bob.send({ type: 'send', id: 'bob-1', text: 'hello', conversation: 1 });
    await bob.next('ack');
    // One character off (the last of 43 base64url characters is one of 16, so 'A' may be the real one).
    const oneOff = alice.welcome.token.slice(0, -1) + (alice.welcome.token.endsWith('A') ? 'E' : 'A');
    const guesses = [oneOff, '', 'null', '1', alice.welcome.token.toUpperCase()];
    const intruders = [];
    for (const token of guesses) intruders.push(await rawClient(server.url, { hello: { token, after: 0 } }));
    // Alice's next message reaches Alice's sockets only.
    alice.send({ type: 'send', id: 'alice-2', text: 'second secret' });
    await alice.next((f) => f.type === 'message' && f.id === 'alice-2');
    await new Promise((r) => setTimeout(r, 100));
    for (const client of [bob, ...intruders]) {
      const leaked = client.frames.filter((f) => JSON.stringify(f).includes('secret') || JSON.stringify(f).includes('УБ99'));
      assert.deepEqual(leaked, []);
      assert.notEqual(client.welcome?.token ?? bob.welcome.token, alice.welcome.token);
    }
    // Bob's replay holds Bob's message only.
    const bobAgain = await rawClient(server.url, { hello: { token: bob.welcome.token, after: 0 } });
    await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(
      bobAgain.frames.filter((f) => f.type === 'message' && f.from === 'user').map((f) => f.id),
      ['bob-1'],
    );
    // And Alice, with her token, gets hers back.
    const aliceAgain = await rawClient(server.url, { hello: { token: alice.welcome.token, after: 0 } });
    await aliceAgain.next((f) => f.id === 'alice-2');
    for (const client of [alice, bob, bobAgain, aliceAgain, ...intruders]) client.close();
  });

  test('a message over the size limit is refused with a reason, and nothing is stored', async () => {
    const client = await rawClient(server.url, { hello: {} });
    client.send({ type: 'send', id: 'long-1', text: 'x'.repeat(101) });
    const error = await client.next('error');
    assert.deepEqual(error, { type: 'error', code: 'too-large', id: 'long-1', limit: 100 });
    client.send({ type: 'send', id: 'big-file', text: 'file', attachment: { name: 'a.png', type: 'image/png', data: 'A'.repeat(2000) } });
    assert.equal((await client.next('error')).code, 'too-large');
    client.send({ type: 'send', id: 'exe', text: 'file', attachment: { name: 'a.exe', type: 'application/x-msdownload', data: 'AAAA' } });
    assert.equal((await client.next('error')).code, 'bad-attachment');
    // Not even the conversation: it is stored with its first message, and there was none.
    assert.equal(await server.store.findByToken(client.welcome.token), undefined);
    client.close();
  });

  test('a frame larger than the transport limit closes that connection only', async () => {
    const client = await rawClient(server.url, { hello: {} });
    const other = await rawClient(server.url, { hello: {} });
    const code = new Promise((resolve) => client.socket.once('close', resolve));
    client.send('x'.repeat(20_000));
    assert.equal(await code, 1009);
    other.send({ type: 'ping', t: 1 });
    assert.equal((await other.next('pong')).t, 1);
    other.close();
  });

  test('a connection sending too fast is told so and its extra frames are dropped', async () => {
    const client = await rawClient(server.url, { hello: {} });
    for (let i = 0; i < 20; i += 1) client.send({ type: 'send', id: `fast-${i}`, text: `m${i}` });
    const limited = await client.next((f) => f.type === 'error' && f.code === 'rate-limited');
    assert.match(limited.id, /^fast-\d+$/);
    await new Promise((r) => setTimeout(r, 100));
    const conversation = await server.store.findByToken(client.welcome.token);
    const stored = (await server.store.messagesAfter(conversation.id)).filter((m) => m.from === 'user').length;
    assert.ok(stored < 20 && stored >= 5, `${stored} stored`);
    client.close();
  });

  test('a malformed frame is ignored and logged; the connection keeps working', async () => {
    const client = await rawClient(server.url, { hello: {} });
    const before = logger.entries.length;
    for (const bad of [
      '{not json',
      '[]',
      '42',
      JSON.stringify({ type: 'send' }),
      JSON.stringify({ type: 'nonsense' }),
      JSON.stringify({ type: 'send', id: '../../x', text: 'a' }),
    ])
      client.send(bad);
    client.send({ type: 'send', id: 'ok-1', text: 'still here' });
    assert.equal((await client.next('ack')).id, 'ok-1');
    const logged = logger.entries.slice(before).filter((e) => e.message === 'malformed frame');
    assert.equal(logged.length, 6);
    assert.ok(!client.frames.some((f) => f.type === 'error' && f.code !== 'rate-limited'));
    client.close();
  });

  test('markup in a message is stored and sent back as plain text', async () => {
    const client = await rawClient(server.url, { hello: {} });
    const text = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    client.send({ type: 'send', id: 'markup', text });
    assert.equal((await client.next((f) => f.type === 'message' && f.id === 'markup')).text, text);
    client.close();
  });

  test('an agent needs a name and password: a wrong one is refused and hears nothing', async () => {
    await addTestAgent(server, { name: 'Saraa' });
    for (const credentials of [
      { name: 'Saraa', password: 'guess-guess-guess' },
      { name: 'Nobody', password: 'Saraa-password-123' },
      { key: 'old-shared-key' },
    ]) {
      const intruder = await rawClient(server.agentUrl);
      const closed = new Promise((resolve) => intruder.socket.once('close', resolve));
      intruder.send({ type: 'agent-hello', ...credentials });
      assert.equal(await closed, 1008);
      assert.ok(!intruder.frames.some((f) => f.type === 'queue'));
      assert.equal(intruder.frames.find((f) => f.type === 'error')?.code, 'unauthorized');
    }
  });
});
