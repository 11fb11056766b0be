import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds } from '../../test/engine.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import { resetConditions, setForcedColors } from '../../test/viewing-conditions.js';
import type { GerWarningText } from './warning-text.js';
import './warning-text.js';

const icon = (el: GerWarningText) => el.shadowRoot!.querySelector('[part="icon"]')!;
const prefix = (el: GerWarningText) => el.shadowRoot!.querySelector('.visually-hidden')!;

describe('ger-warning-text', () => {
  afterEach(resetConditions);

  it('reads "Warning" before the text, hidden on screen, in the language of the page', async () => {
    const el = await fixture<GerWarningText>(html`<ger-warning-text>Торгууль ногдуулж болно.</ger-warning-text>`);
    expect(prefix(el).textContent!.trim()).to.equal('Анхааруулга:');
    expect(prefix(el).getBoundingClientRect().width).to.be.at.most(1);
    const page = await fixture(html`<div lang="en"><ger-warning-text>You can be fined.</ger-warning-text></div>`);
    const en = page.querySelector<GerWarningText>('ger-warning-text')!;
    await en.updateComplete;
    expect(prefix(en).textContent!.trim()).to.equal('Warning:');
  });

  it('shows the text in bold beside an icon that screen readers skip', async () => {
    const el = await fixture<GerWarningText>(html`<ger-warning-text>Торгууль ногдуулж болно.</ger-warning-text>`);
    expect(icon(el).getAttribute('aria-hidden')).to.equal('true');
    expect(icon(el).getBoundingClientRect().width).to.be.greaterThan(16);
    expect(Number(getComputedStyle(el.shadowRoot!.querySelector('[part="text"]')!).fontWeight)).to.be.at.least(600);
  });

  it('is read as "Анхааруулга: ..." with nothing from the icon: the prefix comes first in the text', async () => {
    const el = await fixture<GerWarningText>(html`<ger-warning-text>Торгууль ногдуулж болно.</ger-warning-text>`);
    const text = el.shadowRoot!.querySelector('[part="text"]')!;
    expect([...text.children].map((child) => child.localName)).to.deep.equal(['span', 'slot']);
    expect(text.firstElementChild).to.equal(prefix(el));
    expect(el.shadowRoot!.querySelector('[part="base"]')!.firstElementChild).to.equal(icon(el));
  });

  itNeeds(['media emulation'], 'keeps its icon visible in forced colours, drawn in the system text colour', async () => {
    await setForcedColors(true);
    const el = await fixture<GerWarningText>(html`<ger-warning-text>Торгууль ногдуулж болно.</ger-warning-text>`);
    const style = getComputedStyle(icon(el));
    expect(style.forcedColorAdjust).to.equal('none');
    expect(style.fill).not.to.equal(style.stroke);
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    expect(style.fill).to.equal(getComputedStyle(probe).color);
    probe.remove();
  });

  it('shows hostile text as text', async () => {
    const el = await fixture<GerWarningText>(html`<ger-warning-text>${MARKUP}</ger-warning-text>`);
    expect(el.textContent).to.equal(MARKUP);
    await expectNoInjection(el);
  });
});

describeAccessibility('ger-warning-text', () => html`<ger-warning-text>Бүртгүүлээгүй бол 500,000 төгрөг хүртэл торгууль ногдуулж болно.</ger-warning-text>`);
