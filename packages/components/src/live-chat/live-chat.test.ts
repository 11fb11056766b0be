import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { conversationScript, FakeTransport } from '../../test/chat-fake-transport.js';
import { resetConditions, setDisplaySetting, setLang, setNarrowViewport } from '../../test/viewing-conditions.js';
import { composingEnter, composingEscape, itNeeds, press, pressWithShift } from '../../test/engine.js';
import { captureConsole, captureWarnings, deepActiveElement, findAccessibilityNode, settle } from '../../test/helpers.js';
import type { ChatEvent } from './chat-transport.js';
import type { GerLiveChat } from './live-chat.js';
import './live-chat.js';
import { chatStorageKey } from './outbox.js';
import { WebSocketTransport } from './websocket-transport.js';

const $ = <T extends Element = HTMLElement>(el: GerLiveChat, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: GerLiveChat, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const launcher = (el: GerLiveChat) => $<HTMLButtonElement>(el, '.launcher');
const draft = (el: GerLiveChat) => $<HTMLTextAreaElement>(el, '#draft');
const logText = (el: GerLiveChat) => $(el, '[role="log"]').textContent ?? '';
/** What the panel's status region says now: what a screen reader hears. */
const spoken = (el: GerLiveChat) => $(el, '[role="status"]').textContent ?? '';
const DROP_WORDS = 'Холболт тасарлаа. Таны мессежүүд хадгалагдсан бөгөөд холболт сэргэхэд илгээгдэнэ.';

/** Everything the status region says from now on, until `stop()`. */
function recordSpoken(el: GerLiveChat) {
  const said: string[] = [];
  const observer = new MutationObserver(() => said.push(spoken(el)));
  observer.observe($(el, '[role="status"]'), { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}
/** Compares by identity and names what has focus: chai printing two elements can stall the runner. */
function expectFocusOn(expected: Element | null) {
  const actual = deepActiveElement();
  const describe = (node: Element | null) =>
    node ? `<${node.localName}${node.id ? `#${node.id}` : ''} class="${node.getAttribute('class') ?? ''}">` : 'nothing';
  expect(actual === expected, `focus is on ${describe(actual)}, expected ${describe(expected)}`).to.be.true;
}

/** The panel's code has loaded (it is lazy) and the element has rendered it. */
const ready = async (el: GerLiveChat) => {
  await el.loadPanel();
  await settle(el);
};

async function chatWith(transport: FakeTransport, attrs: { open?: boolean; prechat?: boolean; attachments?: boolean } = {}) {
  const el = await fixture<GerLiveChat>(
    html`<ger-live-chat ?open=${attrs.open} ?prechat=${attrs.prechat} ?attachments=${attrs.attachments} .transport=${transport}></ger-live-chat>`,
  );
  await ready(el);
  return el;
}

/** An open chat, with a link on the page that the panel covers on a phone. */
async function openChatAbovePage() {
  const wrapper = await fixture(html`<div>
    <ger-live-chat open .transport=${new FakeTransport(conversationScript())}></ger-live-chat>
    <a id="beneath" href="#">info@1111.mn</a>
  </div>`);
  const el = wrapper.querySelector('ger-live-chat')!;
  await ready(el);
  return { el, beneath: wrapper.querySelector<HTMLElement>('#beneath')! };
}

/** A chat in conversation (one message sent) whose connection has just dropped. */
async function droppedChat() {
  const transport = new FakeTransport(conversationScript());
  const el = await chatWith(transport, { open: true });
  draft(el).value = 'Сайн байна уу';
  $<HTMLFormElement>(el, 'form.composer').requestSubmit();
  await settle(el);
  transport.emit({ type: 'connection', state: 'closed' });
  await settle(el);
  return { transport, el };
}

describe('ger-live-chat with a scripted transport', () => {
  beforeEach(() => localStorage.clear());
  afterEach(resetConditions);

  it('opens from the launcher (aria-expanded), focuses the composer, closes on Escape and returns focus', async () => {
    const el = await chatWith(new FakeTransport(conversationScript()));
    const button = launcher(el);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('panel');
    expect($(el, '#panel').hidden).to.be.true;
    button.focus();
    const opened = oneEvent(el, 'ger-toggle');
    await press('Enter');
    expect((await opened).detail).to.deep.equal({ open: true });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '#panel').hidden).to.be.false;
    expectFocusOn(draft(el));
    const closed = oneEvent(el, 'ger-toggle');
    await press('Escape');
    expect((await closed).detail).to.deep.equal({ open: false });
    await settle(el);
    expect($(el, '#panel').hidden).to.be.true;
    expectFocusOn(button);
  });

  it('stays open on the Escape that cancels an input method composition in the composer', async () => {
    const el = await chatWith(new FakeTransport(conversationScript()));
    launcher(el).click();
    await settle(el);
    expect(composingEscape(draft(el)), 'not cancelled').to.be.false;
    await settle(el);
    expect($(el, '#panel').hidden).to.be.false;
    await press('Escape');
    await settle(el);
    expect($(el, '#panel').hidden, 'a real Escape still closes').to.be.true;
  });

  it('is a non-modal dialog named by its heading, and Tab leaves it (no focus trap)', async () => {
    const wrapper = await fixture(html`<div>
      <ger-live-chat open .transport=${new FakeTransport(conversationScript())}></ger-live-chat>
      <button id="after">After</button>
    </div>`);
    const el = wrapper.querySelector('ger-live-chat')!;
    await ready(el);
    const panel = $(el, '#panel');
    expect(panel.getAttribute('role')).to.equal('dialog');
    expect(panel.hasAttribute('aria-modal')).to.be.false;
    expect($(el, '#' + panel.getAttribute('aria-labelledby')).textContent).to.equal('Шууд тусламж');
    // The icon buttons are named by their titles alone: an aria-label as well would be read again as a description.
    expect([...panel.querySelectorAll('.header button')].map((button) => [button.getAttribute('title'), button.hasAttribute('aria-label')])).to.deep.equal([
      ['Яриаг татаж авах', false],
      ['Чатыг хаах', false],
    ]);
    // From the panel's last control ("End chat and forget this device", after the composer).
    $$(el, '#panel button').at(-1)!.focus();
    await press('Tab');
    expectFocusOn(wrapper.querySelector('#after'));
  });

  it("sends nothing with the Enter that confirms an input method's text (Safari's: keyCode 229)", async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    draft(el).focus();
    await sendKeys({ type: 'Сайн' });
    const left = composingEnter(draft(el));
    await settle(el);
    expect(transport.sent).to.have.length(0);
    expect(left, 'left to the input method').to.be.true;
    await press('Enter');
    await settle(el);
    expect(transport.sent, 'the next Enter sends').to.have.length(1);
  });

  it('sends on Enter, adds a line on Shift+Enter, with a client-generated id', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    draft(el).focus();
    // No doubled letters: WebKitWebDriver drops the second of two equal keys in a row.
    await sendKeys({ type: 'Сайн байна' });
    await pressWithShift('Enter');
    await sendKeys({ type: 'world' });
    expect(transport.sent).to.have.length(0);
    await press('Enter');
    await settle(el);
    expect(transport.sent).to.have.length(1);
    expect(transport.sent[0].text).to.equal('Сайн байна\nworld');
    expect(transport.sent[0].id).to.match(/^[0-9a-f]{24}$/);
    expect(draft(el).value).to.equal('');
    const own = $$(el, 'li.own').at(-1)!;
    expect(own.querySelector('.text')!.textContent).to.equal('Сайн байна\nworld');
    expect(own.querySelector('.state')!.textContent).to.equal('Илгээж байна');
  });

  it("shows each own message's state: sending, sent, delivered, and failed with a reason", async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    draft(el).value = 'Баярлалаа';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await settle(el);
    const id = transport.sent[0].id;
    const state = () => $$(el, 'li.own').at(-1)!.querySelector('.state')!.textContent;
    expect(state()).to.equal('Илгээж байна');
    transport.emit({ type: 'ack', id, seq: 4 });
    await settle(el);
    expect(state()).to.equal('Илгээсэн');
    // An echo is matched by id, even when another message has the same text.
    transport.emit({ type: 'message', message: { id: 'other', seq: 5, from: 'user', text: 'Баярлалаа', at: new Date().toISOString() } });
    transport.emit({ type: 'message', message: { id, seq: 4, from: 'user', text: 'Баярлалаа', at: new Date().toISOString() } });
    await settle(el);
    expect($$(el, 'li.own').filter((li) => li.textContent!.includes('Баярлалаа'))).to.have.length(2);
    transport.emit({ type: 'delivered', upTo: 4 });
    await settle(el);
    expect(
      $$(el, 'li.own')
        .find((li) => li.textContent!.includes('Баярлалаа'))!
        .querySelector('.state')!.textContent,
    ).to.equal('Хүргэгдсэн');

    draft(el).value = 'x'.repeat(30);
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await settle(el);
    transport.emit({ type: 'rejected', id: transport.sent[1].id, code: 'too-large', limit: 20 });
    await settle(el);
    const failed = $$(el, 'li.own').at(-1)!;
    expect(failed.querySelector('.failed')!.textContent).to.equal('Илгээгдээгүй: Мессеж хэт урт байна: 20 тэмдэгтээс хэтрүүлэхгүй бичнэ үү.');
    await waitUntil(() => $(el, '[role="status"]').textContent === 'Мессеж илгээгдсэнгүй.', 'the failure is announced');
    // "Edit and send again" gives the text back to the composer.
    failed.querySelector('button')!.click();
    await settle(el);
    expect(draft(el).value).to.equal('x'.repeat(30));
    expect($$(el, 'li.own').some((li) => li.textContent!.includes('x'.repeat(30)))).to.be.false;
  });

  it('a message refused for a full queue says all agents are busy and to try again or call 1111', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    draft(el).value = 'Паспорт';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await settle(el);
    transport.emit({ type: 'rejected', id: transport.sent[0].id, code: 'queue-full', limit: 5000 });
    await settle(el);
    expect($$(el, 'li.own').at(-1)!.querySelector('.failed')!.textContent).to.equal(
      'Илгээгдээгүй: Бүх ажилтан завгүй байна. Дахин оролдоно уу, эсвэл 1111 дугаарт залгана уу.',
    );
  });

  it('"Edit and send again" keeps what the user has typed since', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    draft(el).value = 'x'.repeat(30);
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await settle(el);
    transport.emit({ type: 'rejected', id: transport.sent[0].id, code: 'too-large', limit: 20 });
    await settle(el);
    // The user goes on writing before going back to the refused message.
    draft(el).value = 'Дараагийн асуулт';
    $$(el, 'li.own').at(-1)!.querySelector('button')!.click();
    await settle(el);
    expect(draft(el).value).to.equal(`${'x'.repeat(30)}\nДараагийн асуулт`);
    expectFocusOn(draft(el));
  });

  it('"Edit and send again" gives back the attached file too, and says so', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true, attachments: true });
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4'], 'form.pdf', { type: 'application/pdf' }));
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => $(el, '.chosen'), 'the file is read');
    draft(el).value = 'x'.repeat(30);
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await settle(el);
    expect($(el, '.chosen')).to.be.null;
    transport.emit({ type: 'rejected', id: transport.sent[0].id, code: 'too-large', limit: 20 });
    await settle(el);
    $$(el, 'li.own').at(-1)!.querySelector('button')!.click();
    await settle(el);
    expect(draft(el).value).to.equal('x'.repeat(30));
    expect($(el, '.chosen')?.textContent ?? 'no file', 'the file is back in the composer').to.contain('Хавсралт: form.pdf');
    expectFocusOn(draft(el));
    // Focus is on the composer, away from the line naming the file: the status region says it.
    await waitUntil(() => spoken(el).includes('form.pdf'), 'the file given back is said');
    draft(el).value = 'Богино';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    expect(transport.sent[1].attachment).to.deep.include({ name: 'form.pdf', type: 'application/pdf', data: btoa('%PDF-1.4') });
  });

  it('shows a message that waits too long as not sent, with a retry that keeps it queued', async () => {
    const { ChatSession } = await import('./chat-session.js');
    const before = ChatSession.stalledAfterMs;
    ChatSession.stalledAfterMs = 50;
    try {
      const transport = new FakeTransport(conversationScript());
      const el = await chatWith(transport, { open: true });
      draft(el).value = 'Сүлжээ муу байна';
      $<HTMLFormElement>(el, 'form.composer').requestSubmit();
      const last = () => $$(el, 'li.own').at(-1)!;
      await waitUntil(() => last().querySelector('.failed'), 'shown as not sent', { timeout: 3000 });
      expect(last().querySelector('.failed')!.textContent).to.equal('Илгээгдээгүй');
      expect(last().querySelector('button')!.textContent).to.equal('Дахин илгээх');
      const connects = transport.connects;
      ChatSession.stalledAfterMs = 60_000;
      last().querySelector<HTMLButtonElement>('button')!.click();
      await settle(el);
      expect(transport.connects, 'retry reconnects at once').to.equal(connects + 1);
      expect(last().querySelector('.state')!.textContent).to.equal('Илгээж байна');
      expect(transport.pending().map((m) => m.text)).to.deep.equal(['Сүлжээ муу байна']);
      transport.emit({ type: 'ack', id: transport.sent[0].id, seq: 4 });
      await settle(el);
      expect(last().querySelector('.state')!.textContent).to.equal('Илгээсэн');
    } finally {
      ChatSession.stalledAfterMs = before;
    }
  });

  it('a message written while the connection is down waits, not "not sent", and has its full time once it is back', async () => {
    const { ChatSession } = await import('./chat-session.js');
    const before = ChatSession.stalledAfterMs;
    ChatSession.stalledAfterMs = 300;
    try {
      const { transport, el } = await droppedChat();
      draft(el).value = 'Холболтгүй үед бичсэн';
      $<HTMLFormElement>(el, 'form.composer').requestSubmit();
      const states = () =>
        $$(el, 'li.own .state')
          .slice(-2)
          .map((state) => state.textContent);
      // Twice the stall time offline: the status line says they wait, and so does each message.
      await new Promise((resolve) => setTimeout(resolve, 700));
      await settle(el);
      expect($(el, '[part="status"]').textContent).to.equal(DROP_WORDS);
      expect(states(), 'waiting, not failed').to.deep.equal(['Илгээж байна', 'Илгээж байна']);
      expect($$(el, 'li.own .failed')).to.have.length(0);
      // Back: written long ago, but sent only now, so not failed at once.
      transport.emit({ type: 'connection', state: 'open' });
      await settle(el);
      expect(states()).to.deep.equal(['Илгээж байна', 'Илгээж байна']);
      transport.emit({ type: 'ack', id: transport.sent[0].id, seq: 4 });
      await settle(el);
      expect(states()).to.deep.equal(['Илгээсэн', 'Илгээж байна']);
      // Unanswered on an open connection, a message still shows as not sent in the end.
      await waitUntil(() => $$(el, 'li.own').at(-1)!.querySelector('.failed'), 'not sent after its time', { timeout: 3000 });
    } finally {
      ChatSession.stalledAfterMs = before;
    }
  });

  it('keeps the log for incoming messages: own messages are not read back', async () => {
    const el = await chatWith(new FakeTransport(conversationScript()), { open: true });
    const log = $(el, '[role="log"]');
    expect(log.getAttribute('aria-label')).to.equal('Мессежүүд');
    expect(log.hasAttribute('aria-live')).to.be.false; // role="log" is polite by itself
    for (const li of $$(el, 'li.own')) expect(li.getAttribute('aria-live')).to.equal('off');
    for (const li of $$(el, 'li.incoming')) expect(li.hasAttribute('aria-live')).to.be.false;
    expect($$(el, 'li.incoming').map((li) => li.querySelector('.sender')!.textContent)).to.deep.equal(['Шуурхай хариулт', 'Ажилтан Сараа']);
  });

  it('shows markup in a message as text', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    const text = '<img src=x onerror="window.__pwned=1"><b>bold</b>';
    transport.emit({ type: 'message', message: { id: 'x1', seq: 9, from: 'agent', text, at: new Date().toISOString() } });
    await settle(el);
    expect($$(el, 'li.incoming').at(-1)!.querySelector('.text')!.textContent).to.equal(text);
    expect($(el, '[role="log"] img, [role="log"] b')).to.be.null;
    expect((window as unknown as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('links bot suggestions only through safe URLs', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    transport.emit({
      type: 'message',
      message: { id: 'b2', seq: 10, from: 'bot', text: 'x', at: new Date().toISOString(), services: [{ id: 'a', title: 'Bad', url: 'javascript:alert(1)' }] },
    });
    await settle(el);
    const item = $$(el, '.services li').at(-1)!;
    expect(item.textContent).to.equal('Bad');
    expect(item.querySelector('a')).to.be.null;
    expect($$(el, '.services a')[0].getAttribute('href')).to.equal('https://e-mongolia.mn/');
  });

  it('says a dropped connection to a screen reader too, not only in the status line', async () => {
    const { el } = await droppedChat();
    expect($(el, '[part="status"]').textContent).to.equal(DROP_WORDS);
    await waitUntil(() => spoken(el) === DROP_WORDS, 'the drop is announced');
  });

  it('says the connection is back once, after a drop it said', async () => {
    const { transport, el } = await droppedChat();
    transport.emit({ type: 'connection', state: 'connecting' });
    transport.emit({ type: 'connection', state: 'open' });
    await settle(el);
    await waitUntil(() => spoken(el) === 'Холболт сэргэлээ.', 'the return is announced');
    expect($(el, '[part="status"]').textContent).not.to.contain('Холболт тасарлаа');
    // Once: another "open" without a drop between says nothing.
    const { said, stop } = recordSpoken(el);
    transport.emit({ type: 'connection', state: 'open' });
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    stop();
    expect(said).to.deep.equal([]);
  });

  it('says when the chat is open in too many tabs, in the status line and aloud, and when it is back', async () => {
    const { transport, el } = await droppedChat();
    transport.emit({ type: 'connection', state: 'refused' });
    await settle(el);
    const words = 'Энэ чат хэт олон цонхонд нээгдсэн байна. Аль нэгийг нь хаана уу.';
    expect($(el, '[part="status"]').textContent).to.equal(words);
    await waitUntil(() => spoken(el) === words, 'the refusal is announced');
    transport.emit({ type: 'connection', state: 'connecting' });
    transport.emit({ type: 'connection', state: 'open' });
    await settle(el);
    await waitUntil(() => spoken(el) === 'Холболт сэргэлээ.', 'its end is announced');
    expect($(el, '[part="status"]').textContent).not.to.contain(words);
  });

  it('says when all agents are busy and the place in the queue', async () => {
    const el = await chatWith(new FakeTransport(conversationScript()), { open: true });
    expect($(el, '[part="status"]').textContent).to.equal('Бүх ажилтан завгүй байна. Таны дарааллын дугаар: 2.');
  });

  it('without a server or a transport: the hotline and opening hours, no composer that would take a message nowhere, and a warning', async () => {
    let el!: GerLiveChat;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerLiveChat>(html`<ger-live-chat hotline="1111" opening-hours="Даваа–Баасан, 09:00–18:00"></ger-live-chat>`);
      launcher(el).click();
      await ready(el);
    });
    await waitUntil(() => deepActiveElement() === $(el, '[part="offline"] a'), 'focus on the hotline');
    const offline = $(el, '[part="offline"]');
    expect(offline.textContent).to.contain('Даваа–Баасан, 09:00–18:00');
    // Read as the panel opens, beside its name: not the hotline link alone.
    const note = el.shadowRoot!.getElementById($(el, '[role="dialog"]').getAttribute('aria-describedby')!);
    expect(note?.textContent).to.contain('Даваа–Баасан, 09:00–18:00');
    expect(offline.querySelector('a')!.getAttribute('href')).to.equal('tel:1111');
    expect(
      $$(el, '#draft, #prechat-name, [part="offline"] button, [part="status"]'),
      'nothing to type into, no leaving a message, no "connection lost"',
    ).to.have.length(0);
    expect(warnings.join('\n')).to.contain('<ger-live-chat> has no server or transport');
  });

  it('uses no transport that lacks its methods nor a server that is no ws, http or relative URL: it says so and offers the hotline', async () => {
    const warnings = await captureWarnings(async () => {
      for (const given of [{ transport: { connect() {} } }, { transport: 5 }, { server: 'javascript:alert(1)' }]) {
        const el = await fixture<GerLiveChat>(html`<ger-live-chat hotline="1111"></ger-live-chat>`);
        Object.assign(el, given);
        launcher(el).click();
        await ready(el);
        expect($(el, '[part="offline"] a').getAttribute('href'), JSON.stringify(given)).to.equal('tel:1111');
      }
    });
    expect(warnings.join('\n')).to.contain('<ger-live-chat> transport is not a ChatTransport');
    expect(warnings.join('\n')).to.contain('<ger-live-chat> server="javascript:alert(1)" is not a ws, wss, http, https or relative URL');
  });

  it('offers the hotline when moved in the page with its transport taken away meanwhile', async () => {
    const el = await chatWith(new FakeTransport(conversationScript()), { open: true });
    expect($(el, '#draft')).to.exist;
    const box = el.parentElement!;
    el.remove();
    el.transport = undefined;
    box.append(el);
    await settle(el);
    expect($(el, '#draft'), 'no composer that would take a message nowhere').to.be.null;
    expect($(el, '[part="offline"] a').getAttribute('href')).to.equal('tel:1111');
  });

  it('offline: opening hours, the 1111 hotline, leaving a message and its reference number', async () => {
    const script: ChatEvent[] = [
      { type: 'connection', state: 'open' },
      { type: 'availability', availability: { status: 'offline', hours: 'Даваа–Баасан, 08:30–17:30' } },
    ];
    const transport = new FakeTransport(script);
    const el = await chatWith(transport, { open: true });
    const offline = $(el, '[part="offline"]');
    expect(offline.textContent).to.contain('Ажлын цаг: Даваа–Баасан, 08:30–17:30.');
    expect(offline.querySelector('a')!.getAttribute('href')).to.equal('tel:1111');
    expect(offline.querySelector('a')!.textContent).to.equal('1111');
    offline.querySelector<HTMLButtonElement>('button')!.click();
    await settle(el);
    expect($(el, 'label[for="draft"]').textContent).to.equal('Ажилтанд үлдээх мессеж');
    expectFocusOn(draft(el));
    draft(el).value = 'Паспортын талаар залгаж өгнө үү, 99112233';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    expect(transport.sent[0].ticket).to.be.true;
    transport.emit({ type: 'ack', id: transport.sent[0].id, seq: 1, reference: '48213377' });
    await settle(el);
    expect($(el, '.reference').textContent).to.equal('Таны мессежийг хүлээн авлаа. Лавлах дугаар: 48213377.');
    await waitUntil(() => $(el, '[role="status"]').textContent!.includes('48213377'), 'the reference number is announced');
    expect($(el, 'label[for="draft"]').textContent).to.equal('Таны мессеж');
  });

  it('shows the typing indicator and announces it sparingly', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    // Rendered only while the agent types: not a hidden paragraph the rest of the time.
    const indicator = () => el.shadowRoot!.querySelector('.typing');
    expect(indicator()).to.equal(null);
    transport.emit({ type: 'typing', on: true });
    await settle(el);
    expect(indicator()!.textContent).to.equal('Ажилтан бичиж байна…');
    expect(indicator()!.getAttribute('aria-hidden')).to.equal('true');
    await waitUntil(() => $(el, '[role="status"]').textContent === 'Ажилтан бичиж байна…', 'typing announced');
    transport.emit({ type: 'typing', on: false });
    await settle(el);
    expect(indicator()).to.equal(null);
    let changes = 0;
    const observer = new MutationObserver((records) => (changes += records.length));
    observer.observe($(el, '[role="status"]'), { childList: true, characterData: true, subtree: true });
    transport.emit({ type: 'typing', on: true });
    await new Promise((resolve) => setTimeout(resolve, 300));
    observer.disconnect();
    expect(indicator()).not.to.equal(null);
    expect(changes, 'not announced again within 30 s').to.equal(0);
  });

  it('tells the agent when the user types, at most every few seconds', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true });
    draft(el).focus();
    await sendKeys({ type: 'abc' });
    expect(transport.typing).to.deep.equal([true]);
  });

  it('counts unread messages on the launcher while closed', async () => {
    const transport = new FakeTransport(conversationScript(), true);
    const el = await chatWith(transport);
    transport.emit({ type: 'message', message: { id: 'n1', seq: 11, from: 'agent', text: 'Байна уу?', at: new Date().toISOString() } });
    transport.emit({ type: 'message', message: { id: 'n2', seq: 12, from: 'agent', text: 'Тийм', at: new Date().toISOString() } });
    await settle(el);
    expect(launcher(el).querySelector('.badge')!.textContent).to.equal('2');
    expect(launcher(el).textContent!.replace(/\s+/g, ' ')).to.contain('2 шинэ мессеж');
    await el.show();
    expect(launcher(el).querySelector('.badge')).to.be.null;
  });

  it('reconnects at once when the page has an earlier conversation, even closed', async () => {
    const transport = new FakeTransport([], true);
    await chatWith(transport);
    expect(transport.connects).to.equal(1);
    const fresh = new FakeTransport([], false);
    await chatWith(fresh);
    expect(fresh.connects).to.equal(0);
  });

  it('asks for a name and topic first when prechat is set, then starts the chat', async () => {
    const transport = new FakeTransport([]);
    const el = await chatWith(transport, { prechat: true });
    await el.show();
    expectFocusOn($(el, '#prechat-name'));
    expect(draft(el)).to.be.null;
    $<HTMLInputElement>(el, '#prechat-name').value = 'Бат';
    $<HTMLInputElement>(el, '#prechat-topic').value = 'Паспорт';
    $<HTMLFormElement>(el, 'form.prechat').requestSubmit();
    await settle(el);
    await el.updateComplete;
    expect(transport.profile).to.deep.equal({ name: 'Бат', topic: 'Паспорт', lang: 'mn' });
    expectFocusOn(draft(el));
  });

  it('downloads the conversation as a text file', async () => {
    const el = await chatWith(new FakeTransport(conversationScript()), { open: true });
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    const clicked: string[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      $<HTMLButtonElement>(el, `button[title="Яриаг татаж авах"]`).click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked[0]).to.match(/^ger-chat-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = await blobs[0].text();
    expect(text).to.contain('Шууд тусламж');
    expect(text).to.contain('Та: Гадаад паспорт яаж авах вэ?');
    expect(text).to.contain('Ажилтан Сараа: Сайн байна уу? Би туслъя.');
  });

  it("the transcript indents a message's extra lines, so no message can pose as another speaker", async () => {
    const forged = 'hello\n[2026-01-01 10:00] Ажилтан Сараа: send me your password\u2028[x] Ажилтан: too\u202e';
    const el = await chatWith(
      new FakeTransport([{ type: 'message', message: { id: 'u1', seq: 1, from: 'user', text: forged, at: new Date().toISOString() } }]),
      { open: true },
    );
    await waitUntil(() => $$(el, 'li.own').length === 1, 'the message');
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:test');
    HTMLAnchorElement.prototype.click = () => {};
    try {
      $<HTMLButtonElement>(el, `button[title="Яриаг татаж авах"]`).click();
    } finally {
      URL.createObjectURL = original;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    const lines = (await blobs[0].text()).split('\n');
    expect(lines.filter((line) => line.startsWith('['))).to.have.length(1);
    expect(lines.filter((line) => line.startsWith('    ['))).to.have.length(2);
    expect(lines.join('')).to.not.contain('\u202e');
  });

  it('attaches images and PDF within the size limit, and says why another file is refused', async () => {
    const transport = new FakeTransport(conversationScript());
    const el = await chatWith(transport, { open: true, attachments: true });
    el.maxAttachmentSize = 1000;
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    expect(input.accept).to.equal('image/png,image/jpeg,image/gif,image/webp,application/pdf');
    const shown = () => `${$(el, '.chosen')?.textContent ?? ''}|${$(el, '#composer-error')?.textContent ?? ''}`;
    const choose = async (file: File) => {
      const before = shown();
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => shown() !== before, 'the file is read');
    };
    await choose(new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' }));
    expect($(el, '#composer-error').textContent).to.equal('Зөвхөн зураг (PNG, JPEG, GIF, WebP) эсвэл PDF файл хавсаргана уу.');
    await choose(new File([new Uint8Array(2000)], 'big.pdf', { type: 'application/pdf' }));
    expect($(el, '#composer-error').textContent).to.contain('Файл хэт том байна.');
    await choose(new File(['%PDF-1.4'], 'form.pdf', { type: 'application/pdf' }));
    expect(shown()).to.match(/^\s*Хавсралт: form\.pdf.*\|$/s);
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    expect(transport.sent[0].attachment).to.deep.include({ name: 'form.pdf', type: 'application/pdf', data: btoa('%PDF-1.4') });
    await settle(el);
    const link = $$(el, 'li.own').at(-1)!.querySelector('a')!;
    expect(link.getAttribute('href')).to.match(/^blob:/);
    expect(link.getAttribute('download')).to.equal('form.pdf');
  });

  it('refuses a message over the length limit with a clear message, before sending it', async () => {
    const transport = new FakeTransport([{ type: 'welcome', limits: { text: 10, attachment: 100 }, fresh: false }]);
    const el = await chatWith(transport, { open: true });
    draft(el).value = 'ийм урт мессеж';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await settle(el);
    expect(transport.sent).to.have.length(0);
    expect($(el, '#composer-error').textContent).to.equal('Мессеж хэт урт байна: 10 тэмдэгтээс хэтрүүлэхгүй бичнэ үү.');
    expect(draft(el).getAttribute('aria-invalid')).to.equal('true');
    expect(draft(el).getAttribute('aria-describedby')).to.equal('hint composer-error');
    expect(draft(el).value).to.equal('ийм урт мессеж');
  });

  it('says why a message or a file is refused to a screen reader, not only on screen', async () => {
    const transport = new FakeTransport([{ type: 'welcome', limits: { text: 10, attachment: 100 }, fresh: false }]);
    const el = await chatWith(transport, { open: true, attachments: true });
    // Enter in the composer: focus stays where it is, so nothing would read the new description.
    draft(el).focus();
    draft(el).value = 'ийм урт мессеж';
    await press('Enter');
    await waitUntil(() => spoken(el) !== '', 'the refusal is said');
    expect(spoken(el)).to.equal($(el, '#composer-error').textContent);
    // A file too large: focus is on the file button, away from the composer's error.
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(2000)], 'big.pdf', { type: 'application/pdf' }));
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => spoken(el).includes('Файл хэт том байна.'), 'the file refusal is said');
    expect(spoken(el)).to.equal($(el, '#composer-error').textContent);
  });

  it('says which file was attached: the picker closes with focus on the Attach button', async () => {
    const el = await chatWith(new FakeTransport(conversationScript()), { open: true, attachments: true });
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF-1.4'], 'form.pdf', { type: 'application/pdf' }));
    const input = $<HTMLInputElement>(el, 'input[type="file"]');
    input.files = transfer.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => spoken(el).includes('form.pdf'), 'the attached file is said');
  });

  it('closes its open panel, leaving focus where it went, when the element focus moves to lies under it', async () => {
    const wrapper = await fixture(html`<div>
      <ger-live-chat open .transport=${new FakeTransport()}></ger-live-chat>
      <a id="under" href="#x" style="position: fixed; inset-block-end: 50vh; inset-inline-end: 2rem">Доор</a>
      <a id="clear" href="#y" style="position: fixed; inset-block-start: 0; inset-inline-start: 0">Ил</a>
    </div>`);
    const el = wrapper.querySelector('ger-live-chat')!;
    await ready(el);
    await waitUntil(() => $(el, '[part="panel"]').getBoundingClientRect().height > 0, 'the panel open');
    wrapper.querySelector<HTMLElement>('#clear')!.focus();
    await settle(el);
    expect(el.open, 'a link clear of the panel').to.be.true;
    const under = wrapper.querySelector<HTMLElement>('#under')!;
    under.focus();
    await settle(el);
    expect(el.open, 'a link under the panel').to.be.false;
    expect(deepActiveElement()).to.equal(under);
  });

  it('moves the launcher when it would cover the focused element', async () => {
    const wrapper = await fixture(html`<div>
      <ger-live-chat .transport=${new FakeTransport()}></ger-live-chat>
      <button id="corner" style="position: fixed; inset-block-end: 1rem; inset-inline-end: 1rem">Corner</button>
    </div>`);
    const el = wrapper.querySelector('ger-live-chat')!;
    await ready(el);
    expect(launcher(el).classList.contains('shifted')).to.be.false;
    wrapper.querySelector<HTMLButtonElement>('#corner')!.focus();
    await settle(el);
    expect(launcher(el).classList.contains('shifted')).to.be.true;
    const a = wrapper.querySelector('#corner')!.getBoundingClientRect();
    const b = launcher(el).getBoundingClientRect();
    expect(a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom, 'no overlap').to.be.true;
  });

  itNeeds(['viewport'], 'keeps clear of a button that focus reaches inside one shadow root, at the end of the page, on a phone at 200% text', async () => {
    await setNarrowViewport(320);
    setDisplaySetting('textSize', '200');
    const wrapper = await fixture(html`<div>
      <ger-live-chat .transport=${new FakeTransport()}></ger-live-chat>
      <div id="host"></div>
    </div>`);
    // A header's links and menu button, say: Tab between two elements of one shadow root fires
    // no focusin in the document.
    const host = wrapper.querySelector('#host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = `<button>Нүүр</button><div style="block-size: 150vh"></div>
      <button style="display: block; margin-inline: auto; min-block-size: 3rem">Цэс</button>`;
    const el = wrapper.querySelector('ger-live-chat')!;
    await ready(el);
    const [first, last] = host.shadowRoot!.querySelectorAll('button');
    first.focus();
    await press('Tab');
    await settle(el);
    expect(host.shadowRoot!.activeElement).to.equal(last);
    const a = last.getBoundingClientRect();
    const b = launcher(el).getBoundingClientRect();
    expect(a.bottom <= innerHeight && a.top >= 0, 'the button is on screen').to.be.true;
    expect(a.right <= b.left || a.left >= b.right || a.bottom <= b.top || a.top >= b.bottom, 'no overlap').to.be.true;
  });

  itNeeds(['viewport'], 'takes the whole screen on a narrow phone, as a modal dialog: Tab goes round inside it, never to the page beneath', async () => {
    await setNarrowViewport(320);
    const { el } = await openChatAbovePage();
    const rect = $(el, '#panel').getBoundingClientRect();
    expect(rect.width).to.equal(innerWidth);
    expect(rect.height).to.equal(innerHeight);
    expect($(el, '#panel').getAttribute('aria-modal')).to.equal('true');
    const stops = $$(el, '#panel button, #panel textarea, #panel a[href], #panel input').filter((stop) => stop.getClientRects().length > 0);
    stops.at(-1)!.focus();
    await press('Tab');
    expectFocusOn(stops[0]);
    await pressWithShift('Tab');
    expectFocusOn(stops.at(-1)!);
  });

  itNeeds(['viewport'], 'brings focus back into the panel that covers the page: from the page beneath, and when the screen narrows', async () => {
    const { el, beneath } = await openChatAbovePage();
    beneath.focus();
    expectFocusOn(beneath);
    // A phone turned, a window narrowed: the panel now covers the page, and focus was beneath it.
    await setNarrowViewport(320);
    await waitUntil(() => deepActiveElement() === draft(el), 'focus in the panel');
    // Tab in a browser that skips links and buttons would leave it for the page: it comes back.
    beneath.focus();
    await waitUntil(() => deepActiveElement() === draft(el), 'focus back in the panel');
  });

  itNeeds(['viewport'], "keeps the title's words whole on a phone at 200% text, the buttons on a line of their own", async () => {
    await setNarrowViewport(320);
    setDisplaySetting('textSize', '200');
    const el = await chatWith(new FakeTransport(conversationScript()), { open: true });
    const title = $(el, 'h2');
    const text = [...title.childNodes].find((node): node is Text => node.nodeType === Node.TEXT_NODE && Boolean(node.textContent!.trim()))!;
    expect(text.data).to.equal('Шууд тусламж');
    const broken = [...text.data.matchAll(/\S+/g)].filter((word) => {
      const range = document.createRange();
      range.setStart(text, word.index!);
      range.setEnd(text, word.index! + word[0].length);
      return range.getClientRects().length > 1;
    });
    expect(
      broken.map((word) => word[0]),
      'words broken across lines',
    ).to.deep.equal([]);
    for (const button of $$(el, '.header .icon')) expect(button.getBoundingClientRect().right).to.be.at.most(innerWidth);
  });

  it('is no modal dialog where it leaves the page in view', async () => {
    const el = await chatWith(new FakeTransport(conversationScript()), { open: true });
    expect($(el, '#panel').hasAttribute('aria-modal')).to.be.false;
  });

  it('speaks English when the page does', async () => {
    setLang('en');
    const el = await chatWith(new FakeTransport(conversationScript()), { open: true });
    expect(launcher(el).textContent).to.contain('Help');
    expect($(el, 'h2').textContent).to.equal('Live help');
    expect($(el, '[part="status"]').textContent).to.equal('All agents are busy. Your place in the queue: 2.');
    expect($(el, 'label[for="draft"]').textContent).to.equal('Your message');
  });
});

/**
 * A chat whose panel code fails to download `failures` times (a dropped mobile link), then arrives.
 * `panelDownloads()` counts the tries. Without a server, the loaded panel offers the hotline (its first focus).
 */
async function chatWithFlakyPanel(failures: number) {
  // No transport: with one the panel would load at once, before the download is made to fail.
  const el = await fixture<GerLiveChat>(html`<ger-live-chat></ger-live-chat>`);
  const part = (el as unknown as { panelPart: { options: { load: () => Promise<unknown> } } }).panelPart;
  const load = part.options.load;
  let tries = 0;
  part.options.load = () => (++tries <= failures ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
  return { el, panelDownloads: () => tries };
}

describe("ger-live-chat when the panel's code cannot be downloaded", () => {
  beforeEach(() => localStorage.clear());
  afterEach(resetConditions);

  it('says so with the hotline; the launcher, still focused, closes it (Escape too), and its next press tries again', async () => {
    const { el, panelDownloads } = await chatWithFlakyPanel(1);
    const errors = await captureConsole('error', async () => {
      launcher(el).focus();
      await press('Enter');
      await waitUntil(() => $(el, '#panel').textContent!.includes('Чатыг ачаалж чадсангүй'), 'the failure said');
    });
    expect(errors, 'the failure is in the console').to.have.length(1);
    const standIn = $(el, '#panel');
    expect(standIn.getAttribute('role'), 'said as it changes').to.equal('status');
    expect(standIn.textContent!.replace(/\s+/g, ' ')).to.contain('Яаралтай бол 1111 дугаарт залгана уу.');
    expect($<HTMLAnchorElement>(el, '#panel a').href).to.equal('tel:1111');
    expectFocusOn(launcher(el));
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('true');
    await press('Escape');
    await settle(el);
    expect(el.open).to.be.false;
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
    expectFocusOn(launcher(el));
    // The reader's next press tries again, and the panel opens with focus in it.
    await press('Enter');
    await waitUntil(() => el.panel, 'the panel loaded');
    await settle(el);
    expect(panelDownloads()).to.equal(2);
    expect($(el, '#panel').getAttribute('role')).to.equal('dialog');
    expectFocusOn($(el, '.offline a'));
  });

  itNeeds(['viewport'], 'leaves the launcher in view on a phone, where the loaded panel takes the whole screen', async () => {
    await setNarrowViewport(360);
    const { el } = await chatWithFlakyPanel(1);
    await captureConsole('error', async () => {
      await el.show();
      await el.updateComplete;
    });
    const box = $(el, '#panel').getBoundingClientRect();
    const button = launcher(el).getBoundingClientRect();
    expect(box.bottom, 'the stand-in sits above the launcher').to.be.at.most(button.top);
    expect(box.width).to.be.at.most(innerWidth);
  });

  it('tries again by itself while it is open, and moves focus into the panel when it comes', async () => {
    const { el, panelDownloads } = await chatWithFlakyPanel(1);
    await captureConsole('error', async () => {
      launcher(el).focus();
      await press('Enter');
      await waitUntil(() => $(el, '#panel').textContent!.includes('Чатыг ачаалж чадсангүй'), 'the failure said');
    });
    // The browser says it is back online: the retry runs then (else after 2 s).
    dispatchEvent(new Event('online'));
    await waitUntil(() => el.panel, 'the panel loaded by the retry');
    await settle(el);
    expect(panelDownloads()).to.equal(2);
    expectFocusOn($(el, '.offline a'));
  });

  it('does not try again once closed: the next press does', async () => {
    const { el, panelDownloads } = await chatWithFlakyPanel(1);
    await captureConsole('error', async () => {
      await el.show();
      await el.hide();
    });
    dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(panelDownloads()).to.equal(1);
    expect(el.panel).to.be.undefined;
  });
});

// ---- against the real reference server (scripts/wtr-chat-server-plugin.mjs) ----------------

interface ServerInfo {
  url: string;
  agentUrl: string;
  agent: { name: string; password: string };
  smallUrl: string;
}

/** An agent, played by the test over a raw WebSocket to the server's agent endpoint. */
async function signInAgent(info: ServerInfo) {
  const socket = new WebSocket(info.agentUrl);
  const frames: Record<string, unknown>[] = [];
  socket.onmessage = (event) => frames.push(JSON.parse(event.data));
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  socket.send(JSON.stringify({ type: 'agent-hello', ...info.agent }));
  const next = async (test: (f: Record<string, unknown>) => boolean, what: string, timeout = 5000) => {
    await waitUntil(() => frames.some(test), what, { timeout });
    const found = frames.find(test)!;
    frames.splice(frames.indexOf(found), 1);
    return found;
  };
  // Password hashing (scrypt) takes a moment by design, more on a busy machine.
  await next((f) => f.type === 'agent-welcome', 'agent welcome', 20_000);
  return { socket, frames, next, send: (frame: object) => socket.send(JSON.stringify(frame)) };
}

const token = (url: string) => (JSON.parse(localStorage.getItem(chatStorageKey(url)) ?? '{}') as { token?: string }).token;

describe('ger-live-chat with the reference server', () => {
  let info: ServerInfo;
  before(async () => {
    info = (await executeServerCommand('ger-chat-server')) as ServerInfo;
  });
  beforeEach(() => localStorage.clear());
  afterEach(resetConditions);

  itNeeds(['accessibility snapshot'], 'keyboard and screen-reader path: open, send, receive, close', async () => {
    const agent = await signInAgent(info);
    try {
      const el = await fixture<GerLiveChat>(html`<ger-live-chat server=${info.url}></ger-live-chat>`);
      launcher(el).focus();
      await press('Enter');
      await ready(el);
      await waitUntil(() => draft(el) && deepActiveElement() === draft(el), 'focus moves to the composer');
      await waitUntil(() => $(el, '[part="status"]')?.textContent === 'Ажилтан холбогдоход бэлэн байна.', 'online', { timeout: 5000 });
      await sendKeys({ type: 'Сайн байна' });
      await press('Enter');
      await waitUntil(() => $$(el, 'li.own .state').at(-1)?.textContent === 'Илгээсэн', 'sent', { timeout: 5000 });
      // The agent sees the conversation in the queue, opens it, confirms receipt and answers.
      const queue = await agent.next((f) => f.type === 'queue' && (f.items as { lastSeq: number }[]).some((i) => i.lastSeq > 0), 'queue');
      const item = (queue.items as { conversation: number; lastSeq: number }[]).find((i) => i.lastSeq > 0)!;
      agent.send({ type: 'open', conversation: item.conversation });
      const history = await agent.next((f) => f.type === 'history', 'history');
      const seq = (history.messages as { seq: number }[]).at(-1)!.seq;
      agent.send({ type: 'received', conversation: item.conversation, seq });
      await waitUntil(() => $$(el, 'li.own .state').at(-1)?.textContent === 'Хүргэгдсэн', 'delivered', { timeout: 5000 });
      agent.send({ type: 'reply', conversation: item.conversation, id: 'agent-reply-1', text: 'Сайн, юугаар туслах вэ?' });
      await waitUntil(() => logText(el).includes('Сайн, юугаар туслах вэ?'), 'the answer', { timeout: 5000 });
      const log = await findAccessibilityNode((node) => node.role === 'log' && node.name === 'Мессежүүд');
      expect(log, 'the log is in the accessibility tree').to.exist;
      // The snapshot shows a focusable, named node as a leaf; the answer is inside the log, live.
      const answer = $$(el, 'li.incoming').find((li) => li.textContent!.includes('Сайн, юугаар туслах вэ?'))!;
      expect(answer.closest('[role="log"]') === $(el, '[role="log"]'), 'the answer is in the log').to.be.true;
      expect(answer.closest('[aria-hidden="true"], [aria-live="off"]')).to.equal(null);
      expect(answer.querySelector('.sender')!.textContent).to.equal('Ажилтан Сараа');
      const expanded = await findAccessibilityNode((node) => node.role === 'button' && node.name === 'Тусламж');
      expect(expanded?.expanded, 'the launcher says it is expanded').to.be.true;
      await press('Escape');
      await settle(el);
      expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
      expectFocusOn(launcher(el));
    } finally {
      agent.socket.close();
    }
  });

  it('while no agent is online, the bot suggests services from Latin-typed words', async () => {
    const el = await fixture<GerLiveChat>(html`<ger-live-chat open server=${info.url}></ger-live-chat>`);
    await ready(el);
    await waitUntil(() => $(el, '[part="offline"]'), 'offline', { timeout: 5000 });
    expect($(el, '[part="offline"]').textContent).to.contain('1111');
    draft(el).value = 'pasport avmaar baina';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await waitUntil(() => $$(el, '.services a, .services li').length > 0, 'the bot answer', { timeout: 5000 });
    expect($(el, '.services').textContent).to.contain('Гадаад паспорт захиалах');
  });

  it('a dropped connection loses nothing and repeats nothing', async () => {
    const el = await fixture<GerLiveChat>(html`<ger-live-chat open server=${info.url}></ger-live-chat>`);
    await ready(el);
    await waitUntil(() => token(info.url), 'a conversation', { timeout: 5000 });
    const { said, stop } = recordSpoken(el);
    for (let i = 1; i <= 3; i += 1) {
      draft(el).value = `message ${i}`;
      $<HTMLFormElement>(el, 'form.composer').requestSubmit();
      if (i === 2) await executeServerCommand('ger-chat-drop');
    }
    const states = () => $$(el, 'li.own .state').map((s) => s.textContent);
    await waitUntil(() => states().length === 3 && states().every((s) => s === 'Илгээсэн'), 'all sent', { timeout: 10_000 });
    const stored = (await executeServerCommand('ger-chat-stored', { token: token(info.url) })) as { text: string; from: string }[];
    expect(stored.filter((m) => m.from === 'user').map((m) => m.text)).to.deep.equal(['message 1', 'message 2', 'message 3']);
    expect($$(el, 'li.own')).to.have.length(3);
    await waitUntil(() => said.includes('Холболт сэргэлээ.'), 'the return is said', { timeout: 5000 });
    stop();
    const drop = said.indexOf(DROP_WORDS);
    expect(drop, 'the drop is said').to.be.at.least(0);
    expect(said.indexOf('Холболт сэргэлээ.'), 'then its return').to.be.greaterThan(drop);
  });

  it('a message sent just before the page goes away is delivered once by the next page', async () => {
    const first = await fixture<GerLiveChat>(html`<ger-live-chat open server=${info.url}></ger-live-chat>`);
    await ready(first);
    await waitUntil(() => token(info.url), 'a conversation', { timeout: 5000 });
    await executeServerCommand('ger-chat-drop');
    draft(first).value = 'before the reload';
    $<HTMLFormElement>(first, 'form.composer').requestSubmit();
    first.remove(); // the page unloads: only localStorage survives
    const second = await fixture<GerLiveChat>(html`<ger-live-chat server=${info.url}></ger-live-chat>`);
    await waitUntil(
      async () => {
        const stored = (await executeServerCommand('ger-chat-stored', { token: token(info.url) })) as { text: string }[] | null;
        return stored?.some((m) => m.text === 'before the reload');
      },
      'delivered after the reload',
      { timeout: 10_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = (await executeServerCommand('ger-chat-stored', { token: token(info.url) })) as { text: string }[];
    expect(stored.filter((m) => m.text === 'before the reload')).to.have.length(1);
    await second.show();
    await waitUntil(() => $$(second, 'li.own').length === 1, 'shown once', { timeout: 5000 });
  });

  it('an oversized message is refused with a clear message to the user', async () => {
    const el = await fixture<GerLiveChat>(html`<ger-live-chat open server=${info.smallUrl}></ger-live-chat>`);
    await ready(el);
    await waitUntil(() => el.panel?.session.limits, 'the server limits', { timeout: 5000 });
    draft(el).value = 'энэ мессеж хорин тэмдэгтээс урт';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await settle(el);
    expect($(el, '#composer-error').textContent).to.equal('Мессеж хэт урт байна: 20 тэмдэгтээс хэтрүүлэхгүй бичнэ үү.');
    expect($$(el, 'li.own')).to.have.length(0);
  });

  it('"End chat and forget this device" revokes the conversation on the server and clears local storage', async () => {
    const el = await fixture<GerLiveChat>(html`<ger-live-chat open server=${info.url}></ger-live-chat>`);
    await ready(el);
    await waitUntil(() => token(info.url), 'a conversation', { timeout: 5000 });
    draft(el).value = 'my register number';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await waitUntil(() => $$(el, 'li.own .state').at(-1)?.textContent === 'Илгээсэн', 'sent', { timeout: 5000 });
    const old = token(info.url)!;
    expect(await executeServerCommand('ger-chat-stored', { token: old })).to.have.length.greaterThan(0);
    const button = $$(el, 'button').find((b) => b.textContent!.trim() === 'Чатыг дуусгаж, энэ төхөөрөмжөөс устгах')!;
    expect(button, 'the button is there once there is a conversation').to.exist;
    button.click();
    await waitUntil(() => $(el, '#ended'), 'the chat ends', { timeout: 8000 });
    await settle(el);
    expect(localStorage.getItem(chatStorageKey(info.url)), 'the token and outbox are gone from this device').to.equal(null);
    expect($$(el, 'li.own')).to.have.length(0);
    expect($(el, '#ended').textContent).to.equal('Чат дууслаа. Энэ төхөөрөмжид яриаг хадгалаагүй.');
    expectFocusOn($(el, '#ended'));
    // The server no longer opens the conversation with the old token.
    await waitUntil(async () => ((await executeServerCommand('ger-chat-stored', { token: old })) as unknown[]).length === 0, 'revoked', { timeout: 5000 });
    // A new message starts a new conversation.
    draft(el).value = 'a new question';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await waitUntil(() => $$(el, 'li.own .state').at(-1)?.textContent === 'Илгээсэн', 'sent anew', { timeout: 5000 });
    expect(token(info.url)).to.not.equal(old);
    expect($$(el, 'li.own')).to.have.length(1);
  });

  it('says at once that the connection is lost when the browser goes offline, and sends what waits as soon as it is back', async () => {
    // A minute between attempts: only the browser's `online` can bring the connection back in time.
    const transport = new WebSocketTransport({ url: info.url, backoff: { base: 60_000, max: 60_000 } });
    const el = await fixture<GerLiveChat>(html`<ger-live-chat open .transport=${transport}></ger-live-chat>`);
    await ready(el);
    draft(el).value = 'Сайн байна уу';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await waitUntil(() => $$(el, 'li.own .state').at(-1)?.textContent === 'Илгээсэн', 'sent', { timeout: 5000 });
    const { said, stop } = recordSpoken(el);
    window.dispatchEvent(new Event('offline'));
    await settle(el);
    expect($(el, '[part="status"]')?.textContent, 'said at once, not when the heartbeat misses').to.equal(DROP_WORDS);
    await waitUntil(() => said.includes(DROP_WORDS), 'and announced', { timeout: 1000 });
    draft(el).value = 'Малын тооллогын маягт хаана байна?';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect($$(el, 'li.own .state').at(-1)!.textContent).to.equal('Илгээж байна');
    expect(
      transport.pending().map((m) => m.text),
      'kept in the outbox',
    ).to.deep.equal(['Малын тооллогын маягт хаана байна?']);
    const stored = () => executeServerCommand('ger-chat-stored', { token: token(info.url) }) as Promise<{ text: string }[]>;
    expect((await stored()).map((m) => m.text)).not.to.include('Малын тооллогын маягт хаана байна?');
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => $$(el, 'li.own .state').at(-1)?.textContent === 'Илгээсэн', 'sent once back online', { timeout: 3000 });
    await waitUntil(() => said.includes('Холболт сэргэлээ.'), 'the return is said', { timeout: 2000 });
    stop();
    expect((await stored()).filter((m) => m.text === 'Малын тооллогын маягт хаана байна?')).to.have.length(1);
  });

  it('a malformed frame is ignored (and logged by the server); the chat goes on', async () => {
    const before = (await executeServerCommand('ger-chat-malformed')) as number;
    const el = await fixture<GerLiveChat>(html`<ger-live-chat open server=${info.url}></ger-live-chat>`);
    await ready(el);
    await waitUntil(() => token(info.url), 'a conversation', { timeout: 5000 });
    const raw = new WebSocket(info.url);
    await new Promise((resolve) => (raw.onopen = resolve));
    raw.send('{"type": ');
    raw.close();
    await waitUntil(async () => ((await executeServerCommand('ger-chat-malformed')) as number) > before, 'logged', { timeout: 5000 });
    draft(el).value = 'still working';
    $<HTMLFormElement>(el, 'form.composer').requestSubmit();
    await waitUntil(() => $$(el, 'li.own .state').at(-1)?.textContent === 'Илгээсэн', 'sent', { timeout: 5000 });
  });
});

describeAccessibility('ger-live-chat', () => html`<ger-live-chat open attachments .transport=${new FakeTransport(conversationScript())}></ger-live-chat>`);

/** A WebSocket the test plays: it opens when told to, and the server's welcome comes with it. */
class ScriptedSocket {
  static made: ScriptedSocket[] = [];
  readyState = 0;
  readonly frames: Record<string, unknown>[] = [];
  closed = false;
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    ScriptedSocket.made.push(this);
  }
  send(data: string) {
    this.frames.push(JSON.parse(data));
  }
  close() {
    this.closed = true;
    this.readyState = 3;
  }
  accept() {
    this.readyState = 1;
    this.onopen?.();
    this.onmessage?.({ data: JSON.stringify({ type: 'welcome', token: 't', limits: { text: 2000, attachment: 1024 } }) });
  }
}

describe("the WebSocket transport and the browser's offline and online events", () => {
  let transport: WebSocketTransport | undefined;
  const events: ChatEvent[] = [];
  const connect = (backoff: { base: number; max: number }) => {
    ScriptedSocket.made = [];
    events.length = 0;
    transport = new WebSocketTransport({ url: 'wss://chat.example.mn/chat', storage: null, WebSocket: ScriptedSocket as never, backoff, heartbeatMs: 60_000 });
    transport.subscribe((event) => events.push(event));
    transport.connect();
    return transport;
  };
  const states = () => events.filter((e) => e.type === 'connection').map((e) => (e as { state: string }).state);
  afterEach(() => transport?.disconnect());

  it('reports the connection lost at once when the browser goes offline, and keeps what is sent meanwhile', async () => {
    const chat = connect({ base: 60_000, max: 60_000 });
    ScriptedSocket.made[0].accept();
    expect(states()).to.deep.equal(['connecting', 'open']);
    window.dispatchEvent(new Event('offline'));
    expect(states().at(-1), 'at once').to.equal('closed');
    expect(ScriptedSocket.made[0].closed).to.be.true;
    chat.send({ id: 'm1', text: 'offline', at: new Date().toISOString() });
    expect(chat.pending().map((m) => m.id)).to.deep.equal(['m1']);
    // Online: a new connection at once (the next attempt was a minute away), which sends what waits.
    window.dispatchEvent(new Event('online'));
    expect(ScriptedSocket.made).to.have.length(2);
    ScriptedSocket.made[1].accept();
    expect(ScriptedSocket.made[1].frames.map((f) => f.type)).to.deep.equal(['hello', 'send']);
    expect(ScriptedSocket.made[1].frames[1]).to.include({ id: 'm1', text: 'offline' });
  });

  it('back online, abandons an attempt begun offline for a fresh one instead of waiting out the backoff', async () => {
    connect({ base: 20, max: 20 });
    ScriptedSocket.made[0].accept();
    window.dispatchEvent(new Event('offline'));
    // The next attempt, made while offline, hangs (it would fail and wait longer still).
    await waitUntil(() => ScriptedSocket.made.length === 2, 'an attempt offline', { timeout: 1000 });
    window.dispatchEvent(new Event('online'));
    expect(ScriptedSocket.made, 'a fresh attempt at once').to.have.length(3);
    expect(ScriptedSocket.made[1].closed).to.be.true;
    ScriptedSocket.made[2].accept();
    expect(states().at(-1)).to.equal('open');
    // A welcomed connection is kept when the browser says online again.
    window.dispatchEvent(new Event('online'));
    expect(ScriptedSocket.made).to.have.length(3);
    expect(ScriptedSocket.made[2].closed).to.be.false;
  });

  it('ignores offline and online once disconnected', () => {
    connect({ base: 60_000, max: 60_000 });
    transport!.disconnect();
    window.dispatchEvent(new Event('offline'));
    window.dispatchEvent(new Event('online'));
    expect(ScriptedSocket.made).to.have.length(1);
  });
});
