// The page side of bench/table.mjs: the same 1,000-row table shown three ways.
import { GerTable, type TableColumn, type TableRow } from '../../packages/components/src/table/table.js';
import { sortButtonStyles } from '../../packages/components/src/table/sorting.js';
import { tableContentStyles } from '../../packages/components/src/table/table-content.styles.js';

type Variant = 'static' | 'data' | 'enhanced';

declare global {
  interface Window {
    tableBench: {
      staticVersion(): Promise<{ html: string; css: string }>;
      run(variant: Variant, payload?: string): Promise<number>;
    };
  }
}

// Said again: the bundler may leave out a module imported for its side effect alone.
if (!customElements.get('ger-table')) customElements.define('ger-table', GerTable);

const ROWS = 1000;
const root = () => document.getElementById('root')!;
/** After the next frame has been produced: the time a user waits to see the result. */
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const AIMAGS = [
  'Архангай',
  'Баян-Өлгий',
  'Баянхонгор',
  'Булган',
  'Говь-Алтай',
  'Дорноговь',
  'Дорнод',
  'Дундговь',
  'Завхан',
  'Өвөрхангай',
  'Өмнөговь',
  'Сүхбаатар',
  'Сэлэнгэ',
  'Төв',
  'Увс',
  'Ховд',
  'Хөвсгөл',
  'Хэнтий',
  'Дархан-Уул',
  'Орхон',
  'Говьсүмбэр',
];
const SERVICES = [
  'Иргэний үнэмлэх',
  'Гадаад паспорт',
  'Жолоочийн үнэмлэх',
  'Төрсний гэрчилгээ',
  'Гэрлэлтийн лавлагаа',
  'Газрын зөвшөөрөл',
  'Малын тооллогын лавлагаа',
];

const columns: TableColumn[] = [
  { key: 'service', label: 'Үйлчилгээ', rowHeader: true },
  { key: 'aimag', label: 'Аймаг' },
  { key: 'fee', label: 'Хураамж (₮)', type: 'number' },
  { key: 'days', label: 'Хоног', type: 'number' },
  { key: 'updated', label: 'Шинэчилсэн', type: 'date' },
];
/** The same rows every run: a service in an aimag, its fee, days and the date it was updated. */
const rows: TableRow[] = Array.from({ length: ROWS }, (_, i) => ({
  service: `${SERVICES[i % SERVICES.length]} №${i + 1}`,
  aimag: AIMAGS[(i * 7) % AIMAGS.length],
  fee: ((i * 2654435761) % 50) * 500,
  days: 1 + ((i * 37) % 30),
  updated: new Date(Date.UTC(2026, i % 12, 1 + (i % 28))).toISOString().slice(0, 10),
}));

const dataTable = () => Object.assign(document.createElement('ger-table'), { sortable: true, caption: 'Үйлчилгээний хураамж, аймгаар', columns, rows });

window.tableBench = {
  /** Renders the table from data once and reads back its DOM (the table as enhanced) and its styles. */
  async staticVersion() {
    const table = dataTable();
    root().append(table);
    await table.updateComplete;
    const markup = `<ger-table>${table.innerHTML}</ger-table>`;
    root().replaceChildren();
    if (table.querySelectorAll('tbody tr').length !== ROWS) throw new Error('the table from data did not render every row');
    return { html: markup, css: `ger-table { display: block; } ${tableContentStyles.cssText} ${sortButtonStyles.cssText}` };
  },

  async run(variant, payload) {
    await nextFrame();
    const started = performance.now();
    if (variant === 'static') root().innerHTML = payload!;
    else if (variant === 'data') root().append(dataTable());
    else {
      // The table written as HTML, enhanced by a defined ger-table: the HTML parsed, then enhanced.
      root().innerHTML = payload!.replace('<ger-table>', '<ger-table sortable>');
      await (root().firstElementChild as GerTable).updateComplete;
    }
    await nextFrame();
    const elapsed = performance.now() - started;
    const shown = root().querySelectorAll('tbody tr').length;
    if (shown !== ROWS) throw new Error(`${variant}: ${shown} rows rendered`);
    return elapsed;
  },
};
