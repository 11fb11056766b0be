import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/check-answers/check-answers.js';
import '../packages/components/src/form-steps/form-steps.js';
import '../packages/components/src/radio-group/radio-group.js';
import '../packages/components/src/text-field/text-field.js';
import { t } from './support/page.js';

interface StepsArgs {
  formId: string;
  headingLevel: number;
}

const meta: Meta<StepsArgs> = {
  title: 'Components/Form/Form steps',
  component: 'ger-form-steps',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A multi-step application, one topic per step (see the
[passport application](?path=/docs/examples-passport-application--docs) for a whole one).

- "Алхам 2/4: …" above each step, the steps listed with \`aria-current="step"\`; focus moves to the step heading and
  the page title names the step on every change.
- Continue checks the step first and lists the errors in a summary that takes focus. Back keeps every answer. While a
  move waits (on a slow link, the code of the next step still downloading) the buttons show they are busy, say
  "Ачаалж байна" (loading), and further presses are ignored: three taps never skip two steps unseen.
- \`optional\` steps can be skipped; a step with \`when="name=value"\` is shown only for that answer, and its answers
  are not sent while it is not shown.
- \`ger-check-answers\` in the last step lists every answer with a Change link that comes back after the change.
- Drafts: with \`form-id\`, every change is saved (localStorage, or your own \`store\`); after a reload the user is back
  at the same step. A draft that is not a draft or is of another \`draft-version\` starts a clean form with a notice.
- A store that fails (a server store offline, localStorage full) is never taken for an empty one: a save that fails
  says "Ноорог хадгалагдсангүй" and is tried again (back online, at the next change, after a growing wait); a read that
  fails says the draft could not be loaded, is tried again, and nothing is saved over the draft until it has been read
  (what the user types meanwhile is kept and merged), unless the user chooses to start afresh.
- \`ger-submit\` gives the application as FormData and JSON. Without an enclosing \`<form>\` the page has taken it and
  the draft is cleared. With one, the form is posted and the draft kept, marked sent, since the post may fail: the
  confirmation page clears it (\`<ger-panel form-id="…">\`); until then the form shows the answers again, saying they were
  sent (for two days). A page that cancels the form's \`submit\` has taken the answers: the draft is cleared. A page that
  sends the application itself cancels \`ger-submit\` and calls \`clearDraft()\` once its server has it.`,
      },
    },
  },
  argTypes: {
    formId: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 1, max: 5 } },
  },
  args: { formId: 'form-steps-example', headingLevel: 2 },
  render: (args) => html`<div class="ger-demo">
    <ger-form-steps form-id=${args.formId} heading-level=${args.headingLevel}>
      <ger-form-step heading=${t('Таны нэр', 'Your name')}>
        <ger-text-field name="given-name" label=${t('Нэр', 'Given name')} autocomplete="given-name" required></ger-text-field>
      </ger-form-step>
      <ger-form-step heading=${t('Хүргэлт', 'Delivery')}>
        <ger-radio-group name="delivery" label=${t('Хэрхэн авах вэ?', 'How do you want to get it?')} required>
          <ger-radio value="office">${t('Төвөөс очиж авна', 'Collect it')}</ger-radio>
          <ger-radio value="post">${t('Шуудангаар', 'By post')}</ger-radio>
        </ger-radio-group>
      </ger-form-step>
      <ger-form-step heading=${t('Хаяг', 'Address')} when="delivery=post">
        <ger-text-field name="address" label=${t('Хүргэх хаяг', 'Delivery address')} autocomplete="street-address" required></ger-text-field>
      </ger-form-step>
      <ger-form-step heading=${t('Хариултаа шалгах', 'Check your answers')}>
        <ger-check-answers></ger-check-answers>
      </ger-form-step>
    </ger-form-steps>
  </div>`,
};
export default meta;

/** Three steps, one shown only for post, and check answers. */
export const Default: StoryObj<StepsArgs> = {};
