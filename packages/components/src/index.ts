export { GerElement, defineElement } from './base/ger-element.js';
export { GerFormAssociatedElement } from './base/form-associated.js';
export type { FeedbackAnswers, GerEvent, GerEventDetails, GerEventName, GerNativeEvent, WaitUntil } from './base/events.js';
export { LocalizeController, nearestLang } from './controllers/localize.js';
export { registerTranslation, resolveLanguage, DEFAULT_LANG, BUILT_IN_LANGUAGES } from './locales/registry.js';
export type { RegisteredTranslation } from './locales/registry.js';
export { defineStrings } from './locales/strings.js';
export type { Strings, StringKey } from './locales/strings.js';
export type { Translation, PluralForms } from './locales/translation.js';
export { mn } from './locales/mn.js';
export { en } from './locales/en.js';

export { GerButton } from './button/button.js';
export type { ButtonSize, ButtonType, ButtonVariant } from './button/button.js';
export { GerNotificationBanner } from './notification-banner/notification-banner.js';
export type { BannerVariant } from './notification-banner/notification-banner.js';
export { GerSkipLink } from './skip-link/skip-link.js';
export { GerServiceCard, SERVICE_CARD_VARIANTS, SERVICE_DELIVERIES, SERVICE_STATUSES } from './service-card/service-card.js';
export type { Service, ServiceCardVariant, ServiceDelivery, ServiceStatus } from './service-card/service-card.js';
export { GerServiceCatalog } from './service-catalog/service-catalog.js';
export type { FeeFilter } from './service-catalog/service-catalog.js';
export { buildIndex, fold, search } from './service-catalog/search.js';
export type { SearchIndex, Searchable } from './service-catalog/search.js';
export { UrlStateController } from './controllers/url-state.js';
export type { LocalizedText } from './utils/localized-text.js';
export { GerTag } from './tag/tag.js';
export type { TagVariant } from './tag/tag.js';
export { GerDisplaySettings } from './display-settings/display-settings.js';
export { GerThemeToggle } from './theme-toggle/theme-toggle.js';
// Page shell, notices, request tracking and feedback
export { GerHeader } from './header/header.js';
export { GerLanguageSwitch } from './language-switch/language-switch.js';
export type { LanguageOption } from './language-switch/language-switch.js';
export { GerFooter } from './footer/footer.js';
export { GerBreadcrumbs } from './breadcrumbs/breadcrumbs.js';
export { GerNoticeList } from './notice-list/notice-list.js';
export type { Notice } from './notice-list/notice-list.js';
export { GerSiteAlert, SITE_ALERT_VARIANTS } from './site-alert/site-alert.js';
export type { SiteAlertVariant } from './site-alert/site-alert.js';
export { GerStatusTracker, REQUEST_STATUSES } from './status-tracker/status-tracker.js';
export type { RequestStatus, StatusEvent } from './status-tracker/status-tracker.js';
export { GerRequestLookup, DEFAULT_REFERENCE_PATTERN, normalizeReference } from './request-lookup/request-lookup.js';
export { GerFeedback } from './feedback/feedback.js';
export { DisclosureController } from './controllers/disclosure.js';
export type { DisclosureOptions } from './controllers/disclosure.js';
export type { LinkItem } from './utils/links.js';
export {
  PreferencesStore,
  getPreferencesStore,
  DEFAULT_PREFERENCES,
  TEXT_SIZES,
  TEXT_SPACINGS,
  THEME_CHOICES,
  MOTION_CHOICES,
  FONT_CHOICES,
} from './preferences/preferences.js';
export type { DisplayPreferences, PreferencesChangeDetail, Theme, ThemeChoice, TextSize, TextSpacing } from './preferences/preferences.js';
export { PreferencesController } from './controllers/preferences.js';
export { GerLiveChat } from './live-chat/live-chat.js';
export { WebSocketTransport, backoffDelay } from './live-chat/websocket-transport.js';
export type { WebSocketTransportOptions } from './live-chat/websocket-transport.js';
export { newMessageId } from './live-chat/chat-transport.js';
export type {
  Availability,
  ChatAttachment,
  ChatEvent,
  ChatLimits,
  ChatMessage,
  ChatProfile,
  ChatTransport,
  OutgoingMessage,
} from './live-chat/chat-transport.js';
export type { ChatStorage } from './live-chat/outbox.js';

// Forms
export { GerFormControl } from './base/form-control.js';
export type { FieldValue } from './base/form-control.js';
export { inLanguage, isEmpty, requiredValidator, runValidators } from './base/validators.js';
export type { ValidatedControl, ValidationResult, Validator } from './base/validators.js';
export { LazyPartController } from './base/lazy-part.js';
export type { LazyPartHost, LazyPartModule, LazyPartOptions } from './base/lazy-part.js';
export { GerFormGroup } from './base/form-group.js';
export { GerTextControl } from './base/text-control.js';
export { GerTextField, TEXT_FIELD_TYPES } from './text-field/text-field.js';
export type { TextFieldType, TextFieldWidth } from './text-field/text-field.js';
export { GerTextarea } from './textarea/textarea.js';
export { GerSelect } from './select/select.js';
export type { SelectOption } from './select/select.js';
export { GerCheckbox } from './checkbox/checkbox.js';
export { GerCheckboxGroup } from './checkbox-group/checkbox-group.js';
export { GerRadio } from './radio/radio.js';
export { GerRadioGroup } from './radio-group/radio-group.js';
export { GerDateInput } from './date-input/date-input.js';
export { GerRegistrationNumber } from './registration-number/registration-number.js';
export { birthDateOf, checkRegistrationNumber, CYRILLIC_LETTERS, DIGRAPHS, LATIN_TO_CYRILLIC, toRegistrationNumber } from './registration-number/rules.js';
export type { RegistrationProblem } from './registration-number/rules.js';
export { GerFileUpload } from './file-upload/file-upload.js';
export { accepts } from './file-upload/handling.js';
export type { ChosenFile, Uploader } from './file-upload/file-upload.js';
export { errorsIn, GerErrorSummary } from './error-summary/error-summary.js';
export type { ErrorLink } from './error-summary/error-summary.js';
export { conditionHolds, GerFormStep } from './form-step/form-step.js';
export { GerFormSteps } from './form-steps/form-steps.js';
export { GerCheckAnswers } from './check-answers/check-answers.js';
export { DRAFT_PREFIX, forgetSentDraft, localStorageStore } from './utils/draft.js';
export type { Draft, DraftProblem, DraftStore } from './utils/draft.js';
export { GerSummaryList } from './summary-list/summary-list.js';
export { GerPanel } from './panel/panel.js';
export { GerTaskList } from './task-list/task-list.js';
export { GerAccordion } from './accordion/accordion.js';
export { GerAccordionSection } from './accordion-section/accordion-section.js';
export { GerDetails } from './details/details.js';
export { GerTabs } from './tabs/tabs.js';
export { GerTabPanel } from './tab-panel/tab-panel.js';
export { GerDialog } from './dialog/dialog.js';
export { GerConsentBanner } from './consent-banner/consent-banner.js';
export { GerInsetText } from './inset-text/inset-text.js';
export { GerWarningText } from './warning-text/warning-text.js';
export { GerBackLink } from './back-link/back-link.js';
export { GerSideNav } from './side-nav/side-nav.js';
export { GerPasswordInput } from './password-input/password-input.js';
export { GerTable } from './table/table.js';
export { GerPagination } from './pagination/pagination.js';
export { GerCombobox } from './combobox/combobox.js';
