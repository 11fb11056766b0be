import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerTable } from './table.js';
import './table.js';

describe('ger-table', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerTable>(html`<ger-table>Агуулга</ger-table>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerTable>(html`<ger-table></ger-table>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-table></ger-table></div>`);
    const en = page.querySelector<GerTable>('ger-table')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-table', () => html`<ger-table>Агуулга</ger-table>`);
