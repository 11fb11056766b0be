import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { press } from '../../test/engine.js';
import { captureWarnings, deepActiveElement, nextFrame } from '../../test/helpers.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import { centre, pointing } from '../../test/vertical-script.js';
import type { GerAccordion, GerAccordionSection } from './accordion.js';
import './accordion.js';

const guidance = (attributes = '') =>
  fixture<GerAccordion>(
    html`<ger-accordion id="guidance" ${attributes}>
      <ger-accordion-section heading="Хэн хандах вэ" summary="Насанд хүрсэн иргэд">Монгол Улсын иргэн бүр.</ger-accordion-section>
      <ger-accordion-section id="fees" heading="Төлбөр">Улсын тэмдэгтийн хураамж 100,000 ₮.</ger-accordion-section>
      <ger-accordion-section heading="Хугацаа" open>Ажлын 20 хоног.</ger-accordion-section>
    </ger-accordion>`,
  );

/** An accordion written with `attributes` (a lit template cannot bind attribute names). */
async function accordionWith(markup: string): Promise<GerAccordion> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.innerHTML = markup;
  const accordion = box.querySelector('ger-accordion')!;
  await accordion.updateComplete;
  await Promise.all(accordion.sections.map((section) => section.updateComplete));
  return accordion;
}

const sectionsOf = (accordion: GerAccordion) => [...accordion.querySelectorAll('ger-accordion-section')];
const button = (section: GerAccordionSection) => section.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const content = (section: GerAccordionSection) => section.shadowRoot!.querySelector<HTMLElement>('[part="content"]')!;
const heading = (section: GerAccordionSection) => section.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const showAll = (accordion: GerAccordion) => accordion.shadowRoot!.querySelector<HTMLButtonElement>('[part="show-all"]')!;
const settled = async (accordion: GerAccordion) => {
  await accordion.updateComplete;
  await Promise.all(sectionsOf(accordion).map((section) => section.updateComplete));
  await accordion.updateComplete;
};

describe('ger-accordion', () => {
  afterEach(() => sessionStorage.clear());

  it('puts each section button in a heading, expanded state and content tied to it', async () => {
    const accordion = await guidance();
    const [first, , third] = sectionsOf(accordion);
    expect(heading(first).getAttribute('role')).to.equal('heading');
    expect(heading(first).getAttribute('aria-level')).to.equal('2');
    expect(heading(first).contains(button(first))).to.be.true;
    expect(button(first).getAttribute('aria-expanded')).to.equal('false');
    expect(button(first).getAttribute('aria-controls')).to.equal(content(first).id);
    // Open, a region named by its heading; closed, none: Chromium would list it as an empty landmark.
    expect(content(third).getAttribute('role')).to.equal('region');
    expect(content(third).getAttribute('aria-labelledby')).to.equal('title');
    expect(content(first).hasAttribute('role')).to.be.false;
    // Closed: hidden, but find-in-page can still find the text and open it.
    expect(content(first).getAttribute('hidden')).to.equal('until-found');
    expect(button(third).getAttribute('aria-expanded')).to.equal('true');
    expect(content(third).hasAttribute('hidden')).to.be.false;
    expect(button(first).textContent).to.contain('Хэн хандах вэ').and.contain('Насанд хүрсэн иргэд');
  });

  it('opens and closes a section on a click, and says which with ger-toggle', async () => {
    const accordion = await guidance();
    const [first] = sectionsOf(accordion);
    setTimeout(() => button(first).click());
    const event = await oneEvent(accordion, 'ger-toggle');
    expect(event.detail).to.deep.equal({ open: true });
    expect(event.target).to.equal(first);
    await settled(accordion);
    expect(first.open).to.be.true;
    expect(first.hasAttribute('open')).to.be.true;
    expect(button(first).getAttribute('aria-expanded')).to.equal('true');
    expect(content(first).hasAttribute('hidden')).to.be.false;
    expect(content(first).getBoundingClientRect().height).to.be.greaterThan(0);
    button(first).click();
    await settled(accordion);
    expect(button(first).getAttribute('aria-expanded')).to.equal('false');
    expect(content(first).getAttribute('hidden')).to.equal('until-found');
  });

  it('shows "Show" or "Hide" beside each heading, with "this section" for screen readers, in the page language', async () => {
    const accordion = await guidance();
    const [first, , third] = sectionsOf(accordion);
    expect(button(first).textContent!.replace(/\s+/g, ' ')).to.contain('Харуулах').and.contain('Энэ хэсгийг харуулах');
    expect(button(third).textContent).to.contain('Нуух');
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await settled(accordion);
    expect(button(first).textContent).to.contain('Show this section');
    expect(showAll(accordion).textContent!.trim()).to.equal('Show all sections');
    document.documentElement.lang = 'mn';
  });

  it('opens a closed section when find-in-page finds text in it (beforematch)', async () => {
    const accordion = await guidance();
    const [first] = sectionsOf(accordion);
    setTimeout(() => content(first).dispatchEvent(new Event('beforematch')));
    expect((await oneEvent(accordion, 'ger-toggle')).detail).to.deep.equal({ open: true });
    await settled(accordion);
    expect(content(first).hasAttribute('hidden')).to.be.false;
  });

  it('"Show all sections" opens every section, then hides them all, and announces each', async () => {
    const accordion = await guidance();
    const all = showAll(accordion);
    expect(all.textContent!.trim()).to.equal('Бүх хэсгийг харуулах');
    expect(all.getAttribute('aria-expanded')).to.equal('false');
    all.click();
    await settled(accordion);
    expect(sectionsOf(accordion).every((section) => section.open)).to.be.true;
    expect(all.textContent!.trim()).to.equal('Бүх хэсгийг нуух');
    expect(all.getAttribute('aria-expanded')).to.equal('true');
    await nextFrame();
    const region = document.querySelector('[data-ger-announcer]')!;
    expect(region.textContent).to.equal('Бүх хэсэг харагдаж байна');
    all.click();
    await settled(accordion);
    expect(sectionsOf(accordion).some((section) => section.open)).to.be.false;
    expect(all.getAttribute('aria-expanded')).to.equal('false');
    await nextFrame();
    expect(region.textContent).to.equal('Бүх хэсэг нуугдсан');
  });

  it('the button follows the sections: opening the last closed one makes it "Hide all sections"', async () => {
    const accordion = await guidance();
    const [first, second] = sectionsOf(accordion);
    button(first).click();
    button(second).click();
    await settled(accordion);
    expect(showAll(accordion).getAttribute('aria-expanded')).to.equal('true');
  });

  it('moves between section headings with the arrow keys, Home and End, and toggles with Enter and Space', async () => {
    const accordion = await guidance();
    const sections = sectionsOf(accordion);
    button(sections[0]).focus();
    await press('ArrowDown');
    expect(deepActiveElement()).to.equal(button(sections[1]));
    await press('End');
    expect(deepActiveElement()).to.equal(button(sections[2]));
    await press('ArrowDown');
    expect(deepActiveElement(), 'wraps to the first').to.equal(button(sections[0]));
    await press('ArrowUp');
    expect(deepActiveElement()).to.equal(button(sections[2]));
    await press('Home');
    expect(deepActiveElement()).to.equal(button(sections[0]));
    await press('Enter');
    await settled(accordion);
    expect(sections[0].open).to.be.true;
    await press('Space');
    await settled(accordion);
    expect(sections[0].open).to.be.false;
  });

  it('leaves arrow keys inside a section to its content', async () => {
    const accordion = await fixture<GerAccordion>(html`<ger-accordion>
      <ger-accordion-section heading="A" open><input aria-label="Талбар" /></ger-accordion-section>
      <ger-accordion-section heading="B">b</ger-accordion-section>
    </ger-accordion>`);
    const input = accordion.querySelector('input')!;
    input.focus();
    await press('ArrowDown');
    expect(document.activeElement).to.equal(input);
  });

  describe('in the traditional script, set vertically (lang="mn-Mong")', () => {
    const verticalGuidance = async () => {
      const box = await fixture<HTMLDivElement>(html`<div lang="mn-Mong">
        <ger-accordion id="vertical-guidance">
          <ger-accordion-section heading="Хэн хандах вэ">Монгол Улсын иргэн бүр.</ger-accordion-section>
          <ger-accordion-section heading="Төлбөр" open>Улсын тэмдэгтийн хураамж 100,000 ₮.</ger-accordion-section>
          <ger-accordion-section heading="Хугацаа">Ажлын 20 хоног.</ger-accordion-section>
        </ger-accordion>
      </div>`);
      const accordion = box.querySelector('ger-accordion')!;
      await settled(accordion);
      return accordion;
    };
    const chevronOf = (root: ShadowRoot) => pointing(root.querySelector('.chevron')!, { drawn: 'down' });

    it('sets its sections side by side, left to right; each chevron points where its content opens', async () => {
      const accordion = await verticalGuidance();
      const sections = sectionsOf(accordion);
      expect(centre(sections[1]).x).to.be.greaterThan(centre(sections[0]).x);
      expect(centre(sections[2]).x).to.be.greaterThan(centre(sections[1]).x);
      expect(chevronOf(sections[0].shadowRoot!), 'closed: to the right, where it opens').to.equal('right');
      expect(chevronOf(sections[1].shadowRoot!), 'open: back to the left').to.equal('left');
      expect(chevronOf(accordion.shadowRoot!), 'show all').to.equal('right');
      for (const section of sections) expect(button(section).getBoundingClientRect().width, 'a 44 px target across the column').to.be.at.least(44);
    });

    it('points its chevrons down and up on a horizontal page, as before', async () => {
      const accordion = await guidance();
      const sections = sectionsOf(accordion);
      expect(chevronOf(sections[0].shadowRoot!)).to.equal('down');
      expect(chevronOf(sections[2].shadowRoot!)).to.equal('up');
    });

    it('moves between headings with Right and Left (the way they run) as well as Down and Up', async () => {
      const accordion = await verticalGuidance();
      const sections = sectionsOf(accordion);
      button(sections[0]).focus();
      await press('ArrowRight');
      expect(deepActiveElement()).to.equal(button(sections[1]));
      await press('ArrowDown');
      expect(deepActiveElement()).to.equal(button(sections[2]));
      await press('ArrowRight');
      expect(deepActiveElement(), 'wraps to the first').to.equal(button(sections[0]));
      await press('ArrowLeft');
      expect(deepActiveElement()).to.equal(button(sections[2]));
      await press('ArrowUp');
      expect(deepActiveElement()).to.equal(button(sections[1]));
    });

    it('leaves Left and Right alone on a horizontal page', async () => {
      const accordion = await guidance();
      const sections = sectionsOf(accordion);
      button(sections[0]).focus();
      await press('ArrowRight');
      expect(deepActiveElement()).to.equal(button(sections[0]));
    });
  });

  it('gives its sections the heading level asked for; a level of 9 warns and falls back to 2', async () => {
    const accordion = await accordionWith('<ger-accordion heading-level="3"><ger-accordion-section heading="A">a</ger-accordion-section></ger-accordion>');
    expect(heading(sectionsOf(accordion)[0]).getAttribute('aria-level')).to.equal('3');
    let bad!: GerAccordion;
    const warnings = await captureWarnings(async () => {
      bad = await accordionWith('<ger-accordion heading-level="9"><ger-accordion-section heading="A">a</ger-accordion-section></ger-accordion>');
    });
    expect(heading(sectionsOf(bad)[0]).getAttribute('aria-level')).to.equal('2');
    expect(warnings.filter((w) => w.includes('heading-level="9"'))).to.have.length(1);
    bad.headingLevel = 4;
    await settled(bad);
    expect(heading(sectionsOf(bad)[0]).getAttribute('aria-level')).to.equal('4');
  });

  it('gives a section added later its level and a place in "Show all"', async () => {
    const accordion = await accordionWith('<ger-accordion heading-level="4"><ger-accordion-section heading="A" open>a</ger-accordion-section></ger-accordion>');
    expect(showAll(accordion).getAttribute('aria-expanded')).to.equal('true');
    const added = document.createElement('ger-accordion-section');
    added.heading = 'B';
    accordion.append(added);
    await new Promise((resolve) => setTimeout(resolve));
    await settled(accordion);
    expect(heading(added).getAttribute('aria-level')).to.equal('4');
    expect(showAll(accordion).getAttribute('aria-expanded')).to.equal('false');
  });

  describe('remember', () => {
    it('keeps the open sections for the session, by id or heading, and restores them', async () => {
      const accordion = await accordionWith(`<ger-accordion id="guidance" remember>
        <ger-accordion-section heading="Хэн хандах вэ">a</ger-accordion-section>
        <ger-accordion-section id="fees" heading="Төлбөр">b</ger-accordion-section>
        <ger-accordion-section heading="Хугацаа" open>c</ger-accordion-section>
      </ger-accordion>`);
      const [, second, third] = sectionsOf(accordion);
      button(second).click();
      button(third).click();
      await settled(accordion);
      expect(JSON.parse(sessionStorage.getItem('ger:accordion:guidance')!)).to.deep.equal(['fees']);

      // The same page again: the section the reader opened is open, the one they closed closed.
      const again = await accordionWith(accordion.outerHTML.replace(/ open=""/g, '').replace('heading="Хугацаа"', 'heading="Хугацаа" open'));
      expect(sectionsOf(again).map((section) => section.open)).to.deep.equal([false, true, false]);
      showAll(again).click();
      await settled(again);
      expect(JSON.parse(sessionStorage.getItem('ger:accordion:guidance')!)).to.deep.equal(['Хэн хандах вэ', 'fees', 'Хугацаа']);
    });

    it('keeps nothing without remember', async () => {
      const accordion = await guidance();
      button(sectionsOf(accordion)[0]).click();
      await settled(accordion);
      expect(sessionStorage.length).to.equal(0);
    });

    it('warns and keeps nothing without an id', async () => {
      let accordion!: GerAccordion;
      const warnings = await captureWarnings(async () => {
        accordion = await accordionWith('<ger-accordion remember><ger-accordion-section heading="A">a</ger-accordion-section></ger-accordion>');
        button(sectionsOf(accordion)[0]).click();
        await settled(accordion);
      });
      expect(warnings.some((w) => w.includes('needs an id'))).to.be.true;
      expect(sessionStorage.length).to.equal(0);
    });

    it('ignores damaged storage with a warning, and works as if nothing were kept', async () => {
      for (const [id, damaged] of [
        ['damaged', '{not json'],
        ['not-a-list', '{"fees":true}'],
      ]) {
        sessionStorage.setItem(`ger:accordion:${id}`, damaged);
        let accordion!: GerAccordion;
        const warnings = await captureWarnings(async () => {
          accordion = await accordionWith(
            `<ger-accordion id="${id}" remember><ger-accordion-section id="fees" heading="A" open>a</ger-accordion-section></ger-accordion>`,
          );
        });
        expect(sectionsOf(accordion)[0].open, damaged).to.be.true;
        expect(warnings.some((w) => w.includes(`ger:accordion:${id}`))).to.be.true;
      }
    });
  });

  it('shows hostile headings as text', async () => {
    const accordion = await accordionWith('<ger-accordion><ger-accordion-section>a</ger-accordion-section></ger-accordion>');
    const [section] = sectionsOf(accordion);
    section.heading = MARKUP;
    section.summary = MARKUP;
    await settled(accordion);
    expect(button(section).textContent).to.contain(MARKUP);
    await expectNoInjection(accordion);
  });
});

describeAccessibility(
  'ger-accordion',
  () => html`<ger-accordion>
    <ger-accordion-section heading="Хэн хандах вэ" summary="Насанд хүрсэн иргэд">Монгол Улсын иргэн бүр.</ger-accordion-section>
    <ger-accordion-section heading="Төлбөр" open><p>Улсын тэмдэгтийн хураамж 100,000 ₮.</p></ger-accordion-section>
  </ger-accordion>`,
);
