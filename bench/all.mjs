#!/usr/bin/env node
// npm run bench: every benchmark, each beside its baseline, one after another (they share two
// cores with nothing else, so never in parallel). Exits non-zero when a target is missed.
import { formatRows, measureCardRender } from './card-render.mjs';
import { COMBOBOX_TARGET, formatCombobox, measureCombobox } from './combobox.mjs';
import { chatFailures, formatChat, measureChat } from './chat.mjs';
import { formatSwitch, measureDisplaySwitch } from './display-switch.mjs';
import { formatLighthouse, lighthouseFailures, measureLighthouse } from './lighthouse.mjs';
import { formatPageWeight, measurePageWeight, PAGE_WEIGHT_TARGET } from './page-weight.mjs';
import { formatPeers, measurePeerCards, peerFailures } from './peer-cards.mjs';
import { formatEngines, measureEngines } from './search-engines.mjs';
import { formatTyping, measureTyping, TARGETS } from './search-typing.mjs';
import { formatTable, hiddenPartsNotAllowed, measureSizes } from './size.mjs';
import { measureTable, TABLE_TITLE } from './table.mjs';

const log = (line) => process.stderr.write(`${line}\n`);
const failures = [];

log('Sizes…');
const sizes = await measureSizes();
console.log(`${formatTable(sizes)}\n`);
for (const row of sizes) if (row.budget && row.bytes > row.budget) failures.push(`${row.name} over budget`);
for (const part of hiddenPartsNotAllowed(sizes)) failures.push(`rendered but not shown: ${part}`);

log('The agency site\u2019s service page through the autoloader…');
const weight = await measurePageWeight();
console.log(`${formatPageWeight(weight)}\n`);
if (weight.total > PAGE_WEIGHT_TARGET) failures.push('service page JavaScript over 25 KB gzip');

log('Lighthouse on the agency site (three runs a page)…');
const lighthouse = await measureLighthouse({ log });
console.log(`${formatLighthouse(lighthouse)}\n`);
failures.push(...lighthouseFailures(lighthouse));

log('Search engines…');
console.log(`${formatEngines(await measureEngines())}\n`);

log('Rendering 1,448 cards…');
const render = await measureCardRender({ log });
console.log(
  `${formatRows('1,448 services rendered through to the next frame (Chromium, median of fresh pages, each loaded before the data comes)', render)}\n`,
);
for (const row of render) if (row.target && row.ratio > row.target) failures.push(`${row.name}: ${row.ratio.toFixed(2)}x`);

log('Rendering a 1,000-row table…');
const table = await measureTable({ log });
console.log(`${formatRows(TABLE_TITLE, table)}\n`);
for (const row of table) if (row.target && row.ratio > row.target) failures.push(`${row.name}: ${row.ratio.toFixed(2)}x`);

log('Cards beside the peers, written as HTML…');
const peers = await measurePeerCards({ log });
console.log(`${formatPeers(peers)}\n`);
failures.push(...peerFailures(peers));

log('Typing…');
const typing = await measureTyping({ log });
console.log(formatTyping(typing));
const ger = typing[1];
if (ger.median > TARGETS.median || ger.p95 >= TARGETS.p95) failures.push('search as you type over target');

log('Combobox of 5,000 bags…');
const combobox = await measureCombobox({ log });
console.log(`\n${formatCombobox(combobox)}`);
if (combobox.rows[1].median > COMBOBOX_TARGET.median) failures.push('combobox typing over target');

log('Switching theme and text size…');
const switches = await measureDisplaySwitch();
console.log(`\n${formatSwitch(switches)}`);
for (const row of switches) if (row.ratio > row.target) failures.push(`${row.action}: ${row.ratio.toFixed(2)}x`);

log('Live chat at 500 clients…');
const chat = await measureChat({ log });
console.log(`\n${formatChat(chat)}`);
failures.push(...chatFailures(chat));

if (failures.length) {
  console.error(`\nMissed: ${failures.join('; ')}`);
  process.exit(1);
}
