import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../packages/components/src/footer/footer.js';
import { t } from './support/page.js';
import { footerLinks } from './support/service-data.js';

interface FooterArgs {
  hotline: string;
  /** Empty: "every day, 24 hours" in the page language. */
  'hotline-hours': string;
  email: string;
  'chat-href': string;
  'contact-href': string;
  'accessibility-href': string;
}

const meta: Meta<FooterArgs> = {
  title: 'Page shell/Footer',
  component: 'ger-footer',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The bottom of every page. **Help comes first and always in the same order** (the 1111 hotline, email,
live chat, other ways to get in touch), whatever a page gives, so readers find it in the same place on every page
(WCAG 3.2.6 Consistent Help). Then the links, with the accessibility statement first, and the agency responsible.
The hotline is a \`tel:\` link. Small print (copyright) goes in the default slot.

Give more links as \`links\`, or write them inside the element as \`ger-side-nav\` takes them (a \`<ul>\` of \`<li><a>\`).
Written there, the page can hold its whole footer, help included, for readers whose script never comes; the footer
then shows the links it does not show already (the same \`tel:\`, \`mailto:\` or attribute href is not repeated),
and not the written list.`,
      },
    },
  },
  argTypes: {
    hotline: { control: 'text' },
    'hotline-hours': { control: 'text' },
    email: { control: 'text' },
    'chat-href': { control: 'text' },
    'contact-href': { control: 'text' },
    'accessibility-href': { control: 'text' },
  },
  args: {
    hotline: '1111',
    'hotline-hours': '',
    email: 'info@1111.mn',
    'chat-href': '#chat',
    'contact-href': '#contact',
    'accessibility-href': '#accessibility',
  },
  render: (args) => html`<ger-footer
    hotline=${args.hotline}
    hotline-hours=${args['hotline-hours'] || t('Өдөр бүр, 24 цаг', 'Every day, 24 hours')}
    email=${args.email}
    chat-href=${args['chat-href']}
    contact-href=${args['contact-href']}
    accessibility-href=${args['accessibility-href']}
    agency=${t('Засгийн газрын Хэрэг эрхлэх газар', 'Cabinet Secretariat of the Government')}
    agency-href="#agency"
    .links=${footerLinks()}
    ><p>© 2026 ${t('Засгийн газрын 1111 төв', 'Government 1111 centre')}</p></ger-footer
  >`,
};
export default meta;

type Story = StoryObj<FooterArgs>;

/** Every way to get help, links, the accessibility statement and the agency. */
export const Default: Story = {};

/** A small agency site: the hotline and the accessibility statement only. Help stays first. */
export const Minimal: Story = {
  args: { email: '', 'chat-href': '', 'contact-href': '' },
  render: (args) =>
    html`<ger-footer hotline=${args.hotline} accessibility-href=${args['accessibility-href']} agency=${t('Татварын ерөнхий газар', 'General Department of Taxation')}></ger-footer>`,
};

/** The whole footer written in the page, for readers without JavaScript: the footer reads the privacy link and shows the rest once. */
export const FromWrittenLinks: Story = {
  name: 'From written links',
  render: (args) => html`<ger-footer
    hotline=${args.hotline}
    email=${args.email}
    chat-href=${args['chat-href']}
    contact-href=${args['contact-href']}
    accessibility-href=${args['accessibility-href']}
  >
    <ul>
      <li>${t('Лавлах утас', 'Helpline')} <a href="tel:${args.hotline}">${args.hotline}</a></li>
      <li><a href="mailto:${args.email}">${args.email}</a></li>
      <li><a href=${args['chat-href']}>${t('Шууд чат', 'Live chat')}</a></li>
      <li><a href=${args['accessibility-href']}>${t('Хүртээмжийн мэдэгдэл', 'Accessibility statement')}</a></li>
      <li><a href="#privacy">${t('Нууцлалын бодлого', 'Privacy policy')}</a></li>
    </ul>
    <p>© 2026 ${t('Засгийн газрын 1111 төв', 'Government 1111 centre')}</p>
  </ger-footer>`,
};
