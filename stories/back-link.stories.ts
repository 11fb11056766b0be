import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/back-link/back-link.js';
import { t } from './support/page.js';

interface BackLinkArgs {
  /** Where the link goes; empty: back in the browser's history. */
  href: string;
  /** The link text; empty: "Буцах" / "Back". */
  content: string;
}

const meta: Meta<BackLinkArgs> = {
  title: 'Components/Back link',
  component: 'ger-back-link',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A link back to the previous page, placed at the top of a page, before \`<main>\`'s heading: on a question page,
a step of a form, or a page deep in a service.

**Use it** with the page before written inside as a link, when you know it:
\`<ger-back-link><a href="/services">Бүх үйлчилгээ</a></ger-back-link>\`. That link works before the script runs and
without it (the page's link styles show it); once the script runs, the back link takes its address and words and shows
its own link instead, once. \`href\` does the same when the page is always scripted (an app) or server-rendered.
Without \`href\` it goes back in the browser's history (a cancellable \`ger-back\` event comes first, for an app's own router);
it then shows only once its script has run.

**Do not use it** on the first page of a service, beside the breadcrumbs (choose one), or as the way forward: the form's
own "Continue" button does that. The text "Буцах" / "Back" is enough; say more only when the destination is not obvious
("Back to the list of services"). The arrow points to the inline start, so it turns with right-to-left and vertical text.`,
      },
    },
  },
  argTypes: {
    href: { control: 'text' },
    content: { control: 'text', description: 'The link text (default slot).', table: { category: 'story' } },
  },
  args: { href: '#previous-question', content: '' },
  render: (args) => html`<ger-back-link href=${ifDefined(args.href || undefined)}>${args.content}</ger-back-link>`,
};
export default meta;

type Story = StoryObj<BackLinkArgs>;

/** A link to the page before, with the default text. */
export const Default: Story = {};

/** No `href`: back in the browser's history, still a link for keyboard and screen readers. */
export const HistoryBack: Story = {
  name: 'History back',
  args: { href: '' },
};

/** Its own text, when "Back" alone would not say where to. */
export const CustomText: Story = {
  name: 'Custom text',
  render: (args) => html`<ger-back-link href=${args.href}>${t('Үйлчилгээний жагсаалт руу буцах', 'Back to the list of services')}</ger-back-link>`,
};

/**
 * The link written inside: the page's own link before the script runs (and without it), then
 * shown by the back link as its own. The way for pages that must work without JavaScript.
 */
export const FromWrittenLink: Story = {
  name: 'From a written link',
  render: (args) => html`<ger-back-link><a href=${args.href}>${t('Бүх үйлчилгээ', 'All services')}</a></ger-back-link>`,
};

/** In right-to-left text the arrow points right, to where the text starts. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: (args) => html`<div dir="rtl"><ger-back-link href=${args.href}></ger-back-link></div>`,
};
