/* global getComputedStyle -- runs in the browser */
// Page side of bench/shadow-counts.mjs: counts a component's shadow elements and finds the ones it
// renders but does not show. Runs in the browser, bundled with the stories.
//
// "Rendered but not shown": an element with no box on screen (display: none, the `hidden`
// attribute, inside a closed <details>, visibility: hidden) that the component put in its shadow
// tree all the same. Every such element costs style, layout and memory on every page, so a part
// that is not shown is not rendered, unless it is there for one of these reasons:
// - a <slot> or a display: contents wrapper: it has no box of its own by design; what it holds is
//   judged on its own (a slot's fallback content is not shown while the slot has assigned nodes);
// - a <template>, <style> or <script>: never shown; the options of a <select> or <datalist>, which
//   the native control shows in its own popup; the shapes inside an <svg>, which is judged whole;
// - a live region (aria-live, role status/alert/log): it must be in the page before it speaks;
// - a native <dialog> while closed: the platform keeps it out of the page until showModal();
// - a collapsed disclosure's panel or popup: the element an aria-expanded="false" control names in
//   aria-controls (or its wrapper, or what is inside it), or the content of a closed native
//   <details>: it is opened in place, at once, the relationship must name an element that exists,
//   and find-in-page finds text in it (WAI-ARIA APG disclosure and combobox patterns);
// - a part on the component's allowance list (bench/shadow-allowances.mjs), with its reason.
// Visually hidden text that a screen reader reads has a (clipped) box, so it is counted as shown.

/** Elements in `element`'s shadow root, nested elements' shadow roots included (styles left out). */
export function shadowElements(element) {
  let count = 0;
  const visit = (node) =>
    node.querySelectorAll('*').forEach((e) => {
      if (e.localName !== 'style') count++;
      if (e.shadowRoot) visit(e.shadowRoot);
    });
  if (element.shadowRoot) visit(element.shadowRoot);
  return count;
}

const NEVER_SHOWN = new Set(['template', 'style', 'script']);
/** Elements whose children are shown by the element itself (the native control, the drawing). */
const SHOWN_WHOLE = new Set(['select', 'datalist', 'svg']);
const LIVE_ROLES = new Set(['status', 'alert', 'log']);

/** Why a hidden element may stay, by the general rules above, or undefined. */
function generalReason(element, root) {
  if (element.localName === 'dialog' && !element.open) return 'native dialog, closed';
  if (element.hasAttribute('aria-live') || LIVE_ROLES.has(element.getAttribute('role'))) return 'live region';
  if (element.closest('details:not([open])') && !element.closest('summary')) return 'closed native details, opened in place';
  for (const control of root.querySelectorAll('[aria-expanded="false"][aria-controls]')) {
    for (const id of control.getAttribute('aria-controls').split(/\s+/)) {
      const panel = root.getElementById(id);
      if (panel && (panel.contains(element) || element.contains(panel))) return 'collapsed panel or popup, opened in place';
    }
  }
  return undefined;
}

/** A short, stable name for an element: tag, id, classes and part, e.g. `div.panel[part=panel]`. */
export function describe(element) {
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  const part = element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : '';
  return `${element.localName}${id}${classes}${part}`;
}

const subtreeSize = (element) => 1 + shadowElements(element) + [...element.querySelectorAll('*')].reduce((sum, e) => sum + 1 + shadowElements(e), 0);

/**
 * Every element in `element`'s shadow tree (nested Ger elements' trees included) that is rendered
 * but not shown: `{ owner, part, elements, reason, allowance }`, where `owner` is the tag whose
 * shadow root holds it, `elements` counts it and everything inside it, `reason` is why it may stay
 * (undefined: it should not be rendered) and `allowance` the selector of the allowance that lets
 * it. `allowances` maps a tag to `{ selector: reason }`.
 */
export function hiddenParts(element, allowances) {
  const found = [];
  // A story may hide the component itself (shown later, by a click): nothing in it is shown yet.
  if (!element.checkVisibility({ visibilityProperty: true })) return found;
  const visit = (node, root, owner) => {
    if (SHOWN_WHOLE.has(node.localName)) return;
    for (const child of node.children) {
      if (NEVER_SHOWN.has(child.localName)) continue;
      // No box of its own by design: what it holds is judged on its own (asked last: it is the slow question).
      const contents = () => child.localName === 'slot' || getComputedStyle(child).display === 'contents';
      if (!child.checkVisibility({ visibilityProperty: true }) && !contents()) {
        const general = generalReason(child, root);
        const allowance = general ? undefined : Object.keys(allowances[owner] ?? {}).find((selector) => child.matches(selector));
        const reason = general ?? (allowance && `allowed: ${allowances[owner][allowance]}`);
        found.push({ owner, part: describe(child), elements: subtreeSize(child), reason, allowance });
        continue;
      }
      visit(child, root, owner);
      if (child.shadowRoot) visit(child.shadowRoot, child.shadowRoot, child.localName);
    }
  };
  if (element.shadowRoot) visit(element.shadowRoot, element.shadowRoot, element.localName);
  return found;
}
