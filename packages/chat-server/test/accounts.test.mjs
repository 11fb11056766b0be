// Agent accounts: hashed passwords, throttled sign-in, expiring sessions, roles, the audit log,
// the command that manages accounts, and no secret in any log line.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { addAgent, createSignIn, hashPassword, signInThrottle, verifyPassword } from '../src/accounts.mjs';
import { createChatServer } from '../src/server.mjs';
import { openStore } from '../src/store/index.mjs';
import { addTestAgent, ORIGIN, quietLogger, rawClient, signedInAgent, until, waitingUser } from './helpers.mjs';
import { postgresMissing, startPostgres } from './private-postgres.mjs';

/** Signs in and resolves with the refusal code, or 'welcome'. */
async function trySignIn(server, credentials) {
  const client = await rawClient(server.agentUrl);
  client.send({ type: 'agent-hello', ...credentials });
  const answer = await client.next((f) => f.type === 'agent-welcome' || f.type === 'error', 15_000);
  client.close();
  return answer.type === 'error' ? answer : { code: 'welcome', ...answer };
}

describe('passwords', () => {
  test('are hashed with a salt and verified in constant time; damaged hashes never match', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    assert.match(a, /^scrypt\$32768\$8\$3\$[\w-]+\$[\w-]{43}$/);
    assert.notEqual(a, b);
    assert.equal(await verifyPassword('correct horse battery', a), true);
    assert.equal(await verifyPassword('correct horse batterY', a), false);
    assert.equal(await verifyPassword('x', 'plain'), false);
    assert.equal(await verifyPassword(undefined, a), false);
  });

  test('accounts need a fair name, a known role and 12 characters of password', async () => {
    const store = await openStore();
    await assert.rejects(addAgent(store, { name: 'Saraa', password: 'short' }), /12 characters/);
    await assert.rejects(addAgent(store, { name: '../x', password: 'long enough password' }), /a name/);
    await assert.rejects(addAgent(store, { name: 'Saraa', password: 'long enough password', role: 'root' }), /role/);
    // A control character is nothing a person types at sign-in (the console strips them from frames).
    for (const name of ['Saraa\u0000', 'Sa\u001b[Draa', 'Saraa\t', 'Sa\u007fraa', 'Sa\u0085raa']) {
      await assert.rejects(addAgent(store, { name, password: 'long enough password' }), {
        message: 'a name cannot hold control characters (tab, line break, escape, delete)',
      });
    }
    for (const password of [
      'long enough\u0000password',
      'long enough\u001b[D password',
      'long enough\tpassword',
      'long enough password\n',
      'long\u0085enough password',
    ]) {
      await assert.rejects(addAgent(store, { name: 'Saraa', password }), {
        message: 'the password must have no control characters (tab, line break, escape, delete: an arrow key types one too)',
      });
    }
    assert.deepEqual(await store.listAgents(), []);
    await addAgent(store, { name: 'Saraa', password: 'long enough password' });
    await assert.rejects(addAgent(store, { name: 'Saraa', password: 'long enough password' }), /exists/);
    assert.ok(!JSON.stringify(store.db.prepare('SELECT * FROM agents').all()).includes('long enough password'));
    await store.close();
  });

  test('wrong guesses are throttled, more each time', async () => {
    let now = 0;
    const store = await openStore();
    const throttle = signInThrottle(store, { free: 3, baseDelayMs: 1000, now: () => now });
    for (let i = 0; i < 3; i += 1) await throttle.fail('name:x');
    assert.equal(await throttle.wait('name:x'), 1000);
    await throttle.fail('name:x');
    assert.equal(await throttle.wait('name:x'), 2000);
    assert.equal(await throttle.wait('name:y'), 0, 'each key counts alone');
    now = 2000;
    assert.equal(await throttle.wait('name:x'), 0);
    await throttle.clear('name:x');
    assert.equal(await throttle.wait('name:x'), 0);
    await store.close();
  });
});

/** How many answers had each refusal code ('ok' for a sign-in). */
const tally = (answers) => answers.reduce((counts, a) => ({ ...counts, [a.refused ?? 'ok']: (counts[a.refused ?? 'ok'] ?? 0) + 1 }), {});

/** Holds `store.findAgent` (called inside a password check) until `release()`; `calls` counts the checks begun. */
function holdLookups(store) {
  const original = store.findAgent.bind(store);
  let release;
  const gate = new Promise((resolve) => (release = resolve));
  const held = { calls: 0, release: () => release() };
  store.findAgent = async (name) => {
    held.calls += 1;
    await gate;
    return original(name);
  };
  return held;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('sign-ins sent at once', () => {
  test('an address, or a name, gets its free tries and no more, however many guesses arrive together', async () => {
    const store = await openStore();
    await addAgent(store, { name: 'Saraa', password: 'Saraa-password-123' });
    await addAgent(store, { name: 'Bat', password: 'Bat-password-1234' });
    const accounts = createSignIn(store, { passwordChecks: { perAddress: 100, total: 100, waiting: 100 } });
    const fromOneAddress = await Promise.all(
      Array.from({ length: 12 }, (_, i) => accounts.signIn({ name: `nobody${i}`, password: `guess-${i}-xxxxxxxx` }, '10.0.0.1')),
    );
    assert.deepEqual(tally(fromOneAddress), { unauthorized: 5, throttled: 7 });
    assert.equal((await store.signInFailures('address:10.0.0.1')).count, 5, 'a refused attempt is not counted');
    const atOneName = await Promise.all(
      Array.from({ length: 12 }, (_, i) => accounts.signIn({ name: 'Saraa', password: `guess-${i}-xxxxxxxx` }, `10.0.1.${i}`)),
    );
    assert.deepEqual(tally(atOneName), { unauthorized: 5, throttled: 7 });
    // A sign-in that succeeds counts against neither its name nor its address.
    assert.ok((await accounts.signIn({ name: 'Bat', password: 'Bat-password-1234' }, '10.0.2.1')).session);
    assert.equal((await store.signInFailures('address:10.0.2.1'))?.count ?? 0, 0);
    assert.equal(await store.signInFailures('name:Bat'), undefined);
    await store.close();
  });

  test('guesses at a name from rotating addresses cannot lock its agent out: her own addresses are let in, a new one waits a minute at most', async () => {
    let now = Date.now();
    const store = await openStore();
    await addAgent(store, { name: 'Saraa', password: 'Saraa-password-123' });
    const accounts = createSignIn(store, {
      throttle: signInThrottle(store, { now: () => now }),
      passwordChecks: { perAddress: 100, total: 100, waiting: 100 },
    });
    const saraa = { name: 'Saraa', password: 'Saraa-password-123' };
    assert.ok((await accounts.signIn(saraa, '10.0.9.9')).session, 'she signs in at her office');
    // A stranger guesses each time the name's wait is over, from a new address each time, for hours.
    const refusedWaits = [];
    for (let i = 0; i < 40; i += 1) {
      const answer = await accounts.signIn({ name: 'Saraa', password: `guess-${i}-xxxxxxxx` }, `10.0.1.${i}`);
      if (answer.refused === 'throttled') refusedWaits.push(answer.retryAfterMs);
      now += answer.retryAfterMs ?? 0;
    }
    assert.ok(refusedWaits.length > 0, 'the name was throttled');
    assert.ok(Math.max(...refusedWaits) <= 60_000, `the name's waits: ${refusedWaits.join(', ')} ms`);
    // With the name held back: from a new address she may have to wait, a minute at most…
    await accounts.signIn({ name: 'Saraa', password: 'one-more-guess-xx' }, '10.0.2.1');
    const away = await accounts.signIn(saraa, '10.0.3.1');
    assert.equal(away.refused, 'throttled');
    assert.ok(away.retryAfterMs <= 60_000, `${away.retryAfterMs} ms`);
    // …and her office is hers: no wait there.
    assert.ok((await accounts.signIn(saraa, '10.0.9.9')).session);
    now += away.retryAfterMs;
    assert.ok((await accounts.signIn(saraa, '10.0.3.1')).session);
    // One address still gets its five guesses, and then waits longer each time, up to 15 minutes.
    for (let i = 0; i < 5; i += 1) assert.equal((await accounts.signIn({ name: `x${i}`, password: 'a-wrong-password' }, '10.0.4.1')).refused, 'unauthorized');
    let longest = 0;
    for (let i = 0; i < 40 && longest < 15 * 60_000; i += 1) {
      const answer = await accounts.signIn({ name: `y${i}`, password: 'a-wrong-password' }, '10.0.4.1');
      longest = Math.max(longest, answer.retryAfterMs ?? 0);
      now += answer.retryAfterMs ?? 0;
    }
    assert.equal(longest, 15 * 60_000);
    await store.close();
  });

  test('a name no account can have, or a password none can, is refused without a count or a password check', async () => {
    const store = await openStore();
    const lookups = holdLookups(store);
    lookups.release();
    const accounts = createSignIn(store);
    const odd = [
      { name: 'x'.repeat(1024 * 1024), password: 'a-wrong-password' },
      { name: { toString: () => 'Saraa' }, password: 'a-wrong-password' },
      { name: ' Saraa', password: 'a-wrong-password' },
      { name: 'Saraa', password: 'x'.repeat(10_000) },
      { name: 'Saraa', password: ['a-wrong-password'] },
      // No account has a control character in its name or password (addAgent refuses them).
      { name: 'Saraa\u0007', password: 'a-wrong-password' },
      { name: 'Saraa', password: 'a-wrong\u0000password' },
      { name: 'Saraa', password: 'a-wrong-password\t' },
      { name: 'Saraa', password: 'a-wrong-password\u0085' },
    ];
    for (const credentials of odd) assert.deepEqual(await accounts.signIn(credentials, '10.0.0.1'), { refused: 'unauthorized' });
    assert.equal(lookups.calls, 0, 'no password was checked');
    assert.equal(await store.signInFailures('address:10.0.0.1'), undefined);
    assert.equal(store.db.prepare('SELECT COUNT(*) AS n FROM sign_in_failures').get().n, 0);
    await store.close();
  });

  test('password checks at once are capped per address and in all; a few more wait their turn, the rest hear "busy"', async () => {
    const store = await openStore();
    const lookups = holdLookups(store);
    const accounts = createSignIn(store, { passwordChecks: { perAddress: 2, total: 3, waiting: 2 } });
    const attempt = (address, i) => accounts.signIn({ name: `nobody${i}`, password: 'a-wrong-password' }, address);
    const flooder = [1, 2, 3, 4].map((i) => attempt('10.0.0.1', i));
    const other = attempt('10.0.0.2', 5);
    const waiting = [attempt('10.0.0.3', 6), attempt('10.0.0.4', 7)];
    const late = attempt('10.0.0.5', 8);
    await settled();
    assert.equal(lookups.calls, 3, 'two checks for the flooding address, one for the other');
    assert.deepEqual(await flooder[2], { refused: 'busy', retryAfterMs: 1000 });
    assert.deepEqual(await flooder[3], { refused: 'busy', retryAfterMs: 1000 });
    assert.deepEqual(await late, { refused: 'busy', retryAfterMs: 1000 }, 'no room left to wait in');
    lookups.release();
    assert.deepEqual(tally(await Promise.all([flooder[0], flooder[1], other, ...waiting])), { unauthorized: 5 });
    assert.equal(lookups.calls, 5);
    assert.equal(await store.signInFailures('address:10.0.0.5'), undefined, 'a busy refusal is not counted as a guess');
    await store.close();
  });
});

describe('signing in', () => {
  let server;
  let logger;
  afterEach(() => server?.close());

  test('five wrong passwords lock the name, even for the right one; the agent is told when to retry', async () => {
    logger = quietLogger();
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger });
    const saraa = await addTestAgent(server);
    for (let i = 0; i < 5; i += 1) assert.equal((await trySignIn(server, { name: saraa.name, password: `wrong-password-${i}` })).code, 'unauthorized');
    const locked = await trySignIn(server, saraa);
    assert.equal(locked.code, 'throttled');
    assert.ok(locked.retryAfter >= 1);
  });

  test('a sign-in beyond the password checks the server runs at once is told it is busy and when to retry', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), passwordChecks: { perAddress: 1, total: 1, waiting: 0 } });
    const saraa = await addTestAgent(server);
    const lookups = holdLookups(server.store);
    const first = await rawClient(server.agentUrl);
    first.send({ type: 'agent-hello', ...saraa });
    await until(() => lookups.calls === 1, 5000, 'the first check to begin');
    const busy = await trySignIn(server, saraa);
    assert.deepEqual([busy.code, busy.retryAfter], ['busy', 1]);
    lookups.release();
    await first.next('agent-welcome', 15_000);
    first.close();
  });

  const missing = postgresMissing();
  test(
    'servers sharing one PostgreSQL share the count: guesses spread over them are throttled alike',
    { skip: missing && process.env.CI !== 'true' ? missing : false },
    async () => {
      if (missing) throw new Error(missing);
      const database = await startPostgres({ maxConnections: 40 });
      const [first, second] = [
        await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), databaseUrl: database.url }),
        await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), databaseUrl: database.url }),
      ];
      try {
        const saraa = await addTestAgent(first);
        for (let i = 0; i < 5; i += 1) {
          const server = i % 2 ? second : first;
          assert.equal((await trySignIn(server, { name: saraa.name, password: `wrong-password-${i}` })).code, 'unauthorized');
        }
        assert.equal((await trySignIn(second, saraa)).code, 'throttled');
        assert.equal((await trySignIn(first, saraa)).code, 'throttled');
      } finally {
        await first.close();
        await second.close();
        database.stop();
      }
    },
  );

  test('a session signs in again without the password, until it expires or the agent signs out', async () => {
    logger = quietLogger();
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger, sessionHours: 1 / 3600 });
    const credentials = await addTestAgent(server, { name: 'Bold', role: 'supervisor' });
    const agent = await signedInAgent(server, credentials);
    const { session } = agent.welcome;
    assert.match(session, /^[\w-]{43}$/);
    assert.equal(agent.welcome.role, 'supervisor');
    assert.equal((await trySignIn(server, { session })).code, 'welcome');
    agent.send({ type: 'sign-out' });
    await new Promise((resolve) => agent.socket.once('close', resolve));
    assert.equal((await trySignIn(server, { session })).code, 'session-expired');
    const again = await signedInAgent(server, credentials);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal((await trySignIn(server, { session: again.welcome.session })).code, 'session-expired');
    again.close();
    // Nothing secret in any log line.
    const logged = JSON.stringify(logger.entries);
    for (const secret of [credentials.password, session, again.welcome.session]) assert.ok(!logged.includes(secret));
  });

  test('a disabled agent cannot sign in, and loses its sessions', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const credentials = await addTestAgent(server, { name: 'Tuya' });
    const agent = await signedInAgent(server, credentials);
    await server.store.setAgentDisabled('Tuya', true);
    assert.equal((await trySignIn(server, { session: agent.welcome.session })).code, 'session-expired');
    assert.equal((await trySignIn(server, credentials)).code, 'unauthorized');
    agent.close();
  });
});

describe('sessions ended while their console is open', () => {
  let server;
  afterEach(() => server?.close());

  test('a disabled agent is closed at her next frame, and does nothing more', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const agent = await signedInAgent(server, await addTestAgent(server, { name: 'Tuya' }));
    const { user, conversation } = await waitingUser(server, 'Bat', 'hello');
    const closed = new Promise((resolve) => agent.socket.once('close', resolve));
    await server.store.setAgentDisabled('Tuya', true);
    agent.send({ type: 'open', conversation });
    agent.send({ type: 'reply', conversation, id: 'after-disable', text: 'still here' });
    assert.equal((await agent.next('error')).code, 'session-expired');
    assert.equal(await closed, 1008);
    assert.ok(!agent.frames.some((f) => f.type === 'history' || f.type === 'ack'));
    assert.deepEqual(
      (await server.store.messagesAfter(conversation, 0)).map((m) => m.from),
      ['user'],
    );
    assert.deepEqual(await server.store.auditLog(10), []);
    user.close();
  });

  test('a new password closes the consoles signed in before it, even idle ones, and their sessions are gone', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger(), sessionCheckMs: 200 });
    const credentials = await addTestAgent(server, { name: 'Bold' });
    const agent = await signedInAgent(server, credentials);
    const other = await signedInAgent(server, await addTestAgent(server, { name: 'Saraa' }));
    const closed = new Promise((resolve) => agent.socket.once('close', resolve));
    await server.store.setAgentPassword('Bold', await hashPassword('a-new-password-456'));
    assert.equal(await closed, 1008);
    assert.equal((await agent.next('error')).code, 'session-expired');
    assert.equal((await trySignIn(server, { session: agent.welcome.session })).code, 'session-expired');
    assert.equal((await trySignIn(server, { name: 'Bold', password: 'a-new-password-456' })).code, 'welcome');
    // Another agent's console is left alone.
    other.send({ type: 'ping', t: 1 });
    assert.equal((await other.next('pong')).t, 1);
    other.close();
  });
});

describe('roles and the audit log', () => {
  let server;
  afterEach(() => server?.close());

  test('typing and receipts reach the citizen only from the agent who has the conversation open', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const saraa = await signedInAgent(server, await addTestAgent(server, { name: 'Saraa' }));
    const bold = await signedInAgent(server, await addTestAgent(server, { name: 'Bold' }));
    const { user, conversation } = await waitingUser(server, 'Bat', 'hello');
    const other = await waitingUser(server, 'Dorj', 'hello');
    saraa.send({ type: 'open', conversation });
    await saraa.next('history');
    // Bold has not opened it (Saraa holds it), nor Dorj's, which nobody has opened.
    for (const id of [conversation, other.conversation]) {
      bold.send({ type: 'typing', conversation: id, on: true });
      bold.send({ type: 'received', conversation: id, seq: 1 });
    }
    bold.send({ type: 'ping', t: 1 });
    await bold.next('pong');
    // Saraa's own reach Bat, after anything Bold's would have.
    saraa.send({ type: 'typing', conversation, on: true });
    assert.equal((await user.next('typing')).on, true);
    assert.ok(!user.frames.some((f) => f.type === 'delivered' || f.type === 'typing'), 'nothing from Bold');
    assert.ok(!other.user.frames.some((f) => f.type === 'delivered' || f.type === 'typing'), 'nothing for a conversation nobody opened');
    saraa.send({ type: 'received', conversation, seq: 1 });
    assert.equal((await user.next('delivered')).upTo, 1);
    for (const client of [saraa, bold, user, other.user]) client.close();
  });

  test('a reply sent again after another agent took the conversation is answered as stored; a new one is refused', async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const saraaAccount = await addTestAgent(server, { name: 'Saraa' });
    let saraa = await signedInAgent(server, saraaAccount);
    const bat = await signedInAgent(server, await addTestAgent(server, { name: 'Bat' }));
    const { user, conversation: id } = await waitingUser(server, 'Bold', 'hello');
    saraa.send({ type: 'open', conversation: id });
    await saraa.next('history');
    saraa.send({ type: 'reply', conversation: id, id: 'r1', text: 'Сайн байна уу' });
    await user.next((f) => f.type === 'message' && f.from === 'agent');
    // Saraa's connection drops before her ack arrives (as far as her console knows); Bat takes over.
    saraa.close();
    await until(async () => {
      bat.send({ type: 'open', conversation: id });
      return (await bat.next((f) => f.type === 'history' || f.type === 'error')).type === 'history';
    });
    saraa = await signedInAgent(server, saraaAccount);
    saraa.send({ type: 'reply', conversation: id, id: 'r1', text: 'Сайн байна уу' });
    const answer = await saraa.next((f) => f.type === 'ack' || f.type === 'error');
    assert.deepEqual(answer, { type: 'ack', id: 'r1', seq: 2, conversation: id }, 'stored before Bat took over: not refused');
    saraa.send({ type: 'reply', conversation: id, id: 'r2', text: 'Бас нэг зүйл' });
    assert.equal((await saraa.next((f) => f.type === 'ack' || f.type === 'error')).code, 'forbidden');
    // Another agent sending that id is refused: only the agent who wrote the reply hears "stored".
    const stranger = await signedInAgent(server, await addTestAgent(server, { name: 'Dorj' }));
    stranger.send({ type: 'reply', conversation: id, id: 'r1', text: 'Сайн байна уу' });
    assert.equal((await stranger.next((f) => f.type === 'ack' || f.type === 'error')).code, 'forbidden');
    assert.deepEqual(
      (await server.store.messagesAfter(id, 0)).map((m) => m.text),
      ['hello', 'Сайн байна уу'],
    );
    for (const client of [saraa, bat, stranger, user]) client.close();
  });

  test("an agent cannot take another agent's conversation; a supervisor can look in and reads who did what", async () => {
    server = await createChatServer({ allowedOrigins: [ORIGIN], logger: quietLogger() });
    const saraa = await signedInAgent(server, await addTestAgent(server, { name: 'Saraa' }));
    const bat = await signedInAgent(server, await addTestAgent(server, { name: 'Bat' }));
    const boss = await signedInAgent(server, await addTestAgent(server, { name: 'Boss', role: 'supervisor' }));
    const { user, conversation: id } = await waitingUser(server, 'Bold', 'hello');
    saraa.send({ type: 'open', conversation: id });
    await saraa.next('history');
    saraa.send({ type: 'reply', conversation: id, id: 'r1', text: 'Сайн байна уу' });
    await saraa.next('ack');
    bat.send({ type: 'open', conversation: id });
    assert.equal((await bat.next('error')).code, 'forbidden');
    bat.send({ type: 'audit' });
    assert.equal((await bat.next('error')).code, 'forbidden');
    boss.send({ type: 'open', conversation: id });
    assert.deepEqual(
      (await boss.next('history')).messages.map((m) => m.text),
      ['hello', 'Сайн байна уу'],
    );
    boss.send({ type: 'audit' });
    const { entries } = await boss.next('audit');
    assert.deepEqual(entries.map((e) => [e.agent, e.action, e.conversation]).reverse(), [
      ['Saraa', 'open', id],
      ['Saraa', 'reply', id],
      ['Boss', 'open', id],
    ]);
    for (const client of [saraa, bat, boss, user]) client.close();
  });
});

describe('ger-chat-agents', () => {
  const bin = fileURLToPath(new URL('../bin/ger-chat-agents.mjs', import.meta.url));
  const run = (args, input = '') => execFileSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

  test('adds, lists, disables and enables agents; the password comes from stdin, never argv', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'ger-agents-')), 'chat.db');
    assert.match(run(['add', 'Saraa', '--role', 'supervisor', '--db', db], 'a long enough password\n'), /Added supervisor Saraa/);
    assert.throws(() => run(['add', 'Bat', '--db', db], 'short\n'), /12 characters/);
    // An arrow key typed into the password, or an escape pasted into a name, is refused by name.
    assert.throws(() => run(['add', 'Bat', '--db', db], 'a long enough\u001b[D password\n'), /the password must have no control characters/);
    assert.throws(() => run(['add', 'Bat\u001b[D', '--db', db], 'a long enough password\n'), /a name cannot hold control characters/);
    assert.throws(() => run(['password', 'Saraa', '--db', db], 'a new\u0007 long password\n'), /the password must have no control characters/);
    assert.doesNotMatch(run(['list', '--db', db]), /Bat/);
    assert.match(run(['list', '--db', db]), /^Saraa\tsupervisor\tactive$/m);
    run(['disable', 'Saraa', '--db', db]);
    assert.match(run(['list', '--db', db]), /^Saraa\tsupervisor\tdisabled$/m);
    assert.throws(() => run(['disable', 'Nobody', '--db', db]), /no agent named Nobody/);
    run(['enable', 'Saraa', '--db', db]);
    const server = await createChatServer({ dbPath: db, allowedOrigins: [ORIGIN], logger: quietLogger() });
    const agent = await signedInAgent(server, { name: 'Saraa', password: 'a long enough password' });
    assert.equal(agent.welcome.role, 'supervisor');
    agent.close();
    await server.close();
  });
});
