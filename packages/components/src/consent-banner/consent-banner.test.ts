import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, deepActiveElement, findAccessibilityNode, nextFrame, settle, textWithoutLoneSpaces } from '../../test/helpers.js';
import { expectNoInjection, MARKUP, SCRIPT_URL } from '../../test/hostile.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { storageKey } from '../utils/storage.js';
import { GerConsentBanner } from './consent-banner.js';

const KEY = storageKey('consent');
const part = (el: GerConsentBanner, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
const buttons = (el: GerConsentBanner) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')];

async function banner(version = '2025-1') {
  const root = await fixture<HTMLElement>(html`<div>
    <ger-consent-banner policy-version=${version} details-href="/cookies"></ger-consent-banner>
    <a id="next" href="#main">Үндсэн агуулга руу</a>
  </div>`);
  return { root, el: root.querySelector('ger-consent-banner')!, next: root.querySelector<HTMLAnchorElement>('#next')! };
}

describe('ger-consent-banner', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  afterEach(async () => {
    localStorage.removeItem(KEY);
    await resetConditions();
  });

  it('asks in a region named by its heading, with a link to the details', async () => {
    const { el } = await banner();
    const region = part(el, 'banner')!;
    expect(region.localName).to.equal('section');
    expect(region.getAttribute('aria-labelledby')).to.equal('heading');
    expect(part(el, 'heading')!.textContent!.trim()).to.equal('Энэ сайтын күүки');
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Хэмжилтийн күүкиг зөвшөөрөх', 'Хэмжилтийн күүкиас татгалзах']);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('/cookies');
    expect(GerConsentBanner.consent('2025-1'), 'nothing chosen for the reader').to.equal(null);
  });

  it('gives accept and reject the same weight: same look, same size', async () => {
    const { el } = await banner();
    const [accept, reject] = buttons(el);
    const look = (button: HTMLElement) => {
      const style = getComputedStyle(button);
      return [style.backgroundColor, style.color, style.fontSize, style.fontWeight, style.borderColor, style.paddingBlockStart, button.className];
    };
    expect(look(reject)).to.deep.equal(look(accept));
    expect(reject.getBoundingClientRect().height).to.equal(accept.getBoundingClientRect().height);
  });

  it('stores an acceptance with the policy version, says so, and tells the page', async () => {
    const { el } = await banner();
    setTimeout(() => buttons(el)[0].click());
    const event = await oneEvent(el, 'ger-consent-change');
    expect(event.detail).to.deep.equal({ choice: 'accepted', version: '2025-1' });
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.include({ choice: 'accepted', version: '2025-1' });
    expect(GerConsentBanner.consent('2025-1')).to.equal('accepted');
    await settle(el);
    const confirmation = part(el, 'confirmation')!;
    expect(confirmation.textContent).to.contain('Та хэмжилтийн күүкиг зөвшөөрлөө.');
    expect(deepActiveElement(), 'focus moves to the confirmation').to.equal(confirmation);
  });

  it('keeps the sentences of its confirmation and the details link apart for screen readers', async () => {
    const { el } = await banner();
    buttons(el)[0].click();
    await settle(el);
    // A space alone in its text node beside Lit's markers is left out by Chromium: each space is in a text node with words.
    expect(textWithoutLoneSpaces(part(el, 'confirmation')!)).to.equal(
      'Та хэмжилтийн күүкиг зөвшөөрлөө. Сонголтоо хэзээ ч өөрчилж болно. Күүкийн тухай дэлгэрэнгүй',
    );
  });

  itNeeds(['accessibility snapshot'], 'reads its focused confirmation with the words apart', async () => {
    const { el } = await banner();
    buttons(el)[0].click();
    await settle(el);
    const confirmation = await findAccessibilityNode((node) => node.role === 'paragraph' && /^Та хэмжилтийн/.test(node.name));
    expect(confirmation?.name).to.equal('Та хэмжилтийн күүкиг зөвшөөрлөө. Сонголтоо хэзээ ч өөрчилж болно. Күүкийн тухай дэлгэрэнгүй');
  });

  it('stores a rejection; hiding the message moves focus on to what follows', async () => {
    const { el, next } = await banner();
    buttons(el)[1].click();
    await settle(el);
    expect(GerConsentBanner.consent('2025-1')).to.equal('rejected');
    expect(part(el, 'confirmation')!.textContent).to.contain('Та хэмжилтийн күүкиас татгалзлаа.');
    const hide = buttons(el)[0];
    expect(hide.textContent!.trim()).to.equal('Энэ мэдээг хаах');
    hide.click();
    await settle(el);
    expect(part(el, 'banner')).to.equal(null);
    expect(document.activeElement).to.equal(next);
  });

  it('shows nothing once chosen, and asks again for a new policy version', async () => {
    localStorage.setItem(KEY, JSON.stringify({ choice: 'rejected', version: '2025-1' }));
    const chosen = await banner('2025-1');
    expect(part(chosen.el, 'banner')).to.equal(null);
    expect(chosen.el.getBoundingClientRect().height).to.equal(0);
    const renewed = await banner('2026-1');
    expect(part(renewed.el, 'banner')).to.exist;
    expect(GerConsentBanner.consent('2026-1')).to.equal(null);
  });

  it('is the first thing the keyboard reaches at the top of the page', async () => {
    const { el } = await banner();
    (document.activeElement as HTMLElement | null)?.blur();
    await press('Tab');
    expect(deepActiveElement()).to.equal(buttons(el)[0]);
  });

  it('appears without shifting the page: the content after it is where it was first drawn', async () => {
    const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
    const shifts: number[] = [];
    const observer = supported
      ? new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) shifts.push(entry.value);
        })
      : undefined;
    observer?.observe({ type: 'layout-shift' });
    const { el, next } = await banner();
    await nextFrame();
    const firstDrawn = next.getBoundingClientRect().top;
    await settle(el, 2);
    expect(next.getBoundingClientRect().top).to.equal(firstDrawn);
    if (observer) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      observer.takeRecords().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value));
      observer.disconnect();
      expect(
        shifts.reduce((sum, value) => sum + value, 0),
        'cumulative layout shift',
      ).to.equal(0);
    }
  });

  it('speaks English on an English page', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="en"><ger-consent-banner details-href="/cookies"></ger-consent-banner></div>`);
    const el = root.querySelector('ger-consent-banner')!;
    await el.updateComplete;
    expect(buttons(el).map((b) => b.textContent!.trim())).to.deep.equal(['Accept analytics cookies', 'Reject analytics cookies']);
  });

  it('refuses a script link and hostile text, and asks again over a stored value it cannot read', async () => {
    localStorage.setItem(KEY, '{not json');
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GerConsentBanner>(html`<ger-consent-banner heading=${MARKUP} details-href=${SCRIPT_URL}></ger-consent-banner>`);
      expect(part(el, 'heading')!.textContent).to.contain('<img');
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
      await expectNoInjection(el);
    });
    expect(warnings.join('\n')).to.contain('not an http, https or relative URL');
    expect(warnings.join('\n')).to.contain('holds no consent choice');
  });
});

describeAccessibility('ger-consent-banner', () => html`<ger-consent-banner details-href="/cookies"></ger-consent-banner>`);
