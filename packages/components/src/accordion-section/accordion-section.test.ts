import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, findAccessibilityNode } from '../../test/helpers.js';
import { LONG_WORD } from '../../test/hostile.js';
import { findPartsPastViewport, horizontalOverflow, resetConditions, setDisplaySetting, setNarrowViewport } from '../../test/viewing-conditions.js';
import type { GerAccordion } from '../accordion/accordion.js';
import '../accordion/accordion.js';
import type { GerAccordionSection } from './accordion-section.js';
import './accordion-section.js';

// What a section does on its own and what a screen reader gets from it; the accordion's own tests
// (accordion.test.ts) cover its keys, "Show all", remembering and the heading level it gives.

const part = (section: GerAccordionSection, name: string) => section.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;

const fees = (open = false) =>
  fixture<GerAccordionSection>(
    html`<ger-accordion-section heading="Төлбөр" summary="Паспорт, иргэний үнэмлэх" ?open=${open}>Улсын тэмдэгтийн хураамж 100,000 ₮.</ger-accordion-section>`,
  );

describe('ger-accordion-section', () => {
  afterEach(resetConditions);

  it('on its own: a level 2 heading holding a closed button that controls a region named by the heading', async () => {
    const section = await fees();
    const heading = part(section, 'heading');
    expect([heading.getAttribute('role'), heading.getAttribute('aria-level')]).to.deep.equal(['heading', '2']);
    expect(heading.contains(part(section, 'button'))).to.be.true;
    expect(part(section, 'button').getAttribute('aria-expanded')).to.equal('false');
    expect(part(section, 'button').getAttribute('aria-controls')).to.equal(part(section, 'content').id);
    expect(section.shadowRoot!.getElementById('title')!.textContent).to.equal('Төлбөр');
    expect(section.open).to.be.false;
    expect(section.hasAttribute('open')).to.be.false;
  });

  itNeeds(['computed accessibility'], 'names its button by heading, summary and action, and its region by the heading alone', async () => {
    const section = await fees();
    const buttonName = computedAccessibility(part(section, 'button'));
    expect(buttonName.role).to.equal('button');
    expect(buttonName.name).to.contain('Төлбөр').and.contain('Паспорт, иргэний үнэмлэх').and.contain('Энэ хэсгийг харуулах');
    // "Харуулах" is drawn for the eye and hidden from screen readers, which hear the longer label once.
    expect(buttonName.name.match(/харуулах/gi)).to.have.length(1);
    // Closed, its content is no landmark: an empty region would only be noise in the landmarks list.
    expect(computedAccessibility(part(section, 'content')).role).not.to.equal('region');
    section.toggle(true);
    await section.updateComplete;
    expect(computedAccessibility(part(section, 'content'))).to.deep.equal({ role: 'region', name: 'Төлбөр' });
    expect(computedAccessibility(part(section, 'button')).name).to.contain('Энэ хэсгийг нуух');
  });

  itNeeds(
    ['computed accessibility', 'accessibility snapshot'],
    'inside an accordion, a screen reader gets a heading at its level and a button with its state',
    async () => {
      const accordion = await fixture<GerAccordion>(html`<ger-accordion heading-level="3">
      <ger-accordion-section heading="Хугацаа">Ажлын 20 хоног.</ger-accordion-section>
      <ger-accordion-section heading="Төлбөр" open>100,000 ₮.</ger-accordion-section>
    </ger-accordion>`);
      const sections = [...accordion.querySelectorAll('ger-accordion-section')];
      await Promise.all(sections.map((section) => section.updateComplete));
      for (const section of sections) {
        expect(computedAccessibility(part(section, 'heading')).role).to.equal('heading');
        expect(part(section, 'heading').getAttribute('aria-level')).to.equal('3');
      }
      // The tree as the screen reader receives it (a heading that only holds a button is folded into it).
      const button = (name: string) => findAccessibilityNode((node) => node.role === 'button' && node.name.startsWith(name));
      expect(Boolean((await button('Хугацаа'))?.expanded), 'closed').to.be.false;
      expect((await button('Төлбөр'))?.expanded, 'open').to.be.true;
    },
  );

  it('opens from the open attribute, reflects the property, and fires nothing when the page sets it', async () => {
    const section = await fees(true);
    expect(section.open).to.be.true;
    expect(part(section, 'button').getAttribute('aria-expanded')).to.equal('true');
    expect(part(section, 'content').hasAttribute('hidden')).to.be.false;
    let fired = 0;
    section.addEventListener('ger-toggle', () => fired++);
    section.removeAttribute('open');
    await section.updateComplete;
    expect(section.open).to.be.false;
    expect(part(section, 'content').getAttribute('hidden')).to.equal('until-found');
    section.open = true;
    await section.updateComplete;
    expect(section.getAttribute('open')).to.equal('');
    expect(fired, 'ger-toggle is for the reader’s actions, not the page’s').to.equal(0);
  });

  it('toggle() acts as the reader does: ger-toggle bubbles out of shadow roots; no event when nothing changes', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const section = document.createElement('ger-accordion-section');
    section.heading = 'Төлбөр';
    host.attachShadow({ mode: 'open' }).append(section);
    await section.updateComplete;
    setTimeout(() => section.toggle());
    const event = await oneEvent(host, 'ger-toggle');
    expect(event.detail).to.deep.equal({ open: true });
    expect(event.composed && event.bubbles).to.be.true;
    let fired = 0;
    section.addEventListener('ger-toggle', () => fired++);
    section.toggle(true);
    expect(fired).to.equal(0);
    section.toggle(false);
    expect(fired).to.equal(1);
    expect(section.open).to.be.false;
  });

  it('focus() puts focus on its button', async () => {
    const section = await fees();
    section.focus();
    expect(deepActiveElement()).to.equal(part(section, 'button'));
  });

  itNeeds(['viewport'], 'wraps a hostile long heading and summary at 320 px, as text, without sideways scrolling', async () => {
    await setNarrowViewport(320);
    const section = await fixture<GerAccordionSection>(
      html`<ger-accordion-section heading=${`<b>${LONG_WORD}</b>`} summary=${LONG_WORD} open>${LONG_WORD}</ger-accordion-section>`,
    );
    expect(section.shadowRoot!.getElementById('title')!.textContent).to.equal(`<b>${LONG_WORD}</b>`);
    expect(section.shadowRoot!.querySelector('b')).to.be.null;
    expect(findPartsPastViewport(section)).to.deep.equal([]);
    expect(horizontalOverflow(), 'sideways scrolling').to.equal(0);
  });

  itNeeds(['viewport'], 'at 320 px with 200% text the heading and summary keep their words whole: "Show" moves below them', async () => {
    await setNarrowViewport(320);
    setDisplaySetting('textSize', '200');
    const section = await fixture<GerAccordionSection>(
      html`<ger-accordion-section heading="Төлбөр" summary="Улсын тэмдэгтийн хураамж">Улсын тэмдэгтийн хураамж 100,000 ₮.</ger-accordion-section>`,
    );
    /** How many lines a word is drawn on: 1 unless it is broken inside. */
    const linesOf = (element: HTMLElement, word: string) => {
      const node = [...element.childNodes].find((child) => child.textContent!.includes(word))!;
      const range = document.createRange();
      const start = node.textContent!.indexOf(word);
      range.setStart(node, start);
      range.setEnd(node, start + word.length);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    expect(linesOf(section.shadowRoot!.getElementById('title')!, 'Төлбөр'), 'the heading').to.equal(1);
    expect(linesOf(part(section, 'summary'), 'тэмдэгтийн'), 'the summary').to.equal(1);
    expect(horizontalOverflow(), 'sideways scrolling').to.equal(0);
  });

  it('warns when it has no heading, as its button and region would have no name', async () => {
    const warnings = await captureWarnings(() => fixture(html`<ger-accordion-section>Агуулга</ger-accordion-section>`));
    expect(warnings.some((w) => w.includes('<ger-accordion-section> has no heading'))).to.be.true;
    const named = await captureWarnings(() => fees());
    expect(named).to.deep.equal([]);
  });
});

describeAccessibility(
  'ger-accordion-section',
  () => html`<ger-accordion-section heading="Төлбөр" summary="Паспорт, иргэний үнэмлэх" open
    ><p>Улсын тэмдэгтийн хураамж 100,000 ₮.</p></ger-accordion-section
  >`,
);
