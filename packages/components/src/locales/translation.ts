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

// --- Forms (issue 5) ---------------------------------------------------------------------------
/**
 * Strings of the form components. They are not part of `Translation`: each form component
 * registers the packs it uses (`locales/forms/*.ts`, see `addStrings` in registry.ts), so a page
 * with only a button downloads none of them and every entry stays within its size budget.
 * A language registered without them falls back to Mongolian, string by string.
 */
export interface FormStrings {
  // Every form control (locales/forms/field.ts)
  fieldRequired: string;
  fieldOptional: string;
  errorPrefix: string;
  valueMissing: string;
  // Choices: select, radio group, checkbox, checkbox group (locales/forms/choice.ts)
  choiceMissing: string;
  checkMissing: string;
  groupMissing: string;
  selectPlaceholder: string;
  // Typed text: length and character count (locales/forms/text.ts)
  tooLong: PluralForms;
  charactersLeft: PluralForms;
  charactersOver: PluralForms;
  // ger-text-field formats (locales/forms/format.ts)
  emailMismatch: string;
  telMismatch: string;
  numberMismatch: string;
  patternMismatch: string;
  rangeUnderflow: string;
  rangeOverflow: string;
  // ger-date-input (locales/forms/date.ts)
  dateYear: string;
  dateMonth: string;
  dateDay: string;
  dateFormat: string;
  dateMissing: string;
  dateIncomplete: string;
  dateInvalid: string;
  dateMin: string;
  dateMax: string;
  // ger-registration-number (locales/forms/registration.ts)
  registrationFormat: string;
  registrationLetters: string;
  registrationBirthDate: string;
  // ger-file-upload (locales/forms/file.ts)
  fileChoose: string;
  fileDrop: string;
  fileNone: string;
  fileRemove: string;
  fileRemoved: string;
  fileUploading: string;
  fileUploaded: string;
  fileMissing: string;
  fileTooBig: string;
  fileType: string;
  fileUploadFailed: string;
  // ger-form-steps, ger-check-answers, ger-error-summary (locales/forms/steps.ts)
  stepOf: string;
  stepsLabel: string;
  stepDone: string;
  stepContinue: string;
  stepBack: string;
  stepSkip: string;
  stepSubmit: string;
  stepErrorTitle: string;
  draftRestored: string;
  draftDiscard: string;
  draftUnreadable: string;
  draftOutdated: string;
  draftSaved: string;
  answerChange: string;
  answerNotGiven: string;
}

/** Every string a component may ask for: the core translation and the form packs. */
export type Strings = Translation & FormStrings;

/** A pack of form strings in Mongolian and English; other languages add theirs with `addStrings`. */
export type StringsPack<K extends keyof FormStrings> = Record<'mn' | 'en', Pick<FormStrings, K>>;

/** Keys whose value is a plain string (placeholders allowed). */
export type TermKey = {
  [K in keyof Strings]: Strings[K] extends string ? K : never;
}[keyof Strings];

/** Keys whose value depends on a count. */
export type PluralKey = {
  [K in keyof Strings]: Strings[K] extends PluralForms ? K : never;
}[keyof Strings];
