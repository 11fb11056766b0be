import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/tabs/tabs.js';
import { TAB_ACTIVATIONS, type TabActivation } from '../packages/components/src/tabs/tabs.js';
import { t } from './support/page.js';

interface TabsArgs {
  label: string;
  activation: TabActivation;
  hash: boolean;
  'heading-level': number;
  /** The panel shown first. */
  selected: number;
  onGerTabChange?: (detail: unknown) => void;
}

const panels = () => [
  {
    id: 'fees-passport',
    label: t('Гадаад паспорт', 'Passport'),
    body: html`<p>${t('Улсын тэмдэгтийн хураамж 100,000 ₮. Ажлын 20 хоногт олгоно.', 'State fee ₮100,000. Issued within 20 working days.')}</p>`,
  },
  {
    id: 'fees-id-card',
    label: t('Иргэний үнэмлэх', 'ID card'),
    body: html`<p>${t('Улсын тэмдэгтийн хураамж 5,000 ₮. Ажлын 5 хоногт олгоно.', 'State fee ₮5,000. Issued within 5 working days.')}</p>`,
  },
  {
    id: 'fees-birth',
    label: t('Төрсний гэрчилгээ', 'Birth certificate'),
    body: html`<p>${t('Үнэгүй. Тэр өдөртөө олгоно.', 'Free. Issued the same day.')}</p>`,
  },
];

function tabs(args: TabsArgs) {
  return html`<ger-tabs
    label=${args.label || t('Төлбөр ба хугацаа', 'Fees and waiting times')}
    activation=${args.activation}
    ?hash=${args.hash}
    heading-level=${args['heading-level']}
    @ger-tab-change=${(event: CustomEvent) => args.onGerTabChange?.(event.detail)}
  >
    ${panels().map(
      (panel, index) => html`<ger-tab-panel id=${panel.id} label=${panel.label} ?selected=${index === args.selected}>${panel.body}</ger-tab-panel>`,
    )}
  </ger-tabs>`;
}

const meta: Meta<TabsArgs> = {
  title: 'Components/Tabs',
  component: 'ger-tabs',
  subcomponents: { 'ger-tab-panel': 'ger-tab-panel' },
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Panels of related content behind tabs, one shown at a time: fees for three documents, statistics
for several years. The WAI-ARIA tabs pattern: the arrow keys move between tabs and show each (\`activation="manual"\`
waits for Enter or Space), Home and End go to the first and last, Tab goes into the panel.

Where the tabs have less than 40em of room in their own text size (a phone, 200% text) and before JavaScript runs,
the panels are shown one after another under headings, as GOV.UK does: a row of tabs never scrolls out of sight.

**Use it** when readers compare or switch between a few panels of the same kind, and need only one at a time.
Keep tab labels to a word or two.

**Do not use it** for content readers need all of (put it on the page), for steps in order (use a form), for
navigation to other pages (use side navigation), or for more than about six panels.

- Each \`ger-tab-panel\` names its tab with \`label\`; \`selected\` chooses the first panel shown.
- \`hash\` puts the shown panel's \`id\` in the address, so a link can open it.
- \`heading-level\` is the level of the section headings on a narrow screen (2 by default).`,
      },
    },
  },
  argTypes: {
    label: { control: 'text' },
    activation: { control: 'inline-radio', options: [...TAB_ACTIVATIONS] },
    hash: { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    selected: { control: { type: 'number', min: 0, max: 2, step: 1 }, table: { category: 'story' } },
  },
  args: { label: '', activation: 'automatic', hash: false, 'heading-level': 2, selected: 0 },
  render: (args) => tabs(args),
};
export default meta;

type Story = StoryObj<TabsArgs>;

/** Automatic activation: the arrow keys show each tab they reach. */
export const Default: Story = {};

/** Another panel chosen first. */
export const SecondSelected: Story = { name: 'Second tab selected', args: { selected: 1 } };

/** Manual activation: the arrow keys move focus, Enter or Space shows the tab (for panels that are slow to show). */
export const Manual: Story = { args: { activation: 'manual' } };

/** The shown panel's id goes into the address (`#fees-id-card`): a link can open it, and the back button leaves it. */
export const InAddress: Story = { name: 'In the address (hash)', args: { hash: true } };

/** In a narrow column (a phone, or 200% text): the panels are headed sections, one after another. */
export const Narrow: Story = {
  name: 'Narrow: headed sections',
  render: (args) => html`<div style="max-inline-size: 20rem">${tabs(args)}</div>`,
};

/** Under an `<h2>`, the sections of the narrow layout are headed at level 3. */
export const HeadingLevel: Story = {
  name: 'Heading level',
  args: { 'heading-level': 3 },
  render: (args) => html`<section aria-labelledby="tabs-level" style="max-inline-size: 20rem">
    <h2 id="tabs-level">${t('Төлбөр', 'Fees')}</h2>
    ${tabs(args)}
  </section>`,
};
