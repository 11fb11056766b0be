import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { describeAccessibility } from '../../test/accessibility.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { itNeeds, press, pressWithShift } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, settle, until, within } from '../../test/helpers.js';
import { horizontalOverflow, resetConditions, setLang, setNarrowViewport, setTextSize, setTheme } from '../../test/viewing-conditions.js';
import { fixtureVertical } from '../../test/vertical-script.js';
import { isVerticalWriting } from '../utils/writing-mode.js';
import type { GerDateInput } from './date-input.js';
import './date-input.js';

// The calendar of `ger-date-input picker`: the WAI-ARIA date picker dialog.

const $ = <E extends Element = HTMLElement>(el: GerDateInput, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
const button = (el: GerDateInput) => $<HTMLButtonElement>(el, '.picker');
const dialog = (el: GerDateInput) => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog');
const focusedDay = (el: GerDateInput) => $(el, '.day[tabindex="0"]');
const day = (el: GerDateInput, n: number) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.day')][n - 1];
const month = (el: GerDateInput) => $(el, '.calendar-month').textContent!.trim();

/** Compares by identity and names what has focus (chai printing two elements can stall the runner). */
function expectFocusOn(expected: Element | null) {
  const actual = deepActiveElement();
  const name = (node: Element | null) =>
    node ? `<${node.localName} class="${node.getAttribute('class') ?? ''}" aria-label="${node.getAttribute('aria-label') ?? ''}">` : 'nothing';
  expect(actual === expected, `focus is on ${name(actual)}, expected ${name(expected)}`).to.be.true;
}

/** Says whether the calendar is gone, as a boolean: chai printing a dialog it did not expect stalls the runner. */
function expectClosed(el: GerDateInput, why = 'the calendar closed') {
  expect(dialog(el) === null, why).to.be.true;
}

const MARCH_18 = html`<ger-date-input label="Цаг авах өдөр" picker value="2026-03-18"></ger-date-input>`;

/** A date field with a calendar, its calendar open by keyboard (Tab to the button, Enter). */
async function openByKeyboard(template = MARCH_18, render: (template: TemplateResult) => Promise<Element> = fixture) {
  const el = await render(template);
  const field = el.localName === 'ger-date-input' ? (el as GerDateInput) : el.querySelector('ger-date-input')!;
  await settle(el);
  button(field).focus();
  await press('Enter');
  await settle(el);
  expect(dialog(field)?.open, 'the calendar opened').to.be.true;
  return field;
}

describe('ger-date-input picker: the calendar', () => {
  afterEach(resetConditions);

  it('adds no button without `picker`, and a "Choose date" button with it, the chosen date in its name', async () => {
    const plain = await fixture<GerDateInput>(html`<ger-date-input label="Төрсөн огноо"></ger-date-input>`);
    expect(plain.shadowRoot!.querySelector('.picker') === null, 'no button').to.be.true;
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Цаг авах өдөр" picker></ger-date-input>`);
    await settle(el);
    expect(button(el).textContent!.replace(/\s+/g, ' ').trim()).to.equal('Огноо сонгох');
    expect(button(el).getAttribute('aria-haspopup')).to.equal('dialog');
    el.value = '2026-03-18';
    await settle(el);
    expect(button(el).getAttribute('aria-label')).to.equal('Огноо сонгох, сонгосон огноо: 2026 оны гуравдугаар сарын 18');
    const page = await fixture(html`<div lang="en"><ger-date-input label="Appointment" picker value="2026-03-18"></ger-date-input></div>`);
    const en = page.querySelector('ger-date-input')!;
    await settle(page);
    expect(button(en).textContent!.trim()).to.equal('Choose date');
    expect(button(en).getAttribute('aria-label')).to.equal('Choose date, chosen date: March 18, 2026');
  });

  it('loads its code only when the reader reaches for the button', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Цаг авах өдөр" picker></ger-date-input>`);
    await settle(el);
    expectClosed(el);
    button(el).dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    expectClosed(el, 'loaded, not opened');
    button(el).click();
    await settle(el);
    expect(dialog(el)!.matches(':modal'), 'a modal dialog (showModal)').to.be.true;
  });

  it('opens on the chosen date, in a grid of weeks from Monday, with Mongolian month and weekday names', async () => {
    const el = await openByKeyboard();
    expect(month(el)).to.equal('2026 оны гуравдугаар сар');
    expect([...el.shadowRoot!.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal(['Да', 'Мя', 'Лх', 'Пү', 'Ба', 'Бя', 'Ня']);
    expect($(el, 'th').getAttribute('abbr')).to.equal('Даваа');
    // 1 March 2026 is a Sunday: the first week has six blank days before it.
    expect([...$(el, 'tbody tr').children].map((cell) => cell.textContent!.trim())).to.deep.equal(['', '', '', '', '', '', '1']);
    expectFocusOn(day(el, 18));
    expect(day(el, 18).getAttribute('aria-selected')).to.equal('true');
    expect(day(el, 18).getAttribute('aria-label')).to.equal('2026 оны гуравдугаар сарын 18, Лхагва');
    expect($(el, 'dialog').getAttribute('aria-labelledby')).to.equal('calendar-title');
    expect($(el, '#calendar-title').textContent).to.equal('Цаг авах өдөр');
  });

  it('speaks English on an English page', async () => {
    const page = await fixture(html`<div lang="en"><ger-date-input label="Appointment" picker value="2026-03-18"></ger-date-input></div>`);
    const el = page.querySelector('ger-date-input')!;
    await settle(page);
    button(el).click();
    await settle(page);
    expect(month(el)).to.equal('March 2026');
    expect([...el.shadowRoot!.querySelectorAll('th')].map((th) => th.textContent!.trim())).to.deep.equal(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
    expect(day(el, 18).getAttribute('aria-label')).to.equal('Wednesday, March 18, 2026');
    expect($(el, '.calendar-close').textContent).to.equal('Close');
  });

  it('moves by the keys of the APG date picker: arrows by day and week, Home and End in the week, Page Up and Down by month, with Shift by year', async () => {
    const el = await openByKeyboard();
    const steps: [string, () => Promise<void>, string][] = [
      ['ArrowRight', () => press('ArrowRight'), '2026-03-19'],
      ['ArrowLeft', () => press('ArrowLeft'), '2026-03-18'],
      ['ArrowDown', () => press('ArrowDown'), '2026-03-25'],
      ['ArrowUp', () => press('ArrowUp'), '2026-03-18'],
      ['Home', () => press('Home'), '2026-03-16'],
      ['End', () => press('End'), '2026-03-22'],
      ['PageDown', () => press('PageDown'), '2026-04-22'],
      ['PageUp', () => press('PageUp'), '2026-03-22'],
      ['Shift+PageDown', () => pressWithShift('PageDown'), '2027-03-22'],
      ['Shift+PageUp', () => pressWithShift('PageUp'), '2026-03-22'],
      ['ArrowUp over the month', () => press('ArrowUp'), '2026-03-15'],
      ['ArrowUp', () => press('ArrowUp'), '2026-03-08'],
      ['ArrowUp', () => press('ArrowUp'), '2026-03-01'],
      ['ArrowLeft into February', () => press('ArrowLeft'), '2026-02-28'],
    ];
    for (const [key, action, expected] of steps) {
      await action();
      await settle(el);
      const focused = focusedDay(el);
      expectFocusOn(focused);
      const [year, monthNumber] = expected.split('-').map(Number);
      expect(`${month(el)} ${focused.textContent!.trim()}`, key).to.equal(
        `${year} оны ${['', 'нэгдүгээр', 'хоёрдугаар', 'гуравдугаар', 'дөрөвдүгээр'][monthNumber]} сар ${Number(expected.slice(8))}`,
      );
    }
  });

  it('set vertically (mn-Mong), the grid is transposed: weeks are columns, Down and Up move by day, Right and Left by week', async () => {
    const el = await openByKeyboard(MARCH_18, fixtureVertical);
    expect(isVerticalWriting($(el, 'table')), 'the grid is set vertically').to.be.true;
    const [monday, tuesday] = [day(el, 16), day(el, 17)].map((cell) => cell.getBoundingClientRect());
    expect(tuesday.top, 'the next day is below').to.be.above(monday.top);
    expect(day(el, 23).getBoundingClientRect().left, 'the next week is to the right').to.be.above(monday.left);
    const steps: [string, string][] = [
      ['ArrowDown', '2026-03-19'],
      ['ArrowUp', '2026-03-18'],
      ['ArrowRight', '2026-03-25'],
      ['ArrowLeft', '2026-03-18'],
    ];
    for (const [key, expected] of steps) {
      await press(key);
      await settle(el);
      expect(focusedDay(el).textContent!.trim(), key).to.equal(String(Number(expected.slice(8))));
    }
  });

  itNeeds(['viewport'], 'set vertically at 320 px and 200% text, the grid scrolls inside the dialog and the focused day shows whole', async () => {
    await setNarrowViewport(320);
    setTextSize(200);
    const el = await openByKeyboard(html`<ger-date-input label="Төрсөн огноо" picker value="2026-12-06"></ger-date-input>`, fixtureVertical);
    const box = dialog(el)!.getBoundingClientRect();
    const cell = focusedDay(el).getBoundingClientRect();
    expect(focusedDay(el).textContent!.trim()).to.equal('6');
    expect(cell.left >= box.left && cell.right <= box.right && cell.top >= box.top && cell.bottom <= box.bottom, 'the focused day lies inside the dialog').to.be
      .true;
  });

  it('keeps the day within a shorter month: 31 January and Page Down is 28 February', async () => {
    const el = await openByKeyboard(html`<ger-date-input label="Огноо" picker value="2027-01-31"></ger-date-input>`);
    await press('PageDown');
    await settle(el);
    expect(month(el)).to.equal('2027 оны хоёрдугаар сар');
    expect(focusedDay(el).textContent!.trim()).to.equal('28');
  });

  for (const key of ['Enter', 'Space']) {
    it(`${key} chooses the day: it fills the boxes, fires input and change, closes and gives focus back to the button`, async () => {
      const el = await openByKeyboard(html`<form><ger-date-input name="day" label="Огноо" picker value="2026-03-18"></ger-date-input></form>`);
      await press('ArrowRight');
      await settle(el);
      const events: string[] = [];
      for (const type of ['input', 'change']) el.addEventListener(type, () => events.push(type));
      await press(key);
      await settle(el);
      expectClosed(el);
      expect(el.value).to.equal('2026-03-19');
      expect([...el.shadowRoot!.querySelectorAll('input')].map((input) => input.value)).to.deep.equal(['2026', '03', '19']);
      expect(new FormData(el.closest('form')!).get('day')).to.equal('2026-03-19');
      expect(events).to.deep.equal(['input', 'change']);
      expectFocusOn(button(el));
    });
  }

  // Once stalled the whole Chromium run (the hydration test): a day chosen the moment the calendar
  // opened, then `await updateComplete`, found the dialog still drawn, since the browser fires
  // `close` a task later; chai printing that dialog then hung the runner. Bounded: it fails in a second.
  it('is closed once `updateComplete` settles after a day chosen the moment it opened', async () => {
    const el = await fixture<HTMLFormElement>(html`<form><ger-date-input name="day" label="Огноо" picker value="2026-03-18"></ger-date-input></form>`);
    const field = el.querySelector('ger-date-input')!;
    await within(field.updateComplete, 2000, 'the button loading');
    button(field).click();
    await until(() => dialog(field)?.open, 2000, 'the calendar opening');
    day(field, 20).click();
    await within(field.updateComplete, 1000, 'updateComplete after the choice');
    expectClosed(field);
    expect(new FormData(el).get('day')).to.equal('2026-03-20');
    expectFocusOn(button(field));
  });

  it('choosing a day clears an error the server gave, as typing a new date does, so the form can be sent', async () => {
    const el = await openByKeyboard(html`<ger-date-input label="Цаг авах өдөр" picker value="2026-03-18" error="Энэ өдөр дүүрсэн байна"></ger-date-input>`);
    await press('ArrowRight');
    await press('Enter');
    await settle(el);
    expect(el.value).to.equal('2026-03-19');
    expect(el.error, "the server's error").to.equal('');
    expect(el.checkValidity(), 'the form can be sent').to.be.true;
  });

  it('Escape closes without choosing, and focus goes back to the button', async () => {
    const el = await openByKeyboard();
    await press('ArrowRight');
    await press('Escape');
    await settle(el);
    expectClosed(el);
    expectFocusOn(button(el));
    expect(el.value).to.equal('2026-03-18');
  });

  it('the Close button closes too, and the month buttons move by month and year', async () => {
    const el = await openByKeyboard();
    const [previousYear, previousMonth, nextMonth, nextYear] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.step');
    nextMonth.click();
    await settle(el);
    expect(month(el)).to.equal('2026 оны дөрөвдүгээр сар');
    nextYear.click();
    await settle(el);
    expect(month(el)).to.equal('2027 оны дөрөвдүгээр сар');
    previousYear.click();
    previousMonth.click();
    await settle(el);
    expect(month(el)).to.equal('2026 оны гуравдугаар сар');
    expect(previousMonth.getAttribute('aria-label')).to.equal('Өмнөх сар');
    $<HTMLButtonElement>(el, '.calendar-close').click();
    await settle(el);
    expectClosed(el);
    expectFocusOn(button(el));
  });

  it('stays within min and max: days outside are unavailable, focus and the month buttons stop at the limits', async () => {
    const el = await openByKeyboard(html`<ger-date-input label="Огноо" picker min="2026-03-10" max="2026-04-05" value="2026-03-11"></ger-date-input>`);
    expect(day(el, 9).getAttribute('aria-disabled')).to.equal('true');
    expect(day(el, 9).getAttribute('aria-label')).to.equal('2026 оны гуравдугаар сарын 9, Даваа, сонгох боломжгүй');
    expect(day(el, 10).hasAttribute('aria-disabled')).to.be.false;
    const previousMonth = el.shadowRoot!.querySelectorAll('.step')[1];
    expect(previousMonth.getAttribute('aria-disabled')).to.equal('true');
    await press('ArrowUp');
    await settle(el);
    expect(focusedDay(el).textContent!.trim(), 'stopped at min').to.equal('10');
    await pressWithShift('PageDown');
    await settle(el);
    expect(month(el)).to.equal('2026 оны дөрөвдүгээр сар');
    expect(focusedDay(el).textContent!.trim(), 'stopped at max').to.equal('5');
    expect(day(el, 6).getAttribute('aria-disabled')).to.equal('true');
  });

  it('opens on today when no date is typed, and marks today', async () => {
    const el = await openByKeyboard(html`<ger-date-input label="Огноо" picker></ger-date-input>`);
    const today = new Date();
    const cell = focusedDay(el);
    expect(cell.textContent!.trim()).to.equal(String(today.getDate()));
    expect(cell.getAttribute('aria-current')).to.equal('date');
    expect(cell.getAttribute('aria-label')).to.match(/, өнөөдөр$/);
    expect(el.shadowRoot!.querySelector('[aria-selected]') === null, 'no day selected').to.be.true;
  });

  it('marks unavailable days (weekdays and dates given as data), reads them as unavailable and does not choose them', async () => {
    const el = await openByKeyboard(
      html`<ger-date-input label="Цаг авах өдөр" picker unavailable="saturday, Sunday 2026-03-20" value="2026-03-19"></ger-date-input>`,
    );
    const unavailable = [...el.shadowRoot!.querySelectorAll('.day[aria-disabled="true"]')].map((cell) => Number(cell.textContent));
    expect(unavailable).to.deep.equal([1, 7, 8, 14, 15, 20, 21, 22, 28, 29]);
    expect(day(el, 20).getAttribute('aria-label')).to.equal('2026 оны гуравдугаар сарын 20, Баасан, сонгох боломжгүй');
    await press('ArrowRight');
    await press('Enter');
    await settle(el);
    expect(dialog(el)?.open, 'still open').to.be.true;
    expectFocusOn(day(el, 20));
    expect(el.value).to.equal('2026-03-19');
    day(el, 21).click();
    await settle(el);
    expect(dialog(el)?.open, 'a click does not choose it either').to.be.true;
    day(el, 23).click();
    await settle(el);
    expectClosed(el);
    expect(el.value).to.equal('2026-03-23');
  });

  it('refuses an unavailable day typed in the boxes, with a message in words', async () => {
    const el = await fixture<GerDateInput>(html`<div lang="en"><ger-date-input label="Appointment" unavailable="sunday"></ger-date-input></div>`);
    const field = el.querySelector('ger-date-input')!;
    field.unavailable = ['sunday', '2026-03-20'];
    await field.updateComplete;
    field.value = '2026-03-22';
    expect(field.validity.stepMismatch).to.be.true;
    expect(field.validationMessage).to.equal('March 22, 2026 is not available. Choose another day.');
    field.value = '2026-03-20';
    expect(field.validity.stepMismatch).to.be.true;
    field.value = '2026-03-19';
    expect(field.checkValidity()).to.be.true;
  });

  it('warns once about values it cannot read and leaves them out', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await openByKeyboard(
        html`<ger-date-input label="Огноо" picker min="tomorrow" unavailable="someday 2026-02-30" value="2026-03-18"></ger-date-input>`,
      );
      expect(el.shadowRoot!.querySelectorAll('.day[aria-disabled="true"]').length).to.equal(0);
      expect(el.checkValidity()).to.be.true;
    });
    expect(warnings.filter((w) => w.includes('min="tomorrow"')).length).to.equal(1);
    expect(warnings.some((w) => w.includes('"someday"'))).to.be.true;
    expect(warnings.some((w) => w.includes('"2026-02-30"'))).to.be.true;
  });

  itNeeds(['computed accessibility'], 'is a modal dialog named by the question, holding a grid named by its month', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Цаг авах өдөр" picker value="2026-03-18"></ger-date-input>`);
    await settle(el);
    // Read before opening: the modal dialog makes everything behind it inert.
    expect(computedAccessibility(button(el))).to.deep.equal({ role: 'button', name: 'Огноо сонгох, сонгосон огноо: 2026 оны гуравдугаар сарын 18' });
    button(el).click();
    await settle(el);
    expect(computedAccessibility(dialog(el)!)).to.deep.equal({ role: 'dialog', name: 'Цаг авах өдөр' });
    expect(computedAccessibility($(el, 'table'))).to.deep.equal({ role: 'grid', name: '2026 оны гуравдугаар сар' });
    expect(computedAccessibility(day(el, 18))).to.deep.equal({ role: 'gridcell', name: '2026 оны гуравдугаар сарын 18, Лхагва' });
  });

  for (const [theme, lang] of [
    ['light', 'mn'],
    ['night', 'en'],
    ['contrast', 'mn'],
  ] as const) {
    it(`open, passes axe in the ${theme} theme in ${lang}`, async () => {
      setTheme(theme);
      setLang(lang);
      const el = await openByKeyboard(
        html`<ger-date-input label="Цаг авах өдөр" picker unavailable="saturday sunday" min="2026-03-05" value="2026-03-18"></ger-date-input>`,
      );
      await expectNoAxeViolations(el.parentElement!);
    });
  }

  /** WCAG contrast of two computed `rgb()` colours. */
  function contrast(a: string, b: string) {
    const luminance = (color: string) => {
      const [r, g, bl] = color
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map((v) => Number(v) / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
    };
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (high + 0.05) / (low + 0.05);
  }

  for (const theme of ['light', 'night', 'contrast'] as const) {
    it(`in the ${theme} theme the focus ring on the chosen day stands apart from its fill (3:1)`, async () => {
      setTheme(theme);
      const el = await openByKeyboard();
      const chosen = focusedDay(el);
      expect(chosen.getAttribute('aria-selected')).to.equal('true');
      const style = getComputedStyle(chosen);
      // The ring is drawn inside the cell: what touches it there is an inset band, or else the fill.
      const band = /(rgba?\([^)]*\))[^,]*\binset\b/.exec(style.boxShadow)?.[1] ?? style.backgroundColor;
      expect(contrast(style.outlineColor, band), `ring ${style.outlineColor} on ${band}`).to.be.at.least(3);
    });
  }

  // Fractional sizes round the grid's width; a window shorter than the calendar adds a scrollbar
  // beside it (Firefox's headless one takes room). Neither may shrink the days or tile them.
  for (const percent of [105, 117.5, 125, 130, 150]) {
    it(`on a wide screen at ${percent}% text, the days have the target size and no tiles`, async () => {
      document.documentElement.style.fontSize = `${percent}%`;
      try {
        const el = await openByKeyboard();
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const tenth = day(el, 10);
        expect(getComputedStyle(tenth).backgroundColor, 'no tile').to.equal('rgba(0, 0, 0, 0)');
        expect(tenth.getBoundingClientRect().width, 'the target size').to.be.at.least(2.75 * rem - 0.5);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });
  }

  itNeeds(
    ['viewport'],
    'open at 320 px, the whole week fits; at 200% text too, each day in a tile apart from its neighbours, never wider than the page',
    async () => {
      await setNarrowViewport(320);
      let el = await openByKeyboard();
      const grid = $(el, '.calendar-grid');
      expect(grid.scrollWidth, 'seven days fit').to.be.at.most(grid.clientWidth + 1);
      expect(getComputedStyle(day(el, 10)).backgroundColor, 'days of the target size need no tile').to.equal('rgba(0, 0, 0, 0)');
      expect(dialog(el)!.getBoundingClientRect().right).to.be.at.most(320);
      expect(horizontalOverflow()).to.equal(0);
      await press('Escape');
      setTextSize(200);
      el = await openByKeyboard();
      const box = dialog(el)!.getBoundingClientRect();
      expect(box.left).to.be.at.least(0);
      expect(box.right).to.be.at.most(320);
      expect(horizontalOverflow()).to.equal(0);
      // The numbers would run together ("10111213"): each day is a tile, with a gap to the next.
      const [tenth, eleventh] = [day(el, 10), day(el, 11)];
      expect(eleventh.getBoundingClientRect().left - tenth.getBoundingClientRect().right, 'a gap between two days').to.be.at.least(1);
      expect(getComputedStyle(tenth).backgroundColor, 'the day has a tile').not.to.equal(getComputedStyle(dialog(el)!).backgroundColor);
      for (const cell of [tenth, eleventh]) {
        const text = document.createRange();
        text.selectNodeContents(cell);
        const { left, right } = text.getBoundingClientRect();
        const tile = cell.getBoundingClientRect();
        expect(left >= tile.left && right <= tile.right, `${cell.textContent!.trim()} fits its tile`).to.be.true;
      }
      // The focused day is scrolled into view inside the grid.
      await press('End');
      await settle(el);
      const cell = focusedDay(el).getBoundingClientRect();
      expect(cell.right).to.be.at.most(box.right);
      await expectNoAxeViolations(el.parentElement!);
    },
  );
});

describeAccessibility(
  'ger-date-input picker',
  () => html`<form>
    <ger-date-input name="appointment" label="Цаг авах өдөр" hint="Ажлын өдөр сонгоно уу" picker required min="2026-01-05" unavailable="saturday sunday" value="2026-03-18"></ger-date-input>
  </form>`,
);
