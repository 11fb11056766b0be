import { buttonStrings } from './button.js';
import { notificationBannerStrings } from './notification-banner.js';
import { skipLinkStrings } from './skip-link.js';
import { themeToggleStrings } from './theme-toggle.js';
import { displaySettingsStrings } from './display-settings.js';
import { displaySettingsPanelStrings } from './display-settings-panel.js';
import { liveChatStrings } from './live-chat.js';
import { liveChatPanelStrings } from './live-chat-panel.js';
import { searchStrings } from './search.js';
import { characterCountStrings } from './character-count.js';
import { checkAnswersOwnStrings } from './check-answers.js';
import { checkMissingStrings, choiceMissingStrings, groupMissingStrings, selectPlaceholderStrings } from './choices.js';
import { dateCalendarStrings } from './date-calendar.js';
import { dateChecksStrings } from './date-checks.js';
import { dateInputStrings } from './date-input.js';
import { datePickerStrings } from './date-picker.js';
import { fileHandlingStrings } from './file-handling.js';
import { fileUploadStrings } from './file-upload.js';
import { formControlStrings } from './form-control.js';
import { formDraftsStrings } from './form-drafts.js';
import { formStepsPageStrings } from './form-steps-page.js';
import { formStepsStrings } from './form-steps.js';
import { registrationNumberStrings } from './registration-number.js';
import { textControlStrings } from './text-control.js';
import { textFieldStrings } from './text-field.js';
// Page shell, notices, request tracking and feedback
import { headerStrings } from './header.js';
import { languageSwitchStrings } from './language-switch.js';
import { breadcrumbsStrings } from './breadcrumbs.js';
import { footerStrings } from './footer.js';
import { noticeListStrings } from './notice-list.js';
import { siteAlertStrings } from './site-alert.js';
import { statusTrackerStrings } from './status-tracker.js';
import { requestLookupStrings } from './request-lookup.js';
import { feedbackStrings } from './feedback.js';
import { serviceCardStrings } from './service-card.js';
import { serviceCatalogOwnStrings, serviceCatalogPagesStrings } from './service-catalog.js';
import { summaryListStrings } from './summary-list.js';
import { panelStrings } from './panel.js';
import { taskListStrings } from './task-list.js';
import { accordionStrings } from './accordion.js';
import { accordionSectionStrings } from './accordion-section.js';
import { detailsStrings } from './details.js';
import { dialogStrings } from './dialog.js';
import { consentBannerStrings } from './consent-banner.js';
import { warningTextStrings } from './warning-text.js';
import { backLinkStrings } from './back-link.js';
import { sideNavStrings } from './side-nav.js';
import { passwordInputStrings } from './password-input.js';
import { tableStrings } from './table.js';
import { paginationStrings } from './pagination.js';
import { comboboxStrings } from './combobox.js';
import type { Translation } from './translation.js';

/**
 * English. The whole language in one object, for reference, tests and
 * translators; components import only their own strings (./<component>.ts), so each
 * component's bundle carries only what it says.
 */
export const en: Translation = {
  $code: 'en',
  $name: 'English',
  ...buttonStrings.en,
  ...notificationBannerStrings.en,
  ...skipLinkStrings.en,
  ...displaySettingsStrings.en,
  ...displaySettingsPanelStrings.en,
  ...searchStrings.en,
  ...themeToggleStrings.en,
  ...liveChatStrings.en,
  ...liveChatPanelStrings.en,
  // Forms
  ...formControlStrings.en,
  ...choiceMissingStrings.en,
  ...checkMissingStrings.en,
  ...groupMissingStrings.en,
  ...selectPlaceholderStrings.en,
  ...textControlStrings.en,
  ...characterCountStrings.en,
  ...textFieldStrings.en,
  ...dateInputStrings.en,
  ...dateChecksStrings.en,
  ...datePickerStrings.en,
  ...dateCalendarStrings.en,
  ...registrationNumberStrings.en,
  ...fileUploadStrings.en,
  ...fileHandlingStrings.en,
  ...formStepsStrings.en,
  ...formStepsPageStrings.en,
  ...formDraftsStrings.en,
  ...checkAnswersOwnStrings.en,
  // Page shell, notices, request tracking and feedback
  ...headerStrings.en,
  ...languageSwitchStrings.en,
  ...breadcrumbsStrings.en,
  ...footerStrings.en,
  ...noticeListStrings.en,
  ...siteAlertStrings.en,
  ...statusTrackerStrings.en,
  ...requestLookupStrings.en,
  ...feedbackStrings.en,
  ...serviceCardStrings.en,
  ...serviceCatalogOwnStrings.en,
  ...serviceCatalogPagesStrings.en,
  ...summaryListStrings.en,
  ...panelStrings.en,
  ...taskListStrings.en,
  ...accordionStrings.en,
  ...accordionSectionStrings.en,
  ...detailsStrings.en,
  ...dialogStrings.en,
  ...consentBannerStrings.en,
  ...warningTextStrings.en,
  ...backLinkStrings.en,
  ...sideNavStrings.en,
  ...passwordInputStrings.en,
  ...tableStrings.en,
  ...paginationStrings.en,
  ...comboboxStrings.en,
};
