import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/components/src/header/header.js';
import '../packages/components/src/theme-toggle/theme-toggle.js';
import { t } from './support/page.js';
import { languages, navigation } from './support/service-data.js';

interface HeaderArgs {
  'service-name': string;
  agency: string;
  /** Which menu link is the current page (0-based), -1 for none. */
  current: number;
  /** Width of the box the header sits in: the menu collapses by the header's own width. */
  width: string;
}

/** A national emblem stand-in: decorative, the name beside it says it all. */
const logo = html`<svg slot="logo" viewBox="0 0 48 48" width="48" height="48" aria-hidden="true">
  <circle cx="24" cy="24" r="22" fill="none" stroke="currentColor" stroke-width="3" />
  <path d="M14 30c4-10 16-10 20 0M24 10v8M18 14l6 4 6-4" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
</svg>`;

const search = () =>
  html`<form slot="search" role="search" aria-label=${t('Сайтаас хайх', 'Search this site')} class="ger-demo" @submit=${(event: Event) => event.preventDefault()}>
    <label for="header-search">${t('Үйлчилгээ хайх', 'Search services')}</label>
    <input id="header-search" type="text" name="q" />
  </form>`;

/** A single-page app switches language in place: cancel the event and set `lang`. */
const switchInPlace = (event: CustomEvent<{ lang: string }>) => {
  event.preventDefault();
  document.documentElement.lang = event.detail.lang;
};

const meta: Meta<HeaderArgs> = {
  title: 'Page shell/Header',
  component: 'ger-header',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The top of every page of a public-service site, the same on every page: the service or agency name
(a link home) with the emblem in the \`logo\` slot, the language switch, the display-settings entry, a search form in
the \`search\` slot, and the main menu.

- **Menu**: a WAI-ARIA *disclosure navigation*. When the header is narrow (a phone, or a reader's 200% text; the
  breakpoint is in \`em\`), the links fold behind a "Цэс" / "Menu" button with \`aria-expanded\`. Enter or Space opens
  it, focus stays on the button, Tab goes into the links, Escape closes it and returns focus.
- **Languages**: \`languages\` gives the versions of the page; see *Language switch*.
- **Display settings**: \`ger-display-settings\` by default (fetched when the header connects); put
  \`<ger-theme-toggle slot="settings">\` (or your own control) in the slot to replace it.
- Give \`navigation\` and \`languages\` as properties, or as JSON in HTML:
  \`navigation='[{"label":"Нүүр","href":"/"}]'\`. Unsafe URLs (\`javascript:\`) are never links.
- Or write the menu inside the element, as \`ger-side-nav\` takes it: a \`<ul>\` of \`<li><a>\`, \`aria-current="page"\`
  on the current page's. The links are then in the page before the header's script runs, and if it never comes
  (a slow link, JavaScript off); once it renders, the header shows them as its menu, not the written list.`,
      },
    },
  },
  argTypes: {
    'service-name': { control: 'text' },
    agency: { control: 'text' },
    current: { control: { type: 'number', min: -1, max: 4, step: 1 }, table: { category: 'story' } },
    width: { control: 'inline-radio', options: ['100%', '20rem'], table: { category: 'story' } },
  },
  args: { 'service-name': 'e-Mongolia', agency: '', current: 1, width: '100%' },
  render: (args) => html`<div style="max-inline-size: ${args.width}">
    <ger-header
      service-name=${args['service-name']}
      agency=${args.agency || t('Цахим хөгжил, инновац, харилцаа холбооны яам', 'Ministry of Digital Development, Innovation and Communications')}
      home-href="#home"
      .navigation=${navigation(args.current)}
      .languages=${languages()}
      @ger-language-select=${switchInPlace}
      >${logo}${search()}</ger-header
    >
  </div>`,
};
export default meta;

type Story = StoryObj<HeaderArgs>;

/** Name and emblem, languages, display settings, search and the main menu with the current page marked. */
export const Default: Story = {};

/** In a narrow box (a phone): the menu folds behind the "Цэс" / "Menu" button. Try Enter, Tab and Escape. */
export const Narrow: Story = {
  args: { width: '20rem' },
};

/** The compact night-mode switch in the `settings` slot instead of the full display settings. */
export const WithThemeToggle: Story = {
  name: 'With the theme toggle',
  render: (
    args,
  ) => html`<ger-header service-name=${args['service-name']} home-href="#home" .navigation=${navigation(args.current)} .languages=${languages()} @ger-language-select=${switchInPlace}>
    ${logo}<ger-theme-toggle slot="settings"></ger-theme-toggle>
  </ger-header>`,
};

/**
 * The menu written in the page, with a home link for the moment before the script: what a reader
 * without JavaScript gets. The header reads the list and shows neither.
 */
export const FromWrittenLinks: Story = {
  name: 'From written links',
  render: (args) => html`<ger-header service-name=${args['service-name']} home-href="#home" .languages=${languages()} @ger-language-select=${switchInPlace}>
    ${logo}
    <p><a href="#home">${args['service-name']}</a></p>
    <ul>
      ${navigation(args.current).map((link) => html`<li><a href=${link.href!} aria-current=${link.current ? 'page' : nothing}>${link.label}</a></li>`)}
    </ul>
  </ger-header>`,
};

/** An agency site without a menu: name, languages and settings only. */
export const NameOnly: Story = {
  name: 'Name only',
  render:
    () => html`<ger-header service-name=${t('Татварын ерөнхий газар', 'General Department of Taxation')} home-href="#home" .languages=${languages()} @ger-language-select=${switchInPlace}
    >${logo}</ger-header
  >`,
};
