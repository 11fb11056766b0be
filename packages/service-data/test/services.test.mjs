// The sample data set: exactly 1,448 services, deterministic, bilingual, well formed, and spread
// over every aimag and the capital.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { serialize, SERVICES_FILE } from '../scripts/generate.mjs';
import { CATEGORIES } from '../src/categories.mjs';
import { generateServices, SERVICE_COUNT } from '../src/generate.mjs';
import { REGIONS } from '../src/regions.mjs';

const services = JSON.parse(readFileSync(SERVICES_FILE, 'utf8'));
const TEXT_FIELDS = ['title', 'agency', 'description', 'category'];
// Mongolian text: Cyrillic letters, digits and punctuation only.
const MONGOLIAN = /^[\p{Script=Cyrillic}\d\s.,:;!?()"'’%№/–-]+$/u;
const ENGLISH = /^[\p{Script=Latin}\d\s.,:;!?()"'’%/–-]+$/u;

test('holds exactly 1,448 services', () => {
  assert.equal(SERVICE_COUNT, 1448);
  assert.equal(services.length, 1448);
});

test('is what the generator makes, every time (deterministic)', () => {
  const once = serialize(generateServices());
  assert.equal(serialize(generateServices()), once);
  assert.equal(readFileSync(SERVICES_FILE, 'utf8'), once, 'services.json is out of date: npm run generate -w @ger/service-data');
});

test('has unique ids and unique titles in both languages', () => {
  for (const key of ['id', 'mn', 'en']) {
    const values = services.map((s) => (key === 'id' ? s.id : s.title[key]));
    const duplicates = values.filter((v, i) => values.indexOf(v) !== i);
    assert.deepEqual(duplicates, [], `duplicate ${key}`);
  }
});

test('writes every text in Mongolian Cyrillic and in English', () => {
  for (const service of services) {
    for (const field of TEXT_FIELDS) {
      const { mn, en } = service[field];
      assert.match(mn, MONGOLIAN, `${service.id} ${field}.mn: ${mn}`);
      assert.match(en, ENGLISH, `${service.id} ${field}.en: ${en}`);
      assert.ok(mn.trim() === mn && en.trim() === en && mn && en, `${service.id} ${field} is trimmed and not empty`);
    }
  }
  // Mongolian, not Russian: the letters ө and ү are used throughout.
  const mongolian = services.map((s) => s.title.mn + s.description.mn).join(' ');
  assert.ok((mongolian.match(/[өү]/g) ?? []).length > 1000);
});

test('has well-formed fields', () => {
  for (const service of services) {
    assert.match(service.id, /^svc-\d{4}$/);
    assert.equal(service.href, `https://e-mongolia.mn/services/${service.id}`);
    assert.ok(['online', 'hybrid', 'in-person'].includes(service.delivery), service.id);
    assert.ok(Number.isInteger(service.fee) && service.fee >= 0, `${service.id} fee`);
    assert.ok(Number.isInteger(service.processingDays) && service.processingDays >= 0, `${service.id} processingDays`);
    assert.deepEqual(service.category, CATEGORIES[service.categoryId], service.id);
    if ('status' in service) assert.ok(['new', 'updated', 'unavailable'].includes(service.status), service.id);
    if ('actionHref' in service) assert.equal(service.actionHref, `${service.href}/start`);
  }
});

test('varies: every category, delivery mode and status, free and paid, immediate and slow', () => {
  const seen = (pick) => new Set(services.map(pick));
  assert.deepEqual([...seen((s) => s.categoryId)].sort(), Object.keys(CATEGORIES).sort());
  assert.deepEqual([...seen((s) => s.delivery)].sort(), ['hybrid', 'in-person', 'online']);
  assert.deepEqual([...seen((s) => s.status ?? 'none')].sort(), ['new', 'none', 'unavailable', 'updated']);
  assert.ok(services.filter((s) => s.fee === 0).length > 300 && services.filter((s) => s.fee > 0).length > 300);
  assert.ok(seen((s) => s.processingDays).size > 15);
  assert.ok(services.some((s) => s.actionHref));
});

test('offers local services in all 21 aimags and Ulaanbaatar', () => {
  assert.equal(REGIONS.length, 22);
  assert.equal(REGIONS.filter((r) => r.name.mn.endsWith(' аймаг')).length, 21);
  for (const region of REGIONS) {
    const local = services.filter((s) => s.region === region.id);
    assert.ok(local.length >= 40, `${region.id}: ${local.length} services`);
    for (const service of local) {
      assert.ok(service.title.mn.endsWith(`(${region.name.mn})`), service.id);
      assert.ok(service.agency.mn.startsWith(region.of.mn), service.id);
      assert.ok(service.description.mn.includes(region.in.mn), service.id);
    }
  }
  assert.ok(services.filter((s) => !s.region).length > 150, 'national services too');
});
