import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerBackLink } from './back-link.js';
import './back-link.js';

describe('ger-back-link', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerBackLink>(html`<ger-back-link>Агуулга</ger-back-link>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerBackLink>(html`<ger-back-link></ger-back-link>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-back-link></ger-back-link></div>`);
    const en = page.querySelector<GerBackLink>('ger-back-link')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-back-link', () => html`<ger-back-link>Агуулга</ger-back-link>`);
