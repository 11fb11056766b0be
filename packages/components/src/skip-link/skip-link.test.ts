import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { press } from '../../test/engine.js';
import { captureWarnings, deepActiveElement } from '../../test/helpers.js';
import type { GerSkipLink } from './skip-link.js';
import './skip-link.js';

const link = (el: GerSkipLink) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a')!;

describe('ger-skip-link', () => {
  it('is hidden until focused, then visible', async () => {
    const page = await fixture(html`<div><ger-skip-link></ger-skip-link><main id="main"><h1>Гарчиг</h1></main></div>`);
    const el = page.querySelector('ger-skip-link')!;
    expect(link(el).getBoundingClientRect().height).to.be.at.most(1);
    await press('Tab');
    expect(deepActiveElement()).to.equal(link(el));
    expect(link(el).getBoundingClientRect().height).to.be.at.least(24);
    expect(getComputedStyle(link(el)).outlineStyle).to.equal('solid');
  });

  it('has localized default text', async () => {
    const el = await fixture<GerSkipLink>(html`<ger-skip-link></ger-skip-link>`);
    expect(link(el).textContent!.trim()).to.equal('Үндсэн агуулга руу шилжих');
    const en = await fixture(html`<div lang="en"><ger-skip-link></ger-skip-link></div>`);
    const enLink = en.querySelector('ger-skip-link')!;
    await enLink.updateComplete;
    expect(link(enLink).textContent!.trim()).to.equal('Skip to main content');
  });

  it('moves focus to the target with Enter, so the next Tab continues from there', async () => {
    const page = await fixture(html`<div>
      <ger-skip-link href="#content"></ger-skip-link>
      <nav><a href="#a">Цэс</a></nav>
      <main id="content"><h1>Гарчиг</h1><a href="#b" id="first-in-main">Эхний холбоос</a></main>
    </div>`);
    await press('Tab');
    await press('Enter');
    const main = page.querySelector('main')!;
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    expect(location.hash).to.equal('#content');
    await press('Tab');
    expect(document.activeElement).to.equal(page.querySelector('#first-in-main'));
  });

  it('falls back to #main with a warning for a non in-page href', async () => {
    let el!: GerSkipLink;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerSkipLink>(html`<ger-skip-link href="https://example.com"></ger-skip-link>`);
    });
    expect(link(el).getAttribute('href')).to.equal('#main');
    expect(warnings.some((w) => w.includes('https://example.com'))).to.be.true;
  });

  it('accepts custom text', async () => {
    const el = await fixture<GerSkipLink>(html`<ger-skip-link>Хайлт руу шилжих</ger-skip-link>`);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedNodes()[0].textContent).to.equal('Хайлт руу шилжих');
  });
});

describeAccessibility('ger-skip-link', () => html`<div><ger-skip-link></ger-skip-link><main id="main"><h1>e-Mongolia</h1></main></div>`);
