// The page side of bench/search-typing.mjs: typing into the catalogue, key by key, beside a
// plain page that filters the same services by title and rewrites its list as static HTML.
import '../../packages/components/src/service-catalog/service-catalog.js';
import type { GerServiceCatalog } from '../../packages/components/src/service-catalog/service-catalog.js';
import type { Service } from '../../packages/components/src/service-card/service-card.js';

declare global {
  interface Window {
    typingBench: {
      setup(variant: 'ger' | 'plain', url: string, staticItems?: string[]): Promise<void>;
      type(text: string, gap: number): Promise<number>;
      complete(): Promise<number>;
    };
  }
}

let services: Service[] = [];
let catalog: GerServiceCatalog | undefined;
let plainInput: HTMLInputElement | undefined;
let plainList: HTMLUListElement | undefined;
let plainItems: string[] = [];
let titles: string[] = [];

/** Forces style and layout now: the results are on screen at the next paint without more work. */
const layout = (element: Element) => element.getBoundingClientRect().height;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
let lastInput = 0;

window.typingBench = {
  async setup(variant, url, staticItems) {
    services = await (await fetch(url)).json();
    const root = document.getElementById('root')!;
    if (variant === 'ger') {
      catalog = document.createElement('ger-service-catalog');
      catalog.services = services;
      root.append(catalog);
      await catalog.resultsComplete;
    } else {
      // The usual hand-written search: lower-case substring of the title, list rewritten as HTML.
      plainItems = staticItems!;
      titles = services.map((service) => String((service.title as Record<string, string>).mn).toLowerCase());
      root.innerHTML = '<input type="search" aria-label="Хайх"><ul></ul>';
      plainInput = root.querySelector('input')!;
      plainList = root.querySelector('ul')!;
      plainInput.addEventListener('input', () => {
        const query = plainInput!.value.toLowerCase();
        plainList!.innerHTML = plainItems.filter((_, i) => titles[i].includes(query)).join('');
      });
      plainList.innerHTML = plainItems.join('');
    }
    layout(root);
    await new Promise((resolve) => setTimeout(resolve, 500));
  },

  /**
   * One keystroke, `gap` ms after the previous one: the field gets its new text and an input
   * event; timed until the results are styled and laid out.
   */
  async type(text, gap) {
    await wait(gap);
    const input = catalog ? catalog.shadowRoot!.querySelector('input')! : plainInput!;
    const started = (lastInput = performance.now());
    input.value = text;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    if (catalog) await catalog.updateComplete;
    layout(document.body);
    return performance.now() - started;
  },

  /** After the last keystroke of a word: the time from it until every result is in the list. */
  async complete() {
    if (catalog) await catalog.resultsComplete;
    layout(document.body);
    return performance.now() - lastInput;
  },
};
