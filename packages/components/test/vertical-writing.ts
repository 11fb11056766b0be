import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { settle } from './helpers.js';
import { TRADITIONAL_SCRIPT, whenStringsLoaded } from './viewing-conditions.js';

/**
 * Renders `template` as a vertical block in the traditional Mongol script (`lang="mn-Mong"`, which
 * ger.css sets vertical-lr) inside the horizontal test page, once the script's strings are there;
 * returns its first element. The block is given a height that fits the viewport, as a page would
 * (a vertical block is otherwise as tall as the viewport: CSS Writing Modes' orthogonal flows).
 */
export async function fixtureVertical<E extends Element>(template: TemplateResult): Promise<E> {
  const block = await fixture<HTMLElement>(html`<div lang=${TRADITIONAL_SCRIPT} style="inline-size: 90vh">${template}</div>`);
  await whenStringsLoaded(TRADITIONAL_SCRIPT);
  await settle(block);
  return block.firstElementChild as E;
}
