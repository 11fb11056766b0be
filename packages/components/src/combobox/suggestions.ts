/**
 * The list of `ger-combobox`: matching, the keyboard of the APG combobox, the announcements,
 * and `search` with cancellation. A part that loads as the field appears (see docs/lazy-parts),
 * so the field's first bytes stay small; until then the field takes typed text as it is.
 */
import { css, html, nothing, type ReactiveController } from 'lit';
import type { ValidationResult, Validator } from '../base/validators.js';
import { pluralTerm } from '../controllers/localize.js';
import { Retry } from '../controllers/retry.js';
import { comboboxStrings } from '../locales/combobox.js';
import { announce } from '../utils/announce.js';
import { isComposing } from '../utils/composing.js';
import { horizontalKey } from '../utils/arrow-keys.js';
import { actionShapeStyles } from '../styles/action-shape.styles.js';
import { quietActionStyles } from '../styles/action-quiet.styles.js';
import type { ComboboxHost } from './host.js';
import { OptionMatcher, sameLabel } from './matching.js';
import { cleanOptions, type ComboboxOption } from './options.js';
import { suggestionStyles } from './suggestions.styles.js';
import { chevronStyles } from '../styles/chevron.styles.js';

export { comboboxStrings as strings };
/** Try again is a quiet action, as every Ger button that only repeats a step: its look comes with the list. */
// postcss-lit-disable-next-line -- only sheets joined, no CSS of its own to check
export const styles = css`${chevronStyles}${suggestionStyles}${actionShapeStyles}${quietActionStyles}`;

/** Options rendered at once: enough to scan, few enough that 5,000 options stay fast. */
const SHOWN = 50;
/** Quiet time before the number of matches is announced, so a screen reader is not talked over while typing. */
const ANNOUNCE_MS = 500;
/** Quiet time before `search` is called, so a fast typist sends one request, not one per letter. */
const SEARCH_MS = 200;

/** Prepares a matcher's index while the page is idle (WebKit has no `requestIdleCallback`). */
function whenIdle(matcher: OptionMatcher) {
  const prepare = () => matcher.prepare();
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 2000 });
  else setTimeout(prepare, 300);
}

/** The problem of a restricted field: its value or text is no option, as far as anyone can tell. */
const chooseFromList = (host: ComboboxHost): ValidationResult => ({ flag: 'badInput', message: host.localize.term('comboboxChooseFromList') });

/** With `restrict`, a value that is none of the options (an old draft, a script) is an error. */
export const listValidators: Validator[] = [
  {
    key: 'in-list',
    check: (value, control) => {
      const combobox = control as unknown as ComboboxHost;
      return combobox.restrict && combobox.unlisted(String(value)) ? chooseFromList(combobox) : undefined;
    },
  },
];

/**
 * A controller of the field it is loaded into: it stops its timers and requests when the field
 * leaves the page, keeps the active option in view after each render, and settles the typed
 * text when focus leaves the field (before it loads, the field takes typed text as it is).
 */
export class Suggestions implements ReactiveController {
  open = false;
  /** Position among the shown matches of the option the arrow keys are on; -1 for none. */
  active = -1;
  /** The list opens in the flow rather than over what follows (see `opening`). */
  inline = false;
  /** A list just opened in the flow is scrolled into view once it is drawn. */
  private reveal = false;
  /** Text refused with `restrict`; its notice is worded as it is shown, so it follows the page's language. */
  private refused = '';
  /**
   * Text the reader left, with `restrict`, before a search could judge it: its search failed or had
   * not answered. A failed list says nothing of the text, so it stays in the box (the host still
   * `editing`) and is judged when a search answers: on Try again, on `online`, or as they type on.
   */
  private pending = '';
  /** The options matching the text, best first (only the first `SHOWN` are rendered). */
  private results: readonly ComboboxOption[] = [];
  private loading = false;
  private failed = false;
  private matcher = new OptionMatcher([]);
  /** Options the last `search` returned. */
  private remote: ComboboxOption[] = [];
  private searching?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  /** The text last asked of `search`: asked again by itself after a failure (`again`). */
  private query = '';
  /**
   * A failed search is asked again by itself (Ger's one retry schedule: as the connection comes
   * back, or after a while), if the reader still needs it: the list is open, or text they left
   * waits for it. Said again only if it answers: a list that fails again keeps saying so, quietly.
   * A reader on Try again is moved as their own press would move them (the button leaves).
   */
  private readonly again: Retry;

  constructor(private readonly host: ComboboxHost) {
    host.addController(this);
    this.again = new Retry(host, () => {
      if (!this.failed || !(this.open || this.pending)) return;
      if (host.renderRoot.querySelector('.retry:focus')) this.retry();
      else {
        this.askSearch(this.query, true);
        this.update();
      }
    });
    // On the element itself, so a move between its own parts (text box, button, list) is no leaving.
    host.addEventListener('focusout', (event) => {
      const to = event.relatedTarget as Node | null;
      if (to !== host && !host.renderRoot.contains(to)) this.left();
    });
    this.optionsChanged();
  }

  /** New local options: a new index, prepared while the page is idle. */
  optionsChanged() {
    this.matcher = new OptionMatcher(this.host.choices);
    whenIdle(this.matcher);
    if (this.open) this.filter();
  }

  /** Back in the page: a search its leaving stopped is asked again (text left may wait for it). */
  hostConnected() {
    if (this.loading) this.askSearch(this.query);
  }

  hostDisconnected() {
    this.stop();
  }

  /** What the notice under the field is about: text refused, or text left that a failed list could not judge. */
  get notice(): string {
    return this.refused || (this.failed ? this.waiting() : '');
  }

  /**
   * With `restrict`, text the reader left that no list could judge yet: the form waits for it,
   * rather than send the choice before it, or nothing (the value may be empty: no empty field).
   */
  unchecked(): ValidationResult | undefined {
    return this.host.restrict && this.waiting() ? chooseFromList(this.host) : undefined;
  }

  /** Text left for a search to judge, while the box still shows it (a form reset or a script may have put another there). */
  private waiting(): string {
    const { host, pending } = this;
    return host.editing && host.text.trim() === pending ? pending : '';
  }

  private stop() {
    this.searching?.abort();
    clearTimeout(this.searchTimer);
    clearTimeout(this.announceTimer);
  }

  private update() {
    this.host.requestUpdate();
  }

  /** The matches of the text (all options for none), from the local options or from `search`. */
  private filter(query = this.host.editing ? this.host.text : '') {
    this.active = -1;
    if (this.host.search) this.askSearch(query.trim());
    else {
      this.results = this.matcher.find(query);
      this.announceSoon();
    }
    this.update();
  }

  /**
   * Calls `search` after a pause in typing, cancelling the request for the text before, and any
   * retry waiting. `quiet`: a retry by itself, said only if it answers.
   */
  private askSearch(query: string, quiet?: boolean) {
    this.stop();
    this.again.wait(false);
    this.query = query;
    this.failed = false;
    this.loading = !!query;
    if (!query) {
      this.results = [];
      return;
    }
    if (!quiet) this.announceSoon();
    const controller = (this.searching = new AbortController());
    this.searchTimer = setTimeout(async () => {
      const { host } = this;
      try {
        const results = cleanOptions(await host.search!(query, controller.signal), 'search() result');
        if (controller.signal.aborted) return;
        this.remote = this.results = results;
        this.loading = false;
        this.again.wait(false, true);
        // Text left while its list was missing is judged now that one came.
        if (this.waiting()) this.settle();
      } catch (error) {
        if (controller.signal.aborted) return;
        console.warn('[ger] <ger-combobox> search failed:', error);
        this.failed = true;
        this.loading = false;
        this.results = [];
        this.again.wait(true);
        // The reader has left the field: the list's status is not shown, the notice under the field is.
        if (this.waiting() && !quiet) announce(this.noticeText(), host.localize.lang);
      }
      this.pending = this.waiting();
      if (!quiet || !this.failed) this.announceSoon();
      this.update();
    }, SEARCH_MS);
  }

  /** Says how many options match, once typing pauses (a polite live region). */
  private announceSoon() {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      if (this.open) announce(this.status(true), this.host.localize.lang);
    }, ANNOUNCE_MS);
  }

  /** What the list says besides its options; `count` adds the number of matches, for the announcement. */
  private status(count = false): string {
    const { localize } = this.host;
    const total = this.results.length;
    if (this.loading) return localize.term('comboboxSearching');
    if (this.failed) return localize.term('comboboxSearchFailed');
    if (!total) return localize.term('comboboxNoMatches');
    if (count) return pluralTerm(localize, 'comboboxCount', total);
    return total > SHOWN ? pluralTerm(localize, 'comboboxMore', total - SHOWN) : '';
  }

  private show(query?: string) {
    if (this.open || this.host.isDisabledNow) return;
    this.opening();
    this.filter(query);
  }

  /**
   * The list opens over what follows the field, unless a box around it scrolls or clips (a
   * dialog's body): there it would be cut off, so it opens in the flow, under the field, and the
   * box grows or scrolls to show it.
   */
  private opening() {
    if (this.open) return;
    this.open = true;
    // Back in the field: the list shows what the search says, and leaving judges the text again.
    this.pending = '';
    this.inline = false;
    // Up the boxes as they are drawn: a slotted element sits in its slot's box.
    const parent = (node: Element) => node.assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
    for (let node = parent(this.host); node && node !== document.body && !this.inline; node = parent(node)) {
      this.inline = this.reveal = getComputedStyle(node).overflowY !== 'visible';
    }
  }

  private hide() {
    this.open = false;
    this.active = -1;
    this.update();
  }

  typed() {
    this.refused = '';
    this.opening();
    this.filter();
  }

  /** Makes `option` the value, and shows its label in the text box. */
  private choose(option: ComboboxOption) {
    if (option.disabled) return;
    const { host } = this;
    host.picked = option;
    host.editing = false;
    host.text = option.label;
    this.refused = this.pending = '';
    this.hide();
    host.answer(option.value, true);
  }

  /** Leaving the field: typed text becomes the value, or an option spelled another way, or (with `restrict`) is put back. */
  /** Returns false when the typed text was refused. */
  private left(): boolean {
    this.hide();
    return this.settle();
  }

  /**
   * The typed text becomes the answer: the option it names, else the text itself (refused, and
   * put back, where only options may be chosen). On leaving, and before Enter sends the form,
   * so the form sends what the box shows. Returns false when the text was refused.
   */
  private settle(): boolean {
    const { host } = this;
    if (!host.editing) return true;
    host.editing = false;
    const text = host.text.trim();
    // The option chosen before counts too: a failed search must not refuse the reader's own choice, typed again.
    const option = sameLabel(host.search ? [...this.remote, ...(host.picked ? [host.picked] : [])] : host.choices, text);
    if (option) this.choose(option);
    else if (!text || !host.restrict) host.answer(text, false);
    else if (host.search && (this.loading || this.failed)) {
      // No list came for this text, so nothing says it is not an option: kept as typed, for a search to judge.
      host.editing = true;
      this.pending = text;
      if (this.failed) announce(this.noticeText(), host.localize.lang);
      return false;
    } else {
      this.refused = text;
      host.text = host.displayValue;
      announce(this.noticeText(), host.localize.lang);
      return false;
    }
    return true;
  }

  private move(to: number) {
    const count = Math.min(this.results.length, SHOWN);
    this.active = count ? (to + count) % count : -1;
    this.update();
  }

  /** The keys of the APG editable combobox with list autocomplete. */
  keydown(event: KeyboardEvent) {
    // Keys the input method takes (the Enter that confirms, the arrows through its candidates, the
    // Escape that cancels) are its own: they choose, move and clear nothing here.
    if (isComposing(event)) return;
    const { host } = this;
    const wasOpen = this.open;
    // Set vertically the options run left to right and the text top to bottom: Right and Left move
    // through the options, Down and Up are the caret's, as Left and Right are in horizontal writing.
    switch (horizontalKey(event, event.currentTarget as Element)) {
      case 'ArrowDown':
        this.show();
        if (!event.altKey) this.move(wasOpen ? this.active + 1 : 0);
        break;
      case 'ArrowUp':
        this.show();
        // From the text (nothing active, the list open or not) Up goes to the last option.
        this.move(wasOpen && this.active >= 0 ? this.active - 1 : -1);
        break;
      case 'Enter': {
        const option = this.open ? this.results[this.active] : undefined;
        if (!option) {
          // Refused text is put back and said: the form is not sent with an answer the reader did not see.
          if (!this.left()) event.stopPropagation();
          return;
        }
        // Enter chooses; it must not also continue a multi-step form or send the page's form.
        event.stopPropagation();
        this.choose(option);
        break;
      }
      case 'Escape':
        if (this.open) this.hide();
        else if (host.text) {
          host.text = '';
          host.editing = false;
          // Emptied by the reader's hand: `input`, then `change`, as a native search field's Escape.
          host.answer('', true);
          this.update();
        } else return;
        event.stopPropagation();
        break;
      case 'Home':
      case 'End':
      case 'ArrowLeft':
      case 'ArrowRight':
        // The caret moves in the text box, as in any text field; the option is let go.
        this.active = -1;
        this.update();
        return;
      default:
        return;
    }
    event.preventDefault();
  }

  /** The button browses the whole list, whatever was typed; focus stays in the text box. */
  private toggle() {
    if (this.open) this.hide();
    else this.show('');
    this.host.renderRoot.querySelector('input')?.focus();
  }

  /** For mouse and touch: opens the whole list. Out of the Tab order, as in the APG example. */
  renderButton(expanded: boolean) {
    return html`<button
      part="button"
      class="toggle chevron"
      type="button"
      tabindex="-1"
      aria-label=${this.host.localize.term('comboboxShowOptions')}
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls="listbox"
      ?disabled=${this.host.isDisabledNow}
      @mousedown=${(event: Event) => event.preventDefault()}
      @click=${() => this.toggle()}
    ></button>`;
  }

  clicked() {
    this.show();
  }

  /** Keeps the active option in view as the arrow keys move, and a list opened in the flow as it opens. */
  hostUpdated() {
    const option = this.active >= 0 ? `#option-${this.active}` : this.reveal && this.open && '[role="option"]';
    this.reveal = false;
    if (option) this.host.renderRoot.querySelector(option)?.scrollIntoView({ block: 'nearest' });
  }

  // Options are chosen from the keyboard in the input (aria-activedescendant), so a click is their only own handler.
  /* eslint-disable lit-a11y/click-events-have-key-events */
  renderOptions() {
    return this.results.slice(0, SHOWN).map(
      (option, i) =>
        html`<li
          part="option"
          id="option-${i}"
          role="option"
          aria-selected=${i === this.active ? 'true' : 'false'}
          aria-disabled=${option.disabled ? 'true' : nothing}
          @click=${() => this.choose(option)}
        >
          ${option.label}
        </li>`,
    );
  } /* eslint-enable lit-a11y/click-events-have-key-events */

  private noticeText() {
    const { notice } = this;
    return this.host.localize.term(notice === this.refused ? 'comboboxNotInList' : 'comboboxUnchecked', { text: notice });
  }

  /** Asks `search` again for the text in the box, from the field, so the reader hears the list come (or fail again). */
  private retry() {
    this.host.renderRoot.querySelector('input')?.focus();
    this.typed();
  }

  private renderRetry() {
    return html`<button class="action quiet retry focusable" type="button" @click=${() => this.retry()}>${this.host.localize.term('comboboxRetry')}</button>`;
  }

  renderNotice() {
    const { notice } = this;
    return notice ? html`<p class="notice" id="notice">${this.noticeText()}</p>${notice === this.refused ? nothing : this.renderRetry()}` : nothing;
  }

  renderStatus() {
    const status = this.status();
    return status ? html`<p part="status" class="status">${status} ${this.failed ? this.renderRetry() : nothing}</p>` : nothing;
  }
}
