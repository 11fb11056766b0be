import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { press } from '../../test/engine.js';
import { DisclosureController } from './disclosure.js';

/** A minimal host: a button and the content it shows. */
class DisclosureHost extends LitElement {
  changes: boolean[] = [];
  withEscape = true;
  readonly disclosure = new DisclosureController(this, {
    escapeReturnsTo: () => (this.withEscape ? this.renderRoot.querySelector('button') : null),
    onChange: (open) => this.changes.push(open),
  });
  override render() {
    return html`<button aria-expanded=${this.disclosure.open ? 'true' : 'false'} aria-controls="c" @click=${this.disclosure.toggle}>Show</button>
      <div id="c" ?hidden=${!this.disclosure.open}><a href="#x">Link</a></div>`;
  }
}
customElements.define('test-disclosure-host', DisclosureHost);

describe('DisclosureController', () => {
  it('toggles, renders the host again and reports each change', async () => {
    const el = await fixture<DisclosureHost>(html`<test-disclosure-host></test-disclosure-host>`);
    const button = el.shadowRoot!.querySelector('button')!;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    el.disclosure.set(true);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(el.changes).to.deep.equal([true, false]);
  });

  it('closes on Escape from inside and gives focus back to the button', async () => {
    const el = await fixture<DisclosureHost>(html`<test-disclosure-host></test-disclosure-host>`);
    el.disclosure.set(true);
    await el.updateComplete;
    el.shadowRoot!.querySelector('a')!.focus();
    await press('Escape');
    await el.updateComplete;
    expect(el.disclosure.open).to.be.false;
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button'));
  });

  it('starts open when asked', async () => {
    class OpenHost extends DisclosureHost {
      override readonly disclosure = new DisclosureController(this, { open: true });
    }
    customElements.define('test-disclosure-open', OpenHost);
    const el = await fixture<OpenHost>(html`<test-disclosure-open></test-disclosure-open>`);
    expect(el.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
  });
});
