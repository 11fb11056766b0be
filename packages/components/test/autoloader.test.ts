// dist/cdn/autoloader.js on pages with nothing else (each in a frame of its own, so its own
// element registry), and the runtime's watching of shadow roots with elements made up here.
import { expect, waitUntil } from '@open-wc/testing';
import { importFile, preloadModules, startAutoloader } from '../src/autoloader.js';
import { STORAGE_KEY } from '../src/preferences/model.js';
import { fakeTimers } from './clock.js';
import { backOnline, closeFlakyPages, flakyUrl, openFlakyPage } from './flaky.js';
import { captureWarnings } from './helpers.js';

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page whose head holds only the tokens stylesheet and the autoloader's script tag. */
async function openPage(body: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="mn"><head>
    <link rel="stylesheet" href="/packages/tokens/dist/css/ger.css" />
    <script type="module" src="/packages/components/dist/cdn/autoloader.js"></script>
  </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  return frame.contentWindow!;
}

/** The files of dist/cdn/ the page has fetched (`chunks/shell.js` -> `chunks/shell`), sorted. */
function fetchedFiles(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => /\/cdn\/([a-z-]+\/[a-z-]+)\.js$/.exec(new URL(entry.name).pathname)?.[1])
    .filter((name): name is string => Boolean(name))
    .sort();
}

/** The element files the page has fetched (`elements/button.js` -> `button`), sorted. */
function fetchedElements(win: Window): string[] {
  return fetchedFiles(win).flatMap((file) => (file.startsWith('elements/') ? [file.slice('elements/'.length)] : []));
}

async function defined(win: Window, ...tags: string[]): Promise<void> {
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
}

describe('dist/cdn/autoloader.js', () => {
  it('defines the elements on the page, fetching their chunks only', async () => {
    const win = await openPage('<main><ger-button>Илгээх</ger-button> <ger-tag>Шинэ</ger-tag></main>');
    await defined(win, 'ger-button', 'ger-tag');
    const button = win.document.querySelector<Rendered>('ger-button')!;
    await button.updateComplete;
    expect(button.shadowRoot!.querySelector('button')).to.exist;
    expect(fetchedElements(win)).to.deep.equal(['button', 'tag']);
    expect(win.performance.getEntriesByType('resource').some((entry) => entry.name.includes('ger.min.js'))).to.be.false;
    // The page shell (header, footer, ...) comes only to pages that have one of its elements.
    expect(fetchedFiles(win)).not.to.include('chunks/shell');
  });

  it('fetches no page shell for a side navigation or a site alert on a site with a header of its own', async () => {
    const win = await openPage(
      '<ger-site-alert heading="Мэдээ"><p>Засвар</p></ger-site-alert><ger-side-nav><ul><li><a href="#a">Нэг</a></li></ul></ger-side-nav>',
    );
    await defined(win, 'ger-site-alert', 'ger-side-nav');
    await win.document.querySelector<Rendered>('ger-side-nav')!.updateComplete;
    // They share the disclosure controller with the header: it is in the core, not in the shell's file.
    expect(fetchedElements(win)).to.deep.equal(['side-nav', 'site-alert']);
    expect(fetchedFiles(win)).not.to.include('chunks/shell');
  });

  it("asks for an element's dependencies together with its own file (modulepreload), each once", async () => {
    const win = await openPage(
      '<main><ger-table><table><caption>Хураамж</caption><tr><th>Энгийн</th><td>70 000₮</td></tr></table></ger-table> <ger-button>Илгээх</ger-button></main>',
    );
    await defined(win, 'ger-table', 'ger-button');
    const preloads = [...win.document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => new URL(link.href).pathname);
    expect(preloads.length, "the elements' own files at least").to.be.greaterThan(1);
    expect(new Set(preloads).size, 'no file asked for twice').to.equal(preloads.length);
    const fetched = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    for (const path of preloads) {
      expect(path).to.match(/\/packages\/components\/dist\/cdn\/(chunks|elements)\/[a-z0-9.-]+\.js$/);
      expect(fetched, `${path} was downloaded`).to.include(path);
    }
  });

  it('downloads no sorting code for a table without a sortable column: the sort comes with its part', async () => {
    const win = await openPage('<ger-table><table><caption>Хураамж</caption><tr><th>Энгийн</th><td>70 000₮</td></tr></table></ger-table>');
    await defined(win, 'ger-table');
    await win.document.querySelector<Rendered>('ger-table')!.updateComplete;
    expect(fetchedFiles(win)).not.to.include('chunks/sorting');
    // The table's own file, by its source map: the modules it is made of.
    const { sources } = (await (await fetch('/packages/components/dist/cdn/elements/table.js.map')).json()) as { sources: string[] };
    expect(
      sources.some((source) => source.endsWith('/table/table.ts')),
      'the map names the modules',
    ).to.be.true;
    expect(sources.filter((source) => /\/table\/sort(ing)?\.ts$/.test(source))).to.deep.equal([]);
  });

  it('defines elements added later, and those nested in them', async () => {
    const win = await openPage('<main></main>');
    expect(fetchedElements(win)).to.deep.equal([]);
    const main = win.document.querySelector('main')!;
    main.innerHTML = '<ger-notification-banner variant="success"><p>Илгээгдлээ. <ger-tag>Шинэ</ger-tag></p></ger-notification-banner>';
    await defined(win, 'ger-notification-banner', 'ger-tag');
    main.append(win.document.createElement('ger-button'));
    await defined(win, 'ger-button');
    const banner = main.querySelector<Rendered>('ger-notification-banner')!;
    await banner.updateComplete;
    expect(banner.shadowRoot!.childElementCount).to.be.greaterThan(0);
    expect(main.querySelector('ger-tag')!.shadowRoot).to.exist;
    expect(fetchedElements(win)).to.deep.equal(['button', 'notification-banner', 'tag']);
  });

  it('defines the elements a Ger element renders in its shadow root (the header and its display settings)', async () => {
    const win = await openPage('<ger-header></ger-header>');
    await defined(win, 'ger-header');
    const header = win.document.querySelector<Rendered>('ger-header')!;
    await header.updateComplete;
    const settings = header.shadowRoot!.querySelector<Rendered>('ger-display-settings')!;
    expect(settings).to.exist;
    await defined(win, 'ger-display-settings');
    await settings.updateComplete;
    expect(settings.shadowRoot!.childElementCount).to.be.greaterThan(0);
    // The header, its language switch and display settings are the page shell's, in one file; no other element is fetched.
    expect(win.customElements.get('ger-language-switch')).to.exist;
    expect(fetchedFiles(win)).to.include('chunks/shell');
    expect(fetchedElements(win)).to.deep.equal([]);
  });
});

describe('preloadModules', () => {
  it('adds one modulepreload link per module, however often it is asked for', () => {
    // A file that exists, so the browser's fetch of it finds something; it is not run.
    const url = new URL('/packages/components/dist/cdn/elements/tag.js', location.href).href;
    preloadModules([url, url]);
    preloadModules([url]);
    const links = [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].filter((link) => link.href === url);
    expect(links).to.have.length(1);
    links.forEach((link) => link.remove());
  });
});

describe('startAutoloader', () => {
  it('watches the shadow roots of the elements it loads, for what they render later, and warns once of an unknown ger- tag', async () => {
    const loads: string[] = [];
    // An element whose shadow root gets another Ger element after a while, as a part that loads later would.
    class Outer extends HTMLElement {
      connectedCallback() {
        const shadow = this.attachShadow({ mode: 'open' });
        setTimeout(() => (shadow.innerHTML = '<p><ger-test-inner></ger-test-inner></p>'), 20);
      }
    }
    const autoloader = startAutoloader({
      'ger-test-outer': async () => {
        loads.push('outer');
        customElements.define('ger-test-outer', Outer);
      },
      'ger-test-inner': async () => {
        loads.push('inner');
        customElements.define('ger-test-inner', class extends HTMLElement {});
      },
    });
    try {
      const warnings = await captureWarnings(async () => {
        document.body.insertAdjacentHTML(
          'beforeend',
          '<div id="autoload"><ger-test-outer></ger-test-outer><ger-test-outer></ger-test-outer><ger-tset-inner></ger-tset-inner><ger-tset-inner></ger-tset-inner></div>',
        );
        await waitUntil(() => customElements.get('ger-test-inner'), 'the inner element is defined');
      });
      expect(loads).to.deep.equal(['outer', 'inner']);
      expect(warnings.filter((w) => w.includes('<ger-tset-inner> is not a Ger element'))).to.have.length(1);
    } finally {
      autoloader.stop();
      document.getElementById('autoload')?.remove();
    }
  });
});

describe('startAutoloader, after a failed download', () => {
  /** A file that fails to download `failures` times, then defines `tag`; `attempts` counts the downloads. */
  function flakyFile(tag: string, failures: number) {
    const file = {
      attempts: [] as number[],
      load: async () => {
        file.attempts.push(file.attempts.length);
        if (file.attempts.length <= failures) throw new TypeError('Failed to fetch dynamically imported module');
        customElements.define(tag, class extends HTMLElement {});
      },
    };
    return file;
  }

  let original: typeof console.error;
  const errors: unknown[][] = [];
  beforeEach(() => {
    original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
  });
  afterEach(() => {
    console.error = original;
    errors.length = 0;
    document.getElementById('autoload')?.remove();
  });
  const add = (html: string) => document.body.insertAdjacentHTML('beforeend', `<div id="autoload">${html}</div>`);
  const tick = () => new Promise((resolve) => setTimeout(resolve));

  it('asks for it again when the browser is back online, saying the retries count, and says why in the console', async () => {
    const file = flakyFile('ger-test-flaky-online', 1);
    const autoloader = startAutoloader({ 'ger-test-flaky-online': file.load });
    try {
      add('<ger-test-flaky-online></ger-test-flaky-online>');
      await waitUntil(() => errors.length, 'the failure is said');
      expect(String(errors[0][0])).to.contain('<ger-test-flaky-online> could not be loaded');
      backOnline();
      await waitUntil(() => customElements.get('ger-test-flaky-online'), 'the element is defined');
      expect(file.attempts).to.have.length(2);
    } finally {
      autoloader.stop();
    }
  });

  it('asks again after 2 s, then 4 s, and so on, when the browser does not say it is back', async () => {
    const file = flakyFile('ger-test-flaky-timer', 2);
    const clock = fakeTimers();
    const autoloader = startAutoloader({ 'ger-test-flaky-timer': file.load });
    try {
      add('<ger-test-flaky-timer></ger-test-flaky-timer>');
      await waitUntil(() => clock.pending.length, 'a retry waits');
      expect(clock.runLast()).to.equal(2000);
      await waitUntil(() => file.attempts.length === 2 && clock.pending.length, 'the next retry waits');
      expect(clock.runLast()).to.equal(4000);
      await waitUntil(() => customElements.get('ger-test-flaky-timer'), 'the element is defined');
      expect(clock.pending).to.have.length(0);
    } finally {
      clock.restore();
      autoloader.stop();
    }
  });

  it('asks again only while such an element is in the page, and at once when a new one appears', async () => {
    const file = flakyFile('ger-test-flaky-gone', 1);
    const clock = fakeTimers();
    const autoloader = startAutoloader({ 'ger-test-flaky-gone': file.load });
    try {
      add('<ger-test-flaky-gone></ger-test-flaky-gone>');
      await waitUntil(() => clock.pending.length, 'a retry waits');
      document.getElementById('autoload')!.remove();
      clock.runLast();
      await tick();
      expect(file.attempts, 'no element left to load it for').to.have.length(1);
      add('<p><ger-test-flaky-gone></ger-test-flaky-gone></p>');
      await waitUntil(() => customElements.get('ger-test-flaky-gone'), 'the new element is defined');
      expect(file.attempts).to.have.length(2);
    } finally {
      clock.restore();
      autoloader.stop();
    }
  });

  it('leaves no retry waiting once stopped', async () => {
    const file = flakyFile('ger-test-flaky-stopped', 1);
    const clock = fakeTimers();
    const autoloader = startAutoloader({ 'ger-test-flaky-stopped': file.load });
    try {
      add('<ger-test-flaky-stopped></ger-test-flaky-stopped>');
      await waitUntil(() => clock.pending.length, 'a retry waits');
      autoloader.stop();
      expect(clock.pending).to.have.length(0);
      backOnline();
      await tick();
      expect(file.attempts).to.have.length(1);
    } finally {
      clock.restore();
      autoloader.stop();
    }
  });
});

describe('importFile', () => {
  it('asks at another URL after a failed download (the browser may keep the failure), and then gives that one module to every call', async () => {
    const url = flakyUrl('/packages/components/src/utils/retry.ts', 'retry.ts', 'http');
    let failure: unknown;
    await importFile(url).catch((error: unknown) => (failure = error));
    expect(failure, 'the first download fails').to.be.instanceOf(TypeError);
    const module = await importFile(url);
    expect(await importFile(url), 'one copy').to.equal(module);
    const asked = performance.getEntriesByType('resource').filter((entry) => entry.name.includes(url));
    expect(asked.map((entry) => entry.name.slice(entry.name.indexOf(url) + url.length))).to.deep.equal(['', '?retry=1']);
  });
});

describe('dist/cdn/autoloader.js on a flaky link', () => {
  afterEach(closeFlakyPages);

  for (const [failure, token] of [
    ['dropped in the middle', ''],
    ['refused by the server (HTTP 503)', 'http'],
  ] as const) {
    it(`defines an element whose file's download was ${failure} once when the browser is back online`, async () => {
      const win = await openFlakyPage('<main><ger-tag>Шинэ</ger-tag></main>', '/packages/components/dist/cdn/autoloader.js', 'tag.js', 'mn', token);
      await waitUntil(() => win.consoleErrors.length, 'the failure is said');
      expect(String(win.consoleErrors[0][0])).to.contain('<ger-tag> could not be loaded');
      expect(win.customElements.get('ger-tag'), 'not yet').to.equal(undefined);
      backOnline(win);
      await win.customElements.whenDefined('ger-tag');
      const tag = win.document.querySelector<Rendered>('ger-tag')!;
      await tag.updateComplete;
      expect(tag.shadowRoot!.childElementCount).to.be.greaterThan(0);
    });

    it(`loads a part that comes later (the live chat's panel) whose download was ${failure} once, when it is tried again`, async () => {
      const win = await openFlakyPage(
        '<ger-live-chat hotline="1111"></ger-live-chat>',
        '/packages/components/dist/cdn/autoloader.js',
        'chat-panel.js',
        'mn',
        token,
      );
      await win.customElements.whenDefined('ger-live-chat');
      const chat = win.document.querySelector<Rendered & { panel?: unknown }>('ger-live-chat')!;
      await chat.updateComplete;
      chat.shadowRoot!.querySelector<HTMLButtonElement>('[part="launcher"]')!.click();
      await waitUntil(() => chat.shadowRoot!.querySelector('[part="panel"] p'), 'the failure is said in the panel');
      backOnline(win);
      await waitUntil(() => chat.panel, 'the panel has loaded', { timeout: 5000 });
      // Asked again at another URL (the failed download is not listed by every browser).
      const asked = win.performance.getEntriesByType('resource').map((entry) => entry.name.split('/').pop());
      expect(asked).to.include('chat-panel.js?retry=1');
    });
  }
});

describe("the display settings' store, through the autoloader", () => {
  // The frames share this page's storage, and so do the test files running beside this one, whose
  // stores follow it as another tab's: the setting stored is the one that changes least there.
  const stored = JSON.stringify({ version: 1, preferences: { motion: 'reduce' } });
  afterEach(() => localStorage.removeItem(STORAGE_KEY));
  const motion = (win: Window) => win.document.documentElement.getAttribute('data-ger-motion');

  it('is not downloaded for a reader who has stored no settings, until the panel is wanted', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const win = await openPage('<ger-display-settings></ger-display-settings>');
    await defined(win, 'ger-display-settings');
    const settings = win.document.querySelector<Rendered>('ger-display-settings')!;
    await settings.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(fetchedFiles(win)).not.to.include('chunks/preferences');
    // Opened, the panel comes with the store: it shows the reader's settings.
    settings.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
    await waitUntil(() => settings.shadowRoot!.querySelector('input[name="textSize"][value="100"]'), 'the panel is open');
    await settings.updateComplete;
    expect(settings.shadowRoot!.querySelector<HTMLInputElement>('input[name="textSize"][value="100"]')!.checked).to.be.true;
    expect(fetchedFiles(win)).to.include('chunks/preferences');
  });

  it('is downloaded at once when the reader has stored settings, and applies them (a page without the head snippet)', async () => {
    localStorage.setItem(STORAGE_KEY, stored);
    const win = await openPage('<ger-display-settings></ger-display-settings>');
    await waitUntil(() => motion(win) === 'reduce', 'the stored setting is applied');
    expect(fetchedFiles(win)).to.include('chunks/preferences');
  });

  it('is downloaded when another tab stores settings, which then apply here too', async () => {
    localStorage.removeItem(STORAGE_KEY);
    const win = await openPage('<ger-display-settings></ger-display-settings>');
    await defined(win, 'ger-display-settings');
    await win.document.querySelector<Rendered>('ger-display-settings')!.updateComplete;
    expect(motion(win)).to.equal(null);
    // This test's page is the other tab: a storage event reaches the frame, as it would another tab.
    localStorage.setItem(STORAGE_KEY, stored);
    await waitUntil(() => motion(win) === 'reduce', "the other tab's setting is applied");
  });
});
