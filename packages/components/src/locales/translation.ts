/** Plural forms keyed by `Intl.PluralRules` categories; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The shape every locale file fills in. Adding a key here makes TypeScript demand it in every
 * locale, so no language can silently miss a string.
 */
export interface Translation {
  /** BCP 47 code of the language, e.g. `mn` or `en`. */
  $code: string;
  /** The language's own name, e.g. `Монгол`. */
  $name: string;

  loading: string;
  opensInNewTab: string;
  skipToContent: string;
  dismiss: string;
  dismissNotification: string;
  bannerInformation: string;
  bannerSuccess: string;
  bannerWarning: string;
  bannerDanger: string;
  resultCount: PluralForms;
}

/**
 * Strings that only some components use, in each language, kept out of `Translation` so that
 * they are bundled only with those components (every entry must stay within the size budget).
 * Mongolian is required and is the fallback; add a language with `feature.kk = { ... }` before
 * the elements render (or call `registerTranslation` afterwards to re-render them).
 */
export type FeatureTranslations<T> = { mn: T; [lang: string]: T };

// Service discovery: ger-service-card's strings (ServiceCardTranslation) and the catalogue's
// (ServiceCatalogTranslation), in locales/service-card.{mn,en}.ts and service-catalog.{mn,en}.ts,
// each bundled only with the components that use it.
export interface ServiceCardTranslation {
  category: string;
  delivery: string;
  fee: string;
  processingTime: string;
  /** Delivery modes and statuses, keyed by their value in the data. */
  online: string;
  hybrid: string;
  'in-person': string;
  new: string;
  updated: string;
  unavailable: string;
  feeFree: string;
  processingImmediate: string;
  processingDays: PluralForms;
  startService: string;
}
export interface ServiceCatalogTranslation {
  searchLabel: string;
  searchHint: string;
  filters: string;
  anyCategory: string;
  anyDelivery: string;
  anyFee: string;
  feePaid: string;
  noResults: string;
  noResultsHelp: string;
  clearSearch: string;
  liveChat: string;
  hotline: string;
  loadFailed: string;
}

/** Keys whose value is a plain string (placeholders allowed). */
export type TermKey = {
  [K in keyof Translation]: Translation[K] extends string ? K : never;
}[keyof Translation];

/** Keys whose value depends on a count. */
export type PluralKey = {
  [K in keyof Translation]: Translation[K] extends PluralForms ? K : never;
}[keyof Translation];
