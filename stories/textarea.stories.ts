import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/textarea/textarea.js';
import { t } from './support/page.js';

interface TextareaArgs {
  maxlength: number;
  rows: number;
  required: boolean;
  error: string;
}

const meta: Meta<TextareaArgs> = {
  title: 'Components/Form/Textarea',
  component: 'ger-textarea',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A box for a longer answer. With \`maxlength\` a character count shows under it, as GOV.UK's
character count: screen readers hear it once typing pauses, text over the limit is kept and reported as an error.`,
      },
    },
  },
  argTypes: {
    maxlength: { control: 'number' },
    rows: { control: { type: 'number', min: 2, max: 12 } },
    required: { control: 'boolean' },
    error: { control: 'text' },
  },
  args: { maxlength: 300, rows: 5, required: true, error: '' },
  render: (args) => html`<div class="ger-demo">
    <ger-textarea
      name="reason"
      label=${t('Паспорт солих шалтгаан', 'Why are you replacing your passport?')}
      hint=${t('Жишээ нь: хугацаа дууссан, гэмтсэн, алдсан', 'For example: it has expired, is damaged or lost')}
      maxlength=${args.maxlength}
      rows=${args.rows}
      ?required=${args.required}
      error=${args.error || ''}
    ></ger-textarea>
  </div>`,
};
export default meta;

type Story = StoryObj<TextareaArgs>;

export const Default: Story = {};

/** An error from the server, shown at once. */
export const WithError: Story = {
  name: 'With an error',
  render: () => html`<div class="ger-demo">
    <ger-textarea
      name="reason"
      label=${t('Паспорт солих шалтгаан', 'Why are you replacing your passport?')}
      maxlength="40"
      value=${t('Хугацаа нь дуусч, хуудас нь бүрэн дүүрсэн байна.', 'It has expired and every page is full of stamps.')}
      error=${t('Хамгийн ихдээ 40 тэмдэгт оруулна уу.', 'Enter 40 characters or fewer.')}
    ></ger-textarea>
  </div>`,
};
