import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/check-answers/check-answers.js';
import '../packages/components/src/date-input/date-input.js';
import '../packages/components/src/form-steps/form-steps.js';
import '../packages/components/src/select/select.js';
import '../packages/components/src/text-field/text-field.js';
import { divisionOptions } from './support/mongolia.js';
import { pageLang, t } from './support/page.js';

const meta: Meta = {
  title: 'Components/Form/Check answers',
  component: 'ger-check-answers',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The "check your answers" page: every answer so far, step by step, as a summary list of question,
answer in words and a Change link. Change goes to the question and focuses it; Continue then comes straight back.
Put it in the last step of a \`ger-form-steps\` (here it stands outside the steps, so it lists them all at once).`,
      },
    },
  },
  render: () => html`<div class="ger-demo">
    <ger-form-steps>
      <ger-form-step heading=${t('Хувийн мэдээлэл', 'Personal details')}>
        <ger-text-field name="given-name" label=${t('Нэр', 'Given name')} value="Сарнай"></ger-text-field>
        <ger-date-input name="dob" label=${t('Төрсөн огноо', 'Date of birth')} value="1985-03-07"></ger-date-input>
        <ger-select name="aimag" label=${t('Аймаг, нийслэл', 'Province or capital')} .options=${divisionOptions(pageLang())} value="darkhan-uul"></ger-select>
        <ger-text-field name="email" type="email" label=${t('Имэйл хаяг', 'Email address')}></ger-text-field>
      </ger-form-step>
      <ger-check-answers></ger-check-answers>
    </ger-form-steps>
  </div>`,
};
export default meta;

export const Default: StoryObj = {};
