import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerDetails } from './details.js';
import './details.js';

describe('ger-details', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerDetails>(html`<ger-details>Агуулга</ger-details>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerDetails>(html`<ger-details></ger-details>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-details></ger-details></div>`);
    const en = page.querySelector<GerDetails>('ger-details')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-details', () => html`<ger-details>Агуулга</ger-details>`);
