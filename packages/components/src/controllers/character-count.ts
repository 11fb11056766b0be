import { html, type ReactiveController, type TemplateResult } from 'lit';
import type { LazyPartHost } from '../base/lazy-part.js';
import type { ValidatedControl, Validator } from '../base/validators.js';
import { characterCountStrings } from '../locales/character-count.js';
import { combineStrings } from '../locales/strings.js';
import { textControlStrings } from '../locales/text-control.js';
import { pluralTerm } from './localize.js';
import { wholeNumber } from '../utils/number.js';

/** Join the host's strings and styles as the count loads (see `LazyPartController`). */
export { countStyles as styles } from '../styles/count.styles.js';
export const strings = combineStrings(characterCountStrings, textControlStrings);

/** A control with a `maxlength`. */
type Limited = HTMLElement & { readonly maxlength?: number };

/** The control's `maxlength` (a number, or text from a framework) when it is a whole number from 1; any other sets no limit, with one warning. */
function limitOf(control: Limited): number | undefined {
  const max = wholeNumber(control, 'maxlength', control.maxlength, 1, Infinity);
  return max < Infinity ? max : undefined;
}

/** Longer text than `maxlength` allows: kept (nothing typed is cut off) and reported. Comes with the count. */
export const maxLengthValidator: Validator<unknown, ValidatedControl & Limited> = {
  key: 'maxlength',
  check: (value, control) => {
    const max = limitOf(control);
    return max && [...String(value)].length > max ? { flag: 'tooLong', message: pluralTerm(control.localize, 'tooLong', max) } : undefined;
  },
};

/** How long typing must pause before the count is read out. */
const PAUSE_MS = 1000;

/**
 * A character count under a text field or text area, as GOV.UK's: the visible count updates
 * as the user types; screen readers hear it once typing pauses, never on every key and never
 * on page load. Going over the limit is allowed (nothing typed is cut off); the control reports
 * it as an error (`maxLengthValidator`). Text controls load this module only when a field has a limit.
 */
export class CharacterCountController implements ReactiveController {
  private spoken = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: LazyPartHost & Limited) {
    host.addController(this);
  }

  private get localize() {
    return this.host.localize;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  private text(length: number, max: number): string {
    const left = max - length;
    return left < 0 ? pluralTerm(this.localize, 'charactersOver', -left) : pluralTerm(this.localize, 'charactersLeft', left);
  }

  /** There is a limit, so a count: the control's `aria-describedby` names it. */
  get counting(): boolean {
    return !!limitOf(this.host);
  }

  /** Call on each `input`: the count is announced after a pause. */
  typed(length: number): void {
    const max = limitOf(this.host);
    clearTimeout(this.timer);
    if (!max) return;
    this.timer = setTimeout(() => {
      this.spoken = this.text(length, max);
      this.host.requestUpdate();
    }, PAUSE_MS);
  }

  /** The count (id `count`, for the control's `aria-describedby`) and its live region; nothing without a limit. */
  render(length: number): TemplateResult | undefined {
    const max = limitOf(this.host);
    if (!max) return undefined;
    return html`<div part="count" class="count ${length > max ? 'over' : ''}" id="count">${this.text(length, max)}</div>
      <div class="visually-hidden" aria-live="polite">${this.spoken}</div>`;
  }
}
