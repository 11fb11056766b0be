import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { press } from '../../test/engine.js';
import { captureWarnings } from '../../test/helpers.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import { pointing } from '../../test/vertical-script.js';
import type { GerDetails } from './details.js';
import './details.js';

const native = (el: GerDetails) => el.shadowRoot!.querySelector('details')!;
const summary = (el: GerDetails) => el.shadowRoot!.querySelector<HTMLElement>('summary')!;
const toggled = async (el: GerDetails) => {
  // The native toggle event comes in a task after the change.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await el.updateComplete;
};

describe('ger-details', () => {
  it('is a native details element with the summary and the content', async () => {
    const el = await fixture<GerDetails>(html`<ger-details summary="Регистрийн дугаараа хаанаас олох вэ">Иргэний үнэмлэхний нүүрэн талд.</ger-details>`);
    expect(native(el).open).to.be.false;
    expect(summary(el).textContent!.trim()).to.equal('Регистрийн дугаараа хаанаас олох вэ');
    expect(native(el).querySelector('slot')).to.exist;
  });

  it('opens on a click and with Enter, reflects open and fires ger-toggle', async () => {
    const el = await fixture<GerDetails>(html`<ger-details summary="Тусламж">Агуулга</ger-details>`);
    setTimeout(() => summary(el).click());
    expect((await oneEvent(el, 'ger-toggle')).detail).to.deep.equal({ open: true });
    await el.updateComplete;
    expect(el.open).to.be.true;
    expect(el.hasAttribute('open')).to.be.true;
    summary(el).focus();
    await press('Enter');
    await toggled(el);
    expect(el.open).to.be.false;
    expect(native(el).open).to.be.false;
  });

  it('opens and closes from the open property', async () => {
    const el = await fixture<GerDetails>(html`<ger-details summary="Тусламж" open>Агуулга</ger-details>`);
    expect(native(el).open).to.be.true;
    el.open = false;
    await el.updateComplete;
    expect(native(el).open).to.be.false;
  });

  it('keeps one open in a group with the same name, and leaves other groups alone', async () => {
    const page = await fixture(html`<div>
      <ger-details name="help" summary="A" open>a</ger-details>
      <ger-details name="help" summary="B">b</ger-details>
      <ger-details name="other" summary="C" open>c</ger-details>
      <ger-details summary="D" open>d</ger-details>
    </div>`);
    const [a, b, c, d] = [...page.querySelectorAll('ger-details')];
    summary(b).click();
    await toggled(b);
    await a.updateComplete;
    expect([a, b, c, d].map((el) => el.open)).to.deep.equal([false, true, true, true]);
    expect(native(a).open).to.be.false;
    a.open = true;
    await a.updateComplete;
    await b.updateComplete;
    expect([a.open, b.open]).to.deep.equal([true, false]);
  });

  it('fires ger-toggle from each section of a group whose open state changes, once', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <ger-details name="help" summary="A" open>a</ger-details>
      <ger-details name="help" summary="B">b</ger-details>
      <ger-details name="other" summary="C" open>c</ger-details>
    </div>`);
    const sections = [...page.querySelectorAll('ger-details')];
    const [a, b] = sections;
    const fired: string[] = [];
    page.addEventListener('ger-toggle', (event) => fired.push(`${(event.target as GerDetails).summary}:${event.detail.open}`));
    summary(b).click();
    await toggled(b);
    await a.updateComplete;
    expect(fired, 'the reader opened B, which closed A').to.deep.equal(['B:true', 'A:false']);
    fired.length = 0;
    a.open = true;
    await a.updateComplete;
    await toggled(b);
    expect(fired, 'the script opened A (it knows), which closed B (it cannot know)').to.deep.equal(['B:false']);
  });

  it('says "More details" in the page language when the summary is missing, with a warning', async () => {
    let el!: GerDetails;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerDetails>(html`<ger-details>Агуулга</ger-details>`);
    });
    expect(summary(el).textContent!.trim()).to.equal('Дэлгэрэнгүй');
    expect(warnings.some((w) => w.includes('no summary'))).to.be.true;
    const en = (await fixture(html`<div lang="en"><ger-details>Content</ger-details></div>`)).querySelector('ger-details')!;
    await en.updateComplete;
    expect(summary(en).textContent!.trim()).to.equal('More details');
  });

  it('turns its marker with vertical text (lang="mn-Mong"): down along the text when closed, right to the content when open', async () => {
    const marker = (el: GerDetails) => pointing(el.shadowRoot!.querySelector('.marker')!, { drawn: 'right' });
    const box = await fixture<HTMLDivElement>(html`<div lang="mn-Mong"><ger-details summary="Тусламж">Агуулга</ger-details></div>`);
    const el = box.querySelector('ger-details')!;
    expect(getComputedStyle(el).writingMode).to.equal('vertical-lr');
    expect(marker(el)).to.equal('down');
    el.open = true;
    await el.updateComplete;
    expect(marker(el)).to.equal('right');
    expect(summary(el).getBoundingClientRect().width, 'a 44 px target across the column').to.be.at.least(44);
    box.lang = 'mn';
    await el.updateComplete;
    expect(marker(el), 'horizontal again: open points down').to.equal('down');
    el.open = false;
    await el.updateComplete;
    expect(marker(el)).to.equal('right');
  });

  it('shows a hostile summary as text', async () => {
    const el = await fixture<GerDetails>(html`<ger-details summary=${MARKUP}>x</ger-details>`);
    expect(summary(el).textContent).to.contain(MARKUP);
    await expectNoInjection(el);
  });
});

describeAccessibility(
  'ger-details',
  () => html`<ger-details summary="Регистрийн дугаараа хаанаас олох вэ" open><p>Иргэний үнэмлэхний нүүрэн талд, зургийн доор.</p></ger-details>`,
);
