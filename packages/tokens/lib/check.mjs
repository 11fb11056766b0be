/**
 * The standard check: every declared colour pair meets its contrast ratio in every theme.
 */
import { readFile } from 'node:fs/promises';
import { contrastRatio, formatRatio } from './contrast.mjs';

export class TokenCheckError extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'TokenCheckError';
    this.problems = problems;
  }
}

/**
 * Read and validate the pairs file: an array of pairs, or { pairs: [...] }.
 * Each pair: { foreground, background, min, use?, minByTheme?: { [theme]: number } }.
 */
export async function loadPairs(file) {
  let data;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read contrast pairs from ${file}: ${error.message}`);
  }
  const pairs = Array.isArray(data) ? data : data?.pairs;
  if (!Array.isArray(pairs)) throw new Error(`${file}: expected an array of pairs or { "pairs": [...] }`);
  const problems = [];
  pairs.forEach((pair, i) => {
    const where = `${file}: pair #${i + 1}`;
    if (typeof pair?.foreground !== 'string' || typeof pair?.background !== 'string') {
      problems.push(`${where} needs "foreground" and "background" token paths`);
    }
    if (!(typeof pair?.min === 'number' && pair.min >= 1 && pair.min <= 21)) {
      problems.push(`${where} needs "min", a ratio between 1 and 21`);
    }
    for (const [theme, min] of Object.entries(pair?.minByTheme ?? {})) {
      if (!(typeof min === 'number' && min >= 1 && min <= 21)) problems.push(`${where}: minByTheme.${theme} must be a ratio between 1 and 21`);
    }
  });
  if (problems.length) throw new TokenCheckError(problems);
  return pairs;
}

const label = (pair) => `${pair.foreground} on ${pair.background}`;

/**
 * Check every pair in every theme.
 * @param {{ name: string, values: Map<string, { type: string, value: unknown }> }[]} themes
 *   values: token path ("color.text") -> resolved CSS value and DTCG type
 * @param {object[]} pairs
 * @returns {{ summary: object, results: object[] }} the report; throws TokenCheckError listing
 *   every failing pair, unknown token and unreadable colour.
 */
export function checkContrast(themes, pairs) {
  const problems = [];
  const results = [];
  /** "pair label|path" -> themes where the token is missing */
  const unknown = new Map();
  for (const theme of themes) {
    for (const pair of pairs) {
      const min = pair.minByTheme?.[theme.name] ?? pair.min;
      const colours = [];
      for (const role of ['foreground', 'background']) {
        const path = pair[role];
        const token = theme.values.get(path);
        if (!token) {
          const key = `${label(pair)}|${path}`;
          unknown.set(key, [...(unknown.get(key) ?? []), theme.name]);
        } else if (token.type !== 'color') {
          problems.push(`Contrast pair ${label(pair)}: "${path}" is a ${token.type} token, not a color (theme "${theme.name}")`);
        } else {
          colours.push(String(token.value));
        }
      }
      if (colours.length !== 2) continue;
      let ratio;
      try {
        ratio = contrastRatio(colours[0], colours[1]);
      } catch (error) {
        problems.push(`Contrast pair ${label(pair)} in theme "${theme.name}": ${error.message}`);
        continue;
      }
      const pass = ratio >= min;
      const shown = formatRatio(ratio);
      results.push({
        theme: theme.name,
        foreground: pair.foreground,
        background: pair.background,
        foregroundColor: colours[0],
        backgroundColor: colours[1],
        ratio: shown,
        min,
        pass,
        use: pair.use ?? '',
      });
      if (!pass) {
        problems.push(
          `Contrast check failed: ${label(pair)} in theme "${theme.name}" is ${shown.toFixed(2)}:1, needs ${min}:1` + (pair.use ? ` (${pair.use})` : ''),
        );
      }
    }
  }
  const unknownProblems = [...unknown].map(([key, missingIn]) => {
    const [pairLabel, path] = key.split('|');
    const where = missingIn.length === themes.length ? '' : ` in theme ${missingIn.map((t) => `"${t}"`).join(', ')}`;
    return `Contrast pair ${pairLabel}: unknown token "${path}"${where}`;
  });
  if (unknownProblems.length || problems.length) throw new TokenCheckError([...unknownProblems, ...problems]);
  return {
    summary: { themes: themes.map((t) => t.name), pairs: pairs.length, checks: results.length, passed: results.length, failed: 0 },
    results,
  };
}
