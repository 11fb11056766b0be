import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/theme-toggle/theme-toggle.js';
import { t } from './support/page.js';

interface ThemeToggleArgs {
  'hide-label': boolean;
}

const meta: Meta<ThemeToggleArgs> = {
  title: 'Components/Theme toggle',
  component: 'ger-theme-toggle',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A night-mode switch for the page header: a toggle button (\`aria-pressed\`), pressed while the page
shows the night theme. Pressing it saves the choice (night or light) in the display preferences store, which sets
\`data-ger-theme\` on \`<html>\` and remembers it. "Follow my device" and high contrast are in
[Display settings](?path=/docs/components-display-settings--docs).

In this Storybook the toolbar's **Theme** menu is one more control on the same store: the two stay in step.`,
      },
    },
  },
  argTypes: {
    'hide-label': { control: 'boolean' },
  },
  args: { 'hide-label': false },
  render: (args) => html`<ger-theme-toggle ?hide-label=${args['hide-label']}></ger-theme-toggle>`,
};
export default meta;

type Story = StoryObj<ThemeToggleArgs>;

/** With its label, "Шөнийн горим" / "Night mode". */
export const Default: Story = {};

/** Icon only, for a crowded header: the label is still the button's accessible name. */
export const HideLabel: Story = {
  name: 'Icon only',
  args: { 'hide-label': true },
};

/** In a service header, next to the language link. */
export const InAHeader: Story = {
  name: 'In a header',
  render: (args) => html`<div class="ger-demo ger-demo-row" style="justify-content: space-between">
    <a href="https://e-mongolia.mn" style="font-weight: var(--ger-font-weight-bold)">e-Mongolia</a>
    <div class="ger-demo-row">
      <a href="?lang=en" lang=${t('en', 'mn')} hreflang=${t('en', 'mn')}>${t('English', 'Монгол')}</a>
      <ger-theme-toggle ?hide-label=${args['hide-label']}></ger-theme-toggle>
    </div>
  </div>`,
};
