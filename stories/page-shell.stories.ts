import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/breadcrumbs/breadcrumbs.js';
import '../packages/components/src/feedback/feedback.js';
import '../packages/components/src/footer/footer.js';
import '../packages/components/src/header/header.js';
import '../packages/components/src/notice-list/notice-list.js';
import '../packages/components/src/site-alert/site-alert.js';
import '../packages/components/src/skip-link/skip-link.js';
import { t } from './support/page.js';
import { footerLinks, languages, navigation, notices } from './support/service-data.js';

interface PageShellArgs {
  /** Show the emergency alert above the header. */
  alert: boolean;
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
  render: (args) => html`<div>
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
      home-href="#home"
      .navigation=${navigation(2)}
      .languages=${languages()}
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
      <ger-breadcrumbs
        .items=${[{ label: t('Нүүр', 'Home'), href: '#home' }, { label: t('Мэдэгдэл', 'Notices') }]}
      ></ger-breadcrumbs>
      <h1>${t('Мэдэгдэл, шийдвэр', 'Notices and decisions')}</h1>
      <ger-notice-list since="2026-02-25T00:00:00+08:00" storage-key="storybook-page" .notices=${notices()}></ger-notice-list>
      <ger-feedback service="notices"></ger-feedback>
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
  </div>`,
};
export default meta;

type Story = StoryObj<PageShellArgs>;

/** A notices page with a service alert above the header. */
export const NoticesPage: Story = { name: 'Notices page' };
