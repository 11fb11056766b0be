import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Records how long each test file took in the browser, from the moment its page starts loading
 * to its results being in, and writes `{ engine, files: [{ file, seconds, tests }] }` to `file`,
 * slowest first, when the run ends: where the suite's time goes, measured rather than guessed
 * (scripts/test.mjs prints the slowest few per engine).
 */
export function timingReporter(file, engine) {
  const started = new Map();
  const finished = new Map();
  return {
    start({ sessions, startTime }) {
      // The first files may start before the reporter does: they started with the run.
      for (const session of sessions.all()) if (session.status !== 'SCHEDULED') started.set(session.id, startTime);
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING' && !started.has(session.id)) started.set(session.id, Date.now());
        if (session.status === 'FINISHED') finished.set(session.id, Date.now());
      });
    },
    // The runner may end the run on the last file's FINISHED before this reporter hears it: now is its end.
    onTestRunFinished({ sessions }) {
      const files = sessions
        .filter((session) => started.has(session.id))
        .map((session) => ({
          file: relative(process.cwd(), session.testFile),
          seconds: Number((((finished.get(session.id) ?? Date.now()) - started.get(session.id)) / 1000).toFixed(2)),
          tests: countTests(session.testResults),
        }))
        .sort((a, b) => b.seconds - a.seconds);
      writeFileSync(file, JSON.stringify({ engine, files }, null, 1));
    },
  };
}

function countTests(suite) {
  if (!suite) return 0;
  return suite.tests.length + suite.suites.reduce((sum, child) => sum + countTests(child), 0);
}
