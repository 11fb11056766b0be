export { GerElement, defineElement } from './base/ger-element.js';
export { GerFormAssociatedElement } from './base/form-associated.js';
export type { GerEvent, GerEventDetails, GerEventName } from './base/events.js';
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
