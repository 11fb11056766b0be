import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { resetConditions } from '../../test/viewing-conditions.js';
import { centre, pointing } from '../../test/vertical-script.js';
import { GAP, pageItems } from './pages.js';
import type { GerPagination } from './pagination.js';
import './pagination.js';

const shown = (el: GerPagination) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
const current = (el: GerPagination) => el.shadowRoot!.querySelector('[aria-current="page"]')!;

describe('ger-pagination: the page numbers shown', () => {
  it('shows the first, the last, the current page and its neighbours, with gaps', () => {
    expect(pageItems(1, 1)).to.deep.equal([1]);
    expect(pageItems(2, 3)).to.deep.equal([1, 2, 3]);
    expect(pageItems(1, 10)).to.deep.equal([1, 2, GAP, 10]);
    expect(pageItems(5, 10)).to.deep.equal([1, GAP, 4, 5, 6, GAP, 10]);
    expect(pageItems(10, 10)).to.deep.equal([1, GAP, 9, 10]);
  });

  it('shows a single hidden page rather than a gap in its place', () => {
    expect(pageItems(4, 10)).to.deep.equal([1, 2, 3, 4, 5, GAP, 10]);
    expect(pageItems(3, 5)).to.deep.equal([1, 2, 3, 4, 5]);
  });
});

describe('ger-pagination', () => {
  afterEach(resetConditions);

  it('makes links from href-pattern, the current page marked, previous and next beside it', async () => {
    const el = await fixture<GerPagination>(html`<ger-pagination page="5" pages="12" href-pattern="?page={page}"></ger-pagination>`);
    expect(el.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Хуудаслалт');
    expect(shown(el)).to.deep.equal(['Өмнөх хуудас', '1', '⋯', '4', '5', '6', '⋯', '12', 'Дараах хуудас']);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['?page=4', '?page=1', '?page=4', '?page=5', '?page=6', '?page=12', '?page=6']);
    expect(current(el).getAttribute('href')).to.equal('?page=5');
    expect(current(el).getAttribute('aria-label')).to.equal('5-р хуудас');
    expect(links[0].getAttribute('rel')).to.equal('prev');
    expect(links.at(-1)!.getAttribute('rel')).to.equal('next');
    expect(el.shadowRoot!.querySelector('.gap')!.getAttribute('aria-hidden')).to.equal('true');
    for (const link of links) expect(link.getBoundingClientRect().height, 'target size').to.be.at.least(44);
  });

  it('runs down the page when set vertically (lang="mn-Mong"), its arrows pointing up and down, 44 px targets both ways', async () => {
    const page = await fixture(html`<div><ger-pagination page="5" pages="12" href-pattern="?page={page}"></ger-pagination></div>`);
    const el = page.querySelector<GerPagination>('ger-pagination')!;
    await el.updateComplete;
    const arrows = () => [...el.shadowRoot!.querySelectorAll('.arrow')].map((arrow) => pointing(arrow));
    expect(arrows(), 'horizontal: previous left, next right').to.deep.equal(['left', 'right']);
    page.setAttribute('lang', 'mn-Mong');
    await el.updateComplete;
    expect(arrows()).to.deep.equal(['up', 'down']);
    // Numbers that do not fit are left out (display: none), as on a narrow horizontal page.
    const links = [...el.shadowRoot!.querySelectorAll('a')].filter((link) => link.getClientRects().length > 0);
    expect(centre(links.at(-1)!).y, 'next is below previous').to.be.greaterThan(centre(links[0]).y);
    // In a horizontal page the vertical block sizes to its content: the container must not measure as empty.
    expect(new Set(links.map((link) => Math.round(centre(link).x))).size, 'one column, as one row when horizontal').to.equal(1);
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(Math.min(box.width, box.height), 'target size').to.be.at.least(44);
    }
  });

  it('leaves out previous on the first page and next on the last, and shows nothing for one page', async () => {
    const first = await fixture<GerPagination>(html`<ger-pagination page="1" pages="3"></ger-pagination>`);
    expect(shown(first)).to.deep.equal(['1', '2', '3', 'Дараах хуудас']);
    first.page = 3;
    await first.updateComplete;
    expect(shown(first)).to.deep.equal(['Өмнөх хуудас', '1', '2', '3']);
    const single = await fixture<GerPagination>(html`<ger-pagination pages="1"></ger-pagination>`);
    expect(single.shadowRoot!.querySelector('nav')).to.be.null;
  });

  it('is buttons for an app: choosing a page sets it and fires ger-page-change', async () => {
    const el = await fixture<GerPagination>(html`<ger-pagination page="2" pages="4"></ger-pagination>`);
    const chosen: unknown[] = [];
    el.addEventListener('ger-page-change', (event) => chosen.push(event.detail));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
    await el.updateComplete;
    expect(chosen).to.deep.equal([{ page: 3, pages: 4 }]);
    expect(el.page).to.equal(3);
    expect(el.getAttribute('page')).to.equal('3');
    expect(current(el).textContent).to.equal('3');
  });

  it('stays when ger-page-change is cancelled, for links as for buttons', async () => {
    const el = await fixture<GerPagination>(html`<ger-pagination page="2" pages="4" href-pattern="#page-{page}"></ger-pagination>`);
    el.addEventListener('ger-page-change', (event) => event.preventDefault());
    el.shadowRoot!.querySelector<HTMLAnchorElement>('a.next')!.click();
    expect(location.hash).to.not.equal('#page-3');
    el.removeAttribute('href-pattern');
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.click();
    await el.updateComplete;
    expect(el.page).to.equal(2);
  });

  it('is reached with Tab and chosen with Enter', async () => {
    const el = await fixture<GerPagination>(html`<ger-pagination page="1" pages="3"></ger-pagination>`);
    await press('Tab');
    expect(deepActiveElement()!.textContent).to.equal('1');
    await press('Tab');
    await press('Enter');
    await el.updateComplete;
    expect(el.page).to.equal(2);
  });

  it('keeps focus on the page chosen with a button, also when previous or next goes away', async () => {
    const el = await fixture<GerPagination>(html`<ger-pagination page="5" pages="10"></ger-pagination>`);
    const six = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.page')].find((button) => button.textContent === '6')!;
    six.focus();
    await press('Enter');
    await el.updateComplete;
    expect(el.page).to.equal(6);
    // Not the button in the same place, which now says 7.
    expect(deepActiveElement()).to.equal(current(el));
    el.page = 9;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.next')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(el.page).to.equal(10);
    // Next is gone on the last page: focus is on the page it led to, not lost to the body.
    expect(deepActiveElement()).to.equal(current(el));
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.previous')!.focus();
    await press('Enter');
    await el.updateComplete;
    expect(el.page).to.equal(9);
    // Previous is still there: focus stays on it, for the next press.
    expect(deepActiveElement()).to.equal(el.shadowRoot!.querySelector('button.previous'));
  });

  it('warns about a page past the end and shows the last page; other bad values fall back', async () => {
    let el!: GerPagination;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerPagination>(html`<ger-pagination page="40" pages="12"></ger-pagination>`);
    });
    expect(warnings.join()).to.contain('page 40 is past the last page (12); showing page 12');
    expect(current(el).textContent).to.equal('12');
    const more = await captureWarnings(async () => {
      await fixture(html`<ger-pagination page="x" pages="3" href-pattern="javascript:alert({page})"></ger-pagination>`);
      await fixture(html`<ger-pagination pages="-2" href-pattern="/news"></ger-pagination>`);
    });
    expect(more.join('\n')).to.contain('page="x" is not a whole number from 1; using 1');
    expect(more.join('\n')).to.contain('is not an http, https or relative URL');
    expect(more.join('\n')).to.contain('pages="-2" is not a whole number from 0; using 1');
  });

  it('reads an href-pattern set from a script as text: one that is not a pattern gives buttons, with a warning', async () => {
    const el = await fixture<GerPagination>(html`<ger-pagination page="2" pages="3"></ger-pagination>`);
    const warnings = await captureWarnings(async () => {
      Object.assign(el, { hrefPattern: { page: 2 } });
      await el.updateComplete;
    });
    expect(warnings.join()).to.contain('href-pattern="[object Object]" has no {page}; pages are buttons');
    expect(current(el).textContent).to.equal('2');
    expect(el.shadowRoot!.querySelectorAll('button').length).to.be.above(2);
  });

  it('keeps only the first, current and last page numbers when narrow', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem"><ger-pagination page="5" pages="12"></ger-pagination></div>`);
    const el = box.querySelector('ger-pagination')!;
    await el.updateComplete;
    const visible = () =>
      [...el.shadowRoot!.querySelectorAll('li')].filter((li) => getComputedStyle(li).display !== 'none').map((li) => li.textContent!.trim());
    expect(visible()).to.deep.equal(['Өмнөх хуудас', '1', '⋯', '5', '⋯', '12', 'Дараах хуудас']);
    box.style.inlineSize = '60rem';
    expect(visible().length).to.equal(9);
  });

  itNeeds(['computed accessibility'], 'is a navigation landmark named "Pagination" in English', async () => {
    const el = await fixture<GerPagination>(html`<ger-pagination lang="en" page="2" pages="3"></ger-pagination>`);
    expect(computedAccessibility(el.shadowRoot!.querySelector('nav')!)).to.deep.equal({ role: 'navigation', name: 'Pagination' });
    expect(shown(el)[0]).to.equal('Previous page');
  });
});

describeAccessibility('ger-pagination', () => html`<ger-pagination page="5" pages="12" href-pattern="?page={page}"></ger-pagination>`);
