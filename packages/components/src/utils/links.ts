import { listOf, text } from '../base/converters.js';
import { checkedUrl } from './url.js';
import { warnOnce } from './warn.js';

/** A link as data gives it: `{ label, href, current }`. */
export interface LinkItem {
  /** The link text. */
  label: string;
  /** http, https or relative; anything else shows the label as plain text. */
  href?: string;
  /**
   * `true` marks the link to the page the reader is on (`aria-current="page"`); `'section'` the
   * link to the section they are in, from a page under it (`aria-current="true"`).
   */
  current?: boolean | 'section';
}

/** A link ready to render: a label always, an href only when it is safe. */
export interface SafeLink {
  label: string;
  href: string | undefined;
  /** Its `aria-current`: the reader's page, the section they are in, or neither. */
  current: 'page' | 'true' | false;
}

/**
 * Cleans link data from anywhere: items without a label are left out, and an unsafe href
 * (`javascript:`, `data:` ...) leaves the label as text, each with one warning.
 */
export function safeLinks(value: unknown, where: string): SafeLink[] {
  const links: SafeLink[] = [];
  for (const item of listOf(value, where)) {
    const label = text(item.label);
    if (!label) {
      warnOnce(`${where}: an item has no label; it is left out.`);
      continue;
    }
    links.push({ label, href: checkedUrl(text(item.href), where), current: item.current === true ? 'page' : item.current === 'section' ? 'true' : false });
  }
  return links;
}
