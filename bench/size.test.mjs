// The size budget is part of the suite: a component entry with Lit stays at or under 10 KB gzip.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGET_BYTES, formatTable, measureSizes, OWN_CODE_BUDGETS } from './size.mjs';

test('each component entry with Lit is within the 10 KB gzip budget; composites within their own-code budget', async () => {
  const rows = await measureSizes();
  console.log(formatTable(rows));
  const entries = rows.filter((row) => row.budget && !row.ownCode);
  assert.ok(entries.length >= 5, 'every component is measured');
  for (const row of entries) assert.ok(row.bytes <= BUDGET_BYTES, `${row.name} is ${row.bytes} B gzip`);
  const lit = rows[0].bytes;
  for (const row of entries) assert.ok(row.bytes > lit, `${row.name} includes Lit (${row.bytes} B vs ${lit} B)`);
  const own = rows.filter((row) => row.ownCode);
  assert.equal(own.length, Object.keys(OWN_CODE_BUDGETS).length, 'every composite is measured by its own code');
  for (const row of own) {
    assert.ok(row.bytes <= row.budget, `${row.name} is ${row.bytes} B gzip`);
    // Lit and the rendered components really were left out: the rest is less than the entry without Lit.
    const entry = rows[rows.indexOf(row) - 1];
    assert.ok(row.bytes < entry.bytes - lit, `${row.name}: ${row.bytes} B, its entry ${entry.bytes} B, Lit ${lit} B`);
  }
});

test('the budget check flags an entry over budget', () => {
  const table = formatTable([{ name: 'big', bytes: BUDGET_BYTES + 1, budget: BUDGET_BYTES }]);
  assert.match(table, /OVER/);
});
