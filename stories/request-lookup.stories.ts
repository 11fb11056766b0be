import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/request-lookup/request-lookup.js';
import { DEFAULT_REFERENCE_PATTERN, type GerRequestLookup } from '../packages/components/src/request-lookup/request-lookup.js';

interface RequestLookupArgs {
  pattern: string;
  example: string;
  'not-found': boolean;
  value: string;
  /** Storybook passes an action here (from the manifest's `ger-lookup` event). */
  onGerLookup?: (detail: unknown) => void;
}

const meta: Meta<RequestLookupArgs> = {
  title: 'Tracking/Request lookup',
  component: 'ger-request-lookup',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Finds a request or complaint by its reference number. The format is shown as an example under the
label and checked on submit (\`pattern\`, as in \`<input pattern>\`); what people type is tidied first: spaces, lower
case, long dashes, and Cyrillic letters that look Latin (\`ЕМ\` typed on a Mongolian keyboard). Errors say what to do,
are tied to the field (\`aria-describedby\`, \`aria-invalid\`) and announced; focus stays in the field.

A valid number fires \`ger-lookup\`; the page looks it up and shows a \`ger-status-tracker\`, or sets \`not-found\`.
In this story every number but EM-2026-004817 is "not found".`,
      },
    },
  },
  argTypes: {
    pattern: { control: 'text' },
    example: { control: 'text' },
    'not-found': { control: 'boolean' },
    value: { control: 'text' },
  },
  args: { pattern: DEFAULT_REFERENCE_PATTERN, example: 'EM-2026-004817', 'not-found': false, value: '' },
  render: (args) => html`<ger-request-lookup
    pattern=${args.pattern}
    example=${args.example}
    value=${args.value}
    ?not-found=${args['not-found']}
    @ger-lookup=${(event: CustomEvent<{ reference: string }>) => {
      args.onGerLookup?.(event.detail);
      (event.target as GerRequestLookup).notFound = event.detail.reference !== 'EM-2026-004817';
    }}
  ></ger-request-lookup>`,
};
export default meta;

type Story = StoryObj<RequestLookupArgs>;

export const Default: Story = {};

/** What the reader sees when no request has the number they gave. */
export const NotFound: Story = {
  name: 'Not found',
  args: { value: 'EM-2026-999999', 'not-found': true },
};

/** A site with its own numbering: the 1111 centre's seven digits. */
export const OwnFormat: Story = {
  name: 'Own format',
  args: { pattern: '1111-\\d{7}', example: '1111-0048170' },
};
