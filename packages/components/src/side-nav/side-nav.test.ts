import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerSideNav } from './side-nav.js';
import './side-nav.js';

describe('ger-side-nav', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerSideNav>(html`<ger-side-nav>Агуулга</ger-side-nav>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerSideNav>(html`<ger-side-nav></ger-side-nav>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-side-nav></ger-side-nav></div>`);
    const en = page.querySelector<GerSideNav>('ger-side-nav')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-side-nav', () => html`<ger-side-nav>Агуулга</ger-side-nav>`);
