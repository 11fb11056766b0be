import { expect, fixture, html } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, findAccessibilityNode, nextFrame, settle } from '../../test/helpers.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import { resetConditions, setDisplaySetting } from '../../test/viewing-conditions.js';
import { pointing, textLines } from '../../test/vertical-script.js';
import { parseDate, parseNumber, sortedOrder, sortTypeOf } from './sort.js';
import type { GerTable, TableColumn } from './table.js';
import './table.js';

/** A fee table as an agency would write it: aimags in Mongolian, fees as printed. */
const feeTable = (narrow = 'scroll') => html`<ger-table sortable narrow=${narrow}>
  <table>
    <caption>Үнэмлэх авах хураамж</caption>
    <thead>
      <tr><th>Аймаг</th><th data-type="number">Хураамж</th><th>Хүчинтэй</th></tr>
    </thead>
    <tbody>
      <tr><th>Увс</th><td>12 500₮</td><td><time datetime="2027-03-01">2027.03.01</time></td></tr>
      <tr><th>Өвөрхангай</th><td>500₮</td><td><time datetime="2026-12-31">2026.12.31</time></td></tr>
      <tr><th>Орхон</th><td>1 000₮</td><td><time datetime="2027-01-15">2027.01.15</time></td></tr>
      <tr><th>Үмнөговь</th><td>500₮</td><td><time datetime="2026-11-01">2026.11.01</time></td></tr>
    </tbody>
  </table>
</ger-table>`;

const firstCells = (el: GerTable) => [...el.querySelectorAll('tbody tr')].map((row) => row.firstElementChild!.textContent!.trim());
const sortButton = (el: GerTable, column: number) => el.querySelectorAll<HTMLButtonElement>('thead th')[column].querySelector('button')!;
const announced = async () => {
  await nextFrame();
  return document.querySelector('[data-ger-announcer]')?.textContent;
};

describe('ger-table: sort order', () => {
  it('reads numbers and dates as tables write them', () => {
    expect(['12 500₮', '1,234.5', '−3', '45 %', '7'].map(parseNumber)).to.deep.equal([12500, 1234.5, -3, 45, 7]);
    expect(['Үнэгүй', '12-р', '', '1.2.3'].map(parseNumber)).to.deep.equal([undefined, undefined, undefined, undefined]);
    expect(parseDate('2026-12-05')).to.equal(Date.UTC(2026, 11, 5));
    expect(parseDate('05.12.2026')).to.equal(undefined);
  });

  it('sorts stably, Mongolian letters in Mongolian order, empty values last', () => {
    const names = ['Увс', 'Өвөрхангай', 'Орхон', 'Үмнөговь', '', 'Архангай'];
    expect(sortedOrder(names, 'text', 'ascending', 'mn').map((i) => names[i])).to.deep.equal(['Архангай', 'Орхон', 'Өвөрхангай', 'Увс', 'Үмнөговь', '']);
    const fees = ['500', '1000', '500', '20'];
    expect(sortedOrder(fees, 'number', 'ascending', 'mn')).to.deep.equal([3, 0, 2, 1]);
    expect(sortedOrder(fees, 'number', 'descending', 'mn')).to.deep.equal([1, 0, 2, 3]);
  });

  it('says when a column mixes numbers with text', () => {
    expect(sortTypeOf(['500₮', '1 000₮', ''], 'auto')).to.deep.equal({ type: 'number', mixed: false });
    expect(sortTypeOf(['500₮', 'Үнэгүй'], 'auto')).to.deep.equal({ type: 'text', mixed: true });
    expect(sortTypeOf(['500₮', 'Үнэгүй'], 'number')).to.deep.equal({ type: 'text', mixed: true });
    expect(sortTypeOf(['Увс', 'Орхон'], 'auto')).to.deep.equal({ type: 'text', mixed: false });
  });
});

describe('ger-table', () => {
  afterEach(resetConditions);

  it("enhances the author's own table in place: scopes, numeric cells, sort buttons", async () => {
    const el = await fixture<GerTable>(feeTable());
    const table = el.querySelector('table')!;
    expect(table.parentElement, 'the table stays in the light DOM').to.equal(el);
    expect(el.shadowRoot!.querySelector('table')).to.be.null;
    expect([...table.querySelectorAll('thead th')].map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col']);
    expect([...table.querySelectorAll('tbody th')].every((th) => th.getAttribute('scope') === 'row')).to.be.true;
    const fee = table.querySelector('tbody td')!;
    expect(fee.hasAttribute('data-numeric')).to.be.true;
    expect(getComputedStyle(fee).textAlign).to.equal('end');
    expect(getComputedStyle(fee).fontVariantNumeric).to.equal('tabular-nums');
    expect(sortButton(el, 0).textContent!.trim()).to.equal('Аймаг');
    expect(sortButton(el, 0).getBoundingClientRect().height, 'target size').to.be.at.least(44);
  });

  it('set vertically in a horizontal page (lang="mn-Mong"): rows left to right, cells unsqueezed, sort arrows along the values', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="mn-Mong">${feeTable()}</div>`);
    const el = page.querySelector<GerTable>('ger-table')!;
    await settle(el);
    const rows = [...el.querySelectorAll('tr')];
    expect(rows[1].getBoundingClientRect().left, 'the second row to the right of the first').to.be.at.least(rows[0].getBoundingClientRect().right - 1);
    for (const cell of el.querySelectorAll('th, td')) expect(textLines(cell), cell.textContent!).to.equal(1);
    const button = sortButton(el, 0);
    expect(Math.min(button.getBoundingClientRect().width, button.getBoundingClientRect().height), 'target size').to.be.at.least(44);
    const arrows = button.querySelector('svg')!;
    expect(pointing(arrows, { drawn: 'up' }), 'the "first" arrow points to the first row, at the left').to.equal('left');
  });

  it('sorts by a column: aria-sort, rows moved, the order announced, then reversed', async () => {
    const el = await fixture<GerTable>(feeTable());
    sortButton(el, 0).click();
    expect(el.querySelectorAll('thead th')[0].getAttribute('aria-sort')).to.equal('ascending');
    expect(firstCells(el)).to.deep.equal(['Орхон', 'Өвөрхангай', 'Увс', 'Үмнөговь']);
    expect(await announced()).to.equal('«Аймаг» баганаар өсөхөөр эрэмбэлэв');
    sortButton(el, 0).click();
    expect(el.querySelectorAll('thead th')[0].getAttribute('aria-sort')).to.equal('descending');
    expect(firstCells(el)).to.deep.equal(['Үмнөговь', 'Увс', 'Өвөрхангай', 'Орхон']);
  });

  it('compares numbers as numbers and dates as dates, keeping equal rows in order', async () => {
    const el = await fixture<GerTable>(feeTable());
    sortButton(el, 1).click();
    expect(firstCells(el)).to.deep.equal(['Өвөрхангай', 'Үмнөговь', 'Орхон', 'Увс']);
    expect(el.querySelectorAll('thead th')[0].hasAttribute('aria-sort'), 'only the sorted column').to.be.false;
    el.sortBy(2);
    expect(firstCells(el)).to.deep.equal(['Үмнөговь', 'Өвөрхангай', 'Орхон', 'Увс']);
  });

  it('sorts from the keyboard: Tab to a header, Enter', async () => {
    const el = await fixture<GerTable>(feeTable());
    await press('Tab');
    expect(deepActiveElement()).to.equal(sortButton(el, 0));
    await press('Enter');
    expect(el.querySelectorAll('thead th')[0].getAttribute('aria-sort')).to.equal('ascending');
  });

  it('warns about a column that mixes numbers with text, and sorts it as text', async () => {
    const el = await fixture<GerTable>(html`<ger-table sortable>
      <table>
        <caption>Хураамж</caption>
        <thead><tr><th>Үйлчилгээ</th><th data-type="number">Хураамж</th></tr></thead>
        <tbody>
          <tr><td>Б</td><td>500</td></tr>
          <tr><td>А</td><td>Үнэгүй</td></tr>
          <tr><td>В</td><td>1 000</td></tr>
        </tbody>
      </table>
    </ger-table>`);
    const warnings = await captureWarnings(() => el.sortBy(1));
    expect(warnings.join()).to.contain('"Хураамж" mixes numbers or dates with text');
    expect(firstCells(el)).to.deep.equal(['В', 'Б', 'А']);
  });

  it('lets an app sort the rows itself by cancelling ger-sort', async () => {
    const el = await fixture<GerTable>(feeTable());
    let detail;
    el.addEventListener('ger-sort', (event) => {
      detail = event.detail;
      event.preventDefault();
    });
    sortButton(el, 1).click();
    expect(detail).to.deep.equal({ column: 1, label: 'Хураамж', direction: 'ascending' });
    expect(firstCells(el)).to.deep.equal(['Увс', 'Өвөрхангай', 'Орхон', 'Үмнөговь']);
    expect(el.querySelectorAll('thead th')[1].getAttribute('aria-sort')).to.equal('ascending');
  });

  it('sorts rows a script adds later into the order the header shows, unless the app sorts', async () => {
    const el = await fixture<GerTable>(feeTable());
    await settle(el);
    el.sortBy(1, 'ascending');
    const focused = el.querySelector<HTMLElement>('tbody tr:last-child th')!;
    focused.tabIndex = -1;
    focused.focus();
    el.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><th>Дархан</th><td>700₮</td><td>2027.02.01</td></tr>');
    await nextFrame();
    expect(el.querySelectorAll('thead th')[1].getAttribute('aria-sort')).to.equal('ascending');
    expect(firstCells(el), 'the new row in its place by fee').to.deep.equal(['Өвөрхангай', 'Үмнөговь', 'Дархан', 'Орхон', 'Увс']);
    expect(document.activeElement === focused, 'a row that needed no move keeps focus').to.be.true;

    const byApp = await fixture<GerTable>(feeTable());
    await settle(byApp);
    byApp.addEventListener('ger-sort', (event) => event.preventDefault());
    byApp.sortBy(1, 'ascending');
    byApp.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><th>Дархан</th><td>700₮</td><td>2027.02.01</td></tr>');
    await nextFrame();
    expect(firstCells(byApp), 'an app that sorts keeps its rows where it put them').to.deep.equal(['Увс', 'Өвөрхангай', 'Орхон', 'Үмнөговь', 'Дархан']);

    // A table built from data: the app's new rows in the app's order, not re-sorted here.
    const columns: TableColumn[] = [
      { key: 'aimag', label: 'Аймаг', rowHeader: true },
      { key: 'people', label: 'Хүн ам', type: 'number' },
    ];
    const built = await fixture<GerTable>(html`<ger-table sortable caption="Аймгийн хүн ам" .columns=${columns} .rows=${[]}></ger-table>`);
    await settle(built);
    built.addEventListener('ger-sort', (event) => event.preventDefault());
    built.sortBy(1, 'ascending');
    built.rows = [
      { aimag: 'Орхон', people: 110200 },
      { aimag: 'Увс', people: 83500 },
    ];
    await settle(built);
    expect(firstCells(built)).to.deep.equal(['Орхон', 'Увс']);
    expect(built.querySelectorAll('thead th')[1].getAttribute('aria-sort')).to.equal('ascending');
  });

  it('keeps keyboard focus on the sort button when the app answers ger-sort with new rows', async () => {
    const columns: TableColumn[] = [
      { key: 'aimag', label: 'Аймаг', rowHeader: true },
      { key: 'people', label: 'Хүн ам', type: 'number' },
    ];
    const rows = [
      { aimag: 'Орхон', people: 110200 },
      { aimag: 'Увс', people: 83500 },
    ];
    const el = await fixture<GerTable>(html`<ger-table sortable caption="Аймгийн хүн ам" .columns=${columns} .rows=${rows}></ger-table>`);
    await settle(el);
    // The rows come back sorted from the server, as the ger-sort docs suggest.
    el.addEventListener('ger-sort', (event) => {
      event.preventDefault();
      el.rows = [...rows].reverse();
    });
    sortButton(el, 1).focus();
    await press('Enter');
    await settle(el);
    expect(firstCells(el)).to.deep.equal(['Увс', 'Орхон']);
    // Compared as a boolean: the runner cannot report a failed comparison of two elements (it stalls serialising them).
    expect(deepActiveElement() === sortButton(el, 1), "focus on the same column's button in the new table").to.be.true;
    expect(el.querySelectorAll('thead th')[1].getAttribute('aria-sort')).to.equal('ascending');
  });

  it('builds the same native table from columns and rows, numbers formatted and sorted as numbers', async () => {
    const columns: TableColumn[] = [
      { key: 'aimag', label: 'Аймаг', rowHeader: true },
      { key: 'people', label: 'Хүн ам', type: 'number' },
      { key: 'updated', label: 'Шинэчилсэн', type: 'date', sortable: false },
    ];
    const rows = [
      { aimag: 'Увс', people: 83500, updated: '2026-01-05' },
      { aimag: 'Орхон', people: 110200, updated: '2026-02-01' },
      { aimag: 'Говьсүмбэр', people: 18100, updated: '2026-03-10' },
    ];
    const el = await fixture<GerTable>(html`<ger-table sortable caption="Аймгийн хүн ам" .columns=${columns} .rows=${rows}></ger-table>`);
    const table = el.querySelector('table')!;
    expect(table.caption!.textContent).to.equal('Аймгийн хүн ам');
    expect(table.querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
    expect(table.querySelectorAll('tbody td')[0].textContent).to.equal((83500).toLocaleString('mn'));
    expect(table.querySelectorAll('thead th')[2].querySelector('button'), 'sortable: false').to.be.null;
    el.sortBy(1, 'descending');
    expect(firstCells(el)).to.deep.equal(['Орхон', 'Увс', 'Говьсүмбэр']);
    el.rows = [...rows, { aimag: 'Дархан-Уул', people: 110000, updated: '2026-01-01' }];
    await el.updateComplete;
    expect(firstCells(el), 'new rows keep the chosen order').to.deep.equal(['Орхон', 'Дархан-Уул', 'Увс', 'Говьсүмбэр']);
    expect(el.querySelectorAll('table').length).to.equal(1);
  });

  it('shows hostile data as text, and says so when there are no rows', async () => {
    let el!: GerTable;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerTable>(html`<ger-table
        caption=${MARKUP}
        .columns=${[{ key: 'name', label: MARKUP }, { label: 'no key' }]}
        .rows=${[{ name: MARKUP }, { name: { toString: () => MARKUP } }]}
      ></ger-table>`);
    });
    await expectNoInjection(el);
    expect(el.querySelector('caption')!.textContent).to.equal(MARKUP);
    expect(el.querySelector('tbody td')!.textContent).to.equal(MARKUP);
    expect(warnings.join()).to.contain('a column needs a "key"');
    expect(warnings.join()).to.contain('is an object, not text');
    el.rows = [];
    await el.updateComplete;
    expect(el.querySelector('tbody td')!.textContent).to.equal('Мэдээлэл алга');
  });

  it('writes a column with the default format, with a warning, when Intl refuses the one given', async () => {
    let el!: GerTable;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerTable>(html`<ger-table
        caption="Төлбөр"
        .columns=${[
          { key: 'fee', label: 'Төлбөр', type: 'number', format: { style: 'currency' } },
          { key: 'day', label: 'Огноо', type: 'date', format: { timeZone: 'Mars/Olympus' } },
        ]}
        .rows=${[{ fee: 70000, day: '2026-12-07' }]}
      ></ger-table>`);
    });
    const cells = [...el.querySelectorAll('tbody td')].map((cell) => cell.textContent);
    expect(cells[0]).to.equal((70000).toLocaleString('mn'));
    expect(cells[1]).to.contain('2026');
    expect(warnings.join()).to.contain('the format of "fee" cannot be used');
    expect(warnings.join()).to.contain('the format of "day" cannot be used');
  });

  it('scrolls a wide table in a named, focusable region only while it overflows', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 14rem">${feeTable()}</div>`);
    const el = box.querySelector('ger-table')!;
    el.querySelector('caption')!.after(Object.assign(document.createElement('colgroup'), { innerHTML: '<col style="min-inline-size: 40rem">' }));
    el.querySelector('th')!.style.minInlineSize = '40rem';
    el.querySelector('th')!.style.inlineSize = '40rem';
    await settle(el);
    await nextFrame();
    await el.updateComplete;
    const region = el.shadowRoot!.querySelector('.region')!;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.getAttribute('aria-label')).to.equal('Үнэмлэх авах хураамж');
    expect(region.getAttribute('tabindex')).to.equal('0');
    box.style.inlineSize = '80rem';
    await settle(el);
    await nextFrame();
    await el.updateComplete;
    expect(region.hasAttribute('role')).to.be.false;
    expect(region.hasAttribute('tabindex')).to.be.false;
  });

  it('keeps the caption readable in the visible box while a wide table scrolls (320 px, 200% text)', async () => {
    setDisplaySetting('textSize', '200');
    // The width a 320 px phone leaves a page's content.
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 256px">${feeTable()}</div>`);
    const el = box.querySelector('ger-table')!;
    await settle(el);
    await nextFrame();
    const region = el.shadowRoot!.querySelector('.region')!;
    const caption = el.querySelector('caption')!;
    expect(region.scrollWidth, 'the table is wider than the screen').to.be.above(region.clientWidth);
    const inView = () => {
      const [seen, text] = [region.getBoundingClientRect(), caption.getBoundingClientRect()];
      return { start: Math.round(text.left - seen.left), end: Math.round(seen.right - text.right) };
    };
    expect(inView().start, 'caption starts in view').to.be.at.least(0);
    expect(inView().end, 'caption wraps inside the visible box, not past its edge').to.be.at.least(0);
    region.scrollLeft = region.scrollWidth;
    await nextFrame();
    expect(region.scrollLeft, 'scrolled to the last column').to.be.above(0);
    expect(inView(), 'caption stays in view when scrolled to the last column').to.deep.equal({ start: 0, end: 0 });
  });

  it('stacks the rows on a narrow screen when asked, each cell labelled by its header', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 20rem">${feeTable('stack')}</div>`);
    const el = box.querySelector('ger-table')!;
    const fee = el.querySelector('tbody td')!;
    // WebKit styles a query container's contents in layout: read a frame later, as a reader sees it.
    await nextFrame();
    expect(fee.getAttribute('data-label')).to.equal('Хураамж');
    expect(getComputedStyle(fee).display).to.equal('block');
    // Chromium and WebKit resolve attr() in the computed value; Firefox reports it as written.
    // The empty alternative text keeps it from screen readers, which say the column header.
    expect(getComputedStyle(fee, '::before').content).to.be.oneOf(['"Хураамж" / ""', 'attr(data-label) / ""']);
    box.style.inlineSize = '60rem';
    await nextFrame();
    expect(getComputedStyle(fee).display).to.equal('table-cell');
  });

  it('labels rows a script adds later, and follows a header whose text changes', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 20rem">${feeTable('stack')}</div>`);
    const el = box.querySelector('ger-table')!;
    await settle(el);
    el.querySelector('tbody')!.insertAdjacentHTML('beforeend', '<tr><th>Орхон</th><td>1 000₮</td><td>2027.01.15</td></tr>');
    // An unsorted column's header, as an author's script would rename it.
    el.querySelector('thead th:last-child button')!.firstChild!.textContent = 'Дуусах';
    await nextFrame();
    const added = el.querySelector('tbody tr:last-child')!;
    expect(added.querySelector('th')!.getAttribute('scope')).to.equal('row');
    const fee = added.querySelector('td')!;
    expect(fee.getAttribute('data-label'), 'the new row is labelled').to.equal('Хураамж');
    expect(fee.hasAttribute('data-numeric'), 'and aligned as a number').to.be.true;
    const until = [...el.querySelectorAll('tbody tr > :nth-child(3)')].map((cell) => cell.getAttribute('data-label'));
    expect(until, 'every cell of the renamed column').to.deep.equal(['Дуусах', 'Дуусах', 'Дуусах', 'Дуусах', 'Дуусах']);
  });

  it('follows a column type and sortability a script changes later', async () => {
    const el = await fixture<GerTable>(feeTable());
    await settle(el);
    const [place, fee] = el.querySelectorAll<HTMLTableCellElement>('thead th');
    const feeCells = () => [...el.querySelectorAll('tbody tr > :nth-child(2)')].map((cell) => cell.hasAttribute('data-numeric'));
    fee.dataset.type = 'text';
    await nextFrame();
    expect(fee.hasAttribute('data-numeric'), 'the header no longer aligned as a number').to.be.false;
    expect(feeCells()).to.deep.equal([false, false, false, false]);
    expect(getComputedStyle(el.querySelector('tbody td')!).textAlign).to.not.equal('end');
    fee.dataset.type = 'number';
    await nextFrame();
    expect(feeCells(), 'and back').to.deep.equal([true, true, true, true]);

    sortButton(el, 0).click();
    expect(place.getAttribute('aria-sort')).to.equal('ascending');
    place.dataset.sortable = 'false';
    await nextFrame();
    expect(place.querySelector('button'), 'no sort button').to.be.null;
    expect(place.textContent!.trim(), 'its text stays').to.equal('Аймаг');
    expect(place.hasAttribute('aria-sort'), 'and no order shown').to.be.false;
    expect(firstCells(el), 'the rows stay where they are').to.deep.equal(['Орхон', 'Өвөрхангай', 'Увс', 'Үмнөговь']);
    delete place.dataset.sortable;
    await nextFrame();
    expect(sortButton(el, 0).textContent!.trim(), 'sortable again').to.equal('Аймаг');
    expect(place.hasAttribute('aria-sort'), 'with no order until sorted again').to.be.false;
    sortButton(el, 0).click();
    expect(place.getAttribute('aria-sort')).to.equal('ascending');
  });

  itNeeds(['computed accessibility', 'accessibility snapshot'], 'stacked, is still a table to a screen reader, each column label heard once', async () => {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 20rem">${feeTable('stack')}</div>`);
    const el = box.querySelector('ger-table')!;
    await settle(el);
    const fee = el.querySelector('tbody td')!;
    expect(getComputedStyle(fee).display, 'stacked').to.equal('block');
    const roles = (selector: string) => [...el.querySelectorAll(selector)].map((part) => computedAccessibility(part).role);
    expect(roles('table')).to.deep.equal(['table']);
    expect(roles('tr')).to.deep.equal(['row', 'row', 'row', 'row', 'row']);
    expect(roles('thead th')).to.deep.equal(['columnheader', 'columnheader', 'columnheader']);
    expect(roles('tbody tr:first-child > *')).to.deep.equal(['rowheader', 'cell', 'cell']);
    // The screen reader says the column header as it enters the cell: the label drawn beside the value is for the eye.
    expect(computedAccessibility(fee).name).to.equal('12 500₮');
    const heard: string[] = [];
    await findAccessibilityNode((node) => {
      if (node.name === 'Хураамж') heard.push(node.role);
      return false;
    });
    expect(heard, '"Хураамж" heard once, as the sort button in its header').to.deep.equal(['button']);
  });

  it('stacks a table built from data when narrow is set as a property, as an app would', async () => {
    const columns: TableColumn[] = [
      { key: 'aimag', label: 'Аймаг', rowHeader: true },
      { key: 'fee', label: 'Хураамж', type: 'number' },
    ];
    const box = await fixture<HTMLElement>(
      html`<div style="inline-size: 20rem"><ger-table caption="Хураамж" .columns=${columns} .rows=${[{ aimag: 'Увс', fee: 12500 }]}></ger-table></div>`,
    );
    const el = box.querySelector('ger-table')!;
    el.narrow = 'stack';
    await settle(el);
    await nextFrame();
    const fee = el.querySelector('tbody td')!;
    expect(fee.getAttribute('data-label')).to.equal('Хураамж');
    expect(getComputedStyle(fee).display, 'the cell is stacked').to.equal('block');
  });

  it('warns about a bad narrow value and a missing caption, and keeps working', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<GerTable>(html`<ger-table narrow="sideways"><table><tr><th>А</th></tr><tr><td>1</td></tr></table></ger-table>`);
      await el.updateComplete;
      expect(el.querySelector('th')!.getAttribute('scope')).to.equal('col');
    });
    expect(warnings.join()).to.contain('narrow="sideways" is not one of scroll, stack; using "scroll"');
    expect(warnings.join()).to.contain('the table has no caption');
  });
});

describeAccessibility('ger-table', () => feeTable('stack'));
