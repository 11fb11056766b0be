import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerPanel } from './panel.js';
import './panel.js';

describe('ger-panel', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerPanel>(html`<ger-panel>Агуулга</ger-panel>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerPanel>(html`<ger-panel></ger-panel>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-panel></ger-panel></div>`);
    const en = page.querySelector<GerPanel>('ger-panel')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-panel', () => html`<ger-panel>Агуулга</ger-panel>`);
