import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing } from '../../test/hostile.js';
import type { GerSiteAlert } from './site-alert.js';
import './site-alert.js';
import { storageKey } from '../utils/storage.js';

const part = (el: GerSiteAlert, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const messageShown = (el: GerSiteAlert) => getComputedStyle(part(el, 'message')).display !== 'none';
const headingText = (el: GerSiteAlert) => part(el, 'heading').textContent!.replace(/\s+/g, ' ').trim();

let ids = 0;
const freshId = () => `test-${Date.now()}-${ids++}`;

function alert(id = '') {
  return fixture<GerSiteAlert>(html`<ger-site-alert variant="emergency" heading="Үерийн аюул" dismissible alert-id=${id}>
    <p>Туул голын усны түвшин нэмэгдсэн. Голын эргээс хол байна уу. <a href="#more">Дэлгэрэнгүй</a></p>
  </ger-site-alert>`);
}

describe('ger-site-alert', () => {
  afterEach(resetConditions);

  it('names its kind and subject in a heading that labels the region', async () => {
    const el = await alert();
    const region = part(el, 'alert');
    expect(region.localName).to.equal('section');
    expect(region.getAttribute('aria-labelledby')).to.equal(part(el, 'heading').id);
    expect(part(el, 'heading').localName).to.equal('h2');
    expect(headingText(el)).to.equal('Онцгой байдлын мэдээ: Үерийн аюул');
  });

  itNeeds(['computed accessibility'], 'is a region landmark named by its heading', async () => {
    const el = await alert();
    expect(computedAccessibility(part(el, 'alert'))).to.deep.equal({ role: 'region', name: 'Онцгой байдлын мэдээ: Үерийн аюул' });
  });

  it('says each kind in words and draws a different icon shape', async () => {
    const kinds: string[] = [];
    const shapes = new Set<string>();
    for (const variant of ['emergency', 'warning', 'information']) {
      const el = await fixture<GerSiteAlert>(html`<ger-site-alert variant=${variant} lang="en">x</ger-site-alert>`);
      kinds.push(headingText(el));
      shapes.add(el.shadowRoot!.querySelector('svg.icon')!.innerHTML);
    }
    expect(kinds).to.deep.equal(['Emergency alert', 'Service alert', 'Service notice']);
    expect(shapes.size).to.equal(3);
  });

  it('cannot be dismissed unless the site allows it, and never by Escape', async () => {
    const fixed = await fixture<GerSiteAlert>(html`<ger-site-alert variant="emergency"><p>Онц байдал</p></ger-site-alert>`);
    expect(part(fixed, 'toggle')).to.be.null;
    const el = await alert();
    part(el, 'toggle').focus();
    await press('Escape');
    await el.updateComplete;
    expect(messageShown(el)).to.be.true;
    expect(el.hidden).to.be.false;
  });

  it('folds away only through a clearly labelled button after the message; the heading and region stay', async () => {
    const el = await alert();
    const toggle = part(el, 'toggle');
    expect(toggle.textContent!.trim()).to.equal('Энэ мэдээг хураах');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.getAttribute('aria-controls')).to.equal('message');
    expect(part(el, 'message').compareDocumentPosition(toggle) & Node.DOCUMENT_POSITION_FOLLOWING, 'the button comes after the message').to.be.ok;
    toggle.click();
    await el.updateComplete;
    expect(messageShown(el)).to.be.false;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.textContent!.trim()).to.equal('Мэдээг дэлгэж харах');
    expect(part(el, 'alert').getBoundingClientRect().height, 'still on the page').to.be.greaterThan(0);
    expect(headingText(el)).to.equal('Онцгой байдлын мэдээ: Үерийн аюул');
  });

  it('works with the keyboard and keeps focus on its button', async () => {
    const el = await alert();
    await press('Tab');
    expect(deepActiveElement()!.textContent).to.equal('Дэлгэрэнгүй');
    await press('Tab');
    expect(deepActiveElement()).to.equal(part(el, 'toggle'));
    await press('Enter');
    await el.updateComplete;
    expect(messageShown(el)).to.be.false;
    expect(deepActiveElement()).to.equal(part(el, 'toggle'));
    await press('Space');
    await el.updateComplete;
    expect(messageShown(el)).to.be.true;
    expect(deepActiveElement()).to.equal(part(el, 'toggle'));
  });

  itNeeds(['computed accessibility'], 'stays a named region landmark when folded, with its button collapsed', async () => {
    const el = await alert();
    part(el, 'toggle').click();
    await el.updateComplete;
    expect(computedAccessibility(part(el, 'alert'))).to.deep.equal({ role: 'region', name: 'Онцгой байдлын мэдээ: Үерийн аюул' });
    expect(computedAccessibility(part(el, 'toggle'))).to.deep.equal({ role: 'button', name: 'Мэдээг дэлгэж харах' });
  });

  it('remembers that the reader folded this alert, and opens a new one', async () => {
    const id = freshId();
    const first = await alert(id);
    part(first, 'toggle').click();
    await first.updateComplete;
    const again = await alert(id);
    expect(messageShown(again), 'the same alert on the next page').to.be.false;
    const other = await alert(freshId());
    expect(messageShown(other), 'a new alert').to.be.true;
    part(again, 'toggle').click();
    await again.updateComplete;
    expect(localStorage.getItem(storageKey('site-alert', id))).to.be.null;
  });

  it('reads the choice stored for an alert-id set after it is on the page, or changed', async () => {
    const id = freshId();
    const first = await alert(id);
    part(first, 'toggle').click();
    await first.updateComplete;
    const late = await alert();
    expect(messageShown(late)).to.be.true;
    // A framework sets attributes after it inserts the element.
    late.setAttribute('alert-id', id);
    await late.updateComplete;
    expect(messageShown(late), 'the alert the reader folded').to.be.false;
    expect(part(late, 'toggle').getAttribute('aria-expanded')).to.equal('false');
    late.alertId = freshId();
    await late.updateComplete;
    expect(messageShown(late), 'a new alert opens').to.be.true;
    expect(localStorage.getItem(storageKey('site-alert', id)), 'the folded alert is still remembered').to.equal('hidden');
    part(first, 'toggle').click();
    await first.updateComplete;
    expect(localStorage.getItem(storageKey('site-alert', id))).to.be.null;
  });

  it('does not remember without an alert-id, and stays open when no longer dismissible', async () => {
    const el = await alert();
    part(el, 'toggle').click();
    await el.updateComplete;
    expect(Object.keys(localStorage).filter((k) => k.startsWith(storageKey('site-alert', '')))).to.deep.equal([]);
    el.dismissible = false;
    await el.updateComplete;
    expect(messageShown(el)).to.be.true;
  });

  it('falls back to warning for an unknown variant, with a warning', async () => {
    let el!: GerSiteAlert;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerSiteAlert>(html`<ger-site-alert variant="panic">x</ger-site-alert>`);
    });
    expect(part(el, 'alert').classList.contains('warning')).to.be.true;
    expect(warnings.some((w) => w.includes('variant="panic"'))).to.be.true;
  });

  it('keeps hostile data as text: markup and very long words in the heading', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem">
      <ger-site-alert heading=${MARKUP + LONG_WORD} dismissible alert-id=${MARKUP}><p>${LONG_WORD}</p></ger-site-alert>
    </div>`);
    const el = box.querySelector('ger-site-alert')!;
    await expectNoInjection(box);
    expect(part(el, 'heading').textContent).to.contain(MARKUP);
    expect(overflowing(box)).to.deep.equal([]);
  });
});

describeAccessibility(
  'ger-site-alert',
  () => html`<div>
    <ger-site-alert variant="emergency" heading="Үерийн аюул" dismissible>
      <p>Туул голын усны түвшин нэмэгдсэн. Голын эргээс хол байна уу. <a href="#more">Дэлгэрэнгүй</a></p>
    </ger-site-alert>
    <ger-site-alert variant="warning" heading="Системийн засвар">
      <p>Бямба гарагт 02:00–04:00 цагт e-Mongolia ажиллахгүй.</p>
    </ger-site-alert>
    <ger-site-alert variant="information" heading="Шинэ үйлчилгээ" dismissible>
      <p>Төрсний гэрчилгээг одоо онлайнаар авах боломжтой.</p>
    </ger-site-alert>
  </div>`,
);
