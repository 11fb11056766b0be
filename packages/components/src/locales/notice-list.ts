import { defineStrings } from './strings.js';

/** Strings of ger-notice-list, in the built-in languages. */
export const noticeListStrings = defineStrings({
  mn: {
    noticeFilter: 'Ангиллаар шүүх',
    allCategories: 'Бүгд',
    noticeNew: 'Шинэ',
    // Mongolian nouns do not change after a number: one form for every count.
    noticeCount: { other: '{count} мэдэгдэл харагдаж байна.' },
    noticeNewCount: { other: 'Таныг сүүлд зочилсноос хойш {count} шинэ мэдэгдэл нэмэгдсэн.' },
    noNotices: 'Харуулах мэдэгдэл алга.',
  },
  en: {
    noticeFilter: 'Filter by category',
    allCategories: 'All',
    noticeNew: 'New',
    noticeCount: { one: 'Showing {count} notice.', other: 'Showing {count} notices.' },
    noticeNewCount: { one: '{count} notice is new since your last visit.', other: '{count} notices are new since your last visit.' },
    noNotices: 'There are no notices to show.',
  },
});
