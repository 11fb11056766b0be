#!/usr/bin/env node
// Which search to ship in <ger-service-catalog>: Ger's own (packages/components/src/
// service-catalog/search.ts) beside two well-kept libraries, MiniSearch 7.2.0 and Fuse.js 7.5.0,
// on the same 1,448 services, the same keystrokes and the same spelling rules (the libraries
// get Ger's `fold`, since neither knows that `pasport` is `паспорт`). Measured: gzip size of
// what the page ships (engine + glue, minified), index build time, time per keystroke, and how
// often the service a person was looking for is in the first five results.
import { build } from 'esbuild';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { minify, sourcePlugins } from '../packages/components/scripts/rollup-plugins.mjs';
import { median, percentile, root } from './lib/harness.mjs';
import { keystrokes } from './search-typing.mjs';

const scratch = join(root, 'bench', 'out');
const services = JSON.parse(readFileSync(join(root, 'packages/service-data/services.json'), 'utf8'));
const titleMn = (i) => services[i].title.mn;

/** What people type, and how to recognise the service they meant (by its Mongolian title). */
export const CASES = [
  ['pasport', (t) => t === 'Гадаад паспорт захиалах'],
  ['passport', (t) => t === 'Гадаад паспорт захиалах'],
  ['паспорт', (t) => t === 'Гадаад паспорт захиалах'],
  ['pasprot', (t) => t === 'Гадаад паспорт захиалах'],
  ['unemleh', (t) => t.includes('үнэмлэх')],
  ['irgenii unemleh sungah', (t) => t === 'Иргэний үнэмлэх сунгах'],
  ['renew id card', (t) => t === 'Иргэний үнэмлэх сунгах'],
  ['tatvar', (t) => t.includes('татвар')],
  ['zholoodoh erh', (t) => t.startsWith('Жолоодох эрх')],
  ['driving licence', (t) => t.startsWith('Жолоодох эрх')],
  ['huuhdiin mungu', (t) => t === 'Хүүхдийн мөнгөний олголт шалгах'],
  ['child money', (t) => t === 'Хүүхдийн мөнгөний олголт шалгах'],
  ['tsetserleg', (t) => t.startsWith('Цэцэрлэгт бүртгүүлэх')],
  ['kindergarten', (t) => t.startsWith('Цэцэрлэгт бүртгүүлэх')],
  ['gazar dornod', (t) => t.startsWith('Газар') && t.endsWith('(Дорнод аймаг)')],
  ['tetgever', (t) => t.includes('тэтгэвэр')],
  ['ял шийтгэлгүй', (t) => t === 'Ял шийтгэлгүй тодорхойлолт авах'],
  ['criminal record', (t) => t === 'Ял шийтгэлгүй тодорхойлолт авах'],
  ['gerlelt', (t) => t === 'Гэрлэлт бүртгүүлэх'],
  ['Ölgii', (t) => t.endsWith('(Баян-Өлгий аймаг)')],
];

// Each engine as the page would ship it: the engine and its glue, built from this source.
const ENGINES = {
  'Ger search.ts (own)': `
    export { buildIndex as make, search as find } from '../../packages/components/src/service-catalog/search.ts';`,
  'MiniSearch 7.2.0': `
    import MiniSearch from 'minisearch';
    import { fold, foldVariants } from '@ger/text-fold';
    import { textIn } from '../../packages/components/src/utils/localized-text.ts';
    const all = (v) => (v && typeof v === 'object' ? Object.keys(v).map((l) => textIn(v, l)).join(' ') : textIn(v, ''));
    const forms = (term) => foldVariants(term);
    export function make(items) {
      const index = new MiniSearch({ fields: ['title', 'other'], processTerm: (term) => forms(term.toLowerCase()), searchOptions: { processTerm: (term) => fold(term) } });
      index.addAll(items.map((s, id) => ({ id, title: all(s.title), other: [s.agency, s.category, s.description].map(all).join(' ') })));
      return index;
    }
    export function find(index, query) {
      return index.search(query, { prefix: true, fuzzy: (term) => (term.length < 4 ? 0 : term.length < 8 ? 1 : 2), combineWith: 'AND', boost: { title: 3 } }).map((r) => r.id);
    }`,
  'Fuse.js 7.5.0': `
    import Fuse from 'fuse.js';
    import { fold, foldVariants } from '@ger/text-fold';
    import { textIn } from '../../packages/components/src/utils/localized-text.ts';
    const all = (v) => (v && typeof v === 'object' ? Object.keys(v).map((l) => textIn(v, l)).join(' ') : textIn(v, ''));
    const folded = (text) => text.split(/\\s+/).flatMap(foldVariants).join(' ');
    export function make(items) {
      const docs = items.map((s) => ({ title: folded(all(s.title)), other: folded([s.agency, s.category, s.description].map(all).join(' ')) }));
      return new Fuse(docs, { keys: [{ name: 'title', weight: 3 }, { name: 'other', weight: 1 }], threshold: 0.35, ignoreLocation: true });
    }
    export function find(index, query) {
      return query.trim() ? index.search(fold(query)).map((r) => r.refIndex) : [];
    }`,
};

async function gzipSize(entry) {
  const bundle = await rollup({
    input: entry,
    plugins: [...sourcePlugins(), minify()],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}

async function load(entry) {
  const file = join(scratch, `${entry.replace(/\W+/g, '-')}.node.mjs`);
  await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'error', tsconfig: join(root, 'tsconfig.json') });
  return import(`${file}?${Date.now()}`);
}

export async function measureEngines() {
  mkdirSync(scratch, { recursive: true });
  const keys = keystrokes()
    .map(({ text }) => text)
    .filter(Boolean);
  const rows = [];
  for (const [name, source] of Object.entries(ENGINES)) {
    const entry = join(scratch, `engine-${name.replace(/\W+/g, '-')}.js`);
    writeFileSync(entry, source);
    const bytes = await gzipSize(entry);
    const { make, find } = await load(entry);
    const builds = [];
    let index;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      index = make(services);
      builds.push(performance.now() - started);
    }
    for (const text of keys) find(index, text); // warm up the code, on an index not timed
    const times = [];
    for (let round = 0; round < 3; round++) {
      index = make(services); // a fresh index each round: nothing remembered from the last
      for (const text of keys) {
        const started = performance.now();
        find(index, text);
        times.push(performance.now() - started);
      }
    }
    const found = CASES.filter(([query, wanted]) => find(index, query).slice(0, 5).map(titleMn).some(wanted)).length;
    rows.push({ name, bytes, build: median(builds), median: median(times), p95: percentile(times, 95), found });
  }
  return rows;
}

export function formatEngines(rows) {
  const width = Math.max(...rows.map((row) => row.name.length));
  const lines = [
    `Search engines on 1,448 services (Node ${process.versions.node}; ${CASES.length} searches people make, ${keystrokes().length} keystrokes x 3)`,
    `${'engine'.padEnd(width)}  ${'gzip'.padStart(8)}  ${'index'.padStart(9)}  ${'median'.padStart(8)}  ${'p95'.padStart(8)}  found in top 5`,
  ];
  for (const row of rows) {
    lines.push(
      `${row.name.padEnd(width)}  ${`${(row.bytes / 1024).toFixed(2)} KB`.padStart(8)}  ${`${row.build.toFixed(1)} ms`.padStart(9)}  ${`${row.median.toFixed(2)} ms`.padStart(8)}  ${`${row.p95.toFixed(2)} ms`.padStart(8)}  ${row.found}/${CASES.length}`,
    );
  }
  const [own, ...libraries] = rows;
  for (const library of libraries) {
    lines.push(
      `${library.name} / own: size ${(library.bytes / own.bytes).toFixed(1)}x, index ${(library.build / own.build).toFixed(1)}x, keystroke median ${(library.median / own.median).toFixed(1)}x, p95 ${(library.p95 / own.p95).toFixed(1)}x`,
    );
  }
  return lines.join('\n');
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  console.log(formatEngines(await measureEngines()));
}
