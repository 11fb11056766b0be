import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerPasswordInput } from './password-input.js';
import './password-input.js';

describe('ger-password-input', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input>Агуулга</ger-password-input>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerPasswordInput>(html`<ger-password-input></ger-password-input>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-password-input></ger-password-input></div>`);
    const en = page.querySelector<GerPasswordInput>('ger-password-input')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-password-input', () => html`<ger-password-input>Агуулга</ger-password-input>`);
