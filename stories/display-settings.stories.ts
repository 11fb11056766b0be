import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/display-settings/display-settings.js';
import { t } from './support/page.js';

interface DisplaySettingsArgs {
  open: boolean;
}

const meta: Meta<DisplaySettingsArgs> = {
  title: 'Components/Display settings',
  component: 'ger-display-settings',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Lets the reader set **text size** (up to 200%), **text spacing** (WCAG 1.4.12 and wider), **colour theme**
(follow the device, light, night, high contrast), **motion** and a more **legible font**, for the whole site.
Every change applies at once, is announced politely and is remembered. It changes design tokens only, through
attributes on \`<html>\` (\`data-ger-theme\`, \`data-ger-text-size\`, …): never the page's content, ARIA or focus.

Put it in the header of every page, in the same place (WCAG 3.2.3). In this Storybook the toolbar is one more
panel on the same preferences store: a choice made in either shows in both. Choices are saved in this
browser's localStorage, as on a real site.`,
      },
    },
  },
  argTypes: {
    open: { control: 'boolean' },
  },
  args: { open: false },
  render: (args) => html`<ger-display-settings ?open=${args.open}></ger-display-settings>`,
};
export default meta;

type Story = StoryObj<DisplaySettingsArgs>;

/** Closed: a button "Дэлгэцийн тохиргоо" / "Display settings" that opens the panel (Escape closes it). */
export const Closed: Story = {};

/** Open: one group of radio buttons per setting, and a reset button. */
export const Open: Story = {
  args: { open: true },
};

/** In a page with text, to see each setting act on the page and on other components at once. */
export const WithPageContent: Story = {
  name: 'With page content',
  args: { open: true },
  render: (args) => html`<div class="ger-demo ger-demo-stack">
    <ger-display-settings ?open=${args.open}></ger-display-settings>
    <h2>${t('Иргэний үнэмлэх сунгах', 'Renew your ID card')}</h2>
    <p>
      ${t(
        'Иргэний үнэмлэхийн хугацаа дуусахаас 30 хоногийн өмнө сунгуулах өргөдлөө e-Mongolia-аар илгээж болно. Тусламж хэрэгтэй бол 1111 дугаарт залгана уу.',
        'You can apply to renew your ID card through e-Mongolia up to 30 days before it expires. If you need help, call 1111.',
      )}
    </p>
  </div>`,
};
