import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/checkbox/checkbox.js';
import { t } from './support/page.js';

interface CheckboxArgs {
  checked: boolean;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<CheckboxArgs> = {
  title: 'Components/Form/Checkbox',
  component: 'ger-checkbox',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A single checkbox, to confirm or agree to something, or one box of a
[checkbox group](?path=/docs/components-form-checkbox-group--docs). A large native checkbox in the theme's colour: the
whole row is a 44 px target. The label is the content and may hold a link.`,
      },
    },
  },
  argTypes: { checked: { control: 'boolean' }, required: { control: 'boolean' }, disabled: { control: 'boolean' } },
  args: { checked: false, required: true, disabled: false },
  render: (args) => html`<div class="ger-demo">
    <ger-checkbox name="declaration" value="yes" ?checked=${args.checked} ?required=${args.required} ?disabled=${args.disabled}>
      ${t('Миний өгсөн мэдээлэл үнэн зөв болохыг баталж байна.', 'I confirm that the information I have given is correct.')}
    </ger-checkbox>
  </div>`,
};
export default meta;

type Story = StoryObj<CheckboxArgs>;

export const Default: Story = {};

/** A label with a link. */
export const WithLink: Story = {
  name: 'With a link',
  render: () => html`<div class="ger-demo">
    <ger-checkbox name="terms" required>
      ${t('Би ', 'I agree to the ')}<a href="https://e-mongolia.mn/terms">${t('үйлчилгээний нөхцөлийг', 'terms of service')}</a>${t(' зөвшөөрч байна.', '.')}
    </ger-checkbox>
  </div>`,
};
