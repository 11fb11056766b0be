import { defineStrings } from './strings.js';

/**
 * File sizes (utils/file-size.ts), in ger-file-upload's checks and the live chat's attachments.
 * Ger's own words rather than Intl's: Chromium's ICU data has no Mongolian unit names and writes
 * "14 bytes" and "1.5 MB" on a Mongolian page.
 */
export const fileSizeStrings = defineStrings({
  mn: {
    fileSizeBytes: { other: '{count} байт' },
    fileSizeUnits: 'кБ|МБ|ГБ|ТБ',
  },
  en: {
    fileSizeBytes: { one: '{count} byte', other: '{count} bytes' },
    fileSizeUnits: 'kB|MB|GB|TB',
  },
});
