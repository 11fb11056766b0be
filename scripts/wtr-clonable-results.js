/* global window, Element, Node */
// Loaded first in every browser test page (web-test-runner.config.mjs). The test runner sends each
// file's results through structuredClone. A failed assertion that compared DOM elements
// (`expect(el).to.equal(other)`) carries them as its `actual` and `expected`, which cannot be
// cloned: the results were never sent and the run stalled until the browser was given up on (ten
// minutes, with no word of which assertion failed). Such values are sent as a description instead.
(() => {
  const clone = window.structuredClone;

  /** `<button#send.focusable>` for an element, `#text "…"` for other nodes. */
  const describeNode = (node) =>
    node instanceof Element
      ? `<${node.localName}${node.id ? `#${node.id}` : ''}${[...node.classList].map((name) => `.${name}`).join('')}>`
      : `${node.nodeName} ${JSON.stringify((node.textContent ?? '').slice(0, 60))}`;

  /** A copy of `value` with every node, function and other value that cannot be cloned described as text. */
  function clonable(value, seen = new Map()) {
    if (value instanceof Node) return describeNode(value);
    if (typeof value === 'function' || typeof value === 'symbol') return String(value);
    if (value === null || typeof value !== 'object') return value;
    if (seen.has(value)) return seen.get(value);
    const copy = Array.isArray(value) ? [] : {};
    seen.set(value, copy);
    for (const [key, item] of Object.entries(value)) copy[key] = clonable(item, seen);
    return copy;
  }

  window.structuredClone = (value, options) => {
    try {
      return clone(value, options);
    } catch (error) {
      if (error?.name !== 'DataCloneError') throw error;
      return clone(clonable(value), options);
    }
  };
})();
