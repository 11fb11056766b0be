import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import {
  findBrokenWords,
  findClippedElements,
  horizontalOverflow,
  resetConditions,
  setDisplaySetting,
  setForcedColors,
  setLang,
  setNarrowViewport,
} from '../../test/viewing-conditions.js';
import { itNeeds, press } from '../../test/engine.js';
import { captureConsole, deepActiveElement, nextFrame } from '../../test/helpers.js';
import { getPreferencesStore, STORAGE_KEY } from '../preferences/preferences.js';
import type { GerDisplaySettings } from './display-settings.js';
import './display-settings.js';
import '../button/button.js';
import '../notification-banner/notification-banner.js';
import '../skip-link/skip-link.js';
import '../tag/tag.js';
import '../theme-toggle/theme-toggle.js';

const toggle = (el: GerDisplaySettings) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!;
const panel = (el: GerDisplaySettings) => el.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
const radio = (el: GerDisplaySettings, name: string, value: string) =>
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const status = (el: GerDisplaySettings) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
const root = document.documentElement;
const tick = () => new Promise((resolve) => setTimeout(resolve));

afterEach(async () => {
  getPreferencesStore().reset();
  localStorage.removeItem(STORAGE_KEY);
  await resetConditions();
});

describe('ger-display-settings', () => {
  it('is a disclosure: a labelled button that shows and hides the panel', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings></ger-display-settings>`);
    expect(toggle(el).textContent!.trim()).to.equal('Дэлгэцийн тохиргоо');
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el), 'a closed panel is not rendered').to.be.null;
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(toggle(el).getAttribute('aria-controls')).to.equal('panel');
    expect(panel(el).id).to.equal('panel');
    expect(panel(el).getBoundingClientRect().height).to.be.greaterThan(100);
    toggle(el).click();
    await el.updateComplete;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(panel(el)).to.be.null;
  });

  it('renders only its button while closed, and loads the panel before it is opened', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings></ger-display-settings>`);
    expect(el.shadowRoot!.querySelectorAll('*').length, 'button, icons, text, live region').to.be.lessThan(10);
    expect(el.shadowRoot!.querySelector('input, fieldset')).to.be.null;
    // Hovering or focusing the button loads the panel's code, so a press opens it at once.
    toggle(el).dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    el.open = true;
    el.requestUpdate();
    await nextFrame();
    expect(panel(el), 'rendered in the first frame after opening').to.exist;
    expect(el.shadowRoot!.querySelectorAll('fieldset').length).to.equal(5);
  });

  it('says it is closed again when its panel could not be downloaded, and the next press tries again', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings></ger-display-settings>`);
    const part = (el as unknown as { panelPart: { options: { load: () => Promise<unknown> } } }).panelPart;
    const load = part.options.load;
    let tries = 0;
    part.options.load = () => (++tries === 1 ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    const errors = await captureConsole('error', async () => {
      toggle(el).click();
      await waitUntil(() => !el.open, 'closed again after the failed download');
    });
    expect(errors, 'the failure is in the console').to.have.length(1);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    toggle(el).click();
    await waitUntil(() => panel(el), 'the panel, downloaded on the next press');
    expect(tries).to.equal(2);
    expect(el.open).to.be.true;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
  });

  it('lets find-in-page reach the panel text once it is open', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings open lang="en"></ger-display-settings>`);
    expect(panel(el).innerText).to.contain('Reset to defaults');
    expect(panel(el).checkVisibility()).to.be.true;
  });

  it('offers every setting as a labelled group of radio buttons', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings open lang="en"></ger-display-settings>`);
    const legends = [...el.shadowRoot!.querySelectorAll('legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['Text size', 'Spacing between lines, words and letters', 'Colour theme', 'Motion', 'Font']);
    const sizes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="textSize"]')].map((i) => i.closest('label')!.textContent!.trim());
    expect(sizes).to.deep.equal(['100%', '125%', '150%', '175%', '200%']);
    expect(radio(el, 'textSize', '100').checked).to.be.true;
    expect(radio(el, 'theme', 'system').checked).to.be.true;
  });

  it('works with the keyboard alone: Enter opens, Tab reaches the groups, arrows choose, Escape closes', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings></ger-display-settings>`);
    await press('Tab');
    expect(deepActiveElement()).to.equal(toggle(el));
    await press('Enter');
    await el.updateComplete;
    expect(el.open).to.be.true;
    await press('Tab');
    expect(deepActiveElement()).to.equal(radio(el, 'textSize', '100'));
    await press('ArrowRight');
    await press('ArrowRight');
    await el.updateComplete;
    expect(radio(el, 'textSize', '150').checked).to.be.true;
    expect(root.getAttribute('data-ger-text-size')).to.equal('150');
    expect(getComputedStyle(root).fontSize).to.equal('24px');
    expect(status(el)).to.equal('Текстийн хэмжээ: 150%');
    await press('Tab');
    expect(deepActiveElement()).to.equal(radio(el, 'textSpacing', 'normal'), 'Tab moves to the next group');
    await press('Escape');
    await el.updateComplete;
    expect(el.open).to.be.false;
    expect(deepActiveElement()).to.equal(toggle(el));
  });

  it('over the page (overlay), closes once focus leaves it, and leaves focus where it went; in the flow it stays open', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div style="position: relative"><ger-display-settings overlay></ger-display-settings><a href="#after">Дараагийн холбоос</a></div>`,
    );
    const el = wrap.querySelector('ger-display-settings')!;
    const after = wrap.querySelector('a')!;
    toggle(el).focus();
    await press('Enter');
    await el.updateComplete;
    radio(el, 'textSize', '100').focus();
    expect(el.open, 'focus inside the panel').to.be.true;
    after.focus();
    await el.updateComplete;
    expect(el.open, 'focus went outside').to.be.false;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(document.activeElement).to.equal(after);

    el.overlay = false;
    el.open = true;
    await el.updateComplete;
    radio(el, 'textSize', '100').focus();
    after.focus();
    await el.updateComplete;
    expect(el.open, 'in the flow the panel pushes the page down and hides nothing').to.be.true;
  });

  it('draws its radio buttons at the reader’s text size', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings open></ger-display-settings>`);
    const size = () => radio(el, 'textSize', '100').getBoundingClientRect().width;
    const text = () => parseFloat(getComputedStyle(radio(el, 'textSize', '100').closest('label')!).fontSize);
    getPreferencesStore().set({ textSize: 200 });
    await el.updateComplete;
    // A form control's own default font size (13.33 px) left the circle at 17 px beside 32 px text.
    expect(size()).to.be.closeTo(1.25 * text(), 1);
  });

  it('keeps a choice made before the settings store has loaded', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings></ger-display-settings>`);
    // A slow connection: the store's code comes a moment after the panel's.
    const load = el.preferences.load.bind(el.preferences);
    el.preferences.load = () => new Promise((resolve) => setTimeout(resolve, 100)).then(load);
    el.open = true;
    await waitUntil(() => panel(el));
    radio(el, 'textSize', '150').click();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    expect(root.getAttribute('data-ger-text-size')).to.equal('150');
    expect(radio(el, 'textSize', '150').checked).to.be.true;
    expect(status(el)).to.equal('Текстийн хэмжээ: 150%');
  });

  it('applies each setting at once and announces it politely', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings open></ger-display-settings>`);
    const choose = async (name: string, value: string) => {
      radio(el, name, value).click();
      await el.updateComplete;
    };
    await choose('theme', 'night');
    expect(root.getAttribute('data-ger-theme')).to.equal('night');
    expect(status(el)).to.equal('Өнгөний горим: Шөнийн');
    await choose('textSpacing', 'wcag');
    expect(getComputedStyle(root).letterSpacing).to.equal(`${0.12 * 16}px`);
    await choose('motion', 'reduce');
    expect(getComputedStyle(root).getPropertyValue('--ger-duration-fast').trim()).to.equal('0ms');
    await choose('font', 'legible');
    expect(getComputedStyle(root).fontFamily).to.contain('Atkinson Hyperlegible');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.closest('[aria-live="assertive"]')).to.be.null;
  });

  it('says which theme "follow my device" means now', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings open lang="en"></ger-display-settings>`);
    const label = radio(el, 'theme', 'system').closest('label')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(label).to.match(/^Follow my device's setting \(now: (Light|Night|High contrast)\)$/);
  });

  it('reset restores the defaults and says so', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings open></ger-display-settings>`);
    radio(el, 'textSize', '200').click();
    radio(el, 'theme', 'contrast').click();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!.click();
    await el.updateComplete;
    expect(root.hasAttribute('data-ger-text-size')).to.be.false;
    expect(root.hasAttribute('data-ger-theme')).to.be.false;
    expect(radio(el, 'textSize', '100').checked).to.be.true;
    expect(status(el)).to.equal('Тохиргоог анхны байдалд нь буцаалаа');
  });

  itNeeds(['media emulation'], "under forced colours says that the system's colours replace the theme, on the theme choices", async () => {
    await setForcedColors(true);
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings open lang="en"></ger-display-settings>`);
    await waitUntil(() => el.shadowRoot!.querySelector('#forced-note'), 'the note shows', { timeout: 2000 });
    const note = el.shadowRoot!.querySelector('#forced-note')!;
    expect(note.closest('fieldset')!.querySelector('legend')!.textContent!.trim()).to.equal('Colour theme');
    expect(radio(el, 'theme', 'night').getAttribute('aria-describedby')).to.equal('forced-note');
    expect(radio(el, 'textSize', '150').hasAttribute('aria-describedby')).to.be.false;
    expect(radio(el, 'theme', 'system').closest('label')!.textContent!.replace(/\s+/g, ' ').trim(), 'no theme is "now" in use').to.equal(
      "Follow my device's setting",
    );
  });

  it('keeps two panels on one page in sync', async () => {
    const page = await fixture(html`<div><ger-display-settings open></ger-display-settings><ger-display-settings open></ger-display-settings></div>`);
    const [first, second] = page.querySelectorAll('ger-display-settings');
    // The panels load later: `updateComplete` waits for them (a fixture of the wrapper does not).
    await Promise.all([first.updateComplete, second.updateComplete]);
    radio(first, 'textSpacing', 'wide').click();
    await second.updateComplete;
    expect(radio(second, 'textSpacing', 'wide').checked).to.be.true;
    expect(status(second), 'only the panel used speaks').to.equal('');
  });

  it('shows choices stored before it loaded (after a reload)', async () => {
    getPreferencesStore().set({ textSize: 175, font: 'legible' });
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings open></ger-display-settings>`);
    expect(radio(el, 'textSize', '175').checked).to.be.true;
    expect(radio(el, 'font', 'legible').checked).to.be.true;
  });

  for (const [lang, text] of [
    ['mn', 'Дэлгэцийн тохиргоо'],
    ['en', 'Display settings'],
  ]) {
    itNeeds(['viewport'], `at 320 px with 200% text keeps the words of its button whole (${lang})`, async () => {
      await setNarrowViewport(320);
      setDisplaySetting('textSize', '200');
      setLang(lang);
      const el = await fixture<GerDisplaySettings>(html`<ger-display-settings></ger-display-settings>`);
      const label = toggle(el).querySelector('.text')!;
      await waitUntil(() => label.textContent === text, 'the label in the page language');
      expect(findBrokenWords(label)).to.deep.equal([]);
      expect(horizontalOverflow(), 'sideways scrolling').to.equal(0);
    });
  }

  for (const lang of ['mn', 'en']) {
    itNeeds(['viewport'], `open over a phone's page (overlay) at 320 px with 200% text, keeps the words of its options whole (${lang})`, async () => {
      await setNarrowViewport(320);
      // A phone draws its scrollbar over the page; the test browser's would take 15 px of the 320.
      root.style.scrollbarWidth = 'none';
      setDisplaySetting('textSize', '200');
      setLang(lang);
      // As in the header: a toolbar the width of the screen (out of the page's margin), the panel under it.
      const bar =
        await fixture<HTMLElement>(html`<div style="position: relative; margin-inline: calc(50% - 50vw); padding: 0 1rem; display: flex; justify-content: end">
        <ger-display-settings overlay open></ger-display-settings>
      </div>`);
      const el = bar.querySelector('ger-display-settings')!;
      await waitUntil(() => panel(el), 'the panel');
      await el.updateComplete;
      const texts = [...panel(el).querySelectorAll('legend, .option .text')];
      expect(texts.length).to.be.greaterThan(10);
      try {
        expect(texts.flatMap((text) => findBrokenWords(text))).to.deep.equal([]);
        expect(horizontalOverflow(), 'sideways scrolling').to.equal(0);
      } finally {
        root.style.scrollbarWidth = '';
      }
    });
  }

  it('follows the language of the page', async () => {
    const el = await fixture<GerDisplaySettings>(html`<ger-display-settings></ger-display-settings>`);
    root.lang = 'en';
    await tick();
    await el.updateComplete;
    expect(toggle(el).textContent!.trim()).to.equal('Display settings');
  });
});

describe('display settings on every component', () => {
  const everything = () => html`<div>
    <ger-skip-link></ger-skip-link>
    <ger-display-settings open></ger-display-settings>
    <ger-theme-toggle></ger-theme-toggle>
    <main id="main">
      <ger-notification-banner variant="warning" dismissible heading="Паспортын хугацаа дуусах гэж байна">
        <p>Гадаад паспортын хугацаа 30 хоногийн дараа дуусна. Шинээр захиалахдаа иргэний үнэмлэхээ авчирна уу.</p>
      </ger-notification-banner>
      <ger-button>Өргөдөл илгээх</ger-button> <ger-button variant="secondary" loading>Ноорог хадгалах</ger-button>
      <ger-button variant="quiet" href="/help">Тусламж</ger-button>
      <ger-tag variant="success">Шийдвэрлэгдсэн</ger-tag> <ger-tag variant="warning">Нэмэлт мэдээлэл шаардлагатай</ger-tag>
    </main>
  </div>`;
  const components = (page: Element) => [...page.querySelectorAll('*')].filter((e) => e.localName.startsWith('ger-'));
  const inner = (el: Element) => (el.shadowRoot!.querySelector('[part]') ?? el.shadowRoot!.firstElementChild) as Element;
  const snapshot = (page: Element, property: string) => components(page).map((el) => getComputedStyle(inner(el)).getPropertyValue(property));

  for (const [setting, value, property] of [
    ['textSize', 150, 'font-size'],
    ['textSpacing', 'wcag', 'word-spacing'],
    ['theme', 'night', 'color'],
    ['theme', 'contrast', 'color'],
    ['font', 'legible', 'font-family'],
    ['motion', 'reduce', 'transition-duration'],
  ] as const) {
    it(`${setting} ${value} changes the computed ${property} of every component`, async () => {
      getPreferencesStore().set({ theme: 'light' });
      const page = await fixture(everything());
      await nextFrame();
      const before = snapshot(page, property);
      getPreferencesStore().set({ [setting]: value });
      const after = snapshot(page, property);
      const unchanged = components(page)
        .filter((_, i) => before[i] === after[i])
        .map((e) => e.localName);
      if (property === 'transition-duration') {
        // Only the parts that move have a duration to reduce: every one of them stops.
        const moving = (page: Element) =>
          components(page)
            .flatMap((el) => [...el.shadowRoot!.querySelectorAll('*')])
            .filter((part) => ['transitionDuration', 'animationDuration'].some((p) => parseFloat(getComputedStyle(part)[p as 'transitionDuration']) > 0));
        getPreferencesStore().set({ motion: 'system' });
        const animated = moving(page);
        expect(animated.length, 'parts that move').to.be.greaterThan(0);
        getPreferencesStore().set({ motion: 'reduce' });
        expect(moving(page)).to.deep.equal([]);
      } else {
        expect(unchanged).to.deep.equal([]);
      }
    });
  }

  itNeeds(['viewport'], 'with 200% text and the widest spacing at 320 px, nothing clips and nothing scrolls sideways', async () => {
    await setNarrowViewport(320);
    getPreferencesStore().set({ textSize: 200, textSpacing: 'wide' });
    const page = await fixture(everything());
    await nextFrame();
    expect(horizontalOverflow()).to.equal(0);
    expect(findClippedElements(page)).to.deep.equal([]);
    for (const el of components(page)) {
      expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(320);
    }
  });
});

describeAccessibility('ger-display-settings', () => html`<ger-display-settings open></ger-display-settings>`);
