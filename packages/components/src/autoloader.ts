/**
 * The CDN autoloader's runtime (the build wraps it into `dist/cdn/autoloader.js` with one loader
 * per element of the Custom Elements Manifest): a page adds one script tag, and each `ger-*`
 * element is defined when it first appears, by importing the file that holds it: its own, or one
 * it shares with the elements it always comes with (the page shell's, an accordion's sections),
 * which are then defined with it.
 *
 * It watches the document and the shadow roots of the Ger elements it sees, so an element that
 * a Ger element renders in its shadow root (the header's display settings) loads too.
 */

/** Tag name to the import of the module that defines it. */
export type ElementLoaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Loads the Ger elements under `root` and watches it: for roots the autoloader cannot see (a closed shadow root). */
  discover(root: Element | Document | ShadowRoot): void;
  /** Stops watching (the elements already loaded stay defined). */
  stop(): void;
}

const PREFIX = 'ger-';
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

export function startAutoloader(loaders: ElementLoaders, root: Element = document.documentElement): Autoloader {
  const requested = new Set<string>();
  // Said once per tag. Not `warnOnce`: that lives in the shared code, which the autoloader must not
  // wait for before it asks for the elements' files.
  const reported = new Set<string>();
  const watchedRoots = new WeakSet<Node>();
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) discover(node as Element);
  });

  function load(tag: string): void {
    if (requested.has(tag) || customElements.get(tag)) return;
    const loader = Object.hasOwn(loaders, tag) ? loaders[tag] : undefined;
    if (!loader) {
      if (!reported.has(tag)) console.warn(`[ger] <${tag}> is not a Ger element (check its spelling); it is left as it is.`);
      reported.add(tag);
      return;
    }
    requested.add(tag);
    loader().catch((error: unknown) => {
      // A failed download (offline for a moment) may be retried when the element appears again.
      requested.delete(tag);
      console.error(`[ger] <${tag}> could not be loaded.`, error);
    });
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
      load(element.localName);
      watchShadowRoot(element);
    }
  }

  function discover(node: Element | Document | ShadowRoot): void {
    // A document or a shadow root is watched; an element is in one already.
    if (node.nodeType === Node.DOCUMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) watch(node);
    else scan(node);
  }

  watch(root);
  return { discover, stop: () => observer.disconnect() };
}
