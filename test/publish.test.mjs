// Every public package as it would be published: publint and Are the Types Wrong? find nothing,
// and the tarball holds what a user needs (its package.json `files`), no sources or tests.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { packAll, root } from '../scripts/pack.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'ger-publish-'));
let packs = [];
before(() => (packs = packAll(scratch)));
after(() => rmSync(scratch, { recursive: true, force: true }));

test('the public packages are packed', () => {
  assert.deepEqual(packs.map((p) => p.name).sort(), ['@ger/components', '@ger/react', '@ger/text-fold', '@ger/tokens']);
});

test('publint: no error, warning or suggestion', async () => {
  for (const pack of packs) {
    const pkg = JSON.parse(readFileSync(join(pack.dir, 'package.json'), 'utf8'));
    // publint packs the package itself (with npm), so it sees the files the tarball holds.
    const { messages } = await publint({ pkgDir: pack.dir, level: 'suggestion', strict: true });
    assert.deepEqual(
      messages.map((message) => formatMessage(message, pkg)),
      [],
      pack.name,
    );
  }
});

test('Are the Types Wrong?: every entry point resolves with its types (ESM only; stylesheets are not modules)', () => {
  const attw = join(root, 'node_modules', '.bin', 'attw');
  for (const pack of packs) {
    const pkg = JSON.parse(readFileSync(join(pack.dir, 'package.json'), 'utf8'));
    const stylesheets = Object.keys(pkg.exports ?? {}).filter((entry) => entry.endsWith('.css'));
    const args = [pack.tarball, '--profile', 'esm-only', '--format', 'json', ...(stylesheets.length ? ['--exclude-entrypoints', ...stylesheets] : [])];
    let output;
    try {
      output = execFileSync(attw, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = error.stdout;
    }
    const problems = (JSON.parse(output).analysis?.problems ?? []).filter((p) => !['node10', 'node16-cjs'].includes(p.resolutionKind));
    assert.deepEqual(problems, [], pack.name);
  }
});

test('the tarballs hold what a user needs, and no sources, tests or build scripts', () => {
  for (const pack of packs) {
    const extra = pack.files.filter((file) => /(^|\/)(src|test|scripts|tmp)\/|\.test\.|\.stories\.|tsbuildinfo/.test(file));
    assert.deepEqual(extra, [], pack.name);
    assert.ok(pack.files.includes('package.json'));
    // The registry's page shows the README; the licence goes with the code.
    for (const file of ['README.md', 'LICENSE']) assert.ok(pack.files.includes(file), `${pack.name}: ${file}`);
  }
  const components = packs.find((p) => p.name === '@ger/components').files;
  for (const file of [
    'dist/index.js',
    'dist/button.js',
    'dist/cdn/ger.min.js',
    'dist/cdn/autoloader.js',
    'dist/custom-elements.json',
    'dist/web-types.json',
    'dist/types/vue.d.ts',
  ]) {
    assert.ok(components.includes(file), file);
  }
  assert.ok(packs.find((p) => p.name === '@ger/react').files.includes('dist/index.d.ts'));
});
