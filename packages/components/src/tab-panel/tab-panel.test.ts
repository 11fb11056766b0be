import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerTabPanel } from './tab-panel.js';
import './tab-panel.js';

describe('ger-tab-panel', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerTabPanel>(html`<ger-tab-panel>Агуулга</ger-tab-panel>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerTabPanel>(html`<ger-tab-panel></ger-tab-panel>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-tab-panel></ger-tab-panel></div>`);
    const en = page.querySelector<GerTabPanel>('ger-tab-panel')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-tab-panel', () => html`<ger-tab-panel>Агуулга</ger-tab-panel>`);
