import { defineStrings } from './strings.js';

/** Strings of ger-table, in the built-in languages. */
export const tableStrings = defineStrings({
  mn: {
    tableEmpty: 'Мэдээлэл алга',
    tableRegion: 'Хүснэгт',
    tableSortedAscending: '«{column}» баганаар өсөхөөр эрэмбэлэв',
    tableSortedDescending: '«{column}» баганаар буурахаар эрэмбэлэв',
  },
  en: {
    tableEmpty: 'No data',
    tableRegion: 'Table',
    tableSortedAscending: 'Sorted by {column}, ascending',
    tableSortedDescending: 'Sorted by {column}, descending',
  },
});
