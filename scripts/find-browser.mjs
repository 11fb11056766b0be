import { existsSync } from 'node:fs';

/**
 * Where each engine's browser is looked for. An environment variable names an installed
 * browser elsewhere (a developer's own Chrome, say); the Debian paths are the defaults.
 */
const ENGINE_BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
    install: 'apt-get update && apt-get install -y chromium',
  },
  firefox: {
    env: 'FIREFOX_PATH',
    paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    install: 'apt-get update && apt-get install -y firefox-esr',
  },
  webkit: {
    env: 'WEBKIT_MINIBROWSER_PATH',
    paths: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'],
    install: 'apt-get update && apt-get install -y webkit2gtk-driver xvfb',
    alsoNeeds: ['/usr/bin/WebKitWebDriver', '/usr/bin/Xvfb'],
  },
};

export class BrowserNotFound extends Error {}

/** The browser binary for `engine`, or a BrowserNotFound error that names the install command. */
export function findBrowser(engine) {
  const spec = ENGINE_BROWSERS[engine];
  const fromEnv = process.env[spec.env];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new BrowserNotFound(`${spec.env} is set to ${fromEnv}, which does not exist.`);
  }
  const found = spec.paths.find((path) => existsSync(path));
  const missingTools = (spec.alsoNeeds ?? []).filter((path) => !existsSync(path));
  if (found && missingTools.length === 0) return found;
  throw new BrowserNotFound(
    `No ${engine} browser found${missingTools.length ? ` (missing ${missingTools.join(', ')})` : ''}. Install it with:\n\n    ${spec.install}\n\n` +
      `or point ${spec.env} at an installed one.`,
  );
}

/** Kept for callers that only need Chromium. */
export const findChromium = () => findBrowser('chromium');
