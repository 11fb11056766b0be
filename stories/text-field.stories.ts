import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/text-field/text-field.js';
import { TEXT_FIELD_TYPES, type TextFieldType } from '../packages/components/src/text-field/text-field.js';
import { t } from './support/page.js';

interface TextFieldArgs {
  type: TextFieldType;
  label: string;
  hint: string;
  required: boolean;
  optional: boolean;
  disabled: boolean;
  error: string;
  maxlength?: number;
}

const meta: Meta<TextFieldArgs> = {
  title: 'Components/Form/Text field',
  component: 'ger-text-field',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A single-line field for text, an e-mail address (\`type="email"\`), a phone number (\`tel\`) or a
number (\`number\`: a text box with a numeric keyboard, never \`<input type="number">\`). The label, hint and error
message live inside the component, so they are always tied to the input.

- Errors show once the user has left the field after changing it, or tried to send the form; never while they type
  their first answer. They are in the page language (Mongolian or English).
- \`maxlength\` shows a character count, read out once typing pauses. Text over the limit is kept and reported.
- \`prefix-text\`/\`suffix-text\` (₮, кг) are not read by screen readers: say the unit in the label too.
- \`width\` (2, 4, 10, 20) sizes the box for the expected answer.
- \`error\` shows an error from the server at once.`,
      },
    },
  },
  argTypes: {
    type: { control: 'inline-radio', options: [...TEXT_FIELD_TYPES] },
    label: { control: 'text' },
    hint: { control: 'text' },
    required: { control: 'boolean' },
    optional: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text' },
    maxlength: { control: 'number' },
  },
  args: { type: 'text', label: '', hint: '', required: true, optional: false, disabled: false, error: '' },
  render: (args) => html`<div class="ger-demo">
    <ger-text-field
      name="surname"
      type=${args.type}
      label=${args.label || t('Эцэг/эхийн нэр', 'Surname')}
      hint=${args.hint || t('Иргэний үнэмлэхэд бичигдсэнээр', 'As on your ID card')}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      error=${ifDefined(args.error || undefined)}
      maxlength=${ifDefined(args.maxlength)}
      autocomplete="family-name"
    ></ger-text-field>
  </div>`,
};
export default meta;

type Story = StoryObj<TextFieldArgs>;

/** A required text field with a hint. */
export const Default: Story = {};

/** Each type with its keyboard and its check. */
export const Types: Story = {
  render: () => html`<div class="ger-demo">
    <ger-text-field name="email" type="email" label=${t('Имэйл хаяг', 'Email address')} optional></ger-text-field>
    <ger-text-field name="phone" type="tel" label=${t('Гар утас', 'Mobile phone')} width="10" required></ger-text-field>
    <ger-text-field
      name="amount"
      type="number"
      label=${t('Төлөх дүн, төгрөгөөр', 'Amount to pay, in tögrög')}
      prefix-text="₮"
      width="10"
      min="1000"
      value="500"
      error=${t('Хамгийн багадаа 1,000 байх ёстой.', 'It must be 1,000 or more.')}
    ></ger-text-field>
  </div>`,
};

/** A character count under the field; text over the limit is kept and reported. */
export const CharacterCount: Story = {
  name: 'Character count',
  args: { maxlength: 20, label: '', hint: '' },
  render: (args) => html`<div class="ger-demo">
    <ger-text-field
      name="title"
      label=${t('Байгууллагын нэр', 'Organisation name')}
      maxlength=${ifDefined(args.maxlength)}
      value=${t('Монголын хөгжлийн банк', 'Development Bank of Mongolia')}
    ></ger-text-field>
  </div>`,
};
