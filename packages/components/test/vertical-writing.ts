import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/**
 * The page-level rule of the traditional Mongol script, as the foundation's `ger.css` has it
 * (issue 17). Added here too, so a test of a vertical block holds before and after that lands.
 */
const MONGOL_SCRIPT_RULE = `:lang(mn-Mong) { writing-mode: vertical-lr; --ger-font-family-sans: "Noto Sans Mongolian", "Mongolian Baiti", sans-serif; }`;

/** Renders `template` as a vertical block (`lang="mn-Mong"`) inside the horizontal test page; returns its first element. */
export async function fixtureVertical<E extends Element>(template: TemplateResult): Promise<E> {
  const block = await fixture<HTMLElement>(html`<div lang="mn-Mong">${template}</div>`);
  const rule = document.createElement('style');
  rule.textContent = MONGOL_SCRIPT_RULE;
  block.prepend(rule);
  return block.querySelector<E>(':scope > :not(style)')!;
}
