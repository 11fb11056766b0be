// The pieces the server reads its sockets with: byte budgets, and the frame scanner that knows
// how much of a message has come without its end.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { frameScanner } from '../src/intake.mjs';
import { byteBudget } from '../src/rate-limit.mjs';

/** A masked client frame: 7-bit, 16-bit and 64-bit lengths. */
function frame(length, { opcode = 0x1, fin = true } = {}) {
  const first = (fin ? 0x80 : 0) | opcode;
  const header =
    length < 126
      ? Buffer.from([first, 0x80 | length])
      : length < 65536
        ? Buffer.from([first, 0x80 | 126, length >> 8, length & 0xff])
        : Buffer.from([first, 0x80 | 127, 0, 0, 0, 0, length >>> 24, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff]);
  return Buffer.concat([header, randomBytes(4), Buffer.alloc(length, 0x61)]);
}

test('the frame scanner counts the unfinished message exactly, however the bytes are cut, control frames apart', () => {
  const stream = Buffer.concat([
    frame(10),
    frame(70_000, { fin: false }),
    frame(5, { opcode: 0xa }), // a pong in the middle of the message
    frame(200, { opcode: 0, fin: false }),
    frame(0, { opcode: 0x9 }),
    frame(300, { opcode: 0 }), // the message ends
    frame(100),
    frame(500, { fin: false }), // the next one does not
  ]);
  for (const cut of [1, 7, 1000, 65536, stream.length]) {
    const scan = frameScanner();
    let result;
    for (let i = 0; i < stream.length; i += cut) result = scan(stream.subarray(i, i + cut));
    assert.deepEqual(result.pending, 8 + 500, `cut every ${cut} bytes`);
  }
  const scan = frameScanner();
  assert.deepEqual(scan(frame(10)), { pending: 0, started: true });
  assert.deepEqual(scan(Buffer.concat([frame(10), frame(1000, { fin: false })])), { pending: 1008, started: true });
  assert.deepEqual(scan(frame(0, { opcode: 0xa })), { pending: 1008, started: false });
});

test('a byte budget runs into debt and says how long repaying it takes', () => {
  let now = 0;
  const budget = byteBudget({ burst: 1000, perSecond: 500 }, () => now);
  assert.equal(budget.charge(800), 0);
  assert.equal(budget.charge(700), 1000, '500 bytes of debt at 500 a second');
  now += 600;
  assert.equal(budget.wait(), 400);
  assert.equal(budget.full(), false);
  now += 2400;
  assert.equal(budget.wait(), 0);
  assert.equal(budget.full(), true, 'refilled: the same as a new one');
});
