/**
 * The search skeleton of a text: lower case, Latin, one spelling per sound (`паспорт`,
 * `pasport`, `Passport` all read `pasport`). ө reads o here; see `foldVariants` for u.
 */
export function fold(text: string | number | null | undefined): string;

/**
 * Every skeleton a word may be typed as: ө is typed o or u, so a word with ө has two
 * (`төрийн`: `torin` and `turin`); other words have one. Index these; fold the query.
 */
export function foldVariants(word: string | null | undefined): string[];
