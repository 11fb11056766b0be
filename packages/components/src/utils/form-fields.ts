import type { FieldValue } from '../base/form-control.js';

/** A Ger form control, known by its shape so this module needs none of their code. */
interface GerField extends HTMLElement {
  name: string;
  label: string;
  jsonValue: FieldValue;
  readonly displayValue: string;
  entries(): [string, FormDataEntryValue][];
  checkValidity(): boolean;
  readonly validationMessage: string;
  readonly willValidate: boolean;
  formResetCallback(): void;
  /** A value that must never be kept outside the form, such as a password (ger-password-input). */
  readonly secret?: boolean;
}

type NativeField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
export type Field = GerField | NativeField;

const isGer = (field: Element): field is GerField => 'jsonValue' in field;
const isChoice = (field: Field): field is HTMLInputElement => field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

/**
 * A password: sent with the form, never kept anywhere else (drafts, saved state). Native
 * password inputs and Ger controls that say so (`secret`).
 */
export function isSecret(field: Field): boolean {
  return isGer(field) ? field.secret === true : field instanceof HTMLInputElement && field.type === 'password';
}

/**
 * The named answers inside `root`, in document order: Ger form controls and native inputs,
 * selects and text areas (not buttons). Radios and checkboxes sharing a name are one answer:
 * the first stands for them all.
 */
export function fieldsIn(root: Element): Field[] {
  const seen = new Set<string>();
  const fields: Field[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('[name]')) {
    const native = element.matches('input:not([type=submit],[type=button],[type=reset],[type=image]),select,textarea');
    if (!native && !isGer(element)) continue;
    const name = element.getAttribute('name')!;
    if (seen.has(name)) continue;
    seen.add(name);
    fields.push(element as Field);
  }
  return fields;
}

/** Where choices share a name as one group: their form, else their document or shadow root. */
const groupScope = (input: HTMLInputElement) => input.form ?? input.getRootNode();

function siblings(field: HTMLInputElement): HTMLInputElement[] {
  return [...(groupScope(field) as ParentNode).querySelectorAll<HTMLInputElement>(`input[name="${CSS.escape(field.name)}"]`)];
}

/** Two native radios of one group (one name in one scope), which the browser checks as one. */
export const sameRadioGroup = (a: Element, b: Element): boolean =>
  a instanceof HTMLInputElement &&
  b instanceof HTMLInputElement &&
  a.type === 'radio' &&
  b.type === 'radio' &&
  !!a.name &&
  a.name === b.name &&
  groupScope(a) === groupScope(b);

/** The question a field answers, as its label says it. */
export function fieldLabel(field: Field): string {
  // A ger-checkbox is often labelled by its content (which may hold a link) rather than `label`,
  // as a native box is by its <label>.
  if (isGer(field)) return field.label || (field.matches('ger-checkbox') ? (field.textContent ?? '').replace(/\s+/g, ' ').trim() : '');
  const group = isChoice(field) && field.type === 'radio' ? field.closest('fieldset')?.querySelector('legend') : undefined;
  return (group ?? field.labels?.[0])?.textContent?.trim() ?? field.name;
}

/** The answer as JSON: a string, a list (checkboxes), or `null`. */
export function readField(field: Field): FieldValue {
  if (isGer(field)) return field.jsonValue;
  if (!isChoice(field)) return field.value;
  const checked = siblings(field)
    .filter((input) => input.checked)
    .map((input) => input.value);
  return field.type === 'radio' ? (checked[0] ?? null) : checked;
}

/** Puts an answer back (from a draft). */
export function writeField(field: Field, value: FieldValue): void {
  if (isGer(field)) field.jsonValue = value;
  else if (!isChoice(field)) field.value = typeof value === 'string' ? value : '';
  else for (const input of siblings(field)) input.checked = Array.isArray(value) ? value.includes(input.value) : input.value === value;
}

/** The answer in words, for check answers. */
export function fieldDisplay(field: Field): string {
  if (isGer(field)) return field.displayValue;
  if (field instanceof HTMLSelectElement) return field.selectedOptions[0]?.text ?? '';
  if (!isChoice(field)) return field.value;
  return siblings(field)
    .filter((input) => input.checked)
    .map((input) => input.labels?.[0]?.textContent?.trim() ?? input.value)
    .join(', ');
}

/** What a form would send for the field, as `[name, value]` pairs. */
export function fieldEntries(field: Field): [string, FormDataEntryValue][] {
  if (isGer(field)) return field.entries();
  if (field.disabled) return [];
  if (isChoice(field))
    return siblings(field)
      .filter((input) => input.checked && !input.disabled)
      .map((input) => [input.name, input.value]);
  if (field instanceof HTMLInputElement && field.type === 'file') return [...(field.files ?? [])].map((file) => [field.name, file]);
  return [[field.name, field.value]];
}

/** Puts a field back to its default, as a form reset does. */
export function resetField(field: Field): void {
  if (isGer(field)) field.formResetCallback();
  else if (field instanceof HTMLSelectElement) for (const option of field.options) option.selected = option.defaultSelected;
  else if (isChoice(field)) for (const input of siblings(field)) input.checked = input.defaultChecked;
  else field.value = field.defaultValue;
}

/** One problem: what is wrong, and the field it is about. */
export interface ErrorLink {
  message: string;
  /** The field the link focuses. */
  target?: HTMLElement;
}

let unnamed = 0;

/**
 * The field's id, given one first if it has none (`ger-field-1`, …), so a link to it has a real
 * target: for a middle-click, a copied link, a screen reader's list of links.
 */
export function fieldId(field: HTMLElement): string {
  if (field.id) return field.id;
  let id: string;
  // Never one the page already uses.
  do id = `ger-field-${++unnamed}`;
  while (field.ownerDocument.getElementById(id));
  field.id = id;
  return id;
}

/** Links whose message is their field's own, so it can be asked for again in another language. */
const fieldMessages = new WeakSet<ErrorLink>();

/**
 * "Label: message" for a field that is not valid; after a label that is a sentence of its own (a
 * declaration's box: "I confirm … correct."), "Label. Message"; without a label, the message.
 */
export function errorFor(field: Field): ErrorLink {
  const label = fieldLabel(field);
  const joined = !label ? '' : /[.!?…᠃]$/u.test(label) ? `${label} ` : `${label}: `;
  const link = { message: joined + field.validationMessage, target: field };
  fieldMessages.add(link);
  return link;
}

/**
 * The link as its field words it now, after the page's language changed. A message of the
 * page's own stays. A field put right since has no message to give in the new language, and
 * nothing is wrong with it now: its link goes (`undefined`), rather than stay in the old language.
 */
export function errorNow(error: ErrorLink): ErrorLink | undefined {
  const field = error.target as Field | undefined;
  if (!field || !fieldMessages.has(error)) return error;
  return field.validationMessage ? errorFor(field) : undefined;
}

/** The errors of the fields that are not valid, in order (each shows its own error from now on). */
export function errorsIn(fields: Field[]): ErrorLink[] {
  return fields.filter((field) => field.willValidate && !field.checkValidity()).map(errorFor);
}
