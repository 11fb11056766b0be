const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  '[contenteditable="true"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Whether `element` takes focus by itself (or delegates it to its shadow root). */
export function isFocusable(element: Element): boolean {
  if (element.closest('[hidden], [inert]')) return false;
  if (element.matches(FOCUSABLE)) return true;
  // A Ger element (or any custom element) that delegates focus to its shadow root.
  return Boolean(element.shadowRoot?.delegatesFocus && !element.hasAttribute('disabled'));
}

/**
 * Moves focus to the first focusable element after `from` in document order, or to the
 * page's `<main>` (made programmatically focusable), or the body. Used when the focused
 * element disappears, so keyboard and screen-reader users are not thrown to the top.
 */
export function focusNextAfter(from: Element): void {
  const root = from.getRootNode() as Document | ShadowRoot;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = from;
  // Skip the element's own subtree.
  let next: Node | null = walker.nextSibling() ?? nextOutside(walker, from);
  while (next) {
    if (isFocusable(next as Element)) {
      (next as HTMLElement).focus();
      return;
    }
    next = walker.nextNode();
  }
  focusMain(root);
}

function nextOutside(walker: TreeWalker, from: Element): Node | null {
  let parent: Node | null = from.parentNode;
  while (parent) {
    walker.currentNode = parent;
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    parent = parent.parentNode;
  }
  return null;
}

function focusMain(root: Document | ShadowRoot): void {
  const main = root.querySelector<HTMLElement>('main, [role="main"]') ?? document.body;
  focusProgrammatically(main);
}

/** Focuses an element that is not normally focusable (a heading, a region, `<main>`). */
export function focusProgrammatically(element: HTMLElement): void {
  if (!element.hasAttribute('tabindex') && !element.matches(FOCUSABLE)) {
    element.setAttribute('tabindex', '-1');
  }
  element.focus();
}

/** The focused element, followed into shadow roots (the opener a dialog gives focus back to). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
