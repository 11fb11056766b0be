// The catalogue search (packages/components) and the chat bot (packages/chat-server) fold
// alike, so the same query finds the same services in both.
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { build } from 'esbuild';
import { createCatalogue, SAMPLE_SERVICES } from '../../chat-server/src/catalogue.mjs';
import { SAME_WORD } from './cases.mjs';

/** The catalogue's search module, bundled from its TypeScript source as the browser gets it. */
async function loadCatalogueSearch() {
  const source = fileURLToPath(new URL('../../components/src/service-catalog/search.ts', import.meta.url));
  const result = await build({ entryPoints: [source], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
const { buildIndex, search } = await loadCatalogueSearch();

/** Both searches over the same services: the ids each finds for a query, best first. */
function searches(services) {
  const bot = createCatalogue(services);
  const index = buildIndex(services.map((service) => ({ title: service.title, description: (service.keywords ?? []).join(' ') })));
  return {
    catalogue: (query) => search(index, query).map((i) => services[i].id),
    bot: (query) => bot.search(query, services.length).map((service) => service.id),
  };
}

test('every way of typing a word finds that word first, in the catalogue and in the bot', () => {
  const services = SAME_WORD.map(({ word }, i) => ({ id: `s${i}`, title: { mn: word } }));
  const { catalogue, bot } = searches(services);
  SAME_WORD.forEach(({ word, typed }, i) => {
    for (const query of [word, ...typed]) {
      assert.equal(catalogue(query)[0], `s${i}`, `catalogue: ${query} (${word})`);
      assert.equal(bot(query)[0], `s${i}`, `bot: ${query} (${word})`);
    }
  });
});

test('the bot answers with the service the catalogue lists first', () => {
  const { catalogue, bot } = searches(SAMPLE_SERVICES);
  const queries = [
    'pasport',
    'паспорт',
    'gadaad pasport',
    'unemleh',
    'ünemlekh',
    'irgenii unemleh',
    'tatvar',
    'tetgever',
    'tetgewer',
    'jolooch',
    'zholooch',
    'hayag',
    'khayag',
    'gerlelt',
    'даатгал',
    'daatgal',
    'tursun',
    'torson',
    'mashin',
    'yal',
  ];
  for (const query of queries) {
    const first = catalogue(query)[0];
    assert.ok(first, `the catalogue finds something for ${query}`);
    assert.equal(bot(query)[0], first, query);
  }
});
