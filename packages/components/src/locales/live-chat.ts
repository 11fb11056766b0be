import { defineStrings } from './strings.js';

/** Strings of ger-live-chat's launcher, in the built-in languages (the panel's: live-chat-panel.ts). */
export const liveChatStrings = defineStrings({
  mn: {
    chatTitle: 'Шууд тусламж',
    chatLauncher: 'Тусламж',
    chatUnread: { other: '{count} шинэ мессеж' },
    loading: 'Ачаалж байна',
  },
  en: {
    chatTitle: 'Live help',
    chatLauncher: 'Help',
    chatUnread: { one: '{count} new message', other: '{count} new messages' },
    loading: 'Loading',
  },
});
