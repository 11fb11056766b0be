import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerWarningText } from './warning-text.js';
import './warning-text.js';

describe('ger-warning-text', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerWarningText>(html`<ger-warning-text>Агуулга</ger-warning-text>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerWarningText>(html`<ger-warning-text></ger-warning-text>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-warning-text></ger-warning-text></div>`);
    const en = page.querySelector<GerWarningText>('ger-warning-text')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-warning-text', () => html`<ger-warning-text>Агуулга</ger-warning-text>`);
