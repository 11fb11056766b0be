import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, LitElement } from 'lit';
import '../packages/components/src/button/button.js';
import '../packages/components/src/display-settings/display-settings.js';
import '../packages/components/src/theme-toggle/theme-toggle.js';
import { getPreferencesStore, ROOT_ATTRIBUTES, STORAGE_KEY, type PreferencesStore } from '../packages/components/src/preferences/preferences.js';
import { writePreferences } from '../packages/components/src/preferences/storage.js';
import { webStorage } from '../packages/components/src/utils/storage.js';
import { t } from './support/page.js';

/** Who made the last change, in words (the store's `source`). */
const SOURCES = {
  user: () => t('энэ хуудсанд уншигч', 'the reader, on this page'),
  reset: () => t('анхны тохиргоо руу буцаасан', 'reset to the defaults'),
  storage: () => t('өөр таб', 'another tab'),
  system: () => t('төхөөрөмжийн тохиргоо', "the device's settings"),
  app: () => t('сайтын програм', "the site's own code"),
};

/**
 * What the store holds, shown as it changes: the reader's choices, the theme the page shows, what
 * this browser has saved and the attributes on `<html>` that the tokens read. A story aid, not a
 * component: it renders in the page (light DOM), with the story's page styles.
 */
class StoryPreferencesReadout extends LitElement {
  private store?: PreferencesStore;
  private stop?: () => void;
  private lastSource?: keyof typeof SOURCES;

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.store = getPreferencesStore();
    this.stop = this.store.subscribe(({ source }) => {
      this.lastSource = source;
      this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
  }

  /** Does what another tab does when the reader switches night mode there: saves it; the browser tells this page. */
  private anotherTab = () => {
    const { preferences, theme } = this.store!;
    writePreferences(webStorage(), { ...preferences, theme: theme === 'night' ? 'light' : 'night' });
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
  };

  override render() {
    const { preferences, theme } = this.store!;
    const root = document.documentElement;
    const attributes = Object.values(ROOT_ATTRIBUTES)
      .filter((name) => root.hasAttribute(name))
      .map((name) => `${name}="${root.getAttribute(name)}"`);
    const row = (term: string, value: string) => html`<tr>
      <th scope="row">${term}</th>
      <td>${value}</td>
    </tr>`;
    return html`<div class="ger-demo-stack">
      <table>
        <caption>
          ${t('Хадгалсан тохиргоо', 'What the store holds')}
        </caption>
        <tbody>
          ${row(t('Текстийн хэмжээ', 'Text size'), `${preferences.textSize}%`)} ${row(t('Текстийн зай', 'Text spacing'), preferences.textSpacing)}
          ${row(t('Сонгосон өнгө', 'Theme chosen'), preferences.theme)} ${row(t('Харагдаж буй өнгө', 'Theme shown'), theme)}
          ${row(t('Хөдөлгөөн', 'Motion'), preferences.motion)} ${row(t('Фонт', 'Font'), preferences.font)}
          ${row(t('Сүүлд өөрчилсөн', 'Last changed by'), this.lastSource ? SOURCES[this.lastSource]() : '—')}
        </tbody>
      </table>
      <p>
        ${t('Энэ хөтөчид хадгалсан', 'Saved in this browser')} (<code>localStorage["${STORAGE_KEY}"]</code>):
        <code>${webStorage()?.getItem(STORAGE_KEY) ?? t('юу ч биш', 'nothing')}</code>
      </p>
      <p>
        ${t('Хуудасны', 'On the page’s')} <code>&lt;html&gt;</code>: <code>${attributes.join(' ') || t('юу ч биш', 'nothing')}</code>
      </p>
      <ger-button variant="secondary" type="button" @click=${this.anotherTab}>${t('Өөр табд шөнийн горимыг сэлгэх', 'Switch night mode in another tab')}</ger-button>
    </div>`;
  }
}
if (!customElements.get('story-preferences-readout')) customElements.define('story-preferences-readout', StoryPreferencesReadout);

const meta: Meta = {
  title: 'Page shell/Display preferences',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The display preferences are the reader's own settings for every Ger page of a site: **text size**
(100 to 200%), **text spacing**, **colour theme** (follow the device, light, night, high contrast), **motion** and a more
**legible font**. One store per page holds them; there is nothing to design per page.

- **What it stores**: only those five choices, in this browser's \`localStorage\` (one entry, \`${STORAGE_KEY}\`), never on a server.
  The defaults follow the device (its dark mode, its contrast and motion settings), so nothing is forced on anyone.
- **How the page follows it**: the store puts attributes on \`<html>\` (\`data-ger-theme\`, \`data-ger-text-size\`, …) and the
  tokens stylesheet changes the design tokens for them: every component and the page's own text change at once, with no
  reload. A small script in the page's \`<head>\` applies them before the first paint, so a page never flashes in the wrong theme.
- **Who changes it**: the [Display settings](?path=/docs/components-display-settings--docs) panel and the
  [Theme toggle](?path=/docs/components-theme-toggle--docs) (night mode) are two views of the same store: change one, the
  other shows it. So is this Storybook's toolbar.
- **Across tabs**: a change made in one tab shows in every other tab of the site at once (the browser tells them). Open this
  story in two tabs to see it, or press the button below, which does what another tab does.
- **Across pages and visits**: the settings stay until the reader resets them.`,
      },
    },
  },
  render: () => html`<div class="ger-demo ger-demo-stack">
    <div class="ger-demo-row">
      <ger-theme-toggle></ger-theme-toggle>
      <ger-display-settings></ger-display-settings>
    </div>
    <story-preferences-readout style="display: block"></story-preferences-readout>
  </div>`,
};
export default meta;

type Story = StoryObj;

/**
 * The night-mode toggle and the display settings, with what the store holds as it changes:
 * press night mode and the settings panel's theme follows; pick a text size and the page grows.
 */
export const Default: Story = {};

/** The settings panel open beside the readout: every choice shows in the store, saved, and on `<html>`. */
export const SettingsOpen: Story = {
  name: 'Settings open',
  render: () => html`<div class="ger-demo ger-demo-stack">
    <ger-display-settings open></ger-display-settings>
    <story-preferences-readout style="display: block"></story-preferences-readout>
  </div>`,
};
