import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerSummaryList } from './summary-list.js';
import './summary-list.js';

describe('ger-summary-list', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerSummaryList>(html`<ger-summary-list>Агуулга</ger-summary-list>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerSummaryList>(html`<ger-summary-list></ger-summary-list>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-summary-list></ger-summary-list></div>`);
    const en = page.querySelector<GerSummaryList>('ger-summary-list')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-summary-list', () => html`<ger-summary-list>Агуулга</ger-summary-list>`);
