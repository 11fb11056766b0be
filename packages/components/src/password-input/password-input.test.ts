import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { describeAccessibility } from '../../test/accessibility.js';
import { composingEnter, itNeeds, press } from '../../test/engine.js';
import { describeFormControl } from '../../test/form-control.js';
import { captureWarnings, computedAccessibility, deepActiveElement, settle } from '../../test/helpers.js';
import { expectNoInjection, MARKUP } from '../../test/hostile.js';
import '../button/button.js';
import '../form-step/form-step.js';
import '../form-steps/form-steps.js';
import type { GerFormSteps } from '../form-steps/form-steps.js';
import { DRAFT_PREFIX, type DraftStore } from '../utils/draft.js';
import type { GerPasswordInput } from './password-input.js';
import './password-input.js';

const input = (el: GerPasswordInput) => el.shadowRoot!.querySelector('input')!;
const toggle = (el: GerPasswordInput) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
const announcer = () => document.querySelector('[data-ger-announcer]');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

async function typeInto(el: GerPasswordInput, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** A key press with Caps Lock on or off, as the browser reports it through getModifierState. */
function keyWithCapsLock(el: GerPasswordInput, on: boolean) {
  input(el).dispatchEvent(new KeyboardEvent('keydown', { key: on ? 'A' : 'a', modifierCapsLock: on, bubbles: true, composed: true } as KeyboardEventInit));
}

describe('ger-password-input', () => {
  it('is a password box named by its label, filled by typing and sent with the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-password-input name="password" label="Нууц үг"></ger-password-input></form>`);
    const el = form.querySelector('ger-password-input')!;
    expect(input(el).type).to.equal('password');
    expect(el.shadowRoot!.querySelector('label')!.htmlFor).to.equal('control');
    await typeInto(el, 'Хонь-2026!');
    expect(el.value).to.equal('Хонь-2026!');
    expect(new FormData(form).get('password')).to.equal('Хонь-2026!');
  });

  it('shows and hides the password with a toggle button, announcing each change', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label="Нууц үг" value="secret"></ger-password-input>`);
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('false');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('control');
    toggle(el).click();
    await el.updateComplete;
    expect(input(el).type).to.equal('text');
    expect(toggle(el).getAttribute('aria-pressed')).to.equal('true');
    await frame();
    expect(announcer()!.textContent).to.equal('Нууц үг харагдаж байна');
    toggle(el).click();
    await el.updateComplete;
    expect(input(el).type).to.equal('password');
    await frame();
    expect(announcer()!.textContent).to.equal('Нууц үг нуугдсан');
    expect(el.value, 'the value is untouched').to.equal('secret');
  });

  it('works the toggle from the keyboard: Tab reaches it after the input, Space and Enter press it', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label="Нууц үг"></ger-password-input>`);
    input(el).focus();
    await press('Tab');
    expect(deepActiveElement()).to.equal(toggle(el));
    await press('Space');
    await el.updateComplete;
    expect(input(el).type).to.equal('text');
    await press('Enter');
    await el.updateComplete;
    expect(input(el).type).to.equal('password');
  });

  it('submits its form with Enter through a native submit button, shown or hidden; Enter on Show only presses it', async () => {
    // The input is in a shadow root, so the browser does not count it as a field of the form.
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <ger-password-input name="password" label="Нууц үг"></ger-password-input>
      <button type="button">Цуцлах</button><button name="action" value="sign-in">Нэвтрэх</button>
    </form>`);
    const el = form.querySelector('ger-password-input')!;
    const sent: [string | null, string | null][] = [];
    form.addEventListener('submit', (event) => {
      const data = new FormData(form, event.submitter);
      sent.push([data.get('password') as string | null, data.get('action') as string | null]);
    });
    await typeInto(el, 'Хонь-2026!');
    await press('Enter');
    expect(sent).to.deep.equal([['Хонь-2026!', 'sign-in']]);
    toggle(el).focus();
    await press('Enter');
    await el.updateComplete;
    expect(input(el).type, 'Enter on Show shows the password').to.equal('text');
    expect(sent, 'and sends nothing').to.have.length(1);
    input(el).focus();
    await press('Enter');
    expect(sent, 'shown as text, Enter sends it too').to.have.length(2);
    expect(input(el).type, 'hidden again as the form goes').to.equal('password');
  });

  it("neither commits nor submits with the Enter that confirms an input method's text (Safari's: keyCode 229)", async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <ger-password-input name="password" label="Нууц үг"></ger-password-input><button>Нэвтрэх</button>
    </form>`);
    const el = form.querySelector('ger-password-input')!;
    const heard: string[] = [];
    form.addEventListener('submit', () => heard.push('submit'));
    el.addEventListener('change', () => heard.push('change'));
    await typeInto(el, 'Хонь-2026!');
    const left = composingEnter(input(el));
    expect(heard).to.deep.equal([]);
    expect(left, 'left to the input method').to.be.true;
    await press('Enter');
    expect(heard, 'the next Enter commits and sends').to.deep.equal(['change', 'submit']);
  });

  it("sends the corrected password with Enter at once, though the server's `error` was about the old one", async () => {
    // A native field fires `change` before Enter sends its form; the server's message must go first.
    for (const button of ['<button>Нэвтрэх</button>', '<ger-button type="submit">Нэвтрэх</ger-button>']) {
      const form = await fixture<HTMLFormElement>(html`<form>
        <ger-password-input name="password" label="Нууц үг" value="old-password" error="Нууц үг буруу байна."></ger-password-input>
        ${unsafeHTML(button)}
      </form>`);
      const el = form.querySelector<GerPasswordInput>('ger-password-input')!;
      await el.updateComplete;
      const sent: string[] = [];
      form.addEventListener('change', () => sent.push('change'));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        sent.push(new FormData(form).get('password') as string);
      });
      input(el).focus();
      await press('Enter');
      expect(sent, `${button}: the unchanged password the server refused is not sent again`).to.deep.equal([]);
      input(el).select();
      await sendKeys({ type: 'new-secret' });
      await press('Enter');
      expect(sent, `${button}: \`change\`, then the form goes`).to.deep.equal(['change', 'new-secret']);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="error"]'), "the server's message was about the old password").to.be.null;
      input(el).blur();
      expect(sent, `${button}: leaving the field commits nothing more`).to.have.length(2);
    }
  });

  it('commits nothing with Enter after a form reset or a value set by a script, as a native field', async () => {
    const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}>
      <ger-password-input name="password" label="Нууц үг"></ger-password-input><button>Нэвтрэх</button>
    </form>`);
    const el = form.querySelector('ger-password-input')!;
    let changes = 0;
    form.addEventListener('change', () => changes++);
    await typeInto(el, 'Хонь-2026!');
    form.reset();
    await el.updateComplete;
    await press('Enter');
    expect(changes, 'the typed password went with the reset').to.equal(0);
    input(el).blur();
    el.value = 'from-a-script';
    await el.updateComplete;
    input(el).focus();
    await press('Enter');
    input(el).blur();
    expect(changes, "nor is a script's value the reader's change").to.equal(0);
  });

  describe('on a slow link, before its typing part has loaded', () => {
    /** A field whose typing part arrives only when `arrive()` is called. */
    async function slowField(form: HTMLFormElement, attributes: Partial<GerPasswordInput>) {
      const el = Object.assign(document.createElement('ger-password-input'), { name: 'password', label: 'Нууц үг', ...attributes });
      let arrive!: () => void;
      const slow = new Promise<void>((resolve) => (arrive = resolve));
      const part = (el as unknown as { typingPart: { options: { load: () => Promise<unknown> } } }).typingPart.options;
      const load = part.load;
      part.load = () => slow.then(load);
      form.prepend(el);
      await waitUntil(() => el.shadowRoot?.querySelector('input'), 'the field renders without the part');
      return { el, arrive };
    }

    it('keeps an Enter and sends the form as the part comes, with `change` first', async () => {
      const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}><button>Нэвтрэх</button></form>`);
      const heard: string[] = [];
      form.addEventListener('change', () => heard.push('change'));
      form.addEventListener('submit', () => heard.push(new FormData(form).get('password') as string));
      // The server refused the last password: its message must go with the new one, or the form stays invalid.
      const { el, arrive } = await slowField(form, { error: 'Нууц үг буруу байна.' });
      input(el).focus();
      await sendKeys({ type: 'Шинэ-2026!' });
      await press('Enter');
      expect(heard, 'the box commits as a native one, and the form waits for the part').to.deep.equal(['change']);
      arrive();
      await el.updateComplete;
      expect(heard).to.deep.equal(['change', 'Шинэ-2026!']);
      await press('Enter');
      expect(heard, 'from then on the part takes Enter itself').to.deep.equal(['change', 'Шинэ-2026!', 'Шинэ-2026!']);
    });

    it('sends nothing more when the form went meanwhile, nor after a key pressed after Enter, nor once the reader left the box', async () => {
      const form = await fixture<HTMLFormElement>(html`<form @submit=${(event: Event) => event.preventDefault()}><button>Нэвтрэх</button></form>`);
      let sent = 0;
      form.addEventListener('submit', () => sent++);
      const first = await slowField(form, {});
      input(first.el).focus();
      await sendKeys({ type: 'secret' });
      await press('Enter');
      form.querySelector('button')!.click();
      expect(sent, 'the reader pressed the button instead').to.equal(1);
      first.arrive();
      await first.el.updateComplete;
      expect(sent, 'the form went once').to.equal(1);
      first.el.remove();

      const second = await slowField(form, {});
      input(second.el).focus();
      await sendKeys({ type: 'secret' });
      await press('Enter');
      await sendKeys({ type: '2' });
      second.arrive();
      await second.el.updateComplete;
      expect(sent, 'the reader went on typing: the Enter is past').to.equal(1);
      second.el.remove();

      const third = await slowField(form, {});
      const name = Object.assign(document.createElement('input'), { name: 'user' });
      form.prepend(name);
      input(third.el).focus();
      await sendKeys({ type: 'secret' });
      await press('Enter');
      name.focus();
      third.arrive();
      await third.el.updateComplete;
      expect(sent, 'the reader moved on to fix the user name').to.equal(1);
    });
  });

  it("clears the server's error with the password typed again after the page emptied the box", async () => {
    // A sign-in page that refuses a password empties the box and says why; the reader, still in
    // the box, types the same password again (the user name was wrong, or the server was down).
    const form = await fixture<HTMLFormElement>(
      html`<form><ger-password-input name="password" label="Нууц үг"></ger-password-input><button>Нэвтрэх</button></form>`,
    );
    const el = form.querySelector<GerPasswordInput>('ger-password-input')!;
    await el.updateComplete;
    const sent: string[] = [];
    form.addEventListener('change', () => sent.push('change'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      sent.push('submit');
      el.value = '';
      el.error = 'Нэвтрэх нэр эсвэл нууц үг буруу байна.';
    });
    input(el).focus();
    await sendKeys({ type: 'secret' });
    await press('Enter');
    await el.updateComplete;
    await sendKeys({ type: 'secret' });
    await press('Enter');
    expect(sent).to.deep.equal(['change', 'submit', 'change', 'submit']);
  });

  itNeeds(['computed accessibility'], 'names the toggle "Show password", its visible word included, in English', async () => {
    const page = await fixture(html`<div lang="en"><ger-password-input label="Password"></ger-password-input></div>`);
    const el = page.querySelector('ger-password-input')!;
    await el.updateComplete;
    expect(computedAccessibility(toggle(el))).to.deep.equal({ role: 'button', name: 'Show password' });
    expect(toggle(el).textContent!.trim()).to.equal('Show');
  });

  it('hides the password again before the form is sent, so the browser never saves it as text', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><ger-password-input name="p" label="Нууц үг" value="x"></ger-password-input></form>`);
    const el = form.querySelector('ger-password-input')!;
    let typeAtSubmit = '';
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      typeAtSubmit = input(el).type;
    });
    toggle(el).click();
    await el.updateComplete;
    form.requestSubmit();
    expect(typeAtSubmit).to.equal('password');
  });

  it('always allows pasting (password managers)', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label="Нууц үг"></ger-password-input>`);
    const paste = new Event('paste', { bubbles: true, cancelable: true, composed: true });
    input(el).dispatchEvent(paste);
    expect(paste.defaultPrevented).to.be.false;
    expect(input(el).hasAttribute('readonly')).to.be.false;
  });

  it('asks the browser for the current or a new password; anything else warns and asks for the current one', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label="Нууц үг"></ger-password-input>`);
    expect(input(el).getAttribute('autocomplete')).to.equal('current-password');
    el.autocomplete = 'new-password';
    await el.updateComplete;
    expect(input(el).getAttribute('autocomplete')).to.equal('new-password');
    const warnings = await captureWarnings(async () => {
      el.setAttribute('autocomplete', 'off');
      await el.updateComplete;
    });
    expect(input(el).getAttribute('autocomplete')).to.equal('current-password');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('autocomplete="off"');
  });

  it('says when Caps Lock is on, under the field and to screen readers', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label="Нууц үг"></ger-password-input>`);
    input(el).focus();
    keyWithCapsLock(el, true);
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('[part="caps-lock"]')!;
    expect(notice.textContent).to.equal('Caps Lock асаалттай байна');
    expect(input(el).getAttribute('aria-describedby')).to.contain('caps-lock');
    await frame();
    expect(announcer()!.textContent).to.equal('Caps Lock асаалттай байна');
    keyWithCapsLock(el, false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="caps-lock"]')).to.be.null;
    expect(input(el).hasAttribute('aria-describedby')).to.be.false;
  });

  it('checks minlength with a localized message, counting characters, and ignores a bad minlength with a warning', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label="Нууц үг" minlength="8"></ger-password-input>`);
    el.value = 'өвс🐎12';
    expect(el.validity.tooShort).to.be.true;
    expect(el.validationMessage).to.equal('Нууц үг дор хаяж 8 тэмдэгттэй байх ёстой.');
    el.value = 'өвс🐎1234';
    expect(el.validity.valid, 'eight characters, one of them two UTF-16 units').to.be.true;
    el.value = '';
    expect(el.validity.valid, 'an empty optional password is not too short').to.be.true;
    const warnings = await captureWarnings(async () => {
      el.setAttribute('minlength', '-3');
      el.value = 'a';
      await el.updateComplete;
      expect(el.validity.valid).to.be.true;
    });
    expect(warnings.join()).to.contain('minlength="-3"');
  });

  it('runs the validators it is given after its own', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label="Нууц үг" required></ger-password-input>`);
    el.validators = [{ key: 'digit', check: (value) => (/\d/.test(String(value)) ? undefined : { flag: 'patternMismatch', message: 'Тоо оруулна уу.' }) }];
    expect(el.validity.valueMissing).to.be.true;
    el.value = 'абвгдеж';
    expect(el.validity.patternMismatch).to.be.true;
    el.value = 'абвгдеж1';
    expect(el.validity.valid).to.be.true;
  });

  it('never shows the password in check answers, nor writes it to the console', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label="Нууц үг" required minlength="20"></ger-password-input>`);
    const logged: string[] = [];
    const originals = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
    for (const name of Object.keys(originals) as (keyof typeof originals)[]) console[name] = (...args: unknown[]) => logged.push(args.map(String).join(' '));
    try {
      await typeInto(el, 'nomad-secret');
      el.checkValidity();
      toggle(el).click();
      await el.updateComplete;
    } finally {
      Object.assign(console, originals);
    }
    expect(logged.filter((line) => line.includes('nomad-secret'))).to.deep.equal([]);
    expect(el.displayValue).to.equal('(нууцалсан)');
    expect(el.validationMessage).not.to.contain('nomad-secret');
  });

  it('shows hostile text as text', async () => {
    const el = await fixture<GerPasswordInput>(html`<ger-password-input label=${MARKUP} hint=${MARKUP}></ger-password-input>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.contain(MARKUP);
    await expectNoInjection(el);
  });
});

/** A draft store in memory. */
class MemoryStore implements DraftStore {
  data = new Map<string, string>();
  get = (key: string) => this.data.get(key) ?? null;
  set = (key: string, value: string) => void this.data.set(key, value);
  delete = (key: string) => void this.data.delete(key);
}

describe('ger-password-input in a form with drafts', () => {
  it('is never saved in a ger-form-steps draft, nor is a native password field, while other answers are', async () => {
    const store = new MemoryStore();
    const steps = await fixture<GerFormSteps>(html`<ger-form-steps form-id="account" .store=${store}>
      <ger-form-step heading="Бүртгэл">
        <ger-password-input id="password" name="password" label="Нууц үг"></ger-password-input>
        <label>PIN <input id="pin" name="pin" type="password" /></label>
        <label>Нэр <input id="name" name="name" /></label>
      </ger-form-step>
    </ger-form-steps>`);
    await settle(steps, 3);
    steps.querySelector<GerPasswordInput>('#password')!.value = 'nomad-secret';
    steps.querySelector<HTMLInputElement>('#pin')!.value = '4321';
    const name = steps.querySelector<HTMLInputElement>('#name')!;
    name.value = 'Болд';
    name.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    steps.querySelector('#password')!.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(steps, 3);
    const saved = store.data.get(`${DRAFT_PREFIX}account`)!;
    expect(saved, 'a draft was saved').to.be.a('string');
    expect(JSON.parse(saved).values).to.deep.equal({ name: 'Болд' });
    expect(saved).not.to.contain('nomad-secret');
    expect(saved).not.to.contain('4321');
  });

  it('ignores a password planted in a stored draft', async () => {
    const store = new MemoryStore();
    store.data.set(
      `${DRAFT_PREFIX}account`,
      JSON.stringify({ version: 1, step: 0, done: [], savedAt: new Date().toISOString(), values: { password: 'planted', name: 'Болд' } }),
    );
    const steps = await fixture<GerFormSteps>(html`<ger-form-steps form-id="account" .store=${store}>
      <ger-form-step heading="Бүртгэл">
        <ger-password-input id="password" name="password" label="Нууц үг"></ger-password-input>
        <label>Нэр <input id="name" name="name" /></label>
      </ger-form-step>
    </ger-form-steps>`);
    await settle(steps, 3);
    expect(steps.querySelector<HTMLInputElement>('#name')!.value, 'the draft was restored').to.equal('Болд');
    expect(steps.querySelector<GerPasswordInput>('#password')!.value).to.equal('');
  });
});

describeFormControl<GerPasswordInput>('ger-password-input', {
  form: () => html`<form><ger-password-input name="field" label="Нууц үг" required></ger-password-input></form>`,
  fill: (el) => {
    el.value = 'тал-нутаг-2026';
  },
  sent: ['тал-нутаг-2026'],
  missing: { mn: 'Энэ талбарыг бөглөнө үү.', en: 'Fill in this field.' },
  restores: false,
  defaultValue: 'өвөлжөө-1990',
});

describeAccessibility('ger-password-input', () => html`<ger-password-input label="Нууц үг" hint="Дор хаяж 8 тэмдэгт" minlength="8"></ger-password-input>`);
