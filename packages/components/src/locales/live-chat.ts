import { defineStrings } from './strings.js';

/** Strings of ger-live-chat's launcher, in the built-in languages (the panel's: live-chat-panel.ts). */
export const liveChatStrings = defineStrings({
  mn: {
    chatTitle: 'Шууд тусламж',
    chatLauncher: 'Тусламж',
    chatUnread: { other: '{count} шинэ мессеж' },
    loading: 'Ачаалж байна',
    chatLoadFailed: 'Чатыг ачаалж чадсангүй. Бид дахин оролдоно.',
    chatHotline: 'Яаралтай бол {hotline} дугаарт залгана уу.',
  },
  en: {
    chatTitle: 'Live help',
    chatLauncher: 'Help',
    chatUnread: { one: '{count} new message', other: '{count} new messages' },
    loading: 'Loading',
    chatLoadFailed: 'The chat could not be loaded. We will try again.',
    chatHotline: 'For anything urgent, call {hotline}.',
  },
});
