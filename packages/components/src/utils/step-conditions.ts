import { warnOnce } from './warn.js';

/**
 * Whether a step's `when` condition holds for the answers so far:
 * `name` (answered), `name=a` or `name=a|b` (one of these), `name!=a` (anything else).
 */
export function conditionHolds(when: string | null, data: FormData): boolean {
  if (!when) return true;
  const match = /^\s*([^!=\s]+)\s*(!?=)?\s*(.*?)\s*$/.exec(when);
  if (!match) {
    warnOnce(`<ger-form-step> when="${when}" cannot be read; the step is shown.`);
    return true;
  }
  const [, name, operator, expected] = match;
  const values = data.getAll(name).map(String);
  if (!operator) return values.some(Boolean);
  const found = values.some((value) => expected.split('|').includes(value));
  return operator === '=' ? found : !found;
}
