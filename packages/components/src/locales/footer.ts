import { defineStrings } from './strings.js';

/** Strings of ger-footer, in the built-in languages. */
export const footerStrings = defineStrings({
  mn: {
    footerHelp: 'Тусламж авах',
    hotline: 'Лавлах утас',
    hotlineNote: 'Өргөдөл, гомдол, санал хүсэлт хүлээн авна.',
    email: 'Цахим шуудан',
    liveChat: 'Шууд чат',
    contactPage: 'Бусад холбоо барих арга',
    footerLinks: 'Холбоос',
    accessibilityStatement: 'Хүртээмжийн мэдэгдэл',
    responsibleAgency: 'Хариуцсан байгууллага',
  },
  en: {
    footerHelp: 'Get help',
    hotline: 'Helpline',
    hotlineNote: 'For requests, complaints and suggestions.',
    email: 'Email',
    liveChat: 'Live chat',
    contactPage: 'Other ways to contact us',
    footerLinks: 'Links',
    accessibilityStatement: 'Accessibility statement',
    responsibleAgency: 'Responsible agency',
  },
});
