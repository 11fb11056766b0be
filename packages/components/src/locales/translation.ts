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

  // Display settings (ger-display-settings, ger-theme-toggle)
  displaySettings: string;
  textSize: string;
  textSpacing: string;
  spacingNormal: string;
  spacingWcag: string;
  spacingWide: string;
  colourTheme: string;
  themeSystem: string;
  themeLight: string;
  themeNight: string;
  themeContrast: string;
  /** After "follow the system": which theme that means now. */
  themeNow: string;
  motion: string;
  motionSystem: string;
  motionReduce: string;
  font: string;
  fontDefault: string;
  fontLegible: string;
  resetSettings: string;
  settingsWereReset: string;
  /** Announced after a change, e.g. "Text size: 150%". */
  settingChanged: string;
  forcedColoursNote: string;
  nightMode: string;
}

/** Keys whose value is a plain string (placeholders allowed). */
export type TermKey = {
  [K in keyof Translation]: Translation[K] extends string ? K : never;
}[keyof Translation];

/** Keys whose value depends on a count. */
export type PluralKey = {
  [K in keyof Translation]: Translation[K] extends PluralForms ? K : never;
}[keyof Translation];
