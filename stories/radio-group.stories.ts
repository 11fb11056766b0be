import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/radio-group/radio-group.js';
import { t } from './support/page.js';

interface RadioGroupArgs {
  value: string;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<RadioGroupArgs> = {
  title: 'Components/Form/Radio group',
  component: 'ger-radio-group',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A question answered by choosing one of a few options (for many, use a select). Keyboard as the
WAI-ARIA radio group: Tab enters at the chosen answer, the arrow keys move and choose (wrapping, skipping disabled
answers), Space chooses. The question is the group's name and is read with each answer.`,
      },
    },
  },
  argTypes: {
    value: { control: 'inline-radio', options: ['', 'office', 'post'] },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
  },
  args: { value: '', required: true, disabled: false },
  render: (args) => html`<div class="ger-demo">
    <ger-radio-group
      name="delivery"
      label=${t('Паспортоо хэрхэн авах вэ?', 'How do you want to get your passport?')}
      value=${args.value}
      ?required=${args.required}
      ?disabled=${args.disabled}
    >
      <ger-radio value="office">${t('Үйлчилгээний төвөөс очиж авна', 'Collect it from a service centre')}</ger-radio>
      <ger-radio value="post">${t('Шуудангаар хүргүүлнэ (5000₮)', 'Send it by post (₮5,000)')}</ger-radio>
      <ger-radio value="embassy" disabled>${t('Элчин сайдын яамнаас авна (одоогоор боломжгүй)', 'Collect it from an embassy (not available yet)')}</ger-radio>
    </ger-radio-group>
  </div>`,
};
export default meta;

type Story = StoryObj<RadioGroupArgs>;

export const Default: Story = {};

/** A yes/no question, with an error. */
export const YesNo: Story = {
  name: 'Yes or no',
  render: () => html`<div class="ger-demo">
    <ger-radio-group name="changed" label=${t('Таны нэр өөрчлөгдсөн үү?', 'Has your name changed?')} error=${t('Аль нэгийг нь сонгоно уу.', 'Select an option.')}>
      <ger-radio value="yes">${t('Тийм', 'Yes')}</ger-radio>
      <ger-radio value="no">${t('Үгүй', 'No')}</ger-radio>
    </ger-radio-group>
  </div>`,
};
