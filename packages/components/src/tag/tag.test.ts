import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { captureWarnings, findAccessibilityNode } from '../../test/helpers.js';
import { resetConditions, setForcedColors } from '../../test/viewing-conditions.js';
import { itNeeds } from '../../test/engine.js';
import type { GerTag } from './tag.js';
import './tag.js';

describe('ger-tag', () => {
  afterEach(resetConditions);

  itNeeds(['accessibility snapshot'], 'shows its text and is read as text', async () => {
    await fixture<GerTag>(html`<ger-tag variant="success">Шийдвэрлэгдсэн</ger-tag>`);
    const node = await findAccessibilityNode((n) => n.name === 'Шийдвэрлэгдсэн');
    expect(node).to.exist;
  });

  it('colours each variant differently', async () => {
    const colours = new Set<string>();
    for (const variant of ['neutral', 'info', 'success', 'warning', 'danger']) {
      const el = await fixture<GerTag>(html`<ger-tag variant=${variant}>x</ger-tag>`);
      colours.add(getComputedStyle(el).backgroundColor);
    }
    expect(colours.size).to.equal(5);
  });

  itNeeds(['media emulation'], 'keeps a visible border under forced colours, where the fill is gone', async () => {
    await setForcedColors(true);
    const el = await fixture<GerTag>(html`<ger-tag variant="danger">Татгалзсан</ger-tag>`);
    const style = getComputedStyle(el);
    expect(style.borderStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
  });

  it('warns when it has no text, since colour alone means nothing', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GerTag>(html`<ger-tag variant="danger"></ger-tag>`);
      el.textContent = ' ';
      await new Promise((r) => setTimeout(r));
    });
    expect(warnings.some((w) => w.includes('no text'))).to.be.true;
  });

  it('does not warn when it has text', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture<GerTag>(html`<ger-tag>Шинэ</ger-tag>`);
      await new Promise((r) => setTimeout(r));
    });
    expect(warnings).to.deep.equal([]);
  });

  it('falls back to neutral for an unknown variant', async () => {
    let el!: GerTag;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerTag>(html`<ger-tag variant="purple">x</ger-tag>`);
    });
    const neutral = await fixture<GerTag>(html`<ger-tag>x</ger-tag>`);
    expect(getComputedStyle(el).backgroundColor).to.equal(getComputedStyle(neutral).backgroundColor);
    expect(getComputedStyle(el).borderColor).to.equal(getComputedStyle(neutral).borderColor);
    expect(warnings).to.have.length(1);
  });

  it('keeps whole words in a narrow table column (no "Хян/агда/ж")', async () => {
    const table = await fixture(html`<table style="inline-size: 10px"><tr><td><ger-tag>Хянагдаж байна</ger-tag></td></tr></table>`);
    const text = table.querySelector('ger-tag')!;
    const lineHeight = parseFloat(getComputedStyle(text).lineHeight);
    expect(text.getBoundingClientRect().height, 'two words, two lines at most').to.be.below(lineHeight * 2.5);
  });

  it('wraps a long status instead of overflowing', async () => {
    const el = await fixture<GerTag>(html`<div style="inline-size: 120px"><ger-tag>Түр хугацаагаар үйлчилгээ үзүүлэхгүй</ger-tag></div>`);
    const tag = el.querySelector('ger-tag')!;
    expect(tag.getBoundingClientRect().width).to.be.at.most(120);
  });
});

describeAccessibility(
  'ger-tag',
  () => html`<p>
    <ger-tag>Ноорог</ger-tag> <ger-tag variant="info">Хянагдаж байна</ger-tag> <ger-tag variant="success">Шийдвэрлэгдсэн</ger-tag>
    <ger-tag variant="warning">Нэмэлт мэдээлэл шаардлагатай</ger-tag> <ger-tag variant="danger">Татгалзсан</ger-tag>
  </p>`,
);
