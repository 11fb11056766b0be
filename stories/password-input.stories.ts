import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/password-input/password-input.js';
import '../packages/components/src/text-field/text-field.js';
import { PASSWORD_AUTOCOMPLETE, type PasswordAutocomplete } from '../packages/components/src/password-input/password-input.js';
import { t } from './support/page.js';

interface PasswordArgs {
  label: string;
  hint: string;
  autocomplete: PasswordAutocomplete;
  minlength?: number;
  required: boolean;
  disabled: boolean;
  error: string;
}

const password = (args: PasswordArgs) =>
  html`<ger-password-input
    name="password"
    label=${args.label || t('Нууц үг', 'Password')}
    hint=${ifDefined(args.hint || undefined)}
    autocomplete=${args.autocomplete}
    minlength=${ifDefined(args.minlength || undefined)}
    ?required=${args.required}
    ?disabled=${args.disabled}
    error=${ifDefined(args.error || undefined)}
  ></ger-password-input>`;

const meta: Meta<PasswordArgs> = {
  title: 'Components/Password input',
  component: 'ger-password-input',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A password field for signing in (\`autocomplete="current-password"\`, the default) or choosing a new
password (\`autocomplete="new-password"\`, so password managers offer a strong one).

- "Харуулах" / "Show" is a toggle button (\`aria-pressed\`): it shows the password as text and hides it again, and the change
  is announced. The password is hidden again before the form is sent.
- Pasting is always allowed: blocking it breaks password managers and makes people choose weaker passwords.
- While Caps Lock is on, a notice shows under the field and is announced once.
- The password is sent with the form and kept nowhere else: not in \`ger-form-steps\` drafts, not in the browser's saved form
  state, not in check answers ("(нууцалсан)" stands in), never in the console.
- \`required\` and \`minlength\` are checked with localized messages; add your own checks through \`validators\`.

**Use it** wherever a citizen signs in or sets a password. **Do not use it** for codes sent by SMS or other one-time codes (use
\`ger-text-field\` with \`inputmode="numeric"\` and \`autocomplete="one-time-code"\`), or for the registration number, which is not secret.
Say the rules for a new password in the hint, before the reader types, not only in the error.`,
      },
    },
  },
  argTypes: {
    label: { control: 'text' },
    hint: { control: 'text' },
    autocomplete: { control: 'inline-radio', options: [...PASSWORD_AUTOCOMPLETE] },
    minlength: { control: { type: 'number', min: 0, step: 1 } },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    error: { control: 'text' },
  },
  args: { label: '', hint: '', autocomplete: 'current-password', required: false, disabled: false, error: '' },
  render: password,
};
export default meta;

type Story = StoryObj<PasswordArgs>;

/** Signing in: the browser offers the saved password. */
export const SignIn: Story = {
  name: 'Sign in',
  args: { required: true },
};

/** Choosing a new password: the rules in the hint, checked with `minlength`. */
export const NewPassword: Story = {
  name: 'New password',
  args: { autocomplete: 'new-password', minlength: 8, required: true },
  render: (args) => password({ ...args, label: t('Шинэ нууц үг', 'New password'), hint: t('Дор хаяж 8 тэмдэгт', 'At least 8 characters') }),
};

/** The error after sending: the message above the field, a bar beside it. */
export const WithError: Story = {
  name: 'With error',
  args: { required: true },
  render: (args) => password({ ...args, error: t('Нууц үг буруу байна. Дахин оролдоно уу.', 'The password is wrong. Try again.') }),
};

/** Disabled: neither the field nor the button can be used, and nothing is sent. */
export const Disabled: Story = {
  args: { disabled: true },
};

/** A sign-in form: the username field first, so password managers pair them. */
export const InAForm: Story = {
  name: 'In a form',
  render: (args) =>
    html`<form style="display: grid; gap: var(--ger-space-lg); max-inline-size: 30rem" @submit=${(event: Event) => event.preventDefault()}>
      <ger-text-field name="username" label=${t('Регистрийн дугаар', 'Registration number')} autocomplete="username" required></ger-text-field>
      ${password({ ...args, required: true })}
    </form>`,
};
