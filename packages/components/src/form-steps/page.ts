import { isComposing } from '../utils/composing.js';
import { keepPress } from '../utils/keep-press.js';
import type { FieldValue } from '../base/field-value.js';
import { formStepsPageStrings } from '../locales/form-steps-page.js';
import { errorsIn, fieldEntries, fieldsIn, readField } from '../utils/form-fields.js';
import type { GerFormStep } from '../form-step/form-step.js';
import type { FormStepsHost } from './steps-host.js';

export { formStepsPageStrings as strings };

/**
 * What `ger-form-steps` does to the page around it: the page title names the step, Enter means
 * Continue, and the application goes out as FormData and JSON, through a native `<form>`
 * without the answers of the steps that do not apply. A module of its own, loaded as the form
 * appears (long before anyone sends it).
 */

/** Forms on the page: they name their step in the page title. */
const attached = new WeakSet<FormStepsHost>();

/** The page's own title, kept to put back and to follow the step's, and the title the steps last wrote. */
const titles: { page: string; written?: string } = { page: '' };

/**
 * The page's own title: a title the steps did not write is the page's, changed since (a language
 * switched in place), and becomes the one they follow. One for the page, so a second form never
 * takes the first one's title for the page's.
 */
function pageTitle(): string {
  if (document.title !== titles.written) titles.page = document.title;
  return titles.page;
}

/** Forms sent: the page now shows its confirmation, not the last step. */
const sent = new WeakSet<FormStepsHost>();

/**
 * The page title names the step ("Алхам 2/5: Хаяг – Гадаад паспорт"), and says when it has errors;
 * once the form is sent, it says so ("Илгээсэн – Гадаад паспорт").
 */
export function title(host: FormStepsHost): void {
  const step = host.steps[host.current];
  if (!attached.has(host) || !step) return;
  // The step shown without a move (a draft restored): its entry says so.
  recordStep(host, false);
  const base = pageTitle();
  const active = host.activeSteps();
  const { localize } = host;
  const name = sent.has(host)
    ? localize.term('stepsSentTitle')
    : `${localize.term('stepOf', { current: active.indexOf(host.current) + 1, total: active.length })}: ${step.getAttribute('heading') ?? ''}`;
  const text = `${name}${base ? ` – ${base}` : ''}`;
  document.title = host.errors.length ? localize.term('stepErrorTitle', { title: text }) : text;
  // As the browser keeps it (whitespace collapsed), to tell it from the page's next title.
  titles.written = document.title;
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
 * False when there is no form, or a page cancelled its `submit` (it sends the answers itself).
 */
export function submitForm(host: FormStepsHost): boolean {
  const form = host.closest('form');
  if (!form) return false;
  const submitter = document.createElement('button');
  submitter.type = 'submit';
  submitter.formNoValidate = true;
  submitter.hidden = true;
  form.append(submitter);
  let event: Event | undefined;
  form.addEventListener('submit', (submitted) => (event = submitted), { once: true });
  form.requestSubmit(submitter);
  submitter.remove();
  return !event?.defaultPrevented;
}

/**
 * With `history`, the step each form shows is kept in the page's history entry (a map, form by
 * form, beside what the page keeps there): each move pushes one, so the browser's Back and
 * Forward go between steps.
 */
const HISTORY_KEY = 'gerFormSteps';

/**
 * A form's step in a history entry: its number then, and the steps up to it (`keys`, see `stepKey`),
 * so that while the page lives the entry finds its step, or the nearest before it, after the page
 * added or removed steps.
 */
interface StepEntry {
  index: number;
  keys: string[];
}

/** Each step's key in history entries: one for this page's life, so a reloaded page's keys never match an old entry's. */
const stepKeys = new WeakMap<GerFormStep, string>();
const pageLife = Math.random().toString(36).slice(2);
let keysGiven = 0;
function stepKey(step: GerFormStep): string {
  if (!stepKeys.has(step)) stepKeys.set(step, `${pageLife}-${++keysGiven}`);
  return stepKeys.get(step)!;
}

/** The form's name in history entries: its `form-id` or `id`, else its place among the page's forms. */
const historyName = (host: FormStepsHost) => host.formId || host.id || String([...document.querySelectorAll('ger-form-steps')].indexOf(host as never));

/**
 * The form's step in a history entry. An earlier version's entry held the number alone; an entry
 * the page wrote in another shape has none.
 */
function stepInHistory(host: FormStepsHost, state: unknown = history.state): StepEntry | undefined {
  const entry = (state as Record<string, Record<string, unknown> | undefined> | null)?.[HISTORY_KEY]?.[historyName(host)];
  if (typeof entry === 'number') return { index: entry, keys: [] };
  const { index, keys } = (entry ?? {}) as Partial<StepEntry>;
  return typeof index === 'number' ? { index, keys: Array.isArray(keys) ? keys.map(String) : [] } : undefined;
}

function recordStep(host: FormStepsHost, push: boolean): void {
  const state: unknown = history.state;
  // A page that keeps something other than an object there keeps it: no steps in its history.
  if (!host.history || (state !== null && typeof state !== 'object')) return;
  const step: StepEntry = { index: host.current, keys: host.steps.slice(0, host.current + 1).map(stepKey) };
  const saved = stepInHistory(host);
  if (!push && saved?.index === step.index && saved.keys.join() === step.keys.join()) return;
  const forms = (state as Record<string, object> | null)?.[HISTORY_KEY];
  const entry = { ...(state as object | null), [HISTORY_KEY]: { ...forms, [historyName(host)]: step } };
  if (push) history.pushState(entry, '');
  else history.replaceState(entry, '');
}

/**
 * Back or Forward to a step's entry: that step, found by itself while the page lives (the page may
 * have added or removed steps since; a removed one gives way to the nearest step before it that is
 * still there), else by its number (after a reload); when the answers no longer reach it, the
 * nearest step before it that they do. Not once the form is sent.
 */
function followHistory(host: FormStepsHost, event: PopStateEvent): void {
  // A sent form stays sent: Back from the confirmation in its place would show a step behind it,
  // name that step in the title, and save the sent answers again as a draft, to be sent twice.
  if (sent.has(host)) return;
  const saved = stepInHistory(host, event.state);
  if (!saved) return;
  const now = new Map(host.steps.map((step, index) => [stepKeys.get(step), index]));
  const kept = saved.keys.findLast((key) => now.has(key));
  const step = kept === undefined ? saved.index : now.get(kept)!;
  if (step === host.current) return;
  const open = reachable(host);
  void goTo(host, open.filter((index) => index <= step).at(-1) ?? open[0], undefined, false);
}

/** The steps as the page part last saw them, form by form. */
const stepsSeen = new WeakMap<FormStepsHost, GerFormStep[]>();

/**
 * Steps added or removed by the page (a framework renders them from the answers): the user stays
 * on the step they were on, and keeps what they completed, followed step by step rather than by
 * number (a step put before theirs would otherwise move them back one, a step removed forward one,
 * unseen). When the step shown is itself removed, the next one that applies takes its place.
 */
function followSteps(host: FormStepsHost): void {
  const before = stepsSeen.get(host) ?? [];
  const { steps, nav } = host;
  stepsSeen.set(host, steps);
  // Every step rendered anew (a framework keyed them afresh): nothing to follow, the numbers stay.
  if (!before.some((step) => steps.includes(step))) return;
  // A step's number now (-1: removed) from its number before.
  const now = (index: number) => steps.indexOf(before[index]);
  nav.done = new Set([...nav.done].map(now).filter((index) => index >= 0));
  const returnTo = now(nav.returnTo ?? -1);
  nav.returnTo = returnTo >= 0 ? returnTo : undefined;
  const current = now(host.current);
  if (current >= 0) {
    host.currentIndex = current;
    return;
  }
  const next = before.slice(host.current + 1).find((step) => steps.includes(step));
  const after = next ? steps.indexOf(next) : steps.length;
  const active = host.activeSteps();
  void goTo(host, active.find((index) => index >= after) ?? active.at(-1) ?? 0, undefined, false);
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
  const continues = (event: KeyboardEvent) => {
    const target = event.composedPath()[0] as HTMLInputElement;
    return event.key === 'Enter' && !isComposing(event) && target.localName === 'input' && ENTER_CONTINUES.test(target.type);
  };
  // Claimed on the way down, before a field sees it: a Ger field (or a default ger-button) that
  // would send the form through its default button (a "Save draft" button, say) stands aside.
  host.addEventListener('keydown', (event) => continues(event) && event.preventDefault(), { signal, capture: true });
  // Acted on on the way up: a combobox's Enter that chooses a suggestion stops there.
  host.addEventListener('keydown', (event) => continues(event) && void host.next(), { signal });
  host.closest('form')?.addEventListener('formdata', (event) => prune(host, event.formData), { signal });
  // Continue, Back and Skip keep a press that the step's fields move from under the pointer (keepPress).
  host.shadowRoot!.addEventListener(
    'mousedown',
    (event) => {
      const button = (event.target as Element).closest<HTMLElement>('.actions button');
      if (button) keepPress(button, event as MouseEvent);
    },
    { signal },
  );
  addEventListener('popstate', (event) => host.history && followHistory(host, event), { signal });
  stepsSeen.set(host, host.steps);
  host.shadowRoot!.addEventListener('slotchange', () => followSteps(host), { signal });
  attached.add(host);
  title(host);
  // The page may change its title while the step stays (a language switched in place): follow it.
  const retitled = new MutationObserver(() => document.title !== titles.written && title(host));
  retitled.observe(document.head ?? document.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    listening.abort();
    retitled.disconnect();
    attached.delete(host);
    document.title = pageTitle();
    // The page's own now: another form still on the page writes its step again.
    titles.written = undefined;
  };
}

/** Checks a step; shows its errors in the summary (which takes focus) if any. */
async function check(host: FormStepsHost, index: number): Promise<boolean> {
  const errors = errorsIn(fieldsIn(host.steps[index]));
  await host.showErrors(errors);
  return !errors.length;
}

/** Checks the step and goes on: to the next step that applies, back to check answers, or sends. */
export async function next(host: FormStepsHost): Promise<void> {
  if (await check(host, host.current)) await skip(host);
}

/** Goes on without checking: to the next step that applies, back to check answers, or sends. */
export async function skip(host: FormStepsHost): Promise<void> {
  const { nav } = host;
  nav.done.add(host.current);
  const after = host.activeSteps().filter((index) => index > host.current);
  // Within the move under way (the host ignores a second one): not through the host's `submit`.
  if (!after.length) return submit(host);
  let target = after[0];
  const { returnTo } = nav;
  if (returnTo !== undefined) {
    // After a change, come back to check answers, unless the change switched on a step not yet answered.
    target = after.find((index) => index < returnTo && !nav.done.has(index)) ?? returnTo;
    if (target === returnTo) nav.returnTo = undefined;
  }
  await goTo(host, target);
}

/**
 * Shows a step (index among all steps). Focus moves to its heading, or to `focus`, and the
 * page title names it. A move the user made is an entry in the browser's history (with `history`);
 * one that Back or Forward made is not.
 */
export async function goTo(host: FormStepsHost, index: number, focus?: HTMLElement, push = true): Promise<void> {
  sent.delete(host);
  const from = host.current;
  host.currentIndex = Math.min(Math.max(0, index), host.steps.length - 1);
  if (push && host.current !== from) recordStep(host, true);
  host.errors = [];
  await host.updateComplete;
  (focus ?? host.shadowRoot!.getElementById('heading')!).focus();
  const active = host.activeSteps();
  const detail = { step: active.indexOf(host.current) + 1, total: active.length, heading: host.steps[host.current].getAttribute('heading') ?? '' };
  host.dispatchEvent(new CustomEvent('ger-step-change', { detail, bubbles: true, composed: true }));
  host.queueSave();
}

/** Goes to the step before that applies, keeping every answer. */
export async function back(host: FormStepsHost): Promise<void> {
  const before = host.activeSteps().filter((index) => index < host.current);
  if (before.length) await goTo(host, before.at(-1)!);
}

/** From check answers: goes to the step of `field` and focuses it; Continue then comes back. */
export async function edit(host: FormStepsHost, field: HTMLElement): Promise<void> {
  const index = host.steps.findIndex((step) => step.contains(field));
  if (index < 0) return;
  host.nav.returnTo = host.current;
  await goTo(host, index, field);
}

/**
 * Steps the user may open: those that apply, up to the first not yet completed (Continue checks
 * each step in turn; a link must not skip one).
 */
function reachable(host: FormStepsHost): number[] {
  const active = host.activeSteps();
  const unfinished = active.findIndex((index) => !host.nav.done.has(index));
  return unfinished < 0 ? active : active.slice(0, unfinished + 1);
}

/**
 * On start (after the draft): a link to a question (`#field-id`, a Change or error link opened in
 * a new tab or from a bookmark) opens its step, if the user may reach it, and focuses the question.
 * As after a Change, Continue then comes back to the step the user was on.
 */
export async function openLinked(host: FormStepsHost): Promise<void> {
  let id = '';
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    // A malformed address (#%E0) names no question.
  }
  const target = id ? document.getElementById(id) : null;
  const index = target ? host.steps.findIndex((step) => step.contains(target)) : -1;
  if (index < 0 || !reachable(host).includes(index)) return;
  if (index < host.current) host.nav.returnTo = host.current;
  // The step itself named: its heading takes focus.
  await goTo(host, index, target === host.steps[index] ? undefined : target!);
}

/**
 * Checks every step that applies (going to the first with errors), then sends `ger-submit`.
 * Not cancelled, and the steps in a `<form>`: the answers are saved marked sent and the form is
 * posted. The draft is kept while the post is on its way, since it may fail (offline, a server
 * error) and the user come back: the page that follows clears it once the application has
 * arrived (`ger-panel form-id`), and until then the form shows the answers again, saying they were
 * sent. Without a `<form>`, the page took the application in its `ger-submit` listener, and with
 * one whose `submit` the page cancelled, in its `submit` listener: the draft is cleared.
 */
export async function submit(host: FormStepsHost): Promise<void> {
  for (const index of host.activeSteps()) {
    const invalid = fieldsIn(host.steps[index]).some((field) => field.willValidate && !field.checkValidity());
    if (!invalid) continue;
    if (index !== host.current) await goTo(host, index);
    await check(host, index);
    return;
  }
  host.nav.done.add(host.current);
  // As the element's `emit` sends its events: bubbling, composed, here cancelable.
  const detail = { formData: toFormData(host), json: toJSON(host) };
  if (!host.dispatchEvent(new CustomEvent('ger-submit', { detail, bubbles: true, composed: true, cancelable: true }))) return;
  sent.add(host);
  title(host);
  const drafts = await host.draftKeeper();
  if (!host.closest('form')) return drafts?.clear();
  await drafts?.markSent();
  // Back from the page the post led to (the browser's "no connection" page, a server error) to this
  // one as it was: the application may not have arrived. The title names the step again, and the
  // draft, read again, says whether the page that follows confirmed it (then it is gone).
  const back = () => {
    sent.delete(host);
    title(host);
    void drafts?.restore();
  };
  addEventListener('pageshow', back, { once: true });
  // A page that cancels the form's `submit` sends the answers itself (a single-page app's fetch):
  // it took them, as a `ger-submit` listener does, and the draft is cleared as before.
  if (!submitForm(host)) {
    removeEventListener('pageshow', back);
    await drafts?.clear();
  }
}
