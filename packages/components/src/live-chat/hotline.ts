import { html } from 'lit';
import type { Params } from '../controllers/localize.js';
import type { TermKey } from '../locales/translation.js';

/**
 * "For anything urgent, call 1111.", the number a tel: link made from its digits only: in the panel
 * while no agent is online, and in its stand-in when the panel's code could not be downloaded.
 */
export function hotlineLine(t: (key: TermKey, params?: Params) => string, hotline: string) {
  const [before, after] = t('chatHotline', { hotline: '\u0000' }).split('\u0000');
  return html`<p>${before}<a class="focusable" href="tel:${hotline.replace(/[^\d+]/g, '')}">${hotline}</a>${after}</p>`;
}
