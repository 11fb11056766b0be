import type { FieldValue } from '../base/field-value.js';
import { formStepsPageStrings } from '../locales/form-steps-page.js';
import { fieldEntries, fieldsIn, readField } from '../utils/form-fields.js';
import type { FormStepsHost } from './steps-host.js';

export { formStepsPageStrings as strings };

/**
 * What `ger-form-steps` does to the page around it: the page title names the step, Enter means
 * Continue, and the application goes out as FormData and JSON, through a native `<form>`
 * without the answers of the steps that do not apply. A module of its own, loaded as the form
 * appears (long before anyone sends it).
 */

/** The page's own title, kept to put back and to follow the step's. */
const titles = new WeakMap<FormStepsHost, string>();

/** The page title names the step ("Алхам 2/5: Хаяг – Гадаад паспорт"), and says when it has errors. */
export function title(host: FormStepsHost): void {
  const base = titles.get(host);
  const step = host.steps[host.current];
  if (base === undefined || !step) return;
  const active = host.activeSteps();
  const { localize } = host;
  const text = `${localize.term('stepOf', { current: active.indexOf(host.current) + 1, total: active.length })}: ${step.getAttribute('heading') ?? ''}${
    base ? ` – ${base}` : ''
  }`;
  document.title = host.errors.length ? localize.term('stepErrorTitle', { title: text }) : text;
}

/** The application as FormData: the answers of the steps that apply (with the rest of the form they are in). */
export function toFormData(host: FormStepsHost): FormData {
  const form = host.closest('form');
  if (form) return new FormData(form);
  const data = new FormData();
  for (const field of host.fields(host.activeSteps())) for (const [name, value] of fieldEntries(field)) data.append(name, value);
  return data;
}

/** The application as JSON: each answer of the steps that apply, by name. */
export function toJSON(host: FormStepsHost): Record<string, FieldValue> {
  return Object.fromEntries(host.fields(host.activeSteps()).map((field) => [field.name, readField(field)]));
}

/** A native form posting the application sends only the answers of the steps that apply. */
function prune(host: FormStepsHost, data: FormData): void {
  const active = new Set(host.activeSteps());
  const kept = new Set(host.fields([...active]).map((field) => field.name));
  host.steps.forEach((step, index) => {
    if (active.has(index)) return;
    for (const field of fieldsIn(step)) if (!kept.has(field.name)) data.delete(field.name);
  });
}

/**
 * Submits the form the steps are in. Every step that applies has been checked: a stand-in
 * submitter skips the browser's own check, which would stop at hidden steps that do not apply.
 */
export function submitForm(host: FormStepsHost): void {
  const form = host.closest('form');
  if (!form) return;
  const submitter = document.createElement('button');
  submitter.type = 'submit';
  submitter.formNoValidate = true;
  submitter.hidden = true;
  form.append(submitter);
  form.requestSubmit(submitter);
  submitter.remove();
}

/** Input types where Enter means "Continue", as it would submit a one-page form. */
const ENTER_CONTINUES = /^(text|email|tel|number|search|url|password|date)$/;

/**
 * While the steps are on the page: the title names the step, Enter in a text field means
 * Continue (and never submits an enclosing form half-filled), and the form's FormData leaves out
 * the steps that do not apply. Returns what undoes it (the page gets its own title back).
 */
export function attach(host: FormStepsHost): () => void {
  const listening = new AbortController();
  const { signal } = listening;
  host.addEventListener(
    'keydown',
    (event) => {
      const target = event.composedPath()[0] as HTMLInputElement;
      if (event.key !== 'Enter' || target.localName !== 'input' || !ENTER_CONTINUES.test(target.type)) return;
      event.preventDefault();
      void host.next();
    },
    { signal },
  );
  host.closest('form')?.addEventListener('formdata', (event) => prune(host, event.formData), { signal });
  const base = document.title;
  titles.set(host, base);
  title(host);
  return () => {
    listening.abort();
    titles.delete(host);
    document.title = base;
  };
}
