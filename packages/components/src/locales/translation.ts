/** Plural forms keyed by `Intl.PluralRules` categories; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every string Ger says, in one typed shape. The values live beside each other per component
 * (`locales/<component>.ts`, Mongolian and English together) and are assembled per language in
 * `mn.ts` and `en.ts`; adding a key here makes TypeScript demand it in both.
 */
export interface Translation {
  /** BCP 47 code of the language, e.g. `mn` or `en`. */
  $code: string;
  /** The language's own name, e.g. `Монгол`. */
  $name: string;

  loading: string;
  opensInNewTab: string;
  skipToContent: string;
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
  /** "Follow my device's setting", for the theme and for motion. */
  followDevice: string;
  themeLight: string;
  themeNight: string;
  themeContrast: string;
  /** After "follow the system": which theme that means now. */
  themeNow: string;
  motion: string;
  motionReduce: string;
  font: string;
  fontDefault: string;
  fontLegible: string;
  resetSettings: string;
  settingsWereReset: string;
  forcedColoursNote: string;
  nightMode: string;

  // Live chat (ger-live-chat): the launcher's strings (locales/live-chat.ts), then the panel's,
  // which load with the panel (locales/live-chat-panel.ts).
  chatTitle: string;
  chatLauncher: string;
  chatUnread: PluralForms;
  chatLoadFailed: string;
  chatHotline: string;
  chatClose: string;
  chatOnline: string;
  chatBusy: string;
  chatOffline: string;
  chatHoursDefault: string;
  chatConnecting: string;
  chatReconnecting: string;
  chatReconnected: string;
  chatTooManyTabs: string;
  chatMessages: string;
  chatEmpty: string;
  chatYou: string;
  chatAgent: string;
  chatAgentNamed: string;
  chatBot: string;
  chatSending: string;
  chatSent: string;
  chatDelivered: string;
  chatFailed: string;
  chatRetry: string;
  chatEdit: string;
  chatTooLong: string;
  chatFileTooLarge: string;
  chatFileType: string;
  chatFileQuota: string;
  chatQueueFull: string;
  chatForget: string;
  chatForgotten: string;
  chatNotSent: string;
  chatMessageLabel: string;
  chatHint: string;
  chatSend: string;
  chatAttach: string;
  chatRemoveAttachment: string;
  chatAttachment: string;
  chatTyping: string;
  chatTranscript: string;
  chatPrechatIntro: string;
  chatName: string;
  chatTopic: string;
  chatOptional: string;
  chatStart: string;
  chatLeave: string;
  chatLeaveLabel: string;
  chatReference: string;
  // --- Forms ---
  // Every form control (locales/form-control.ts)
  fieldRequired: string;
  fieldOptional: string;
  errorPrefix: string;
  valueMissing: string;
  // Choices: select, radio group, checkbox, checkbox group (locales/select.ts, radio-group.ts, checkbox.ts, checkbox-group.ts)
  choiceMissing: string;
  checkMissing: string;
  groupMissing: string;
  selectPlaceholder: string;
  // Typed text: the length limit (locales/text-control.ts) and character count (locales/character-count.ts)
  tooLong: PluralForms;
  charactersLeft: PluralForms;
  charactersOver: PluralForms;
  // ger-text-field formats (locales/text-field.ts)
  emailMismatch: string;
  telMismatch: string;
  numberMismatch: string;
  patternMismatch: string;
  rangeUnderflow: string;
  rangeOverflow: string;
  // ger-date-input (locales/date-input.ts; its checks in locales/date-checks.ts)
  dateYear: string;
  dateMonth: string;
  dateDay: string;
  dateMissingPart: string;
  dateMissingParts: string;
  dateParts: string;
  dateInvalid: string;
  dateMin: string;
  dateMax: string;
  /** A typed date that is one of the field's unavailable days: {date} in words. */
  dateUnavailable: string;
  // ger-date-input's "Choose date" button (locales/date-picker.ts), which loads with a field that has `picker`
  /** The button that opens the calendar. */
  datePickerButton: string;
  /** Read after the button's text once a date is there: {date} in words. */
  datePickerChosen: string;
  // ger-date-input's calendar (locales/date-calendar.ts), which loads when first opened
  /** The twelve month names as they follow a year ("2026 оны гуравдугаар сар"), separated by `|`. */
  calendarMonths: string;
  /** The month shown: {month} from calendarMonths and {year}. */
  calendarMonthYear: string;
  /** The seven weekday names, Monday first, separated by `|`. */
  calendarWeekdays: string;
  /** The same, shortened for the columns, separated by `|`. */
  calendarWeekdaysShort: string;
  /** A day's name in the grid: {date} in words and its {weekday}. */
  calendarDay: string;
  calendarToday: string;
  calendarUnavailable: string;
  calendarPreviousMonth: string;
  calendarNextMonth: string;
  calendarPreviousYear: string;
  calendarNextYear: string;
  calendarClose: string;
  /** How to use the grid by keyboard, shown under it. */
  calendarKeys: string;
  // ger-registration-number (locales/registration-number.ts)
  registrationFormat: string;
  registrationLetters: string;
  registrationBirthDate: string;
  // ger-file-upload (locales/file-upload.ts; once a file is chosen, locales/file-handling.ts)
  fileChoose: string;
  fileDrop: string;
  fileRemove: string;
  fileRemoved: string;
  fileUploading: string;
  fileUploaded: string;
  fileChosen: string;
  fileMissing: string;
  fileTooBig: string;
  fileType: string;
  /** `image/*` in the list of allowed types: "зураг". */
  fileTypeImages: string;
  fileUploadFailed: string;
  /** Uploads a file whose upload failed again; read with the file's name. */
  fileRetry: string;
  // File sizes, in ger-file-upload and the live chat (locales/file-size.ts, utils/file-size.ts)
  /** A size in bytes, by plural form: `{count} байт`. */
  fileSizeBytes: PluralForms;
  /** The larger units after a figure, in order and separated by `|`: `кБ|МБ|ГБ|ТБ`. */
  fileSizeUnits: string;
  // ger-form-steps (locales/form-steps.ts, form-steps-page.ts, form-drafts.ts) and ger-check-answers (locales/check-answers.ts)
  stepOf: string;
  stepsLabel: string;
  stepContinue: string;
  stepBack: string;
  stepSkip: string;
  stepSubmit: string;
  stepErrorTitle: string;
  stepsSentTitle: string;
  draftRestored: string;
  draftDiscard: string;
  draftUnreadable: string;
  draftOutdated: string;
  draftSaved: string;
  draftSent: string;
  draftUnavailable: string;
  draftNotSaved: string;
  /** A summary list's action (ger-summary-list, ger-check-answers): "Change", then the row's key, visually hidden. */
  answerChange: string;
  answerNotGiven: string;
  // Page shell, notices, request tracking and feedback (ger-header, ger-footer, ger-breadcrumbs,
  // ger-language-switch, ger-notice-list, ger-site-alert, ger-status-tracker, ger-request-lookup, ger-feedback)
  menu: string;
  mainNavigation: string;
  languageSwitch: string;
  breadcrumbs: string;
  footerHelp: string;
  /** Before the hotline number, e.g. "Лавлах утас". */
  hotline: string;
  hotlineNote: string;
  email: string;
  liveChat: string;
  contactPage: string;
  footerLinks: string;
  accessibilityStatement: string;
  responsibleAgency: string;
  noticeFilter: string;
  allCategories: string;
  noticeNew: string;
  noticeCount: PluralForms;
  noticeNewCount: PluralForms;
  noNotices: string;
  siteAlertEmergency: string;
  siteAlertWarning: string;
  siteAlertInformation: string;
  hideAlert: string;
  showAlert: string;
  statusSubmitted: string;
  statusReceived: string;
  statusAssigned: string;
  statusInReview: string;
  statusInfoNeeded: string;
  statusDecided: string;
  statusClosed: string;
  /** The status region: "Одоогийн төлөв: {status}". */
  currentStatus: string;
  referenceNumber: string;
  legalDeadline: string;
  /** The deadline passed without a decision: {date} and {count} days. */
  overdue: PluralForms;
  progress: string;
  responsibleUnit: string;
  lookupTitle: string;
  lookupLabel: string;
  lookupHint: string;
  lookupSubmit: string;
  lookupEmpty: string;
  lookupInvalid: string;
  lookupNotFound: string;
  /** A lookup under way (the page's request has not answered yet). */
  lookupChecking: string;
  /** The lookup failed (the network, the server): not the same as "not found". */
  lookupFailed: string;
  /** The lookup has gone unanswered for a while (still waited for): the reader may wait, try again or call. */
  lookupSlow: string;
  lookupRetry: string;
  feedbackQuestion: string;
  yes: string;
  no: string;
  ratingLegend: string;
  ratingLowest: string;
  ratingHighest: string;
  commentLabel: string;
  commentHint: string;
  sendFeedback: string;
  feedbackThanks: string;
  feedbackSending: string;
  /** The page could not send the feedback: the answers stay for another try. */
  feedbackFailed: string;
  /** The page's request has gone unanswered for a while (still waited for): the reader may wait or send again. */
  feedbackSlow: string;

  // Service discovery: ger-service-card (locales/service-card.ts) and ger-service-catalog
  // (locales/service-catalog.ts, with resultCount from locales/search.ts).
  serviceCategory: string;
  serviceDelivery: string;
  serviceFee: string;
  serviceProcessingTime: string;
  serviceOnline: string;
  serviceHybrid: string;
  serviceInPerson: string;
  serviceNew: string;
  serviceUpdated: string;
  serviceUnavailable: string;
  serviceFree: string;
  serviceImmediately: string;
  /** "{count} working days". */
  serviceProcessingDays: PluralForms;
  /** The call to action's label when the data gives none. */
  serviceStart: string;
  catalogSearch: string;
  catalogSearchHint: string;
  catalogFilters: string;
  catalogAnyCategory: string;
  catalogAnyDelivery: string;
  catalogAnyFee: string;
  catalogPaid: string;
  catalogNoResults: string;
  catalogNoResultsHelp: string;
  catalogClear: string;
  catalogChat: string;
  catalogHotline: string;
  catalogLoadFailed: string;
  /** The button that loads the list of services again now, after a failure. */
  catalogRetry: string;
  /**
   * Heads a page of results with `page-size`, and is what a screen reader reads when another page
   * takes focus: "Page {page} of {pages}, results {from} to {to} of {total}" (`one`: the page holds
   * only result {from}).
   */
  catalogPageHeading: PluralForms;

  // ger-panel
  /** The label above the reference number. */
  panelReference: string;

  // ger-task-list
  taskCompleted: string;
  taskInProgress: string;
  taskNotStarted: string;
  taskCannotStart: string;
  /** "3 of 7 sections completed": `{count}` is the number of tasks (it picks the plural), `{done}` those completed. */
  taskCount: PluralForms;

  // ger-accordion
  /** The button that opens every section. */
  accordionShowAll: string;
  /** The same button once every section is open: it closes them all. */
  accordionHideAll: string;
  /** Announced after the button opened every section. */
  accordionAllShown: string;
  /** Announced after the button closed every section. */
  accordionAllHidden: string;

  // ger-accordion-section
  /** Beside a closed section's heading: the word that opens it. */
  accordionSectionShow: string;
  /** Beside an open section's heading: the word that closes it. */
  accordionSectionHide: string;
  /** What a screen reader hears for the "Show" word ("Show this section"); contains it, for voice control. */
  accordionSectionShowLabel: string;
  /** The same for "Hide". */
  accordionSectionHideLabel: string;

  // ger-details
  /** The summary of a ger-details whose author gave none. */
  detailsSummary: string;
  // ger-dialog
  /** The close button's visible label (also closes with Escape). */
  dialogClose: string;
  /** The second action of a confirm dialog when `cancel-label` is not given. */
  dialogCancel: string;
  /** The name of the dialog's body while it scrolls (it takes focus so the keyboard can scroll it). */
  dialogContent: string;

  // ger-consent-banner
  /** The banner's heading. */
  consentHeading: string;
  /** What the site asks, when the page gives no text of its own. */
  consentQuestion: string;
  /** The accept button. */
  consentAccept: string;
  /** The reject button: the same weight and wording as accept. */
  consentReject: string;
  /** The link to the cookie policy (`details-href`). */
  consentDetails: string;
  /** Said after accepting. */
  consentAccepted: string;
  /** Said after rejecting. */
  consentRejected: string;
  /** How to change the choice later (before the link to the details). */
  consentChangeLater: string;
  /** The button that hides the confirmation. */
  consentHide: string;
  // ger-warning-text
  /** Read before the warning (visually hidden): "Warning". */
  warningTextPrefix: string;

  // ger-back-link
  /** The back link's text when the page gives none. */
  backLinkText: string;

  // ger-side-nav
  /** The navigation's name, and its button on a narrow screen, when the page gives no heading. */
  sideNavLabel: string;

  // ger-password-input
  /** The show/hide button's visible text (a toggle: its pressed state says whether the password shows). */
  passwordShow: string;
  /** The show/hide button's name; contains its visible text. */
  passwordShowLabel: string;
  /** Said when the password becomes visible. */
  passwordShown: string;
  /** Said when the password is hidden again. */
  passwordHidden: string;
  /** Shown and said while Caps Lock is on. */
  passwordCapsLock: string;
  /** A password is never shown in check answers: this stands in for it. */
  passwordConcealed: string;
  /** The password is shorter than `minlength`; {min} is the number of characters. */
  passwordTooShort: string;
  // ger-table
  /** The one cell of a table built from data with no rows. */
  tableEmpty: string;
  /** Name of a table's scrolling region when the table has no caption. */
  tableRegion: string;
  /** Announced after sorting; {column} is the column header. */
  tableSortedAscending: string;
  tableSortedDescending: string;

  // ger-pagination
  /** Name of the pagination's navigation landmark. */
  paginationLabel: string;
  paginationPrevious: string;
  paginationNext: string;
  /** Read after "Previous" and "Next" (visually hidden), with its leading space: "Previous page". */
  paginationPageWord: string;
  /** A page number's name; {page} is the number. */
  paginationPage: string;
  // ger-combobox
  /** Name of the button that opens the list. */
  comboboxShowOptions: string;
  /** Announced as the list changes. */
  comboboxCount: PluralForms;
  comboboxNoMatches: string;
  /** Below the first matches shown, when there are more. */
  comboboxMore: PluralForms;
  comboboxSearching: string;
  /** In the list when `search` failed (the server or the connection), before Try again. */
  comboboxSearchFailed: string;
  /** The button that asks `search` again, in the list and under the field. */
  comboboxRetry: string;
  /** With `restrict` and `search`: the reader left text that the failed search could not check; it is kept. `{text}` is what was typed. */
  comboboxUnchecked: string;
  /** With `restrict`: typed text that is no option is put back; `{text}` is what was typed. */
  comboboxNotInList: string;
  /** With `restrict`: the value (say, from a draft) is no option. */
  comboboxChooseFromList: string;
}

/** Keys whose value is a plain string (placeholders allowed). */
export type TermKey = {
  [K in keyof Translation]: Translation[K] extends string ? K : never;
}[keyof Translation];

/** Keys whose value depends on a count. */
export type PluralKey = {
  [K in keyof Translation]: Translation[K] extends PluralForms ? K : never;
}[keyof Translation];
