import { buttonStrings } from './button.js';
import { notificationBannerStrings } from './notification-banner.js';
import { skipLinkStrings } from './skip-link.js';
import { themeToggleStrings } from './theme-toggle.js';
import { displaySettingsStrings } from './display-settings.js';
import { liveChatStrings } from './live-chat.js';
import { liveChatPanelStrings } from './live-chat-panel.js';
import { searchStrings } from './search.js';
import { serviceCardStrings } from './service-card.js';
import { serviceCatalogOwnStrings } from './service-catalog.js';
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
  ...searchStrings.en,
  ...themeToggleStrings.en,
  ...liveChatStrings.en,
  ...liveChatPanelStrings.en,
  ...serviceCardStrings.en,
  ...serviceCatalogOwnStrings.en,
};
