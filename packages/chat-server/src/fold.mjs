// Folding for search comes from @ger/text-fold, the one module the catalogue search shares, so
// the bot and the catalogue read "pasport", "turiin" or "tsahim" alike (see its rules there).
import { fold, foldVariants } from '@ger/text-fold';

export { fold };

/**
 * Words of at least two letters, folded; a word with ө also in its u spelling (ө is typed o or
 * u), as the catalogue indexes it.
 */
export const words = (text) =>
  String(text ?? '')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .flatMap(foldVariants)
    .filter((word) => word.length >= 2);

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function distance(a, b, max = 2) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length];
}
