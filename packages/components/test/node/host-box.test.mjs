// Hosts are boxes, checked the way a new user and a test tool meet them: Ger's CDN bundle on a
// plain page in Chromium, driven by Playwright through locators on the host elements.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../../../scripts/find-browser.mjs';

const bundle = fileURLToPath(new URL('../../dist/cdn/ger.min.js', import.meta.url));
const tokens = fileURLToPath(new URL('../../../tokens/dist/css/ger.css', import.meta.url));

/** A long page with a button far below the fold; a click on it is written into the page. */
const PAGE = `<!doctype html><html lang="mn"><head><meta charset="utf-8"><title>Өргөдөл</title>
<link rel="stylesheet" href="/ger.css"><script type="module" src="/ger.min.js"></script></head>
<body><main><h1>Өргөдөл</h1><p style="block-size: 3000px">Урт текст</p>
<ger-button id="send" variant="primary" style="margin-block-start: 40px">Илгээх</ger-button>
<output id="clicked"></output></main>
<script>document.getElementById('send').addEventListener('click', () => { document.getElementById('clicked').value = 'clicked'; });</script>
</body></html>`;

/** Serves `html` with the CDN bundle and tokens on 127.0.0.1 and opens it in Chromium once `tag` is defined. */
async function openPage(html, tag) {
  const files = { '/': ['text/html', html], '/ger.min.js': ['text/javascript', readFileSync(bundle)], '/ger.css': ['text/css', readFileSync(tokens)] };
  const server = createServer((request, response) => {
    const file = files[request.url];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' }).end(file?.[1] ?? 'not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { chromium } = await import('playwright');
  const browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true });
  const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction((name) => customElements.get(name) !== undefined, tag);
  return { browser, server, page };
}

describe('ger-button below the fold, by its host (CDN bundle, Playwright, Chromium)', { skip: !existsSync(bundle) && 'run npm run build first' }, () => {
  let browser;
  let server;
  let page;

  before(async () => {
    ({ browser, server, page } = await openPage(PAGE, 'ger-button'));
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('the host has a box that takes the author margin', async () => {
    const host = page.locator('ger-button#send');
    const box = await host.boundingBox();
    assert.ok(box && box.width >= 44 && box.height >= 44, `host box ${JSON.stringify(box)}`);
    const gap = await host.evaluate((element) => element.getBoundingClientRect().top - element.previousElementSibling.getBoundingClientRect().bottom);
    assert.ok(gap >= 40, `the author's 40px top margin applies: ${gap}px`);
  });

  test('scrollIntoView on the host brings the button into view', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('ger-button#send').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const top = await page.locator('ger-button#send').evaluate((element) => element.getBoundingClientRect().top);
    assert.ok(top > 0 && top < 600, `host top after scrollIntoView: ${top}`);
  });

  test('a click by the host locator scrolls to the button and clicks it', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('ger-button#send').click({ timeout: 5000 });
    assert.equal(
      await page
        .locator('#clicked')
        .inputValue()
        .catch(() => page.locator('#clicked').textContent()),
      'clicked',
    );
    // The click reached the native button inside (it took focus), not only the host.
    assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.localName), 'button');
  });
});

/** A page with the live chat and nothing else to talk to: the panel opens without a server. */
const CHAT_PAGE = `<!doctype html><html lang="mn"><head><meta charset="utf-8"><title>Тусламж</title>
<link rel="stylesheet" href="/ger.css"><script type="module" src="/ger.min.js"></script></head>
<body><main><h1>Тусламж</h1><p style="block-size: 3000px">Урт текст</p></main>
<ger-live-chat id="chat"></ger-live-chat></body></html>`;

describe(
  'ger-live-chat floating over the page, by its host (CDN bundle, Playwright, Chromium)',
  { skip: !existsSync(bundle) && 'run npm run build first' },
  () => {
    let browser;
    let server;
    let page;

    before(async () => {
      ({ browser, server, page } = await openPage(CHAT_PAGE, 'ger-live-chat'));
    });

    after(async () => {
      await browser?.close();
      server?.close();
    });

    test('the host is the floating box, at the inline-end, block-end corner', async () => {
      const box = await page.locator('ger-live-chat#chat').boundingBox();
      assert.ok(box && box.width >= 44 && box.height >= 44, `host box ${JSON.stringify(box)}`);
      assert.ok(box.x + box.width > 800 - 40 && box.y + box.height > 600 - 40, `in the bottom right corner: ${JSON.stringify(box)}`);
    });

    test('a click by the host locator opens the chat', async () => {
      await page.locator('ger-live-chat#chat').click({ timeout: 5000 });
      await page.waitForFunction(() => document.getElementById('chat').open === true, null, { timeout: 5000 });
      const expanded = await page
        .locator('ger-live-chat#chat')
        .evaluate((element) => element.shadowRoot.querySelector('[part="launcher"]').getAttribute('aria-expanded'));
      assert.equal(expanded, 'true');
      // The panel is inside the host's box, above the launcher.
      const host = await page.locator('ger-live-chat#chat').boundingBox();
      const panel = await page.locator('ger-live-chat#chat').evaluate((element) => {
        const { top, height } = element.shadowRoot.querySelector('[part="panel"]').getBoundingClientRect();
        return { top, height };
      });
      assert.ok(panel.height > 100 && panel.top >= host.y - 1, `panel ${JSON.stringify(panel)} inside host ${JSON.stringify(host)}`);
    });
  },
);
