import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/accordion/accordion.js';
import '../packages/components/src/accordion-section/accordion-section.js';
import '../packages/components/src/back-link/back-link.js';
import '../packages/components/src/breadcrumbs/breadcrumbs.js';
import '../packages/components/src/button/button.js';
import '../packages/components/src/feedback/feedback.js';
import '../packages/components/src/footer/footer.js';
import '../packages/components/src/header/header.js';
import '../packages/components/src/notice-list/notice-list.js';
import '../packages/components/src/site-alert/site-alert.js';
import '../packages/components/src/side-nav/side-nav.js';
import '../packages/components/src/skip-link/skip-link.js';
import '../packages/components/src/table/table.js';
import '../packages/components/src/warning-text/warning-text.js';
import { t } from './support/page.js';
import { footerLinks, languages, navigation, notices } from './support/service-data.js';

interface PageShellArgs {
  /** Show the emergency alert above the header. */
  alert: boolean;
}

/** The frame every page shares, around the page's own `content` (inside `<main>`). */
function pageShell(args: PageShellArgs, content: unknown, agencyMong = '') {
  return html`<div>
    <ger-skip-link href="#page-shell-main"></ger-skip-link>
    ${
      args.alert
        ? html`<ger-site-alert variant="warning" heading=${t('Системийн засвар үйлчилгээ', 'Planned maintenance')} dismissible alert-id="storybook-maintenance">
          <p>
            ${t(
              'Бямба гарагт 02:00–05:00 цагт e-Mongolia-ийн үйлчилгээ түр ажиллахгүй.',
              'On Saturday from 02:00 to 05:00 e-Mongolia services will be unavailable.',
            )}
          </p>
        </ger-site-alert>`
        : ''
    }
    <ger-header
      service-name="e-Mongolia"
      agency=${t('Цахим хөгжил, инновац, харилцаа холбооны яам', 'Ministry of Digital Development, Innovation and Communications')}
      agency-mong=${agencyMong}
      home-href="#home"
      .navigation=${navigation(2)}
      .languages=${agencyMong ? [...languages(), { code: 'mn-Mong', href: '#mn-Mong' }] : languages()}
      @ger-language-select=${(event: CustomEvent<{ lang: string }>) => {
        event.preventDefault();
        document.documentElement.lang = event.detail.lang;
      }}
    ></ger-header>
    <main
      id="page-shell-main"
      class="ger-demo ger-demo-stack"
      style="max-inline-size: 60rem; margin-inline: auto; padding-inline: var(--ger-space-md); padding-block-end: var(--ger-space-xl)"
    >
      ${content}
    </main>
    <ger-footer
      hotline-hours=${t('Өдөр бүр, 24 цаг', 'Every day, 24 hours')}
      email="info@1111.mn"
      chat-href="#chat"
      contact-href="#contact"
      accessibility-href="#accessibility"
      agency=${t('Засгийн газрын Хэрэг эрхлэх газар', 'Cabinet Secretariat of the Government')}
      agency-href="#agency"
      .links=${footerLinks()}
      ><p>© 2026 e-Mongolia</p></ger-footer
    >
  </div>`;
}

/** A notices page: breadcrumbs, the notices and the feedback question. */
function noticesPage() {
  return html`<ger-breadcrumbs
        .items=${[{ label: t('Нүүр', 'Home'), href: '#home' }, { label: t('Мэдэгдэл', 'Notices') }]}
      ></ger-breadcrumbs>
      <h1>${t('Мэдэгдэл, шийдвэр', 'Notices and decisions')}</h1>
      <ger-notice-list since="2026-02-25T00:00:00+08:00" storage-key="storybook-page" .notices=${notices()}></ger-notice-list>
      <ger-feedback service="notices"></ger-feedback>`;
}

/**
 * A service's start page, as GOV.UK lays one out: back link, the section's navigation beside the
 * guidance, the guidance in an accordion, the fees in a table, a warning, and the start button.
 */
function servicePage() {
  return html`<ger-back-link href="#services">${t('Үйлчилгээний жагсаалт руу буцах', 'Back to the list of services')}</ger-back-link>
    <div style="display: flex; flex-wrap: wrap; gap: var(--ger-space-xl); align-items: flex-start">
      <ger-side-nav
        style="flex: 1 1 14rem"
        heading=${t('Иргэний үнэмлэх', 'Identity card')}
        .items=${[
          { label: t('Анх удаа авах', 'Get your first card'), href: '#id-card-first', current: true },
          { label: t('Сунгах', 'Renew'), href: '#id-card-renew' },
          { label: t('Гээгдүүлсэн бол', 'If you lost it'), href: '#id-card-lost' },
        ]}
      ></ger-side-nav>
      <div class="ger-demo-stack" style="flex: 999 1 28rem; min-inline-size: 0">
        <h1>${t('Иргэний үнэмлэх анх удаа авах', 'Get your first identity card')}</h1>
        <p>
          ${t(
            '16 нас хүрсэн Монгол Улсын иргэн иргэний үнэмлэхээ цахимаар захиалж, сонгосон өдөр ойрын хэлтсээс авна.',
            'Citizens of Mongolia who have turned 16 order their identity card online and collect it at a nearby office on the day they choose.',
          )}
        </p>
        <ger-accordion heading-level="2">
          <ger-accordion-section heading=${t('Хэн хүсэлт гаргах вэ', 'Who can apply')}>
            <p>${t('16 нас хүрсэн, иргэний бүртгэлтэй хүн бүр.', 'Everyone who has turned 16 and is in the civil register.')}</p>
          </ger-accordion-section>
          <ger-accordion-section heading=${t('Бүрдүүлэх баримт', 'What you need')}>
            <ul>
              <li>${t('Төрсний гэрчилгээ', 'Your birth certificate')}</li>
              <li>${t('Хураамж төлсөн баримт', 'Proof that you paid the fee')}</li>
            </ul>
          </ger-accordion-section>
          <ger-accordion-section heading=${t('Хаанаас авах вэ', 'Where to collect it')}>
            <p>${t('Таны сонгосон дүүрэг, сумын иргэний бүртгэлийн хэлтэс.', 'The civil registration office of the district or soum you choose.')}</p>
          </ger-accordion-section>
        </ger-accordion>
        <ger-table>
          <table>
            <caption>${t('Хураамж ба хугацаа', 'Fees and waiting time')}</caption>
            <thead>
              <tr>
                <th>${t('Үйлчилгээ', 'Service')}</th>
                <th data-type="number">${t('Хураамж', 'Fee')}</th>
                <th data-type="number">${t('Хугацаа (хоног)', 'Time (days)')}</th>
              </tr>
            </thead>
            <tbody>
              <tr><th>${t('Анх удаа авах', 'First card')}</th><td>3 000₮</td><td>14</td></tr>
              <tr><th>${t('Яаралтай (ажлын 1 өдөр)', 'Urgent (1 working day)')}</th><td>25 000₮</td><td>1</td></tr>
            </tbody>
          </table>
        </ger-table>
        <ger-warning-text>
          ${t('16 нас хүрснээс хойш 30 хоногийн дотор бүртгүүлээгүй бол торгууль ногдуулж болно.', 'You can be fined if you do not apply within 30 days of turning 16.')}
        </ger-warning-text>
        <ger-button href="#apply" size="large">${t('Одоо эхлэх', 'Start now')}</ger-button>
        <ger-feedback service="id-card"></ger-feedback>
      </div>
    </div>`;
}

const meta: Meta<PageShellArgs> = {
  title: 'Examples/Page shell',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `The frame every public-service page shares, in this order: skip link, site alert (when there is one),
header, then \`<main>\` with breadcrumbs, the page's own content and the feedback question, then the footer with help
first. The same components in the same order on every page give readers the same landmarks and the same help in the
same place (WCAG 3.2.3, 3.2.6).`,
      },
    },
  },
  argTypes: { alert: { control: 'boolean' } },
  args: { alert: true },
  render: (args) => pageShell(args, noticesPage()),
};
export default meta;

type Story = StoryObj<PageShellArgs>;

/** A notices page with a service alert above the header. */
export const NoticesPage: Story = { name: 'Notices page' };

/** A service's start page: every everyday component in its place, no alert above the header. */
export const ServicePage: Story = { name: 'Service page', args: { alert: false }, render: (args) => pageShell(args, servicePage()) };

// The traditional Mongol script (issue 17). Example text in it awaits review by a native reader, as
// the component strings do (packages/components/src/locales/mn-Mong-review.md).
/** "Монгол Улсын Засгийн газар": the agency's name in the traditional script, for the header. */
const GOVERNMENT_MONG = 'ᠮᠣᠩᠭᠣᠯ ᠤᠯᠤᠰ\u202fᠤᠨ ᠵᠠᠰᠠᠭ\u202fᠤᠨ ᠭᠠᠵᠠᠷ';

/**
 * The whole page in the traditional script, as `<html lang="mn-Mong">` sets it: columns top to
 * bottom, left to right, and the page scrolls sideways. Here a box as tall as the window stands in
 * for the page, whatever the toolbar's language.
 */
export const TraditionalScriptPage: Story = {
  name: 'Traditional script page (mn-Mong)',
  args: { alert: false },
  render: (args) => html`<div lang="mn-Mong" style="inline-size: 100vh">${pageShell(args, noticesPage(), GOVERNMENT_MONG)}</div>`,
};

/**
 * A horizontal page with a block in the traditional script: an official notice the law asks for
 * beside the Cyrillic text. The block has a height (its inline size) that fits the window and
 * scrolls sideways if its columns outgrow the page.
 */
export const TraditionalScriptBlock: Story = {
  name: 'Traditional script block in a Cyrillic page',
  args: { alert: false },
  render: (args) =>
    pageShell(
      args,
      html`<h1>${t('Мэдэгдэл', 'Notice')}</h1>
        <p>${t('Монгол Улсын Засгийн газрын мэдэгдэл, уламжлалт монгол бичгээр:', 'A notice of the Government of Mongolia, in the traditional script:')}</p>
        <section
          lang="mn-Mong"
          aria-labelledby="page-shell-mong-heading"
          class="ger-demo-stack"
          style="inline-size: min(28rem, 80vh); max-inline-size: 100%; overflow-x: auto; padding: var(--ger-space-md); border: var(--ger-border-width-thin) solid var(--ger-color-border)"
        >
          <h2 id="page-shell-mong-heading">ᠮᠡᠳᠡᠭᠳᠡᠯ</h2>
          <p>${GOVERNMENT_MONG}</p>
          <ger-button href="#apply">ᠡᠬᠢᠯᠡᠬᠦ</ger-button>
        </section>
        <ger-feedback service="notices"></ger-feedback>`,
      GOVERNMENT_MONG,
    ),
};
