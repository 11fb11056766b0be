// The widget as a citizen gets it: Ger's CDN bundle on a plain HTML page (served by the chat
// server), in Chromium, and a real page reload in the middle of sending.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../../scripts/find-browser.mjs';
import { createChatServer } from '../src/server.mjs';
import { quietLogger, until } from './helpers.mjs';

const bundle = fileURLToPath(new URL('../../components/dist/cdn/ger.min.js', import.meta.url));
const tokens = fileURLToPath(new URL('../../tokens/dist/css/ger.css', import.meta.url));

/** An agency's plain page on its own origin: one stylesheet, one script, one element. */
function pageServer(chatUrl) {
  const page = `<!doctype html><html lang="mn"><head><meta charset="utf-8"><title>Агентлаг</title>
<link rel="stylesheet" href="/ger.css"><script type="module" src="/ger.min.js"></script></head>
<body><main><h1>Үйлчилгээ</h1></main><ger-live-chat server="${chatUrl}" prechat></ger-live-chat></body></html>`;
  const files = { '/': ['text/html', page], '/ger.min.js': ['text/javascript', readFileSync(bundle)], '/ger.css': ['text/css', readFileSync(tokens)] };
  const http = createServer((request, response) => {
    const file = files[request.url] ?? ['text/plain', 'not found'];
    response.writeHead(files[request.url] ? 200 : 404, { 'content-type': file[0] }).end(file[1]);
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

describe('the widget on a plain page (CDN bundle, Chromium)', { skip: !existsSync(bundle) && 'run npm run build first' }, () => {
  let browser;
  let server;
  let port;
  let pages;
  let pageUrl;
  const origins = [];
  const dbPath = join(mkdtempSync(join(tmpdir(), 'ger-chat-')), 'chat.db');
  const userMessages = async () => {
    const [conversation] = await server.store.recentConversations(1);
    return conversation ? (await server.store.messagesAfter(conversation.id, 0)).filter((m) => m.from === 'user') : [];
  };

  before(async () => {
    const { chromium } = await import('playwright');
    browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true });
    server = await createChatServer({ dbPath, logger: quietLogger(), allowedOrigins: origins });
    port = server.port;
    pages = await pageServer(server.url);
    pageUrl = `http://127.0.0.1:${pages.address().port}`;
    origins.push(pageUrl);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    pages?.close();
  });

  test('a message sent just before a reload is delivered once, and the page shows it once', { timeout: 30_000 }, async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pageUrl);
    const chat = page.locator('ger-live-chat');
    await chat.locator('.launcher').click();
    // Pre-chat form on the demo page: start without details.
    await chat.locator('form.prechat button[type="submit"]').click();
    await chat.locator('#draft').fill('first message');
    await chat.locator('#draft').press('Enter');
    await until(async () => (await userMessages()).length === 1, 5000, 'the first message');

    // The server goes away (as on a bad connection); the user sends and reloads at once.
    await server.close();
    await chat.locator('#draft').fill('sent just before the reload');
    await chat.locator('#draft').press('Enter');
    await page.reload();
    server = await createChatServer({ dbPath, port, logger: quietLogger(), allowedOrigins: origins });
    await until(async () => (await userMessages()).length === 2, 15_000, 'the message after the reload');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      (await userMessages()).map((m) => m.text),
      ['first message', 'sent just before the reload'],
    );

    // And once more without a server outage: send and reload in the same instant.
    await page.locator('ger-live-chat .launcher').click();
    await page.evaluate(() => {
      const root = document.querySelector('ger-live-chat').shadowRoot;
      root.querySelector('#draft').value = 'racing the reload';
      root.querySelector('form.composer').requestSubmit();
      location.reload();
    });
    await until(async () => (await userMessages()).length === 3, 15_000, 'the raced message');
    await page.waitForLoadState();
    await page.locator('ger-live-chat .launcher').click();
    await until(async () => (await page.locator('ger-live-chat li.own').count()) === 3, 10_000, 'the page to show three messages');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(
      (await userMessages()).map((m) => m.text),
      ['first message', 'sent just before the reload', 'racing the reload'],
    );
    assert.deepEqual(await page.locator('ger-live-chat li.own .text').allTextContents(), ['first message', 'sent just before the reload', 'racing the reload']);
    assert.deepEqual(errors, []);
  });
});
