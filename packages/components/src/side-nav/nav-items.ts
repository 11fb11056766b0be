import { listOf } from '../base/converters.js';
import { safeLinks, type LinkItem, type SafeLink } from '../utils/links.js';
import { warnOnce } from '../utils/warn.js';

/** A page of the section, as data gives it; `items` are the pages under it (one level). */
export interface SideNavItem extends LinkItem {
  items?: LinkItem[];
}

/** An item ready to render: safe links, and whether the current page is it or under it. */
export interface SafeNavItem extends SafeLink {
  items: SafeLink[];
  /** One of `items` is current: the reader's page, or the part they are in. */
  holdsCurrent: boolean;
}

/**
 * Cleans navigation data: labels required, unsafe hrefs dropped (see `safeLinks`), one nested
 * level; a deeper level is left out with a warning, as a side navigation two levels deep is
 * already as much as a reader can hold.
 */
export function safeNavItems(value: unknown, where: string): SafeNavItem[] {
  return listOf(value, where).flatMap((item) => {
    const [link] = safeLinks([item], where);
    if (!link) return [];
    const children = listOf(item.items, `${where} (under "${link.label}")`);
    if (children.some((child) => child.items != null)) warnOnce(`${where}: only one nested level is shown; deeper items are left out.`);
    const items = safeLinks(children, where);
    return [{ ...link, items, holdsCurrent: items.some((child) => child.current) }];
  });
}
