import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/components/src/button/button.js';
import '../packages/components/src/dialog/dialog.js';
import '../packages/components/src/text-field/text-field.js';
import { DIALOG_INITIAL_FOCUS, type DialogInitialFocus, type GerDialog } from '../packages/components/src/dialog/dialog.js';
import { t } from './support/page.js';

interface DialogArgs {
  open: boolean;
  nonModal: boolean;
  heading: string;
  initialFocus: DialogInitialFocus;
  confirmLabel: string;
  cancelLabel: string;
  lightDismiss: boolean;
}

/** Opens the dialog that follows the button: the opener focus returns to. */
const openNext = (event: Event) => ((event.currentTarget as Element).nextElementSibling as GerDialog).show();

const opener = () => html`<ger-button variant="secondary" @click=${openNext}>${t('Цонхыг нээх', 'Open the dialog')}</ger-button>`;

const cancelText = () =>
  html`<p>${t('Таны бөглөсөн мэдээлэл устах бөгөөд та өргөдлөө дахин эхнээс нь бөглөх болно.', 'What you have filled in will be deleted and you will have to start the application again.')}</p>`;

const meta: Meta<DialogArgs> = {
  title: 'Components/Dialog',
  component: 'ger-dialog',
  tags: ['autodocs'],
  parameters: {
    docs: {
      // Each story in its own frame: two open modal dialogs on one docs page would cover each other.
      story: { inline: false, iframeHeight: 480 },
      description: {
        component: `A dialog on the browser's own \`<dialog>\`. **Modal** by default: the page behind is inert (no
click, no Tab, no screen-reader browsing reaches it) and does not scroll. Focus moves to the dialog's heading when it
opens (or, with \`initial-focus="first-control"\`, to its first control; a slotted control with \`autofocus\` always
wins) and returns to the button that opened it when it closes. Escape, the "Хаах" / "Close" button and the cancel action
close it with the return value \`cancel\`; \`ger-close\` says how it closed. Long content scrolls inside, between the
heading and the actions. On a phone it takes the whole screen.

**Use it** for a short, focused task the reader must finish or refuse before going on: confirming something that cannot
be undone ("Cancel the application?"), a small form that belongs to the page (add a family member).

**Do not use it** for information the reader may want to keep in view (put it on the page), for long forms or several
steps (a page per step, \`ger-form-steps\`), for errors (an error summary on the page), or to greet visitors or ask for
cookie consent on arrival (\`ger-consent-banner\`, in the page). Each dialog interrupts: a public-service page should
rarely need one.

**Confirm pattern**: \`confirm-label="Цуцлах"\` shows the confirm action (return value \`confirm\`) and a cancel action
("Болих" / "Cancel", or \`cancel-label\`). Actions of your own go in the \`actions\` slot with \`data-ger-close="value"\`.
\`non-modal\` leaves the page usable (help beside a form). \`light-dismiss\` closes it on a click outside; it is off by
default, so a stray click loses nothing.`,
      },
    },
  },
  argTypes: {
    open: { control: 'boolean' },
    nonModal: { control: 'boolean' },
    heading: { control: 'text' },
    initialFocus: { control: 'inline-radio', options: [...DIALOG_INITIAL_FOCUS] },
    confirmLabel: { control: 'text' },
    cancelLabel: { control: 'text' },
    lightDismiss: { control: 'boolean' },
  },
  args: { open: true, nonModal: false, heading: '', initialFocus: 'heading', confirmLabel: '', cancelLabel: '', lightDismiss: false },
  render: (args) => html`${opener()}
    <ger-dialog
      ?open=${args.open}
      ?non-modal=${args.nonModal}
      ?light-dismiss=${args.lightDismiss}
      heading=${args.heading || t('Өргөдлөө цуцлах уу?', 'Cancel your application?')}
      initial-focus=${args.initialFocus}
      confirm-label=${args.confirmLabel || nothing}
      cancel-label=${args.cancelLabel || nothing}
      >${cancelText()}</ger-dialog
    >`,
};
export default meta;

type Story = StoryObj<DialogArgs>;

/** Open and modal: heading, content and the close button. */
export const Default: Story = {};

/** Closed until the reader opens it; focus returns to the button when it closes. */
export const Closed: Story = { args: { open: false } };

/** Two actions: confirm (return value `confirm`) and a quieter cancel (`cancel`). */
export const Confirm: Story = {
  render: (args) => html`${opener()}
    <ger-dialog
      ?open=${args.open}
      heading=${t('Өргөдлөө цуцлах уу?', 'Cancel your application?')}
      confirm-label=${t('Өргөдлийг цуцлах', 'Cancel the application')}
      cancel-label=${t('Үргэлжлүүлэх', 'Keep it')}
      >${cancelText()}</ger-dialog
    >`,
};

/** Actions of your own in the `actions` slot, each closing with its `data-ger-close` value. */
export const CustomActions: Story = {
  render: (args) => html`${opener()}
    <ger-dialog ?open=${args.open} heading=${t('Иргэний үнэмлэхээ хэрхэн авах вэ?', 'How will you collect your ID card?')}>
      <p>${t('Хүргэлтийн хэлбэрээ сонгоно уу.', 'Choose how it reaches you.')}</p>
      <ger-button slot="actions" data-ger-close="post">${t('Шуудангаар', 'By post')}</ger-button>
      <ger-button slot="actions" variant="secondary" data-ger-close="office">${t('Үйлчилгээний төвөөс', 'At a service centre')}</ger-button>
    </ger-dialog>`,
};

/** A small form: focus goes to its first field (`initial-focus="first-control"`). */
export const Form: Story = {
  render: (args) => html`${opener()}
    <ger-dialog ?open=${args.open} heading=${t('Гэр бүлийн гишүүн нэмэх', 'Add a family member')} initial-focus="first-control">
      <ger-text-field label=${t('Нэр', 'Given name')} name="name" autocomplete="off"></ger-text-field>
      <ger-text-field label=${t('Регистрийн дугаар', 'Registration number')} name="register"></ger-text-field>
      <ger-button slot="actions" data-ger-close="add">${t('Нэмэх', 'Add')}</ger-button>
      <ger-button slot="actions" variant="secondary" data-ger-close="cancel">${t('Болих', 'Cancel')}</ger-button>
    </ger-dialog>`,
};

/** Long content scrolls inside; the heading and the actions stay in view. */
export const LongContent: Story = {
  render: (args) => html`${opener()}
    <ger-dialog ?open=${args.open} heading=${t('Үйлчилгээний нөхцөл', 'Terms of service')} confirm-label=${t('Зөвшөөрөх', 'Agree')}>
      ${Array.from(
        { length: 12 },
        (_, i) =>
          html`<p>
            ${i + 1}.
            ${t(
              'Иргэн өөрийн мэдээллийг үнэн зөв оруулах үүрэгтэй. Хуурамч мэдээлэл өгсөн тохиолдолд өргөдлийг хүчингүйд тооцно.',
              'Citizens must give true information. An application with false information is void.',
            )}
          </p>`,
      )}
    </ger-dialog>`,
};

/** Non-modal: the page stays usable; Escape still closes it. */
export const NonModal: Story = { args: { nonModal: true, heading: '' } };

/** Light dismiss on: a click outside closes it (return value `cancel`). */
export const LightDismiss: Story = { args: { lightDismiss: true } };
