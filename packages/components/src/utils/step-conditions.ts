import { warnOnce } from './warn.js';

/**
 * Whether a step's `when` condition holds for the answers so far:
 * `name` (answered), `name=a` or `name=a|b` (one of these), `name!=a` (anything else).
 * A name has no brackets or quotes, and nothing follows it but a comparison: anything else (`((`,
 * `"delivery"`) is no field the author meant, and must not hide the step for ever.
 */
export function conditionHolds(when: string | null, data: FormData): boolean {
  if (!when) return true;
  const match = /^\s*([^!=\s()'"]+)\s*(?:(!?=)\s*(.*?))?\s*$/.exec(when);
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

/** Steps whose condition threw, said once each: the steps are checked on every render. */
const reported = new WeakSet<Element>();

/**
 * Whether a step applies to the answers so far: its `condition` function when it has one, else its
 * `when` attribute (read so before the step's element is defined). A condition that is no function
 * or that throws is reported and the step is shown: a broken rule must not hide a question.
 */
export function stepApplies(step: Element & { condition?: unknown }, data: FormData, when = step.getAttribute('when')): boolean {
  const { condition } = step;
  if (condition == null) return conditionHolds(when, data);
  if (typeof condition != 'function') {
    warnOnce(`<ger-form-step> condition is not a function; the step is shown.`);
    return true;
  }
  try {
    return !!condition(data);
  } catch (error) {
    if (!reported.has(step)) console.error('<ger-form-step> condition threw; the step is shown.', error);
    reported.add(step);
    return true;
  }
}
