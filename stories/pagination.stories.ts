import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/pagination/pagination.js';

interface PaginationArgs {
  /** The current page. */
  page: number;
  /** How many pages there are. */
  pages: number;
  /** `{page}` becomes each page's number; empty makes buttons for an app. */
  hrefPattern: string;
}

const meta: Meta<PaginationArgs> = {
  title: 'Components/Pagination',
  component: 'ger-pagination',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Moves between the pages of a long list of results: previous and next, the first and last page, and the
pages around the current one (\`aria-current="page"\`), with an ellipsis where pages are left out.

**Use it** under a list that is too long for one page: search results, news, a register. Prefer links
(\`href-pattern="?page={page}"\`): a reader can open a page in a new tab, and the server can render it. Without a
pattern the pages are buttons and the element fires \`ger-page-change\` for an app; after a page change, move
focus to the heading of the results, as \`ger-service-catalog\` does.

**Do not use it** for the steps of a form (use form steps), or when a list is short enough to show whole: a
reader finds more with find-in-page in one long list than across pages. On a narrow screen and at large text
only the first, current and last page numbers stay between previous and next. A page past the end shows the
last page, with a console warning.`,
      },
    },
  },
  argTypes: {
    page: { control: { type: 'number', min: 1 } },
    pages: { control: { type: 'number', min: 0 } },
    hrefPattern: { control: 'text' },
  },
  args: { page: 5, pages: 12, hrefPattern: '?page={page}' },
  render: (args) => html`<ger-pagination page=${args.page} pages=${args.pages} href-pattern=${args.hrefPattern}></ger-pagination>`,
};
export default meta;

type Story = StoryObj<PaginationArgs>;

/** Many pages, as links: the first, the last, the current and its neighbours, ellipses between. */
export const ManyPages: Story = { name: 'Many pages (links)' };

/** Few pages: every number shows, no ellipsis. */
export const FewPages: Story = { name: 'Few pages', args: { page: 2, pages: 3 } };

/** On the first page there is no "Previous". */
export const FirstPage: Story = { name: 'First page', args: { page: 1 } };

/** On the last page there is no "Next". */
export const LastPage: Story = { name: 'Last page', args: { page: 12 } };

/** Buttons for an app: choosing a page fires `ger-page-change` and the element shows the new page. */
export const Buttons: Story = { name: 'Buttons for an app', args: { hrefPattern: '' } };

/** In a narrow column (or at 200% text) only the first, current and last page numbers stay. */
export const Narrow: Story = {
  render: (args) => html`<div style="max-inline-size: 18rem">
    <ger-pagination page=${args.page} pages=${args.pages} href-pattern=${args.hrefPattern}></ger-pagination>
  </div>`,
};
