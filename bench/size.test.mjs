// The size budget is part of the suite: a component entry with Lit stays at or under 10 KB gzip.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HIDDEN_PART_ALLOWANCES } from './shadow-allowances.mjs';
import { BUDGET_BYTES, formatTable, hiddenPartsNotAllowed, measureSizes, OWN_CODE_BUDGETS } from './size.mjs';

// Bundling every entry takes a while: measure once for both tests.
let measured;
const sizes = () => (measured ??= measureSizes());

test('each component entry with Lit is within the 10 KB gzip budget', async () => {
  const rows = await sizes();
  console.log(formatTable(rows));
  const budgeted = rows.filter((row) => row.budget && !row.ownCode);
  assert.ok(budgeted.length >= 4, 'every component is measured');
  for (const row of budgeted) assert.ok(row.bytes <= row.budget, `${row.name} is ${row.bytes} B gzip, over ${row.budget} B`);
  // Exceptions are named and rare: every other component keeps the 10 KB budget. Left: the service
  // catalogue's, explained in bench/size.mjs.
  assert.ok(budgeted.filter((row) => row.budget !== BUDGET_BYTES).length <= 1, 'at most one measured exception (the service catalogue)');
  const lit = rows[0].bytes;
  // Each element's entry is measured with Lit inside (a missing Lit would make the numbers lie).
  for (const row of budgeted.filter((r) => r.element)) assert.ok(row.bytes > lit, `${row.name} includes Lit (${row.bytes} B vs ${lit} B)`);
});

test('a component that renders others keeps its own code within its budget', async () => {
  const rows = await sizes();
  const own = rows.filter((row) => row.ownCode);
  assert.equal(own.length, Object.keys(OWN_CODE_BUDGETS).length, 'each is measured');
  for (const row of own) {
    assert.ok(row.bytes <= row.budget, `${row.name} is ${row.bytes} B gzip`);
    // Lit and the rendered components really were left out: less than everything it loads, less Lit.
    const entry = rows[rows.indexOf(row) - 1];
    const everything = entry.bytes + (entry.lazy ?? 0);
    assert.ok(row.bytes < everything - rows[0].bytes, `${row.name}: ${row.bytes} B; all it loads ${everything} B, Lit ${rows[0].bytes} B`);
  }
});

test("each element's shadow elements are counted in its simplest story", async () => {
  const rows = (await sizes()).filter((row) => row.element);
  for (const row of rows) assert.ok(Number.isInteger(row.shadow), `${row.name}: no story rendered it`);
  // A tag is its own label box: its shadow root holds its slot only.
  assert.equal(rows.find((row) => row.name.includes('/tag.js')).shadow, 1);
});

test('no component renders a part it does not show, unless a rule or the allowance list says why', async () => {
  const rows = await sizes();
  assert.deepEqual(hiddenPartsNotAllowed(rows), [], 'render these only when they are shown');
  for (const row of rows.filter((r) => r.element)) assert.ok(Number.isInteger(row.notShown), `${row.name}: not-shown count`);
  // Every allowance still lets a part some story renders: a stale one would let a part come back unseen.
  const used = new Set(rows.flatMap((row) => (row.hiddenParts ?? []).filter((part) => part.allowance).map((part) => `${part.owner} ${part.allowance}`)));
  for (const [tag, parts] of Object.entries(HIDDEN_PART_ALLOWANCES)) {
    for (const selector of Object.keys(parts)) assert.ok(used.has(`${tag} ${selector}`), `allowance ${tag} ${selector} matches no part any story renders`);
  }
});

test('the budget check flags an entry over budget', () => {
  const table = formatTable([{ name: 'big', bytes: BUDGET_BYTES + 1, budget: BUDGET_BYTES }]);
  assert.match(table, /OVER/);
});
