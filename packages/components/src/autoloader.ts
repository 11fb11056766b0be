/**
 * The CDN autoloader's runtime (the build wraps it into `dist/cdn/autoloader.js` with one loader
 * per element of the Custom Elements Manifest): a page adds one script tag, and each `ger-*`
 * element is defined when it first appears, by importing the file that holds it: its own, or one
 * it shares with the elements it always comes with (the page shell's, an accordion's sections),
 * which are then defined with it.
 *
 * It watches the document and the shadow roots of the Ger elements it sees, so an element that
 * a Ger element renders in its shadow root (the header's display settings) loads too.
 *
 * A file that fails to download (a dropped connection on a mobile link) is asked for again while
 * an element that needs it is still in the page: when the browser is back online, else after 2, 4,
 * 8 … 64 s (`retryLater`), and at once when another such element appears. Until then the element
 * stays undefined, its light DOM shown as it is. Every file the CDN's files import, now or later
 * (an element's, a chat panel's), is imported through `importFile`, which asks again at another URL.
 */

import { retryLater } from './utils/retry.js';

/**
/** Tag name to the import of the module that defines it (through `importFile`, in the CDN's build). */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Loads the Ger elements under `root` and watches it: for roots the autoloader cannot see (a closed shadow root). */
  discover(root: Element | Document | ShadowRoot): void;
  /** Stops watching and retrying (the elements already loaded stay defined). */
  stop(): void;
}

const PREFIX = 'ger-';

/** Where each file is imported from: its own URL, or another after a failed download. */
const importUrls = new Map<string, string>();
let retries = 0;

/**
 * Imports the module at `url`; after a failed download, the next call asks at another URL
 * (`?retry=N`), since a browser may keep the failure for the page's life (Firefox does, and
 * Chromium after an HTTP error; whatwg/html#10327). Once a download succeeds every call gets that
 * module: one copy. The files it imports keep their URLs (one copy of the shared code too), so a
 * failed one of them comes back only where the browser fetches it again.
 */
export function importFile(url: string): Promise<unknown> {
  return import(/* @vite-ignore */ importUrls.get(url) ?? url).catch((error: unknown) => {
    importUrls.set(url, `${url}?retry=${++retries}`);
    throw error;
  });
}
const preloaded = new Set<string>();

/**
 * Asks the browser for modules now, with `<link rel="modulepreload">`: the files an element's
 * file imports then download together with it, instead of one round trip after it.
 */
export function preloadModules(urls: readonly string[]): void {
  for (const url of urls) {
    if (preloaded.has(url)) continue;
    preloaded.add(url);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    document.head.append(link);
  }
}

const isGerElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE && (node as Element).localName.startsWith(PREFIX);

/** A tag whose file is being loaded: its elements not defined yet, its failed downloads, the retry waiting. */
interface Loading {
  elements: Set<Element>;
  failures: number;
  cancel?: () => void;
}

export function startAutoloader(loaders: ElementLoaders, root: Element = document.documentElement): Autoloader {
  const loading = new Map<string, Loading>();
  let stopped = false;
  // Said once per tag. Not `warnOnce`: that lives in the shared code, which the autoloader must not
  // wait for before it asks for the elements' files.
  const reported = new Set<string>();
  const watchedRoots = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
  });

  function load(element: Element): void {
    const tag = element.localName;
    if (customElements.get(tag)) return;
    if (!Object.hasOwn(loaders, tag)) {
      if (!reported.has(tag)) console.warn(`[ger] <${tag}> is not a Ger element (check its spelling); it is left as it is.`);
      reported.add(tag);
      return;
    }
    const state = loading.get(tag);
    if (!state) {
      const first: Loading = { elements: new Set([element]), failures: 0 };
      loading.set(tag, first);
      fetchFile(tag, first);
    } else if (!state.elements.has(element)) {
      state.elements.add(element);
      // A new one while a failed download waits to be tried again: it is wanted now, so now.
      if (state.cancel) fetchFile(tag, state);
    }
  }

  function fetchFile(tag: string, state: Loading): void {
    state.cancel?.();
    state.cancel = undefined;
    loaders[tag]().then(
      // Defined: the elements need nothing more of the autoloader.
      () => loading.delete(tag),
      (error: unknown) => {
        console.error(`[ger] <${tag}> could not be loaded; it is asked for again when the connection is back.`, error);
        if (!stopped)
          state.cancel = retryLater(() => {
            state.cancel = undefined;
            // Only for elements still in the page; none left, the next one to appear asks again.
            if ([...state.elements].some((element) => element.isConnected)) fetchFile(tag, state);
            else loading.delete(tag);
          }, state.failures++);
      },
    );
  }

  /** A Ger element's shadow root exists once the element is defined; what it renders, now or later, is watched. */
  function watchShadowRoot(element: Element): void {
    if (watchedRoots.has(element)) return;
    watchedRoots.add(element);
    void customElements.whenDefined(element.localName).then(() => {
      if (element.shadowRoot) watch(element.shadowRoot);
    });
  }

  function watch(target: Element | Document | ShadowRoot): void {
    if (watchedRoots.has(target)) return;
    watchedRoots.add(target);
    observer.observe(target, { childList: true, subtree: true });
    scan(target);
  }

  /** Every Ger element under `node` (itself included): loaded if undefined, its shadow root watched. */
  function scan(node: Element | Document | ShadowRoot): void {
    const found = [...(isGerElement(node) ? [node] : []), ...[...node.querySelectorAll('*')].filter(isGerElement)];
    for (const element of found) {
      load(element);
      watchShadowRoot(element);
    }
  }

  function discover(node: Element | Document | ShadowRoot): void {
    // A document or a shadow root is watched; an element is in one already.
    if (node.nodeType === Node.DOCUMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) watch(node);
    else scan(node);
  }

  watch(root);
  return {
    discover,
    stop: () => {
      stopped = true;
      observer.disconnect();
      for (const state of loading.values()) state.cancel?.();
    },
  };
}
