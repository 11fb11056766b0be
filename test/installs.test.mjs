// Tested installs: every public package is packed (`npm pack`), and each example app under
// examples/ is copied to a scratch folder, installed from those tarballs (never through the
// workspace links), built with its own build, served, and used in Chromium: elements upgraded,
// a form filled and submitted, the framework's own handler reading the values, no console error.
/* global document, customElements, window -- in the functions that run in the page */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
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

/** A 1×1 PNG: a photo to choose in the React example. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
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

/** Copies an example, installs it from the tarballs and runs its own build steps; returns its folder. */
function installApp(name, build) {
  const dir = copyApp(name);
  run(dir, 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error']);
  assert.ok(!existsSync(join(dir, 'node_modules', '@ger', 'components', 'src')), 'installed from the tarball, not linked to the workspace');
  for (const [command, ...args] of build) run(dir, command, args);
  return dir;
}

/** Opens `url` in a new page, runs `check` on it, and fails on any console error. */
async function checkPage(url, check) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    // The browser's own request for /favicon.ico (none of these apps has one) is no error of the page's;
    // whether Chromium makes it before the page closes is a matter of timing.
    const { url: source = '' } = message.location();
    if (message.type() === 'error' && !source.endsWith('/favicon.ico')) errors.push(`${message.text()} ${source}`.trim());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(url);
    await check(page);
    assert.deepEqual(errors, [], url);
  } finally {
    await page.close();
  }
}

/** Installs, builds and serves an example; runs `check` on its page; fails on any console error. */
async function checkApp(name, build, check) {
  const site = await serve(join(installApp(name, build), 'dist'));
  try {
    await checkPage(site.url, check);
  } finally {
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
    // The server refuses the name: its error shows in the field and the form is not sent.
    await page.getByRole('textbox', { name: 'Овог нэр' }).fill('Батбаяр2');
    await page.locator('ger-radio', { hasText: 'Үйлчилгээний төвөөс' }).click();
    await page.getByRole('button', { name: 'Илгээх' }).click();
    await page.getByText('Овог нэрэнд тоо бичихгүй').waitFor({ timeout: 5000 });
    // Changed, the error goes; the same answer to the next name shows again.
    await page.getByRole('textbox', { name: 'Овог нэр' }).fill('Батбаяр3');
    await page.getByText('Овог нэрэнд тоо бичихгүй').waitFor({ state: 'detached', timeout: 5000 });
    await page.getByRole('button', { name: 'Илгээх' }).click();
    await page.getByText('Овог нэрэнд тоо бичихгүй').waitFor({ timeout: 5000 });
    // A field React rendered once with a value keeps what the user typed while React renders again
    // (each key in the name, the radio's onChange): the wrapper writes only props that changed.
    await page.getByRole('textbox', { name: 'Утасны дугаар' }).fill('88001122');
    // The same for a photo chosen in place of the one restored from the profile (\`jsonValue\`).
    await page.getByText('zurag-2025.jpg').first().waitFor({ timeout: 5000 });
    await page.locator('ger-file-upload input[type=file]').setInputFiles({ name: 'shine-zurag.png', mimeType: 'image/png', buffer: PNG });
    await page.getByText('shine-zurag.png').first().waitFor({ timeout: 5000 });
    // Corrected and left, the error goes (the message's room closes before the next click), and
    // stays gone while React renders again.
    await page.getByRole('textbox', { name: 'Овог нэр' }).fill('Батбаяр');
    await page.keyboard.press('Tab');
    await page.getByText('Овог нэрэнд тоо бичихгүй').waitFor({ state: 'detached', timeout: 5000 });
    await page.locator('ger-radio', { hasText: 'Шуудангаар хүргүүлнэ' }).click();
    await page.getByRole('button', { name: 'Илгээх' }).click();
    // React's own handlers kept the values (onInput, onChange) and its submit handler read them.
    assert.equal(await page.locator('#sent').textContent({ timeout: 5000 }), 'Батбаяр: post');
    assert.equal(await page.getByText('Овог нэрэнд тоо бичихгүй').count(), 0);
    assert.equal(await page.locator('#sent-phone').textContent(), '88001122');
    assert.equal(await page.locator('#sent-photo').textContent(), 'shine-zurag.png');
    // The phone is uncontrolled (\`defaultValue\`): a form reset puts the profile's number back.
    await page.locator('form').evaluate((form) => form.reset());
    await page.waitForFunction(() => document.querySelector('ger-text-field[name="phone"]').shadowRoot.querySelector('input').value === '99112233', null, {
      timeout: 5000,
    });
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

/** A free port on 127.0.0.1, for a server that cannot be given port 0 and tell which it took. */
function freePort() {
  const probe = createServer();
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    }),
  );
}

/** Starts `next start` in a built app; resolves to its URL and a close function once it answers. */
async function nextStart(dir) {
  const port = await freePort();
  const server = spawn('node', ['node_modules/next/dist/bin/next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; ; tries++) {
    const up = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (up) break;
    if (tries > 300 || server.exitCode !== null) throw new Error(`next start did not answer on ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, close: () => server.kill() };
}

test('examples/next: Next.js + @ger/react, server-rendered by @lit-labs/nextjs and hydrated, from the packed packages', async () => {
  const started = Date.now();
  const dir = installApp('next', [['node', 'node_modules/next/dist/bin/next', 'build']]);
  const site = await nextStart(dir);
  try {
    // The server's HTML carries each field's shadow root as declarative shadow DOM.
    const served = await (await fetch(site.url)).text();
    assert.match(served, /<ger-text-field[^>]*>\s*<template shadowroot(mode)?="open"/);
    // Without JavaScript the form is already there: its label and its text box come from the server.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(site.url);
    await bare.getByRole('textbox', { name: 'Овог нэр' }).waitFor();
    await context.close();
    await checkPage(site.url, async (page) => {
      await expectUpgraded(page, ['ger-text-field', 'ger-radio-group', 'ger-radio', 'ger-button']);
      // Hydrated, not rendered twice: one text box in the field's shadow root.
      assert.equal(await page.locator('ger-text-field').evaluate((field) => field.shadowRoot.querySelectorAll('input').length), 1);
      await fillAndSubmit(page);
      // React's own handlers kept the values and its submit handler read them.
      assert.equal(await page.locator('#sent').textContent({ timeout: 5000 }), 'Батбаяр: post');
      // React hears the banner's ger-dismiss and removes it.
      await page.locator('ger-notification-banner').getByRole('button').click();
      await page.locator('#sent').waitFor({ state: 'detached', timeout: 5000 });
    });
  } finally {
    site.close();
  }
  console.log(`examples/next: installed, built and checked in ${((Date.now() - started) / 1000).toFixed(0)} s`);
});

/** The ger-* elements not yet defined and rendered, in the page or in the shadow roots Ger renders. */
function notUpgradedGerElements() {
  const walk = (root) =>
    [...root.querySelectorAll('*')].flatMap((e) => [
      ...(e.localName.startsWith('ger-') && !(customElements.get(e.localName) && e.shadowRoot) ? [e.localName] : []),
      ...(e.shadowRoot ? walk(e.shadowRoot) : []),
    ]);
  return walk(document);
}

/** Waits until every ger-* element (a header's display settings too) is defined and rendered. */
async function expectAllDefined(page) {
  const settled = await page.waitForFunction(`(${notUpgradedGerElements})().length === 0`, undefined, { timeout: 10_000 }).catch(() => false);
  if (!settled) assert.deepEqual(await page.evaluate(`(${notUpgradedGerElements})()`), [], page.url());
}

test('examples/agency-site: plain HTML pages with the CDN autoloader, from the packed packages', async () => {
  const site = await serve(installApp('agency-site', []));
  try {
    await checkPage(`${site.url}index.html`, async (page) => {
      await expectAllDefined(page);
      // The catalogue fetched its services and rendered their cards.
      await page.getByRole('link', { name: 'Гадаад паспорт захиалах' }).first().waitFor();
      // A search survives opening a service and coming Back (the catalogue keeps it in the URL).
      const search = page.getByRole('searchbox', { name: 'Үйлчилгээ хайх' });
      await search.fill('pasport');
      await page.waitForURL(/[?&]q=pasport/);
      await page.getByRole('link', { name: 'Гадаад паспорт захиалах' }).first().click();
      await page.waitForURL(/service\.html/);
      await page.goBack();
      await page.waitForFunction(() => document.querySelector('ger-service-catalog')?.shadowRoot?.querySelector('input')?.value === 'pasport');
      // The display settings that the header renders were loaded through its shadow root.
      await page.getByRole('button', { name: 'Дэлгэцийн тохиргоо' }).waitFor();
      // The language switch changes the page in place, and site.js relabels the menu.
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await page.getByRole('link', { name: 'Track a request' }).waitFor();
    });
    await checkPage(`${site.url}service.html`, expectAllDefined);
    await checkPage(`${site.url}passport.html?lang=mn`, async (page) => {
      await expectAllDefined(page);
      const surname = page.getByRole('textbox', { name: 'Эцэг/эхийн нэр' });
      await surname.fill('Батбаяр');
      assert.equal(await page.locator('ger-text-field[name="surname"]').evaluate((field) => field.value), 'Батбаяр');
    });
    await checkPage(`${site.url}track.html`, async (page) => {
      await expectAllDefined(page);
      await page.getByRole('textbox').first().fill('па-2026-004817');
      await page.getByRole('button', { name: 'Явцыг харах' }).click();
      await page.locator('ger-status-tracker').getByText('ПА-2026-004817').first().waitFor();
    });
    await checkPage(`${site.url}contact.html`, async (page) => {
      await expectAllDefined(page);
      // The page names no chat server: the chat offers the hotline and opening hours, and no box
      // to type a message that could go nowhere.
      await page.getByRole('button', { name: 'Тусламж' }).click();
      const chat = page.getByRole('dialog', { name: 'Шууд тусламж' });
      await chat.getByRole('link', { name: '1111' }).waitFor();
      await chat.getByText('Даваа–Баасан, 09:00–18:00').waitFor();
      assert.equal(await chat.getByRole('textbox').count(), 0);
    });
    // Reflow (WCAG 1.4.10): on a 320 px phone with the display settings' largest text and widest
    // spacing, no page scrolls sideways.
    for (const name of ['index', 'service', 'passport', 'track', 'contact']) {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      try {
        await page.addInitScript(() =>
          localStorage.setItem('ger:display-preferences', JSON.stringify({ version: 1, preferences: { textSize: 200, textSpacing: 'wide' } })),
        );
        await page.goto(`${site.url}${name}.html`);
        await expectAllDefined(page);
        await page.waitForFunction(() => document.documentElement.dataset.gerTextSize === '200' && document.documentElement.dataset.gerTextSpacing === 'wide');
        // What sticks out: a box wider than the screen, or text wider than its box.
        const wide = await page.evaluate(() =>
          [...document.body.querySelectorAll('*')]
            .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 || element.scrollWidth > element.clientWidth + 1)
            .map((element) => `<${element.localName}> ${element.textContent.trim().slice(0, 40)}`)
            .slice(0, 3),
        );
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.equal(width, 320, `${name}.html at 320 px with 200% text and the widest spacing is ${width} px wide: ${wide.join('; ')}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    site.close();
  }
});
