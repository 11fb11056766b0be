import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { describeAccessibility } from '../../test/accessibility.js';
import { expectNoAxeViolations } from '../../test/axe.js';
import { resetConditions, setForcedColors, setTextSize, setTheme } from '../../test/viewing-conditions.js';
import { composingEscape, itNeeds, press } from '../../test/engine.js';
import { captureWarnings, computedAccessibility, deepActiveElement, findAccessibilityNode, nextFrame } from '../../test/helpers.js';
import { expectNoInjection, LONG_WORD, MARKUP, overflowing, SCRIPT_URL } from '../../test/hostile.js';
import { getPreferencesStore, STORAGE_KEY } from '../preferences/preferences.js';
import type { LinkItem } from '../utils/links.js';
import type { GerHeader } from './header.js';
import './header.js';
import '../theme-toggle/theme-toggle.js';

const NAVIGATION: LinkItem[] = [
  { label: 'Нүүр', href: '#home' },
  { label: 'Үйлчилгээ', href: '#services', current: true },
  { label: 'Мэдэгдэл', href: '#notices' },
  { label: 'Өргөдөл, гомдол', href: '#complaints' },
];
const LANGUAGES = [
  { code: 'mn', href: '#mn' },
  { code: 'en', href: '#en' },
];

/** "Монгол Улсын Засгийн газар" in the traditional script (suffixes after a narrow no-break space). */
const GOVERNMENT_MONG = 'ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ\u202fᠤᠨ ᠵᠠᠰᠠᠭ\u202fᠤᠨ ᠭᠠᠵᠠᠷ';

const part = (el: GerHeader, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const menuLinks = (el: GerHeader) => [...part(el, 'menu').querySelectorAll('a')];
const shown = (element: Element) => getComputedStyle(element).display !== 'none';

/** A header in a box of the given width: the menu collapses by the header's own width, not the window's. */
function header(width = '64rem') {
  return fixture<HTMLElement>(html`<div style="inline-size: ${width}">
    <ger-header service-name="e-Mongolia" agency="Засгийн газрын 1111 төв" home-href="#home" .navigation=${NAVIGATION} .languages=${LANGUAGES}>
      <ger-theme-toggle slot="settings"></ger-theme-toggle>
      <form slot="search" role="search" aria-label="Сайтаас хайх"><input aria-label="Хайх үг" /></form>
    </ger-header>
  </div>`).then((box) => box.querySelector('ger-header')!);
}

afterEach(async () => {
  getPreferencesStore().reset();
  localStorage.removeItem(STORAGE_KEY);
  await resetConditions();
});

describe('ger-header', () => {
  it('shows the service and agency in a link to the home page, and the main menu with the current page marked', async () => {
    const el = await header();
    expect(part(el, 'home').getAttribute('href')).to.equal('#home');
    expect(part(el, 'home').textContent!.replace(/\s+/g, ' ').trim()).to.equal('e-Mongolia Засгийн газрын 1111 төв');
    expect(part(el, 'navigation').getAttribute('aria-label')).to.equal('Үндсэн цэс');
    expect(menuLinks(el).map((a) => a.textContent!.trim())).to.deep.equal(['Нүүр', 'Үйлчилгээ', 'Мэдэгдэл', 'Өргөдөл, гомдол']);
    expect(menuLinks(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal([null, 'page', null, null]);
  });

  it('shows the agency in the traditional script beside the names, set vertically in its own font', async () => {
    const el = await fixture<GerHeader>(
      html`<ger-header service-name="e-Mongolia" agency="Монгол Улсын Засгийн газар" agency-mong=${GOVERNMENT_MONG}></ger-header>`,
    );
    const mong = part(el, 'home').querySelector<HTMLElement>('.agency-mong')!;
    expect(mong.textContent).to.equal(GOVERNMENT_MONG);
    expect(mong.lang).to.equal('mn-Mong');
    const style = getComputedStyle(mong);
    expect(style.writingMode).to.equal('vertical-lr');
    expect(style.fontFamily).to.match(/^["']?Noto Sans Mongolian/);
    // Beside the Cyrillic names, not above them, and no taller than a few lines of them.
    const names = part(el, 'home').querySelector('.names')!.getBoundingClientRect();
    const box = mong.getBoundingClientRect();
    expect(box.right).to.be.at.most(names.left + 1);
    expect(box.height).to.be.at.most(5 * parseFloat(getComputedStyle(mong).fontSize) + 1);
    el.removeAttribute('agency-mong');
    await el.updateComplete;
    expect(part(el, 'home').querySelector('.agency-mong')).to.equal(null);
  });

  itNeeds(['computed accessibility'], 'is the banner landmark, with a named navigation landmark', async () => {
    const el = await header();
    expect(computedAccessibility(part(el, 'header')).role).to.equal('banner');
    expect(computedAccessibility(part(el, 'navigation'))).to.deep.equal({ role: 'navigation', name: 'Үндсэн цэс' });
  });

  it('on a wide header shows every menu link and no menu button', async () => {
    const el = await header('64rem');
    expect(shown(part(el, 'menu-button'))).to.be.false;
    expect(shown(part(el, 'menu'))).to.be.true;
  });

  itNeeds(['media emulation'], 'under forced colours draws the bar under the current page only', async () => {
    await setForcedColors(true);
    const el = await header();
    const probe = document.createElement('span');
    probe.style.color = 'Canvas';
    el.after(probe);
    const canvas = getComputedStyle(probe).color;
    probe.remove();
    const bar = (link: Element) => getComputedStyle(link).borderBlockEndColor;
    const [home, services] = menuLinks(el);
    // The system's colours would paint every link's transparent bar: only the current page has one.
    expect(bar(home)).to.equal(canvas);
    expect(bar(services)).to.not.equal(canvas);
  });

  it('on a narrow header collapses the menu behind a button that says "Цэс" and controls it', async () => {
    const el = await header('20rem');
    const button = part(el, 'menu-button');
    expect(shown(button)).to.be.true;
    expect(button.textContent!.trim()).to.equal('Цэс');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal(part(el, 'menu').id);
    expect(shown(part(el, 'menu'))).to.be.false;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(shown(part(el, 'menu'))).to.be.true;
  });

  it('collapses when the reader enlarges text, not only on a phone (the breakpoint is in em)', async () => {
    // A fixed width in px: only the text size changes.
    const el = await header('800px');
    expect(shown(part(el, 'menu-button'))).to.be.false;
    document.documentElement.style.fontSize = '200%';
    await nextFrame();
    expect(shown(part(el, 'menu-button'))).to.be.true;
  });

  it('works as a disclosure with the keyboard: Enter and Space toggle, Tab enters the links, Escape closes and returns focus', async () => {
    const el = await header('20rem');
    const button = part(el, 'menu-button');
    button.focus();
    await press('Enter');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(deepActiveElement(), 'focus stays on the button').to.equal(button);
    await press('Tab');
    expect(deepActiveElement()).to.equal(menuLinks(el)[0]);
    await press('Tab');
    expect(deepActiveElement()).to.equal(menuLinks(el)[1]);
    await press('Escape');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(button);
    await press('Space');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    await press('Space');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps the menu open on the Escape that cancels an input method composition in the search field', async () => {
    const el = await header('20rem');
    const button = part(el, 'menu-button');
    button.click();
    await el.updateComplete;
    const search = el.querySelector('input')!;
    search.focus();
    composingEscape(search);
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(document.activeElement, 'focus stays in the field').to.equal(search);
    await press('Escape');
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded'), 'a real Escape still closes').to.equal('false');
  });

  it('keeps Escape to itself only while the menu is open', async () => {
    const el = await header('20rem');
    let escapes = 0;
    document.addEventListener('keydown', (event) => event.key === 'Escape' && escapes++, { once: true });
    part(el, 'menu-button').focus();
    await press('Escape');
    expect(escapes, 'a closed menu lets Escape through to the page').to.equal(1);
  });

  it('goes through the header in reading order with Tab: home, languages, settings, search, menu', async () => {
    const el = await header('64rem');
    await press('Tab');
    expect(deepActiveElement()).to.equal(part(el, 'home'));
    await press('Tab');
    const languageLink = el.shadowRoot!.querySelector('ger-language-switch')!.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    expect(deepActiveElement()).to.equal(languageLink);
    expect(languageLink.hreflang).to.equal('en');
    await press('Tab');
    expect(deepActiveElement()!.closest('button')?.getRootNode()).to.equal(el.querySelector('ger-theme-toggle')!.shadowRoot);
    await press('Tab');
    expect(deepActiveElement()).to.equal(el.querySelector('input'));
    await press('Tab');
    expect(deepActiveElement()).to.equal(menuLinks(el)[0]);
  });

  it('loads ger-display-settings as the settings entry unless the page puts its own in the slot', async () => {
    const el = await fixture<GerHeader>(html`<ger-header service-name="e-Mongolia"></ger-header>`);
    await customElements.whenDefined('ger-display-settings');
    const fallback = el.shadowRoot!.querySelector('slot[name="settings"] ger-display-settings');
    expect(fallback).to.exist;
    expect((el.shadowRoot!.querySelector('slot[name="settings"]') as HTMLSlotElement).assignedElements()).to.deep.equal([]);
    const own = await header();
    const slot = own.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="settings"]')!;
    expect(slot.assignedElements().map((e) => e.localName)).to.deep.equal(['ger-theme-toggle']);
    // The default entry is not rendered behind the page's own (a hidden fallback is DOM weight).
    expect(slot.querySelector('ger-display-settings')).to.equal(null);
    own.querySelector('[slot="settings"]')!.remove();
    await waitUntil(() => slot.querySelector('ger-display-settings'), 'the default entry comes back when the own one goes');
  });

  for (const [width, textSize] of [
    ['64rem', 100],
    ['64rem', 200],
    ['20rem', 100],
  ] as const) {
    it(`opens its display settings under the bar, the button staying where it was pressed (${width}, ${textSize}% text)`, async () => {
      setTextSize(textSize);
      const box = await fixture<HTMLElement>(html`<div style="inline-size: ${width}">
        <ger-header service-name="e-Mongolia" agency="Засгийн газрын 1111 төв" .navigation=${NAVIGATION} .languages=${LANGUAGES}></ger-header>
        <p>Хуудасны агуулга</p>
      </div>`);
      const el = box.querySelector('ger-header')!;
      await customElements.whenDefined('ger-display-settings');
      const settings = el.shadowRoot!.querySelector('ger-display-settings')!;
      await settings.updateComplete;
      const toggle = settings.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!;
      const before = toggle.getBoundingClientRect();
      const page = box.querySelector('p')!.getBoundingClientRect();
      toggle.click();
      await waitUntil(() => settings.shadowRoot!.querySelector('[part="panel"]'), 'the panel opens');
      await settings.updateComplete;
      const panel = settings.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
      const after = toggle.getBoundingClientRect();
      expect([after.x, after.y], 'the button stays').to.deep.equal([before.x, before.y]);
      expect(box.querySelector('p')!.getBoundingClientRect().y, 'the page under the header does not move').to.equal(page.y);
      const bar = part(el, 'header').querySelector('.bar')!.getBoundingClientRect();
      const drawn = panel.getBoundingClientRect();
      expect(drawn.top, 'under the bar').to.be.at.least(bar.bottom - 1);
      expect(drawn.left >= bar.left && drawn.right <= bar.right, 'within the header').to.be.true;
      expect(getComputedStyle(panel).zIndex, 'over the page').to.not.equal('auto');
    });
  }

  it('marks the section the reader is in, from a page under it, as such: not as the page they are on', async () => {
    const el = await fixture<GerHeader>(html`<ger-header service-name="e-Mongolia">
      <ul>
        <li><a href="service.html" aria-current="true">Паспорт</a></li>
        <li><a href="track.html">Хүсэлт шалгах</a></li>
      </ul>
    </ger-header>`);
    const [section, other] = menuLinks(el);
    expect(section.getAttribute('aria-current')).to.equal('true');
    expect(other.hasAttribute('aria-current')).to.be.false;
    // Shown as the current one, as a page's own link is.
    expect(getComputedStyle(section).borderBlockEndColor).to.not.equal(getComputedStyle(other).borderBlockEndColor);
    el.navigation = [
      { label: 'Паспорт', href: 'service.html', current: 'section' },
      { label: 'Хүсэлт шалгах', href: 'track.html', current: true },
    ];
    await el.updateComplete;
    expect(menuLinks(el).map((a) => a.getAttribute('aria-current'))).to.deep.equal(['true', 'page']);
  });

  it('makes its menu of the links written inside it, shows the written ones no more, and follows changes to them', async () => {
    // As a page writes it to be read before (or without) the script: a home link, then the menu.
    const el = await fixture<GerHeader>(html`<ger-header service-name="e-Mongolia" home-href="#home">
      <p><a href="#home">e-Mongolia</a></p>
      <ul>
        <li><a href="#home">Нүүр</a></li>
        <li><a href="#services" aria-current="page">Үйлчилгээ</a></li>
      </ul>
    </ger-header>`);
    expect(menuLinks(el).map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.getAttribute('aria-current')])).to.deep.equal([
      ['Нүүр', '#home', null],
      ['Үйлчилгээ', '#services', 'page'],
    ]);
    expect(el.shadowRoot!.querySelector('slot:not([name])'), 'the written content is not shown beside them').to.be.null;
    for (const written of el.querySelectorAll('p, ul')) expect(written.getBoundingClientRect().height, written.localName).to.equal(0);
    // A page that switches language in place rewrites the links' text.
    el.querySelector('[aria-current]')!.textContent = 'Services';
    await waitUntil(() => menuLinks(el)[1].textContent!.trim() === 'Services', 'the menu follows the written links');
    // Moved while detached: what changed meanwhile is read when it is back.
    const box = el.parentElement!;
    el.remove();
    el.querySelector('ul')!.insertAdjacentHTML('beforeend', '<li><a href="#contact">Холбоо барих</a></li>');
    box.append(el);
    await waitUntil(() => menuLinks(el).length === 3, 'the link added while it was detached');
    // Data wins over the written links.
    el.navigation = [{ label: 'Мэдэгдэл', href: '#notices' }];
    await el.updateComplete;
    expect(menuLinks(el).map((a) => a.textContent!.trim())).to.deep.equal(['Мэдэгдэл']);
  });

  it('has no menu and no language switch when none are given', async () => {
    const el = await fixture<GerHeader>(html`<ger-header service-name="Татварын ерөнхий газар"></ger-header>`);
    expect(part(el, 'navigation')).to.be.null;
    expect(el.shadowRoot!.querySelector('ger-language-switch')).to.be.null;
    // Unset from a script (a React prop no longer given) is none too.
    el.languages = null as unknown as [];
    await el.updateComplete;
    expect(part(el, 'home')).to.exist;
    expect(el.shadowRoot!.querySelector('ger-language-switch')).to.be.null;
  });

  it('keeps hostile data as text: markup in names and labels, javascript: links, very long words', async () => {
    let box!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      box = await fixture<HTMLElement>(html`<div style="inline-size: 18rem">
        <ger-header
          service-name=${MARKUP + LONG_WORD}
          agency=${MARKUP}
          home-href=${SCRIPT_URL}
          .navigation=${[{ label: MARKUP, href: SCRIPT_URL }, { label: LONG_WORD, href: '#long' }, { label: '', href: '#empty' }, null]}
          .languages=${[
            { code: 'mn', href: '#mn' },
            { code: 'en', href: SCRIPT_URL },
          ]}
        >
          <span slot="settings"></span>
        </ger-header>
      </div>`);
    });
    const el = box.querySelector('ger-header')!;
    part(el, 'menu-button').click();
    await el.updateComplete;
    await expectNoInjection(box);
    expect(part(el, 'home').getAttribute('href')).to.equal('/');
    expect(part(el, 'home').textContent).to.contain(MARKUP);
    expect(menuLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['#long']);
    expect(part(el, 'menu').textContent).to.contain(MARKUP);
    expect(overflowing(box)).to.deep.equal([]);
    expect(warnings.some((w) => w.includes('home-href') && w.includes('javascript:'))).to.be.true;
    expect(warnings.some((w) => w.includes('has no label'))).to.be.true;
  });

  it('passes axe with the menu open on a narrow header, in each theme', async () => {
    for (const theme of ['light', 'night', 'contrast'] as const) {
      setTheme(theme);
      const el = await header('20rem');
      part(el, 'menu-button').click();
      await el.updateComplete;
      await expectNoAxeViolations(el.parentElement!);
    }
  });

  itNeeds(['accessibility snapshot'], 'gives screen readers the collapsed state of the menu button', async () => {
    const el = await header('20rem');
    const closed = await findAccessibilityNode((n) => n.role === 'button' && n.name === 'Цэс');
    expect(closed?.expanded).to.not.be.ok;
    part(el, 'menu-button').click();
    await el.updateComplete;
    const open = await findAccessibilityNode((n) => n.role === 'button' && n.name === 'Цэс');
    expect(open?.expanded).to.equal(true);
  });
});

const logo = html`<svg slot="logo" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true"><circle cx="20" cy="20" r="18" fill="currentColor" /></svg>`;

describeAccessibility(
  'ger-header',
  () => html`<ger-header
    service-name="e-Mongolia"
    agency="Монгол Улсын Засгийн газар"
    agency-mong=${GOVERNMENT_MONG}
    home-href="#home"
    .navigation=${NAVIGATION}
    .languages=${[...LANGUAGES, { code: 'mn-Mong', href: '#mn-mong' }]}
  >
    ${logo}
    <form slot="search" role="search" aria-label="Сайтаас хайх"><input type="search" aria-label="Хайх үг" /></form>
  </ger-header>`,
);
