import type { AxeResults, Result, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** WCAG 2.2 A and AA, as the uniform standard requires. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describe(violations: Result[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`)
    .join('\n');
}

/** Runs axe (loaded by the test page) and throws a readable list of violations. */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const results = await window.axe.run(context, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  if (results.violations.length) throw new Error(`axe found ${results.violations.length} violation(s):\n${describe(results.violations)}`);
}
