import { expect, waitUntil } from '@open-wc/testing';
import { resetConditions, setForcedColors } from '../../test/viewing-conditions.js';
import { itNeeds } from '../../test/engine.js';
import { captureWarnings } from '../../test/helpers.js';
import { effectiveTheme } from './apply.js';
import {
  DEFAULT_PREFERENCES,
  FONT_CHOICES,
  MOTION_CHOICES,
  PreferencesStore,
  STORAGE_KEY,
  TEXT_SIZES,
  TEXT_SPACINGS,
  THEME_CHOICES,
  type PreferencesChangeDetail,
  type PreferencesStorage,
} from './preferences.js';

/** An in-memory storage, so each test starts clean and can see what was written. */
function memoryStorage(initial: Record<string, string> = {}): PreferencesStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => (key in data ? data[key] : null),
    setItem: (key, value) => void (data[key] = value),
    removeItem: (key) => void delete data[key],
  };
}

const stored = (preferences: unknown, version = 1) => ({ [STORAGE_KEY]: JSON.stringify({ version, preferences }) });

describe('PreferencesStore', () => {
  const stores: PreferencesStore[] = [];
  const makeStore = (storage: PreferencesStorage | undefined = memoryStorage(), root: Element = document.createElement('div')) => {
    const store = new PreferencesStore({ root, storage });
    stores.push(store);
    return store;
  };
  afterEach(async () => {
    stores.splice(0).forEach((store) => store.dispose());
    await resetConditions();
  });

  it('starts from the defaults, which follow the system, and sets no attribute', () => {
    const store = makeStore();
    expect(store.preferences).to.deep.equal(DEFAULT_PREFERENCES);
    expect(store.root.getAttributeNames()).to.deep.equal([]);
    expect(store.theme).to.equal(matchMedia('(prefers-color-scheme: dark)').matches ? 'night' : 'light');
  });

  it('applies each choice to the root element and removes it again for the default', () => {
    const store = makeStore();
    store.set({ theme: 'night', textSize: 150, textSpacing: 'wcag', motion: 'reduce', font: 'legible' });
    const root = store.root;
    expect(root.getAttribute('data-ger-theme')).to.equal('night');
    expect(root.getAttribute('data-ger-text-size')).to.equal('150');
    expect(root.getAttribute('data-ger-text-spacing')).to.equal('wcag');
    expect(root.getAttribute('data-ger-motion')).to.equal('reduce');
    expect(root.getAttribute('data-ger-font')).to.equal('legible');
    store.set({ textSize: 100, theme: 'system' });
    expect(root.hasAttribute('data-ger-text-size')).to.be.false;
    expect(root.hasAttribute('data-ger-theme')).to.be.false;
  });

  it('touches nothing but its own attributes on the root', () => {
    const root = document.createElement('div');
    root.setAttribute('aria-label', 'page');
    root.setAttribute('lang', 'en');
    root.innerHTML = '<button>x</button>';
    const store = makeStore(memoryStorage(), root);
    store.set({ theme: 'contrast', textSize: 200 });
    store.reset();
    expect(root.getAttributeNames().sort()).to.deep.equal(['aria-label', 'lang']);
    expect(root.innerHTML).to.equal('<button>x</button>');
  });

  it('persists, so a reload starts with the same settings', () => {
    const storage = memoryStorage();
    makeStore(storage).set({ textSize: 175, theme: 'contrast' });
    const reloaded = makeStore(storage);
    expect(reloaded.preferences).to.include({ textSize: 175, theme: 'contrast' });
    expect(reloaded.root.getAttribute('data-ger-text-size')).to.equal('175');
  });

  it('announces every change with ger-preferences-change on the root, bubbling', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const store = makeStore(memoryStorage(), root);
    const details: PreferencesChangeDetail[] = [];
    document.addEventListener('ger-preferences-change', (event) => details.push(event.detail), { once: true });
    store.set({ theme: 'night' });
    root.remove();
    expect(details).to.have.length(1);
    expect(details[0]).to.deep.include({ theme: 'night', source: 'user' });
    expect(details[0].previous.theme).to.equal('system');
    expect(details[0].preferences.theme).to.equal('night');
  });

  it('does not announce a change that changes nothing', () => {
    const store = makeStore();
    let count = 0;
    store.subscribe(() => count++);
    store.set({ textSize: 125 });
    store.set({ textSize: 125 });
    expect(count).to.equal(1);
  });

  it('reset goes back to the defaults, stored too', () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    store.set({ textSize: 200, textSpacing: 'wide' });
    let source = '';
    store.subscribe((detail) => (source = detail.source));
    store.reset();
    expect(store.preferences).to.deep.equal(DEFAULT_PREFERENCES);
    expect(store.root.getAttributeNames()).to.deep.equal([]);
    expect(makeStore(storage).preferences).to.deep.equal(DEFAULT_PREFERENCES);
    expect(source).to.equal('reset');
  });

  it('follows another tab through the storage event', () => {
    const storage = memoryStorage();
    const store = makeStore(storage);
    const other = memoryStorage();
    makeStore(other).set({ theme: 'night', textSize: 125 });
    storage.setItem(STORAGE_KEY, other.data[STORAGE_KEY]);
    let source = '';
    store.subscribe((detail) => (source = detail.source));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, newValue: other.data[STORAGE_KEY] }));
    expect(store.preferences).to.include({ theme: 'night', textSize: 125 });
    expect(store.root.getAttribute('data-ger-theme')).to.equal('night');
    expect(source).to.equal('storage');
  });

  for (const [label, data, expected] of [
    ['corrupt JSON', { [STORAGE_KEY]: '{not json' }, /not valid JSON/],
    ['an older version', stored({ theme: 'night' }, 0), /version 0, expected 1/],
    ['out-of-range values', stored({ textSize: 300, theme: 'purple', extra: 1 }), /textSize 300.*theme "purple".*unknown setting "extra"|unknown setting/],
    ['a non-object', stored('night'), /expected an object/],
  ] as const) {
    it(`falls back to the defaults with one warning for ${label}`, async () => {
      let store!: PreferencesStore;
      const warnings = await captureWarnings(() => {
        store = makeStore(memoryStorage(data as Record<string, string>));
      });
      expect(store.preferences).to.deep.equal(DEFAULT_PREFERENCES);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(expected as RegExp);
    });
  }

  it('keeps the valid part of partly bad stored data', async () => {
    let store!: PreferencesStore;
    await captureWarnings(() => {
      store = makeStore(memoryStorage(stored({ textSize: 150, theme: 'purple' })));
    });
    expect(store.preferences).to.include({ textSize: 150, theme: 'system' });
  });

  it('ignores unknown values set by code, with one warning, and keeps the rest', async () => {
    const store = makeStore();
    const warnings = await captureWarnings(() => store.set({ theme: 'dark' as never, textSize: 150 }));
    expect(store.preferences).to.include({ theme: 'system', textSize: 150 });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('theme "dark"');
  });

  it('works with a blocked storage that throws: settings apply to the page, nothing throws', async () => {
    const blocked: PreferencesStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {},
    };
    let store!: PreferencesStore;
    const warnings = await captureWarnings(() => {
      store = makeStore(blocked);
      store.set({ textSize: 125 });
    });
    expect(store.root.getAttribute('data-ger-text-size')).to.equal('125');
    expect(warnings.join('\n')).to.contain('cannot be read');
    expect(warnings.join('\n')).to.contain('cannot be written');
  });

  itNeeds(['media emulation'], 'under forced colours the theme yields to the system, and comes back after', async () => {
    const store = makeStore();
    store.set({ theme: 'night' });
    await setForcedColors(true);
    await waitUntil(() => !store.root.hasAttribute('data-ger-theme'), 'the theme yields', { timeout: 2000 });
    expect(store.preferences.theme).to.equal('night');
    await setForcedColors(false);
    await waitUntil(() => store.root.getAttribute('data-ger-theme') === 'night', 'the theme comes back', { timeout: 2000 });
  });

  it('"follow the system" means high contrast when the system asks for more contrast, else night or light', () => {
    const system = { dark: false, moreContrast: false, reducedMotion: false, forcedColors: false };
    const follow = { ...DEFAULT_PREFERENCES, theme: 'system' as const };
    expect(effectiveTheme(follow, system)).to.equal('light');
    expect(effectiveTheme(follow, { ...system, dark: true })).to.equal('night');
    expect(effectiveTheme(follow, { ...system, dark: true, moreContrast: true })).to.equal('contrast');
    expect(effectiveTheme({ ...follow, theme: 'night' }, { ...system, moreContrast: true })).to.equal('night');
  });

  it('every non-default value has its rule in ger.css (the tokens and the store agree)', async () => {
    const css = await (await fetch('/packages/tokens/dist/css/ger.css')).text();
    const rules: [string, readonly (string | number)[], string | number][] = [
      ['data-ger-text-size', TEXT_SIZES, 100],
      ['data-ger-text-spacing', TEXT_SPACINGS, 'normal'],
      ['data-ger-motion', MOTION_CHOICES, 'system'],
      ['data-ger-font', FONT_CHOICES, 'default'],
    ];
    for (const [attribute, values, fallback] of rules) {
      for (const value of values.filter((v) => v !== fallback)) expect(css, `${attribute}=${value}`).to.contain(`:root[${attribute}="${value}"]`);
    }
    for (const theme of THEME_CHOICES.filter((t) => t !== 'system')) expect(css).to.contain(`[data-ger-theme="${theme}"]`);
  });
});
