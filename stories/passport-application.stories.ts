import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { type PassportArgs, passportApplication } from './support/passport.js';

const meta: Meta<PassportArgs> = {
  title: 'Examples/Passport application',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `A complete application for a foreign passport, built only from Ger's form components: personal
details with the registration number (type it in Latin letters: \`ub99112233\`), contact details, home address with
aimag and soum/district comboboxes (type \`hovs\` or \`Хөвсгөл\`), a photo upload, delivery with a step shown only for post, an optional step, check
answers with Change links, and a confirmation with a reference number and what happens next.

The appointment day is a date input with a calendar (\`picker\`): type the date, or press **Choose date**;
weekends and the public holidays, given as data, cannot be chosen.

Every answer is saved as a draft in this browser while you type: reload the page and you are back at the same
step, with a notice and a way to discard the draft. Sending the application clears it.

In a real service, put \`<ger-form-steps>\` inside \`<form action="/passport" method="post" enctype="multipart/form-data">\`:
after \`ger-submit\` the form is posted to the server with every answer of the steps that apply. The draft is kept
while the post is on its way (it may fail, offline): the confirmation page your server shows clears it with
\`<ger-panel form-id="…">\`. Until then, a citizen who comes back finds the answers, with a notice that they were sent and
should be sent again if no confirmation came.`,
      },
    },
  },
  argTypes: {
    formId: { control: 'text', description: 'Names the draft (localStorage key `ger:draft:<formId>`).' },
    uploadMs: { control: { type: 'number', min: 0, step: 100 }, description: 'How long the simulated photo upload takes.' },
  },
  args: { formId: 'passport-example', uploadMs: 1500 },
  render: (args) => passportApplication(args),
};
export default meta;

type Story = StoryObj<PassportArgs>;

/** The whole application, from the registration number to the confirmation. */
export const PassportApplication: Story = { name: 'Passport application' };
