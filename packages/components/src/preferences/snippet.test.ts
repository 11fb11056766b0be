// The <head> snippet (dist/preferences-snippet.js) and a real second tab, in iframes of this
// origin: they share localStorage and receive each other's storage events, as tabs do.
import { expect } from '@open-wc/testing';
import { getPreferencesStore, STORAGE_KEY } from './preferences.js';

interface Snippet {
  code: string;
  csp: string;
}

async function loadSnippet(): Promise<Snippet> {
  return (await fetch('/packages/components/dist/preferences-snippet.json')).json();
}

/** An iframe whose document is `html`; resolves once it has loaded. */
async function frame(html: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  return iframe;
}

const frames: HTMLIFrameElement[] = [];
const open = async (html: string) => {
  const iframe = await frame(html);
  frames.push(iframe);
  return iframe;
};

describe('preferences snippet and tabs', () => {
  afterEach(() => {
    frames.splice(0).forEach((f) => f.remove());
    getPreferencesStore().reset();
    localStorage.removeItem(STORAGE_KEY);
  });

  it('applies stored settings before first paint, under a strict CSP that allows only its hash', async () => {
    const { code, csp } = await loadSnippet();
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ version: 1, preferences: { theme: 'night', textSize: 150, textSpacing: 'normal', motion: 'system', font: 'legible' } }),
    );
    const iframe = await open(`<!doctype html><html><head>
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${csp}">
      <script>${code}</script>
      <script>window.inlineRan = true;</script>
    </head><body></body></html>`);
    const root = iframe.contentDocument!.documentElement;
    expect(root.getAttribute('data-ger-theme')).to.equal('night');
    expect(root.getAttribute('data-ger-text-size')).to.equal('150');
    expect(root.getAttribute('data-ger-font')).to.equal('legible');
    expect((iframe.contentWindow as Window & { inlineRan?: boolean }).inlineRan, 'the CSP blocks other inline scripts').to.be.undefined;
  });

  it('publishes the true hash of its code', async () => {
    const { code, csp } = await loadSnippet();
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code));
    const hash = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(csp).to.equal(`'sha256-${hash}'`);
  });

  it('does nothing and throws nothing with corrupt stored data', async () => {
    const { code } = await loadSnippet();
    localStorage.setItem(STORAGE_KEY, '{broken');
    const iframe = await open(
      `<!doctype html><html><head><script>window.errors = []; onerror = (e) => errors.push(e);</script><script>${code}</script></head></html>`,
    );
    expect((iframe.contentWindow as Window & { errors: unknown[] }).errors).to.deep.equal([]);
    expect(iframe.contentDocument!.documentElement.getAttributeNames()).to.deep.equal([]);
  });

  it('a page where localStorage throws on access still works: the snippet, the panel and the switch, with a warning and no error', async () => {
    const { code } = await loadSnippet();
    const iframe = await open(`<!doctype html><html><head>
      <script>
        window.errors = [];
        window.warnings = [];
        addEventListener('error', (e) => errors.push(e.message));
        addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
        const warn = console.warn;
        console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };
        Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
      </script>
      <script>${code}</script>
      <link rel="stylesheet" href="/packages/tokens/dist/css/ger.css">
      <script type="module" src="/packages/components/dist/cdn/ger.min.js"></script>
    </head><body><ger-theme-toggle></ger-theme-toggle><ger-display-settings open></ger-display-settings></body></html>`);
    type Frame = Window & { errors: string[]; warnings: string[]; customElements: CustomElementRegistry };
    const win = iframe.contentWindow as Frame;
    const doc = iframe.contentDocument!;
    await Promise.all(['ger-theme-toggle', 'ger-display-settings'].map((tag) => win.customElements.whenDefined(tag)));
    const panel = doc.querySelector('ger-display-settings') as HTMLElement & { updateComplete: Promise<unknown> };
    const toggle = doc.querySelector('ger-theme-toggle') as HTMLElement & { updateComplete: Promise<unknown> };
    await Promise.all([panel.updateComplete, toggle.updateComplete]);
    panel.shadowRoot!.querySelector<HTMLInputElement>('input[name="textSize"][value="200"]')!.click();
    toggle.shadowRoot!.querySelector('button')!.click();
    await Promise.all([panel.updateComplete, toggle.updateComplete]);
    expect(doc.documentElement.getAttribute('data-ger-text-size')).to.equal('200');
    expect(doc.documentElement.getAttribute('data-ger-theme')).to.equal('night');
    expect(win.getComputedStyle(doc.documentElement).fontSize).to.equal('32px');
    expect(win.errors).to.deep.equal([]);
    expect(win.warnings.length, win.warnings.join('\n')).to.equal(1);
    expect(win.warnings[0]).to.contain('this page only');
  });

  it('a second tab follows a change made in this one', async () => {
    const other = await open(`<!doctype html><html><head>
      <script type="module">
        import { getPreferencesStore } from '/packages/components/dist/preferences.js';
        window.store = getPreferencesStore();
      </script></head><body></body></html>`);
    const otherWindow = other.contentWindow as Window & { store?: unknown };
    for (let i = 0; i < 250 && !otherWindow.store; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(otherWindow.store, 'the other tab loaded its store').to.exist;
    getPreferencesStore().set({ theme: 'contrast', textSize: 125 });
    const otherRoot = other.contentDocument!.documentElement;
    for (let i = 0; i < 250 && !otherRoot.hasAttribute('data-ger-theme'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(otherRoot.getAttribute('data-ger-theme')).to.equal('contrast');
    expect(otherRoot.getAttribute('data-ger-text-size')).to.equal('125');
  });
});
