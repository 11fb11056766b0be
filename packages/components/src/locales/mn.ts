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
  ...serviceCardStrings.mn,
  ...serviceCatalogOwnStrings.mn,
};
