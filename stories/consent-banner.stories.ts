import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../packages/components/src/consent-banner/consent-banner.js';
import '../packages/components/src/header/header.js';
import '../packages/components/src/skip-link/skip-link.js';
import type { GerConsentBanner } from '../packages/components/src/consent-banner/consent-banner.js';
import { t } from './support/page.js';

interface ConsentBannerArgs {
  policyVersion: string;
  detailsHref: string;
  heading: string;
}

/** Each story asks afresh: a choice made in another story (or an earlier visit) is forgotten first. */
function forgetChoice() {
  try {
    localStorage.removeItem('ger:consent');
  } catch {
    // Storage blocked: the banner asks anyway.
  }
}

/** Makes the choice as a reader would, once the banner has rendered: for the stories of the confirmation. */
const choose = (index: 0 | 1) =>
  ref((element) => {
    const banner = element as GerConsentBanner | undefined;
    void banner?.updateComplete.then(() => banner.shadowRoot!.querySelectorAll('button')[index]?.click());
  });

const banner = (args: ConsentBannerArgs) => html`<ger-consent-banner
  policy-version=${args.policyVersion}
  details-href=${args.detailsHref}
  heading=${args.heading}
></ger-consent-banner>`;

const meta: Meta<ConsentBannerArgs> = {
  title: 'Components/Consent banner',
  component: 'ger-consent-banner',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `Asks once whether an agency site may use **analytics cookies**. Accept and reject sit side by side with
**the same look, size and wording**; nothing is chosen in advance, and the site sets no analytics cookie until the reader
accepts (no dark patterns). A link leads to the page that explains the cookies (\`details-href\`).

**Put it first in \`<body>\`, before the skip link.** It is in the page's flow, never fixed over it, so it is the first
thing the keyboard and a screen reader reach, it never covers the element that has focus (WCAG 2.4.11), and it pushes
nothing aside after the page is drawn: the stored choice is read before the first paint, so a returning reader sees no
banner and the page does not jump. After a choice it says what was chosen and focus moves to that message; "Hide cookie
message" removes it and focus moves on to the skip link.

The choice is kept in this browser under \`ger:consent\` with the policy version: set a new \`policy-version\` when your
policy changes and everyone is asked again. Your analytics loader reads the choice at once with
\`GerConsentBanner.consent('2025-1')\` (\`'accepted'\`, \`'rejected'\` or \`null\`) and listens for
\`ger-consent-change\` on the document to start when the reader accepts.

**Use it** only when the site sets cookies that are not essential. **Do not use it** for essential cookies (a sign-in
session needs no consent: say so on the cookies page), as a modal dialog over the page, or to ask for anything but
cookies (personal data consent belongs in the service's form, as a question the reader answers).`,
      },
    },
  },
  argTypes: {
    policyVersion: { control: 'text' },
    detailsHref: { control: 'text' },
    heading: { control: 'text' },
  },
  args: { policyVersion: '2025-1', detailsHref: '#cookies', heading: '' },
  render: (args) => {
    forgetChoice();
    return banner(args);
  },
};
export default meta;

type Story = StoryObj<ConsentBannerArgs>;

/** The question, with accept and reject of equal weight and a link to the details. */
export const Default: Story = {};

/** With the site's own heading. */
export const OwnHeading: Story = { args: { heading: t('e-Mongolia дахь күүки', 'Cookies on e-Mongolia') } };

/** After accepting: what was chosen, how to change it, and a button to hide the message. */
export const Accepted: Story = {
  render: (args) => {
    forgetChoice();
    return html`<ger-consent-banner policy-version=${args.policyVersion} details-href=${args.detailsHref} ${choose(0)}></ger-consent-banner>`;
  },
};

/** After rejecting: the same message, for the other choice. */
export const Rejected: Story = {
  render: (args) => {
    forgetChoice();
    return html`<ger-consent-banner policy-version=${args.policyVersion} details-href=${args.detailsHref} ${choose(1)}></ger-consent-banner>`;
  },
};

/** On a page: first in the body, before the skip link and the header, in the page's flow. */
export const OnAPage: Story = {
  render: (args) => {
    forgetChoice();
    return html`<div>
      ${banner(args)}
      <ger-skip-link href="#consent-page-main"></ger-skip-link>
      <ger-header service-name="e-Mongolia" home-href="#home"></ger-header>
      <main id="consent-page-main" style="max-inline-size: 60rem; margin-inline: auto; padding: var(--ger-space-md)">
        <h1>${t('Гадаад паспорт захиалах', 'Apply for a passport')}</h1>
        <p>${t('Өргөдлөө цахимаар бөглөж, паспортоо үйлчилгээний төвөөс авна.', 'Fill in the application online and collect your passport at a service centre.')}</p>
      </main>
    </div>`;
  },
};
