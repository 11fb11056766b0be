import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { GLOBALS_UPDATED, SET_GLOBALS, UPDATE_GLOBALS } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import manifest from 'virtual:ger-custom-elements';
import displaySettings from '../tokens/display-settings.json';
import '../packages/tokens/dist/css/ger.css';
import { WCAG_TAGS } from '../packages/components/test/axe.js';
import {
  DEFAULT_PREFERENCES,
  getPreferencesStore,
  type DisplayPreferences,
  type PreferencesChangeDetail,
} from '../packages/components/src/preferences/preferences.js';
import { adoptPageStyles } from '../stories/support/page.js';
import './preview.css';

setCustomElementsManifest(manifest);
// The same page styles the story test renders on: the theme's background and text, links, focus.
adoptPageStyles();

const THEMES = ['light', 'night', 'contrast', 'system'] as const;
const LOCALES = ['mn', 'mn-Mong', 'en'] as const;

type Globals = Record<string, unknown>;

function pick<T extends string>(value: unknown, allowed: readonly T[]): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : allowed[0]!;
}

/**
 * The display settings the toolbar offers: exactly what tokens/display-settings.json declares
 * (`data-ger-text-size="200"`, `data-ger-text-spacing="wcag"`, ...), each with the key of the
 * preferences store that owns it.
 */
type DisplaySetting = { attribute: string; values: Record<string, unknown> };
const STORE_KEYS: Record<string, keyof DisplayPreferences> = {
  'text-size': 'textSize',
  'text-spacing': 'textSpacing',
  motion: 'motion',
  font: 'font',
};
const DISPLAY_SETTINGS = Object.entries(displaySettings as unknown as Record<string, DisplaySetting | string>)
  .filter((entry): entry is [string, DisplaySetting] => typeof entry[1] === 'object' && 'attribute' in entry[1])
  .map(([name, setting]) => ({
    global: `display-${name}`,
    name,
    key: STORE_KEYS[name],
    attribute: setting.attribute,
    values: Object.keys(setting.values),
  }));

const DISPLAY_TITLES: Record<string, { title: string; icon: string; off: string; label: (value: string) => string }> = {
  'text-size': { title: 'Текстийн хэмжээ / Text size (WCAG 1.4.4)', icon: 'zoom', off: 'Text 100%', label: (v) => `Text ${v}%` },
  'text-spacing': { title: 'Текстийн зай / Text spacing (WCAG 1.4.12)', icon: 'paragraph', off: 'Spacing: normal', label: (v) => `Spacing: ${v}` },
  motion: { title: 'Хөдөлгөөн / Motion', icon: 'play', off: 'Motion: system', label: (v) => `Motion: ${v}` },
  font: { title: 'Үсгийн хэв / Font', icon: 'markup', off: 'Font: default', label: (v) => `Font: ${v}` },
};

/**
 * The toolbar is one more display-settings panel on the page: it sets the page's preferences
 * store, which puts the attributes on `<html>` (`data-ger-theme`, `data-ger-text-size`, ...)
 * that ger.css maps to tokens. So `<ger-display-settings>` and `<ger-theme-toggle>` in a story
 * always agree with the toolbar, and what they change comes back to the toolbar (below).
 * The language is not a display setting: `lang` on `<html>`, which components follow.
 */
function applyGlobals(globals: Globals): void {
  const html = document.documentElement;
  html.lang = pick(globals.locale, LOCALES);
  const changes: Record<string, unknown> = { theme: pick(globals.theme, THEMES) };
  for (const setting of DISPLAY_SETTINGS) {
    const raw = String(globals[setting.global] ?? 'default');
    const chosen = setting.values.includes(raw) ? raw : undefined;
    if (!setting.key) {
      // A setting the store does not know yet: set its attribute directly.
      if (chosen) html.setAttribute(setting.attribute, chosen);
      else html.removeAttribute(setting.attribute);
      continue;
    }
    const fallback = DEFAULT_PREFERENCES[setting.key];
    changes[setting.key] = chosen === undefined ? fallback : typeof fallback === 'number' ? Number(chosen) : chosen;
  }
  getPreferencesStore().set(changes as Partial<DisplayPreferences>, 'app');
}

/** The toolbar's globals for the store's preferences ('default' where a setting is at its default). */
function globalsFor(preferences: DisplayPreferences): Globals {
  const globals: Globals = { theme: preferences.theme };
  for (const setting of DISPLAY_SETTINGS) {
    if (!setting.key) continue;
    const value = preferences[setting.key];
    globals[setting.global] = value === DEFAULT_PREFERENCES[setting.key] ? 'default' : String(value);
  }
  return globals;
}

// Docs pages without a story run no decorator: follow the toolbar through the channel as well.
const channel = addons.getChannel();
channel.on(SET_GLOBALS, ({ globals }: { globals: Globals }) => applyGlobals(globals));
channel.on(GLOBALS_UPDATED, ({ globals }: { globals: Globals }) => applyGlobals(globals));
// A change made in a story (the display-settings panel, the theme toggle) shows in the toolbar.
document.documentElement.addEventListener('ger-preferences-change', (event) => {
  const { preferences, source } = (event as CustomEvent<PreferencesChangeDetail>).detail;
  if (source === 'app' || source === 'system') return;
  channel.emit(UPDATE_GLOBALS, { globals: globalsFor(preferences) });
});

/**
 * In docs mode Storybook marks its own (English) text with `lang="en"` on `.sbdocs-content`, and
 * components follow the nearest `lang`: each example's own root gets the toolbar's language.
 */
const withGlobals: Decorator = (story, context) => {
  applyGlobals(context.globals);
  if (context.viewMode === 'docs') context.canvasElement?.setAttribute('lang', pick(context.globals.locale, LOCALES));
  return story();
};

const preview: Preview = {
  decorators: [withGlobals],
  globalTypes: {
    theme: {
      description: 'Өнгөний загвар / Colour theme',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Өдөр / Light', icon: 'sun' },
          { value: 'night', title: 'Шөнө / Night', icon: 'moon' },
          { value: 'contrast', title: 'Өндөр ялгарал / High contrast', icon: 'contrast' },
          { value: 'system', title: 'Төхөөрөмжийн тохиргоо / Follow the device', icon: 'browser' },
        ],
      },
    },
    locale: {
      description: 'Хэл / Language (lang on <html>)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        dynamicTitle: true,
        items: [
          { value: 'mn', title: 'Монгол (mn)', right: 'mn' },
          // The traditional script: the whole story runs vertically (see docs/traditional-script.mdx).
          { value: 'mn-Mong', title: 'ᠮᠣᠩᠭᠣᠯ / Traditional script (mn-Mong)', right: 'mn-Mong' },
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
      },
    },
    ...Object.fromEntries(
      DISPLAY_SETTINGS.map((setting) => {
        const text = DISPLAY_TITLES[setting.name] ?? {
          title: setting.name,
          icon: 'admin',
          off: `${setting.name}: default`,
          label: (value: string) => `${setting.name}: ${value}`,
        };
        return [
          setting.global,
          {
            description: text.title,
            toolbar: {
              // Text size and spacing show their value; the rarer ones are icons, to keep the toolbar short.
              ...(setting.name === 'text-size' || setting.name === 'text-spacing' ? { title: text.off, dynamicTitle: true } : { dynamicTitle: false }),
              icon: text.icon,
              items: [{ value: 'default', title: text.off }, ...setting.values.map((value) => ({ value, title: text.label(value) }))],
            },
          },
        ];
      }),
    ),
  },
  // Storybook starts where a page does: following the device. The toolbar is Storybook's own
  // record of the settings (a reload starts from it, or from the globals in the URL).
  initialGlobals: {
    theme: 'system',
    locale: 'mn',
    ...Object.fromEntries(DISPLAY_SETTINGS.map((setting) => [setting.global, 'default'])),
  },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    a11y: {
      // The uniform standard: WCAG 2.2 A and AA, the same tags as the component and story tests.
      options: { runOnly: { type: 'tag', values: WCAG_TAGS } },
      test: 'error',
    },
    docs: { toc: { headingSelector: 'h2, h3' } },
    options: {
      storySort: { order: ['Introduction', ['Getting started', 'Uniform standard', 'Tokens', 'Accessibility statement'], 'Components'] },
    },
  },
};

export default preview;
