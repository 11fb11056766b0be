import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { captureConsole } from '../../test/helpers.js';
import '../date-input/date-input.js';
import type { GerDateInput } from '../date-input/date-input.js';
import { dateValidator } from '../date-input/date-validator.js';
import '../file-upload/file-upload.js';
import type { GerFileUpload } from '../file-upload/file-upload.js';
import { fileSizeValidator, fileTypeValidator } from '../file-upload/handling.js';
import '../registration-number/registration-number.js';
import type { GerRegistrationNumber } from '../registration-number/registration-number.js';
import { registrationNumberValidator } from '../registration-number/registration-validator.js';
import { emailValidator, numberValidator, patternValidator, telValidator } from '../text-field/format-validators.js';
import '../text-field/text-field.js';
import type { GerTextField } from '../text-field/text-field.js';
import { inLanguage, isEmpty, requiredValidator, runValidators, type Validator } from './validators.js';

/** An agency's own check: a vehicle plate, "1234 УБА". */
const plate: Validator = {
  key: 'vehicle-plate',
  check: (value, control) =>
    /^\d{4} [А-ЯӨҮ]{3}$/.test(String(value))
      ? undefined
      : { flag: 'patternMismatch', message: inLanguage(control, { mn: 'Улсын дугаарыг 1234 УБА хэлбэрээр бичнэ үү.', en: 'Write the plate as 1234 УБА.' }) },
};

const field = (markup: ReturnType<typeof html>) => fixture<GerTextField>(markup).then(async (el) => (await el.updateComplete, el));
const error = (el: Element) => el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('validators', () => {
  it('counts nothing chosen and only spaces as empty, and anything else as a value', () => {
    expect([null, '', '   ', []].every(isEmpty)).to.be.true;
    expect(['0', '--7', ['a'], { name: 'a.pdf' }].some(isEmpty)).to.be.false;
  });

  it('runs required on an empty value, the rest only on a value, in order, and the first result wins', async () => {
    const el = await field(html`<ger-text-field label="Нэр" required></ger-text-field>`);
    const seen: string[] = [];
    const spy = (key: string, fails = false): Validator => ({
      key,
      check: () => (seen.push(key), fails ? { flag: 'customError', message: key } : undefined),
    });
    const validators = [requiredValidator(), spy('first'), spy('second', true), spy('third', true)];
    expect(runValidators('', el, validators)).to.deep.equal({ flag: 'valueMissing', message: 'Энэ талбарыг бөглөнө үү.' });
    expect(seen, 'no check of an empty value but required').to.deep.equal([]);
    expect(runValidators('Бат', el, validators)).to.deep.equal({ flag: 'customError', message: 'second' });
    expect(seen).to.deep.equal(['first', 'second']);
  });

  it('skips a validator that throws, with a console error, and gives a result without a message its key', async () => {
    const el = await field(html`<ger-text-field label="Нэр"></ger-text-field>`);
    const broken: Validator = {
      key: 'broken',
      check: () => {
        throw new Error('bug');
      },
    };
    const silent = { key: 'silent', check: () => ({ flag: 'customError', message: '' }) } as Validator;
    const errors = await captureConsole('error', () => expect(runValidators('Бат', el, [broken])).to.be.undefined);
    expect(String(errors[0]?.[0])).to.contain('"broken"');
    expect(runValidators('Бат', el, [silent])).to.deep.equal({ flag: 'customError', message: 'silent' });
  });

  it('checks e-mail addresses, phone numbers, numbers within limits and patterns, in the page language', async () => {
    const el = await field(html`<ger-text-field lang="en" label="Email" type="email"></ger-text-field>`);
    expect(emailValidator.check('name@example', el)).to.be.undefined;
    expect(emailValidator.check('name example.mn', el)).to.deep.equal({ flag: 'typeMismatch', message: 'Enter an email address like name@example.mn' });
    const tel = await field(html`<ger-text-field label="Утас" type="tel"></ger-text-field>`);
    expect(telValidator.check('(+976) 9911-2233', tel)).to.be.undefined;
    expect(telValidator.check('99-11', tel)?.flag).to.equal('typeMismatch');
    expect(emailValidator.check('not an address', tel), 'each format check only for its own type').to.be.undefined;
    const number = await field(html`<ger-text-field label="Нас" type="number" min="18" max="120"></ger-text-field>`);
    expect(numberValidator.check('42,5', number)).to.be.undefined;
    expect(numberValidator.check('дөч', number)?.flag).to.equal('badInput');
    expect(numberValidator.check('17', number)?.flag).to.equal('rangeUnderflow');
    expect(numberValidator.check('121', number)?.flag).to.equal('rangeOverflow');
    const pattern = await field(html`<ger-text-field label="Код" pattern="[0-9]{6}"></ger-text-field>`);
    expect(patternValidator.check('123456', pattern)).to.be.undefined;
    expect(patternValidator.check('12345', pattern)?.flag).to.equal('patternMismatch');
  });

  it('checks a date typed in three parts: complete, a real day, within min and max', async () => {
    const el = await fixture<GerDateInput>(html`<ger-date-input lang="en" label="Date" min="2000-01-01" max="2020-12-31"></ger-date-input>`);
    await el.updateComplete;
    expect(dateValidator.check('2010-5-', el)).to.deep.equal({ flag: 'badInput', message: 'Enter a full date: add the day.' });
    expect(dateValidator.check('-5-', el)?.message).to.equal('Enter a full date: add the year and day.');
    expect(dateValidator.check('2010-2-30', el)?.flag).to.equal('badInput');
    expect(dateValidator.check('1999-12-31', el)?.flag).to.equal('rangeUnderflow');
    expect(dateValidator.check('2021-1-1', el)?.flag).to.equal('rangeOverflow');
    expect(dateValidator.check('2010-05-07', el)).to.be.undefined;
  });

  it('checks a registration number: two letters, eight digits, a real date of birth', async () => {
    const el = await fixture<GerRegistrationNumber>(html`<ger-registration-number label="Регистр"></ger-registration-number>`);
    await el.updateComplete;
    expect(registrationNumberValidator.check('УБ99112233', el)).to.be.undefined;
    expect(registrationNumberValidator.check('УБ9911', el)).to.deep.equal({
      flag: 'patternMismatch',
      message: 'Регистрийн дугаарыг 2 үсэг, 8 цифрээр оруулна уу, жишээ нь: УБ99112233.',
    });
    expect(registrationNumberValidator.check('УБ99133233', el)?.flag, 'month 13').to.equal('typeMismatch');
  });

  it('checks a chosen file against the field’s accept and max-size', async () => {
    const el = await fixture<GerFileUpload>(html`<ger-file-upload lang="en" label="Passport" accept=".pdf,image/*" max-size="1000000"></ger-file-upload>`);
    await el.updateComplete;
    expect(fileTypeValidator.check({ name: 'scan.PDF', type: 'application/pdf', size: 10 }, el)).to.be.undefined;
    expect(fileTypeValidator.check({ name: 'photo.heic', type: 'image/heic', size: 10 }, el)).to.be.undefined;
    expect(fileTypeValidator.check({ name: 'notes.docx', type: 'application/msword', size: 10 }, el)).to.deep.equal({
      flag: 'typeMismatch',
      message: 'This type of file is not accepted. Allowed types: PDF, images.',
    });
    expect(fileSizeValidator.check({ name: 'scan.pdf', type: 'application/pdf', size: 1_000_001 }, el)?.flag).to.equal('rangeOverflow');
    expect(fileSizeValidator.check({ name: 'scan.pdf', type: 'application/pdf', size: 1_000_000 }, el)).to.be.undefined;
  });

  describe('an agency’s own validator on a text field', () => {
    it('sets validity and the message, shows it once the user has changed the value, and stops the form', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><ger-text-field name="plate" label="Улсын дугаар"></ger-text-field></form>`);
      const el = form.querySelector('ger-text-field')!;
      el.validators = [plate];
      el.value = '12 УБА';
      await el.updateComplete;
      expect(el.validity.patternMismatch).to.be.true;
      expect(el.validity.valid).to.be.false;
      expect(el.validationMessage).to.equal('Улсын дугаарыг 1234 УБА хэлбэрээр бичнэ үү.');
      expect(error(el), 'not shown before the user has changed anything').to.equal('');
      let submitted = 0;
      form.addEventListener('submit', (event) => (event.preventDefault(), submitted++));
      form.requestSubmit();
      expect(submitted, 'the form is not sent').to.equal(0);
      await el.updateComplete;
      expect(error(el)).to.contain('Улсын дугаарыг 1234 УБА хэлбэрээр бичнэ үү.');

      el.shadowRoot!.querySelector('input')!.select();
      el.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ type: '1234 УБА' });
      await el.updateComplete;
      expect(el.validity.valid).to.be.true;
      expect(error(el)).to.equal('');
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('speaks the page language', async () => {
      const el = await field(html`<ger-text-field lang="en" label="Plate" value="12"></ger-text-field>`);
      el.validators = [plate];
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Write the plate as 1234 УБА.');
    });

    it('runs after the field’s own checks, and not on an empty optional field', async () => {
      const el = await field(html`<ger-text-field label="Улсын дугаар" maxlength="4"></ger-text-field>`);
      el.validators = [plate];
      await el.updateComplete;
      expect(el.validity.valid, 'empty and optional').to.be.true;
      el.value = '1234 УБА';
      await el.updateComplete;
      expect(el.validity.tooLong, 'the length check comes first').to.be.true;
      expect(el.validity.patternMismatch).to.be.false;
    });

    it('gives way to setCustomValidity and to error, and leaves no trace when removed', async () => {
      const el = await field(html`<ger-text-field label="Улсын дугаар" value="12"></ger-text-field>`);
      el.validators = [plate];
      await el.updateComplete;
      el.setCustomValidity('Энэ дугаар бүртгэлтэй байна.');
      expect(el.validity.customError).to.be.true;
      expect(el.validationMessage).to.equal('Энэ дугаар бүртгэлтэй байна.');
      el.setCustomValidity('');
      expect(el.validity.patternMismatch).to.be.true;
      el.validators = [];
      await el.updateComplete;
      expect(el.validity.valid).to.be.true;
      expect(el.validationMessage).to.equal('');
    });

    it('refuses a file in ger-file-upload before it is kept', async () => {
      const el = await fixture<GerFileUpload>(html`<ger-file-upload label="Зураг"></ger-file-upload>`);
      el.validators = [
        { key: 'no-empty-file', check: (value) => ((value as { size: number }).size ? undefined : { flag: 'customError', message: 'Файл хоосон байна.' }) },
      ];
      await el.choose(new File([], 'empty.pdf', { type: 'application/pdf' }));
      await el.updateComplete;
      expect(el.jsonValue).to.equal(null);
      expect(el.validationMessage).to.equal('Файл хоосон байна.');
    });
  });
});
