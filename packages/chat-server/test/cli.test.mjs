// ger-chat-server's flags: each reaches its createChatServer option, and a bad value is refused
// by name before anything starts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serverOptions } from '../src/cli.mjs';
import { freePort, ORIGIN, rawClient } from './helpers.mjs';
import { serverProcess, statusOf } from './server-process.mjs';

const BIN = fileURLToPath(new URL('../bin/ger-chat-server.mjs', import.meta.url));

const MiB = 1024 * 1024;

test('the limits added since the first flags have flags of their own, with the server defaults', () => {
  const pick = ({ textRate, conversationMessageRate, maxSocketsPerConversation, botReplyIntervalMs, sessionCheckMs, maxQueueLength }) => ({
    textRate,
    conversationMessageRate,
    maxSocketsPerConversation,
    botReplyIntervalMs,
    sessionCheckMs,
    maxQueueLength,
  });
  assert.deepEqual(pick(serverOptions([], {}).options), {
    textRate: { burst: 4 * MiB, perSecond: (16 * MiB) / 86_400 },
    conversationMessageRate: { burst: 20, perSecond: 20 / 60 },
    maxSocketsPerConversation: 10,
    botReplyIntervalMs: 10_000,
    sessionCheckMs: 10_000,
    maxQueueLength: 5000,
  });
  const args = [
    ['--text-bytes-at-once', '65536'],
    ['--text-bytes-per-day', '864000'],
    ['--conversation-messages-per-minute', '120'],
    ['--sockets-per-conversation', '3'],
    ['--bot-reply-interval-seconds', '0'],
    ['--session-check-seconds', '30'],
    ['--queue-length', '200'],
  ].flat();
  assert.deepEqual(pick(serverOptions(args, {}).options), {
    textRate: { burst: 65536, perSecond: 10 },
    conversationMessageRate: { burst: 120, perSecond: 2 },
    maxSocketsPerConversation: 3,
    botReplyIntervalMs: 0,
    sessionCheckMs: 30_000,
    maxQueueLength: 200,
  });
});

test('a flag out of range is refused by name', () => {
  for (const [flag, value, min] of [
    ['--sockets-per-conversation', '0', 1],
    ['--session-check-seconds', '0.5', 1],
    ['--bot-reply-interval-seconds', '-1', 0],
    ['--conversation-messages-per-minute', 'many', 1],
    ['--text-bytes-per-day', '0', 1],
    ['--queue-length', '0', 1],
    // Less than the longest message's charge would refuse that message for ever.
    ['--text-bytes-at-once', '8000', 8512],
    ['--port', 'http', 0],
  ]) {
    assert.throws(() => serverOptions([`${flag}=${value}`], {}), { message: `${flag} must be a whole number of at least ${min} (got ${value})` });
  }
});

test('ger-chat-server takes the metrics token from GER_CHAT_METRICS_TOKEN or --metrics-token, and refuses a short one', () => {
  assert.equal(serverOptions([], {}).options.metricsToken, undefined);
  assert.equal(serverOptions([], { GER_CHAT_METRICS_TOKEN: 'e'.repeat(24) }).options.metricsToken, 'e'.repeat(24));
  assert.equal(serverOptions(['--metrics-token', 'f'.repeat(24)], {}).options.metricsToken, 'f'.repeat(24));
  assert.throws(() => serverOptions(['--metrics-token', 'short'], {}), { message: '--metrics-token must be at least 16 characters' });
});

test('the command passes them to the server it starts', { timeout: 30_000 }, async () => {
  const server = await serverProcess({ dbPath: ':memory:', origin: ORIGIN, args: ['--sockets-per-conversation', '1'] });
  try {
    const first = await rawClient(server.url, { hello: {} });
    first.send({ type: 'send', id: 'm1', text: 'hello' });
    await first.next('ack');
    const second = await rawClient(server.url);
    const closed = new Promise((resolve) => second.socket.once('close', resolve));
    second.send({ type: 'hello', v: 1, token: first.welcome.token });
    assert.equal(await closed, 4409);
    first.close();
  } finally {
    await server.stop();
  }
});

test('--metrics-listen (or GER_CHAT_METRICS_LISTEN) takes host:port; a bad value is refused by name before anything starts', () => {
  assert.equal(serverOptions([], {}).options.metricsListen, undefined);
  assert.deepEqual(serverOptions(['--metrics-listen', '127.0.0.1:9464'], {}).options.metricsListen, { host: '127.0.0.1', port: 9464 });
  assert.deepEqual(serverOptions([], { GER_CHAT_METRICS_LISTEN: '[::1]:9464' }).options.metricsListen, { host: '::1', port: 9464 });
  assert.deepEqual(serverOptions(['--metrics-listen=metrics.internal:80'], { GER_CHAT_METRICS_LISTEN: '10.0.0.1:1' }).options.metricsListen, {
    host: 'metrics.internal',
    port: 80,
  });
  for (const value of [
    '9464',
    ':9464',
    '127.0.0.1',
    '127.0.0.1:',
    '127.0.0.1:0',
    '127.0.0.1:65536',
    '127.0.0.1:94a',
    '::1:9464',
    '[::1]9464',
    '[nope]:9464',
    'a b:9464',
    'http://127.0.0.1:9464',
  ]) {
    assert.throws(() => serverOptions(['--metrics-listen', value], {}), {
      message: `--metrics-listen must be host:port, e.g. 127.0.0.1:9464 or [::1]:9464 (got ${value})`,
    });
  }
});

test('the command serves metrics on --metrics-listen, and stops with a clear message when it cannot listen there', { timeout: 30_000 }, async () => {
  const metricsPort = await freePort();
  const server = await serverProcess({ dbPath: ':memory:', origin: ORIGIN, args: ['--metrics-listen', `127.0.0.1:${metricsPort}`] });
  try {
    assert.equal(await statusOf(metricsPort, '/metrics'), 200);
    assert.equal(await statusOf(server.port, '/metrics'), 404);
    // A second server asking for the same metrics address says so, and ends.
    const second = spawnSync(process.execPath, [BIN, '--port', String(await freePort()), '--db', ':memory:', '--metrics-listen', `127.0.0.1:${metricsPort}`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(second.status, 1, second.stderr);
    assert.match(second.stderr, new RegExp(`^ger-chat-server: cannot listen for metrics on 127\\.0\\.0\\.1:${metricsPort}: .*EADDRINUSE`));
    assert.doesNotMatch(second.stderr, /\n\s+at /, 'no stack trace');
    // A bad value stops it before it opens anything.
    const bad = spawnSync(process.execPath, [BIN, '--db', ':memory:', '--metrics-listen', '9464'], { encoding: 'utf8', timeout: 20_000 });
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr, 'ger-chat-server: --metrics-listen must be host:port, e.g. 127.0.0.1:9464 or [::1]:9464 (got 9464)\n');
  } finally {
    await server.stop();
  }
  assert.equal(await statusOf(metricsPort, '/metrics'), 0, 'closed on SIGTERM');
});
