import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/tag/tag.js';
import { TAG_VARIANTS, type TagVariant } from '../packages/components/src/tag/tag.js';
import { t } from './support/page.js';

interface TagArgs {
  variant: TagVariant;
  /** The status text; empty uses the story's text in the page language. */
  label: string;
}

/** What each colour means in Ger's services, with a typical status. */
const examples: Record<TagVariant, () => string> = {
  neutral: () => t('Ноорог', 'Draft'),
  info: () => t('Хянагдаж байна', 'In review'),
  success: () => t('Шийдвэрлэгдсэн', 'Resolved'),
  warning: () => t('Дутуу баримттай', 'Documents missing'),
  danger: () => t('Татгалзсан', 'Rejected'),
};

function tag(args: TagArgs, label?: string) {
  return html`<ger-tag variant=${args.variant}>${args.label || label || examples[args.variant]?.() || examples.neutral()}</ger-tag>`;
}

const meta: Meta<TagArgs> = {
  title: 'Components/Tag',
  component: 'ger-tag',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A short status label. **The text carries the meaning; the colour only repeats it** (WCAG 1.4.1), so a
tag reads the same in high contrast, in forced colours and to a screen reader. Keep it to one to three words.
Tags are not interactive: to let people filter by status, use buttons or checkboxes.`,
      },
    },
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...TAG_VARIANTS] },
    label: { control: 'text', description: 'The status text (default slot). Empty: the story’s text in the toolbar language.', table: { category: 'story' } },
  },
  args: { variant: 'neutral', label: '' },
  render: (args) => tag(args),
};
export default meta;

type Story = StoryObj<TagArgs>;

/** Not started or no particular state: "Ноорог" (draft), "Шинэ" (new). */
export const Neutral: Story = {};

/** Something is in progress: "Хянагдаж байна" (in review). */
export const Info: Story = { args: { variant: 'info' } };

/** Done and fine: "Шийдвэрлэгдсэн" (resolved), "Төлөгдсөн" (paid). */
export const Success: Story = { args: { variant: 'success' } };

/** The user must do something: "Дутуу баримттай" (documents missing). */
export const Warning: Story = { args: { variant: 'warning' } };

/** Stopped or refused: "Татгалзсан" (rejected), "Хугацаа хэтэрсэн" (overdue). */
export const Danger: Story = { args: { variant: 'danger' } };

/** All five variants side by side. */
export const AllVariants: Story = {
  name: 'All variants',
  render: (args) => html`<div class="ger-demo ger-demo-row">${TAG_VARIANTS.map((variant) => tag({ ...args, variant, label: '' }))}</div>`,
};

/** A tag inside running text sits on the text line and wraps with it. */
export const InASentence: Story = {
  name: 'In a sentence',
  args: { variant: 'info' },
  render: (args) => html`<p class="ger-demo">
    ${t('Таны иргэний үнэмлэх сунгах өргөдөл одоогоор', 'Your application to renew your ID card is currently')}
    ${tag(args)}
    ${t('төлөвтэй байна. Шийдвэр гармагц бид танд SMS илгээнэ.', '. We will send you a text message as soon as there is a decision.')}
  </p>`,
};

/** The usual place for tags: a list of a citizen's applications with the status of each. */
export const StatusList: Story = {
  name: 'Status list',
  render: () => {
    const rows: [string, string, string, TagVariant][] = [
      ['EM-2026-004817', t('Иргэний үнэмлэх сунгах', 'Renew an ID card'), t('2026.01.12', '12 Jan 2026'), 'info'],
      ['EM-2026-003902', t('Гадаад паспорт захиалах', 'Order a passport'), t('2026.01.05', '5 Jan 2026'), 'warning'],
      ['EM-2025-118230', t('Оршин суугаа хаягийн тодорхойлолт', 'Certificate of residence'), t('2025.12.20', '20 Dec 2025'), 'success'],
      ['EM-2025-117004', t('Газар өмчлөх хүсэлт', 'Land ownership request'), t('2025.11.02', '2 Nov 2025'), 'danger'],
      ['EM-2026-005120', t('Жолоодох эрх сунгах', 'Renew a driving licence'), t('2026.01.14', '14 Jan 2026'), 'neutral'],
    ];
    // A wide table scrolls in its own box on a phone (WCAG 1.4.10): a focusable, named region.
    return html`<div class="ger-demo ger-demo-scroll" role="region" aria-labelledby="status-list-caption" tabindex="0">
      <table>
        <caption id="status-list-caption">
          ${t('Миний өргөдлүүд', 'My applications')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t('Дугаар', 'Reference')}</th>
            <th scope="col">${t('Үйлчилгээ', 'Service')}</th>
            <th scope="col">${t('Огноо', 'Date')}</th>
            <th scope="col">${t('Төлөв', 'Status')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ([reference, service, date, variant]) => html`<tr>
              <td>${reference}</td>
              <td>${service}</td>
              <td>${date}</td>
              <td><ger-tag variant=${variant}>${examples[variant]()}</ger-tag></td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  },
};
