// The size budget is part of the suite: a component entry with Lit stays at or under 10 KB gzip.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_BYTES, formatTable, measureSizes } from './size.mjs';

test('each component entry with Lit is within the 10 KB gzip budget', async () => {
  const rows = await measureSizes();
  console.log(formatTable(rows));
  const budgeted = rows.filter((row) => row.budget);
  assert.ok(budgeted.length >= 4, 'every component is measured');
  for (const row of budgeted) assert.ok(row.bytes <= BUDGET_BYTES, `${row.name} is ${row.bytes} B gzip`);
  const lit = rows[0].bytes;
  // Each element's entry is measured with Lit inside (a missing Lit would make the numbers lie).
  for (const row of budgeted.filter((r) => r.element)) assert.ok(row.bytes > lit, `${row.name} includes Lit (${row.bytes} B vs ${lit} B)`);
});

test('the budget check flags an entry over budget', () => {
  const table = formatTable([{ name: 'big', bytes: BUDGET_BYTES + 1, budget: BUDGET_BYTES }]);
  assert.match(table, /OVER/);
});
