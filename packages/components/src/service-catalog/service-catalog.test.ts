import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { findBrokenWords, resetConditions, setLang, setTextSize, whenStringsLoaded } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { backOnline, closeFlakyPages, flakyUrl, openFlakyPage } from '../../test/flaky.js';
import { captureWarnings, computedAccessibility, deepActiveElement, findAccessibilityNode } from '../../test/helpers.js';
import type { GerServiceCard, Service } from '../service-card/service-card.js';
import { textIn } from '../utils/localized-text.js';
import type { GerServiceCatalog } from './service-catalog.js';
import './service-catalog.js';

const DATA = '/packages/service-data/services.json';
let all: Service[] = [];
/** About 250 services: the first few of every category, every passport, and two aimags' local services. */
let some: Service[] = [];

const $ = <T extends Element>(el: GerServiceCatalog, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const cards = (el: GerServiceCatalog) => [...el.shadowRoot!.querySelectorAll<GerServiceCard>('ul > li > ger-service-card')];
const titles = (el: GerServiceCatalog) => cards(el).map((card) => textIn(card.service!.title, 'mn'));
const status = (el: GerServiceCatalog) => $(el, '[role="status"]').textContent!.trim();
const tick = () => new Promise((resolve) => setTimeout(resolve));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function render(template: ReturnType<typeof html>): Promise<GerServiceCatalog> {
  const el = await fixture<GerServiceCatalog>(template);
  await el.resultsComplete;
  return el;
}

/** Types as an input event would: the whole text at once. */
async function type(el: GerServiceCatalog, text: string) {
  const input = $<HTMLInputElement>(el, 'input');
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.resultsComplete;
}

async function choose(el: GerServiceCatalog, name: string, value: string) {
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.resultsComplete;
}

describe('ger-service-catalog', () => {
  before(async () => {
    all = await (await fetch(DATA)).json();
    const perCategory = new Map<string, number>();
    some = all.filter((service) => {
      const count = perCategory.get(service.categoryId!) ?? 0;
      perCategory.set(service.categoryId!, count + 1);
      return count < 4 || textIn(service.title, 'mn').includes('паспорт') || ['dornod', 'bayan-olgii'].includes((service as { region?: string }).region!);
    });
  });
  afterEach(resetConditions);

  it('has a labelled search field with a hint, labelled filters, a status region and a list', async () => {
    const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
    const input = $<HTMLInputElement>(el, 'input');
    expect(input.type).to.equal('search');
    expect($(el, `label[for="${input.id}"]`).textContent).to.equal('Үйлчилгээ хайх');
    expect($(el, `#${input.getAttribute('aria-describedby')}`).textContent).to.contain('pasport');
    expect($(el, 'form').getAttribute('role')).to.equal('search');
    const labels = [...el.shadowRoot!.querySelectorAll('fieldset label')].map((label) =>
      label.textContent!.replace(label.querySelector('select')!.textContent!, '').trim(),
    );
    expect(labels).to.deep.equal(['Ангилал', 'Үйлчилгээ авах хэлбэр', 'Төлбөр']);
    expect($(el, 'legend').textContent).to.equal('Шүүлтүүр');
    expect($(el, 'ul').getAttribute('role')).to.equal('list');
    expect(cards(el)).to.have.length(some.length);
    expect(status(el)).to.equal(`${some.length} үр дүн олдлоо`);
  });

  it('lists every category once, by name, in the page language', async () => {
    const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
    const options = [...el.shadowRoot!.querySelectorAll('select[name="category"] option')].map((o) => o.textContent);
    expect(options[0]).to.equal('Бүх ангилал');
    expect(options).to.include('Татвар');
    expect(new Set(options).size).to.equal(options.length);
    expect(options.length).to.equal(1 + new Set(some.map((s) => s.categoryId)).size);
    const sorted = (names: (string | null)[], lang: string) => [...names].sort((a, b) => new Intl.Collator(lang).compare(a!, b!));
    expect(options.slice(1)).to.deep.equal(sorted(options.slice(1), 'mn'));
    setLang('en');
    await tick();
    await el.updateComplete;
    const english = [...el.shadowRoot!.querySelectorAll('select[name="category"] option')].map((o) => o.textContent);
    expect(english).to.include('Tax');
    expect(english.slice(1)).to.deep.equal(sorted(english.slice(1), 'en'));
    // Other services, other categories.
    el.services = [
      { title: 'Б', categoryId: 'b', category: { mn: 'Бэ', en: 'Bee' } },
      { title: 'А', categoryId: 'a', category: { mn: 'Аа', en: 'Zed' } },
    ];
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('select[name="category"] option')].map((o) => o.textContent)).to.deep.equal(['All categories', 'Bee', 'Zed']);
  });

  describe('search that understands how people type', () => {
    for (const query of ['pasport', 'паспорт', 'passport', 'ПАСПОРТ', 'pasprot', 'pasp']) {
      it(`finds the passport first for "${query}"`, async () => {
        const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
        await type(el, query);
        expect(titles(el)[0]).to.equal('Гадаад паспорт захиалах');
        expect(titles(el).length).to.be.lessThan(some.length);
      });
    }

    it('finds ID cards from "unemleh" and Child Money from "huuhdiin mungu" (o/u for ө/ү)', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      await type(el, 'unemleh');
      expect(
        titles(el)
          .slice(0, 3)
          .every((title) => title.includes('үнэмлэх')),
      ).to.be.true;
      await type(el, 'huuhdiin mungu');
      expect(titles(el)[0]).to.equal('Хүүхдийн мөнгөний олголт шалгах');
      await type(el, 'Ölgii');
      expect(titles(el)[0]).to.match(/\(Баян-Өлгий аймаг\)$/);
    });

    it('ranks title matches first', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      await type(el, 'tatvar');
      const inTitle = titles(el).map((title) => /татвар/i.test(title));
      expect(inTitle[0]).to.be.true;
      expect(inTitle.indexOf(false)).to.be.greaterThan(0);
      expect(inTitle.slice(inTitle.indexOf(false)).includes(true)).to.be.false;
    });

    it('updates the list as the user types with the keyboard', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      $<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ type: 'pasport' });
      await el.resultsComplete;
      expect(titles(el)[0]).to.equal('Гадаад паспорт захиалах');
      expect(el.query).to.equal('pasport');
    });

    it('does not reload the page on Enter', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      const before = location.href;
      $<HTMLInputElement>(el, 'input').focus();
      await sendKeys({ type: 'tatvar' });
      await press('Enter');
      await tick();
      expect(location.href).to.equal(before);
      expect(el.isConnected).to.be.true;
    });
  });

  describe('filters', () => {
    it('filters by category, delivery and fee, together with the search', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      await choose(el, 'category', 'tax');
      expect(cards(el).length).to.be.greaterThan(3);
      expect(cards(el).every((card) => card.service!.categoryId === 'tax')).to.be.true;
      await choose(el, 'delivery', 'online');
      expect(cards(el).every((card) => card.service!.delivery === 'online')).to.be.true;
      await choose(el, 'fee', 'free');
      expect(cards(el).every((card) => card.service!.fee === 0)).to.be.true;
      await choose(el, 'category', '');
      await choose(el, 'delivery', 'hybrid');
      await choose(el, 'fee', 'paid');
      await type(el, 'pasport');
      expect(titles(el)[0]).to.equal('Гадаад паспорт захиалах');
      expect(cards(el).every((card) => card.service!.fee! > 0 && card.service!.delivery === 'hybrid')).to.be.true;
      await choose(el, 'delivery', 'online');
      expect(cards(el).map((card) => card.service!.delivery)).to.not.include('hybrid');
    });

    it('takes its starting filters from attributes', async () => {
      const el = await render(html`<ger-service-catalog .services=${some} category="vehicles" fee="free"></ger-service-catalog>`);
      expect(cards(el).length).to.be.greaterThan(0);
      expect(cards(el).every((card) => card.service!.categoryId === 'vehicles' && card.service!.fee === 0)).to.be.true;
      expect($<HTMLSelectElement>(el, 'select[name="category"]').value).to.equal('vehicles');
    });

    it('shows every service, with one warning each, for a category, fee or delivery it does not know (a mistyped or old link)', async () => {
      let el!: GerServiceCatalog;
      const warnings = await captureWarnings(async () => {
        el = await render(html`<ger-service-catalog .services=${some} category="retired" fee="Free" delivery="internet"></ger-service-catalog>`);
        el.requestUpdate();
        await el.resultsComplete;
      });
      expect(cards(el), 'no filter is hidden from the user').to.have.length(some.length);
      for (const name of ['category', 'fee', 'delivery']) expect($<HTMLSelectElement>(el, `select[name="${name}"]`).value, name).to.equal('');
      expect(warnings.filter((w) => w.includes('category="retired"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('fee="Free"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('delivery="internet"'))).to.have.length(1);
    });
  });

  describe('result count', () => {
    it('is announced in a status region, once typing pauses', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      const count = $(el, '[part="count"]');
      expect(count.getAttribute('role')).to.equal('status');
      // When the count changes, timed from the key: a busy machine may make it later, never sooner.
      const changes: number[] = [];
      const observer = new MutationObserver(() => changes.push(performance.now()));
      observer.observe(count, { childList: true, subtree: true, characterData: true });
      const typed = performance.now();
      await type(el, 'pasport');
      await waitUntil(() => status(el) === `${cards(el).length} үр дүн олдлоо`, 'the new count said', { timeout: 5000 });
      observer.disconnect();
      expect(changes[0] - typed, 'not at every key: once typing pauses for 700 ms').to.be.at.least(700);
    });

    it('is announced at once when a filter changes, and in the page language', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      await choose(el, 'category', 'military');
      await el.updateComplete;
      expect(status(el)).to.equal(`${cards(el).length} үр дүн олдлоо`);
      setLang('en');
      await tick();
      await el.updateComplete;
      expect(status(el)).to.equal(`${cards(el).length} results found`);
    });
  });

  describe('when nothing is found', () => {
    it('keeps each word whole on a 320 px phone at 200% text, in mn and en', async () => {
      setTextSize(200);
      const broken: string[] = [];
      for (const lang of ['mn', 'en']) {
        setLang(lang);
        // What the agency site leaves the catalogue there: 320 px less its space-md margins, 32 px each at 200%.
        const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 256px">
          <ger-service-catalog .services=${some} query="bqbqbq"></ger-service-catalog>
        </div>`);
        const el = box.querySelector('ger-service-catalog')!;
        await el.resultsComplete;
        const texts = [...el.shadowRoot!.querySelectorAll('[part="empty"] :is(.heading, p)')];
        expect(texts.length).to.be.greaterThan(1);
        broken.push(...texts.flatMap((text) => findBrokenWords(text).map((word) => `${lang}: ${word}`)));
      }
      expect(broken).to.deep.equal([]);
    });

    it('says so and offers to clear the search, the live chat and the 1111 hotline', async () => {
      const el = await render(html`<ger-service-catalog .services=${some} chat-href="#chat"></ger-service-catalog>`);
      await type(el, 'bqbqbq');
      await wait(800);
      await el.updateComplete;
      expect(cards(el)).to.have.length(0);
      expect(status(el)).to.equal('0 үр дүн олдлоо');
      expect(getComputedStyle($(el, '[part="results"]')).display, 'no empty list for a screen reader to find').to.equal('none');
      const empty = $(el, '[part="empty"]');
      expect(empty.querySelector('[role="heading"]')!.textContent).to.equal('Тохирох үйлчилгээ олдсонгүй');
      expect(empty.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
      expect(empty.querySelector('a[href="#chat"]')!.textContent).to.equal('Онлайн чатаар асуух');
      expect(empty.querySelector('a[href="tel:1111"]')!.textContent).to.equal('1111 дугаарт залгах');
      expect(empty.querySelector('button')!.textContent).to.equal('Хайлт, шүүлтүүрийг арилгах');
    });

    it('refuses a chat-href that is not an http, https or relative URL, with a warning, and still offers the hotline', async () => {
      let el!: GerServiceCatalog;
      const warnings = await captureWarnings(async () => {
        el = await render(html`<ger-service-catalog .services=${some} chat-href="javascript:alert(1)"></ger-service-catalog>`);
        await type(el, 'bqbqbq');
        await wait(800);
        await el.updateComplete;
      });
      expect(warnings.join()).to.contain('<ger-service-catalog> chat-href');
      const empty = $(el, '[part="empty"]');
      expect(empty.querySelector('a[href^="javascript"]')).to.be.null;
      expect(empty.querySelector('a[href="tel:1111"]')).to.exist;
    });

    it('clears the search and filters and puts focus back in the search field', async () => {
      const el = await render(html`<ger-service-catalog .services=${some} fee="paid"></ger-service-catalog>`);
      await type(el, 'bqbqbq');
      $<HTMLButtonElement>(el, '[part="empty"] button').click();
      await el.resultsComplete;
      expect(el.query).to.equal('');
      expect(el.fee).to.equal('');
      expect(cards(el)).to.have.length(some.length);
      expect(deepActiveElement()).to.equal($(el, 'input'));
    });

    it('asks the page to open the live chat with ger-chat-request, which can take over the link', async () => {
      const el = await render(html`<ger-service-catalog .services=${some} chat-href="#chat"></ger-service-catalog>`);
      await type(el, 'bqbqbq');
      el.addEventListener('ger-chat-request', (event) => event.preventDefault());
      let clickPrevented = false;
      el.addEventListener('click', (event) => (clickPrevented = event.defaultPrevented));
      setTimeout(() => $<HTMLAnchorElement>(el, '[part="empty"] a[href="#chat"]').click());
      const event = await oneEvent(el, 'ger-chat-request');
      expect(event.detail.query).to.equal('bqbqbq');
      expect(event.bubbles && event.composed).to.be.true;
      await tick();
      expect(clickPrevented).to.be.true;
      expect(location.hash).to.not.equal('#chat');
    });

    it('opens the page’s <ger-live-chat> when the page does not handle the request itself', async () => {
      let shown = 0;
      if (!customElements.get('ger-live-chat'))
        customElements.define(
          'ger-live-chat',
          class extends HTMLElement {
            show() {
              shown++;
            }
          },
        );
      const wrapper = await fixture(
        html`<div><ger-live-chat></ger-live-chat><ger-service-catalog .services=${some} chat-href="#chat"></ger-service-catalog></div>`,
      );
      const el = wrapper.querySelector('ger-service-catalog')!;
      await type(el, 'bqbqbq');
      $<HTMLAnchorElement>(el, '[part="empty"] a[href="#chat"]').click();
      expect(shown).to.equal(1);
      expect(location.hash).to.not.equal('#chat');
    });

    it('offers a chat button when there is no chat page', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      await type(el, 'bqbqbq');
      const button = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="empty"] button')].find((b) => b.textContent === 'Онлайн чатаар асуух')!;
      setTimeout(() => button.click());
      expect((await oneEvent(el, 'ger-chat-request')).detail.query).to.equal('bqbqbq');
    });
  });

  describe('keyboard', () => {
    it('goes from the search field through the filters to the first result', async () => {
      const wrapper = await fixture(html`<div><button>Өмнөх</button><ger-service-catalog .services=${some}></ger-service-catalog></div>`);
      const el = wrapper.querySelector('ger-service-catalog')!;
      await el.resultsComplete;
      wrapper.querySelector('button')!.focus();
      const path: string[] = [];
      for (let i = 0; i < 5; i++) {
        await press('Tab');
        const active = deepActiveElement()!;
        path.push(active.localName === 'select' ? `select ${active.getAttribute('name')}` : active.localName);
      }
      expect(path).to.deep.equal(['input', 'select category', 'select delivery', 'select fee', 'a']);
      expect(deepActiveElement()).to.equal(cards(el)[0].shadowRoot!.querySelector('[part="link"]'));
    });
  });

  itNeeds(
    ['accessibility snapshot', 'computed accessibility'],
    'gives a screen reader a search landmark, the count and the results as headings with links',
    async () => {
      const el = await render(html`<ger-service-catalog .services=${some.slice(0, 5)} heading-level="3"></ger-service-catalog>`);
      expect(computedAccessibility($(el, 'form'))).to.deep.equal({ role: 'search', name: 'Үйлчилгээ хайх' });
      expect(computedAccessibility($(el, '[part="count"]')).role).to.equal('status');
      expect(await findAccessibilityNode((n) => n.role === 'searchbox' && n.name === 'Үйлчилгээ хайх')).to.exist;
      expect(await findAccessibilityNode((n) => n.role === 'combobox' && n.name === 'Төлбөр')).to.exist;
      const first = textIn(some[0].title, 'mn');
      const heading = cards(el)[0].shadowRoot!.querySelector('[part="heading"]')!;
      expect(computedAccessibility(heading)).to.deep.equal({ role: 'heading', name: first });
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(computedAccessibility($(el, 'ul')).role).to.equal('list');
      expect(await findAccessibilityNode((n) => n.role === 'link' && n.name === first)).to.exist;
      expect(el.headingLevel).to.equal(3);
    },
  );

  it('renders every result in the list, in order, so that find-in-page and screen readers reach them all', async function () {
    // All 1,448 services: about 25 s to render in the software-rendered WebKit while Firefox runs
    // beside it on two cores (32 s for the whole test, measured; 40 s ran out in a full run). This
    // test checks what is rendered; the time is the catalogue benchmark's (bench/card-render.mjs).
    this.timeout(120000);
    const el = await render(html`<ger-service-catalog .services=${all}></ger-service-catalog>`);
    expect(cards(el)).to.have.length(all.length);
    expect(cards(el).map((card) => card.service)).to.deep.equal(all);
    await type(el, 'tatvar');
    const found = titles(el);
    await type(el, 'pasport');
    await type(el, 'tatvar');
    expect(titles(el)).to.deep.equal(found);
    expect(el.shadowRoot!.querySelectorAll('ul > li')).to.have.length(found.length);
  });

  itNeeds(['accessibility snapshot'], 'puts every result in the accessibility tree, also those far below the fold', async () => {
    // A screen reader's list of headings and links reaches every result without scrolling.
    // (Off-screen cards once skipped rendering with content-visibility: auto, and Chromium then
    // left them out of the accessibility tree.)
    const services = all.slice(0, 60);
    await render(html`<ger-service-catalog .services=${services}></ger-service-catalog>`);
    const last = textIn(services[59].title, 'mn');
    expect(await findAccessibilityNode((node) => node.role === 'link' && node.name === last)).to.exist;
  });

  it('shows the cards compact and at the heading level asked for', async () => {
    const el = await render(html`<ger-service-catalog .services=${some} card-variant="compact" heading-level="4"></ger-service-catalog>`);
    expect(cards(el).every((card) => card.variant === 'compact' && card.headingLevel === 4)).to.be.true;
    el.headingLevel = 3;
    await el.resultsComplete;
    expect(cards(el)[0].shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
  });

  describe('loading from a JSON URL', () => {
    it('says it is loading, then shows the services', async () => {
      // All 1,448 are loaded; a search keeps the rendering short in a slow engine.
      const el = await fixture<GerServiceCatalog>(html`<ger-service-catalog src=${DATA} query="tsetserleg"></ger-service-catalog>`);
      expect(status(el)).to.equal('Ачаалж байна');
      for (let i = 0; i < 100 && !el.services.length; i++) await wait(50);
      await el.resultsComplete;
      expect(el.services).to.have.length(1448);
      expect(cards(el).length).to.be.within(10, 60);
      expect(titles(el)[0]).to.match(/^Цэцэрлэгт бүртгүүлэх/);
      await wait(800);
      expect(status(el)).to.equal(`${cards(el).length} үр дүн олдлоо`);
    });

    it('says when the list cannot be loaded, offers help and warns', async () => {
      let el!: GerServiceCatalog;
      const warnings = await captureWarnings(async () => {
        el = await fixture<GerServiceCatalog>(html`<ger-service-catalog src="/package.json"></ger-service-catalog>`);
        for (let i = 0; i < 100 && !status(el).startsWith('Үйлчилгээний'); i++) await wait(50);
      });
      expect(status(el)).to.contain('ачаалж чадсангүй');
      expect($(el, '[part="empty"] a[href="tel:1111"]')).to.exist;
      expect(warnings.some((w) => w.includes('/package.json'))).to.be.true;
    });
  });

  describe('on a flaky link', () => {
    afterEach(closeFlakyPages);
    const failedStatus = 'Үйлчилгээний жагсаалтыг ачаалж чадсангүй. Дахин оролдоно уу, эсвэл хуудсаа дахин ачаална уу.';
    const retryButton = (el: GerServiceCatalog) =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="empty"] button')].find((button) => button.textContent!.trim() === 'Дахин оролдох');

    /** A catalogue whose services' download drops once; it waits until it says so. */
    async function dropped(): Promise<GerServiceCatalog> {
      const src = flakyUrl(DATA, 'services.json');
      let el!: GerServiceCatalog;
      await captureWarnings(async () => {
        el = await fixture<GerServiceCatalog>(html`<ger-service-catalog src=${src} query="tsetserleg"></ger-service-catalog>`);
        for (let i = 0; i < 100 && status(el) !== failedStatus; i++) await wait(50);
      });
      return el;
    }

    it('offers to try again when the services could not be downloaded, and shows them once they are', async () => {
      const el = await dropped();
      expect(status(el)).to.equal(failedStatus);
      const retry = retryButton(el)!;
      expect(retry, 'a Retry button').to.exist;
      expect($(el, '[part="empty"] a[href="tel:1111"]'), 'and the other ways to get help').to.exist;
      retry.click();
      // Focus is not lost with the button: the status says how it goes.
      expect(deepActiveElement()).to.equal($(el, '[role="status"]'));
      for (let i = 0; i < 100 && !el.services.length; i++) await wait(50);
      await el.resultsComplete;
      expect(el.services).to.have.length(1448);
      expect(cards(el).length).to.be.greaterThan(0);
      expect(retryButton(el), 'gone').to.equal(undefined);
    });

    it('downloads the services again by itself when the browser is back online', async () => {
      const el = await dropped();
      backOnline();
      for (let i = 0; i < 100 && !el.services.length; i++) await wait(50);
      await el.resultsComplete;
      expect(el.services).to.have.length(1448);
      expect(status(el)).not.to.equal(failedStatus);
    });

    /** A page whose catalogue's results part (search, list, cards) fails to download once. */
    async function withoutResultsPart() {
      const win = await openFlakyPage(
        '<ger-service-catalog></ger-service-catalog>',
        '/packages/components/src/service-catalog/service-catalog.ts',
        'results-part.ts',
      );
      await win.customElements.whenDefined('ger-service-catalog');
      const el = win.document.querySelector('ger-service-catalog')!;
      el.services = some;
      await el.updateComplete;
      return { win, el };
    }

    it('says when its results could not be downloaded, with a Retry button, instead of loading for ever', async () => {
      const { win, el } = await withoutResultsPart();
      await waitUntil(() => status(el) === failedStatus, 'the status says so', { timeout: 3000 });
      expect(retryButton(el)).to.exist;
      expect(win.consoleErrors[0]?.[0], 'the console names the catalogue').to.equal(el);
    });

    itNeeds(['module refetch'], 'shows the results once their part is downloaded again, when the browser is back online', async () => {
      const { win, el } = await withoutResultsPart();
      await waitUntil(() => status(el) === failedStatus, 'the status says so', { timeout: 3000 });
      backOnline(win);
      await waitUntil(() => cards(el).length, 'the cards are shown', { timeout: 5000 });
      await el.resultsComplete;
      expect(cards(el)).to.have.length(some.length);
      expect(status(el)).to.equal(`${some.length} үр дүн олдлоо`);
      expect(retryButton(el)).to.equal(undefined);
    });
  });

  describe('with hostile or broken data', () => {
    it('leaves out entries that are not services, with one warning, and still searches the rest', async () => {
      const data = [null, 'text', 42, { title: '<img src=x onerror=alert(1)> Паспорт', fee: 'x', categoryId: {} }, ...some.slice(0, 3)] as unknown as Service[];
      let el!: GerServiceCatalog;
      const warnings = await captureWarnings(async () => {
        el = await render(html`<ger-service-catalog .services=${data}></ger-service-catalog>`);
        await type(el, 'pasport');
        await choose(el, 'fee', 'free');
        await choose(el, 'fee', '');
      });
      expect(warnings.filter((w) => w.includes('services must be'))).to.have.length(1);
      expect(titles(el)[0]).to.equal('<img src=x onerror=alert(1)> Паспорт');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    });

    it('ignores a services value that is not an array', async () => {
      const el = await render(html`<ger-service-catalog .services=${{ length: 3 } as unknown as Service[]}></ger-service-catalog>`);
      expect(cards(el)).to.have.length(0);
      expect(el.services).to.deep.equal([]);
      await type(el, 'pasport');
      expect(cards(el)).to.have.length(0);
    });
  });

  describe('in pages (page-size)', () => {
    const pagination = (el: GerServiceCatalog) => $(el, 'ger-pagination') as HTMLElementTagNameMap['ger-pagination'];
    /** Focuses a control of the pagination and presses a key there, as a keyboard user does. */
    const pressIn = async (el: GerServiceCatalog, selector: string, key: string) => {
      pagination(el).shadowRoot!.querySelector<HTMLElement>(selector)!.focus();
      await press(key);
      await el.resultsComplete;
    };
    const goTo = async (el: GerServiceCatalog, page: number) => {
      const target = [...pagination(el).shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].find(
        (button) => button.textContent!.trim() === String(page),
      )!;
      target.click();
      await el.resultsComplete;
    };

    it('shows every result without page-size', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      expect(cards(el)).to.have.length(some.length);
      expect($(el, 'ger-pagination')).to.be.null;
    });

    it('shows a page of results with the pages below; another page moves focus to the new page’s heading', async () => {
      const el = await render(html`<ger-service-catalog page-size="20" .services=${some}></ger-service-catalog>`);
      expect(cards(el)).to.have.length(20);
      const pages = Math.ceil(some.length / 20);
      expect(pagination(el).pages).to.equal(pages);
      expect(titles(el)[0]).to.equal(textIn(some[0].title, 'mn'));
      await goTo(el, 2);
      expect(titles(el)[0]).to.equal(textIn(some[20].title, 'mn'));
      expect(deepActiveElement()).to.equal($(el, '.page-heading'));
      expect(status(el)).to.equal(`${some.length} үр дүн олдлоо`);
      await goTo(el, pages);
      expect(cards(el)).to.have.length(some.length - (pages - 1) * 20);
    });

    it('says which page and which results a page holds in its heading, which takes focus when a page is chosen with the keyboard (mn, en, mn-Mong)', async () => {
      const el = await render(html`<ger-service-catalog page-size="20" .services=${some}></ger-service-catalog>`);
      const pages = Math.ceil(some.length / 20);
      const heading = $<HTMLElement>(el, '.page-heading');
      // On the first page too, without taking focus: the results have a heading on every page.
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(heading.textContent).to.equal(`${pages} хуудасны 1-р хуудас, ${some.length} үр дүнгийн 1–20`);
      expect(deepActiveElement()).to.not.equal(heading);

      await pressIn(el, 'button.next', 'Enter');
      expect(deepActiveElement()).to.equal(heading);
      expect(heading.textContent).to.equal(`${pages} хуудасны 2-р хуудас, ${some.length} үр дүнгийн 21–40`);
      // Said once, by focus: the heading is no live region, and the live result count does not change.
      expect(heading.closest('[role="status"], [role="alert"], [aria-live]')).to.be.null;
      expect(status(el)).to.equal(`${some.length} үр дүн олдлоо`);

      setLang('en');
      await el.updateComplete;
      expect(heading.textContent).to.equal(`Page 2 of ${pages}, results 21 to 40 of ${some.length}`);
      await pressIn(el, 'button.page[aria-label="Page 3"]', 'Enter');
      expect(deepActiveElement()).to.equal(heading);
      expect(heading.textContent).to.equal(`Page 3 of ${pages}, results 41 to 60 of ${some.length}`);
      await pressIn(el, 'button.previous', 'Enter');
      expect(deepActiveElement()).to.equal(heading);
      expect(heading.textContent).to.equal(`Page 2 of ${pages}, results 21 to 40 of ${some.length}`);

      setLang('mn-Mong');
      await whenStringsLoaded('mn-Mong');
      await el.updateComplete;
      expect(heading.textContent).to.equal(`${pages} ᠬᠠᠭᠤᠳᠠᠰᠤ\u202fᠶᠢᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ 2᠂ ${some.length} ᠦᠷ\u180eᠡ ᠳᠦᠩ\u202fᠦᠨ 21–40`);
    });

    it('names a last page that holds one result by that result', async () => {
      const el = await render(html`<ger-service-catalog page-size="20" .services=${some.slice(0, 41)}></ger-service-catalog>`);
      await pressIn(el, 'button.page[aria-label="3-р хуудас"]', 'Enter');
      expect(deepActiveElement()).to.equal($(el, '.page-heading'));
      expect($(el, '.page-heading').textContent).to.equal('3 хуудасны 3-р хуудас, 41 үр дүнгийн 41-р');
      setLang('en');
      await el.updateComplete;
      expect($(el, '.page-heading').textContent).to.equal('Page 3 of 3, result 41 of 41');
    });

    itNeeds(['accessibility snapshot'], 'gives a screen reader the new page’s heading, focused, with its words as its name', async () => {
      const el = await render(html`<ger-service-catalog page-size="20" .services=${some}></ger-service-catalog>`);
      await pressIn(el, 'button.next', 'Enter');
      const name = `${Math.ceil(some.length / 20)} хуудасны 2-р хуудас, ${some.length} үр дүнгийн 21–40`;
      const node = (await findAccessibilityNode((n) => n.role === 'heading' && n.name === name)) as { focused?: boolean; level?: number } | undefined;
      expect(node, 'the heading in the accessibility tree').to.exist;
      expect(node!.focused).to.be.true;
      expect(node!.level).to.equal(2);
    });

    it('has no page heading with a single page', async () => {
      const el = await render(html`<ger-service-catalog page-size="20" .services=${some.slice(0, 20)}></ger-service-catalog>`);
      expect($(el, '.page-heading')).to.be.null;
      expect($(el, 'ger-pagination')).to.be.null;
    });

    it('keeps focus in the search field when a new search goes back to the first page', async () => {
      const el = await render(html`<ger-service-catalog page-size="10" .services=${some}></ger-service-catalog>`);
      await pressIn(el, 'button.next', 'Enter');
      const input = $<HTMLInputElement>(el, 'input');
      input.focus();
      await type(el, 'pasport');
      await tick();
      expect(deepActiveElement()).to.equal(input);
    });

    it('scrolls no one whose results start on screen, and brings the start of the new page into view after a click at the bottom', async () => {
      const box = await fixture<HTMLDivElement>(html`<div>
        <ger-service-catalog page-size="3" .services=${some}></ger-service-catalog>
        <div style="block-size: 150vh"></div>
      </div>`);
      const el = box.querySelector('ger-service-catalog')!;
      await el.resultsComplete;
      const next = () => pagination(el).shadowRoot!.querySelector<HTMLButtonElement>('button.next')!;
      // Three results to a page: the pagination is on screen below the start of the results. The
      // start is brought on screen first: a short window (Firefox, with other test files beside
      // it) may not show it from the top of the page.
      scrollTo(0, 0);
      $(el, '.count').scrollIntoView({ block: 'nearest' });
      const before = scrollY;
      next().click();
      await el.resultsComplete;
      await wait(20);
      expect(scrollY, 'not scrolled').to.equal(before);
      expect(deepActiveElement()).to.equal($(el, '.page-heading'));

      el.pageSize = 20;
      await el.resultsComplete;
      next().scrollIntoView({ block: 'center' });
      next().click();
      await el.resultsComplete;
      await wait(20);
      expect(Math.round($(el, '.count').getBoundingClientRect().top), 'the result count at the top of the window').to.equal(0);
      expect($(el, '.page-heading').getBoundingClientRect().bottom).to.be.below(innerHeight);
      expect(deepActiveElement()).to.equal($(el, '.page-heading'));
    });

    it('keeps results that started on screen where the reader saw them when the page moved as the cards were replaced', async () => {
      const box = await fixture<HTMLDivElement>(html`<div>
        <ger-service-catalog page-size="3" .services=${some}></ger-service-catalog>
        <div style="block-size: 150vh"></div>
      </div>`);
      const el = box.querySelector('ger-service-catalog')!;
      await el.resultsComplete;
      scrollTo(0, 0);
      $(el, '.count').scrollIntoView({ block: 'nearest' });
      const top = $(el, '.count').getBoundingClientRect().top;
      pagination(el).shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.updateComplete;
      // What the browser's scroll anchoring does now and then (Firefox, at the top of the page):
      // the page moves while the cards are replaced.
      scrollBy(0, 100);
      await el.resultsComplete;
      await wait(20);
      expect($(el, '.count').getBoundingClientRect().top).to.equal(top);
      expect(deepActiveElement()).to.equal($(el, '.page-heading'));
    });

    it('shows the focused page heading when the results start at the bottom of the window', async () => {
      const box = await fixture<HTMLDivElement>(html`<div>
        <div class="above"></div>
        <ger-service-catalog page-size="3" .services=${some}></ger-service-catalog>
        <div style="block-size: 150vh"></div>
      </div>`);
      const el = box.querySelector('ger-service-catalog')!;
      await el.resultsComplete;
      scrollTo(0, 0);
      // The count's last pixels at the bottom of the window, the page heading below it.
      const count = $(el, '.count');
      box.querySelector<HTMLElement>('.above')!.style.blockSize = `${innerHeight - count.getBoundingClientRect().bottom - 2}px`;
      expect(count.getBoundingClientRect().bottom, 'the count on screen').to.be.at.most(innerHeight);
      expect($(el, '.page-heading').getBoundingClientRect().top, 'the heading below the window').to.be.at.least(innerHeight);
      pagination(el).shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.resultsComplete;
      await wait(20);
      const heading = $(el, '.page-heading');
      expect(deepActiveElement()).to.equal(heading);
      expect(heading.getBoundingClientRect().bottom, 'the focused heading on screen').to.be.at.most(innerHeight);
      expect(count.getBoundingClientRect().top, 'the count still on screen').to.be.at.least(0);
    });

    it('brings the start of the new page into view in a scrolling box the catalogue sits in', async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="margin-block-start: 30vh; block-size: 50vh; overflow: auto">
        <div style="block-size: 40vh"></div>
        <ger-service-catalog page-size="3" .services=${some}></ger-service-catalog>
        <div style="block-size: 150vh"></div>
      </div>`);
      scrollTo(0, 0);
      const el = box.querySelector('ger-service-catalog')!;
      await el.resultsComplete;
      // The count scrolled just out of the box, above its edge, though still inside the window.
      box.scrollTop += $(el, '.count').getBoundingClientRect().bottom - box.getBoundingClientRect().top + 5;
      pagination(el).shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
      await el.resultsComplete;
      await wait(20);
      expect($(el, '.count').getBoundingClientRect().top, 'the count inside the box').to.be.at.least(box.getBoundingClientRect().top);
      expect($(el, '.page-heading').getBoundingClientRect().bottom, 'the focused heading inside the box').to.be.at.most(box.getBoundingClientRect().bottom);
    });

    it('shows every result, with a warning, for a page-size that is not a whole number, and the last page for one past the end', async () => {
      let el!: GerServiceCatalog;
      const warnings = await captureWarnings(async () => {
        el = await render(html`<ger-service-catalog page-size="ten" .services=${some}></ger-service-catalog>`);
      });
      expect(warnings.join()).to.contain('page-size="ten" is not a whole number; showing every result');
      expect(cards(el)).to.have.length(some.length);
      expect($(el, 'ger-pagination')).to.be.null;
      el.pageSize = 10;
      (el as unknown as { page: number }).page = 999;
      await el.resultsComplete;
      const pages = Math.ceil(some.length / 10);
      expect(pagination(el).page).to.equal(pages);
      expect(cards(el)).to.have.length(some.length - (pages - 1) * 10);
    });

    it('goes back to page 1 for a new search', async () => {
      const el = await render(html`<ger-service-catalog page-size="10" .services=${some}></ger-service-catalog>`);
      await goTo(el, 2);
      await type(el, 'pasport');
      expect(pagination(el)?.page ?? 1).to.equal(1);
      expect(titles(el)[0]).to.equal('Гадаад паспорт захиалах');
    });
  });

  describe('in the page URL (sync-url)', () => {
    let original = '';
    before(() => (original = location.href));
    // A fresh entry for each test: entries a test went back over are dropped, so counts are exact.
    // Entries are counted as pushState calls: Firefox caps history.length at 50 in a long run.
    const realPushState = history.pushState;
    let pushes = 0;
    beforeEach(() => {
      history.pushState(null, '', original);
      pushes = 0;
      history.pushState = function (...args: Parameters<History['pushState']>) {
        pushes += 1;
        return realPushState.apply(history, args);
      };
    });
    afterEach(() => {
      history.pushState = realPushState;
      history.replaceState(null, '', original);
    });

    it('starts from the query and filters in the URL, keeping the page’s own parameters', async () => {
      history.replaceState(null, '', `${location.pathname}?page=2&q=pasport&fee=paid#top`);
      const el = await render(html`<ger-service-catalog sync-url .services=${some}></ger-service-catalog>`);
      expect(el.query).to.equal('pasport');
      expect($<HTMLInputElement>(el, 'input').value).to.equal('pasport');
      expect(titles(el)[0]).to.equal('Гадаад паспорт захиалах');
      expect(cards(el).every((card) => card.service!.fee! > 0)).to.be.true;
      await choose(el, 'delivery', 'hybrid');
      const url = new URL(location.href);
      expect(Object.fromEntries(url.searchParams)).to.deep.equal({ page: '2', q: 'pasport', fee: 'paid', delivery: 'hybrid' });
      expect(url.hash).to.equal('#top');
    });

    it('makes one history entry per typed word and one per filter; Back goes back through them', async () => {
      const el = await render(html`<ger-service-catalog sync-url .services=${some}></ger-service-catalog>`);
      const start = pushes;
      for (const text of ['p', 'pa', 'pas', 'pasport']) await type(el, text);
      expect(new URL(location.href).searchParams.get('q')).to.equal('pasport');
      expect(pushes).to.equal(start + 1);
      await choose(el, 'fee', 'paid');
      expect(pushes).to.equal(start + 2);

      setTimeout(() => history.back());
      await oneEvent(window, 'popstate');
      await el.resultsComplete;
      expect(el.fee).to.equal('');
      expect(el.query).to.equal('pasport');
      expect($<HTMLSelectElement>(el, 'select[name="fee"]').value).to.equal('');

      setTimeout(() => history.back());
      await oneEvent(window, 'popstate');
      await el.resultsComplete;
      expect(el.query).to.equal('');
      expect($<HTMLInputElement>(el, 'input').value).to.equal('');
      expect(cards(el)).to.have.length(some.length);
    });

    it('starts a new history entry when typing resumes after the search was committed (Enter)', async () => {
      const el = await render(html`<ger-service-catalog sync-url .services=${some}></ger-service-catalog>`);
      const start = pushes;
      await type(el, 'tatvar');
      $(el, 'input').dispatchEvent(new Event('change'));
      await type(el, 'tatvar tod');
      expect(pushes).to.equal(start + 2);
    });

    it('keeps the page of results in the URL with page-size, and starts from it', async () => {
      history.replaceState(null, '', `${location.pathname}?page=3`);
      const el = await render(html`<ger-service-catalog sync-url page-size="10" .services=${some}></ger-service-catalog>`);
      expect(titles(el)[0]).to.equal(textIn(some[20].title, 'mn'));
      const next = ($(el, 'ger-pagination') as HTMLElement).shadowRoot!.querySelector<HTMLButtonElement>('button.next')!;
      next.click();
      await el.resultsComplete;
      expect(new URL(location.href).searchParams.get('page')).to.equal('4');
      await choose(el, 'fee', 'paid');
      expect(new URL(location.href).searchParams.has('page'), 'a new filter starts at page 1').to.be.false;
    });

    it('moves no focus on the first load, also when the URL names a page', async () => {
      history.replaceState(null, '', `${location.pathname}?page=3`);
      const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
      before.focus();
      const el = await render(html`<ger-service-catalog sync-url page-size="10" .services=${some}></ger-service-catalog>`);
      await wait(20);
      expect($(el, '.page-heading').textContent).to.equal(`${Math.ceil(some.length / 10)} хуудасны 3-р хуудас, ${some.length} үр дүнгийн 21–30`);
      expect(document.activeElement).to.equal(before);
      expect(el.shadowRoot!.activeElement).to.be.null;
    });

    it('moves no focus on the first load when the services come later from src', async () => {
      history.replaceState(null, '', `${location.pathname}?page=3`);
      const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
      before.focus();
      const el = await fixture<GerServiceCatalog>(html`<ger-service-catalog sync-url page-size="10" src=${DATA}></ger-service-catalog>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.page-heading'), 'the services loaded', { timeout: 10000 });
      await el.resultsComplete;
      await wait(20);
      expect($(el, '.page-heading').textContent).to.contain('3-р хуудас');
      expect(document.activeElement).to.equal(before);
    });

    it('on Back and Forward, shows the page from its heading, which takes focus again and is read; focus in the search field stays', async () => {
      const el = await render(html`<ger-service-catalog sync-url page-size="10" .services=${some}></ger-service-catalog>`);
      const heading = $<HTMLElement>(el, '.page-heading');
      const pagesNav = $(el, 'ger-pagination') as HTMLElement;
      for (const page of ['2', '3']) {
        pagesNav.shadowRoot!.querySelector<HTMLElement>('button.next')!.focus();
        await press('Enter');
        await el.resultsComplete;
        expect(new URL(location.href).searchParams.get('page')).to.equal(page);
      }
      expect(deepActiveElement()).to.equal(heading);
      let focused = 0;
      heading.addEventListener('focus', () => (focused += 1));
      // Browsers put back the scroll position of the entry: the heading must still end in view.
      scrollTo(0, document.documentElement.scrollHeight);

      setTimeout(() => history.back());
      await oneEvent(window, 'popstate');
      await el.resultsComplete;
      await wait(50);
      expect(heading.textContent).to.contain('2-р хуудас');
      expect(titles(el)[0]).to.equal(textIn(some[10].title, 'mn'));
      expect(deepActiveElement()).to.equal(heading);
      expect(focused, 'focus came to the heading again, so that a screen reader reads the page').to.equal(1);
      const rect = heading.getBoundingClientRect();
      expect(rect.top).to.be.at.least(0);
      expect(rect.bottom).to.be.at.most(innerHeight);

      setTimeout(() => history.forward());
      await oneEvent(window, 'popstate');
      await el.resultsComplete;
      await wait(50);
      expect(heading.textContent).to.contain('3-р хуудас');
      expect(deepActiveElement()).to.equal(heading);
      expect(focused).to.equal(2);

      const input = $<HTMLInputElement>(el, 'input');
      input.focus();
      setTimeout(() => history.back());
      await oneEvent(window, 'popstate');
      await el.resultsComplete;
      await wait(50);
      expect(heading.textContent).to.contain('2-р хуудас');
      expect(deepActiveElement()).to.equal(input);
    });

    it('leaves the URL alone without sync-url', async () => {
      const el = await render(html`<ger-service-catalog .services=${some}></ger-service-catalog>`);
      const before = location.href;
      await type(el, 'pasport');
      await choose(el, 'fee', 'paid');
      expect(location.href).to.equal(before);
    });
  });
});

describeAccessibility('ger-service-catalog', () => {
  const services = all.length ? all.filter((_, i) => i % 97 === 0) : [];
  return html`<main>
    <h1>Үйлчилгээнүүд</h1>
    <ger-service-catalog .services=${services} chat-href="https://e-mongolia.mn/chat"></ger-service-catalog>
  </main>`;
});

describeAccessibility('ger-service-catalog, nothing found', () => {
  const services = all.slice(0, 5);
  return html`<main>
    <h1>Үйлчилгээнүүд</h1>
    <ger-service-catalog .services=${services} query="bqbqbq" chat-href="https://e-mongolia.mn/chat"></ger-service-catalog>
  </main>`;
});

describeAccessibility('ger-service-catalog, in pages', () => {
  // Three pages of five: the page's heading above the results, the pagination below them.
  const services = all.length ? all.filter((_, i) => i % 97 === 0) : [];
  return html`<main>
    <h1>Үйлчилгээнүүд</h1>
    <ger-service-catalog .services=${services} page-size="5" chat-href="https://e-mongolia.mn/chat"></ger-service-catalog>
  </main>`;
});
