import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/tabs/tabs.js';
import { t } from './support/page.js';

interface PanelArgs {
  label: string;
}

const meta: Meta<PanelArgs> = {
  title: 'Components/Tabs/Tab panel',
  component: 'ger-tab-panel',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `One panel of a \`ger-tabs\`. Its \`label\` is the tab's text, and the heading of the section when the
tabs are shown as sections (narrow screens, large text, no JavaScript). Give it an \`id\` when the tabs use \`hash\`.
Always put it in a \`ger-tabs\`.`,
      },
    },
  },
  argTypes: { label: { control: 'text' } },
  args: { label: '' },
  render: (args) => html`<ger-tabs>
    <ger-tab-panel id="panel-story-passport" label=${args.label || t('Гадаад паспорт', 'Passport')}
      ><p>${t('Улсын тэмдэгтийн хураамж 100,000 ₮.', 'State fee ₮100,000.')}</p></ger-tab-panel
    >
    <ger-tab-panel id="panel-story-id-card" label=${t('Иргэний үнэмлэх', 'ID card')}><p>${t('5,000 ₮.', '₮5,000.')}</p></ger-tab-panel>
  </ger-tabs>`,
};
export default meta;

type Story = StoryObj<PanelArgs>;

/** Behind its tab where there is room; a headed section where there is not. */
export const Default: Story = {};

/** A hostile or very long label stays text and wraps. */
export const LongLabel: Story = {
  name: 'Long label',
  args: { label: t('Гадаадад зорчих энгийн болон албан паспорт', 'Ordinary and official passports for travel abroad') },
};
