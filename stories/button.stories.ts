import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, svg } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/button/button.js';
import { BUTTON_SIZES, BUTTON_TYPES, BUTTON_VARIANTS } from '../packages/components/src/button/button.js';
import type { ButtonSize, ButtonType, ButtonVariant } from '../packages/components/src/button/button.js';
import { t } from './support/page.js';

interface ButtonArgs {
  /** The label; empty uses the story's text in the page language. */
  label: string;
  variant: ButtonVariant;
  size: ButtonSize;
  type: ButtonType;
  disabled: boolean;
  loading: boolean;
  'full-width': boolean;
  href: string;
  target: '' | '_blank' | '_self';
  download: string;
  name: string;
  value: string;
}

/** Icons are decoration next to a text label: `aria-hidden`, the label names the button. */
const icons = {
  send: svg`<path d="M3 11.5 21 3l-6.5 18-3-7.5z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="m11.5 13.5 4-4" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`,
  download: svg`<path d="M12 3v12m-5-5 5 5 5-5M4 20h16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  external: svg`<path d="M14 4h6v6m0-6-9 9M18 14v6H4V6h6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  trash: svg`<path d="M4 7h16M9 7V4h6v3m-8 0 1 13h8l1-13" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
};

function icon(name: keyof typeof icons, slot: 'start' | 'end') {
  return html`<svg slot=${slot} viewBox="0 0 24 24" aria-hidden="true" focusable="false">${icons[name]}</svg>`;
}

/** One `<ger-button>` from args; `content` adds icons or replaces the label. */
function button(args: ButtonArgs, label: string, content: unknown = nothing) {
  return html`<ger-button
    variant=${args.variant}
    size=${args.size}
    type=${args.type}
    ?disabled=${args.disabled}
    ?loading=${args.loading}
    ?full-width=${args['full-width']}
    href=${ifDefined(args.href || undefined)}
    target=${ifDefined(args.target || undefined)}
    download=${ifDefined(args.download || undefined)}
    name=${ifDefined(args.name || undefined)}
    value=${ifDefined(args.value || undefined)}
    >${content}${args.label || label}</ger-button
  >`;
}

const meta: Meta<ButtonArgs> = {
  title: 'Components/Button',
  component: 'ger-button',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Use a button for an action (send, save, delete) and a link for going somewhere; \`href\` makes
\`<ger-button>\` a link that looks like a button, for a call to action such as "Start now". A page that must work
without JavaScript writes the link inside instead, \`<ger-button><a href="/apply">Одоо эхлэх</a></ger-button>\`: a
plain link until the script runs, then the button's own.
One primary button per page or form section. Labels say what happens: "Өргөдөл илгээх" (Send application),
not "OK". Every size is at least 44 × 44 px except \`small\`, which is for dense tables only (24 px, WCAG 2.5.8).

Inside a \`<form>\` it submits or resets the form like a native \`<button>\` (it is form-associated):
\`name\` and \`value\` are sent, the form validates first, \`disabled\` follows a disabled \`<fieldset>\`.`,
      },
    },
  },
  argTypes: {
    label: { control: 'text', description: 'The label (default slot). Empty: the story’s text in the toolbar language.', table: { category: 'story' } },
    variant: { control: 'inline-radio', options: [...BUTTON_VARIANTS] },
    size: { control: 'inline-radio', options: [...BUTTON_SIZES] },
    type: { control: 'inline-radio', options: [...BUTTON_TYPES] },
    disabled: { control: 'boolean' },
    loading: { control: 'boolean' },
    'full-width': { control: 'boolean' },
    href: { control: 'text' },
    target: { control: { type: 'inline-radio', labels: { '': '(none)' } }, options: ['', '_blank', '_self'] },
    download: { control: 'text' },
    name: { control: 'text' },
    value: { control: 'text' },
  },
  args: {
    label: '',
    variant: 'primary',
    size: 'medium',
    type: 'button',
    disabled: false,
    loading: false,
    'full-width': false,
    href: '',
    target: '',
    download: '',
    name: '',
    value: '',
  },
  render: (args) => button(args, t('Өргөдөл илгээх', 'Send application')),
};
export default meta;

type Story = StoryObj<ButtonArgs>;

/** The main action of a page: one per page or form section. */
export const Primary: Story = {};

/** A second, less important action next to the primary one: "Save as draft", "Back". */
export const Secondary: Story = {
  args: { variant: 'secondary' },
  render: (args) => button(args, t('Ноорог хадгалах', 'Save as draft')),
};

/** An action that destroys data or cannot be undone. Ask for confirmation before it runs. */
export const Danger: Story = {
  args: { variant: 'danger' },
  render: (args) => button(args, t('Өргөдлийг цуцлах', 'Cancel the application'), icon('trash', 'start')),
};

/** A minor action that should not compete with the main one: "Change", "Show more". */
export const Quiet: Story = {
  args: { variant: 'quiet' },
  render: (args) => button(args, t('Хаягаа өөрчлөх', 'Change your address')),
};

/** All four variants side by side, as they appear on a page. */
export const AllVariants: Story = {
  name: 'All variants',
  render: (args) => html`<div class="ger-demo ger-demo-row">
    ${button({ ...args, variant: 'primary' }, t('Өргөдөл илгээх', 'Send application'))}
    ${button({ ...args, variant: 'secondary' }, t('Ноорог хадгалах', 'Save as draft'))}
    ${button({ ...args, variant: 'danger' }, t('Өргөдлийг цуцлах', 'Cancel the application'))}
    ${button({ ...args, variant: 'quiet' }, t('Буцах', 'Back'))}
  </div>`,
};

/** `small` is for dense tables only (24 px target); `medium` (44 px) is the default; `large` for a page's start button. */
export const Sizes: Story = {
  render: (args) => html`<div class="ger-demo ger-demo-row">
    ${button({ ...args, size: 'small' }, t('Жижиг', 'Small'))} ${button({ ...args, size: 'medium' }, t('Дунд', 'Medium'))}
    ${button({ ...args, size: 'large' }, t('Том', 'Large'))}
  </div>`,
};

/**
 * A disabled button cannot be focused and gives no reason: prefer an enabled button that
 * explains what is missing. When you must, say why next to it.
 */
export const Disabled: Story = {
  args: { disabled: true },
  render: (args) => html`<div class="ger-demo ger-demo-stack">
    ${button(args, t('Төлбөр төлөх', 'Pay the fee'))}
    <p class="ger-demo-hint">${t('Төлбөр төлөхийн өмнө иргэний үнэмлэхийн дугаараа оруулна уу.', 'Enter your ID card number before you pay.')}</p>
  </div>`,
};

/** While an action runs: a spinner, "Ачаалж байна" announced to screen readers, clicks ignored, focus kept. */
export const Loading: Story = {
  args: { loading: true },
  render: (args) => button(args, t('Илгээж байна', 'Sending')),
};

/** With `href` it is a link that looks like a button: for a call to action that opens a page. */
export const AsLink: Story = {
  name: 'As link',
  args: { href: 'https://e-mongolia.mn/service/civil-registration', size: 'large' },
  render: (args) => button(args, t('Үйлчилгээг эхлүүлэх', 'Start now')),
};

/**
 * A start link that works without JavaScript: written inside as a plain link, it is the page's
 * own link before the script runs (and if it never comes); then the button shows it as its own,
 * once, with its address and words. A service's start page uses it.
 */
export const FromWrittenLink: Story = {
  name: 'From a written link',
  args: { size: 'large' },
  render: (args) => html`<ger-button size=${args.size}><a href="#apply">${t('Одоо эхлэх', 'Start now')}</a></ger-button>`,
};

/**
 * `target="_blank"` adds `rel="noopener noreferrer"` and tells screen readers "(шинэ цонхонд
 * нээгдэнэ)". Show it visibly too, with an icon: opening a new tab should never surprise anyone.
 */
export const LinkOpeningNewTab: Story = {
  name: 'Link opening a new tab',
  args: { variant: 'secondary', href: 'https://e-mongolia.mn/help', target: '_blank' },
  render: (args) => button(args, t('Тусламжийн төв', 'Help centre'), icon('external', 'end')),
};

/** `download` makes the link download its file, here under a readable name. Say the format and size. */
export const DownloadLink: Story = {
  name: 'Download link',
  args: { variant: 'secondary', href: '/forms/irgenii-unemleh-urgudul.pdf', download: 'urgudul.pdf' },
  render: (args) => button(args, t('Өргөдлийн маягт татах (PDF, 120 КБ)', 'Download the application form (PDF, 120 KB)'), icon('download', 'start')),
};

/** Fills its container: for the main action on a phone. */
export const FullWidth: Story = {
  name: 'Full width',
  args: { 'full-width': true },
  render: (args) => html`<div style="max-inline-size: 24rem">${button(args, t('Нэвтрэх', 'Sign in'))}</div>`,
};

/** An icon in the `start` or `end` slot repeats the label; it is hidden from screen readers. */
export const WithIcon: Story = {
  name: 'With icon',
  render: (args) => html`<div class="ger-demo ger-demo-row">
    ${button(args, t('Өргөдөл илгээх', 'Send application'), icon('send', 'start'))}
    ${button({ ...args, variant: 'secondary' }, t('Гэрчилгээ татах', 'Download certificate'), icon('download', 'start'))}
  </div>`,
};

function handleSubmit(event: SubmitEvent) {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const data = new FormData(form, event.submitter);
  const status = form.querySelector('[role="status"]')!;
  const pairs = [...data.entries()].map(([key, value]) => `${key}=${String(value)}`).join(', ');
  status.textContent = t(`Илгээсэн өгөгдөл: ${pairs}`, `Data sent: ${pairs}`);
}

/**
 * In a `<form>`, `type="submit"` (the default) submits it as a native button would: the form
 * validates first (try it empty), fires `submit`, and the pressed button's `name=value` is sent.
 * `type="reset"` resets the form.
 */
export const InAForm: Story = {
  name: 'In a form (submits)',
  args: { type: 'submit', name: 'action', value: 'send' },
  render: (args) => html`<form class="ger-demo ger-demo-stack" @submit=${handleSubmit}>
    <div>
      <label for="register-number">${t('Регистрийн дугаар', 'Civil registration number')}</label>
      <p class="ger-demo-hint" id="register-number-hint">${t('Жишээ нь: УБ99112233', 'For example: УБ99112233')}</p>
      <input id="register-number" name="register" type="text" required autocomplete="off" aria-describedby="register-number-hint" />
    </div>
    <div class="ger-demo-row">
      ${button(args, t('Өргөдөл илгээх', 'Send application'))}
      ${button({ ...args, variant: 'secondary', name: 'action', value: 'draft' }, t('Ноорог хадгалах', 'Save as draft'))}
      ${button({ ...args, variant: 'quiet', type: 'reset', name: '', value: '' }, t('Арилгах', 'Clear'))}
    </div>
    <p role="status"></p>
  </form>`,
};
