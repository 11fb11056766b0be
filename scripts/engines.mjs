// The three browser engines the suite runs in, and how web-test-runner launches each.
import { playwrightLauncher } from '@web/test-runner-playwright';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { findBrowser } from './find-browser.mjs';

export const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'];

export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** The launcher for one engine; WebKit needs its driver running (see scripts/webkit-driver.mjs). */
export function launcherFor(engine) {
  const executablePath = findBrowser(engine);
  if (engine === 'chromium') {
    return playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        // element.computedRole / computedName: what a screen reader gets, for elements the
        // accessibility snapshot leaves out (landmarks without focusable content).
        args: ['--enable-blink-features=ComputedAccessibilityInfo'],
      },
    });
  }
  if (engine === 'firefox') {
    // Firefox can take over 30 s (Puppeteer's default) to start on a busy two-core machine.
    return puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath, headless: true, timeout: 120000 } });
  }
  return webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port: Number(process.env.GER_WEBKIT_DRIVER_PORT ?? 4455),
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: executablePath, args: ['--automation'] },
    },
  });
}

/**
 * Chromium runs two test files at once. WebKit's driver runs one session at a time. Firefox runs
 * one too (checked again with Firefox ESR 153): a second tab is not drawn, so its animation
 * frames never come and a test waiting for one stalls until its timeout; pages in windows of
 * their own are drawn, but keys go to the focused window only, so keyboard tests fail.
 */
export const concurrencyFor = (engine) => (engine === 'chromium' ? 2 : 1);
