import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerTabs } from './tabs.js';
import './tabs.js';

describe('ger-tabs', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerTabs>(html`<ger-tabs>Агуулга</ger-tabs>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerTabs>(html`<ger-tabs></ger-tabs>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-tabs></ger-tabs></div>`);
    const en = page.querySelector<GerTabs>('ger-tabs')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-tabs', () => html`<ger-tabs>Агуулга</ger-tabs>`);
