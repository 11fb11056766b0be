import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { GLOBALS_UPDATED, SET_GLOBALS } from 'storybook/internal/core-events';
import { addons } from 'storybook/preview-api';
import manifest from 'virtual:ger-custom-elements';
import '../packages/tokens/dist/css/ger.css';
import { WCAG_TAGS } from '../packages/components/test/axe.js';
import { adoptPageStyles } from '../stories/support/page.js';
import './preview.css';

setCustomElementsManifest(manifest);
// The same page styles the story test renders on: the theme's background and text, links, focus.
adoptPageStyles();

const THEMES = ['light', 'night', 'contrast'] as const;
const LOCALES = ['mn', 'en'] as const;
const TEXT_SIZES = ['100', '150', '200'] as const;

/** WCAG 1.4.12 text spacing through Ger's spacing tokens, as a display-settings panel applies it. */
const WCAG_SPACING: Record<string, string> = {
  '--ger-line-height-body': '1.5',
  '--ger-letter-spacing-body': '0.12em',
  '--ger-word-spacing-body': '0.16em',
  '--ger-paragraph-spacing': '2em',
};

type Globals = Record<string, unknown>;

function pick<T extends string>(value: unknown, allowed: readonly T[]): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : allowed[0]!;
}

/**
 * The page root carries the theme and language, as on a real page: every component reads its
 * colours from `data-ger-theme` and its language from the nearest `lang`.
 */
function applyGlobals(globals: Globals): void {
  const html = document.documentElement;
  html.setAttribute('data-ger-theme', pick(globals.theme, THEMES));
  html.lang = pick(globals.locale, LOCALES);
  const textSize = pick(String(globals.textSize ?? '100'), TEXT_SIZES);
  html.style.fontSize = textSize === '100' ? '' : `${textSize}%`;
  for (const [name, value] of Object.entries(WCAG_SPACING)) {
    if (globals.spacing === 'wcag') html.style.setProperty(name, value);
    else html.style.removeProperty(name);
  }
}

// Docs pages without a story run no decorator: follow the toolbar through the channel as well.
const channel = addons.getChannel();
channel.on(SET_GLOBALS, ({ globals }: { globals: Globals }) => applyGlobals(globals));
channel.on(GLOBALS_UPDATED, ({ globals }: { globals: Globals }) => applyGlobals(globals));

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
          { value: 'en', title: 'English (en)', right: 'en' },
        ],
      },
    },
    textSize: {
      description: 'Текстийн хэмжээ / Text size (WCAG 1.4.4)',
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        dynamicTitle: true,
        items: [
          { value: '100', title: 'Text 100%' },
          { value: '150', title: 'Text 150%' },
          { value: '200', title: 'Text 200%' },
        ],
      },
    },
    spacing: {
      description: 'Текстийн зай / Text spacing (WCAG 1.4.12)',
      toolbar: {
        title: 'Spacing',
        icon: 'paragraph',
        dynamicTitle: true,
        items: [
          { value: 'normal', title: 'Spacing: normal' },
          { value: 'wcag', title: 'Spacing: WCAG 1.4.12' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'mn', textSize: '100', spacing: 'normal' },
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
