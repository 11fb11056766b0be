// The pieces the server reads its sockets with: byte budgets.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { byteBudget } from '../src/rate-limit.mjs';

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
