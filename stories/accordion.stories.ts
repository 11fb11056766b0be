import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/accordion/accordion.js';
import { t } from './support/page.js';

interface AccordionArgs {
  'heading-level': number;
  remember: boolean;
  /** Which sections start open. */
  open: 'none' | 'first' | 'all';
  /** Storybook passes an action here (from the manifest's `ger-toggle` event). */
  onGerToggle?: (detail: unknown) => void;
}

/** Guidance for a passport application: the sections an agency would write. */
const sections = () => [
  {
    heading: t('Хэн хандах вэ', 'Who can apply'),
    summary: t('16 нас хүрсэн Монгол Улсын иргэн', 'Citizens of Mongolia aged 16 or over'),
    body: html`<p>
      ${t(
        '16 нас хүрсэн Монгол Улсын иргэн бүр гадаад паспорт захиалж болно. 16 хүрээгүй хүүхдийн паспортыг эцэг, эх эсвэл асран хамгаалагч захиална.',
        'Every citizen of Mongolia aged 16 or over can apply for a passport. A parent or guardian applies for a child under 16.',
      )}
    </p>`,
  },
  {
    heading: t('Бүрдүүлэх баримт', 'What you need'),
    summary: '',
    body: html`<ul>
      <li>${t('Иргэний үнэмлэх эсвэл цахим үнэмлэх', 'Your ID card or electronic ID')}</li>
      <li>${t('Хуучин паспорт (байгаа бол)', 'Your old passport, if you have one')}</li>
      <li>${t('Улсын тэмдэгтийн хураамж төлсөн баримт', 'A receipt for the state fee')}</li>
    </ul>`,
  },
  {
    heading: t('Төлбөр ба хугацаа', 'Fees and waiting time'),
    summary: '',
    body: html`<p>
      ${t('Улсын тэмдэгтийн хураамж 100,000 ₮. Паспорт ажлын 20 хоногт олгогдоно.', 'The state fee is ₮100,000. The passport is issued within 20 working days.')}
    </p>`,
  },
];

function accordion(args: AccordionArgs, id = 'passport-guidance') {
  return html`<ger-accordion
    id=${id}
    heading-level=${args['heading-level']}
    ?remember=${args.remember}
    @ger-toggle=${(event: CustomEvent) => args.onGerToggle?.(event.detail)}
  >
    ${sections().map(
      (section, index) =>
        html`<ger-accordion-section
          heading=${section.heading}
          summary=${section.summary}
          ?open=${args.open === 'all' || (args.open === 'first' && index === 0)}
          >${section.body}</ger-accordion-section
        >`,
    )}
  </ger-accordion>`;
}

const meta: Meta<AccordionArgs> = {
  title: 'Components/Accordion',
  component: 'ger-accordion',
  subcomponents: { 'ger-accordion-section': 'ger-accordion-section' },
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Sections of related guidance under headings, each opened by the reader. Ger's version of the
WAI-ARIA accordion: each heading is a button inside a heading, "Show all sections" opens them all (and is announced),
the arrow keys, Home and End move between headings, and the browser's find-in-page opens the section that holds what
was found. Without JavaScript every section is shown.

**Use it** when readers need only some of several sections of guidance on one page (eligibility, documents, fees),
and you have tested that they find what they need. Headings must be short and say what is inside.

**Do not use it** for content every reader needs (put it on the page), for a single piece of help (use
\`ger-details\`), for a sequence of steps (use a form or a task list), or to make a long page look short: hidden
content is harder to find.

- \`heading-level\` fits the section headings into the page outline (2 under the page's \`<h1>\`).
- \`remember\` keeps which sections are open for the browser session; it needs an \`id\`.
- Each \`ger-accordion-section\` takes a \`heading\`, an optional \`summary\` line and \`open\`.`,
      },
    },
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6, step: 1 } },
    remember: { control: 'boolean' },
    open: { control: 'inline-radio', options: ['none', 'first', 'all'], table: { category: 'story' } },
  },
  args: { 'heading-level': 2, remember: false, open: 'none' },
  render: (args) => accordion(args),
};
export default meta;

type Story = StoryObj<AccordionArgs>;

/** Every section closed: the reader scans the headings first. */
export const Default: Story = {};

/** One section open, as a page that links to it would show it. */
export const OneOpen: Story = { name: 'One section open', args: { open: 'first' } };

/** Every section open: the button now says "Hide all sections". */
export const AllOpen: Story = { name: 'All sections open', args: { open: 'all' } };

/** Under an `<h2>` of the page, the section headings are level 3. */
export const HeadingLevel: Story = {
  name: 'Heading level',
  args: { 'heading-level': 3 },
  render: (args) => html`<section aria-labelledby="accordion-level">
    <h2 id="accordion-level">${t('Гадаад паспорт', 'Passport')}</h2>
    ${accordion(args, 'passport-guidance-level')}
  </section>`,
};

/** Open sections are kept for the session: open one, reload the page, and it is still open. */
export const Remember: Story = { args: { remember: true } };

/** Long headings and content wrap at 320 px and 200% text; nothing is cut off. */
export const LongContent: Story = {
  name: 'Long content',
  render: () => html`<ger-accordion>
    <ger-accordion-section
      heading=${t(
        'Оршин суугаа хаягийн мэдээлэл зөрүүтэй үед иргэний бүртгэлийн мэдээллээ хэрхэн шинэчлэх вэ',
        'How to update your civil registration details when your address does not match',
      )}
      summary=${t('Улсын бүртгэлийн ерөнхий газрын мэдээллийн сантай тулгана', 'Checked against the General Authority for State Registration')}
      open
    >
      <p>
        ${t(
          'Улсын бүртгэлийн ерөнхий газрын мэдээллийн сантай тулгахад таны хаягийн мэдээлэл зөрүүтэй бол баг, хорооны Засаг даргын тамгын газраас тодорхойлолт авч, e-Mongolia-аар эсвэл төрийн үйлчилгээний төвд мэдээллээ шинэчилнэ.',
          'If your address does not match the records of the General Authority for State Registration, get a certificate from your district (khoroo) office and update your details through e-Mongolia or at a public service centre.',
        )}
      </p>
    </ger-accordion-section>
    <ger-accordion-section heading=${t('Тусламж', 'Help')}><p>${t('1111 дугаарт залгана уу.', 'Call 1111.')}</p></ger-accordion-section>
  </ger-accordion>`,
};
