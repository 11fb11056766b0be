// A bare Lit card: the static page's markup and styles in a shadow root, and no logic.
import { html, LitElement, unsafeCSS } from 'lit';
import { CARD_CSS } from './static-card.js';

class BareCard extends LitElement {
  static override styles = unsafeCSS(`:host { display: block; } ${CARD_CSS}`);
  static override properties = { heading: {}, href: {}, agency: {}, description: {} };
  declare heading: string;
  declare href: string;
  declare agency: string;
  declare description: string;

  override render() {
    return html`<article class="card">
      <h2><a href=${this.href}>${this.heading}</a></h2>
      <p class="agency">${this.agency}</p>
      <p>${this.description}</p>
    </article>`;
  }
}
customElements.define('bare-card', BareCard);
