import { expect } from '@open-wc/testing';
import { composedDescendants } from './helpers.js';

declare global {
  interface Window {
    __gerPwned?: boolean;
  }
}

/** Markup that would run a script if it were ever parsed as HTML. */
export const MARKUP = '<img src=x onerror="window.__gerPwned=true"><script>window.__gerPwned=true</script>';
/** A link that would run a script if it were ever followed. */
export const SCRIPT_URL = 'javascript:window.__gerPwned=true';
/** One word longer than any phone is wide. */
export const LONG_WORD = 'Хөдөөаж ахуйнхүнсныүйлдвэрлэлийнхяналтынулсынбайцаагчийнгазрынмэргэжилтэн'.repeat(2);

/** Hostile data stayed text: no element was made from it, no script ran, no link runs script. */
export async function expectNoInjection(root: Element): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(window.__gerPwned, 'a script from the data ran').to.equal(undefined);
  const elements = composedDescendants(root);
  expect(
    elements.filter((element) => element.localName === 'img' || element.localName === 'script').map((element) => element.outerHTML),
    'elements made from data',
  ).to.deep.equal([]);
  const scriptLinks = elements.filter((element) => /^\s*javascript:/i.test(element.getAttribute('href') ?? ''));
  expect(
    scriptLinks.map((element) => element.outerHTML),
    'javascript: links',
  ).to.deep.equal([]);
}

/** Rendered elements, and text inside them, that stick out of `container` on the inline-end side (sideways scrolling). */
export function overflowing(container: Element): string[] {
  const edge = container.getBoundingClientRect().right + 1;
  const found: string[] = [];
  const describe = (element: Element, right: number) => `<${element.localName} class="${element.getAttribute('class') ?? ''}"> ${Math.round(right - edge)}px`;
  for (const element of [container, ...composedDescendants(container)]) {
    const rect = element.getBoundingClientRect();
    if (rect.width > 0 && rect.right > edge) found.push(describe(element, rect.right));
    // A word wider than its box spills out of it without making the box wider.
    for (const node of (element.shadowRoot ?? element).childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const text = range.getBoundingClientRect();
      if (text.width > 0 && text.right > edge) found.push(`text in ${describe(element, text.right)}`);
    }
  }
  return found;
}
