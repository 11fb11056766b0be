import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { itNeeds } from '../../test/engine.js';
import { describeFormControl } from '../../test/form-control.js';
import { captureWarnings, computedAccessibility } from '../../test/helpers.js';
import type { GerTextarea } from './textarea.js';
import './textarea.js';

const box = (el: GerTextarea) => el.shadowRoot!.querySelector('textarea')!;

describe('ger-textarea', () => {
  it('renders a labelled text box with the rows asked for', async () => {
    const el = await fixture<GerTextarea>(html`<ger-textarea label="Нэмэлт мэдээлэл" rows="3"></ger-textarea>`);
    expect(box(el).rows).to.equal(3);
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal(box(el).id);
    const warnings = await captureWarnings(async () => {
      el.setAttribute('rows', 'гурав');
      await el.updateComplete;
    });
    expect(box(el).rows, 'the default').to.equal(5);
    expect(warnings.join()).to.contain('<ger-textarea> rows="гурав" is not a whole number from 1; using 5');
  });

  itNeeds(['computed accessibility'], 'is a multi-line textbox named by its label', async () => {
    const el = await fixture<GerTextarea>(html`<ger-textarea label="Тайлбар"></ger-textarea>`);
    expect(computedAccessibility(box(el))).to.deep.equal({ role: 'textbox', name: 'Тайлбар' });
  });

  it('keeps line breaks in the value and sends them', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-textarea name="note" label="Тайлбар"></ger-textarea></form>`);
    const el = form.querySelector('ger-textarea')!;
    box(el).focus();
    await sendKeys({ type: 'Нэг' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: 'Хоёр' });
    expect(el.value).to.equal('Нэг\nХоёр');
    expect(new FormData(form).get('note')).to.match(/^Нэг\r?\nХоёр$/);
  });

  it('counts characters against maxlength and reports text over the limit', async () => {
    const el = await fixture<GerTextarea>(html`<div lang="en"><ger-textarea label="Reason" maxlength="10" value="Twelve chars"></ger-textarea></div>`);
    const area = el.querySelector('ger-textarea')!;
    await area.updateComplete;
    expect(area.shadowRoot!.getElementById('count')!.textContent).to.equal('You have 2 characters too many');
    expect(area.validity.tooLong).to.be.true;
    expect(area.validationMessage).to.equal('Enter 10 characters or fewer.');
    area.value = 'Nine char';
    await area.updateComplete;
    expect(area.shadowRoot!.getElementById('count')!.textContent).to.equal('You have 1 character remaining');
    expect(area.checkValidity()).to.be.true;
  });

  it('takes a maxlength a framework sets as text (Vue sets a written attribute as a property)', async () => {
    const el = await fixture<GerTextarea>(html`<ger-textarea label="Тайлбар" value="Сайн байна уу"></ger-textarea>`);
    el.maxlength = '5' as unknown as number;
    await el.updateComplete;
    expect(el.validity.tooLong).to.be.true;
    expect(el.shadowRoot!.getElementById('count')!.textContent).to.equal('8 тэмдэгтээр хэтэрсэн');
    el.maxlength = undefined;
    await el.updateComplete;
    expect(el.checkValidity(), 'unset again: no limit').to.be.true;
  });

  it('sets no limit, with a warning, for a maxlength that is not a whole number from 1: the text stays valid', async () => {
    for (const maxlength of ['-1', 'abc']) {
      let el!: GerTextarea;
      const warnings = await captureWarnings(async () => {
        el = await fixture<GerTextarea>(html`<ger-textarea label="Тайлбар" maxlength=${maxlength} value="Сайн байна уу"></ger-textarea>`);
        await el.updateComplete;
      });
      expect(warnings.join(), maxlength).to.contain(`<ger-textarea> maxlength="${maxlength}" is not a whole number from 1; no limit is set`);
      expect(el.checkValidity(), maxlength).to.be.true;
      expect(el.shadowRoot!.getElementById('count'), maxlength).to.be.null;
      expect(box(el).hasAttribute('aria-describedby'), maxlength).to.be.false;
    }
  });
});

describeFormControl<GerTextarea>('ger-textarea', {
  form: () => html`<form><ger-textarea name="field" label="Тайлбар" required></ger-textarea></form>`,
  fill: (el) => {
    el.value = 'Гэрийн хаяг өөрчлөгдсөн.';
  },
  sent: ['Гэрийн хаяг өөрчлөгдсөн.'],
  missing: { mn: 'Энэ талбарыг бөглөнө үү.', en: 'Fill in this field.' },
  defaultValue: 'Хаяг өөрчлөгдөөгүй.',
});

describeAccessibility(
  'ger-textarea',
  () => html`<form>
    <ger-textarea name="reason" label="Өргөдөл гаргах шалтгаан" hint="Товч бичнэ үү" required maxlength="200"></ger-textarea>
    <ger-textarea name="other" label="Бусад" optional error="Энэ хэсэгт хаяг бичихгүй." value="Баянзүрх дүүрэг"></ger-textarea>
  </form>`,
);
