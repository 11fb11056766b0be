import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { expectNoInjection, MARKUP, SCRIPT_URL } from '../../test/hostile.js';
import { resetConditions, setNarrowViewport } from '../../test/viewing-conditions.js';
import { pointing } from '../../test/vertical-script.js';
import type { GerSideNav, SideNavItem } from './side-nav.js';
import './side-nav.js';

const ITEMS: SideNavItem[] = [
  { label: 'Паспорт', href: '#passport' },
  {
    label: 'Иргэний үнэмлэх',
    href: '#id-card',
    items: [
      { label: 'Шинээр авах', href: '#id-new', current: true },
      { label: 'Сунгах', href: '#id-renew' },
    ],
  },
  { label: 'Төрсний гэрчилгээ', href: '#birth' },
];

const shadow = (el: GerSideNav) => el.shadowRoot!;
const links = (el: GerSideNav) => [...shadow(el).querySelectorAll<HTMLElement>('.link')];
const labels = (el: GerSideNav) => links(el).map((link) => link.textContent!.trim());
const toggle = (el: GerSideNav) => shadow(el).querySelector<HTMLButtonElement>('[part="toggle"]')!;
const list = (el: GerSideNav) => shadow(el).querySelector<HTMLElement>('[part="list"]')!;
const shown = (element: Element) => getComputedStyle(element).display !== 'none';

describe('ger-side-nav', () => {
  afterEach(resetConditions);

  it('lists the pages of the section from data, the current one marked, one level nested', async () => {
    const el = await fixture<GerSideNav>(html`<ger-side-nav heading="Бичиг баримт" .items=${ITEMS}></ger-side-nav>`);
    expect(labels(el)).to.deep.equal(['Паспорт', 'Иргэний үнэмлэх', 'Шинээр авах', 'Сунгах', 'Төрсний гэрчилгээ']);
    const current = shadow(el).querySelectorAll('[aria-current]');
    expect(current.length).to.equal(1);
    expect(current[0].getAttribute('aria-current')).to.equal('page');
    expect(current[0].textContent).to.equal('Шинээр авах');
    expect(shadow(el).querySelector('.sublist')!.closest('li')!.firstElementChild!.classList.contains('in-section')).to.be.true;
    expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Бичиг баримт');
    const heading = shadow(el).querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('2');
    for (const link of links(el)) expect(link.getBoundingClientRect().height, 'target size').to.be.at.least(24);
  });

  it('reads the links written inside it, and follows changes to them', async () => {
    const el = await fixture<GerSideNav>(html`<ger-side-nav>
      <ul>
        <li><a href="#a">Эхлэл</a></li>
        <li>
          <a href="#b">Төлбөр</a>
          <ul>
            <li><a href="#b1" aria-current="page">Хураамж</a></li>
          </ul>
        </li>
      </ul>
    </ger-side-nav>`);
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Эхлэл', 'Төлбөр', 'Хураамж']);
    expect(shadow(el).querySelector('[aria-current="page"]')!.textContent).to.equal('Хураамж');
    expect(shadow(el).querySelector('nav')!.getAttribute('aria-label'), 'named without a heading').to.equal('Энэ хэсгийн хуудсууд');
    expect(shadow(el).querySelector('slot'), 'the written links are not shown twice').to.be.null;
    const item = document.createElement('li');
    item.innerHTML = '<a href="#c">Холбоо барих</a>';
    el.querySelector('ul')!.append(item);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(labels(el)).to.deep.equal(['Эхлэл', 'Төлбөр', 'Хураамж', 'Холбоо барих']);
  });

  it('takes a heading written before its links as its heading, at its level, shown once; heading wins', async () => {
    const el = await fixture<GerSideNav>(html`<ger-side-nav>
      <h3>Гадаад паспорт</h3>
      <ul>
        <li><a href="#a" aria-current="page">Захиалах</a></li>
      </ul>
    </ger-side-nav>`);
    await el.updateComplete;
    const heading = shadow(el).querySelector('[part="heading"]')!;
    expect(heading.querySelector('.title')!.textContent).to.equal('Гадаад паспорт');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Гадаад паспорт');
    expect(el.querySelector('h3')!.checkVisibility(), 'the written heading is not shown twice').to.be.false;
    el.querySelector('h3')!.textContent = 'Passport';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shadow(el).querySelector('nav')!.getAttribute('aria-label'), 'follows a change').to.equal('Passport');
    el.heading = 'Бичиг баримт';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="heading"]')!.getAttribute('aria-level'), 'heading-level, as for the attribute').to.equal('2');
    expect(shadow(el).querySelector('nav')!.getAttribute('aria-label')).to.equal('Бичиг баримт');
  });

  it('warns about a heading level of 9, data that is not a list, and a third level, and carries on', async () => {
    let el!: GerSideNav;
    const deep = [{ label: 'A', href: '#a', items: [{ label: 'B', href: '#b', items: [{ label: 'C', href: '#c' }] }] }];
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerSideNav>(html`<ger-side-nav heading="Хэсэг" heading-level="9" .items=${deep}></ger-side-nav>`);
      const bad = await fixture<GerSideNav>(html`<ger-side-nav items="not json"></ger-side-nav>`);
      expect(links(bad)).to.deep.equal([]);
    });
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect(labels(el)).to.deep.equal(['A', 'B']);
    expect(warnings.some((line) => line.includes('heading-level="9"'))).to.be.true;
    expect(warnings.some((line) => line.includes('not a JSON list'))).to.be.true;
    expect(warnings.some((line) => line.includes('one nested level'))).to.be.true;
  });

  it('shows hostile data as text and never links to a script', async () => {
    const el = await fixture<GerSideNav>(html`<ger-side-nav heading=${MARKUP} .items=${[{ label: MARKUP, href: SCRIPT_URL }]}></ger-side-nav>`);
    expect(links(el)[0].textContent).to.equal(MARKUP);
    expect(links(el)[0].localName, 'an unsafe link is plain text').to.equal('span');
    await expectNoInjection(el);
  });

  it('shows the list and no button on a wide screen', async () => {
    const el = await fixture<GerSideNav>(html`<ger-side-nav heading="Бичиг баримт" .items=${ITEMS}></ger-side-nav>`);
    expect(shown(toggle(el))).to.be.false;
    expect(shown(list(el))).to.be.true;
    expect(shown(shadow(el).querySelector('.title')!)).to.be.true;
  });

  itNeeds(['viewport'], 'folds behind a disclosure button on a narrow screen, worked by the keyboard', async () => {
    await setNarrowViewport(320);
    const el = await fixture<GerSideNav>(html`<ger-side-nav heading="Бичиг баримт" .items=${ITEMS}></ger-side-nav>`);
    expect(shown(toggle(el))).to.be.true;
    expect(shown(list(el))).to.be.false;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('list');
    expect(toggle(el).textContent!.trim()).to.equal('Бичиг баримт');
    await press('Tab');
    expect(deepActiveElement()).to.equal(toggle(el));
    await press('Enter');
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(shown(list(el))).to.be.true;
    await press('Tab');
    expect(deepActiveElement()!.textContent).to.equal('Паспорт');
    toggle(el).focus();
    await press('Space');
    await el.updateComplete;
    expect(shown(list(el))).to.be.false;
  });

  itNeeds(
    ['viewport'],
    'turns the button’s chevron to where the list opens when set vertically (lang="mn-Mong"): right, then left; down, then up from right to left',
    async () => {
      await setNarrowViewport(320);
      const page = await fixture(html`<div><ger-side-nav heading="Бичиг баримт" .items=${ITEMS}></ger-side-nav></div>`);
      const el = page.querySelector<GerSideNav>('ger-side-nav')!;
      await el.updateComplete;
      const chevron = () => pointing(shadow(el).querySelector('.chevron')!);
      expect(chevron(), 'horizontal: down, where the list opens').to.equal('down');
      page.setAttribute('lang', 'mn-Mong');
      await el.updateComplete;
      expect(chevron()).to.equal('right');
      toggle(el).click();
      await el.updateComplete;
      expect(shown(list(el))).to.be.true;
      expect(list(el).getBoundingClientRect().left, 'the list opens to the right of the button').to.be.at.least(toggle(el).getBoundingClientRect().right - 1);
      expect(chevron()).to.equal('left');
      expect(toggle(el).getBoundingClientRect().width, 'a 44 px target across the column').to.be.at.least(44);
      // Right to left, the list still opens below: down, then up (not sideways).
      page.setAttribute('lang', 'ar');
      page.setAttribute('dir', 'rtl');
      toggle(el).click();
      await el.updateComplete;
      expect(chevron(), 'right to left, closed').to.equal('down');
      toggle(el).click();
      await el.updateComplete;
      expect(chevron(), 'right to left, open').to.equal('up');
    },
  );

  itNeeds(['computed accessibility', 'viewport'], 'is a navigation landmark named by its heading, its button named the same', async () => {
    await setNarrowViewport(320);
    const page = await fixture(html`<div lang="en"><ger-side-nav .items=${ITEMS}></ger-side-nav></div>`);
    const el = page.querySelector<GerSideNav>('ger-side-nav')!;
    await el.updateComplete;
    expect(computedAccessibility(shadow(el).querySelector('nav')!)).to.deep.equal({ role: 'navigation', name: 'Pages in this section' });
    expect(computedAccessibility(toggle(el)).name).to.equal('Pages in this section');
  });
});

describeAccessibility('ger-side-nav', () => html`<ger-side-nav heading="Бичиг баримт" .items=${ITEMS}></ger-side-nav>`);
