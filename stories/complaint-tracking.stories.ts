import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, render } from 'lit';
import '../packages/components/src/button/button.js';
import '../packages/components/src/feedback/feedback.js';
import '../packages/components/src/notification-banner/notification-banner.js';
import '../packages/components/src/request-lookup/request-lookup.js';
import '../packages/components/src/status-tracker/status-tracker.js';
import type { GerRequestLookup } from '../packages/components/src/request-lookup/request-lookup.js';
import type { StatusEvent } from '../packages/components/src/status-tracker/status-tracker.js';
import { t } from './support/page.js';
import { complaintEvents, filedEvents } from './support/service-data.js';

interface ComplaintArgs {
  /** "Today" for the tracker of the sample complaint (overdue after 20 March 2026). */
  now: string;
}

/** What the 1111 centre's back office would hold: reference number → events. */
const filed = new Map<string, StatusEvent[]>();
const SAMPLE = 'EM-2026-004817';

const topics = () => [
  ['transport', t('Нийтийн тээвэр', 'Public transport')],
  ['housing', t('Орон сууц, нийтийн аж ахуй', 'Housing and utilities')],
  ['health', t('Эрүүл мэнд', 'Health')],
  ['education', t('Боловсрол', 'Education')],
  ['other', t('Бусад', 'Other')],
];

function tracker(reference: string, events: StatusEvent[], now: string, deadline: string) {
  return html`<ger-status-tracker reference=${reference} deadline=${deadline} .now=${now} .events=${events}></ger-status-tracker>`;
}

/** Shows an error summary and the field's own message, GOV.UK style, and moves focus to the summary. */
function showErrors(form: HTMLFormElement, missing: boolean) {
  const field = form.querySelector<HTMLTextAreaElement>('#complaint-text')!;
  const summary = form.querySelector<HTMLElement>('.complaint-errors')!;
  field.setAttribute('aria-invalid', String(missing));
  field.setAttribute('aria-describedby', missing ? 'complaint-text-hint complaint-text-error' : 'complaint-text-hint');
  render(
    missing
      ? html`<ger-notification-banner variant="danger" focus-on-show heading=${t('Гомдлоо бичнэ үү', 'Describe your complaint')}>
          <p><a href="#complaint-text">${t('Гомдлын агуулгыг бичнэ үү', 'Say what your complaint is about')}</a></p>
        </ger-notification-banner>`
      : nothing,
    summary,
  );
  render(
    missing ? html`<strong>${t('Алдаа: гомдлын агуулгыг бичнэ үү', 'Error: say what your complaint is about')}</strong>` : nothing,
    form.querySelector<HTMLElement>('#complaint-text-error')!,
  );
}

function submit(event: SubmitEvent, now: string) {
  event.preventDefault();
  const form = event.target as HTMLFormElement;
  const data = new FormData(form);
  const text = String(data.get('complaint') ?? '').trim();
  showErrors(form, !text);
  if (!text) return;
  const reference = `EM-2026-${String(Math.floor(100000 + Math.random() * 900000))}`;
  const events = filedEvents(new Date());
  filed.set(reference, events);
  const deadline = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const result = form.closest('.complaint-demo')!.querySelector<HTMLElement>('.complaint-result')!;
  form.hidden = true;
  render(
    html`<ger-notification-banner variant="success" focus-on-show heading=${t('Таны гомдлыг хүлээн авлаа', 'We have received your complaint')}>
        <p>${t('Гомдлын дугаар: ', 'Reference number: ')}<strong>${reference}</strong>. ${t('Энэ дугаараар явцаа доороос шалгана уу.', 'Use it to track your complaint below.')}</p>
      </ger-notification-banner>
      ${tracker(reference, events, now, deadline)}
      <ger-feedback service="complaint-1111"></ger-feedback>`,
    result,
  );
}

function lookup(event: CustomEvent<{ reference: string }>, now: string) {
  const element = event.target as GerRequestLookup;
  const reference = event.detail.reference;
  const events = reference === SAMPLE ? complaintEvents() : filed.get(reference);
  element.notFound = !events;
  const result = element.closest('.complaint-demo')!.querySelector<HTMLElement>('.lookup-result')!;
  render(events ? tracker(reference, events, now, reference === SAMPLE ? '2026-03-20' : '') : nothing, result);
}

const meta: Meta<ComplaintArgs> = {
  title: 'Examples/Complaint to the 1111 centre',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `A citizen files a complaint with the Government 1111 centre on one page, gets a reference number, and
follows it until it is resolved. Built from \`ger-button\`, \`ger-notification-banner\` (error summary and
confirmation), \`ger-status-tracker\`, \`ger-request-lookup\` and \`ger-feedback\` on a plain HTML form.

Try: send the form empty (an error summary takes focus and links to the field); send it filled in (a reference
number and the tracker appear); then look up that number, or **${SAMPLE}**, a complaint already in review (overdue
when "now" is after 20 March 2026). Any other number is "not found".`,
      },
    },
  },
  argTypes: { now: { control: 'text' } },
  args: { now: '2026-03-25T10:00:00+08:00' },
  render: (args) => html`<div class="ger-demo ger-demo-stack complaint-demo" style="max-inline-size: 40rem">
    <h1>${t('1111 төвд гомдол гаргах', 'Make a complaint to the 1111 centre')}</h1>
    <p>${t('Төрийн байгууллагын үйлчилгээний талаарх гомдлоо энд бичнэ үү. Хариуг 30 хоногийн дотор өгнө.', 'Tell us about a problem with a public service. You will get an answer within 30 days.')}</p>
    <form class="ger-demo-stack" novalidate @submit=${(event: SubmitEvent) => submit(event, args.now)}>
      <div class="complaint-errors"></div>
      <div>
        <label for="complaint-topic">${t('Гомдлын сэдэв', 'Topic')}</label>
        <select id="complaint-topic" name="topic">
          ${topics().map(([value, label]) => html`<option value=${value}>${label}</option>`)}
        </select>
      </div>
      <div>
        <label for="complaint-text">${t('Гомдлын агуулга', 'Your complaint')}</label>
        <p class="ger-demo-hint" id="complaint-text-hint">${t('Юу болсон, хаана, хэзээ болсныг бичнэ үү.', 'Say what happened, where and when.')}</p>
        <p id="complaint-text-error"></p>
        <textarea id="complaint-text" name="complaint" rows="5" required aria-describedby="complaint-text-hint" style="inline-size: 100%; font: inherit"></textarea>
      </div>
      <div>
        <label for="complaint-phone">${t('Утасны дугаар (заавал биш)', 'Phone number (optional)')}</label>
        <p class="ger-demo-hint" id="complaint-phone-hint">${t('Хариуг SMS-ээр мэдэгдэнэ.', 'We will text you the answer.')}</p>
        <input id="complaint-phone" name="phone" type="tel" autocomplete="tel" aria-describedby="complaint-phone-hint" />
      </div>
      <ger-button type="submit">${t('Гомдол илгээх', 'Send complaint')}</ger-button>
    </form>
    <div class="complaint-result ger-demo-stack"></div>
    <h2>${t('Гомдлын явц шалгах', 'Track your complaint')}</h2>
    <ger-request-lookup @ger-lookup=${(event: CustomEvent<{ reference: string }>) => lookup(event, args.now)}></ger-request-lookup>
    <div class="lookup-result"></div>
  </div>`,
};
export default meta;

type Story = StoryObj<ComplaintArgs>;

/** The single-page complaint form, then tracking. */
export const FileAndTrack: Story = { name: 'File and track' };
