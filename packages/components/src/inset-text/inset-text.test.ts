import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import type { GerInsetText } from './inset-text.js';
import './inset-text.js';

describe('ger-inset-text', () => {
  it('sets its content apart with a bar on the inline-start edge, in a box that can be measured', async () => {
    const el = await fixture<GerInsetText>(html`<ger-inset-text><p>Шийдвэр 10 хоногт гарна.</p></ger-inset-text>`);
    expect(el.textContent!.trim()).to.equal('Шийдвэр 10 хоногт гарна.');
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(parseFloat(getComputedStyle(base).borderInlineStartWidth)).to.be.at.least(4);
    expect(getComputedStyle(base).borderInlineEndStyle).to.equal('none');
  });

  it('turns its bar with the text: on the right in right-to-left text', async () => {
    const el = await fixture<GerInsetText>(html`<ger-inset-text dir="rtl">نص</ger-inset-text>`);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(parseFloat(getComputedStyle(base).borderRightWidth)).to.be.at.least(4);
    expect(parseFloat(getComputedStyle(base).borderLeftWidth)).to.equal(0);
  });

  it('takes no room when empty, and adds no role or words of its own', async () => {
    const el = await fixture<GerInsetText>(html`<ger-inset-text></ger-inset-text>`);
    expect(getComputedStyle(el).display).to.equal('none');
    const full = await fixture<GerInsetText>(html`<ger-inset-text>Текст</ger-inset-text>`);
    expect(full.shadowRoot!.textContent!.trim()).to.equal('');
    expect(full.shadowRoot!.querySelector('[role]')).to.be.null;
  });

  it('shows hostile text as text', async () => {
    const el = await fixture<GerInsetText>(html`<ger-inset-text>${MARKUP}</ger-inset-text>`);
    expect(el.textContent).to.equal(MARKUP);
    await expectNoInjection(el);
  });
});

describeAccessibility('ger-inset-text', () => html`<ger-inset-text><p>Өргөдлийг хүлээн авснаас хойш ажлын 10 өдөрт шийдвэрлэнэ.</p></ger-inset-text>`);
