import { buttonStrings } from './button.js';
import { notificationBannerStrings } from './notification-banner.js';
import { skipLinkStrings } from './skip-link.js';
import { themeToggleStrings } from './theme-toggle.js';
import { displaySettingsStrings } from './display-settings.js';
import { liveChatStrings } from './live-chat.js';
import { liveChatPanelStrings } from './live-chat-panel.js';
import { searchStrings } from './search.js';
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
  ...searchStrings.mn,
  ...themeToggleStrings.mn,
  ...liveChatStrings.mn,
  ...liveChatPanelStrings.mn,
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
};
