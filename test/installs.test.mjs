// Tested installs: every public package is packed (`npm pack`), and each example app under
// examples/ is copied to a scratch folder, installed from those tarballs (never through the
// workspace links), built with its own build, served, and used in Chromium: elements upgraded,
// a form filled and submitted, the framework's own handler reading the values, no console error.
/* global document, customElements -- in the functions that run in the page */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import { chromium } from 'playwright';
import { findBrowser } from '../scripts/find-browser.mjs';
import { packAll, root } from '../scripts/pack.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'ger-installs-'));
let tarballs = {};
let browser;
before(async () => {
  tarballs = Object.fromEntries(packAll(scratch).map((pack) => [pack.name, pack.tarball]));
  browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true });
});
after(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Copies examples/<name> and points its @ger/* dependencies (and theirs, by overrides) at the tarballs. */
function copyApp(name) {
  const dir = join(scratch, name);
  cpSync(join(root, 'examples', name), dir, { recursive: true, filter: (source) => !/(^|\/)(node_modules|dist)$/.test(source) });
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const fromTarballs = Object.fromEntries(Object.entries(tarballs).map(([packageName, tarball]) => [packageName, `file:${tarball}`]));
  for (const field of ['dependencies', 'devDependencies']) {
    for (const dependency of Object.keys(pkg[field] ?? {})) if (fromTarballs[dependency]) pkg[field][dependency] = fromTarballs[dependency];
  }
  pkg.overrides = { ...pkg.overrides, ...fromTarballs };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  return dir;
}

function run(dir, command, args) {
  execFileSync(command, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** Serves a built app's folder on 127.0.0.1; resolves to its URL and a close function. */
function serve(dir) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || path.endsWith('/')) file = join(dir, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() })),
  );
}

/** Installs, builds and serves an example; runs `check` on its page; fails on any console error. */
async function checkApp(name, build, check) {
  const dir = copyApp(name);
  run(dir, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
  assert.ok(!existsSync(join(dir, 'node_modules', '@ger', 'components', 'src')), 'installed from the tarball, not linked to the workspace');
  for (const [command, ...args] of build) run(dir, command, args);
  const site = await serve(join(dir, 'dist'));
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(site.url);
    await check(page);
    assert.deepEqual(errors, []);
  } finally {
    await page.close();
    site.close();
  }
}

/** Every ger-* element on the page is defined and has rendered its shadow root. */
async function expectUpgraded(page, tags) {
  await page.waitForFunction((names) => names.every((tag) => customElements.get(tag)), tags);
  const notUpgraded = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('ger-') && !e.shadowRoot?.childElementCount).map((e) => e.localName),
  );
  assert.deepEqual(notUpgraded, []);
}

/** Fills the shared passport pick-up form and submits it. */
async function fillAndSubmit(page) {
  await page.getByRole('textbox', { name: 'Овог нэр' }).fill('Батбаяр');
  // The radio's role lives in ElementInternals, which Playwright's role selectors do not read.
  await page.locator('ger-radio', { hasText: 'Шуудангаар хүргүүлнэ' }).click();
  await page.getByRole('button', { name: 'Илгээх' }).click();
}

test('examples/react: Vite + React 19 + @ger/react, from the packed packages', async () => {
  await checkApp('react', [['node', 'node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error']], async (page) => {
    await expectUpgraded(page, ['ger-text-field', 'ger-radio-group', 'ger-radio', 'ger-button']);
    await fillAndSubmit(page);
    // React's own handlers kept the values (onInput, onChange) and its submit handler read them.
    assert.equal(await page.locator('#sent').textContent({ timeout: 5000 }), 'Батбаяр: post');
  });
});

test('examples/vue: Vite + Vue 3, type-checked with vue-tsc against the Vue types, from the packed packages', async () => {
  const build = [
    ['node', 'node_modules/vue-tsc/bin/vue-tsc.js', '--noEmit'],
    ['node', 'node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
  ];
  await checkApp('vue', build, async (page) => {
    await expectUpgraded(page, ['ger-text-field', 'ger-radio-group', 'ger-radio', 'ger-button']);
    await fillAndSubmit(page);
    // Vue's own listeners (@input, @change) kept the values and its submit handler read them.
    assert.equal(await page.locator('#sent').textContent({ timeout: 5000 }), 'Батбаяр: post');
  });
});
