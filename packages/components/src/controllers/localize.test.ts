import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en } from '../locales/en.js';
import { mn } from '../locales/mn.js';
import { mnMongTranslation } from '../locales/mn-Mong.js';
import { registerShippedTranslation, registerTranslation, resolveLanguage } from '../locales/registry.js';
import { whenStringsLoaded } from '../../test/viewing-conditions.js';
import { LocalizeController, nearestLang, formatDateTime, formatNumber, pluralTerm } from './localize.js';

class LocalizeProbe extends LitElement {
  localize = new LocalizeController(this, { mn, en });
  renders = 0;
  override render() {
    this.renders++;
    return html`<span>${this.localize.term('skipToContent')}</span>`;
  }
}
customElements.define('localize-probe', LocalizeProbe);

const text = (el: LocalizeProbe) => el.shadowRoot!.querySelector('span')!.textContent;

describe('LocalizeController', () => {
  afterEach(() => {
    document.documentElement.lang = 'mn';
  });

  it('defaults to Mongolian', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await fixture<LocalizeProbe>(html`<localize-probe></localize-probe>`);
    expect(el.localize.lang).to.equal('mn');
    expect(text(el)).to.equal(mn.skipToContent);
  });

  it('follows the nearest lang attribute, across shadow roots', async () => {
    const wrapper = await fixture(html`<section lang="en"><div><localize-probe></localize-probe></div></section>`);
    const el = wrapper.querySelector<LocalizeProbe>('localize-probe')!;
    expect(text(el)).to.equal(en.skipToContent);

    const host = await fixture(html`<div lang="en"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    shadow.append(inner);
    expect(nearestLang(inner)).to.equal('en');
  });

  it('ends its walk at the document, even one with an element named "host", and at a detached tree', async () => {
    const page = document.documentElement;
    const lang = page.getAttribute('lang');
    // `document.host` is then that form: a walk that took it for a shadow root's host went round for ever.
    const form = await fixture(html`<form name="host"><div></div></form>`);
    const host = form.querySelector('div')!;
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    page.removeAttribute('lang');
    try {
      expect(nearestLang(inner)).to.equal('');
    } finally {
      page.setAttribute('lang', lang!);
    }
    // Detached: a link's own `host` is its URL's host name.
    const link = document.createElement('a');
    link.href = 'https://e-mongolia.mn/';
    expect(nearestLang(link)).to.equal('');
    expect(nearestLang(document.createDocumentFragment().appendChild(document.createElement('p')))).to.equal('');
  });

  it('uses the base language of a regional tag and falls back to mn for unknown languages', async () => {
    const a = await fixture(html`<div lang="en-GB"><localize-probe></localize-probe></div>`);
    expect(text(a.querySelector<LocalizeProbe>('localize-probe')!)).to.equal(en.skipToContent);
    const b = await fixture(html`<div lang="fr"><localize-probe></localize-probe></div>`);
    expect(text(b.querySelector<LocalizeProbe>('localize-probe')!)).to.equal(mn.skipToContent);
  });

  it('re-renders when a lang attribute changes, and only then', async () => {
    const wrapper = await fixture(html`<div lang="mn"><localize-probe></localize-probe></div>`);
    const el = wrapper.querySelector<LocalizeProbe>('localize-probe')!;
    const before = el.renders;
    wrapper.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(text(el)).to.equal(en.skipToContent);
    expect(el.renders).to.equal(before + 1);
    document.body.setAttribute('data-unrelated', 'x');
    await new Promise((r) => setTimeout(r));
    expect(el.renders).to.equal(before + 1);
    document.body.removeAttribute('data-unrelated');
  });

  it('fills placeholders and picks plural forms through Intl.PluralRules', async () => {
    const el = await fixture<LocalizeProbe>(html`<localize-probe lang="en"></localize-probe>`);
    expect(el.localize.term('dismissNotification', { heading: 'Notice' })).to.equal('Dismiss notification: Notice');
    expect(pluralTerm(el.localize, 'resultCount', 1)).to.equal('1 result found');
    expect(pluralTerm(el.localize, 'resultCount', 1448)).to.equal('1,448 results found');
    el.setAttribute('lang', 'mn');
    await new Promise((r) => setTimeout(r));
    expect(pluralTerm(el.localize, 'resultCount', 1448)).to.match(/^1[\s\u00a0\u202f.,]?448 үр дүн олдлоо$/);
  });

  it('formats numbers and dates through Intl in the element language', async () => {
    const el = await fixture<LocalizeProbe>(html`<localize-probe lang="en"></localize-probe>`);
    expect(formatNumber(el.localize, 15000, { style: 'currency', currency: 'MNT', currencyDisplay: 'code' })).to.contain('15,000');
    expect(formatDateTime(el.localize, '2026-11-27T12:00:00Z', { year: 'numeric', month: 'long', timeZone: 'UTC' })).to.equal('November 2026');
  });

  it('accepts a new language at runtime and re-renders elements already on the page', async () => {
    const el = await fixture<LocalizeProbe>(html`<localize-probe lang="kk"></localize-probe>`);
    expect(text(el)).to.equal(mn.skipToContent);
    registerTranslation({ ...en, $code: 'kk', $name: 'Қазақша', skipToContent: 'Негізгі мазмұнға өту' });
    await el.updateComplete;
    expect(text(el)).to.equal('Негізгі мазмұнға өту');
  });

  it('mn and en define the same keys', () => {
    expect(Object.keys(mn).sort()).to.deep.equal(Object.keys(en).sort());
  });

  describe('the traditional script (mn-Mong)', () => {
    it('loads its strings the first time an element is in it, then re-renders that element', async () => {
      const wrapper = await fixture(html`<div lang="mn-Mong-MN"><localize-probe></localize-probe></div>`);
      const el = wrapper.querySelector<LocalizeProbe>('localize-probe')!;
      await whenStringsLoaded('mn-Mong');
      await el.updateComplete;
      // It resolved to mn while the strings loaded: mn-Mong now means it was refreshed (and re-rendered) since.
      expect(el.localize.lang).to.equal('mn-Mong');
      expect(resolveLanguage('mn-Mong').registered?.$name).to.equal(mnMongTranslation.$name);
      // (Any string the traditional-script file lacks falls back to Cyrillic.)
      expect(text(el)).to.equal(mnMongTranslation.skipToContent ?? mn.skipToContent);
    });

    it('resolves as its own language, not as mn, from any case and region', () => {
      for (const tag of ['mn-Mong', 'MN-MONG', 'mn-mong-MN']) expect(resolveLanguage(tag).code, tag).to.equal('mn-Mong');
      expect(resolveLanguage('mn-Cyrl-MN').code).to.equal('mn');
    });

    it('names months and weekdays from the mn-Mong strings (Intl has only Cyrillic ones), with Latin digits', async () => {
      const months = Array.from({ length: 12 }, (_, i) => `ᠰᠠᠷ${i + 1}`).join('|');
      registerTranslation({
        $code: 'mn-Mong',
        $name: 'ᠮᠣᠩᠭᠣᠯ',
        calendarMonths: months,
        calendarWeekdays: 'ᠭ1|ᠭ2|ᠭ3|ᠭ4|ᠭ5|ᠭ6|ᠭ7',
        calendarWeekdaysShort: 'ᠭᠭ1|ᠭᠭ2|ᠭᠭ3|ᠭᠭ4|ᠭᠭ5|ᠭᠭ6|ᠭᠭ7',
        calendarMonthYear: '{year} ᠣᠨ ᠤ {month}',
      });
      const mong = { lang: 'mn-Mong' };
      const date = '2026-11-27T12:00:00Z';
      // The same in every engine, in Mongolian order (Chromium has no Mongolian patterns: it wrote
      // "November 27, 2026 at 12:00 PM"), with a 24-hour clock.
      expect(formatDateTime(mong, date, { dateStyle: 'full', timeZone: 'UTC' })).to.equal('2026 ᠣᠨ ᠤ ᠰᠠᠷ11 27, ᠭ5');
      expect(formatDateTime(mong, date, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' })).to.equal('2026 ᠣᠨ ᠤ ᠰᠠᠷ11 27 12:00');
      expect(formatDateTime(mong, '2026-11-27T21:05:00Z', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })).to.equal('2026 ᠣᠨ ᠤ ᠰᠠᠷ11 27 21:05');
      expect(formatDateTime(mong, date, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })).to.equal('ᠰᠠᠷ11 27, ᠭᠭ5');
      expect(formatDateTime(mong, date, { month: 'long', year: 'numeric', timeZone: 'UTC' })).to.equal('2026 ᠣᠨ ᠤ ᠰᠠᠷ11');
      expect(formatDateTime(mong, date, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' })).to.equal(
        '2026.11.27 12:00',
      );
      expect(formatDateTime(mong, '2026-11-27T09:07:00Z', { hour: '2-digit', minute: '2-digit', hour12: true, timeZone: 'UTC' })).to.equal('09:07');
      // The month and weekday of the formatter's time zone: 27 November 20:00 in Ulaanbaatar is Saturday 28 November.
      expect(formatDateTime(mong, '2026-11-27T20:00:00Z', { dateStyle: 'full', timeZone: 'Asia/Ulaanbaatar' })).to.equal('2026 ᠣᠨ ᠤ ᠰᠠᠷ11 28, ᠭ6');
    });

    // Last: a registered translation stays for the rest of the page.
    it("keeps an agency's registered mn-Mong strings over Ger's own, whichever comes first", async () => {
      const el = await fixture<LocalizeProbe>(html`<localize-probe lang="mn-Mong"></localize-probe>`);
      registerTranslation({ $code: 'mn-Mong', $name: 'ᠮᠣᠩᠭᠣᠯ', skipToContent: 'ᠠᠭᠤᠯᠭᠭᠠ ᠳᠤ' });
      registerShippedTranslation(mnMongTranslation);
      await el.updateComplete;
      expect(text(el)).to.equal('ᠠᠭᠤᠯᠭᠭᠠ ᠳᠤ');
      expect(el.localize.term('loading')).to.equal(mnMongTranslation.loading ?? mn.loading);
    });
  });
});
