// The all-in-one CDN file on a page with nothing else: one <script type="module">, Lit inside.
import { expect, fixture, html } from '@open-wc/testing';
import { expectNoAxeViolations } from './axe.js';

type Bundle = typeof import('../src/index.js');
type Manifest = { modules: { declarations?: { tagName?: string }[] }[] };

describe('dist/cdn/ger.min.js', () => {
  let bundle: Bundle;
  before(async () => {
    bundle = await import(/* @vite-ignore */ '/packages/components/dist/cdn/ger.min.js' as string);
  });

  it('defines every element the Custom Elements Manifest lists', async () => {
    const manifest: Manifest = await (await fetch('/packages/components/dist/custom-elements.json')).json();
    const tags = manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : []));
    expect(tags).to.include.members(['ger-button', 'ger-display-settings', 'ger-theme-toggle', 'ger-live-chat']);
    const missing = tags.filter((tag) => !customElements.get(tag));
    expect(missing).to.deep.equal([]);
  });

  it('renders a page that passes axe, with Lit from inside the bundle', async () => {
    const page = await fixture(html`<div>
      <ger-skip-link></ger-skip-link>
      <main id="main">
        <ger-notification-banner variant="success"><p>Илгээгдлээ</p></ger-notification-banner>
        <ger-button>Үргэлжлүүлэх</ger-button>
        <ger-tag variant="info">Шинэ</ger-tag>
        <ger-service-card heading="Гадаад паспорт захиалах" href="/services/passport" fee="100000" delivery="hybrid"></ger-service-card>
      </main>
    </div>`);
    await customElements.whenDefined('ger-button');
    const button = page.querySelector('ger-button')!;
    await (button as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(button.shadowRoot!.querySelector('button')).to.exist;
    await expectNoAxeViolations(page);
  });

  it("drives the page's display settings: the panel and the night-mode switch share one store", async () => {
    const root = document.documentElement;
    const page = await fixture(html`<div>
      <ger-theme-toggle></ger-theme-toggle>
      <ger-display-settings open></ger-display-settings>
    </div>`);
    const toggle = page.querySelector('ger-theme-toggle')! as HTMLElement & { updateComplete: Promise<unknown> };
    const panel = page.querySelector('ger-display-settings')! as HTMLElement & { updateComplete: Promise<unknown> };
    await Promise.all([toggle.updateComplete, panel.updateComplete]);
    const option = (name: string, value: string) => panel.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
    try {
      option('textSize', '200').click();
      expect(root.getAttribute('data-ger-text-size')).to.equal('200');
      expect(getComputedStyle(root).fontSize).to.equal('32px');

      toggle.shadowRoot!.querySelector('button')!.click();
      await Promise.all([toggle.updateComplete, panel.updateComplete]);
      expect(root.getAttribute('data-ger-theme')).to.equal('night');
      expect(option('theme', 'night').checked).to.be.true;
      expect(bundle.getPreferencesStore().preferences).to.include({ theme: 'night', textSize: 200 });
      await expectNoAxeViolations(page);
    } finally {
      bundle.getPreferencesStore().reset();
      localStorage.clear();
    }
    expect(root.hasAttribute('data-ger-theme')).to.be.false;
    expect(root.hasAttribute('data-ger-text-size')).to.be.false;
  });
});
