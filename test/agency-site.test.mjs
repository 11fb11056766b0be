// The agency site follows Ger's own advice for display settings: the head snippet, as the build
// writes it, before the stylesheets, so a reader who enlarged the text or chose the night theme
// sees it from the first paint, not after the scripts have come (on a slow link, seconds later).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const site = new URL('../examples/agency-site/', import.meta.url);
const snippet = new URL('../packages/components/dist/preferences-snippet.json', import.meta.url);

for (const page of readdirSync(site).filter((file) => file.endsWith('.html'))) {
  test(`${page} applies the reader's display settings before the first paint, with the snippet as built`, () => {
    const { code } = JSON.parse(readFileSync(snippet, 'utf8'));
    const html = readFileSync(new URL(page, site), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const inline = /<script>([\s\S]*?)<\/script>/.exec(head);
    assert.ok(inline, 'an inline script in <head>');
    assert.equal(inline[1], code, 'the snippet of this build of @ger/components (node scripts/agency-site-snippet.mjs writes it in)');
    assert.ok(inline.index < head.indexOf('<link rel="stylesheet"'), 'before the stylesheets');
    assert.ok(html.indexOf('<meta charset') < 1024, 'the character set is still declared in the first 1024 bytes');
  });
}

// A citizen searches the catalogue, opens a service and comes Back: the search and filters are in
// the URL (`sync-url`), so they are still there, not an emptied field and every service again.
test('index.html keeps the catalogue search in the URL, so Back from a service finds it again', () => {
  const html = readFileSync(new URL('index.html', site), 'utf8');
  assert.match(html, /<ger-service-catalog\b[^>]*\ssync-url[\s>]/, 'the catalogue has sync-url');
});
