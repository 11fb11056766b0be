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
 * Mongolian (Cyrillic): the default language of Ger. The whole language in one object, for reference, tests and
 * translators; components import only their own strings (./<component>.ts), so each
 * component's bundle carries only what it says.
 */
export const mn: Translation = {
  $code: 'mn',
  $name: 'Монгол',
  ...buttonStrings.mn,
  ...notificationBannerStrings.mn,
  ...skipLinkStrings.mn,
  ...displaySettingsStrings.mn,
  ...displaySettingsPanelStrings.mn,
  ...searchStrings.mn,
  ...themeToggleStrings.mn,
  ...liveChatStrings.mn,
  ...liveChatPanelStrings.mn,
  // Forms
  ...formControlStrings.mn,
  ...choiceMissingStrings.mn,
  ...checkMissingStrings.mn,
  ...groupMissingStrings.mn,
  ...selectPlaceholderStrings.mn,
  ...textControlStrings.mn,
  ...characterCountStrings.mn,
  ...textFieldStrings.mn,
  ...dateInputStrings.mn,
  ...dateChecksStrings.mn,
  ...datePickerStrings.mn,
  ...dateCalendarStrings.mn,
  ...registrationNumberStrings.mn,
  ...fileUploadStrings.mn,
  ...fileHandlingStrings.mn,
  ...formStepsStrings.mn,
  ...formStepsPageStrings.mn,
  ...formDraftsStrings.mn,
  ...checkAnswersOwnStrings.mn,
  // Page shell, notices, request tracking and feedback
  ...headerStrings.mn,
  ...languageSwitchStrings.mn,
  ...breadcrumbsStrings.mn,
  ...footerStrings.mn,
  ...noticeListStrings.mn,
  ...siteAlertStrings.mn,
  ...statusTrackerStrings.mn,
  ...requestLookupStrings.mn,
  ...feedbackStrings.mn,
  ...serviceCardStrings.mn,
  ...serviceCatalogOwnStrings.mn,
  ...serviceCatalogPagesStrings.mn,
  ...summaryListStrings.mn,
  ...panelStrings.mn,
  ...taskListStrings.mn,
  ...accordionStrings.mn,
  ...accordionSectionStrings.mn,
  ...detailsStrings.mn,
  ...dialogStrings.mn,
  ...consentBannerStrings.mn,
  ...warningTextStrings.mn,
  ...backLinkStrings.mn,
  ...sideNavStrings.mn,
  ...passwordInputStrings.mn,
  ...tableStrings.mn,
  ...paginationStrings.mn,
  ...comboboxStrings.mn,
};
