import { html, nothing, type TemplateResult } from 'lit';
import { warnOnce } from './warn.js';

/** The levels of HTML headings: `aria-level` beyond 6 is not announced by every screen reader. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * The one heading-level rule of every Ger element that has a `heading-level`: a whole number
 * from 1 to 6, as the page's outline needs; anything else (9, "x", 2.5) is the element's
 * default, with one console warning that names the element and the value.
 */
export function headingLevel(host: Element, value: unknown, fallback: HeadingLevel): HeadingLevel {
  if (value == null || value === '') return fallback;
  const level = Number(value);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level as HeadingLevel;
  // The attribute as written: a Number property turns "x" into NaN.
  const written = host.getAttribute('heading-level') ?? String(value);
  warnOnce(`<${host.localName}> heading-level="${written}" is not 1 to 6; using ${fallback}.`);
  return fallback;
}

/** One level below `level`, for headings inside a section headed at `level`; 6 stays 6. */
export function subheadingLevel(level: HeadingLevel): HeadingLevel {
  return Math.min(6, level + 1) as HeadingLevel;
}

export interface HeadingOptions {
  part?: string;
  id?: string;
  /** Class names; `heading` when not given. */
  class?: string;
  /** Focusable from script (tabindex -1), for a heading that takes focus when its content changes. */
  focusable?: boolean;
}

/**
 * A heading at `level`. A `div` with the heading role rather than `h1`-`h6`: the level comes
 * from the page around the element, and a static tag cannot change without rebuilding the
 * template.
 */
export function renderHeading(level: HeadingLevel, content: unknown, options: HeadingOptions = {}): TemplateResult {
  return html`<div
    part=${options.part ?? nothing}
    class=${options.class ?? 'heading'}
    id=${options.id ?? nothing}
    role="heading"
    aria-level=${level}
    tabindex=${options.focusable ? '-1' : nothing}
  >${content}</div>`;
}
