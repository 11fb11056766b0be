import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/registration-number/registration-number.js';
import { t } from './support/page.js';

interface RegistrationArgs {
  value: string;
  required: boolean;
  error: string;
}

const meta: Meta<RegistrationArgs> = {
  title: 'Components/Form/Registration number',
  component: 'ger-registration-number',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The civil registration number (регистрийн дугаар): two Cyrillic letters and eight digits, the
first six the date of birth \`YYMMDD\`, with 20 added to the month for people born from 2000 (\`ЧБ05231456\`: 14 March
2005). It checks the form, the letters and the date, and gives \`birthDate\`.

**Latin letters become Cyrillic as they are typed**, one for one: a→А b→Б c→Ц d→Д e→Э f→Ф g→Г h→Х i→И j→Ж k→К l→Л m→М
n→Н o→О p→П q→Ө r→Р s→С t→Т u→У v→В w→Ү x→Х y→Ы z→З ö→Ө ü→Ү (MNS 5217:2012, the passport romanization, and everyday
Latin typing of Mongolian: q for Ө, w for Ү). Pairs make one letter: sh→Ш, ch→Ч, kh→Х, ya→Я, yo→Ё, yu→Ю, ye→Е; type
\`sx\` for С then Х. Letters are upper-cased, spaces and dashes dropped. Try typing \`ub99112233\`.`,
      },
    },
  },
  argTypes: { value: { control: 'text' }, required: { control: 'boolean' }, error: { control: 'text' } },
  args: { value: '', required: true, error: '' },
  render: (args) => html`<div class="ger-demo">
    <ger-registration-number
      name="rd"
      label=${t('Регистрийн дугаар', 'Registration number')}
      hint=${t('2 үсэг, 8 цифр, жишээ нь: УБ99112233. Латин үсгээр бичиж болно.', '2 letters and 8 digits, like УБ99112233. You can type it in Latin letters.')}
      value=${args.value}
      ?required=${args.required}
      error=${args.error || ''}
    ></ger-registration-number>
  </div>`,
};
export default meta;

type Story = StoryObj<RegistrationArgs>;

export const Default: Story = {};

/** A number whose date of birth does not exist (month 13). */
export const InvalidBirthDate: Story = {
  name: 'Invalid date of birth',
  args: { value: 'УБ99133233' },
  render: (args) =>
    meta.render!(
      {
        ...args,
        error: t('Үсгийн дараах 6 цифр нь төрсөн он, сар, өдөр (ООССӨӨ) байх ёстой.', 'The 6 digits after the letters must be a real date of birth (YYMMDD).'),
      },
      {} as never,
    ),
};
