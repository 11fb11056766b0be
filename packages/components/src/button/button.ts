import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { GerFormAssociatedElement } from '../base/form-associated.js';
import { defineElement } from '../base/ger-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { SlotsController } from '../controllers/slots.js';
import { announce } from '../utils/announce.js';
import { keepPress } from '../utils/keep-press.js';
import { checkedUrl } from '../utils/url.js';
import { secondaryActionStyles } from '../styles/action-secondary.styles.js';
import { actionStyles } from '../styles/action.styles.js';
import { buttonStyles } from './button.styles.js';
import { buttonStrings } from '../locales/button.js';
import { oneOf } from '../utils/one-of.js';
import { defaultButton } from '../utils/default-button.js';
import { isComposing } from '../utils/composing.js';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'danger', 'quiet'] as const;
export const BUTTON_SIZES = ['small', 'medium', 'large'] as const;
export const BUTTON_TYPES = ['submit', 'reset', 'button'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];
export type ButtonSize = (typeof BUTTON_SIZES)[number];
export type ButtonType = (typeof BUTTON_TYPES)[number];

/** Attributes copied to the stand-in submit button, as on a native `<button>`. */
const FORM_OVERRIDES = ['formaction', 'formenctype', 'formmethod', 'formnovalidate', 'formtarget'];

/**
 * @tagname ger-button
 * @summary A button, or a link styled as one. Submits and resets its form like a native button.
 *
 * A link that must work without JavaScript (a service's start button) is written inside, as
 * GOV.UK writes its start button as a plain link: `<ger-button><a href="/apply">Одоо эхлэх</a></ger-button>`.
 * Before the script runs (or if it never comes) that is the page's ordinary link; once it runs,
 * the button takes the link's href (unless `href` is set) and its words, and shows its own link
 * instead: one link, read once. It reads them again when it updates: a link put in or taken out,
 * the page's language switched (with the words rewritten), a property set. A script that changes
 * only the written link's words or href must set `href` or replace the link. (A server-rendered
 * page has its link from `href`.)
 *
 * @slot - The label. Or a written `<a href>` (above).
 * @slot start - An icon before the label.
 * @slot end - An icon after the label.
 *
 * @csspart base - The inner `<button>` or `<a>`.
 *
 * @cssprop --ger-color-brand - Background of the primary button.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-button-border-width - Border of every button variant (transparent on filled ones, so sizes match and forced-colors mode shows an edge).
 * @cssprop --ger-button-danger-background - Destructive button fill.
 * @cssprop --ger-button-danger-background-hover - Destructive button fill on hover.
 * @cssprop --ger-button-danger-foreground - Destructive button label.
 * @cssprop --ger-button-font-weight - Button label weight.
 * @cssprop --ger-button-min-size - Minimum block and inline size of a button: the 44 px target.
 * @cssprop --ger-button-padding-block - Block padding.
 * @cssprop --ger-button-padding-inline - Inline padding.
 * @cssprop --ger-button-primary-background - Primary button fill.
 * @cssprop --ger-button-primary-background-hover - Primary button fill on hover.
 * @cssprop --ger-button-primary-foreground - Primary button label.
 * @cssprop --ger-button-quiet-foreground - Quiet button label: looks like a link, works like a button.
 * @cssprop --ger-button-quiet-foreground-hover - Quiet button label on hover.
 * @cssprop --ger-button-radius - Corner radius of buttons.
 * @cssprop --ger-button-secondary-background - Secondary button fill.
 * @cssprop --ger-button-secondary-background-hover - Secondary button fill on hover.
 * @cssprop --ger-button-secondary-border - Secondary button border: the brand colour, at least 3:1 on the surface.
 * @cssprop --ger-button-secondary-foreground - Secondary button label.
 * @cssprop --ger-button-secondary-foreground-hover - Secondary button label on hover (on the brand tint).
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-duration-fast - Hover and press feedback.
 * @cssprop --ger-duration-slow - Dialogs and larger movements.
 * @cssprop --ger-easing-standard - Movement within the page.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-md - 16 px at default text size. Body text, labels and inputs.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-tight - Single-line UI text: buttons, tags. Never for paragraphs.
 * @cssprop --ger-radius-pill - Fully rounded ends: tags and badges.
 * @cssprop --ger-size-target-floor - 24 px: the absolute floor for a target, with spacing (WCAG 2.2 AA, 2.5.8). Only for targets inside text.
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerButton extends GerFormAssociatedElement {
  static override styles = [...sharedStyles, actionStyles, secondaryActionStyles, buttonStyles];
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    size: { reflect: true },
    type: { reflect: true },
    value: {},
    loading: { type: Boolean, reflect: true },
    fullWidth: { type: Boolean, reflect: true, attribute: 'full-width' },
    href: {},
    target: {},
    download: {},
  };
  static override strings = buttonStrings;
  static override shadowRootOptions = { ...GerFormAssociatedElement.shadowRootOptions, delegatesFocus: true };

  /**
   * Focuses the native button. The host makes no box (see the styles), and Firefox does not
   * delegate focus from a host without one.
   */
  override focus(options?: FocusOptions): void {
    const base = this.renderRoot?.querySelector<HTMLElement>('.base');
    if (base) base.focus(options);
    else super.focus(options);
  }

  /** The button's importance: `primary` for the main action of a page, `secondary`, `danger` for destructive actions, `quiet` for minor ones. */
  variant: ButtonVariant = 'primary';

  /** `small` (at least 24 px, for dense tables only), `medium` (44 px target) or `large`. */
  size: ButtonSize = 'medium';

  /** What the button does in a form, as on a native `<button>`. */
  type: ButtonType = 'submit';

  /** Sent with the form as `name=value` when this button submits it. */
  value = '';

  /** Shows a spinner, announces "loading" and ignores clicks while an action runs. Focus stays. */
  loading = false;

  /** Stretches the button to the width of its container (useful on phones). */
  fullWidth = false;

  /** Makes it a link. Only http, https and relative URLs are used. Without it, a written link's href. */
  href = '';

  /** Where the link opens; `_blank` adds `rel="noopener noreferrer"` and says so to screen readers. */
  target = '';

  /** Makes the link download its target, optionally under this file name. */
  download?: string;

  private readonly slots = new SlotsController(this, ['start', 'end']);

  /** The link written inside (see above), read as each update starts; none while the render must match the server's. */
  private written?: Element | null;

  override update(changed: PropertyValues): void {
    this.written = this.slots.serverRender.matching ? undefined : this.querySelector(':scope > a');
    super.update(changed);
  }

  override updated(changed: Map<PropertyKey, unknown>): void {
    // Announced once when loading starts; the button itself stays focusable and says it is busy.
    if (changed.get('loading') === false && this.loading) announce(this.localize.term('loading'), this.localize.lang);
  }

  private implicitSubmitForm: HTMLFormElement | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    // Capture runs before the page's own listeners, so a disabled button's click never reaches them.
    this.addEventListener('click', this.handleClick, { capture: true });
  }

  /**
   * Listens for Enter in its form's fields (see handleFormKeydown), whenever its form changes: put
   * in the page, its form added after it (`form="…"`), taken out.
   */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.implicitSubmitForm?.removeEventListener('keydown', this.handleFormKeydown);
    this.implicitSubmitForm = form;
    form?.addEventListener('keydown', this.handleFormKeydown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.handleClick, { capture: true });
  }

  /**
   * Enter in a form's text field submits it through its default button, but browsers count only
   * native buttons. When a form's first submit button is this one, do what the browser would:
   * submit through it (fields inside Ger controls included: the path starts at their input).
   */
  private handleFormKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.defaultPrevented || isComposing(event)) return;
    const field = event.composedPath()[0];
    const typesText =
      field instanceof HTMLInputElement && !['button', 'submit', 'reset', 'checkbox', 'radio', 'file', 'image', 'color', 'range'].includes(field.type);
    if (!typesText || this !== defaultButton(this.form)) return;
    event.preventDefault();
    // Clicked, as the browser clicks a native default button: the page hears the same click as
    // for Enter in a Ger field (submitThroughDefaultButton), and a disabled or loading button
    // sends nothing (handleClick).
    this.click();
  };

  private handleClick = (event: MouseEvent) => {
    if (this.isDisabled || this.loading) {
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    if (this.isLink) return;
    const type = oneOf(this, 'type', this.type, BUTTON_TYPES, 'submit');
    if (type === 'submit') this.submitForm();
    if (type === 'reset') this.form?.reset();
  };

  /**
   * `requestSubmit` accepts only native submitters, so a hidden native button stands in: the
   * form validates, fires `submit` and sends `name=value` exactly as for a native button.
   */
  private submitForm() {
    const form = this.form;
    if (!form) return;
    const standIn = document.createElement('button');
    standIn.type = 'submit';
    standIn.hidden = true;
    if (this.name) {
      standIn.name = this.name;
      standIn.value = this.value;
    }
    for (const attribute of FORM_OVERRIDES) {
      const value = this.getAttribute(attribute);
      if (value !== null) standIn.setAttribute(attribute, value);
    }
    form.append(standIn);
    standIn.click();
    standIn.remove();
  }

  private get isLink(): boolean {
    return Boolean(this.href || this.written);
  }

  override render() {
    const variant = oneOf(this, 'variant', this.variant, BUTTON_VARIANTS, 'primary');
    const size = oneOf(this, 'size', this.size, BUTTON_SIZES, 'medium');
    // Used at a click, said now: the author sees it on loading the page.
    if (!this.isLink) oneOf(this, 'type', this.type, BUTTON_TYPES, 'submit');
    // `action` and its variant give the one look Ger's buttons share (styles/action.styles.ts);
    // `variant-*` and `size-*` name them for authors' and tests' selectors.
    const classes = `base focusable action ${variant} variant-${variant} size-${size}`;
    // No white space between the parts: in the native button they flow inline, where a space
    // would show; the margins in the styles space them.
    const spinner = this.loading ? html`<span class="spinner" aria-hidden="true"></span>` : nothing;
    const start = this.slots.has('start') ? html`<slot name="start"></slot>` : nothing;
    const end = this.slots.has('end') ? html`<slot name="end"></slot>` : nothing;
    const written = this.written;
    const content = html`${spinner}${start}${written ? html`<span class="text">${written.textContent}</span>` : html`<slot class="text"></slot>`}${end}`;
    return this.isLink ? this.renderLink(classes, content) : this.renderButton(classes, content);
  }

  private renderButton(classes: string, content: unknown) {
    return html`<button
      part="base"
      class=${classes}
      type="button"
      ?disabled=${this.isDisabled}
      aria-disabled=${this.loading ? 'true' : nothing}
      aria-busy=${this.loading ? 'true' : nothing}
      @mousedown=${(event: MouseEvent) => keepPress(event.currentTarget as HTMLElement, event)}
    >
      ${content}
    </button>`;
  }

  private renderLink(classes: string, content: unknown) {
    // A refused URL warns once (the same words as every Ger link) and leaves the link disabled.
    const href = checkedUrl(this.href || this.written?.getAttribute('href'), '<ger-button> href');
    const inactive = this.isDisabled || this.loading || !href;
    const newTab = this.target === '_blank';
    return html`<a
      part="base"
      class=${classes}
      href=${ifDefined(inactive ? undefined : href)}
      role=${inactive ? 'link' : nothing}
      aria-disabled=${inactive ? 'true' : nothing}
      tabindex=${inactive && !this.loading ? '-1' : nothing}
      target=${ifDefined(this.target || undefined)}
      rel=${ifDefined(newTab ? 'noopener noreferrer' : undefined)}
      download=${ifDefined(this.download)}
    >
      ${content}${newTab ? html`<span class="visually-hidden">${this.localize.term('opensInNewTab')}</span>` : nothing}
    </a>`;
  }
}

defineElement('ger-button', GerButton);

declare global {
  interface HTMLElementTagNameMap {
    'ger-button': GerButton;
  }
}
