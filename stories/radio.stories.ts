import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/radio-group/radio-group.js';
import { t } from './support/page.js';

const meta: Meta = {
  title: 'Components/Form/Radio',
  component: 'ger-radio',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `One answer of a [radio group](?path=/docs/components-form-radio-group--docs). It is the radio itself
(role \`radio\`, named by its text); the group chooses it, focuses it and sends its value. Use it only inside
\`ger-radio-group\`.`,
      },
    },
  },
  render: () => html`<div class="ger-demo">
    <ger-radio-group name="language" label=${t('Харилцах хэл', 'Language for letters')} value="mn">
      <ger-radio value="mn">Монгол</ger-radio>
      <ger-radio value="en">English</ger-radio>
      <ger-radio value="kk">Қазақша</ger-radio>
    </ger-radio-group>
  </div>`,
};
export default meta;

export const InAGroup: StoryObj = { name: 'In a group' };
