import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../packages/components/src/notification-banner/notification-banner.js';
import { BANNER_VARIANTS, type BannerVariant } from '../packages/components/src/notification-banner/notification-banner.js';
import { t } from './support/page.js';

interface BannerArgs {
  variant: BannerVariant;
  /** Empty: the variant's default heading in the page language. */
  heading: string;
  'heading-level': number;
  dismissible: boolean;
  'focus-on-show'?: boolean;
  /** Storybook passes an action here (from the manifest's `ger-dismiss` event): it shows in the Actions panel. */
  onGerDismiss?: (detail: unknown) => void;
}

function banner(args: BannerArgs, content: TemplateResult) {
  return html`<ger-notification-banner
    variant=${args.variant}
    heading=${ifDefined(args.heading || undefined)}
    heading-level=${args['heading-level']}
    ?dismissible=${args.dismissible}
    @ger-dismiss=${(event: CustomEvent) => args.onGerDismiss?.(event.detail)}
    >${content}</ger-notification-banner
  >`;
}

const messages: Record<BannerVariant, () => TemplateResult> = {
  information: () =>
    html`<p>
      ${t(
        'Иргэний үнэмлэх сунгах өргөдлийг 2026 оны 1-р сарын 1-ээс зөвхөн e-Mongolia-аар хүлээн авна.',
        'From 1 January 2026, applications to renew an ID card are accepted only through e-Mongolia.',
      )}
    </p>`,
  success: () =>
    html`<p>
      ${t('Таны өргөдлийг хүлээн авлаа. Өргөдлийн дугаар: ', 'We have received your application. Reference number: ')}<strong
        >EM-2026-004817</strong
      >.
    </p>`,
  warning: () =>
    html`<p>
      ${t(
        'Таны иргэний үнэмлэхний хугацаа 30 хоногийн дараа дуусна. Хугацаа дуусахаас өмнө сунгуулна уу.',
        'Your ID card expires in 30 days. Renew it before it expires.',
      )}
    </p>`,
  danger: () =>
    html`<p>
      ${t(
        'Төлбөр амжилтгүй боллоо. Таны данснаас мөнгө хасагдаагүй. Дахин оролдох эсвэл 1111 дугаарт холбогдоно уу.',
        'The payment failed. No money was taken from your account. Try again or call 1111.',
      )}
    </p>`,
};

const meta: Meta<BannerArgs> = {
  title: 'Components/Notification banner',
  component: 'ger-notification-banner',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Tells the user something that affects the whole page or service. Put it at the top of \`<main>\`,
under the \`<h1>\` or right above it. One banner at a time where you can.

- \`information\` and \`warning\` are regions (found in the landmarks list) for news known when the page loads.
- \`success\` is a polite live region and \`danger\` an alert: they are announced when they appear after an action.
  Add \`focus-on-show\` for a success message after a form is sent, so keyboard and screen-reader users land on it.
- The icon differs in shape, not only colour; the heading says the type in words ("Анхааруулга", "Warning").
- Links inside take the message colour, underlined: style them with \`ger-notification-banner a { color: inherit }\`.`,
      },
    },
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...BANNER_VARIANTS] },
    heading: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    dismissible: { control: 'boolean' },
    // Acts once, when the banner first renders: a control cannot show it.
    'focus-on-show': { control: false },
  },
  args: { variant: 'information', heading: '', 'heading-level': 2, dismissible: false },
  render: (args) => banner(args, messages[args.variant]?.() ?? messages.information()),
};
export default meta;

type Story = StoryObj<BannerArgs>;

/** News that affects the service, known when the page loads. The default heading is "Чухал" / "Important", as in GOV.UK Frontend. */
export const Information: Story = {};

/** After an action succeeded: announced politely. Give the reference number and what happens next. */
export const Success: Story = {
  args: { variant: 'success', heading: '' },
  render: (args) =>
    banner(
      args,
      html`${messages.success()}
        <p>
          ${t('Шийдвэрийг 3 ажлын өдрийн дотор ', 'You will get the decision within 3 working days by ')}<a href="https://e-mongolia.mn/profile/notifications"
            >${t('SMS-ээр', 'text message')}</a
          >${t(' мэдэгдэнэ.', '.')}
        </p>`,
    ),
};

/** Something the user should act on soon. */
export const Warning: Story = {
  args: { variant: 'warning' },
};

/** Something went wrong: announced at once (role alert). Say what happened and what to do now. */
export const Danger: Story = {
  args: { variant: 'danger' },
};

/** All four variants: each has its own colour, icon shape and default heading. */
export const AllVariants: Story = {
  name: 'All variants',
  render: (args) => html`<div>
    ${BANNER_VARIANTS.map((variant) => banner({ ...args, variant }, messages[variant]()))}
  </div>`,
};

/**
 * A dismiss button ("Мэдэгдлийг хаах: …", 44 px). It fires a cancelable `ger-dismiss` first;
 * when the banner closes, focus moves on instead of being lost. Do not make errors dismissible.
 */
export const Dismissible: Story = {
  args: { dismissible: true, heading: '' },
  render: (args) =>
    banner(
      args,
      html`<p>
        ${t('Цагаан сарын баярын үеэр ', 'During the Tsagaan Sar holiday ')}<strong>${t('2-р сарын 17–19', '17–19 February')}</strong>${t(
          '-нд төрийн байгууллагууд амарна. e-Mongolia-ийн онлайн үйлчилгээ хэвийн ажиллана.',
          ' government offices are closed. e-Mongolia online services work as usual.',
        )}
      </p>`,
    ),
};

/** A heading that says what the message is about, instead of the variant's name. */
export const CustomHeading: Story = {
  name: 'Custom heading',
  args: { variant: 'warning' },
  render: (args) =>
    banner(
      { ...args, heading: args.heading || t('Системийн засвар үйлчилгээ', 'Planned maintenance') },
      html`<p>
        ${t(
          'Энэ бямба гаригт 02:00–05:00 цагт e-Mongolia систем түр ажиллахгүй. Энэ хугацаанд хийсэн төлбөр дараа нь баталгаажна.',
          'e-Mongolia will be unavailable this Saturday from 02:00 to 05:00. Payments made during that time will be confirmed afterwards.',
        )}
      </p>`,
    ),
};

/**
 * `heading-level` fits the banner into the page outline: 2 under the page's `<h1>` (default),
 * 3 inside a section with an `<h2>`.
 */
export const HeadingLevel: Story = {
  name: 'Heading level',
  args: { 'heading-level': 3 },
  render: (args) => html`<section class="ger-demo" aria-labelledby="banner-level-section">
    <h2 id="banner-level-section">${t('Гадаад паспорт', 'Passport')}</h2>
    ${banner(
      { ...args, heading: args.heading || t('Хүлээлгийн хугацаа', 'Waiting time') },
      html`<p>${t('Одоогоор гадаад паспорт 10 ажлын өдөрт олгогдож байна.', 'Passports are currently issued within 10 working days.')}</p>`,
    )}
  </section>`,
};

/** Long Mongolian text, a list and a link: the text wraps, stays within a readable measure and never clips. */
export const LongContent: Story = {
  name: 'Long content',
  args: { variant: 'warning', dismissible: true },
  render: (args) =>
    banner(
      { ...args, heading: args.heading || t('Хувь хүний мэдээллээ шинэчлэх шаардлагатай', 'You need to update your personal details') },
      html`<p>
          ${t(
            'Улсын бүртгэлийн ерөнхий газрын мэдээллийн сантай тулгахад таны оршин суугаа хаягийн мэдээлэл зөрүүтэй байна. Төрийн үйлчилгээг тасралтгүй авахын тулд доорх баримт бичгийг бүрдүүлж, 2026 оны 3-р сарын 31-ний дотор мэдээллээ шинэчилнэ үү.',
            'Your address does not match the records of the General Authority for State Registration. To keep receiving public services, gather the documents below and update your details by 31 March 2026.',
          )}
        </p>
        <ul>
          <li>${t('Иргэний үнэмлэх эсвэл цахим үнэмлэх', 'Your ID card or electronic ID')}</li>
          <li>${t('Оршин суугаа хаягийн тодорхойлолт (баг, хорооны Засаг даргын тамгын газраас)', 'A certificate of residence from your district (khoroo) office')}</li>
          <li>${t('Түрээсийн гэрээ эсвэл үл хөдлөх хөрөнгийн гэрчилгээ', 'A rental contract or a property certificate')}</li>
        </ul>
        <p>
          ${t('Дэлгэрэнгүй мэдээллийг ', 'Read more in the ')}<a href="https://e-mongolia.mn/help/address">${t('хаяг шинэчлэх заавар', 'guide to updating your address')}</a
          >${t('-аас уншина уу, эсвэл 1111 дугаарт холбогдоно уу.', ', or call 1111.')}
        </p>`,
    ),
};
