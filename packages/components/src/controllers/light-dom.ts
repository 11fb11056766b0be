import type { ReactiveControllerHost } from 'lit';

/**
 * Calls `changed` after the host's light DOM changes as `options` says, while the host is
 * connected: for elements that read their content from their children (a select's options, a
 * side navigation's links). `slotchange` tells only that children came or went; a child's text
 * or attributes can change too (a page that switches language in place rewrites them). A
 * MutationObserver batches: one call per task however many nodes changed.
 */
export function observeLightDom(host: ReactiveControllerHost & HTMLElement, options: MutationObserverInit, changed: () => void): void {
  if (typeof MutationObserver === 'undefined') return;
  const observer = new MutationObserver(changed);
  host.addController({ hostConnected: () => observer.observe(host, options), hostDisconnected: () => observer.disconnect() });
}
