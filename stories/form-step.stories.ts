import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/form-step/form-step.js';
import '../packages/components/src/text-field/text-field.js';
import { t } from './support/page.js';

const meta: Meta = {
  title: 'Components/Form/Form step',
  component: 'ger-form-step',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `One step of a [form steps](?path=/docs/components-form-form-steps--docs) application: its questions
and a \`heading\`. \`optional\` lets the user skip it; \`when\` shows it only for some answers: \`delivery=post\`,
\`delivery=post|courier\`, \`delivery!=office\` or just \`has-child\` (answered). For other rules set \`condition\`, a function
of the answers so far (FormData). Outside \`ger-form-steps\` it simply shows its content.`,
      },
    },
  },
  render: () => html`<div class="ger-demo">
    <ger-form-step heading=${t('Холбоо барих', 'Contact details')}>
      <ger-text-field name="phone" type="tel" label=${t('Гар утас', 'Mobile phone')} width="10" required></ger-text-field>
    </ger-form-step>
  </div>`,
};
export default meta;

export const Default: StoryObj = {};
