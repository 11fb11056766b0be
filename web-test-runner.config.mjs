// One engine per run: GER_ENGINE=chromium|firefox|webkit (scripts/test.mjs runs each in turn).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { concurrencyFor, ENGINE_NAMES, launcherFor } from './scripts/engines.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';
import { timingReporter } from './scripts/wtr-timing-reporter.mjs';
import { chatServerPlugin } from './scripts/wtr-chat-server-plugin.mjs';
import { echoMiddleware } from './scripts/wtr-echo-middleware.mjs';
import { flakyMiddleware } from './scripts/wtr-flaky-middleware.mjs';
import { ssrPlugin } from './scripts/wtr-ssr-plugin.mjs';
import { storiesPlugin } from './scripts/wtr-stories-plugin.mjs';

const engine = process.env.GER_ENGINE ?? 'chromium';
if (!ENGINE_NAMES.includes(engine)) throw new Error(`GER_ENGINE=${engine}: use one of ${ENGINE_NAMES.join(', ')}`);
const countsFile = process.env.GER_WTR_COUNTS;
const timingsFile = process.env.GER_WTR_TIMINGS;

export default {
  rootDir: '.',
  // scripts/test.mjs gives each engine's run its own port when they run side by side.
  ...(process.env.GER_WTR_PORT ? { port: Number(process.env.GER_WTR_PORT) } : {}),
  // The longest files first (the story checks' parts, then the passport application): with two
  // files at a time the rest fill in beside them instead of one long file running alone at the end.
  files: ['stories/stories-*.test.ts', 'stories/**/*.test.ts', 'packages/components/src/**/*.test.ts', 'packages/components/test/*.test.ts'],
  nodeResolve: true,
  concurrency: concurrencyFor(engine),
  testFramework: { config: { timeout: 10000 } },
  // A part of the story checks checks a third of the stories in every theme: long, and longer on a busy machine.
  testsFinishTimeout: 600000,
  // Firefox can take over 30 s (the default) to open its first page on a busy two-core machine.
  browserStartTimeout: 120000,
  browsers: [launcherFor(engine)],
  // A form posted in a test is answered with what the server received (stories/passport-application.test.ts);
  // a file asked for under /__ger/flaky/ fails once (tests of dropped downloads).
  middleware: [echoMiddleware(), flakyMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), a11ySnapshotPlugin(), storiesPlugin(), chatServerPlugin(), ssrPlugin()],
  // Lit's development build (kept for its extra checks) says so once per file: noise, not news.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), ...(countsFile ? [countReporter(countsFile)] : []), ...(timingsFile ? [timingReporter(timingsFile, engine)] : [])],
  // Tokens and axe load before the test, as tokens CSS and a script would on a real page. The
  // engine's name tells the tests which driver features exist (packages/components/test/engine.ts).
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="mn">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="stylesheet" href="/packages/tokens/dist/css/ger.css" />
    <script src="/scripts/wtr-clonable-results.js"></script>
    <script>window.__gerEngine = ${JSON.stringify(engine)};</script>
    <script src="/node_modules/axe-core/axe.min.js"></script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
