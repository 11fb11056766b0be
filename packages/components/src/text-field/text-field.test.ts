import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { sendKeys } from '@web/test-runner-commands';
import { describeAccessibility } from '../../test/accessibility.js';
import { composingEnter, itNeeds, press } from '../../test/engine.js';
import { describeFormControl } from '../../test/form-control.js';
import { captureWarnings, computedAccessibility, deepActiveElement } from '../../test/helpers.js';
import type { GerTextField } from './text-field.js';
import './text-field.js';
import '../button/button.js';

const input = (el: GerTextField) => el.shadowRoot!.querySelector('input')!;
const error = (el: GerTextField) => el.shadowRoot!.querySelector('[part="error"]');
const userInvalid = (el: Element) => el.matches(':state(user-invalid)');

async function typeInto(el: GerTextField, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('ger-text-field', () => {
  it('keeps what is being typed when its `value` attribute is written again, as a native field does', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Утас" value="9911"></ger-text-field>`);
    input(el).setSelectionRange(4, 4);
    await typeInto(el, '25');
    expect(el.value, 'typed').to.equal('991125');
    // Still typing (no change yet): a server fragment swapped in writes the attribute anew.
    el.setAttribute('value', '9911');
    await el.updateComplete;
    expect(el.value).to.equal('991125');
    expect(input(el).value).to.equal('991125');
  });

  it('renders its label, hint and required marker inside the shadow root, tied to the input', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Овог" hint="Иргэний үнэмлэхэд бичигдсэнээр" required></ger-text-field>`);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal('control');
    expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Овог (заавал)');
    expect(input(el).getAttribute('aria-describedby')).to.equal('hint');
    expect(el.shadowRoot!.getElementById('hint')!.textContent).to.equal('Иргэний үнэмлэхэд бичигдсэнээр');
  });

  it('marks an optional field', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Нэмэлт утас" optional></ger-text-field>`);
    expect(el.shadowRoot!.querySelector('.marker')!.textContent!.trim()).to.equal('(заавал биш)');
  });

  itNeeds(['computed accessibility'], 'is a textbox named by its label and marker', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Нэр" required></ger-text-field>`);
    const { role, name } = computedAccessibility(input(el));
    expect(role).to.equal('textbox');
    expect(name).to.equal('Нэр (заавал)');
  });

  it('sends its name and value with the form, the value as typed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-text-field name="surname" label="Овог"></ger-text-field></form>`);
    const el = form.querySelector('ger-text-field')!;
    await typeInto(el, 'Бат');
    expect(el.value).to.equal('Бат');
    expect(new FormData(form).get('surname')).to.equal('Бат');
    el.value = 'Дорж';
    expect(new FormData(form).get('surname'), 'a value set in code is sent at once').to.equal('Дорж');
  });

  it('fires input on every key and change when the user leaves the field', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Нэр"></ger-text-field>`);
    let inputs = 0;
    let changes = 0;
    el.addEventListener('input', () => inputs++);
    el.addEventListener('change', () => changes++);
    await typeInto(el, 'Сар');
    expect(inputs).to.equal(3);
    input(el).blur();
    expect(changes).to.equal(1);
  });

  it('is invalid when required and empty, but shows the error only after the user has interacted', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Нэр" required></ger-text-field>`);
    expect(el.validity.valueMissing).to.be.true;
    expect(el.validationMessage).to.equal('Энэ талбарыг бөглөнө үү.');
    expect(error(el)).to.be.null;
    expect(userInvalid(el)).to.be.false;
    await typeInto(el, 'А');
    input(el).blur();
    await el.updateComplete;
    expect(userInvalid(el), 'a valid value after the change').to.be.false;
    input(el).focus();
    await press('Backspace');
    await el.updateComplete;
    expect(userInvalid(el), 'once the user has changed the value, errors follow it').to.be.true;
    expect(error(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Алдаа: Энэ талбарыг бөглөнө үү.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(input(el).getAttribute('aria-describedby')).to.equal('error');
  });

  it('shows errors when its form fails to submit, and blocks the submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-text-field name="email" label="Имэйл" type="email" value="буруу"></ger-text-field>
    </form>`);
    const el = form.querySelector('ger-text-field')!;
    // The format checks load with the field: a script waits for them as for any update.
    await el.updateComplete;
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    form.addEventListener('invalid', (e) => e.preventDefault(), true);
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(0);
    expect(userInvalid(el)).to.be.true;
    expect(error(el)!.textContent).to.contain('name@example.mn');
  });

  it('submits its form with Enter through a native submit button, with its name and value', async () => {
    // The input is in a shadow root, so the browser does not count it as a field of the form.
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-text-field name="q" label="Хайх"></ger-text-field>
      <button type="button">Цуцлах</button><button name="action" value="search">Хайх</button>
    </form>`);
    const el = form.querySelector('ger-text-field')!;
    const submitted: [string | null, string | null][] = [];
    form.addEventListener('submit', (event) => {
      const data = new FormData(form, event.submitter);
      submitted.push([data.get('q') as string | null, data.get('action') as string | null]);
    });
    await typeInto(el, 'татвар');
    await press('Enter');
    expect(submitted).to.deep.equal([['татвар', 'search']]);
    form.querySelector<HTMLButtonElement>('[name="action"]')!.disabled = true;
    await press('Enter');
    expect(submitted, 'a disabled default button submits nothing, as in a native form').to.have.length(1);
  });

  it("neither commits nor submits with the Enter that confirms an input method's text (Safari's: keyCode 229)", async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(e: Event) => e.preventDefault()}>
      <ger-text-field name="q" label="Хайх"></ger-text-field><button>Хайх</button>
    </form>`);
    const el = form.querySelector('ger-text-field')!;
    const heard: string[] = [];
    form.addEventListener('submit', () => heard.push('submit'));
    el.addEventListener('change', () => heard.push('change'));
    await typeInto(el, 'татвар');
    const left = composingEnter(input(el));
    expect(heard).to.deep.equal([]);
    expect(left, 'left to the input method').to.be.true;
    await press('Enter');
    expect(heard, 'the next Enter commits and sends').to.deep.equal(['change', 'submit']);
  });

  it("submits with Enter through the form's own submit button, though it stands outside the form or another form's stands inside", async () => {
    // The default button is the first submit button whose form is this one (`form="…"`), as for a native field.
    const page = await fixture<HTMLElement>(html`<div>
      <form id="apply" @submit=${(e: Event) => e.preventDefault()}>
        <ger-text-field name="q" label="Хайх"></ger-text-field>
        <button form="other" name="action" value="other">Өөр</button>
      </form>
      <form id="other" @submit=${(e: Event) => e.preventDefault()}></form>
      <button form="apply" name="action" value="outside">Хайх</button>
    </div>`);
    const submitted: (string | null)[] = [];
    for (const form of page.querySelectorAll('form')) {
      form.addEventListener('submit', (event) => submitted.push(`${form.id} ${(event.submitter as HTMLButtonElement | null)?.value}`));
    }
    await typeInto(page.querySelector('ger-text-field')!, 'татвар');
    await press('Enter');
    expect(submitted).to.deep.equal(['apply outside']);
  });

  it('localizes its messages in the language of the page and follows a change of language', async () => {
    const wrapper = await fixture(html`<div lang="en"><ger-text-field label="Email" type="email" value="x@"></ger-text-field></div>`);
    const el = wrapper.querySelector('ger-text-field')!;
    await el.updateComplete;
    expect(el.validationMessage).to.equal('Enter an email address like name@example.mn');
    wrapper.setAttribute('lang', 'mn');
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(el.validationMessage).to.contain('Имэйл хаягийг зөв оруулна уу');
  });

  it('checks e-mail addresses, phone numbers and numbers', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="x"></ger-text-field>`);
    const cases: [string, string, Partial<Record<keyof ValidityState, boolean>>][] = [
      ['email', 'bat@example.mn', {}],
      ['email', 'bat@', { typeMismatch: true }],
      ['tel', '9911 2233', {}],
      ['tel', '+976 (99) 11-22-33', {}],
      ['tel', '99112', { typeMismatch: true }],
      ['number', '12,5', {}],
      ['number', '-3', {}],
      ['number', '12а', { badInput: true }],
    ];
    for (const [type, value, flags] of cases) {
      el.type = type as GerTextField['type'];
      el.value = value;
      await el.updateComplete;
      const valid = Object.keys(flags).length === 0;
      expect(el.checkValidity(), `${type} ${value}`).to.equal(valid);
      for (const flag of Object.keys(flags)) expect(el.validity[flag as keyof ValidityState], `${type} ${value} ${flag}`).to.be.true;
    }
  });

  it('reads an amount with its digits grouped as people write it, before checking min and max', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Орлого" type="number" min="1000" max="5000000"></ger-text-field>`);
    for (const written of ['1,500', '1 500', '1\u00a0500', '1 234,5', '1,234.5', '2,500,000']) {
      el.value = written;
      await el.updateComplete;
      expect(el.checkValidity(), written).to.be.true;
    }
    el.value = '12,5';
    await el.updateComplete;
    expect(el.validity.rangeUnderflow, '12,5 is twelve and a half').to.be.true;
    el.value = '1,50';
    await el.updateComplete;
    expect(el.validity.rangeUnderflow, '1,50 is one and a half').to.be.true;
    el.value = '12 5';
    await el.updateComplete;
    expect(el.validity.badInput, 'a space that does not group three digits').to.be.true;
  });

  it('sends a number as it read it, digits and a point, as a native number field does, and shows what was typed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-text-field name="income" label="Орлого" type="number"></ger-text-field></form>`);
    const el = form.querySelector<GerTextField>('ger-text-field')!;
    for (const [written, sent] of [
      ['1 500', '1500'],
      ['1,500', '1500'],
      ['12,5', '12.5'],
      ['арван', 'арван'],
    ]) {
      el.value = written;
      await el.updateComplete;
      expect(new FormData(form).get('income'), written).to.equal(sent);
      expect(el.value).to.equal(written);
    }
  });

  it('checks a number against min and max, in the page language', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Нас" type="number" min="18" max="120" value="16"></ger-text-field>`);
    expect(el.validity.rangeUnderflow).to.be.true;
    expect(el.validationMessage).to.equal('Хамгийн багадаа 18 байх ёстой.');
    el.value = '121';
    expect(el.validity.rangeOverflow).to.be.true;
    el.value = '40';
    expect(el.checkValidity()).to.be.true;
  });

  it('uses the keyboard that suits the type, unless told otherwise', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="x" type="tel"></ger-text-field>`);
    expect(input(el).type).to.equal('tel');
    expect(input(el).getAttribute('inputmode')).to.equal('tel');
    expect(input(el).getAttribute('autocomplete')).to.equal('tel');
    el.type = 'number';
    el.inputmode = 'numeric';
    await el.updateComplete;
    expect(input(el).type).to.equal('text');
    expect(input(el).getAttribute('inputmode')).to.equal('numeric');
    el.type = 'email';
    el.autocomplete = 'work email';
    await el.updateComplete;
    expect(input(el).getAttribute('autocomplete')).to.equal('work email');
    expect(input(el).getAttribute('spellcheck')).to.equal('false');
  });

  it('falls back to text with one warning for an unknown type', async () => {
    let el!: GerTextField;
    const warnings = await captureWarnings(async () => {
      el = await fixture<GerTextField>(html`<ger-text-field label="x" type="date"></ger-text-field>`);
    });
    expect(input(el).type).to.equal('text');
    expect(warnings.filter((w) => w.includes('type="date"'))).to.have.length(1);
  });

  it('warns once for an unknown width (the field stays full width), and not for the documented ones', async () => {
    const warnings = await captureWarnings(async () => {
      for (const width of ['2', '4', '10', '20', '30']) await fixture<GerTextField>(html`<ger-text-field label="x" width=${width}></ger-text-field>`);
    });
    expect(warnings.filter((w) => w.includes('width='))).to.deep.equal(['[ger] <ger-text-field> width="30" is not one of 2, 4, 10, 20; using "".']);
  });

  it('checks a pattern, and ignores an invalid one with a warning', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Шуудангийн код" pattern="\\d{5}" value="1234"></ger-text-field>`);
    expect(el.validity.patternMismatch).to.be.true;
    el.value = '14200';
    expect(el.checkValidity()).to.be.true;
    const warnings = await captureWarnings(() => {
      el.pattern = '(';
      el.checkValidity();
    });
    expect(el.checkValidity()).to.be.true;
    expect(warnings.some((w) => w.includes('pattern="("'))).to.be.true;
  });

  it('shows prefix and suffix text beside the input, hidden from screen readers', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Дүн, төгрөгөөр" prefix-text="₮" suffix-text=".00"></ger-text-field>`);
    const affixes = [...el.shadowRoot!.querySelectorAll('.affix')];
    expect(affixes.map((a) => a.textContent)).to.deep.equal(['₮', '.00']);
    expect(affixes.every((a) => a.getAttribute('aria-hidden') === 'true')).to.be.true;
  });

  it('counts characters, keeps text over the limit and reports it', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Тайлбар" maxlength="5"></ger-text-field>`);
    const count = () => el.shadowRoot!.getElementById('count')!.textContent;
    expect(count()).to.equal('5 тэмдэгт үлдсэн');
    expect(input(el).getAttribute('aria-describedby')).to.equal('count');
    // No doubled letters: WebKitWebDriver drops a repeated key.
    await typeInto(el, 'Сэлэнгэ');
    expect(el.value).to.equal('Сэлэнгэ');
    expect(count()).to.equal('2 тэмдэгтээр хэтэрсэн');
    expect(el.validity.tooLong).to.be.true;
    expect(el.validationMessage).to.equal('Хамгийн ихдээ 5 тэмдэгт оруулна уу.');
  });

  it('holds text whatever a script sets, as a native input: a number is its digits, null is empty', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Тоо" name="n" maxlength="5"></ger-text-field>`);
    el.value = 123456 as unknown as string;
    await el.updateComplete;
    expect(el.value).to.equal('123456');
    expect(input(el).value).to.equal('123456');
    expect(el.validity.tooLong).to.be.true;
    el.value = null as unknown as string;
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(el.validity.valid).to.be.true;
  });

  it('announces the count once typing pauses, not on every key', async () => {
    const el = await fixture<GerTextField>(html`<div lang="en"><ger-text-field label="Note" maxlength="10"></ger-text-field></div>`);
    const field = el.querySelector('ger-text-field')!;
    await field.updateComplete;
    const live = () => field.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();
    expect(live(), 'nothing is announced on load').to.equal('');
    await typeInto(field, 'abc');
    expect(live()).to.equal('');
    await new Promise((r) => setTimeout(r, 1100));
    await field.updateComplete;
    expect(live()).to.equal('You have 7 characters remaining');
  });

  it("lets the form be sent again once the user changes a value the server refused (a server's `error`)", async () => {
    // A server-rendered page after a failed POST: the field carries the server's message.
    const form = await fixture<HTMLFormElement>(html`<form>
      <ger-text-field name="email" label="Имэйл хаяг" value="bold@example.mn" error="Энэ имэйл хаяг бүртгэлгүй байна."></ger-text-field>
    </form>`);
    const el = form.querySelector<GerTextField>('ger-text-field')!;
    await el.updateComplete;
    let sent = 0;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent++;
    });
    expect(error(el)!.textContent).to.contain('бүртгэлгүй');
    expect(el.checkValidity(), 'the server said no to this value').to.be.false;
    input(el).select();
    await sendKeys({ type: 'bat@example.mn' });
    input(el).blur();
    await el.updateComplete;
    expect(error(el), "the server's message was about the old value").to.be.null;
    expect(el.checkValidity()).to.be.true;
    form.requestSubmit();
    expect(sent, 'the form goes again').to.equal(1);
  });

  it("sends the corrected value with Enter at once, though the server's `error` was about the old one", async () => {
    // A native field fires `change` before Enter sends its form; the server's message must go first.
    for (const button of ['<button>Илгээх</button>', '<ger-button type="submit">Илгээх</ger-button>']) {
      const form = await fixture<HTMLFormElement>(html`<form>
        <ger-text-field name="email" label="Имэйл хаяг" value="bold@example.mn" error="Энэ имэйл хаяг бүртгэлгүй байна."></ger-text-field>
        ${unsafeHTML(button)}
      </form>`);
      const el = form.querySelector<GerTextField>('ger-text-field')!;
      await el.updateComplete;
      const sent: string[] = [];
      form.addEventListener('change', () => sent.push('change'));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        sent.push(new FormData(form).get('email') as string);
      });
      input(el).focus();
      await press('Enter');
      expect(sent, `${button}: the unchanged value the server refused is not sent again`).to.deep.equal([]);
      input(el).select();
      await sendKeys({ type: 'bat@example.mn' });
      await press('Enter');
      expect(sent, `${button}: \`change\`, then the form goes`).to.deep.equal(['change', 'bat@example.mn']);
      expect(error(el), "the server's message was about the old value").to.be.null;
      input(el).blur();
      expect(sent, `${button}: leaving the field commits nothing more`).to.have.length(2);
    }
  });

  it('forgets what was typed on a form reset: Enter after it commits nothing', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <ger-text-field name="q" label="Хайх" value="татвар"></ger-text-field><button>Хайх</button>
    </form>`);
    const el = form.querySelector<GerTextField>('ger-text-field')!;
    await el.updateComplete;
    let changes = 0;
    form.addEventListener('change', () => changes++);
    input(el).focus();
    await sendKeys({ type: ' 2026' });
    form.reset();
    await el.updateComplete;
    await press('Enter');
    expect(changes, 'the typed text went with the reset').to.equal(0);
  });

  it('resets to its value attribute and hides errors again', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-text-field name="n" label="Нэр" value="Анх" required></ger-text-field></form>`);
    const el = form.querySelector('ger-text-field')!;
    el.value = '';
    el.checkValidity();
    await el.updateComplete;
    expect(userInvalid(el)).to.be.true;
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('Анх');
    expect(input(el).value).to.equal('Анх');
    expect(userInvalid(el)).to.be.false;
    expect(error(el)).to.be.null;
  });

  it('restores its value from the state the browser saved (back/forward)', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field name="n" label="Нэр"></ger-text-field>`);
    el.formStateRestoreCallback(JSON.stringify('Сэргээсэн'));
    await el.updateComplete;
    expect(input(el).value).to.equal('Сэргээсэн');
    el.formStateRestoreCallback('{not json');
    expect(el.value, 'a state it cannot read changes nothing').to.equal('Сэргээсэн');
  });

  it('is disabled by a disabled fieldset: not sent, not validated, not focusable', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset disabled><ger-text-field name="n" label="Нэр" value="Бат" required></ger-text-field></fieldset>
    </form>`);
    const el = form.querySelector('ger-text-field')!;
    await el.updateComplete;
    expect(input(el).disabled).to.be.true;
    expect(new FormData(form).has('n')).to.be.false;
    expect(el.willValidate).to.be.false;
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(input(el).disabled).to.be.false;
    expect(new FormData(form).get('n')).to.equal('Бат');
  });

  it('takes focus into its input (for the error summary and labels)', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Нэр"></ger-text-field>`);
    el.focus();
    expect(deepActiveElement()).to.equal(input(el));
  });

  it('takes a custom validity message and clears it', async () => {
    const el = await fixture<GerTextField>(html`<ger-text-field label="Нэр" value="Бат"></ger-text-field>`);
    el.setCustomValidity('Энэ нэр бүртгэлтэй байна.');
    expect(el.validity.customError).to.be.true;
    expect(el.validationMessage).to.equal('Энэ нэр бүртгэлтэй байна.');
    el.setCustomValidity('');
    expect(el.checkValidity()).to.be.true;
  });
});

describeFormControl<GerTextField>('ger-text-field', {
  form: () => html`<form><ger-text-field name="field" label="Утас" type="tel" required></ger-text-field></form>`,
  fill: (el) => {
    el.value = '9911 2233';
  },
  sent: ['9911 2233'],
  missing: { mn: 'Энэ талбарыг бөглөнө үү.', en: 'Fill in this field.' },
  defaultValue: '7011 4455',
});

describeAccessibility(
  'ger-text-field',
  () => html`<form>
    <ger-text-field name="surname" label="Овог" hint="Иргэний үнэмлэхэд бичигдсэнээр" required autocomplete="family-name"></ger-text-field>
    <ger-text-field name="email" label="Имэйл хаяг" type="email" value="буруу@" optional error="Энэ имэйл хаяг бүртгэлгүй байна."></ger-text-field>
    <ger-text-field name="fee" label="Төлбөр, төгрөгөөр" type="number" prefix-text="₮" width="10" value="50000"></ger-text-field>
    <ger-text-field name="note" label="Нэмэлт тайлбар" maxlength="20" value="Хүргэлтийн хаягаа дахин шалгана уу"></ger-text-field>
    <ger-text-field name="phone" label="Утас" type="tel" disabled value="99112233"></ger-text-field>
  </form>`,
);
