// What a process tells the others about its agents (src/presence.mjs): always the counts, even
// when the claims are too many for one signal.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPresence, fitSummary } from '../src/presence.mjs';

test('a summary with more claims than one signal holds keeps the counts and the newest claims', () => {
  const claimed = Array.from({ length: 400 }, (_, i) => [i + 1, `Агент Сарантуяа ${i}`]);
  const summary = { online: 3, free: 1, claimed };
  const fitted = fitSummary(summary);
  assert.ok(Buffer.byteLength(JSON.stringify(fitted)) <= 7000);
  assert.deepEqual([fitted.online, fitted.free], [3, 1]);
  assert.ok(fitted.claimed.length > 50, `${fitted.claimed.length} claims kept`);
  assert.deepEqual(fitted.claimed.at(-1), claimed.at(-1), 'the newest claim is kept');
  assert.deepEqual(fitSummary({ online: 1, free: 0, claimed: claimed.slice(0, 3) }).claimed, claimed.slice(0, 3), 'a small one is sent whole');
});

test('the other processes still hear the agents are online when their claims overflow a signal', async () => {
  const listeners = new Set();
  // PostgreSQL's NOTIFY refuses payloads over 8000 bytes (the store checks 7,900).
  const store = {
    onBroadcast: (listen) => (listeners.add(listen), () => listeners.delete(listen)),
    async broadcast(signal) {
      if (Buffer.byteLength(JSON.stringify(signal)) > 7900) throw new Error('too large to broadcast');
      for (const listen of listeners) listen(signal);
    },
  };
  const claimed = Array.from({ length: 400 }, (_, i) => [i + 1, `Агент Сарантуяа ${i}`]);
  const busy = createPresence({ store, summary: () => ({ online: 2, free: 0, claimed }), onChange() {}, intervalMs: 60_000 });
  const other = createPresence({ store, summary: () => ({ online: 0, free: 0, claimed: [] }), onChange() {}, intervalMs: 60_000 });
  await busy.publish();
  assert.equal(other.remote().online, 2);
  assert.ok(other.remote().claimed.has(400));
  await Promise.all([busy.close(), other.close()]);
});
