import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/date-input/date-input.js';
import { t } from './support/page.js';

interface DateArgs {
  value: string;
  required: boolean;
  error: string;
}

const meta: Meta<DateArgs> = {
  title: 'Components/Form/Date input',
  component: 'ger-date-input',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A date people know, such as a date of birth, typed as year, month and day in Mongolian order
(as ISO 8601). Three small boxes with a numeric keyboard are quicker than a calendar for such dates. The value is
\`YYYY-MM-DD\` once the parts make a real date; until then what was typed is kept (and saved in drafts). \`min\` and
\`max\` take a date or \`today\`. Errors show once the user leaves the whole date.`,
      },
    },
  },
  argTypes: { value: { control: 'text' }, required: { control: 'boolean' }, error: { control: 'text' } },
  args: { value: '', required: true, error: '' },
  render: (args) => html`<div class="ger-demo">
    <ger-date-input
      name="dob"
      label=${t('Төрсөн огноо', 'Date of birth')}
      hint=${t('Жишээ нь: 1985 3 7', 'For example: 1985 3 7')}
      autocomplete="bday"
      max="today"
      value=${args.value}
      ?required=${args.required}
      error=${args.error || ''}
    ></ger-date-input>
  </div>`,
};
export default meta;

type Story = StoryObj<DateArgs>;

export const Default: Story = {};

/** A date that does not exist, with its error. */
export const NotARealDate: Story = {
  name: 'Not a real date',
  args: { value: '2023-2-30' },
  render: (args) => meta.render!({ ...args, error: t('Байх боломжтой огноо оруулна уу.', 'Enter a real date.') }, {} as never),
};
