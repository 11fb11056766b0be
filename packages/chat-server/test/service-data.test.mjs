// The bot answers from the project's full catalogue (@ger/service-data), as `npm start` runs it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { botReply } from '../src/bot.mjs';
import { loadCatalogue } from '../src/catalogue.mjs';

const catalogue = loadCatalogue(fileURLToPath(new URL('../../service-data/services.json', import.meta.url)));

test('the full catalogue loads: 1,448 services', () => {
  assert.equal(catalogue.size, 1448);
});

test('Latin-typed Mongolian finds the passport services, with their links', () => {
  const found = catalogue.search('gadaad pasport');
  assert.match(found[0].title.mn, /паспорт/);
  const reply = botReply(catalogue, 'pasport avah', 'mn');
  assert.match(JSON.stringify(reply), /https:\/\/e-mongolia\.mn\/services\/svc-\d{4}/);
});
