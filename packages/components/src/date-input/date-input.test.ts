import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds, press } from '../../test/engine.js';
import { describeFormControl } from '../../test/form-control.js';
import { computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import { resetConditions, setLargestDisplaySettings } from '../../test/viewing-conditions.js';
import { fixtureVertical } from '../../test/vertical-script.js';
import { isoDate } from '../utils/date.js';
import { isVerticalWriting } from '../utils/writing-mode.js';
import type { GerDateInput } from './date-input.js';
import './date-input.js';

const inputs = (el: GerDateInput) => [...el.shadowRoot!.querySelectorAll('input')];

/** Tabs into each box in turn and types its part. No repeated digits: WebKitWebDriver drops a key typed twice in a row. */
async function typeInBoxes(...parts: string[]) {
  for (const part of parts) {
    await press('Tab');
    await sendKeys({ type: part });
  }
}

describe('ger-date-input', () => {
  it('asks for year, month and day in that order, labelled in the page language', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Төрсөн огноо"></ger-date-input>`);
    expect(inputs(el).map((i) => i.id)).to.deep.equal(['year', 'month', 'day']);
    expect([...el.shadowRoot!.querySelectorAll('.part label')].map((l) => l.textContent)).to.deep.equal(['Он', 'Сар', 'Өдөр']);
    expect(inputs(el).every((i) => i.inputMode === 'numeric')).to.be.true;
    const en = await fixture(html`<div lang="en"><ger-date-input label="Date of birth"></ger-date-input></div>`);
    const control = en.querySelector('ger-date-input')!;
    await control.updateComplete;
    expect([...control.shadowRoot!.querySelectorAll('.part label')].map((l) => l.textContent)).to.deep.equal(['Year', 'Month', 'Day']);
  });

  itNeeds(['computed accessibility'], 'each box is named by its part; the group by the question', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Төрсөн огноо" required></ger-date-input>`);
    expect(computedAccessibility(inputs(el)[1])).to.deep.equal({ role: 'textbox', name: 'Сар' });
    expect(computedAccessibility(el.shadowRoot!.querySelector('fieldset')!)).to.deep.equal({ role: 'group', name: 'Төрсөн огноо (заавал)' });
  });

  it('is typed box by box with Tab, and its value is an ISO date', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-date-input name="dob" label="Төрсөн огноо"></ger-date-input></form>`);
    const el = form.querySelector('ger-date-input')!;
    await el.updateComplete;
    await typeInBoxes('1985', '3', '7');
    expect(deepActiveElement()).to.equal(inputs(el)[2]);
    expect(el.value).to.equal('1985-03-07');
    expect(new FormData(form).get('dob')).to.equal('1985-03-07');
    expect(el.displayValue).to.equal('1985 оны гуравдугаар сарын 7');
  });

  it('leaves what is typed alone when a framework writes the value back on every input (React, Vue)', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Төрсөн огноо"></ger-date-input>`);
    // A controlled field: value={date} onInput={(e) => setDate(e.currentTarget.value)}.
    let state = '';
    el.addEventListener('input', () => {
      state = el.value;
      el.value = state;
    });
    await el.updateComplete;
    await typeInBoxes('1985', '3', '1');
    await el.updateComplete;
    // "1985-03-01" is a real date already: written back as it reads, the day box became "01", and the next key "017".
    await sendKeys({ type: '7' });
    await el.updateComplete;
    expect(el.value).to.equal('1985-03-17');
    expect(inputs(el).map((input) => input.value)).to.deep.equal(['1985', '3', '17']);
  });

  it('shows errors once the user leaves the whole date, not between its boxes', async () => {
    const el = await fixture<GerDateInput>(html`<div><ger-date-input label="Огноо"></ger-date-input><button>Дараах</button></div>`);
    const date = el.querySelector('ger-date-input')!;
    await date.updateComplete;
    inputs(date)[0].focus();
    await sendKeys({ type: '1985' });
    await press('Tab');
    await date.updateComplete;
    expect(date.matches(':state(user-invalid)'), 'moving to the month box').to.be.false;
    await press('Tab');
    await press('Tab');
    await date.updateComplete;
    expect(deepActiveElement()).to.equal(el.querySelector('button'));
    expect(date.matches(':state(user-invalid)')).to.be.true;
    // As GOV.UK: the message names what is missing, only those boxes are marked, and focus (the
    // error summary's link) goes to the first of them.
    expect(date.validationMessage).to.equal('Огноог бүтэн оруулна уу: сар, өдөр дутуу байна.');
    expect(inputs(date).map((input) => input.getAttribute('aria-invalid'))).to.deep.equal([null, 'true', 'true']);
    date.focus();
    expect(deepActiveElement()).to.equal(inputs(date)[1]);
  });

  it('keeps what was typed while the date is incomplete or not real', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Огноо"></ger-date-input>`);
    el.value = '2023-02-29';
    expect(el.validity.badInput).to.be.true;
    expect(el.validationMessage).to.equal('Байх боломжтой огноо оруулна уу.');
    expect(el.value).to.equal('2023-02-29');
    el.value = '2024-2-';
    expect(el.value).to.equal('2024-2-');
    expect(el.validationMessage).to.equal('Огноог бүтэн оруулна уу: өдөр дутуу байна.');
    el.value = '2024-2-29';
    expect(el.value, 'normalised once real').to.equal('2024-02-29');
    expect(el.checkValidity()).to.be.true;
  });

  it('takes the date the boxes show: spaces around a part dropped, a whole date pasted into one box not taken as three', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-date-input name="dob" label="Төрсөн огноо" required></ger-date-input></form>`);
    const el = form.querySelector('ger-date-input')!;
    await el.updateComplete;
    const [year, month, day] = inputs(el);
    const paste = (box: HTMLInputElement, text: string) => {
      box.value = text;
      box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    };
    paste(year, '1985 ');
    paste(month, ' 3');
    paste(day, '7 ');
    expect(el.value).to.equal('1985-03-07');
    expect(el.checkValidity()).to.be.true;
    expect(new FormData(form).get('dob')).to.equal('1985-03-07');
    paste(year, '1985-03-07');
    paste(month, '');
    paste(day, '');
    expect(el.checkValidity(), 'month and day are empty').to.be.false;
    expect(el.validity.badInput).to.be.true;
    // Not a real date, which all three boxes make: all are marked and focus goes to the first.
    expect(el.validationMessage).to.equal('Байх боломжтой огноо оруулна уу.');
    await el.updateComplete;
    expect(inputs(el).map((input) => input.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true']);
    el.focus();
    expect(deepActiveElement()).to.equal(year);
  });

  it('checks min and max, with "today", and says the limit as a date in words', async () => {
    const el = await fixture<GerDateInput>(html`<div lang="en"><ger-date-input label="Date of birth" max="today" min="1900-01-01"></ger-date-input></div>`);
    const date = el.querySelector('ger-date-input')!;
    await date.updateComplete;
    date.value = '2999-01-01';
    expect(date.validity.rangeOverflow).to.be.true;
    expect(date.validationMessage).to.match(/^The date must be .* or earlier\.$/);
    date.value = '1899-12-31';
    expect(date.validity.rangeUnderflow).to.be.true;
    expect(date.validationMessage).to.equal('The date must be January 1, 1900 or later.');
  });

  it('takes a Date from a script for its value, min and max (its day where the reader is), and anything else as text', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Огноо"></ger-date-input>`);
    el.value = new Date(1985, 2, 7, 23, 30);
    el.min = new Date(1990, 0, 1);
    await el.updateComplete;
    expect(el.value).to.equal('1985-03-07');
    expect(inputs(el).map((input) => input.value)).to.deep.equal(['1985', '03', '07']);
    expect(el.validity.rangeUnderflow).to.be.true;
    el.value = 5 as unknown as string;
    await el.updateComplete;
    expect(el.value).to.equal('5--');
    expect(el.validity.valid).to.be.false;
    el.value = null as unknown as string;
    await el.updateComplete;
    expect(el.value).to.equal('');
  });

  it('accepts only real calendar dates', () => {
    expect(isoDate('2024', '2', '29')).to.equal('2024-02-29');
    expect(isoDate('2100', '2', '29')).to.be.undefined;
    expect(isoDate('2000', '2', '29')).to.equal('2000-02-29');
    expect(isoDate('1990', '13', '1')).to.be.undefined;
    expect(isoDate('1990', '4', '31')).to.be.undefined;
    expect(isoDate('90', '4', '1')).to.be.undefined;
    expect(isoDate('1990', '4', 'x')).to.be.undefined;
  });

  itNeeds(['vertical form controls'], 'shows the whole year at 200% text and the widest spacing, set horizontally and vertically (mn-Mong)', async () => {
    setLargestDisplaySettings();
    try {
      for (const render of [fixture, fixtureVertical]) {
        const el = await render<GerDateInput>(html`<ger-date-input label="Төрсөн огноо" value="2026-03-18"></ger-date-input>`);
        await el.updateComplete;
        const year = inputs(el)[0];
        const vertical = isVerticalWriting(year);
        expect(vertical, 'set vertically').to.equal(render === fixtureVertical);
        // Along the line: the width set horizontally, the height set vertically.
        const [content, box] = vertical ? [year.scrollHeight, year.clientHeight] : [year.scrollWidth, year.clientWidth];
        expect(content, `the year fits ${vertical ? 'vertically' : 'horizontally'}`).to.be.at.most(box);
      }
    } finally {
      await resetConditions();
    }
  });

  it('offers the browser the date of birth to fill in', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input label="Төрсөн огноо" autocomplete="bday"></ger-date-input>`);
    expect(inputs(el).map((i) => i.getAttribute('autocomplete'))).to.deep.equal(['bday-year', 'bday-month', 'bday-day']);
  });
});

describeFormControl<GerDateInput>('ger-date-input', {
  form: () => html`<form><ger-date-input name="field" label="Төрсөн огноо" required></ger-date-input></form>`,
  fill: (el) => {
    el.value = '1987-11-04';
  },
  sent: ['1987-11-04'],
  missing: { mn: 'Энэ талбарыг бөглөнө үү.', en: 'Fill in this field.' },
  defaultValue: '1962-03-15',
});

describeAccessibility(
  'ger-date-input',
  () => html`<form>
    <ger-date-input name="dob" label="Төрсөн огноо" hint="Жишээ нь: 1990 3 7" required autocomplete="bday" max="today" value="1990-03-07"></ger-date-input>
    <ger-date-input name="issued" label="Олгосон огноо" error="Байх боломжтой огноо оруулна уу." value="2021-02-30"></ger-date-input>
  </form>`,
);
