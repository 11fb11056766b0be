import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/file-upload/file-upload.js';
import { simulatedUpload } from './support/passport.js';
import { t } from './support/page.js';

interface FileArgs {
  uploadMs: number;
  required: boolean;
  disabled: boolean;
}

const meta: Meta<FileArgs> = {
  title: 'Components/Form/File upload',
  component: 'ger-file-upload',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Choose a file with the button, or drop it on the box. The type (\`accept\`) and size (\`max-size\`,
in bytes) are checked at once and a wrong file is refused with the reason. With an \`uploader\` the file is uploaded
as soon as it is chosen, with a progress bar; the form then sends the server's reference, and drafts can keep it.
Without one, the file goes with the form (\`enctype="multipart/form-data"\`). Progress, success, errors and removal are
announced to screen readers; after Remove, focus returns to the button. A failed upload keeps the file, with Try
again, so nobody has to find it again (on a phone, in the gallery); it is sent again by itself when the connection
comes back or after a while (up to three times), and the form waits for it.`,
      },
    },
  },
  argTypes: {
    uploadMs: { control: { type: 'number', min: 0, step: 100 }, description: 'How long the simulated upload takes.' },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
  },
  args: { uploadMs: 2000, required: true, disabled: false },
  render: (args) => html`<div class="ger-demo">
    <ger-file-upload
      name="photo"
      label=${t('Цээж зураг', 'Photo of your face')}
      hint=${t('JPG эсвэл PNG, 5 MB хүртэл', 'JPG or PNG, up to 5 MB')}
      accept=".jpg,.jpeg,.png"
      max-size="5000000"
      .uploader=${simulatedUpload(args.uploadMs)}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></ger-file-upload>
  </div>`,
};
export default meta;

type Story = StoryObj<FileArgs>;

/** Uploads as soon as a file is chosen (simulated here). */
export const Default: Story = {};

/** A file already uploaded, as a draft restores it. */
export const Uploaded: Story = {
  render: () => html`<div class="ger-demo">
    <ger-file-upload
      name="scan"
      label=${t('Иргэний үнэмлэхний хуулбар', 'Copy of your ID card')}
      accept=".pdf,.jpg,.png"
      .jsonValue=${{ name: 'unemleh.pdf', size: 1_240_000, type: 'application/pdf', ref: 'upl-9' }}
    ></ger-file-upload>
  </div>`,
};
