import type { Translation } from './translation.js';

/**
 * Mongolian in the traditional script (`lang="mn-Mong"`). STUB: the full translation (issue 17,
 * the mong-strings branch) replaces this file. Until then it names the language only, and
 * every string falls back to Cyrillic Mongolian (the registry's fallback for any missing key).
 * It registers nothing itself: the registry imports it the first time an element is in mn-Mong,
 * and `@ger/components/locales/mn-Mong.js` registers it up front (see mn-Mong-entry.ts).
 */
export const mnMongTranslation = { $code: 'mn-Mong', $name: 'ᠮᠣᠩᠭᠣᠯ' } as Translation;
