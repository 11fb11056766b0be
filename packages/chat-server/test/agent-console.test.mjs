// The agent console, as an agent uses it: sign in, see the queue, open a conversation, answer
// with the keyboard. Checked with axe (WCAG 2.2 AA) in each theme, in Chromium.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../../scripts/find-browser.mjs';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, quietLogger, rawClient } from './helpers.mjs';

const bundle = fileURLToPath(new URL('../../components/dist/cdn/ger.min.js', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('agent console (Chromium)', { skip: !existsSync(bundle) && 'run npm run build first' }, () => {
  let browser;
  let server;
  before(async () => {
    const { chromium } = await import('playwright');
    browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true });
    server = await createChatServer({ logger: quietLogger() });
    await addTestAgent(server, { name: 'Сараа', password: 'agent-secret-password' });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an agent signs in, opens a waiting conversation and answers it with the keyboard', { timeout: 30_000 }, async () => {
    // Axe is injected as a script: the page's Content-Security-Policy would (rightly) refuse it.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/agent`);
    await page.locator('#agent-name').fill('Сараа');
    await page.locator('#agent-password').fill('agent-secret-password');
    await page.locator('#agent-password').press('Enter');
    await page.locator('#console:not([hidden])').waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('#agent-password').inputValue(), '', 'the password is not kept in the page');
    // A reload (or a dropped connection) signs in again with the session, not the password.
    await page.reload();
    await page.locator('#console:not([hidden])').waitFor({ timeout: 15_000 });

    const user = await rawClient(server.url, { origin: server.origin, hello: { name: 'Бат', topic: 'Татвар', lang: 'mn' } });
    user.send({ type: 'send', id: 'q1', text: 'Татварын лавлагаа яаж авах вэ?' });
    await user.next('ack');
    const entry = page.locator('#queue button', { hasText: 'Бат — Татвар' });
    await entry.waitFor();
    await entry.focus();
    await page.keyboard.press('Enter');
    await page.locator('#messages li', { hasText: 'Татварын лавлагаа яаж авах вэ?' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'reply-text');
    assert.equal((await user.next('delivered')).upTo, 1);

    await page.keyboard.type('Лавлагааг e-Mongolia-аас авна.');
    await page.keyboard.press('Enter');
    const answer = await user.next((f) => f.type === 'message' && f.from === 'agent');
    assert.equal(answer.text, 'Лавлагааг e-Mongolia-аас авна.');
    assert.equal(answer.agent, 'Сараа');

    for (const theme of ['light', 'night', 'contrast']) {
      await page.evaluate((t) => document.documentElement.setAttribute('data-ger-theme', t), theme);
      await page.waitForTimeout(400); // colour transitions finish before axe measures contrast
      assert.deepEqual(await axeViolations(page), [], `axe in ${theme}`);
    }
    assert.deepEqual(errors, []);
    user.close();
    await context.close();
  });

  test('a long history is shown and acknowledged without spending the connection rate limit', { timeout: 30_000 }, async () => {
    const user = await rawClient(server.url, { origin: server.origin, hello: { name: 'Дорж', lang: 'mn' } });
    user.send({ type: 'send', id: 'long-0', text: 'message 0' });
    await user.next('ack');
    const { id } = await server.store.findByToken(user.welcome.token);
    for (let i = 1; i < 200; i += 1) await server.store.append(id, { id: `long-${i}`, from: 'user', text: `message ${i}` });

    const page = await browser.newPage();
    await page.goto(`${server.origin}/agent`);
    await page.locator('#agent-name').fill('Сараа');
    await page.locator('#agent-password').fill('agent-secret-password');
    await page.locator('#agent-password').press('Enter');
    await page.locator('#queue button', { hasText: 'Дорж' }).click();
    await page.locator('#messages li', { hasText: 'message 199' }).waitFor();
    // A receipt for what is shown, not one per message: nothing was refused, and the user hears
    // that everything arrived (the bot's answer to the first message is in there too).
    const { last_seq: last } = await server.store.findById(id);
    await user.next((f) => f.type === 'delivered' && f.upTo === last, 5000);
    const agents = server.sockets().filter((socket) => socket.state.agent);
    assert.equal(agents.length, 1);
    assert.equal(agents[0].state.dropped, 0, 'agent frames refused by the rate limit');
    user.close();
    await page.close();
  });

  test('a wrong password is refused with a message, and the sign-in form stays', { timeout: 20_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/agent?lang=en`);
    await page.locator('#agent-name').fill('Сараа');
    await page.locator('#agent-password').fill('guess-guess-guess');
    await page.locator('#agent-password').press('Enter');
    await page.locator('ger-notification-banner', { hasText: 'Could not sign in' }).waitFor();
    assert.equal(await page.locator('#signin').isVisible(), true);
    assert.equal(await page.locator('#console').isVisible(), false);
    await page.close();
  });
});
