export { GerElement, defineElement } from './base/ger-element.js';
export { GerFormAssociatedElement } from './base/form-associated.js';
export type { GerEvent, GerEventDetails, GerEventName } from './base/events.js';
export { LocalizeController, nearestLang } from './controllers/localize.js';
export { registerTranslation, findTranslation, DEFAULT_LANG } from './locales/registry.js';
export type { Translation, PluralForms } from './locales/translation.js';
export { mn } from './locales/mn.js';
export { en } from './locales/en.js';

export { GerButton } from './button/button.js';
export type { ButtonSize, ButtonType, ButtonVariant } from './button/button.js';
export { GerNotificationBanner } from './notification-banner/notification-banner.js';
export type { BannerVariant } from './notification-banner/notification-banner.js';
export { GerSkipLink } from './skip-link/skip-link.js';
export { GerTag } from './tag/tag.js';
export type { TagVariant } from './tag/tag.js';
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
export { registerChatTranslation } from './live-chat/live-chat.locale.js';
export { chatMn, chatEn } from './live-chat/chat-strings.js';
export type { ChatTranslation } from './live-chat/live-chat.locale.js';
