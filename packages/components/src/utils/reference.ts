import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController, Params } from '../controllers/localize.js';
import type { TermKey } from '../locales/translation.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;

/**
 * The `lang` of a reference number: `mn` when it is written in Cyrillic (ПА-2026-001234, the same on
 * a page in any language), so a screen reader with an English voice does not misread it (WCAG 3.1.2);
 * none for one in Latin letters (EM-2026-004817), read in the page's language.
 */
export const referenceLang = (reference: string) => (CYRILLIC.test(reference) ? 'mn' : nothing);

/** A reference number in running text, marked with its language (see `referenceLang`). */
export const renderReference = (reference: string) => (CYRILLIC.test(reference) ? html`<span lang="mn">${reference}</span>` : reference);

/** A string with the reference number in `{name}` marked with its language, the other placeholders filled as text. */
export function termWithReference(localize: LocalizeController, key: TermKey, name: string, reference: string, params?: Params): TemplateResult {
  const [before, ...after] = localize.term(key, params).split(`{${name}}`);
  return html`${before}${after.map((text) => html`${renderReference(reference)}${text}`)}`;
}
