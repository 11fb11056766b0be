import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, langOfText, settle } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing } from '../../test/hostile.js';
import { fakeTimers, type FakeClock } from '../../test/clock.js';
import { DEFAULT_REFERENCE_PATTERN, normalizeReference, type GerRequestLookup } from './request-lookup.js';
import './request-lookup.js';

const input = (el: GerRequestLookup) => el.shadowRoot!.querySelector<HTMLInputElement>('input')!;
const button = (el: GerRequestLookup) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
const error = (el: GerRequestLookup) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
const errorText = (el: GerRequestLookup) => error(el)?.textContent!.replace(/\s+/g, ' ').trim() ?? '';

const retryButton = (el: GerRequestLookup) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]');
/** What the live region says now: what a screen reader hears. */
const said = (el: GerRequestLookup) => el.shadowRoot!.querySelector('#error')!.textContent!.replace(/\s+/g, ' ').trim();

/** A lookup whose page hands each request to the test to settle, as the network would. */
async function lookupWith(lang = 'mn') {
  const el = await fixture<GerRequestLookup>(html`<ger-request-lookup lang=${lang}></ger-request-lookup>`);
  const lookups: { reference: string; resolve: (value?: unknown) => void; reject: (reason: unknown) => void }[] = [];
  el.addEventListener('ger-lookup', (event) => {
    event.detail.waitUntil(new Promise((resolve, reject) => lookups.push({ reference: event.detail.reference, resolve, reject })));
  });
  return { el, lookups };
}

async function submitWith(el: GerRequestLookup, value: string) {
  input(el).value = value;
  input(el).dispatchEvent(new Event('input'));
  button(el).click();
  await el.updateComplete;
}

describe('ger-request-lookup', () => {
  afterEach(resetConditions);

  it('has a labelled field with the format as a hint, in a search landmark', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup></ger-request-lookup>`);
    const form = el.shadowRoot!.querySelector('form')!;
    expect(form.getAttribute('role')).to.equal('search');
    expect(form.getAttribute('aria-label')).to.equal('Өргөдөл, гомдлын явц шалгах');
    expect(el.shadowRoot!.querySelector(`label[for="${input(el).id}"]`)!.textContent).to.equal('Өргөдөл, гомдлын дугаар');
    expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.equal('Жишээ нь: EM-2026-004817');
    expect(input(el).getAttribute('aria-describedby')).to.equal('hint error');
    expect(input(el).getAttribute('aria-invalid')).to.be.null;
  });

  it('says what is wrong when the field is empty, and keeps focus in the field', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup></ger-request-lookup>`);
    let fired = false;
    el.addEventListener('ger-lookup', () => (fired = true));
    await submitWith(el, '   ');
    expect(errorText(el)).to.equal('Алдаа: Өргөдөл, гомдлын дугаараа оруулна уу.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(deepActiveElement()).to.equal(input(el));
    expect(fired).to.be.false;
  });

  it('says the expected format when the number is wrong', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup lang="en"></ger-request-lookup>`);
    await submitWith(el, 'EM-26-4817');
    expect(errorText(el)).to.equal('Error: Enter the reference number in the format EM-2026-004817.');
    expect(error(el)!.closest('[aria-live="polite"]')!.id).to.equal('error');
  });

  it('tidies what people type: lower case, spaces, long dashes, Cyrillic look-alike letters', () => {
    const format = new RegExp(`^(?:${DEFAULT_REFERENCE_PATTERN})$`, 'u');
    expect(normalizeReference(' em-2026-004817 ', format)).to.equal('EM-2026-004817');
    expect(normalizeReference('EM - 2026 – 004817', format)).to.equal('EM-2026-004817');
    expect(normalizeReference('ем-2026-004817', format), 'Cyrillic е and м').to.equal('EM-2026-004817');
    const cyrillic = /^УБ-\d{4}$/u;
    expect(normalizeReference('уб-2026', cyrillic), 'a Cyrillic format stays Cyrillic').to.equal('УБ-2026');
  });

  it('reads a Cyrillic number typed on a Latin keyboard, as a Mongolian transliterates it', () => {
    const passport = /^ПА-\d{4}-\d{6}$/u;
    expect(normalizeReference('PA-2026-004817', passport), 'П written P').to.equal('ПА-2026-004817');
    expect(normalizeReference('pa 2026 004817', passport)).to.equal('ПА-2026-004817');
    expect(normalizeReference('ПA-2026-004817', passport), 'a Latin A among Cyrillic').to.equal('ПА-2026-004817');
    expect(normalizeReference('UB-2026', /^УБ-\d{4}$/u)).to.equal('УБ-2026');
    expect(normalizeReference('CA-2026-004817', passport), 'no number it could be: as typed').to.equal('CA-2026-004817');
    const latin = new RegExp(`^(?:${DEFAULT_REFERENCE_PATTERN})$`, 'u');
    expect(normalizeReference('EM-2026-004817', latin), 'a Latin format stays Latin').to.equal('EM-2026-004817');
  });

  it('takes spaces for the hyphens when that makes the format: numbers read out or copied from an SMS', () => {
    const format = new RegExp(`^(?:${DEFAULT_REFERENCE_PATTERN})$`, 'u');
    expect(normalizeReference('EM 2026 004817', format)).to.equal('EM-2026-004817');
    expect(normalizeReference('ем 2026-004817', format), 'and Cyrillic look-alikes').to.equal('EM-2026-004817');
    expect(normalizeReference('EM-2026-004 817', format), 'a space inside a part is still left out').to.equal('EM-2026-004817');
    expect(normalizeReference('па 2026 004817', /^ПА-\d{4}-\d{6}$/u)).to.equal('ПА-2026-004817');
  });

  it('fires ger-lookup with the tidied number when it is valid, and clears the error', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup></ger-request-lookup>`);
    await submitWith(el, 'x');
    expect(error(el)).to.exist;
    setTimeout(() => submitWith(el, ' ем-2026-004817 '));
    const event = await oneEvent(el, 'ger-lookup');
    expect(event.detail).to.deep.equal({ reference: 'EM-2026-004817' });
    await el.updateComplete;
    expect(error(el)).to.be.null;
    expect(input(el).value).to.equal('EM-2026-004817');
  });

  it('works with the keyboard: type, Enter submits', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup></ger-request-lookup>`);
    await press('Tab');
    expect(deepActiveElement()).to.equal(input(el));
    // No doubled characters: WebKitWebDriver drops the second of two equal keys typed in a row.
    await sendKeys({ type: 'em-2026-531842' });
    const heard = oneEvent(el, 'ger-lookup');
    // Awaited: a key press still under way would meet the next one (see the language switch's test).
    await press('Enter');
    const event = await heard;
    expect(event.detail.reference).to.equal('EM-2026-531842');
    await press('Tab');
    expect(deepActiveElement()).to.equal(button(el));
  });

  it('shows "not found" when the page sets not-found, and clears it on the next edit', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup></ger-request-lookup>`);
    el.addEventListener('ger-lookup', () => (el.notFound = true));
    await submitWith(el, 'EM-2026-999999');
    await el.updateComplete;
    expect(errorText(el)).to.equal(
      'Алдаа: EM-2026-999999 дугаартай өргөдөл, гомдол олдсонгүй. Дугаараа шалгаад дахин оролдоно уу, эсвэл 1111 дугаарт залгана уу.',
    );
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    input(el).value = 'EM-2026-99999';
    input(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(error(el)).to.be.null;
    expect(el.hasAttribute('not-found')).to.be.false;
  });

  it('says a lookup that failed, apart from "not found", with a retry; the field is not marked wrong', async () => {
    const { el, lookups } = await lookupWith();
    await submitWith(el, 'EM-2026-004817');
    expect(said(el), 'while the page looks it up').to.equal('Шалгаж байна…');
    lookups[0].reject(new TypeError('Failed to fetch'));
    await settle(el);
    expect(errorText(el)).to.equal('Холболтын алдааны улмаас шалгаж чадсангүй. Дахин оролдоно уу, эсвэл 1111 дугаарт залгана уу.');
    expect(error(el)!.closest('[aria-live="polite"]')!.id, 'announced').to.equal('error');
    expect(input(el).getAttribute('aria-invalid'), 'nothing wrong with the number').to.be.null;
    expect(el.shadowRoot!.querySelector('.field')!.classList.contains('invalid')).to.be.false;
    expect(el.notFound).to.be.false;
    expect(retryButton(el)!.textContent!.trim()).to.equal('Дахин оролдох');
    retryButton(el)!.click();
    await settle(el);
    expect(lookups.map((l) => l.reference)).to.deep.equal(['EM-2026-004817', 'EM-2026-004817']);
    expect(deepActiveElement(), 'focus goes to the field as the retry button leaves').to.equal(input(el));
    expect(retryButton(el)).to.be.null;
    expect(said(el)).to.equal('Шалгаж байна…');
    lookups[1].resolve(new Response('{}', { status: 200 }));
    await settle(el);
    expect(said(el)).to.equal('');
    expect(error(el)).to.be.null;
  });

  it('looks the number up again by itself when the browser is back online', async () => {
    const { el, lookups } = await lookupWith();
    await submitWith(el, 'EM-2026-004817');
    lookups[0].reject(new TypeError('Failed to fetch'));
    await settle(el);
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(lookups).to.have.length(2);
    expect(said(el)).to.equal('Шалгаж байна…');
    lookups[1].resolve(undefined);
    await settle(el);
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(lookups, 'once: the lookup succeeded').to.have.length(2);
  });

  it('reads the response handed to waitUntil: 404 is "not found", another HTTP error a failed lookup', async () => {
    const { el, lookups } = await lookupWith('en');
    await submitWith(el, 'EM-2026-999999');
    lookups[0].resolve(new Response('', { status: 404 }));
    await settle(el);
    expect(errorText(el)).to.match(/^Error: We could not find a request or complaint with the number EM-2026-999999\. /);
    expect(el.notFound).to.be.true;
    expect(retryButton(el)).to.be.null;
    await submitWith(el, 'EM-2026-999999');
    expect(said(el)).to.equal('Checking…');
    lookups[1].resolve(new Response('', { status: 502 }));
    await settle(el);
    expect(errorText(el)).to.equal('We could not check the number: the connection failed. Try again, or call 1111.');
    expect(el.notFound).to.be.false;
    expect(retryButton(el)!.textContent!.trim()).to.equal('Try again');
    // Editing the number puts the failure away, as it does "not found".
    input(el).value = 'EM-2026-99999';
    input(el).dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(error(el)).to.be.null;
    expect(retryButton(el)).to.be.null;
  });

  it('does not look up a number typed wrong since a failure when the browser is back online', async () => {
    const { el, lookups } = await lookupWith();
    await submitWith(el, 'EM-2026-004817');
    await submitWith(el, 'EM-2026');
    lookups[0].reject(new TypeError('Failed to fetch'));
    await settle(el);
    window.dispatchEvent(new Event('online'));
    await settle(el);
    expect(lookups.map((l) => l.reference)).to.deep.equal(['EM-2026-004817']);
    expect(errorText(el)).to.equal('Алдаа: Дугаарыг EM-2026-004817 хэлбэрээр оруулна уу.');
  });

  it('shows only the newest lookup: an older one answering late changes nothing', async () => {
    const { el, lookups } = await lookupWith();
    await submitWith(el, 'EM-2026-000001');
    await submitWith(el, 'EM-2026-000002');
    lookups[1].resolve(undefined);
    await settle(el);
    lookups[0].reject(new TypeError('Failed to fetch'));
    await settle(el);
    expect(error(el)).to.be.null;
    expect(retryButton(el)).to.be.null;
  });

  it('drops a lookup under way when the reader edits the number: its late "not found" is not about the new text', async () => {
    const { el, lookups } = await lookupWith();
    await submitWith(el, 'EM-2026-000001');
    expect(said(el)).to.contain('Шалгаж байна');
    input(el).value = 'EM-2026-00000';
    input(el).dispatchEvent(new Event('input'));
    await settle(el);
    expect(said(el), 'no longer checking the old number').to.equal('');
    lookups[0].resolve(new Response('', { status: 404 }));
    await settle(el);
    expect(error(el)).to.be.null;
    expect(said(el)).to.equal('');
  });

  describe("when the page's lookup never answers (a fetch stalled on a weak link)", () => {
    let clock: FakeClock;
    beforeEach(() => (clock = fakeTimers()));
    afterEach(() => clock.restore());

    /** A lookup of `reference` whose page has not answered in 20 s. */
    async function stalled(reference = 'EM-2026-004817', lang = 'mn') {
      const looking = await lookupWith(lang);
      await submitWith(looking.el, reference);
      expect(said(looking.el)).to.equal(lang === 'mn' ? 'Шалгаж байна…' : 'Checking…');
      expect(clock.runLast(), 'the wait').to.equal(20_000);
      await settle(looking.el);
      return looking;
    }

    it('says after 20 s that checking is taking long, with Try again, which asks the page again', async () => {
      const { el, lookups } = await stalled();
      expect(said(el), 'announced in the live region').to.equal('Шалгахад удаж байна. Дахин оролдоно уу, эсвэл 1111 дугаарт залгана уу.');
      expect(input(el).value, 'the number stays').to.equal('EM-2026-004817');
      expect(input(el).getAttribute('aria-invalid'), 'nothing wrong with the number').to.be.null;
      expect(error(el), 'not said as a failure or an error').to.be.null;
      expect(retryButton(el)!.textContent!.trim()).to.equal('Дахин оролдох');
      retryButton(el)!.focus();
      retryButton(el)!.click();
      await settle(el);
      expect(lookups.map((l) => l.reference)).to.deep.equal(['EM-2026-004817', 'EM-2026-004817']);
      expect(said(el)).to.equal('Шалгаж байна…');
      expect(retryButton(el)).to.be.null;
      expect(deepActiveElement(), 'focus goes to the field as the button leaves').to.equal(input(el));
    });

    it('says it in English too', async () => {
      const { el } = await stalled('EM-2026-004817', 'en');
      expect(said(el)).to.equal('Checking is taking a long time. Try again, or call 1111.');
      expect(retryButton(el)!.textContent!.trim()).to.equal('Try again');
    });

    it('shows the answer when it comes late, and moves focus from Try again to the field', async () => {
      const { el, lookups } = await stalled('EM-2026-999999');
      retryButton(el)!.focus();
      lookups[0].resolve(new Response('', { status: 404 }));
      await settle(el);
      expect(el.notFound, 'the late answer counts').to.be.true;
      expect(errorText(el)).to.match(/EM-2026-999999 дугаартай өргөдөл, гомдол олдсонгүй/);
      expect(retryButton(el)).to.be.null;
      expect(deepActiveElement(), 'focus is not lost with the button').to.equal(input(el));
    });

    it('takes the first answer of a lookup tried again, and then no other', async () => {
      const { el, lookups } = await stalled('EM-2026-999999');
      retryButton(el)!.click();
      await settle(el);
      lookups[0].resolve(new Response('', { status: 404 }));
      await settle(el);
      expect(el.notFound, 'the first try answered').to.be.true;
      expect(said(el)).to.not.contain('Шалгаж байна');
      // The second try answering otherwise later does not take the answer back.
      lookups[1].reject(new TypeError('Failed to fetch'));
      await settle(el);
      expect(el.notFound).to.be.true;
      expect(retryButton(el)).to.be.null;
    });

    it('never lets a late answer of an older number replace the newer lookup', async () => {
      const { el, lookups } = await stalled('EM-2026-000001');
      await submitWith(el, 'EM-2026-000002');
      expect(said(el)).to.equal('Шалгаж байна…');
      // The old lookup answers while the new one is under way, and after it answered.
      lookups[0].resolve(new Response('', { status: 404 }));
      await settle(el);
      expect(el.notFound).to.be.false;
      expect(said(el)).to.equal('Шалгаж байна…');
      lookups[1].resolve(new Response('{}', { status: 200 }));
      await settle(el);
      expect(said(el)).to.equal('');
      expect(error(el)).to.be.null;
    });

    it("does not call a newer lookup slow on the older one's clock", async () => {
      const { el, lookups } = await lookupWith();
      await submitWith(el, 'EM-2026-000001');
      await submitWith(el, 'EM-2026-000002');
      expect(lookups).to.have.length(2);
      // The first lookup's wait runs out while the second is only starting.
      clock.pending[0].run();
      await settle(el);
      expect(said(el)).to.equal('Шалгаж байна…');
      expect(retryButton(el)).to.be.null;
      expect(clock.runLast()).to.equal(20_000);
      await settle(el);
      expect(said(el)).to.match(/^Шалгахад удаж байна\./);
    });
  });

  it('marks a reference in Cyrillic as Mongolian on an English page, so an English voice does not misread it', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><ger-request-lookup pattern="ПА-\\d{4}-\\d{6}" example="ПА-2026-004817"></ger-request-lookup></div>`,
    );
    const el = page.querySelector('ger-request-lookup')!;
    el.addEventListener('ger-lookup', () => (el.notFound = true));
    expect(el.shadowRoot!.querySelector('#hint')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('For example, ПА-2026-004817');
    expect(langOfText(el.shadowRoot!, 'ПА-2026-004817'), 'the example').to.equal('mn');
    expect(langOfText(el.shadowRoot!, 'For example'), 'the words around it').to.equal('en');
    await submitWith(el, 'ПА-2026');
    expect(errorText(el)).to.equal('Error: Enter the reference number in the format ПА-2026-004817.');
    expect(langOfText(error(el)!, 'ПА-2026-004817'), 'in the error').to.equal('mn');
    await submitWith(el, 'ПА-2026-999999');
    await el.updateComplete;
    expect(errorText(el)).to.match(/^Error: We could not find a request or complaint with the number ПА-2026-999999\. /);
    expect(langOfText(error(el)!, 'ПА-2026-999999'), 'the number not found').to.equal('mn');
    // A reference in Latin letters is read in the page's language.
    el.example = 'EM-2026-004817';
    await el.updateComplete;
    expect(langOfText(el.shadowRoot!, 'EM-2026-004817')).to.equal('en');
  });

  it('says the result again when the same number is submitted again: the live region changes each time', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup></ger-request-lookup>`);
    el.addEventListener('ger-lookup', () => (el.notFound = true));
    const region = el.shadowRoot!.querySelector('#error')!;
    const said: string[] = [];
    // What a screen reader hears: the region's text, each time text is added to it or changes.
    const observer = new MutationObserver((records) => {
      const spoken = records.some((record) => record.type === 'characterData' || [...record.addedNodes].some((node) => node.textContent!.trim()));
      const text = region.textContent!.replace(/\s+/g, ' ').trim();
      if (spoken && text) said.push(text);
    });
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    for (const value of ['EM-26-4817', 'EM-26-4817', 'EM-2026-999999', 'EM-2026-999999']) {
      await submitWith(el, value);
      await new Promise(requestAnimationFrame);
    }
    observer.disconnect();
    expect(said.map((text) => text.slice(0, 24))).to.deep.equal([
      'Алдаа: Дугаарыг EM-2026-',
      'Алдаа: Дугаарыг EM-2026-',
      'Алдаа: EM-2026-999999 ду',
      'Алдаа: EM-2026-999999 ду',
    ]);
  });

  it('takes its own format and example; a broken pattern falls back with a warning', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup pattern="1111-\\d{7}" example="1111-0048170"></ger-request-lookup>`);
    expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.equal('Жишээ нь: 1111-0048170');
    await submitWith(el, 'EM-2026-004817');
    expect(errorText(el)).to.contain('1111-0048170');
    let bad!: GerRequestLookup;
    const warnings = await captureWarnings(async () => {
      bad = await fixture<GerRequestLookup>(html`<ger-request-lookup pattern="([A-Z"></ger-request-lookup>`);
      await submitWith(bad, 'EM-2026-004817');
    });
    expect(error(bad)).to.be.null;
    expect(warnings.some((w) => w.includes('not a valid regular expression'))).to.be.true;
  });

  itNeeds(['computed accessibility'], 'describes the field with the hint and the error', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup></ger-request-lookup>`);
    await submitWith(el, '');
    const field = input(el) as HTMLInputElement & { computedName?: string };
    expect(computedAccessibility(field)).to.deep.equal({ role: 'textbox', name: 'Өргөдөл, гомдлын дугаар' });
    expect(computedAccessibility(el.shadowRoot!.querySelector('form')!)).to.deep.equal({ role: 'search', name: 'Өргөдөл, гомдлын явц шалгах' });
  });

  it('keeps hostile data as text: markup in what is typed and in the example, very long words', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem"><ger-request-lookup example=${MARKUP + LONG_WORD}></ger-request-lookup></div>`);
    const el = box.querySelector('ger-request-lookup')!;
    await submitWith(el, MARKUP);
    el.notFound = true;
    await el.updateComplete;
    await expectNoInjection(box);
    expect(el.shadowRoot!.querySelector('#hint')!.textContent).to.contain(MARKUP);
    expect(overflowing(box)).to.deep.equal([]);
  });
});

describeAccessibility(
  'ger-request-lookup',
  () => html`<div>
    <ger-request-lookup></ger-request-lookup>
    <ger-request-lookup value="EM-2026-999999" not-found></ger-request-lookup>
  </div>`,
);

describe('ger-request-lookup after a failed lookup: accessibility', () => {
  afterEach(resetConditions);
  it('passes axe with the failure and its retry', async () => {
    const el = await fixture<GerRequestLookup>(html`<ger-request-lookup></ger-request-lookup>`);
    el.addEventListener('ger-lookup', (event) => event.detail.waitUntil(Promise.reject(new TypeError('Failed to fetch'))));
    await submitWith(el, 'EM-2026-004817');
    await settle(el);
    expect(retryButton(el)).to.exist;
    const { expectNoAxeViolations } = await import('../../test/axe.js');
    await expectNoAxeViolations(el);
  });
});
