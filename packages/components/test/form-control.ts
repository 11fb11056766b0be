import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { FieldValue } from '../src/base/form-control.js';
import { deepActiveElement } from './helpers.js';

/** What every Ger form control exposes, as the shared conformance tests use it. */
export interface TestableControl extends HTMLElement {
  updateComplete: Promise<unknown>;
  jsonValue: FieldValue;
  readonly displayValue: string;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  checkValidity(): boolean;
  formResetCallback(): void;
  formStateRestoreCallback(state: string): void;
}

export interface FormControlSpec<T extends TestableControl> {
  /**
   * A `<form>` holding one required control named `field`, empty by default. It renders inside
   * a `lang` wrapper where the tests need English.
   */
  form: () => TemplateResult;
  /** Gives the control a valid value through its public API, as a draft or a script would. */
  fill: (control: T) => void | Promise<void>;
  /** What `new FormData(form).getAll('field')` holds after `fill` (strings, or File names). */
  sent: string[];
  /** The message for a missing value, in Mongolian and English. */
  missing: { mn: string; en: string };
  /**
   * `false` for a control whose value the browser must never keep (a password): back/forward
   * restore then brings nothing back. Default `true`.
   */
  restores?: boolean;
  /**
   * A value other than `fill`'s that `defaultValue` (the `value` attribute) can give, for a
   * control that a form reset puts back to its `value` attribute; none for a checkbox (its
   * `defaultChecked`), a checkbox group or a file upload.
   */
  defaultValue?: string;
}

const settle = async (control: TestableControl) => {
  await control.updateComplete;
  await control.updateComplete;
};

const entries = (form: HTMLFormElement) => new FormData(form).getAll('field').map((value) => (typeof value === 'string' ? value : value.name));

/**
 * The behaviour every form control shares with native ones, run for each control: the value in
 * FormData, required with a localized message, `:state(user-invalid)` only after a failed
 * submit, reset, back/forward restore, a disabled fieldset and focus.
 */
export function describeFormControl<T extends TestableControl>(tag: string, spec: FormControlSpec<T>): void {
  describe(`${tag}: as a form control`, () => {
    async function setup() {
      const form = await fixture<HTMLFormElement>(spec.form());
      const control = form.querySelector<T>(tag)!;
      await settle(control);
      return { form, control };
    }

    afterEach(() => {
      document.documentElement.lang = 'mn';
    });

    it('sends nothing while empty and its value once filled', async () => {
      const { form, control } = await setup();
      expect(entries(form).filter(Boolean), 'empty').to.deep.equal([]);
      await spec.fill(control);
      await settle(control);
      expect(entries(form)).to.deep.equal(spec.sent);
    });

    it('is invalid while required and empty, with the message in the page language', async () => {
      const { control } = await setup();
      expect(control.validity.valueMissing).to.be.true;
      expect(control.validationMessage).to.equal(spec.missing.mn);
      document.documentElement.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(control);
      expect(control.validationMessage).to.equal(spec.missing.en);
      await spec.fill(control);
      expect(control.checkValidity()).to.be.true;
    });

    it('shows its error (and :state(user-invalid)) only once sending the form fails', async () => {
      const { form, control } = await setup();
      expect(control.matches(':state(user-invalid)')).to.be.false;
      expect(control.shadowRoot!.querySelector('[part="error"]')).to.be.null;
      let submitted = 0;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted++;
      });
      form.addEventListener('invalid', (event) => event.preventDefault(), true);
      form.requestSubmit();
      await settle(control);
      expect(submitted).to.equal(0);
      expect(control.matches(':state(user-invalid)')).to.be.true;
      expect(control.shadowRoot!.querySelector('[part="error"]')!.textContent).to.contain(spec.missing.mn);
      await spec.fill(control);
      await settle(control);
      expect(control.matches(':state(user-invalid)')).to.be.false;
      form.requestSubmit();
      expect(submitted).to.equal(1);
    });

    it('keeps its label, hint, error and control apart, the field gap between each', async () => {
      const { form, control } = await setup();
      control.setAttribute('hint', 'Тайлбар');
      form.addEventListener('invalid', (event) => event.preventDefault(), true);
      form.requestSubmit();
      await settle(control);
      const field = control.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      // The parts with a box, in the order they stand (a visually hidden one has none to keep apart).
      const parts = [...field.children].map((part) => part.getBoundingClientRect()).filter((box) => box.height > 1);
      const probe = document.body.appendChild(Object.assign(document.createElement('div'), { style: 'block-size: var(--ger-field-gap)' }));
      const gap = probe.getBoundingClientRect().height;
      probe.remove();
      expect(gap, 'the field gap').to.be.above(0);
      // A checkbox's label stands beside its box: three rows at least.
      expect(parts.length, 'label, hint, error and control').to.be.at.least(3);
      for (let i = 1; i < parts.length; i++) expect(parts[i].top - parts[i - 1].bottom, `between parts ${i} and ${i + 1}`).to.be.at.least(gap - 0.5);
    });

    it('goes back to its default on form reset', async () => {
      const { form, control } = await setup();
      const empty = control.jsonValue;
      await spec.fill(control);
      control.checkValidity();
      form.reset();
      await settle(control);
      expect(control.jsonValue).to.deep.equal(empty);
      expect(entries(form).filter(Boolean)).to.deep.equal([]);
      expect(control.matches(':state(user-invalid)')).to.be.false;
    });

    const { defaultValue } = spec;
    if (defaultValue !== undefined) {
      it('goes back on form reset to `defaultValue`, which is its `value` attribute, as on a native field', async () => {
        const { form, control } = await setup();
        const el = control as T & { defaultValue: string | undefined };
        el.defaultValue = defaultValue;
        expect(control.getAttribute('value')).to.equal(defaultValue);
        await settle(control);
        expect(control.jsonValue, 'the value follows, as it follows the attribute').to.equal(defaultValue);
        await spec.fill(control);
        await settle(control);
        expect(entries(form)).to.deep.equal(spec.sent);
        form.reset();
        await settle(control);
        expect(control.jsonValue).to.equal(defaultValue);
        control.setAttribute('value', spec.sent[0]);
        expect(el.defaultValue, 'read from the attribute').to.equal(spec.sent[0]);
        el.defaultValue = undefined;
        expect(control.getAttribute('value'), 'unset (a React prop no longer given): empty, not "undefined"').to.equal('');
        await settle(control);
        expect(control.jsonValue).to.equal('');
      });
    }

    if (defaultValue !== undefined) {
      it('keeps what the reader chose when its `value` attribute changes later, as a native field keeps its dirty value', async () => {
        const { form, control } = await setup();
        const el = control as T & { defaultValue: string };
        el.defaultValue = defaultValue;
        await settle(control);
        // An `input` from something put inside it is not the reader changing this control.
        const inside = control.appendChild(document.createElement('span'));
        inside.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        inside.remove();
        control.setAttribute('value', spec.sent[0]);
        await settle(control);
        expect(entries(form), 'the attribute still sets the value').to.deep.equal(spec.sent);
        control.setAttribute('value', defaultValue);
        await settle(control);
        // The reader's change, as each control reports it: an `input` event (its own tests type and click).
        await spec.fill(control);
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await settle(control);
        const chosen = control.jsonValue;
        // A template rendered again, or a fragment a server swaps in, writes the attribute anew.
        control.setAttribute('value', defaultValue);
        await settle(control);
        expect(control.jsonValue, 'the same value written again').to.deep.equal(chosen);
        control.removeAttribute('value');
        await settle(control);
        expect(control.jsonValue, 'the attribute removed').to.deep.equal(chosen);
        expect(entries(form)).to.deep.equal(spec.sent);
        control.setAttribute('value', defaultValue);
        form.reset();
        await settle(control);
        expect(control.jsonValue, 'reset: the default').to.equal(defaultValue);
        control.setAttribute('value', spec.sent[0]);
        await settle(control);
        expect(entries(form), 'after a reset the attribute sets the value again').to.deep.equal(spec.sent);
      });
    }

    const restores = spec.restores ?? true;
    it(restores ? 'restores the state the browser saved for back/forward navigation' : 'brings nothing back from back/forward navigation', async () => {
      const { form, control } = await setup();
      await spec.fill(control);
      await settle(control);
      const saved = JSON.stringify(control.jsonValue);
      form.reset();
      await settle(control);
      const empty = JSON.stringify(control.jsonValue);
      control.formStateRestoreCallback(saved);
      await settle(control);
      expect(JSON.stringify(control.jsonValue)).to.equal(restores ? saved : empty);
      if (restores) expect(entries(form)).to.deep.equal(spec.sent);
      if (restores && defaultValue !== undefined) {
        // The reader's answer, brought back: a default written later does not replace it.
        control.setAttribute('value', defaultValue);
        await settle(control);
        expect(entries(form), 'after the value attribute changed').to.deep.equal(spec.sent);
      }
    });

    it('is disabled by a disabled fieldset: not sent and not validated', async () => {
      const { form, control } = await setup();
      await spec.fill(control);
      const fieldset = document.createElement('fieldset');
      control.replaceWith(fieldset);
      fieldset.append(control);
      fieldset.disabled = true;
      await settle(control);
      expect(new FormData(form).has('field')).to.be.false;
      expect(control.willValidate).to.be.false;
      fieldset.disabled = false;
      await settle(control);
      expect(entries(form)).to.deep.equal(spec.sent);
    });

    it('takes focus into itself (for labels and the error summary)', async () => {
      const { control } = await setup();
      control.focus();
      const active = deepActiveElement();
      expect(active, 'focus is inside the control').to.exist;
      let node: Node | null = active;
      while (node && node !== control) node = node.parentNode ?? (node as ShadowRoot).host ?? null;
      expect(node, 'focus is in the control, its shadow root or a child of it').to.equal(control);
    });
  });
}
