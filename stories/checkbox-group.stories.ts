import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/checkbox-group/checkbox-group.js';
import { t } from './support/page.js';

interface GroupArgs {
  required: boolean;
  disabled: boolean;
  error: string;
}

const meta: Meta<GroupArgs> = {
  title: 'Components/Form/Checkbox group',
  component: 'ger-checkbox-group',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A question answered by ticking any number of boxes. The question is the legend of a fieldset,
so it is read with each box. The group's \`name\` is sent once per ticked box (as native checkboxes sharing a name);
\`required\` asks for at least one.`,
      },
    },
  },
  argTypes: { required: { control: 'boolean' }, disabled: { control: 'boolean' }, error: { control: 'text' } },
  args: { required: true, disabled: false, error: '' },
  render: (args) => html`<div class="ger-demo">
    <ger-checkbox-group
      name="documents"
      label=${t('Танд ямар бичиг баримт байгаа вэ?', 'Which documents do you have?')}
      hint=${t('Байгаа бүгдийг нь сонгоно уу', 'Select all that apply')}
      ?required=${args.required}
      ?disabled=${args.disabled}
      error=${args.error || ''}
    >
      <ger-checkbox value="id">${t('Иргэний үнэмлэх', 'ID card')}</ger-checkbox>
      <ger-checkbox value="birth">${t('Төрсний гэрчилгээ', 'Birth certificate')}</ger-checkbox>
      <ger-checkbox value="old-passport" checked>${t('Хуучин гадаад паспорт', 'Old passport')}</ger-checkbox>
    </ger-checkbox-group>
  </div>`,
};
export default meta;

type Story = StoryObj<GroupArgs>;

export const Default: Story = {};

/** An error shown at once. */
export const WithError: Story = {
  name: 'With an error',
  render: (args) => meta.render!({ ...args, error: t('Дор хаяж нэгийг сонгоно уу.', 'Select at least one option.') }, {} as never),
};
