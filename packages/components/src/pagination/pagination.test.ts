import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerPagination } from './pagination.js';
import './pagination.js';

describe('ger-pagination', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerPagination>(html`<ger-pagination>Агуулга</ger-pagination>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerPagination>(html`<ger-pagination></ger-pagination>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-pagination></ger-pagination></div>`);
    const en = page.querySelector<GerPagination>('ger-pagination')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-pagination', () => html`<ger-pagination>Агуулга</ger-pagination>`);
