import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import type { GerConsentBanner } from './consent-banner.js';
import './consent-banner.js';

describe('ger-consent-banner', () => {
  it('shows its content in a box that can be measured', async () => {
    const el = await fixture<GerConsentBanner>(html`<ger-consent-banner>Агуулга</ger-consent-banner>`);
    expect(el.textContent).to.equal('Агуулга');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('says that it is empty, in the language of the page', async () => {
    const mn = await fixture<GerConsentBanner>(html`<ger-consent-banner></ger-consent-banner>`);
    expect(mn.shadowRoot!.textContent!.trim()).to.equal('Одоогоор хоосон байна');
    const page = await fixture(html`<div lang="en"><ger-consent-banner></ger-consent-banner></div>`);
    const en = page.querySelector<GerConsentBanner>('ger-consent-banner')!;
    await en.updateComplete;
    expect(en.shadowRoot!.textContent!.trim()).to.equal('Nothing here yet');
  });
});

describeAccessibility('ger-consent-banner', () => html`<ger-consent-banner>Агуулга</ger-consent-banner>`);
