import { defineStrings } from './strings.js';

/** Strings of search results (ger-service-catalog), in the built-in languages. */
export const searchStrings = defineStrings({
  mn: {
    resultCount: { one: '{count} үр дүн олдлоо', other: '{count} үр дүн олдлоо' },
  },
  en: {
    resultCount: { one: '{count} result found', other: '{count} results found' },
  },
});
