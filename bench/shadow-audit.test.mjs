// The hidden-part audit (bench/lib/shadow-audit.js) finds what it should and lets what has a reason:
// a probe element holds one of each case. Cheap: one page, no bundling.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchChromium, startServer } from './lib/harness.mjs';

const PROBE = `
<style>.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); }</style>
<slot></slot>
<p class="shown">Shown</p>
<span class="visually-hidden">Read by a screen reader</span>
<div style="display: contents"><p class="stale" hidden>An old message</p></div>
<p class="invisible" style="visibility: hidden">Keeps its room, shows nothing</p>
<slot name="icon"><span class="fallback">Default icon</span></slot>
<div role="status" hidden></div>
<dialog><p>In a closed dialog</p></dialog>
<button aria-expanded="false" aria-controls="panel">More</button><div id="panel" hidden><p>One</p><p>Two</p></div>
<details><summary>Summary</summary><div class="inside">Inside</div></details>
<select><option>One</option><option>Two</option></select>
<svg viewBox="0 0 24 24"><path d="M12 7v0" /></svg>
<template><p>Never shown</p></template>
<div class="allowed" hidden></div>
<x-inner></x-inner>`;

const PAGE = `<!doctype html><html lang="en"><body>
<x-probe><span slot="icon">Own icon</span></x-probe>
<div hidden><x-probe id="hidden-host"></x-probe></div>
<script type="module">
import { hiddenParts, shadowElements } from '/bench/lib/shadow-audit.js';
customElements.define('x-inner', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<b hidden>Hidden inside</b><i>Shown</i>'; }
});
customElements.define('x-probe', class extends HTMLElement {
  constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = ${JSON.stringify(PROBE)}; }
});
const allowances = { 'x-probe': { '.allowed': 'a reason' } };
window.audit = {
  parts: hiddenParts(document.querySelector('x-probe'), allowances),
  inHiddenHost: hiddenParts(document.querySelector('#hidden-host'), allowances),
  count: shadowElements(document.querySelector('x-probe')),
};
</script></body></html>`;

let browser;
let server;
let audit;
before(async () => {
  server = await startServer({ '/probe.html': PAGE });
  browser = await launchChromium();
  const page = await browser.newPage();
  await page.goto(`${server.url}/probe.html`);
  audit = await page.waitForFunction(() => window.audit).then((handle) => handle.jsonValue());
});
after(async () => {
  await browser?.close();
  server?.close();
});

const byPart = (part) => audit.parts.find((found) => found.part === part);

test('finds what a component renders but does not show, in nested shadow roots too', () => {
  const notAllowed = audit.parts.filter((part) => !part.reason).map((part) => `${part.owner} ${part.part}`);
  assert.deepEqual(notAllowed.sort(), ['x-inner b', 'x-probe p.invisible', 'x-probe p.stale', 'x-probe span.fallback']);
});

test('lets what is there for a reason, and counts what it holds', () => {
  assert.equal(byPart('div').reason, 'live region');
  assert.deepEqual([byPart('dialog').reason, byPart('dialog').elements], ['native dialog, closed', 2]);
  assert.deepEqual([byPart('div#panel').reason, byPart('div#panel').elements], ['collapsed panel or popup, opened in place', 3]);
  assert.equal(byPart('div.inside').reason, 'closed native details, opened in place');
  assert.deepEqual([byPart('div.allowed').reason, byPart('div.allowed').allowance], ['allowed: a reason', '.allowed']);
});

test('takes slots, display: contents, visually hidden text, options, SVG shapes and templates as shown', () => {
  const parts = audit.parts.map((part) => part.part);
  for (const shown of ['slot', 'p.shown', 'span.visually-hidden', 'option', 'path', 'template'])
    assert.ok(!parts.some((part) => part.startsWith(shown)), shown);
  assert.equal(audit.parts.length, 9);
});

test('finds nothing in a component the page itself hides', () => {
  assert.deepEqual(audit.inHiddenHost, []);
  assert.ok(audit.count > 20);
});
