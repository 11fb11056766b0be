import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, findAccessibilityNode, settle } from '../../test/helpers.js';
import { expectNoInjection, MARKUP, SCRIPT_URL } from '../../test/hostile.js';
import type { GerBackLink } from './back-link.js';
import './back-link.js';

/** Not SCRIPT_URL: its warning is given in another test, and a warning is given once. */
const OTHER_SCRIPT_URL = 'javascript:history.go(-2)';
const link = (el: GerBackLink) => el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')!;
const arrow = (el: GerBackLink) => getComputedStyle(el.shadowRoot!.querySelector('.arrow')!);

/** Replaces history.back for the test, counting calls: the test page must not go anywhere. */
function stubHistoryBack() {
  const calls = { count: 0 };
  history.back = () => void calls.count++;
  return { calls, restore: () => delete (history as Partial<History>).back };
}

describe('ger-back-link', () => {
  it('links to href, with "Буцах" / "Back" as its text unless it is given one', async () => {
    const el = await fixture<GerBackLink>(html`<ger-back-link href="/passport/step-1"></ger-back-link>`);
    expect(link(el).getAttribute('href')).to.equal('/passport/step-1');
    expect(link(el).textContent!.trim()).to.equal('Буцах');
    const page = await fixture(html`<div lang="en"><ger-back-link href="/"></ger-back-link></div>`);
    const en = page.querySelector<GerBackLink>('ger-back-link')!;
    await en.updateComplete;
    expect(link(en).textContent!.trim()).to.equal('Back');
    const own = await fixture<GerBackLink>(html`<ger-back-link href="/">Үйлчилгээнүүд рүү буцах</ger-back-link>`);
    expect(own.textContent).to.equal('Үйлчилгээнүүд рүү буцах');
    expect(link(own).getBoundingClientRect().height, 'target size').to.be.at.least(24);
  });

  it('uses a link written inside as its own: its href and words, shown once, and follows changes to it', async () => {
    const el = await fixture<GerBackLink>(html`<ger-back-link><a href="/services">Бүх үйлчилгээ</a></ger-back-link>`);
    expect(link(el).getAttribute('href')).to.equal('/services');
    expect(link(el).textContent!.trim()).to.equal('Бүх үйлчилгээ');
    expect(el.shadowRoot!.querySelector('slot'), 'the written link is not shown').to.be.null;
    expect(el.querySelector('a')!.checkVisibility(), 'the written link is not shown').to.be.false;
    const written = el.querySelector('a')!;
    written.textContent = 'All services';
    written.setAttribute('href', '/services?q=passport');
    await settle(el);
    expect(link(el).textContent!.trim()).to.equal('All services');
    expect(link(el).getAttribute('href')).to.equal('/services?q=passport');
    el.href = '/elsewhere';
    await el.updateComplete;
    expect(link(el).getAttribute('href'), 'href wins').to.equal('/elsewhere');
    expect(link(el).textContent!.trim()).to.equal('All services');
  });

  it('refuses a script URL written in its link, with a warning, and goes back in history instead', async () => {
    let el!: GerBackLink;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerBackLink>(html`<ger-back-link><a href=${OTHER_SCRIPT_URL}>Буцах</a></ger-back-link>`);
    });
    expect(warnings.join()).to.contain(`<ger-back-link> href: "${OTHER_SCRIPT_URL}"`);
    expect(link(el).getAttribute('href')).to.equal('#');
  });

  itNeeds(['accessibility snapshot'], 'with a written link, is one link in the accessibility tree, named by its words', async () => {
    await fixture(html`<ger-back-link><a href="/services">Бүх үйлчилгээ</a></ger-back-link>`);
    const links: string[] = [];
    await findAccessibilityNode((node) => node.role === 'link' && !links.push(node.name));
    expect(links).to.deep.equal(['Бүх үйлчилгээ']);
  });

  it('goes back in history without href: a link that fires a cancellable ger-back first', async () => {
    const el = await fixture<GerBackLink>(html`<ger-back-link></ger-back-link>`);
    const { calls, restore } = stubHistoryBack();
    try {
      let events = 0;
      el.addEventListener('ger-back', () => events++);
      link(el).click();
      expect(events).to.equal(1);
      expect(calls.count).to.equal(1);
      el.addEventListener('ger-back', (event) => event.preventDefault());
      link(el).click();
      expect(calls.count, 'cancelled: the app goes back its own way').to.equal(1);
    } finally {
      restore();
    }
  });

  it('is reached by Tab and followed with Enter', async () => {
    const el = await fixture<GerBackLink>(html`<ger-back-link></ger-back-link>`);
    const { calls, restore } = stubHistoryBack();
    try {
      await press('Tab');
      expect(deepActiveElement()).to.equal(link(el));
      await press('Enter');
      expect(calls.count).to.equal(1);
    } finally {
      restore();
    }
  });

  itNeeds(['computed accessibility'], 'is read as a link named by its text, the arrow silent', async () => {
    const el = await fixture<GerBackLink>(html`<ger-back-link></ger-back-link>`);
    expect(computedAccessibility(link(el))).to.deep.equal({ role: 'link', name: 'Буцах' });
  });

  it('refuses a script URL with a warning and goes back in history instead', async () => {
    let el!: GerBackLink;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerBackLink>(html`<ger-back-link href=${SCRIPT_URL}>${MARKUP}</ger-back-link>`);
    });
    expect(warnings.join()).to.contain('<ger-back-link> href');
    expect(link(el).getAttribute('href')).to.equal('#');
    await expectNoInjection(el);
  });

  it('points its arrow to the inline start: left, right in right-to-left text, up in vertical script', async () => {
    const ltr = await fixture<GerBackLink>(html`<ger-back-link href="/"></ger-back-link>`);
    expect(arrow(ltr).borderRightStyle).to.equal('solid');
    expect(arrow(ltr).borderLeftStyle).to.equal('none');
    const rtl = await fixture<GerBackLink>(html`<ger-back-link href="/" dir="rtl"></ger-back-link>`);
    expect(arrow(rtl).borderLeftStyle).to.equal('solid');
    expect(arrow(rtl).borderRightStyle).to.equal('none');
    const vertical = await fixture<GerBackLink>(html`<ger-back-link href="/" style="writing-mode: vertical-lr"></ger-back-link>`);
    expect(arrow(vertical).borderBottomStyle).to.equal('solid');
    expect(arrow(vertical).borderTopStyle).to.equal('none');
  });
});

describeAccessibility('ger-back-link', () => html`<ger-back-link href="/services"></ger-back-link>`);
