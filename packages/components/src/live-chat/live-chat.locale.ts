import type { PluralForms } from '../locales/translation.js';

/**
 * The live chat's own strings, mn and en. They live beside the widget rather than in the shared
 * locale files so that pages without the chat do not download them (each component entry has a
 * 10 KB budget); the launcher's two strings are here, the panel's come with the panel
 * (chat-strings.ts). The language still follows the nearest `lang`, through `localize.lang`.
 */
export interface ChatTranslation {
  title: string;
  launcher: string;
  unread: PluralForms;
  close: string;
  online: string;
  busy: string;
  offline: string;
  hotline: string;
  hoursDefault: string;
  connecting: string;
  reconnecting: string;
  messages: string;
  empty: string;
  you: string;
  agent: string;
  agentNamed: string;
  bot: string;
  sending: string;
  sent: string;
  delivered: string;
  failed: string;
  retry: string;
  edit: string;
  tooLong: string;
  fileTooLarge: string;
  fileType: string;
  notSent: string;
  messageLabel: string;
  hint: string;
  send: string;
  attach: string;
  removeAttachment: string;
  attachment: string;
  typing: string;
  transcript: string;
  prechatIntro: string;
  name: string;
  topic: string;
  optional: string;
  start: string;
  leave: string;
  leaveLabel: string;
  reference: string;
}

/** What the launcher needs before the panel is loaded. */
type LauncherStrings = Pick<ChatTranslation, 'launcher' | 'unread' | 'title'>;
export const launcherMn: LauncherStrings = { launcher: 'Тусламж', unread: { other: '{count} шинэ мессеж' }, title: 'Шууд тусламж' };
export const launcherEn: LauncherStrings = {
  launcher: 'Help',
  unread: { one: '{count} new message', other: '{count} new messages' },
  title: 'Live help',
};

const chatTranslations = new Map<string, Partial<ChatTranslation>>([
  ['mn', launcherMn],
  ['en', launcherEn],
]);
const registered = new Set<string>();

/** Adds the chat's strings for another language (e.g. `kk`), beside `registerTranslation`. */
export function registerChatTranslation(code: string, translation: ChatTranslation): void {
  chatTranslations.set(code.toLowerCase(), translation);
  registered.add(code.toLowerCase());
}

/** Ger's own mn and en strings, when the panel loads; a language the page registered stays. */
export function addDefaultChatTranslation(code: string, translation: ChatTranslation): void {
  if (!registered.has(code)) chatTranslations.set(code, translation);
}

export type ChatTermKey = { [K in keyof ChatTranslation]: ChatTranslation[K] extends string ? K : never }[keyof ChatTranslation];

/** One of the chat's strings in `lang` (as `localize.lang` resolved it), Mongolian when missing. */
export function chatString<K extends keyof ChatTranslation>(lang: string, key: K): ChatTranslation[K] {
  return (chatTranslations.get(lang)?.[key] ?? chatTranslations.get('mn')![key]) as ChatTranslation[K];
}

/** Fills `{placeholders}`. */
export function fillIn(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
