import { html, isServer, nothing, type PropertyValues, type PropertyDeclarations } from 'lit';
import { defineElement, GerElement } from '../base/ger-element.js';
import { UrlStateController, type UrlWrite } from '../controllers/url-state.js';
import { serviceCatalogStrings } from '../locales/service-catalog.js';
import type { Service } from '../service-card/service-card.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { textIn } from '../utils/localized-text.js';
import { checkedUrl } from '../utils/url.js';
import { warnOnce } from '../utils/warn.js';
import { oneOf } from '../utils/one-of.js';
import type { TermKey } from '../locales/translation.js';
import type { Paging } from './paging.js';
import type { ProgressiveList } from './progressive-list.js';
import { categoryOf } from './category.js';
import { serviceCatalogStyles } from './service-catalog.styles.js';
import { headingLevel, renderHeading } from '../utils/heading.js';
import { pluralTerm } from '../controllers/localize.js';
import { retryLater } from '../utils/retry.js';
import { cached } from '../utils/intl-cache.js';

export type FeeFilter = '' | 'free' | 'paid';

/** The choices of the delivery and fee filters (the card's list is not imported: it would bring the card into the first download). */
const DELIVERIES = ['online', 'hybrid', 'in-person'] as const;
const FEES = ['free', 'paid'] as const;

type ResultsPart = typeof import('./results-part.js');
/** The search, list and cards (./results-part.ts): loaded when the first catalogue connects, beside its data. */
let resultsPart: ResultsPart | undefined;
let resultsPartLoaded: Promise<unknown> | undefined;

/** Loads the results part, once per page: a failed download is forgotten, so that the next try asks again. */
const loadResultsPart = () =>
  (resultsPartLoaded ??= import('./results-part.js').then(
    (module) => (resultsPart = module),
    (error: unknown) => {
      resultsPartLoaded = undefined;
      throw error;
    },
  ));

/**
 * @tagname ger-service-catalog
 * @summary Finds a public service: a search field that understands Cyrillic and Latin, Mongolian and English, filters, and the matching services as cards.
 *
 * Give it the services as the `services` property, or the URL of a JSON array as `src`; the
 * data is never part of the component's code. What is written inside the element is never shown
 * by it: write the services there as a list of links, and a reader whose scripts never come (a
 * download dropped on a slow link, JavaScript off) can still reach each one
 * (examples/agency-site/index.html does). Every result is rendered, in rank order, as a
 * `<ger-service-card>` in a list, so keyboard, screen-reader and find-in-page users reach each
 * one; the list is filled a slice per frame, which keeps rendering and typing fast.
 * The search is Ger's own (`search.ts`), chosen over MiniSearch and Fuse.js by measurement
 * (bench/search-engines.mjs). It loads, with the list and the cards, beside the data.
 *
 * With `page-size` the results come a page at a time, with `<ger-pagination>` below them. A
 * heading above each page says which page and which results it holds. When the reader chooses
 * another page, focus moves to that heading, which a screen reader reads (it is no live region:
 * nothing is said twice), and the start of the results comes into view if it is not on screen.
 *
 * @csspart form - The search form (a search landmark).
 * @csspart search - The search field.
 * @csspart filters - The group of filters.
 * @csspart count - The number of results (a status message).
 * @csspart page-heading - With `page-size`, heads the page of results shown: "Page 2 of 73, results 21 to 40 of 1,448". Focus moves to it when another page is chosen, and on Back and Forward while focus is among the results.
 * @csspart results - The list of services.
 * @csspart pagination - The pages of results (`<ger-pagination>`), with `page-size`.
 * @csspart empty - What is shown when nothing matches: how to get help.
 *
 * @fires ger-chat-request - When the user asks for the live chat from the empty state. Call `preventDefault()` to open your own chat; otherwise the page's `<ger-live-chat>` opens, or the `chat-href` link is followed.
 *
 * @cssprop --ger-border-width-thin - Decorative dividers.
 * @cssprop --ger-color-border - Decorative dividers only (no contrast requirement). Never the only outline of a control.
 * @cssprop --ger-color-focus-ring - Focus outline: 3:1 against surfaces.
 * @cssprop --ger-color-focus-ring-inner - Second colour drawn inside the focus outline, so the ring is visible on any background.
 * @cssprop --ger-color-link - Links.
 * @cssprop --ger-color-link-hover - Links on hover.
 * @cssprop --ger-color-surface-sunken - Wells, code blocks, table stripes.
 * @cssprop --ger-color-text-muted - Secondary text: hints, captions, metadata. Still 4.5:1 on every surface.
 * @cssprop --ger-focus-ring-offset - Gap between element and focus outline, filled with color.focus-ring-inner.
 * @cssprop --ger-focus-ring-width - Width of the focus outline, drawn in color.focus-ring (WCAG 2.4.13 asks for at least 2 px).
 * @cssprop --ger-font-family-sans - Body and UI text. System fonts that cover Mongolian Cyrillic (Ө ө, Ү ү), then fonts for the traditional Mongolian script; no web-font download.
 * @cssprop --ger-font-size-lg - 20 px at default text size. Lead paragraphs, small headings.
 * @cssprop --ger-font-size-sm - 14 px at default text size. Hints, captions, tags.
 * @cssprop --ger-font-weight-bold - Headings and emphasis. 14 pt (about 18.7 px) bold counts as large text for WCAG.
 * @cssprop --ger-font-weight-regular - Body text.
 * @cssprop --ger-input-background - Field background.
 * @cssprop --ger-input-border - Field border (3:1).
 * @cssprop --ger-input-border-width - Field border width.
 * @cssprop --ger-input-foreground - Typed text.
 * @cssprop --ger-input-min-size - Minimum block size of a field: the 44 px target.
 * @cssprop --ger-input-radius - Field corner radius.
 * @cssprop --ger-letter-spacing-body - Default letter spacing. Display settings override it (WCAG 1.4.12 asks for 0.12em to work).
 * @cssprop --ger-line-height-body - Paragraphs and form text (WCAG 1.4.12 asks that 1.5 can be applied).
 * @cssprop --ger-line-height-heading - Headings; leaves room for Cyrillic diacritics (Й, Ё) when lines wrap.
 * @cssprop --ger-radius-lg - Dialogs and large panels.
 * @cssprop --ger-size-target-minimum - Minimum size of every interactive target: 44 px at default text size (WCAG 2.5.5 AAA, the Ger standard).
 * @cssprop --ger-space-2xs - 4 px at default text size.
 * @cssprop --ger-space-lg - 24 px at default text size.
 * @cssprop --ger-space-md - 16 px at default text size.
 * @cssprop --ger-space-sm - 12 px at default text size.
 * @cssprop --ger-space-xs - 8 px at default text size.
 * @cssprop --ger-word-spacing-body - Default word spacing. Display settings override it (WCAG 1.4.12 asks for 0.16em to work).
 * @dependency ger-service-card
 * @dependency ger-pagination
 *
 * @cssprop --ger-size-measure - Maximum line length of running text (about 70 characters).
 */
export class GerServiceCatalog extends GerElement {
  static override styles = [...sharedStyles, serviceCatalogStyles];
  static override properties: PropertyDeclarations = {
    services: { attribute: false },
    src: {},
    query: {},
    category: {},
    delivery: {},
    fee: {},
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    cardVariant: { attribute: 'card-variant' },
    pageSize: { type: Number, attribute: 'page-size' },
    chatHref: { attribute: 'chat-href' },
    loadState: { state: true, attribute: false },
    partFailed: { state: true, attribute: false },
    ready: { state: true, attribute: false },
    announced: { state: true, attribute: false },
    page: { state: true, attribute: false },
  };
  static override strings = serviceCatalogStrings;

  /** The services to search, in the order shown when nothing is typed. */
  services: readonly Service[] = [];

  /** A URL to load the services from (a JSON array), used when `services` is not set. */
  src = '';

  /** The search text. */
  query = '';

  /** Shows only this category (a service's `categoryId`). */
  category = '';

  /** Shows only services delivered this way: `online`, `hybrid` or `in-person`. */
  delivery = '';

  /** Shows only `free` or only `paid` services. */
  fee: FeeFilter = '';

  /** Keeps the search and filters in the page URL (`?q=&category=&delivery=&fee=`): bookmarks, sharing and the back button work. */
  syncUrl = false;

  /** Level of the cards' headings (and of the "nothing found" heading), 2 to 6. */
  headingLevel = 2;

  /** The cards' variant: `full` or `compact`. */
  cardVariant = 'full';

  /** Shows the results this many to a page, each headed by which page it is, with `<ger-pagination>` below them (the page goes into the URL with `sync-url`); 0, the default, shows every result. */
  pageSize = 0;

  /** Where the live chat is, for the help shown when nothing is found. */
  chatHref = '';

  private loadState: '' | 'loading' | 'failed' = '';
  /** Whether the results part (search, list, cards) has loaded. */
  private ready = Boolean(resultsPart);
  /** Its download failed (the status says so, with a Retry button, rather than "loading" for ever). */
  private partFailed = false;
  /** Failed downloads so far, for the wait before the next try (see `retryLater`), and that try. */
  private failures = 0;
  private cancelRetry?: () => void;
  /** The result count as announced: it waits until typing pauses, so a screen reader is not interrupted at every key. */
  private announced?: number;

  /** The page of results shown, counting from 1, when `page-size` is set. */
  private page = 1;

  /** The results on the page shown, and the pages: once the results part has loaded. */
  private paging?: Paging;

  /** The results list: rendered in every state, so it is there once the first update is done. */
  private get list(): HTMLUListElement {
    return this.renderRoot.querySelector('ul')!;
  }

  private results: number[] = [];
  private resultsChanged = false;
  /** The categories the services have, found once per list of services (filters run on every keystroke). */
  private categoryIds?: string[];
  /** The category filter's choices, sorted by name: once per list of services and language, not on every keystroke. */
  private categoryChoices?: { lang: string; choices: [string, string][] };
  private items = new Map<Service, HTMLLIElement>();
  private progressive?: ProgressiveList<Service>;
  /** Stops building the search index of services no longer shown. */
  private stopIndex?: () => void;
  private loading?: AbortController;
  private announceTimer?: ReturnType<typeof setTimeout>;

  private readonly url = new UrlStateController(
    this,
    (params) => {
      this.query = params.get('q') ?? '';
      this.category = params.get('category') ?? '';
      this.delivery = params.get('delivery') ?? '';
      this.fee = (params.get('fee') ?? '') as FeeFilter;
      // `page` is the catalogue's only with page-size: otherwise the parameter is the page's own.
      if (this.pageSize > 0) this.page = Math.max(1, Math.floor(Number(params.get('page'))) || 1);
    },
    () => ({
      q: this.query.trim(),
      category: this.category,
      delivery: this.delivery,
      fee: this.fee,
      ...(this.pageSize > 0 ? { page: this.page > 1 ? String(this.page) : '' } : {}),
    }),
  );

  override connectedCallback(): void {
    super.connectedCallback();
    this.retry();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.progressive?.stop();
    this.stopIndex?.();
    this.loading?.abort();
    clearTimeout(this.announceTimer);
    this.cancelRetry?.();
  }

  /**
   * Downloads what the catalogue lacks: its results part, and its services from `src` after a
   * failure. As it connects, from the Retry button, and by itself after a failure (`failed`).
   */
  private retry = () => {
    this.cancelRetry?.();
    this.partFailed = false;
    loadResultsPart().then(
      () => (this.ready = true),
      (error: unknown) => {
        console.error(this, error);
        this.partFailed = true;
        this.failed();
      },
    );
    if (this.loadState === 'failed') void this.load(this.src);
  };

  /**
   * A download failed: the status says so, with a Retry button, and it is tried again by itself
   * while the catalogue is in the page, when the browser is back online or after a while (`retryLater`).
   */
  private failed() {
    this.cancelRetry?.();
    this.cancelRetry = this.isConnected ? retryLater(this.retry, this.failures++) : undefined;
  }

  /** The Retry button: tries at once; focus goes to the status, which says how it goes (the button is gone meanwhile). */
  private retryNow() {
    this.retry();
    this.renderRoot.querySelector<HTMLElement>('.count')?.focus();
  }

  private async load(src: string) {
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    this.loadState = 'loading';
    try {
      const response = await fetch(src, { signal: loading.signal });
      const data: unknown = await response.json();
      if (!response.ok || !Array.isArray(data)) throw new Error(`${response.status}`);
      this.loadState = '';
      this.services = data;
    } catch (error) {
      if (loading.signal.aborted) return;
      warnOnce(`<ger-service-catalog> could not load services from src="${src}": ${String(error)}`);
      this.loadState = 'failed';
      this.failed();
    }
  }

  /**
   * A filter's value, or every service with one warning for a value it does not know (a mistyped
   * or old link, an attribute): no filter the user cannot see. A category is known when a service
   * has it; until the services come, it is kept.
   */
  private filterValue(name: 'category' | 'delivery' | 'fee'): string {
    const { services } = this;
    if (name === 'category' && !services.length) return this.category;
    const known = name === 'fee' ? FEES : name === 'delivery' ? DELIVERIES : (this.categoryIds ??= [...new Set(services.map(categoryOf))]);
    return oneOf<string>(this, name, this[name], known, '');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.url.enabled = this.syncUrl;
    if (!this.hasUpdated) this.url.restore();
    if (changed.has('src') && this.src && !this.services.length) void this.load(this.src);
    if (changed.has('services')) {
      const valid = Array.isArray(this.services) ? this.services.filter((s) => s && typeof s === 'object') : [];
      if (valid.length !== (this.services as unknown[])?.length) {
        warnOnce('<ger-service-catalog> services must be an array of objects; other entries are left out.');
        this.services = valid;
      }
      this.categoryIds = this.categoryChoices = undefined;
      this.items.clear();
    }
    const fresh = changed.has('services') || (changed as Map<PropertyKey, unknown>).has('ready');
    // Build the search index soon after the cards are shown, not on the first keystroke.
    if (fresh && resultsPart && this.services.length && !isServer) {
      this.stopIndex?.();
      this.stopIndex = resultsPart.prepareIndex(this.services);
    }
    const filters = ['query', 'category', 'delivery', 'fee'] as const;
    this.resultsChanged =
      fresh || changed.has('headingLevel') || changed.has('cardVariant') || (changed as Map<PropertyKey, unknown>).has('page') || changed.has('pageSize');
    if (fresh || filters.some((name) => changed.has(name))) {
      this.resultsChanged = true;
      this.results = resultsPart
        ? resultsPart.matching(this.services, this.query.trim(), this.filterValue('category'), this.filterValue('delivery'), this.filterValue('fee'))
        : [];
      // Typing waits for a pause; anything else is announced at once.
      clearTimeout(this.announceTimer);
      if (changed.size === 1 && changed.has('query')) this.announceTimer = setTimeout(() => this.announce(), 700);
      else this.announce();
    }
    this.paging = resultsPart?.paginate(this.results, this.pageSize, this.page, this.getAttribute('page-size') ?? undefined);
  }

  private announce() {
    this.announced = this.services.length ? this.results.length : undefined;
  }

  /** Another page of results, chosen in the pagination: in the URL too (the results part moves focus to it). */
  private turnTo = (page: number) => {
    this.page = page;
    this.url.write('push');
  };

  protected override updated(): void {
    if (this.resultsChanged && resultsPart) {
      this.progressive = resultsPart.showCards(
        this.list,
        this.progressive,
        this.items,
        (this.paging?.shown ?? []).map((i) => this.services[i]),
        headingLevel(this, this.headingLevel, 2),
        this.cardVariant,
      );
      resultsPart.followPage(this.renderRoot as ShadowRoot, this.paging);
    }
  }

  /**
   * Resolves when every result is in the list. The first results are there when the update is
   * done (`updateComplete`); the rest follow a slice per frame, so that typing stays fast.
   */
  get resultsComplete(): Promise<void> {
    return this.whenComplete();
  }

  private async whenComplete() {
    await resultsPartLoaded;
    await this.updateComplete;
    await resultsPart?.cardsShown(this.list, this.progressive);
  }

  /** A new search or filter: back to the first page of its results. */
  private change(how: UrlWrite, apply: () => void) {
    apply();
    this.page = 1;
    this.url.write(how);
  }

  private onInput(event: Event) {
    this.change('typing', () => (this.query = (event.target as HTMLInputElement).value));
  }

  private onFilter(event: Event) {
    const select = event.target as HTMLSelectElement;
    this.change('push', () => ((this as unknown as Record<string, string>)[select.name] = select.value));
  }

  private clear() {
    this.change('push', () => (this.query = this.category = this.delivery = this.fee = ''));
    this.renderRoot.querySelector('input')?.focus();
  }

  /** The page's own handler, else the page's `<ger-live-chat>`, else the `chat-href` link. */
  private requestChat(event: Event) {
    const chat = document.querySelector<Element & { show?(): unknown }>('ger-live-chat');
    if (!this.emit('ger-chat-request', { query: this.query }, true)) event.preventDefault();
    else if (chat?.show) {
      event.preventDefault();
      void chat.show();
    }
  }

  /**
   * A filter: a label and a native select, whose first option shows everything. `selected`
   * sets the first choice; `.value` keeps it in step later (once a user has chosen, browsers
   * no longer follow `selected`), e.g. on the back button.
   */
  private filter(name: 'category' | 'delivery' | 'fee', label: string, any: string, options: [string, string][]) {
    const value = this.filterValue(name);
    return html`<label
      >${label}
      <select class="focusable" name=${name} .value=${value} @change=${this.onFilter}>
        <option value="" ?selected=${!value}>${any}</option>
        ${options.map(([id, text]) => html`<option value=${id} ?selected=${id === value}>${text}</option>`)}
      </select></label
    >`;
  }

  /** Each category's id and name in `lang`, sorted by name (a collator per language: `localeCompare` with a language makes one per comparison). */
  private categoriesIn(lang: string): [string, string][] {
    if (this.categoryChoices?.lang !== lang) {
      const names = new Map<string, string>();
      for (const service of this.services) names.set(categoryOf(service), textIn(service.category, lang) || categoryOf(service));
      const collator = cached(Intl.Collator, lang);
      this.categoryChoices = { lang, choices: [...names].sort((a, b) => collator.compare(a[1], b[1])) };
    }
    return this.categoryChoices.choices;
  }

  override render() {
    const term = (key: TermKey) => this.localize.term(key);
    const lang = this.localize.lang;
    const level = headingLevel(this, this.headingLevel, 2);
    const chatHref = checkedUrl(this.chatHref, '<ger-service-catalog> chat-href');
    const filtered = this.query || this.filterValue('category') || this.filterValue('delivery') || this.filterValue('fee');
    const failed = this.loadState === 'failed' || this.partFailed;
    const loading = !failed && (this.loadState === 'loading' || (!this.ready && this.services.length > 0));
    const empty = this.ready && this.services.length > 0 && this.results.length === 0;

    return html`
      <form part="form" role="search" aria-label=${term('catalogSearch')} @submit=${(e: Event) => e.preventDefault()}>
        <label for="search">${term('catalogSearch')}</label>
        <p class="hint" id="hint">${term('catalogSearchHint')}</p>
        <input
          part="search"
          class="focusable"
          id="search"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="hint"
          .value=${this.query}
          @input=${this.onInput}
          @change=${() => this.url.write('commit')}
        />
        <fieldset part="filters">
          <legend>${term('catalogFilters')}</legend>
          ${this.filter('category', term('serviceCategory'), term('catalogAnyCategory'), this.categoriesIn(lang))}
          ${this.filter('delivery', term('serviceDelivery'), term('catalogAnyDelivery'), [
            ['online', term('serviceOnline')],
            ['hybrid', term('serviceHybrid')],
            ['in-person', term('serviceInPerson')],
          ])}
          ${this.filter('fee', term('serviceFee'), term('catalogAnyFee'), [
            ['free', term('serviceFree')],
            ['paid', term('catalogPaid')],
          ])}
        </fieldset>
      </form>
      <p part="count" class="count" role="status" tabindex="-1">
        ${
          loading
            ? term('loading')
            : failed
              ? term('catalogLoadFailed')
              : this.announced === undefined
                ? ''
                : pluralTerm(this.localize, 'resultCount', this.announced)
        }
      </p>
      ${this.paging ? resultsPart!.renderPageHeading(this.paging, this.localize, level) : nothing}
      <ul part="results" role="list" ?hidden=${empty}></ul>
      ${this.paging ? resultsPart!.renderPagination(this.paging, this.turnTo) : nothing}
      ${
        empty || failed
          ? html`<div part="empty" class="empty">
            ${
              empty
                ? html`${renderHeading(level, term('catalogNoResults'))}
                  <p>${term('catalogNoResultsHelp')}</p>`
                : nothing
            }
            <p class="actions">
              ${failed ? html`<button class="focusable" type="button" @click=${this.retryNow}>${term('catalogRetry')}</button>` : nothing}
              ${empty && filtered ? html`<button class="focusable" type="button" @click=${this.clear}>${term('catalogClear')}</button>` : nothing}
              ${
                chatHref
                  ? html`<a class="focusable" href=${chatHref} @click=${this.requestChat}>${term('catalogChat')}</a>`
                  : html`<button class="focusable" type="button" @click=${this.requestChat}>${term('catalogChat')}</button>`
              }
              <a class="focusable" href="tel:1111">${term('catalogHotline')}</a>
            </p>
          </div>`
          : nothing
      }
    `;
  }
}

defineElement('ger-service-catalog', GerServiceCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'ger-service-catalog': GerServiceCatalog;
  }
}
