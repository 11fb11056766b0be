import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerInsetText } from './inset-text.js';
import './inset-text.js';

describe('ger-inset-text', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerInsetText>(html`<ger-inset-text>Агуулга</ger-inset-text>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerInsetText>(html`<ger-inset-text></ger-inset-text>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-inset-text></ger-inset-text></div>`);
    const en = page.querySelector<GerInsetText>('ger-inset-text')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-inset-text', () => html`<ger-inset-text>Агуулга</ger-inset-text>`);
