import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, langOfText } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing } from '../../test/hostile.js';
import type { GerPanel } from './panel.js';
import { textLines } from '../../test/vertical-script.js';
import './panel.js';

const heading = (el: GerPanel) => el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const focusMoved = (el: GerPanel) => waitUntil(() => deepActiveElement() === heading(el), 'focus on the panel heading', { timeout: 2000 });

describe('ger-panel set vertically (lang="mn-Mong")', () => {
  it('in a horizontal page: the heading and reference in a column of comfortable length, not a letter a line', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="mn-Mong"><ger-panel heading="Өргөдөл хүлээн авлаа" reference="ПА-2026-000123"><p>Бид 5 ажлын өдөрт шалгана.</p></ger-panel></div>`,
    );
    const el = page.querySelector<GerPanel>('ger-panel')!;
    await el.updateComplete;
    expect(getComputedStyle(el).writingMode).to.equal('vertical-lr');
    expect(textLines(el.shadowRoot!.querySelector('[part="reference"]')!)).to.equal(1);
    expect(textLines(heading(el))).to.equal(1);
    expect(el.querySelector('p')!.getBoundingClientRect().left, 'what happens next: to the right of the panel').to.be.at.least(
      el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect().right - 1,
    );
  });
});

describe('ger-panel', () => {
  it('shows the heading, the reference number in large text and what happens next', async () => {
    const el = await fixture<GerPanel>(
      html`<ger-panel heading="Өргөдөл хүлээн авлаа" reference="ПА-2026-000123"><p>Бид 5 ажлын өдөрт шалгана.</p></ger-panel>`,
    );
    expect(heading(el).textContent).to.equal('Өргөдөл хүлээн авлаа');
    expect(heading(el).getAttribute('aria-level')).to.equal('1');
    const reference = el.shadowRoot!.querySelector<HTMLElement>('[part="reference"]')!;
    expect(reference.parentElement!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Таны лавлах дугаар ПА-2026-000123');
    const body = parseFloat(getComputedStyle(el).fontSize);
    expect(parseFloat(getComputedStyle(reference).fontSize)).to.be.at.least(body * 1.4);
    expect(el.querySelector('p')!.getBoundingClientRect().top).to.be.greaterThan(el.shadowRoot!.querySelector('.panel')!.getBoundingClientRect().bottom);
  });

  it('says "Your reference number" in English, or the reference-label given', async () => {
    const en = await fixture<GerPanel>(html`<ger-panel lang="en" heading="Application received" reference="PA-1"></ger-panel>`);
    expect(en.shadowRoot!.querySelector('.body')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Your reference number PA-1');
    const own = await fixture<GerPanel>(html`<ger-panel heading="Төлбөр төлөгдлөө" reference="T-9" reference-label="Гүйлгээний дугаар"></ger-panel>`);
    expect(own.shadowRoot!.querySelector('.body')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Гүйлгээний дугаар T-9');
  });

  it('marks a reference in Cyrillic as Mongolian on an English page, so an English voice does not misread it', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en"><ger-panel heading="Application received" reference="ПА-2026-000123"></ger-panel><ger-panel heading="Paid" reference="T-9"></ger-panel></div>`,
    );
    const [cyrillic, latin] = page.querySelectorAll('ger-panel');
    expect(langOfText(cyrillic.shadowRoot!, 'ПА-2026-000123')).to.equal('mn');
    expect(langOfText(cyrillic.shadowRoot!, 'Your reference number'), 'the words above it').to.equal('en');
    expect(langOfText(latin.shadowRoot!, 'T-9'), 'a reference in Latin letters, in the page language').to.equal('en');
  });

  it('moves focus to its heading as it connects, so the outcome is read out', async () => {
    const el = await fixture<GerPanel>(html`<ger-panel heading="Өргөдөл хүлээн авлаа"></ger-panel>`);
    await focusMoved(el);
    expect(heading(el).getAttribute('tabindex')).to.equal('-1');
  });

  it('moves focus when it is shown later, once only', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button>Илгээх</button>
      <section hidden><ger-panel heading="Өргөдөл хүлээн авлаа"></ger-panel></section>
    </div>`);
    const el = page.querySelector('ger-panel')!;
    const button = page.querySelector('button')!;
    button.focus();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(deepActiveElement(), 'hidden: focus stays').to.equal(button);
    page.querySelector('section')!.hidden = false;
    await focusMoved(el);
    button.focus();
    page.querySelector('section')!.hidden = true;
    page.querySelector('section')!.hidden = false;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(deepActiveElement(), 'shown again: focus stays').to.equal(button);
  });

  it('leaves focus where it is with no-focus', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>Илгээх</button></div>`);
    const button = page.querySelector('button')!;
    button.focus();
    const panel = document.createElement('ger-panel');
    panel.setAttribute('heading', 'Өргөдөл хүлээн авлаа');
    panel.setAttribute('no-focus', '');
    page.append(panel);
    await panel.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(deepActiveElement()).to.equal(button);
  });

  itNeeds(['computed accessibility'], 'is a heading at heading-level', async () => {
    const el = await fixture<GerPanel>(html`<ger-panel heading="Application received" heading-level="2" no-focus></ger-panel>`);
    expect(computedAccessibility(heading(el))).to.deep.equal({ role: 'heading', name: 'Application received' });
    expect(heading(el).getAttribute('aria-level')).to.equal('2');
  });

  it('keeps hostile data as text, warns of a missing heading or a bad level, and focuses the panel itself then', async () => {
    let box!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      box = await fixture<HTMLElement>(html`<div style="inline-size: 16rem">
        <ger-panel heading=${MARKUP} heading-level="9" reference=${LONG_WORD} no-focus></ger-panel>
        <ger-panel reference="ПА-1"></ger-panel>
      </div>`);
    });
    const [hostile, headless] = box.querySelectorAll('ger-panel');
    await expectNoInjection(box);
    expect(heading(hostile).textContent).to.equal(MARKUP);
    expect(heading(hostile).getAttribute('aria-level')).to.equal('1');
    expect(overflowing(box)).to.deep.equal([]);
    await waitUntil(() => deepActiveElement() === headless.shadowRoot!.querySelector('.panel'), 'focus on the panel without a heading');
    for (const words of ['heading-level="9"', 'no heading'])
      expect(
        warnings.some((warning) => warning.includes(words)),
        `a warning about ${words}`,
      ).to.be.true;
  });
});

describeAccessibility(
  'ger-panel',
  () =>
    html`<ger-panel heading="Өргөдөл хүлээн авлаа" reference="ПА-2026-000123" no-focus
      ><p>Бид таны өргөдлийг 5 ажлын өдөрт шалгаж, SMS-ээр мэдэгдэнэ.</p></ger-panel
    >`,
);
