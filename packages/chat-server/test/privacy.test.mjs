// Data and privacy: attachments checked against their content and kept outside the message
// rows, per-conversation quotas, "forget this device", expiring tokens and retention.
import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { safeName, sniffType } from '../src/attachments.mjs';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, ORIGIN, quietLogger, rawClient, signedInAgent, until, waitingUser } from './helpers.mjs';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(40, 1)]);
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(40, 2)]);
const file = (name, type, bytes) => ({ name, type, data: bytes.toString('base64') });

describe('attachments', () => {
  let server;
  afterEach(() => server?.close());

  test('the type is read from the bytes, not believed from the sender', () => {
    assert.equal(sniffType(PNG), 'image/png');
    assert.equal(sniffType(PDF), 'application/pdf');
    assert.equal(sniffType(Buffer.from('MZ\x90\x00')), undefined);
    assert.equal(sniffType(Buffer.from('RIFF\0\0\0\0WEBPVP8 ')), 'image/webp');
  });

  test('names are made safe to show and save', () => {
    assert.equal(safeName('../../etc/passwd', 'application/pdf'), 'passwd.pdf');
    assert.equal(safeName('invoice.pdf.exe', 'application/pdf'), 'invoice.pdf.pdf');
    assert.equal(safeName('a\u202egnp.exe', 'image/png'), 'agnp.png');
    assert.equal(safeName('', 'image/jpeg'), 'file.jpg');
    assert.equal(safeName('Паспорт <хуулбар>.png', 'image/png'), 'Паспорт _хуулбар_.png');
  });

  test('a file is stored outside the message row, checked, within the quota, and comes back intact', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), attachmentQuota: { files: 2, bytes: 10_000 } });
    const user = await rawClient(server.url, { hello: {} });
    user.send({ type: 'send', id: 'f1', text: 'my passport', attachment: file('../scan.png', 'image/png', PNG) });
    const echo = await user.next((f) => f.type === 'message' && f.id === 'f1');
    assert.deepEqual(echo.attachment, { name: 'scan.png', type: 'image/png', size: PNG.length, data: PNG.toString('base64') });
    const row = server.store.db.prepare("SELECT extra FROM messages WHERE client_id = 'f1'").get();
    assert.ok(!row.extra.includes(PNG.toString('base64')), 'the message row holds no file data');
    assert.equal(server.store.db.prepare('SELECT COUNT(*) AS n FROM attachments').get().n, 1);
    // An executable named and typed as a PNG is refused.
    user.send({ type: 'send', id: 'f2', text: 'x', attachment: file('x.png', 'image/png', Buffer.from('MZ\x90\x00 not a png')) });
    assert.equal((await user.next('error')).code, 'bad-attachment');
    // A PDF sent as an image is refused too.
    user.send({ type: 'send', id: 'f3', text: 'x', attachment: file('x.png', 'image/png', PDF) });
    assert.equal((await user.next('error')).code, 'bad-attachment');
    user.send({ type: 'send', id: 'f4', text: 'second', attachment: file('b.pdf', 'application/pdf', PDF) });
    await user.next((f) => f.type === 'ack' && f.id === 'f4');
    user.send({ type: 'send', id: 'f5', text: 'third', attachment: file('c.pdf', 'application/pdf', PDF) });
    assert.deepEqual(await user.next('error'), { type: 'error', code: 'quota', id: 'f5' });
    // Replay reads the files back from their table.
    const again = await rawClient(server.url, { hello: { token: user.welcome.token, after: 0 } });
    const replayed = await again.next((f) => f.type === 'message' && f.id === 'f4');
    assert.equal(Buffer.from(replayed.attachment.data, 'base64').equals(PDF), true);
    user.close();
    again.close();
  });
});

test('attachments stored per client address are limited too: new conversations cannot fill the disk', async () => {
  const server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), attachmentRate: { burst: 2 * PNG.length, perSecond: 0.001 } });
  try {
    // Each in a conversation of its own, so no conversation's quota is reached.
    const sent = [];
    for (const id of ['a1', 'a2', 'a3']) {
      const user = await rawClient(server.url, { hello: {} });
      user.send({ type: 'send', id, text: 'scan', attachment: file('scan.png', 'image/png', PNG) });
      sent.push(await user.next((f) => (f.type === 'ack' || f.type === 'error') && f.id === id));
      user.close();
    }
    assert.deepEqual(
      sent.map((f) => f.code ?? f.type),
      ['ack', 'ack', 'quota'],
    );
    // Another address still sends its files.
    const other = await rawClient(server.url, { hello: {}, localAddress: '127.0.0.2' });
    other.send({ type: 'send', id: 'b1', text: 'scan', attachment: file('scan.png', 'image/png', PNG) });
    assert.equal((await other.next((f) => (f.type === 'ack' || f.type === 'error') && f.id === 'b1')).type, 'ack');
    other.close();
  } finally {
    await server.close();
  }
});

describe('forgetting, token expiry and retention', () => {
  let server;
  afterEach(() => server?.close());

  test('"forget this device" revokes the token at once, on every socket of the conversation', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const user = await rawClient(server.url, { hello: {} });
    user.send({ type: 'send', id: 'secret-1', text: 'my address is ...' });
    await user.next('ack');
    const otherTab = await rawClient(server.url, { hello: { token: user.welcome.token } });
    const closed = new Promise((resolve) => otherTab.socket.once('close', resolve));
    user.send({ type: 'forget' });
    assert.equal((await user.next('forgotten')).type, 'forgotten');
    assert.equal(await closed, 1000);
    assert.equal(await server.store.findByToken(user.welcome.token), undefined);
    const later = await rawClient(server.url, { hello: { token: user.welcome.token, after: 0 } });
    assert.notEqual(later.welcome.token, user.welcome.token);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(!later.frames.some((f) => f.type === 'message'));
    later.close();
  });

  test('a token stops opening its conversation once it expires', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), tokenDays: 0.3 / 86_400 });
    const user = await rawClient(server.url, { hello: {} });
    user.send({ type: 'send', id: 'm1', text: 'hello' });
    await user.next('ack');
    assert.ok(await server.store.findByToken(user.welcome.token));
    await new Promise((resolve) => setTimeout(resolve, 400));
    const later = await rawClient(server.url, { hello: { token: user.welcome.token, after: 0 } });
    assert.notEqual(later.welcome.token, user.welcome.token);
    user.close();
    later.close();
  });

  test('conversations idle past the retention period are deleted with their files', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), retentionDays: 0.3 / 86_400 });
    const user = await rawClient(server.url, { hello: {} });
    user.send({ type: 'send', id: 'm1', text: 'old', attachment: file('a.png', 'image/png', PNG) });
    await user.next('ack');
    assert.equal(await server.sweepRetention(), 0, 'not yet idle long enough');
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(await server.sweepRetention(), 1);
    for (const table of ['conversations', 'messages', 'attachments']) {
      assert.equal(server.store.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get().n, 0, table);
    }
    user.close();
  });

  test('a deleted conversation leaves the queue, its sockets and the agents at once', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), retentionDays: 0.3 / 86_400 });
    const credentials = await addTestAgent(server);
    const gone = await waitingUser(server, 'Left', 'hello?');
    const watched = await waitingUser(server, 'Opened', 'anyone?');
    const agent = await signedInAgent(server, credentials);
    agent.send({ type: 'open', conversation: watched.conversation });
    await agent.next('history');
    await new Promise((resolve) => setTimeout(resolve, 400));
    assert.equal(await server.sweepRetention(), 2);
    await until(() => gone.user.socket.readyState === gone.user.socket.CLOSED, 2000, "the deleted conversation's socket closes");
    const metrics = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
    assert.match(metrics, /^ger_chat_queue_length 0$/m, 'no deleted conversation keeps a place in the queue');
    // The next citizen is told the one idle agent is free, and is the agent's only waiting item.
    const next = await waitingUser(server, 'Next', 'help with my passport');
    assert.deepEqual(next.user.welcome.availability, { status: 'online' });
    const queue = await agent.next((f) => f.type === 'queue' && f.items.some((item) => item.name === 'Next'));
    assert.deepEqual(
      queue.items.filter((item) => item.waiting).map((item) => item.name),
      ['Next'],
    );
    // The agent who had the deleted conversation open does not receive the next one's messages.
    next.user.send({ type: 'send', id: 'private', text: 'my register number' });
    await next.user.next('ack');
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(!agent.frames.some((f) => f.type === 'message' && f.id === 'private'));
    for (const client of [gone.user, watched.user, next.user, agent]) client.close();
  });
});
