import type { PluralForms } from '../locales/translation.js';

/**
 * The live chat's own strings, mn and en. They live beside the widget rather than in the shared
 * locale files so that pages without the chat do not download them (each component entry has a
 * 10 KB budget). The language still follows the nearest `lang`, through `this.localize.lang`.
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

export const chatMn: ChatTranslation = {
  title: 'Шууд тусламж',
  launcher: 'Тусламж',
  unread: { other: '{count} шинэ мессеж' },
  close: 'Чатыг хаах',
  online: 'Ажилтан холбогдоход бэлэн байна.',
  busy: 'Бүх ажилтан завгүй байна. Таны дарааллын дугаар: {count}.',
  offline: 'Ажилтан одоогоор байхгүй байна. Ажлын цаг: {hours}.',
  hotline: 'Яаралтай бол {hotline} дугаарт залгана уу.',
  hoursDefault: 'Даваа–Баасан, 08:30–17:30',
  connecting: 'Холбогдож байна…',
  reconnecting: 'Холболт тасарлаа. Таны мессежүүд хадгалагдсан бөгөөд холболт сэргэхэд илгээгдэнэ.',
  messages: 'Мессежүүд',
  empty: 'Асуултаа доор бичнэ үү.',
  you: 'Та',
  agent: 'Ажилтан',
  agentNamed: 'Ажилтан {name}',
  bot: 'Шуурхай хариулт',
  sending: 'Илгээж байна',
  sent: 'Илгээсэн',
  delivered: 'Хүргэгдсэн',
  failed: 'Илгээгдээгүй',
  retry: 'Дахин илгээх',
  edit: 'Засаад дахин илгээх',
  tooLong: 'Мессеж хэт урт байна: {limit} тэмдэгтээс хэтрүүлэхгүй бичнэ үү.',
  fileTooLarge: 'Файл хэт том байна. Хамгийн ихдээ {limit} хэмжээтэй файл хавсаргана уу.',
  fileType: 'Зөвхөн зураг (PNG, JPEG, GIF, WebP) эсвэл PDF файл хавсаргана уу.',
  notSent: 'Мессеж илгээгдсэнгүй.',
  messageLabel: 'Таны мессеж',
  hint: 'Enter дарж илгээнэ, Shift+Enter дарж шинэ мөр нэмнэ.',
  send: 'Илгээх',
  attach: 'Файл хавсаргах',
  removeAttachment: '{name} файлыг хасах',
  attachment: 'Хавсралт: {name}, {size}',
  typing: 'Ажилтан бичиж байна…',
  transcript: 'Яриаг татаж авах',
  prechatIntro: 'Асуухаасаа өмнө нэр, сэдвээ бичиж болно. Заавал биш.',
  name: 'Таны нэр',
  topic: 'Сэдэв',
  optional: '(заавал биш)',
  start: 'Чат эхлүүлэх',
  leave: 'Мессеж үлдээх',
  leaveLabel: 'Ажилтанд үлдээх мессеж',
  reference: 'Таны мессежийг хүлээн авлаа. Лавлах дугаар: {reference}.',
};

export const chatEn: ChatTranslation = {
  title: 'Live help',
  launcher: 'Help',
  unread: { one: '{count} new message', other: '{count} new messages' },
  close: 'Close chat',
  online: 'An agent is available.',
  busy: 'All agents are busy. Your place in the queue: {count}.',
  offline: 'No agent is available right now. Opening hours: {hours}.',
  hotline: 'For anything urgent, call {hotline}.',
  hoursDefault: 'Monday to Friday, 08:30–17:30',
  connecting: 'Connecting…',
  reconnecting: 'Connection lost. Your messages are saved and will be sent when it returns.',
  messages: 'Messages',
  empty: 'Type your question below.',
  you: 'You',
  agent: 'Agent',
  agentNamed: 'Agent {name}',
  bot: 'Instant answers',
  sending: 'Sending',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Not sent',
  retry: 'Retry',
  edit: 'Edit and send again',
  tooLong: 'The message is too long: use at most {limit} characters.',
  fileTooLarge: 'The file is too large: attach a file of at most {limit}.',
  fileType: 'Attach an image (PNG, JPEG, GIF, WebP) or a PDF only.',
  notSent: 'Your message was not sent.',
  messageLabel: 'Your message',
  hint: 'Press Enter to send, Shift+Enter for a new line.',
  send: 'Send',
  attach: 'Attach a file',
  removeAttachment: 'Remove {name}',
  attachment: 'Attachment: {name}, {size}',
  typing: 'The agent is typing…',
  transcript: 'Download the conversation',
  prechatIntro: 'You can give your name and topic before you ask. Optional.',
  name: 'Your name',
  topic: 'Topic',
  optional: '(optional)',
  start: 'Start chat',
  leave: 'Leave a message',
  leaveLabel: 'Your message for the agents',
  reference: 'We have your message. Reference number: {reference}.',
};

const chatTranslations = new Map<string, ChatTranslation>([
  ['mn', chatMn],
  ['en', chatEn],
]);

/** Adds the chat's strings for another language (e.g. `kk`), beside `registerTranslation`. */
export function registerChatTranslation(code: string, translation: ChatTranslation): void {
  chatTranslations.set(code.toLowerCase(), translation);
}

export type ChatTermKey = { [K in keyof ChatTranslation]: ChatTranslation[K] extends string ? K : never }[keyof ChatTranslation];

/** The chat's strings for `lang` (as `localize.lang` resolved it), Mongolian when missing. */
export function chatStrings(lang: string): ChatTranslation {
  return chatTranslations.get(lang) ?? chatMn;
}

/** Fills `{placeholders}`. */
export function fillIn(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}
