import { defineStrings } from './strings.js';

/**
 * Strings of ger-combobox, in the built-in languages. They come with its list, which loads a
 * moment after the field (combobox/suggestions.ts): the field itself says nothing of its own.
 */
export const comboboxStrings = defineStrings({
  mn: {
    comboboxShowOptions: 'Сонголтуудыг харуулах',
    comboboxChooseFromList: 'Жагсаалтаас сонгоно уу.',
    comboboxCount: { one: '{count} сонголт байна', other: '{count} сонголт байна' },
    comboboxNoMatches: 'Тохирох сонголт олдсонгүй',
    comboboxMore: { one: 'Өөр {count} байна: үргэлжлүүлэн бичнэ үү', other: 'Өөр {count} байна: үргэлжлүүлэн бичнэ үү' },
    comboboxSearching: 'Хайж байна…',
    comboboxSearchFailed: 'Сонголтуудыг ачаалж чадсангүй.',
    comboboxRetry: 'Дахин оролдох',
    comboboxUnchecked: 'Сонголтуудыг ачаалж чадаагүй тул жагсаалтаас шалгаж чадсангүй: “{text}”.',
    comboboxNotInList: '“{text}” жагсаалтад алга. Жагсаалтаас сонгоно уу.',
  },
  en: {
    comboboxShowOptions: 'Show options',
    comboboxChooseFromList: 'Choose an option from the list.',
    comboboxCount: { one: '{count} option available', other: '{count} options available' },
    comboboxNoMatches: 'No matching options',
    comboboxMore: { one: '{count} more: keep typing to narrow the list', other: '{count} more: keep typing to narrow the list' },
    comboboxSearching: 'Searching…',
    comboboxSearchFailed: 'The options could not be loaded.',
    comboboxRetry: 'Try again',
    comboboxUnchecked: 'The options could not be loaded, so “{text}” could not be checked against the list.',
    comboboxNotInList: '“{text}” is not in the list. Choose an option from the list.',
  },
});
