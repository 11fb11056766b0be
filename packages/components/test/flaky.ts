/**
 * Pages on a flaky link: a frame (its own element registry) whose module comes through
 * `/__ger/flaky/` (scripts/wtr-flaky-middleware.mjs), so that one file it imports, now or later,
 * fails to download once.
 */
const frames: HTMLIFrameElement[] = [];

/** Removes the frames opened by the test. */
export function closeFlakyPages(): void {
  frames.splice(0).forEach((frame) => frame.remove());
}

/**
 * `path` (from the server's root, such as `/packages/components/dist/cdn/autoloader.js`) as a URL
 * under which the first download of `file` fails: dropped in the middle, or with `how` `http`,
 * refused with HTTP 503.
 */
export function flakyUrl(path: string, file: string, how: '' | 'http' = ''): string {
  return `/__ger/flaky/${how}${Math.random().toString(36).slice(2)}/${file}${path}`;
}

/** A frame's window, with what its scripts said with `console.error` (kept there, not printed: the failures are expected). */
export type FlakyWindow = Window & typeof globalThis & { consoleErrors: unknown[][] };

/** A page with `body` and the module at `path` (a URL from the root), `failing` once among the files it loads (see `flakyUrl`). */
export async function openFlakyPage(body: string, path: string, failing: string, lang = 'mn', how: '' | 'http' = ''): Promise<FlakyWindow> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head>
    <script>window.consoleErrors = []; console.error = (...args) => consoleErrors.push(args);</script>
    <link rel="stylesheet" href="/packages/tokens/dist/css/ger.css" />
    <script type="module" src="${flakyUrl(path, failing, how)}"></script>
  </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow as FlakyWindow;
}

/** The browser is back online, as far as the page can tell. */
export function backOnline(win: Window = window): void {
  win.dispatchEvent(new Event('online'));
}
