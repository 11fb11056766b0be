import { writeFileSync } from 'node:fs';

const SKIP_REASON = / — skipped: (.+)$/;

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) {
      counts.skipped += 1;
      const reason = SKIP_REASON.exec(test.name)?.[1] ?? 'skipped in the test';
      counts.skipReasons[reason] = (counts.skipReasons[reason] ?? 0) + 1;
    } else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/**
 * Writes { passed, failed, skipped, skipReasons } for the whole run to `file`, so the test
 * command can print one closing line over every engine and runner. A test file that failed
 * to load counts as one failure.
 */
export function countReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, skipReasons: {} };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) counts.failed += 1;
      }
      writeFileSync(file, JSON.stringify(counts));
    },
  };
}
