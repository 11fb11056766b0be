import { esbuildPlugin } from '@web/dev-server-esbuild';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { findChromium } from './scripts/find-browser.mjs';
import { storiesPlugin } from './scripts/wtr-stories-plugin.mjs';
import { countReporter } from './scripts/wtr-count-reporter.mjs';

const countsFile = process.env.GER_WTR_COUNTS;

export default {
  rootDir: '.',
  files: ['packages/components/src/**/*.test.ts', 'packages/components/test/*.test.ts', 'stories/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: findChromium(),
        headless: true,
        // element.computedRole / computedName: what a screen reader gets, for elements the
        // accessibility snapshot leaves out (landmarks without focusable content).
        args: ['--enable-blink-features=ComputedAccessibilityInfo'],
      },
    }),
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }),
    a11ySnapshotPlugin(),
    storiesPlugin(),
  ],
  // Lit's development build (kept for its extra checks) says so once per file: noise, not news.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  reporters: [defaultReporter(), ...(countsFile ? [countReporter(countsFile)] : [])],
  // Tokens and axe load before the test, as tokens CSS and a script would on a real page.
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="mn">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="stylesheet" href="/packages/tokens/dist/css/ger.css" />
    <script src="/node_modules/axe-core/axe.min.js"></script>
  </head>
  <body>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
