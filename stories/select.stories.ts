import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/select/select.js';
import type { GerSelect } from '../packages/components/src/select/select.js';
import { divisionOptions, partOptions } from './support/mongolia.js';
import { pageLang, t } from './support/page.js';

interface SelectArgs {
  required: boolean;
  disabled: boolean;
}

const meta: Meta<SelectArgs> = {
  title: 'Components/Form/Select',
  component: 'ger-select',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A list to choose one of many options, such as an aimag. It keeps the native \`<select>\`,
the most reliable list on phones and with screen readers, and starts on an empty "Сонгоно уу" option. Options come
from \`<option>\` children or the \`options\` property; when the options change (the soums of another aimag) and the
value is not among them, it is cleared, so a stale answer is never sent. For fewer than about 7 options use radios.`,
      },
    },
  },
  argTypes: { required: { control: 'boolean' }, disabled: { control: 'boolean' } },
  args: { required: true, disabled: false },
  render: (args) => html`<div class="ger-demo">
    <ger-select name="aimag" label=${t('Аймаг, нийслэл', 'Province or capital')} .options=${divisionOptions(pageLang())} ?required=${args.required} ?disabled=${args.disabled}></ger-select>
  </div>`,
};
export default meta;

type Story = StoryObj<SelectArgs>;

/** Ulaanbaatar and the 21 aimags. */
export const Default: Story = {};

/** The second list follows the first: pick an aimag, then its soum. */
export const Dependent: Story = {
  render: () => {
    const lang = pageLang();
    const follow = (event: Event) => {
      const aimag = event.currentTarget as GerSelect;
      (aimag.nextElementSibling as GerSelect).options = partOptions(aimag.value, lang);
    };
    return html`<div class="ger-demo">
      <ger-select name="aimag" label=${t('Аймаг, нийслэл', 'Province or capital')} .options=${divisionOptions(lang)} value="arkhangai" @change=${follow}></ger-select>
      <ger-select name="soum" label=${t('Сум, дүүрэг', 'Soum or district')} .options=${partOptions('arkhangai', lang)}></ger-select>
    </div>`;
  },
};

/** Options written as `<option>` children. */
export const Options: Story = {
  render: () => html`<div class="ger-demo">
    <ger-select name="centre" label=${t('Үйлчилгээний төв', 'Service centre')} hint=${t('Паспортоо авах газар', 'Where you collect your passport')}>
      <option value="ub">${t('Улаанбаатар', 'Ulaanbaatar')}</option>
      <option value="darkhan">${t('Дархан', 'Darkhan')}</option>
      <option value="erdenet" selected>${t('Эрдэнэт', 'Erdenet')}</option>
    </ger-select>
  </div>`,
};
