// The agent console, as an agent uses it: sign in, see the queue, open a conversation, answer
// with the keyboard. Checked with axe (WCAG 2.2 AA) in each theme, in Chromium.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { findBrowser } from '../../../scripts/find-browser.mjs';
import { createChatServer } from '../src/server.mjs';
import { addTestAgent, quietLogger, rawClient, until, waitingUser } from './helpers.mjs';

const bundle = fileURLToPath(new URL('../../components/dist/cdn/ger.min.js', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A session for `credentials`: pages and clients sign in with it (a password costs a scrypt each time). */
async function sessionOf(server, credentials) {
  const agent = await rawClient(server.agentUrl, { origin: server.origin });
  agent.send({ type: 'agent-hello', ...credentials });
  const { session } = await agent.next('agent-welcome', 15_000);
  agent.close();
  return session;
}

/** A console page in `lang`, signed in with `session` as if from earlier in the tab. */
async function consolePage(browser, server, session, lang = 'mn') {
  const page = await browser.newPage();
  await page.addInitScript((saved) => sessionStorage.setItem('ger:agent-session', saved), session);
  await page.goto(`${server.origin}/agent?lang=${lang}`);
  await page.locator('#console:not([hidden])').waitFor({ timeout: 15_000 });
  return page;
}

/** The server ends the console agent's connections (as a restart or a network fault would). */
const cutConsole = (server) =>
  server
    .sockets()
    .filter((s) => s.state.agent === 'Сараа')
    .forEach((s) => s.terminate());

/** Runs `during` while every connection the console makes is ended at once. */
async function whileCut(server, during) {
  const cutting = setInterval(() => cutConsole(server), 5);
  try {
    await during();
  } finally {
    clearInterval(cutting);
  }
}

describe('agent console (Chromium)', { skip: !existsSync(bundle) && 'run npm run build first' }, () => {
  let browser;
  let server;
  /** Sessions of the console's agent and of another agent. */
  let saraa;
  let bold;
  before(async () => {
    const { chromium } = await import('playwright');
    browser = await chromium.launch({ executablePath: findBrowser('chromium'), headless: true });
    server = await createChatServer({ logger: quietLogger() });
    await addTestAgent(server, { name: 'Сараа', password: 'agent-secret-password' });
    saraa = await sessionOf(server, { name: 'Сараа', password: 'agent-secret-password' });
    bold = await sessionOf(server, await addTestAgent(server, { name: 'Болд' }));
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
  test('a reply typed while the connection is down shows as sending and reaches the user once, after the reconnect', { timeout: 20_000 }, async () => {
    const { user, conversation } = await waitingUser(server, 'Оюун', 'Тэтгэвэр хэзээ нэмэгдэх вэ?', { origin: server.origin });
    const page = await consolePage(browser, server, saraa, 'en');
    await page.locator('#queue button', { hasText: 'Оюун' }).click();
    await page.locator('#messages li', { hasText: 'Тэтгэвэр хэзээ' }).waitFor();

    await whileCut(server, async () => {
      await page.locator('ger-notification-banner', { hasText: 'Connection lost' }).waitFor();
      // A screen reader hears it too: the warning banner is a region, announced by the status line.
      await page.getByRole('status').filter({ hasText: 'Connection lost' }).waitFor({ timeout: 2000 });
      await page.locator('#reply-text').fill('From January.');
      await page.locator('#reply-text').press('Enter');
      const sending = page.locator('#messages li.pending', { hasText: 'From January.' });
      assert.match(await sending.innerText(), /Sending…/, 'the reply says it is sending, in words');
      assert.equal(await page.locator('#reply-text').inputValue(), '');
    });
    const answer = await user.next((f) => f.type === 'message' && f.from === 'agent', 8000);
    assert.equal(answer.text, 'From January.');
    await page.locator('#messages li:not(.pending)', { hasText: 'From January.' }).waitFor();
    await new Promise((r) => setTimeout(r, 300)); // time for a second copy to show, were there one
    assert.equal(await page.locator('#messages li', { hasText: 'From January.' }).count(), 1, 'shown once');
    assert.equal(await page.locator('#messages li', { hasText: 'Sending…' }).count(), 0);
    assert.equal(user.frames.filter((f) => f.type === 'message' && f.from === 'agent').length, 0, 'the user got it once');
    const stored = (await server.store.messagesAfter(conversation, 0)).filter((m) => m.from === 'agent');
    assert.deepEqual(
      stored.map((m) => m.text),
      ['From January.'],
    );
    user.close();
    await page.close();
  });

  test(
    'after a reconnect the open conversation is opened again (new messages arrive, none twice), and a break taken meanwhile holds',
    { timeout: 20_000 },
    async () => {
      const { user, conversation } = await waitingUser(server, 'Туяа', 'Иргэний үнэмлэх', { origin: server.origin });
      const page = await consolePage(browser, server, saraa);
      await page.locator('#queue button', { hasText: 'Туяа' }).click();
      await page.locator('#messages li', { hasText: 'Иргэний үнэмлэх' }).waitFor();
      await whileCut(server, async () => {
        await page.locator('ger-notification-banner').waitFor();
        await page.locator('#status-toggle').click();
      });
      await page.locator('#notice ger-notification-banner').waitFor({ state: 'detached', timeout: 8000 });
      // The only agent is on a break: the user hears that no one is online.
      await until(() => user.frames.filter((f) => f.type === 'availability').at(-1)?.status === 'offline', 3000, 'the break to reach the server');
      assert.equal(await page.locator('#status-tag').innerText(), 'Завсарласан');
      user.send({ type: 'send', id: 'after-reconnect', text: 'Дахин холбогдсоны дараа' });
      await page.locator('#messages li', { hasText: 'Дахин холбогдсоны дараа' }).waitFor();
      const seqs = await page.locator('#messages li').evaluateAll((items) => items.map((li) => li.dataset.seq));
      const stored = await server.store.messagesAfter(conversation, 0);
      assert.deepEqual(
        seqs,
        stored.map((m) => String(m.seq)),
        'every stored message once, in order',
      );
      user.close();
      await page.close();
    },
  );

  test('a reload keeps the open conversation and a reply still sending: it reaches the user once', { timeout: 20_000 }, async () => {
    const { user, conversation } = await waitingUser(server, 'Энхээ', 'Хаягийн лавлагаа', { origin: server.origin });
    const page = await consolePage(browser, server, saraa, 'en');
    await page.locator('#queue button', { hasText: 'Энхээ' }).click();
    await page.locator('#messages li', { hasText: 'Хаягийн лавлагаа' }).waitFor();
    await whileCut(server, async () => {
      await page.locator('ger-notification-banner', { hasText: 'Connection lost' }).waitFor();
      await page.locator('#reply-text').fill('Kept over a reload.');
      await page.locator('#reply-text').press('Enter');
      await page.locator('#messages li.pending').waitFor();
      await page.reload();
    });
    await user.next((f) => f.type === 'message' && f.text === 'Kept over a reload.', 8000);
    await page.locator('#messages li:not(.pending)', { hasText: 'Kept over a reload.' }).waitFor();
    await page.locator('#messages li', { hasText: 'Хаягийн лавлагаа' }).waitFor();
    const seqs = await page.locator('#messages li').evaluateAll((items) => items.map((li) => li.dataset.seq));
    assert.deepEqual(
      seqs,
      (await server.store.messagesAfter(conversation, 0)).map((m) => String(m.seq)),
      'every stored message once, in order',
    );
    assert.equal(user.frames.filter((f) => f.type === 'message' && f.from === 'agent').length, 0, 'the user got it once');
    user.close();
    await page.close();
  });

  test('a reply over the length limit comes back into the field with the limit said', { timeout: 20_000 }, async () => {
    const { user } = await waitingUser(server, 'Ганаа', 'Урт хариулт', { origin: server.origin });
    const page = await consolePage(browser, server, saraa, 'en');
    await page.locator('#queue button', { hasText: 'Ганаа' }).click();
    await page.locator('#messages li', { hasText: 'Урт хариулт' }).waitFor();
    const text = 'Хариулт '.repeat(260).trim();
    await page.locator('#reply-text').fill(text);
    await page.locator('#reply-text').press('Enter');
    await page.locator('ger-notification-banner', { hasText: 'The reply is too long: 2000 characters at most.' }).waitFor();
    assert.equal(await page.locator('#reply-text').inputValue(), text, 'nothing typed is lost');
    assert.equal(await page.locator('#messages li.pending').count(), 0);
    assert.equal(await page.locator('#messages li.agent').count(), 0);
    user.close();
    await page.close();
  });

  test("opening a conversation another agent holds says so, in the page's language", { timeout: 20_000 }, async () => {
    const { user, conversation } = await waitingUser(server, 'Цэцэг', 'Газрын асуудал', { origin: server.origin });
    const other = await rawClient(server.agentUrl, { origin: server.origin });
    other.send({ type: 'agent-hello', session: bold });
    await other.next('agent-welcome', 15_000);
    other.send({ type: 'open', conversation });
    await other.next('history');
    const page = await consolePage(browser, server, saraa);
    await page.locator('#queue button', { hasText: 'Цэцэг' }).click();
    await page.locator('ger-notification-banner', { hasText: 'Энэ яриаг өөр ажилтан хариулж байна.' }).waitFor();
    assert.equal(await page.locator('#reply-form').isVisible(), false, 'no reply field for a conversation the agent cannot answer');
    assert.equal(await page.locator('#conversation-info').innerText(), 'Дарааллаас яриа сонгоно уу.');
    other.close();
    user.close();
    await page.close();
  });
  test('a reply to a conversation another agent took while the console was away comes back into the field', { timeout: 20_000 }, async () => {
    const { user, conversation } = await waitingUser(server, 'Номин', 'Жолооны үнэмлэх', { origin: server.origin });
    const other = await rawClient(server.agentUrl, { origin: server.origin });
    other.send({ type: 'agent-hello', session: bold });
    await other.next('agent-welcome', 15_000);
    const page = await consolePage(browser, server, saraa, 'en');
    await page.locator('#queue button', { hasText: 'Номин' }).click();
    await page.locator('#messages li', { hasText: 'Жолооны үнэмлэх' }).waitFor();
    // Kept short: each reconnect refused while the cut lasts doubles the console's wait.
    await whileCut(server, async () => {
      await page.locator('ger-notification-banner', { hasText: 'Connection lost' }).waitFor();
      other.send({ type: 'open', conversation });
      await other.next('history');
      await page.locator('#reply-text').fill('I will check.');
      await page.locator('#reply-text').press('Enter');
      await page.locator('#messages li.pending').waitFor();
    });
    await page
      .locator('ger-notification-banner', { hasText: 'Another agent is answering this conversation. Your reply was not sent' })
      .waitFor({ timeout: 10_000 });
    assert.equal(await page.locator('#reply-text').inputValue(), 'I will check.');
    assert.equal(await page.locator('#messages li.pending').count(), 0);
    assert.deepEqual(
      (await server.store.messagesAfter(conversation, 0)).filter((m) => m.from === 'agent'),
      [],
    );
    other.close();
    user.close();
    await page.close();
  });

  test('a reply the rate limit refuses is said, sent again a moment later and stored once', { timeout: 20_000 }, async () => {
    const { user, conversation } = await waitingUser(server, 'Болормаа', 'Хурдан', { origin: server.origin });
    const page = await consolePage(browser, server, saraa, 'en');
    await page.locator('#queue button', { hasText: 'Болормаа' }).click();
    await page.locator('#messages li', { hasText: 'Хурдан' }).waitFor();
    // The server refuses every frame of this console (as a spent token bucket does) until it has
    // refused the reply, then lets the real limiter decide again. Spending real tokens from the test
    // raced the refill on a loaded machine: a reply could slip through between two spends.
    const [agentSocket] = server.sockets().filter((s) => s.state.agent === 'Сараа');
    let replyRefused = false;
    const limiter = agentSocket.state.allow;
    agentSocket.state.allow = () => replyRefused && limiter();
    const sendFrame = agentSocket.send.bind(agentSocket);
    agentSocket.send = (data, ...rest) => {
      const frame = JSON.parse(data);
      if (frame.code === 'rate-limited' && frame.id) replyRefused = true;
      return sendFrame(data, ...rest);
    };
    await page.locator('#reply-text').fill('Once, a moment later.');
    await page.locator('#reply-text').press('Enter');
    await page.locator('ger-notification-banner', { hasText: 'Too many actions at once' }).waitFor();
    const answer = await user.next((f) => f.type === 'message' && f.from === 'agent', 8000);
    assert.equal(answer.text, 'Once, a moment later.');
    await page.locator('#messages li:not(.pending)', { hasText: 'Once, a moment later.' }).waitFor();
    await page.locator('#notice ger-notification-banner').waitFor({ state: 'detached' });
    assert.equal(user.frames.filter((f) => f.type === 'message' && f.from === 'agent').length, 0, 'the user got it once');
    assert.deepEqual(
      (await server.store.messagesAfter(conversation, 0)).filter((m) => m.from === 'agent').map((m) => m.text),
      ['Once, a moment later.'],
    );
    user.close();
    await page.close();
  });
});
