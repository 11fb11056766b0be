import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing, SCRIPT_URL } from '../../test/hostile.js';
import { pointing } from '../../test/vertical-script.js';
import type { GerBreadcrumbs } from './breadcrumbs.js';
import './breadcrumbs.js';

const ITEMS = [{ label: 'Нүүр', href: '#home' }, { label: 'Өргөдөл, гомдол', href: '#complaints' }, { label: 'Явц шалгах' }];

const items = (el: GerBreadcrumbs) => [...el.shadowRoot!.querySelectorAll('li')];

describe('ger-breadcrumbs', () => {
  afterEach(resetConditions);

  it('is an ordered list of links in a named navigation, the current page last and marked', async () => {
    const el = await fixture<GerBreadcrumbs>(html`<ger-breadcrumbs .items=${ITEMS}></ger-breadcrumbs>`);
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Хуудасны зам');
    expect(el.shadowRoot!.querySelector('nav > ol')).to.exist;
    expect(items(el).map((li) => li.textContent!.trim())).to.deep.equal(['Нүүр', 'Өргөдөл, гомдол', 'Явц шалгах']);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#home', '#complaints']);
    const last = items(el)[2].firstElementChild!;
    expect(last.localName).to.equal('span');
    expect(last.getAttribute('aria-current')).to.equal('page');
    for (const link of el.shadowRoot!.querySelectorAll('a')) expect(link.getBoundingClientRect().height, 'target size (WCAG 2.5.8)').to.be.at.least(24);
  });

  it('draws the separators, so a screen reader reads only the page names', async () => {
    const el = await fixture<GerBreadcrumbs>(html`<ger-breadcrumbs .items=${ITEMS}></ger-breadcrumbs>`);
    const separator = getComputedStyle(items(el)[1], '::before');
    expect(separator.content).to.equal('""');
    expect(separator.borderInlineEndStyle).to.equal('solid');
    // Its size holds its border (the shared styles leave pseudo-elements to say so themselves).
    expect(separator.boxSizing).to.equal('border-box');
  });

  it('points its separators along the text: right, and down when set vertically (lang="mn-Mong")', async () => {
    const page = await fixture(html`<div><ger-breadcrumbs .items=${ITEMS}></ger-breadcrumbs></div>`);
    const el = page.querySelector<GerBreadcrumbs>('ger-breadcrumbs')!;
    await el.updateComplete;
    const separatorPointing = () => pointing(items(el)[1], { pseudo: '::before' });
    expect(separatorPointing()).to.equal('right');
    page.setAttribute('lang', 'mn-Mong');
    await el.updateComplete;
    expect(getComputedStyle(el).writingMode).to.equal('vertical-lr');
    expect(separatorPointing()).to.equal('down');
  });

  it('reads a JSON attribute, and renders nothing for no items', async () => {
    const el = await fixture<GerBreadcrumbs>(
      html`<ger-breadcrumbs items='[{"label":"Нүүр","href":"/"},{"label":"Тусламж","href":"/help"}]'></ger-breadcrumbs>`,
    );
    expect(items(el).length).to.equal(2);
    expect(items(el)[1].querySelector('a')!.getAttribute('aria-current')).to.equal('page');
    const empty = await fixture<GerBreadcrumbs>(html`<ger-breadcrumbs></ger-breadcrumbs>`);
    expect(empty.shadowRoot!.querySelector('nav')).to.be.null;
  });

  it('takes Tab through the links only', async () => {
    const el = await fixture<GerBreadcrumbs>(html`<ger-breadcrumbs .items=${ITEMS}></ger-breadcrumbs><button>next</button>`);
    await press('Tab');
    expect(deepActiveElement()!.textContent).to.equal('Нүүр');
    await press('Tab');
    expect(deepActiveElement()!.textContent).to.equal('Өргөдөл, гомдол');
    await press('Tab');
    expect(deepActiveElement()).to.equal(el.nextElementSibling);
  });

  itNeeds(['computed accessibility'], 'is a navigation landmark named "Breadcrumb" in English', async () => {
    const el = await fixture<GerBreadcrumbs>(html`<ger-breadcrumbs lang="en" .items=${ITEMS}></ger-breadcrumbs>`);
    expect(computedAccessibility(el.shadowRoot!.querySelector('nav')!)).to.deep.equal({ role: 'navigation', name: 'Breadcrumb' });
  });

  it('keeps hostile data as text: markup, javascript: links, very long words', async () => {
    let box!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      box = await fixture<HTMLElement>(html`<div style="inline-size: 16rem">
        <ger-breadcrumbs .items=${[{ label: MARKUP, href: SCRIPT_URL }, { label: LONG_WORD, href: '#long' }, { href: '#nolabel' }, { label: LONG_WORD }]}></ger-breadcrumbs>
      </div>`);
    });
    const el = box.querySelector('ger-breadcrumbs')!;
    await expectNoInjection(box);
    expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['#long']);
    expect(items(el)[0].textContent!.trim()).to.equal(MARKUP);
    expect(overflowing(box)).to.deep.equal([]);
    expect(warnings.length).to.be.at.least(2);
  });
});

describeAccessibility('ger-breadcrumbs', () => html`<ger-breadcrumbs .items=${ITEMS}></ger-breadcrumbs>`);
