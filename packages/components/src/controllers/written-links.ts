import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LinkItem } from '../utils/links.js';
import { observeLightDom } from './light-dom.js';
import { ServerRenderController } from './server-render.js';

/** A link written in the page, with the links listed under it (one level). */
export interface WrittenLink extends LinkItem {
  items?: LinkItem[];
}

/** What a written link's `aria-current` says: the current page, its section, or neither. */
function currentOf(value: string | null): LinkItem['current'] {
  return value === 'page' ? true : value === 'true' || value === 'location' ? 'section' : false;
}

/**
 * The links an author wrote inside `container`, as data: `<a>` elements, or a `<ul>`/`<ol>` of
 * `<li>`s each with a link and perhaps a list under it. `aria-current="page"` marks the current page,
 * `aria-current="true"` (or `location`) the section the current page is in.
 */
export function itemsFromChildren(container: Element, nested = false): WrittenLink[] {
  return [...container.querySelectorAll(':scope > a, :scope > li > a, :scope > :is(ul, ol) > li > a')].map((link) => {
    const item = link.parentElement!;
    const sublist = nested || item === container ? null : item.querySelector(':scope > :is(ul, ol)');
    return {
      label: link.textContent!.trim(),
      href: link.getAttribute('href') ?? undefined,
      current: currentOf(link.getAttribute('aria-current')),
      items: sublist ? itemsFromChildren(sublist, true) : undefined,
    };
  });
}

/**
 * The links written inside an element whose links can be data or markup (side navigation,
 * header, footer). Written in the page, they show before the element is defined or when its
 * script never comes; once it renders, the element shows them as its own and renders no slot for
 * them, so they are not shown twice. The host renders again when they change (a page that
 * switches language in place rewrites them).
 */
export class WrittenLinksController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** The host's own, when it has one. */
    private readonly serverRender = new ServerRenderController(host),
  ) {
    host.addController(this);
    observeLightDom(host, { childList: true, subtree: true, characterData: true, attributeFilter: ['href', 'aria-current'] }, () => host.requestUpdate());
  }

  /** Moved while disconnected, the host may have missed changes. */
  hostConnected(): void {
    this.host.requestUpdate();
  }

  /**
   * The links written inside the host, read once as each update starts (a render may ask more
   * than once); `undefined` on the server, and while the first client render must match the
   * server's, which could not read them.
   */
  items?: WrittenLink[];

  hostUpdate(): void {
    this.items = this.serverRender.matching ? undefined : itemsFromChildren(this.host);
  }
}
