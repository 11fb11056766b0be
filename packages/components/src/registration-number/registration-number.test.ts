import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { describeFormControl } from '../../test/form-control.js';
import type { GerRegistrationNumber } from './registration-number.js';
import './registration-number.js';
import '../button/button.js';
import { press } from '../../test/engine.js';
import { birthDateOf, checkRegistrationNumber, CYRILLIC_LETTERS, LATIN_TO_CYRILLIC, toRegistrationNumber } from './rules.js';

const input = (el: GerRegistrationNumber) => el.shadowRoot!.querySelector('input')!;
const NOW = new Date(2026, 5, 1);

describe('registration number rules', () => {
  it('accepts two Mongolian Cyrillic letters and a real date of birth, month + 20 from 2000', () => {
    expect(checkRegistrationNumber('УБ99112233', NOW)).to.be.undefined;
    expect(birthDateOf('УБ99112233', NOW)).to.equal('1999-11-22');
    expect(checkRegistrationNumber('ЧБ05231456', NOW)).to.be.undefined;
    expect(birthDateOf('ЧБ05231456', NOW), 'month 23 is March 2005').to.equal('2005-03-14');
    expect(checkRegistrationNumber('ӨҮ00322901', NOW), 'month 32 is December 2000').to.be.undefined;
    expect(checkRegistrationNumber('ЯЁ00222901', NOW), '29 February 2000').to.be.undefined;
  });

  it('rejects a date of birth that does not exist or has not happened yet', () => {
    expect(checkRegistrationNumber('УБ99133233', NOW), 'month 13').to.equal('birthDate');
    expect(checkRegistrationNumber('УБ99023012', NOW), '30 February').to.equal('birthDate');
    expect(checkRegistrationNumber('УБ01223001', NOW), '30 February 2001').to.equal('birthDate');
    expect(checkRegistrationNumber('УБ99001512', NOW), 'month 00').to.equal('birthDate');
    expect(checkRegistrationNumber('УБ99200112', NOW), 'month 20 is neither century').to.equal('birthDate');
    expect(checkRegistrationNumber('УБ30211512', NOW), '2030 is in the future').to.equal('birthDate');
    expect(checkRegistrationNumber('УБ26260212', NOW), 'the day after tomorrow').to.equal('birthDate');
    expect(checkRegistrationNumber('УБ26260112', NOW), 'born today').to.be.undefined;
  });

  it('rejects letters that are not Mongolian Cyrillic', () => {
    expect(checkRegistrationNumber('ӘБ99112233', NOW), 'Kazakh Ә').to.equal('letters');
    expect(checkRegistrationNumber('UB99112233', NOW), 'Latin, set without typing').to.equal('letters');
    expect(checkRegistrationNumber('ΑΒ99112233', NOW), 'Greek').to.equal('letters');
  });

  it('rejects anything but two letters and eight digits', () => {
    for (const bad of ['', 'УБ9911223', 'УБ991122334', 'У99112233', 'УБВ9911223', '1299112233', 'УБ9911223А', 'УБ 99112233']) {
      expect(checkRegistrationNumber(bad, NOW), JSON.stringify(bad)).to.equal('format');
    }
  });

  it('turns Latin into Cyrillic, upper-cases, drops spaces and dashes, and is idempotent', () => {
    const cases: [string, string][] = [
      ['ub99112233', 'УБ99112233'],
      ['Ub 9911-2233', 'УБ99112233'],
      ['уб99112233', 'УБ99112233'],
      ['shu', 'ШУ'],
      ['chb', 'ЧБ'],
      ['kha', 'ХА'],
      ['ha', 'ХА'],
      ['xa', 'ХА'],
      ['sx', 'СХ'],
      ['ts', 'ТС'],
      ['ya', 'Я'],
      ['yo', 'Ё'],
      ['yu', 'Ю'],
      ['ye', 'Е'],
      ['qw', 'ӨҮ'],
      ['öü', 'ӨҮ'],
      ['ca', 'ЦА'],
      ['ey', 'ЭЫ'],
    ];
    for (const [typed, expected] of cases) {
      expect(toRegistrationNumber(typed), typed).to.equal(expected);
      expect(toRegistrationNumber(expected), `${expected} again`).to.equal(expected);
    }
  });

  it('maps every Latin letter to a letter of the Mongolian alphabet', () => {
    for (const letter of 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') expect(CYRILLIC_LETTERS, letter).to.contain(LATIN_TO_CYRILLIC[letter]);
  });
});

describe('ger-registration-number', () => {
  it('converts Latin letters to Cyrillic as they are typed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-registration-number name="rd" label="Регистрийн дугаар"></ger-registration-number></form>`);
    const el = form.querySelector('ger-registration-number')!;
    await el.updateComplete;
    input(el).focus();
    await sendKeys({ type: 'u' });
    expect(input(el).value).to.equal('У');
    await sendKeys({ type: 'b' });
    expect(input(el).value).to.equal('УБ');
    // No repeated keys in a row: WebKitWebDriver drops the second.
    await sendKeys({ type: '85032714' });
    expect(el.value).to.equal('УБ85032714');
    expect(new FormData(form).get('rd')).to.equal('УБ85032714');
    expect(el.checkValidity()).to.be.true;
    expect(el.birthDate).to.equal('1985-03-27');
  });

  it('makes one letter of a Latin pair typed key by key (sh, ch, ya)', async () => {
    const el = await fixture<GerRegistrationNumber>(html`<ger-registration-number label="РД"></ger-registration-number>`);
    input(el).focus();
    await sendKeys({ type: 's' });
    expect(input(el).value).to.equal('С');
    await sendKeys({ type: 'h' });
    expect(input(el).value).to.equal('Ш');
    await sendKeys({ type: 'ya' });
    expect(input(el).value).to.equal('ШЯ');
  });

  it('keeps the caret where the user is typing', async () => {
    const el = await fixture<GerRegistrationNumber>(html`<ger-registration-number label="РД" value="Б85032714"></ger-registration-number>`);
    input(el).focus();
    input(el).setSelectionRange(0, 0);
    await sendKeys({ type: 'u' });
    expect(input(el).value).to.equal('УБ85032714');
    expect(input(el).selectionStart).to.equal(1);
  });

  it('says what is wrong, in the page language', async () => {
    const wrapper = await fixture(html`<div lang="en"><ger-registration-number label="Registration number"></ger-registration-number></div>`);
    const el = wrapper.querySelector('ger-registration-number')!;
    await el.updateComplete;
    el.value = 'УБ9911';
    expect(el.validity.patternMismatch).to.be.true;
    expect(el.validationMessage).to.equal('Enter 2 letters and 8 digits, like УБ99112233.');
    el.value = 'ӘБ99112233';
    expect(el.validationMessage).to.equal('The first 2 characters must be Cyrillic letters.');
    el.value = 'УБ99133233';
    expect(el.validity.typeMismatch).to.be.true;
    expect(el.validationMessage).to.equal('The 6 digits after the letters must be a real date of birth (YYMMDD).');
    document.documentElement.lang = 'mn';
    wrapper.removeAttribute('lang');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Үсгийн дараах 6 цифр нь төрсөн он, сар, өдөр (ООССӨӨ) байх ёстой.');
  });

  it('sends a number set in code with Latin letters as Cyrillic', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-registration-number name="rd" label="РД" value="ub99112233"></ger-registration-number></form>`);
    const el = form.querySelector('ger-registration-number')!;
    await el.updateComplete;
    expect(new FormData(form).get('rd')).to.equal('УБ99112233');
    expect(el.value).to.equal('УБ99112233');
  });

  it('keeps working when a script sets a number or null: the value is its text, and it is checked', async () => {
    const el = await fixture<GerRegistrationNumber>(html`<ger-registration-number label="РД"></ger-registration-number>`);
    el.value = 99112233 as unknown as string;
    await el.updateComplete;
    expect(el.value).to.equal('99112233');
    expect(el.validity.valid).to.be.false;
    el.value = null as unknown as string;
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.shadowRoot!.querySelector('input')).to.exist;
  });

  it("sends the corrected number with Enter at once, though the server's `error` was about the old one", async () => {
    for (const button of ['<button>Илгээх</button>', '<ger-button type="submit">Илгээх</ger-button>']) {
      const form = await fixture<HTMLFormElement>(html`<form>
        <ger-registration-number name="rd" label="РД" value="УБ99133233" error="Үсгийн дараах 6 цифр нь төрсөн он, сар, өдөр байх ёстой."></ger-registration-number>
        ${unsafeHTML(button)}
      </form>`);
      const el = form.querySelector('ger-registration-number')!;
      await el.updateComplete;
      const sent: string[] = [];
      form.addEventListener('change', () => sent.push('change'));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        sent.push(new FormData(form).get('rd') as string);
      });
      input(el).focus();
      await press('Enter');
      expect(sent, `${button}: the unchanged number the server refused is not sent again`).to.deep.equal([]);
      input(el).select();
      // No letter twice in a row: WebKit's driver drops a repeated key.
      await sendKeys({ type: 'ub91051234' });
      await press('Enter');
      // `change` first: a page fills what follows from the number (the date of birth) before the form is checked.
      expect(sent, `${button}: \`change\`, then the form goes`).to.deep.equal(['change', 'УБ91051234']);
      input(el).blur();
      expect(sent, `${button}: leaving the field commits nothing more`).to.have.length(2);
    }
  });

  it('tells the browser not to autocorrect or autocomplete it', async () => {
    const el = await fixture<GerRegistrationNumber>(html`<ger-registration-number label="РД"></ger-registration-number>`);
    expect(input(el).getAttribute('spellcheck')).to.equal('false');
    expect(input(el).getAttribute('autocapitalize')).to.equal('characters');
    expect(input(el).getAttribute('autocomplete')).to.equal('off');
  });
});

describeFormControl<GerRegistrationNumber>('ger-registration-number', {
  form: () => html`<form><ger-registration-number name="field" label="Регистрийн дугаар" required></ger-registration-number></form>`,
  fill: (el) => {
    el.value = 'ЧБ05231456';
  },
  sent: ['ЧБ05231456'],
  missing: { mn: 'Энэ талбарыг бөглөнө үү.', en: 'Fill in this field.' },
  defaultValue: 'УБ88120345',
});

describeAccessibility(
  'ger-registration-number',
  () => html`<form>
    <ger-registration-number name="rd" label="Регистрийн дугаар" hint="Жишээ нь: УБ99112233. Латин үсгээр бичиж болно." required></ger-registration-number>
    <ger-registration-number name="rd2" label="Эцгийн регистрийн дугаар" value="УБ99133233" error="Үсгийн дараах 6 цифр нь төрсөн он, сар, өдөр (ООССӨӨ) байх ёстой."></ger-registration-number>
  </form>`,
);
