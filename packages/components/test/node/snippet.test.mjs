// The <head> snippet as the package ships it: the file a site inlines has exactly the hash the
// package publishes for its Content-Security-Policy, and both resolve by their package names.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';

const require = createRequire(import.meta.url);

test('the snippet file hashes to the published CSP hash, byte for byte', () => {
  const code = readFileSync(require.resolve('@ger/components/preferences-snippet.js'), 'utf8');
  const published = JSON.parse(readFileSync(require.resolve('@ger/components/preferences-snippet.json'), 'utf8'));
  assert.equal(code, published.code);
  assert.equal(`'sha256-${createHash('sha256').update(code).digest('base64')}'`, published.csp);
  assert.equal(code.length, published.bytes);
});
