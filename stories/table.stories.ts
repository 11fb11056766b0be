import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/components/src/table/table.js';
import type { GerTable, TableColumn } from '../packages/components/src/table/table.js';
import { t } from './support/page.js';

interface TableArgs {
  /** Sort buttons in every column header. */
  sortable: boolean;
  /** What happens on a narrow screen. */
  narrow: 'scroll' | 'stack';
}

/** A fee table as an agency writes it in its own HTML. */
const feeTable = (args: TableArgs) => html`<ger-table ?sortable=${args.sortable} narrow=${args.narrow}>
  <table>
    <caption>${t('Иргэний үнэмлэх авах хураамж', 'Fees for an identity card')}</caption>
    <thead>
      <tr>
        <th>${t('Үйлчилгээ', 'Service')}</th>
        <th data-type="number">${t('Хураамж', 'Fee')}</th>
        <th data-type="number">${t('Хугацаа (хоног)', 'Time (days)')}</th>
      </tr>
    </thead>
    <tbody>
      <tr><th>${t('Анх удаа авах', 'First card')}</th><td>3 000₮</td><td>14</td></tr>
      <tr><th>${t('Хугацаа дууссан тул солих', 'Renewal after expiry')}</th><td>3 000₮</td><td>14</td></tr>
      <tr><th>${t('Гээгдүүлсэн тул дахин авах', 'Replacement for a lost card')}</th><td>12 500₮</td><td>7</td></tr>
      <tr><th>${t('Яаралтай (ажлын 1 өдөр)', 'Urgent (1 working day)')}</th><td>25 000₮</td><td>1</td></tr>
    </tbody>
  </table>
</ger-table>`;

const meta: Meta<TableArgs> = {
  title: 'Components/Table',
  component: 'ger-table',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A table of real data that readers compare across rows and columns: fees, office hours, statistics.

**Use it** when the data has rows and columns that mean something together. Write a native \`<table>\` inside it
(with a \`<caption>\` and \`<th>\` headers), or give \`columns\` and \`rows\` from data. The table stays in the page:
find-in-page works, and your markup is kept. Ger adds \`scope\` to headers, right-aligns \`data-type="number"\`
columns with tabular figures, and with \`sortable\` puts a sort button in each header (\`aria-sort\`, the new order
announced; Mongolian alphabetical order; numbers and dates compared as such).

**Choose the narrow-screen behaviour per table.** \`narrow="scroll"\` (default) keeps the grid and lets a wide table
scroll sideways in a region named by its caption that keyboard users can focus: best when readers compare columns
(statistics). \`narrow="stack"\` turns each row into a block with every cell labelled by its header: best for few
columns and short values read row by row (office hours, fees).

**Do not use it** for layout, for key and value pairs of one thing (use a summary list), or for a list of
services (use the service catalogue). Keep tables short: split a long one by topic or page it.`,
      },
    },
  },
  argTypes: {
    sortable: { control: 'boolean', description: 'Sort buttons in the column headers.' },
    narrow: { control: 'inline-radio', options: ['scroll', 'stack'], description: 'Narrow-screen behaviour.' },
  },
  args: { sortable: false, narrow: 'scroll' },
  render: feeTable,
};
export default meta;

type Story = StoryObj<TableArgs>;

/** A fee table written in the page's own HTML. */
export const FeeTable: Story = { name: 'Fee table' };

/** The same fees, sortable: each header is a button; the sorted column has `aria-sort`. */
export const Sortable: Story = { args: { sortable: true } };

/** Office hours, read row by row: on a narrow screen each day becomes a block. */
export const OfficeHours: Story = {
  name: 'Office hours (stacked on narrow screens)',
  render: () => html`<ger-table narrow="stack">
    <table>
      <caption>${t('Төрийн үйлчилгээний төвийн цагийн хуваарь', 'Public service centre opening hours')}</caption>
      <thead>
        <tr><th>${t('Гараг', 'Day')}</th><th>${t('Нээх', 'Opens')}</th><th>${t('Хаах', 'Closes')}</th><th>${t('Завсарлага', 'Break')}</th></tr>
      </thead>
      <tbody>
        <tr><th>${t('Даваа – Баасан', 'Monday to Friday')}</th><td>08:30</td><td>17:30</td><td>12:30 – 13:30</td></tr>
        <tr><th>${t('Бямба', 'Saturday')}</th><td>10:00</td><td>15:00</td><td>${t('Байхгүй', 'None')}</td></tr>
        <tr><th>${t('Ням', 'Sunday')}</th><td colspan="3">${t('Амарна', 'Closed')}</td></tr>
      </tbody>
    </table>
  </ger-table>`,
};

const statisticsColumns = (): TableColumn[] => [
  { key: 'aimag', label: t('Аймаг', 'Province'), rowHeader: true },
  { key: 'people', label: t('Хүн ам', 'Population'), type: 'number' },
  { key: 'herders', label: t('Малчин', 'Herders'), type: 'number' },
  { key: 'share', label: t('Малчдын хувь', 'Share of herders'), type: 'number', format: { style: 'percent', maximumFractionDigits: 1 } },
  { key: 'updated', label: t('Шинэчилсэн', 'Updated'), type: 'date' },
];
const statisticsRows = [
  { aimag: 'Архангай', people: 96500, herders: 31400, updated: '2026-03-01' },
  { aimag: 'Говь-Алтай', people: 58200, herders: 19800, updated: '2026-02-15' },
  { aimag: 'Өвөрхангай', people: 119300, herders: 42100, updated: '2026-03-10' },
  { aimag: 'Орхон', people: 110200, herders: 2100, updated: '2026-01-20' },
  { aimag: 'Увс', people: 83500, herders: 27300, updated: '2026-02-28' },
  { aimag: 'Үмнөговь', people: 73900, herders: 14600, updated: '2026-03-05' },
].map((row) => ({ ...row, share: row.herders / row.people }));

/** Statistics from data (`columns` and `rows`), numbers formatted in the page language, every column sortable. A wide table scrolls sideways on a narrow screen. */
export const Statistics: Story = {
  name: 'Statistics from data (sortable)',
  render: () => html`<ger-table
    sortable
    caption=${t('Аймгийн хүн ам ба малчид, 2026', 'Population and herders by province, 2026')}
    .columns=${statisticsColumns()}
    .rows=${statisticsRows}
  ></ger-table>`,
};

/** Sorted by population, largest first: the header shows the order with an arrow and `aria-sort`. */
export const Sorted: Story = {
  name: 'Sorted (descending)',
  render: () => html`<ger-table
    sortable
    caption=${t('Аймгийн хүн ам ба малчид, 2026', 'Population and herders by province, 2026')}
    .columns=${statisticsColumns()}
    .rows=${statisticsRows}
    ${ref((element) => void (element as GerTable | undefined)?.updateComplete.then(() => (element as GerTable).sortBy(1, 'descending')))}
  ></ger-table>`,
};

/** A table from data with no rows says so in one cell. */
export const Empty: Story = {
  render: () =>
    html`<ger-table caption=${t('Хүлээгдэж буй өргөдөл', 'Pending applications')} .columns=${statisticsColumns().slice(0, 2)} .rows=${[]}></ger-table>`,
};
