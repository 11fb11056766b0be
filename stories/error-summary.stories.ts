import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/button/button.js';
import '../packages/components/src/error-summary/error-summary.js';
import '../packages/components/src/registration-number/registration-number.js';
import '../packages/components/src/text-field/text-field.js';
import { t } from './support/page.js';

const meta: Meta = {
  title: 'Components/Form/Error summary',
  component: 'ger-error-summary',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Lists every error at the top of the form, each a link that moves focus to its field. Put it
first in a \`<form>\`: when sending fails it collects the invalid fields (instead of the browser's bubble on the first
only), shows them in order and takes focus, so its heading "Анхаар, алдаа гарлаа" / "There is a problem" is read
first. Try sending this form empty.

The list is that of the last attempt to send, as GOV.UK's: sending again lists what is still wrong; sending with every
field right, or resetting the form, clears it. It does not shrink while the user puts fields right (a shorter list
would move the next field from under their pointer); each field's own message goes as soon as it is right.

Point \`for\` at a form elsewhere in the page; it may be set later (the React wrapper sets it as a property) and the
form may come later. A page the server sends back after a failed POST gives each wrong field its \`error\`: the
summary lists them as it renders and takes focus once (story "After the server refused it", on its own page since
it takes focus as it loads).`,
      },
    },
  },
  render: () => html`<form class="ger-demo" @submit=${(event: Event) => event.preventDefault()}>
    <ger-error-summary></ger-error-summary>
    <ger-registration-number id="es-rd" name="rd" label=${t('Регистрийн дугаар', 'Registration number')} required></ger-registration-number>
    <ger-text-field id="es-phone" name="phone" type="tel" label=${t('Гар утас', 'Mobile phone')} width="10" required></ger-text-field>
    <ger-button>${t('Илгээх', 'Send')}</ger-button>
  </form>`,
};
export default meta;

/** In a form: send it empty to see the summary. */
export const InAForm: StoryObj = { name: 'In a form' };

/** Filled from code, as ger-form-steps does for each step. */
export const Shown: StoryObj = {
  render: () => html`<div class="ger-demo">
    <ger-error-summary
      .errors=${[
        { message: t('Регистрийн дугаар: Энэ талбарыг бөглөнө үү.', 'Registration number: Fill in this field.') },
        { message: t('Гар утас: Утасны дугаарыг зөв оруулна уу, жишээ нь: 9911 2233', 'Mobile phone: Enter a phone number like 9911 2233') },
      ]}
    ></ger-error-summary>
  </div>`,
};

/**
 * A page the server sent back after its own checks failed: the field carries the server's
 * `error`, and the summary lists it and takes focus as the page loads. Not on the docs page,
 * where it would pull focus and scroll from the other stories.
 */
export const AfterTheServerRefusedIt: StoryObj = {
  name: 'After the server refused it',
  tags: ['!autodocs'],
  render: () => html`<form class="ger-demo" method="post" @submit=${(event: Event) => event.preventDefault()}>
    <ger-error-summary></ger-error-summary>
    <ger-registration-number
      id="es-server-rd"
      name="rd"
      label=${t('Регистрийн дугаар', 'Registration number')}
      value="УБ85032714"
      error=${t('Энэ регистрийн дугаар бүртгэлгүй байна.', 'This registration number is not registered.')}
      required
    ></ger-registration-number>
    <ger-text-field id="es-server-phone" name="phone" type="tel" label=${t('Гар утас', 'Mobile phone')} width="10" value="9911 2233" required></ger-text-field>
    <ger-button>${t('Илгээх', 'Send')}</ger-button>
  </form>`,
};
