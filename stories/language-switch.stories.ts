import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/language-switch/language-switch.js';
import type { LanguageOption } from '../packages/components/src/language-switch/language-switch.js';

interface LanguageSwitchArgs {
  /** The page's language; empty follows the page (the toolbar's language). */
  current: string;
  /** Offer Kazakh too, as sites for Bayan-Ölgii do. */
  kazakh: boolean;
  /** Storybook passes an action here (from the manifest's `ger-language-select` event). */
  onGerLanguageSelect?: (detail: unknown) => void;
}

const meta: Meta<LanguageSwitchArgs> = {
  title: 'Page shell/Language switch',
  component: 'ger-language-switch',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Links to this page in the other languages. Each language is **named in itself** ("Монгол", "English",
"Қазақ"), so a reader who does not understand the current page still finds their own; each link has \`hreflang\` and
\`lang\`, so a screen reader pronounces it right. The page's own language is shown as text with \`aria-current="true"\`.

Selecting a language fires a cancelable \`ger-language-select\`: a single-page app cancels it and switches in place
(as these stories do, so Storybook stays on the page); otherwise the link is followed.`,
      },
    },
  },
  argTypes: {
    current: { control: 'inline-radio', options: ['', 'mn', 'en', 'kk'] },
    kazakh: { control: 'boolean', table: { category: 'story' } },
  },
  args: { current: '', kazakh: false },
  render: (args) => {
    const options: LanguageOption[] = [{ code: 'mn', href: '#mn' }, { code: 'en', href: '#en' }, ...(args.kazakh ? [{ code: 'kk', href: '#kk' }] : [])];
    return html`<ger-language-switch
      current=${args.current}
      .languages=${options}
      @ger-language-select=${(event: CustomEvent) => {
        event.preventDefault();
        args.onGerLanguageSelect?.(event.detail);
      }}
    ></ger-language-switch>`;
  },
};
export default meta;

type Story = StoryObj<LanguageSwitchArgs>;

/** Mongolian and English: the other language is a link. */
export const Default: Story = {};

/** Three languages, with the page in English. */
export const ThreeLanguages: Story = {
  name: 'Three languages',
  args: { kazakh: true, current: 'en' },
};
