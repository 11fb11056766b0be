import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/service-catalog/service-catalog.js';
import type { Service } from '../packages/components/src/service-card/service-card.js';
import type { FeeFilter } from '../packages/components/src/service-catalog/service-catalog.js';

/** The sample data set (packages/service-data): 1,448 services, fetched once, not bundled. */
const DATA_URL = new URL('../packages/service-data/services.json', import.meta.url).href;
const services: Service[] = await (await fetch(DATA_URL)).json();

interface CatalogArgs {
  query: string;
  category: string;
  delivery: '' | 'online' | 'hybrid' | 'in-person';
  fee: FeeFilter;
  'card-variant': 'full' | 'compact';
  'heading-level': number;
  'sync-url': boolean;
  'page-size': number;
  'chat-href': string;
}

const catalog = (args: CatalogArgs, data: readonly Service[] = services) => html`<ger-service-catalog
  .services=${data}
  query=${args.query}
  category=${args.category}
  delivery=${args.delivery}
  fee=${args.fee}
  card-variant=${args['card-variant']}
  heading-level=${args['heading-level']}
  ?sync-url=${args['sync-url']}
  page-size=${args['page-size']}
  chat-href=${args['chat-href']}
  @ger-chat-request=${(event: CustomEvent) => console.info('ger-chat-request', event.detail)}
></ger-service-catalog>`;

const meta: Meta<CatalogArgs> = {
  title: 'Components/Service catalog',
  component: 'ger-service-catalog',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Finds a public service among many: a search field, filters (category, how it is delivered, free or paid),
the number of results in a status region, and the results as \`<ger-service-card>\`s. When nothing matches, it says so
and offers help: clearing the search, the live chat and the 1111 hotline.

**Search understands how people type.** Case and diacritics do not matter; Mongolian typed in Latin letters finds the
Cyrillic (\`pasport\` finds "паспорт", \`unemleh\` finds "үнэмлэх"; \`o\` or \`u\` stand for ө, \`u\` for ү; \`kh\` or \`x\`
for х, \`ts\` or \`c\` for ц); English finds the English titles; a word is found from its first letters, and a small typo
(one from four letters, two from eight) is forgiven. Services whose title matches come first.

**Own search, chosen by measurement** (\`node bench/search-engines.mjs\`, same data, keystrokes and spelling rules):

| engine | gzip | index 1,448 | keystroke median / p95 | found in top 5 (20 searches) |
| --- | --- | --- | --- | --- |
| Ger's own (\`search.ts\`) | 1.52 KB | 51 ms | 0.13 / 0.48 ms | 20 |
| MiniSearch 7.2.0 | 6.30 KB | 319 ms | 0.18 / 6.85 ms | 19 |
| Fuse.js 7.5.0 | 9.76 KB | 164 ms | 77 / 283 ms | 20 |

MiniSearch is a fine library, but it is 4x the size, its index takes 6x as long to build and its slowest keystrokes are
14x slower; neither library knows Mongolian spelling, so both needed Ger's \`fold\` anyway. Fuse.js scans every service
on every keystroke.

**By default every result is rendered; nothing is paged or windowed.** Keyboard users Tab through every result,
screen-reader users read and navigate them all (headings, links), and find-in-page finds text in any of them. What
keeps this fast:

- no \`content-visibility: auto\` on the results, although it would skip the layout of cards off screen: Chromium
  leaves skipped content out of the accessibility tree, and a screen reader's list of headings would end at the fold;
- the list is updated in rank order, the first dozen results at once and the rest a slice per animation frame, slices
  sized to the device, so that a keystroke never waits for a thousand cards to move; typing again before it is done
  restarts from the top. \`resultsComplete\` resolves when the whole list is in order (about 0.1–0.5 s on a laptop);
- cards are kept while the catalogue lives: a service that matches again is moved back, not rendered again.

Measured in Chromium (\`npm run bench\`): a keystroke takes a median of about 3 ms and a 95th percentile under 20 ms from
the input event to the results laid out.

The result count waits until typing pauses (0.7 s) before the status region announces it, so a screen reader is not
interrupted at every key; a filter's result is announced at once.

**Pages** (\`page-size\`, off by default): the results a page at a time, with \`<ger-pagination>\` below them and a heading
above that says where the reader is: "Page 2 of 73, results 21 to 40 of 1,448" ("73 хуудасны 2-р хуудас, 1,448 үр дүнгийн
21–40"). Choosing another page moves focus to that heading, as a new page would start at its top, so a keyboard user
goes on from the first result and a screen reader reads the heading. The heading is no live region and the result
count does not change, so nothing is said twice. The start of the results is scrolled into view only when it is off
screen. On the first load nothing takes focus; on Back and Forward between pages (\`sync-url\`) focus goes to the heading
again when it was among the results, and stays in the search form when it was there.

**URL state** (\`sync-url\`): the query and filters are kept in the page's query string (\`?q=&category=&delivery=&fee=\`),
other parameters are left alone. Typing a word makes one history entry, each filter change another, so Back goes back
through searches, not keystrokes; a bookmarked or shared URL opens the same results.

**Data** comes from the \`services\` property or a JSON URL in \`src\`; it is never part of the component's code. Entries
that are not objects are left out with one warning. The search, the list and the cards load beside the data, when the
catalogue first connects: the form is on the page at once (11.8 KB gzip with Lit; the search, list, cards and
pagination +13.7 KB). Help from the live chat: the catalogue opens the page's \`<ger-live-chat>\`; a page with
another chat listens for \`ger-chat-request\` and calls \`preventDefault()\`; \`chat-href\` is the chat's address otherwise.`,
      },
    },
  },
  argTypes: {
    query: { control: 'text' },
    category: { control: 'select', options: ['', ...new Set(services.map((service) => service.categoryId ?? ''))] },
    delivery: { control: 'inline-radio', options: ['', 'online', 'hybrid', 'in-person'] },
    fee: { control: 'inline-radio', options: ['', 'free', 'paid'] },
    'card-variant': { control: 'inline-radio', options: ['full', 'compact'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    'sync-url': { control: 'boolean' },
    'page-size': { control: { type: 'number', min: 0, step: 10 } },
    'chat-href': { control: 'text' },
  },
  args: {
    query: '',
    category: '',
    delivery: '',
    fee: '',
    'card-variant': 'full',
    'heading-level': 2,
    'sync-url': false,
    'page-size': 0,
    'chat-href': 'https://e-mongolia.mn/chat',
  },
  render: (args) => catalog(args),
};
export default meta;

type Story = StoryObj<CatalogArgs>;

/** All 1,448 services of the sample data set. Try `pasport`, `unemleh`, `huuhdiin mungu`, `driving licence`, `tatvar dornod`. */
export const FullDataSet: Story = {
  name: 'Full data set (1,448 services)',
  // axe over 1,448 cards takes more than the story test's usual 10 s in a slow engine.
  parameters: { gerTest: { timeout: 60000 } },
};

/** Typed in Latin letters: "pasport" finds "Гадаад паспорт захиалах" first. */
export const LatinTyped: Story = {
  name: 'Typed in Latin letters',
  args: { query: 'pasport' },
};

/** English finds the English titles: "renew id card" finds "Иргэний үнэмлэх сунгах". */
export const English: Story = {
  args: { query: 'renew id card' },
};

/** With filters set: free tax services that are fully online. */
export const Filtered: Story = {
  args: { category: 'tax', delivery: 'online', fee: 'free' },
};

/** Compact cards, for a long list. */
export const CompactCards: Story = {
  name: 'Compact cards',
  args: { 'card-variant': 'compact', query: 'tatvar' },
};

/** Twenty results to a page: choose another page with the keyboard, and focus moves to the heading that says which page it is. */
export const InPages: Story = {
  name: 'In pages (page-size)',
  args: { 'page-size': 20 },
};

/** Nothing found: what to do next, and where to get help (live chat, 1111). */
export const NothingFound: Story = {
  name: 'Nothing found',
  args: { query: 'bqbqbq' },
};

/** Loaded from a JSON URL (`src`), here the whole data set, opened on a search for kindergartens. */
export const FromJsonUrl: Story = {
  name: 'From a JSON URL (src)',
  args: { query: 'tsetserleg' },
  render: (args) => html`<ger-service-catalog
    src=${DATA_URL}
    query=${args.query}
    chat-href=${args['chat-href']}
    card-variant=${args['card-variant']}
  ></ger-service-catalog>`,
};
