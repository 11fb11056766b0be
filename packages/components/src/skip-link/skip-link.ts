import { html } from 'lit';
import { property } from '../base/decorators.js';
import { defineElement, GerElement } from '../base/ger-element.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { focusProgrammatically } from '../utils/focus.js';
import { warnOnce } from '../utils/warn.js';
import { skipLinkStyles } from './skip-link.styles.js';
import { skipLinkStrings } from '../locales/skip-link.js';

/**
 * @tagname ger-skip-link
 * @summary The first link on a page: lets keyboard and screen-reader users jump past the header to the main content.
 *
 * Place it first in `<body>`. It is hidden until it receives focus.
 *
 * @slot - The link text; defaults to "Үндсэн агуулга руу шилжих" / "Skip to main content".
 *
 * @csspart link - The link.
 */
export class GerSkipLink extends GerElement {
  static override styles = [...sharedStyles, skipLinkStyles];
  static override strings = skipLinkStrings;
  static override shadowRootOptions = { ...GerElement.shadowRootOptions, delegatesFocus: true };

  /** The in-page target, as `#id`. */
  @property() href = '#main';

  private get targetId(): string {
    if (/^#[^\s#]+$/.test(this.href)) return this.href.slice(1);
    warnOnce(`<ger-skip-link> href="${this.href}" is not an in-page link like "#main"; using "#main".`);
    return 'main';
  }

  /**
   * Browsers scroll to the target but do not always move focus into an element that is not
   * focusable, so the next Tab would start from the top again. Focus it explicitly.
   */
  private handleClick(event: MouseEvent) {
    const root = this.getRootNode() as Document | ShadowRoot;
    const target = root.getElementById?.(this.targetId) ?? document.getElementById(this.targetId);
    if (!target) {
      warnOnce(`<ger-skip-link> found no element with id "${this.targetId}".`);
      return;
    }
    event.preventDefault();
    focusProgrammatically(target);
    target.scrollIntoView();
    history.replaceState(history.state, '', `#${this.targetId}`);
  }

  override render() {
    return html`<a part="link" class="link" href="#${this.targetId}" @click=${this.handleClick}>
      <slot>${this.localize.term('skipToContent')}</slot>
    </a>`;
  }
}

defineElement('ger-skip-link', GerSkipLink);

declare global {
  interface HTMLElementTagNameMap {
    'ger-skip-link': GerSkipLink;
  }
}
