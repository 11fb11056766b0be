// ger-chat-server's flags: each reaches its createChatServer option, and a bad value is refused
// by name before anything starts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { serverOptions } from '../src/cli.mjs';
import { ORIGIN, rawClient } from './helpers.mjs';
import { serverProcess } from './server-process.mjs';

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
