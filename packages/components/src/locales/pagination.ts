import { defineStrings } from './strings.js';

/** Strings of ger-pagination, in the built-in languages. */
export const paginationStrings = defineStrings({
  mn: {
    paginationLabel: 'Хуудаслалт',
    paginationPrevious: 'Өмнөх',
    paginationNext: 'Дараах',
    paginationPageWord: ' хуудас',
    paginationPage: '{page}-р хуудас',
  },
  en: {
    paginationLabel: 'Pagination',
    paginationPrevious: 'Previous',
    paginationNext: 'Next',
    paginationPageWord: ' page',
    paginationPage: 'Page {page}',
  },
});
