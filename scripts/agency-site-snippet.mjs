#!/usr/bin/env node
// Writes the display settings' head snippet, as `npm run build` made it, into every page of the
// agency site (test/agency-site.test.mjs fails while a page holds another). After a change to the
// preferences code: `npm run build`, then `node scripts/agency-site-snippet.mjs`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const site = new URL('../examples/agency-site/', import.meta.url);
const { code } = JSON.parse(readFileSync(new URL('../packages/components/dist/preferences-snippet.json', import.meta.url), 'utf8'));
const snippet = /(<!-- prettier-ignore -->\s*<script>)[\s\S]*?(<\/script>)/;

for (const page of readdirSync(site).filter((file) => file.endsWith('.html'))) {
  const html = readFileSync(new URL(page, site), 'utf8');
  if (!snippet.test(html)) throw new Error(`${page}: no snippet to replace (an inline <script> after <!-- prettier-ignore -->)`);
  writeFileSync(
    new URL(page, site),
    html.replace(snippet, (_all, start, end) => `${start}${code}${end}`),
  );
}
