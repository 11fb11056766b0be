import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../packages/components/src/skip-link/skip-link.js';
import { t } from './support/page.js';

interface SkipLinkArgs {
  /** The in-page target, as `#id`. */
  href: string;
  /** The link text; empty uses the built-in "Үндсэн агуулга руу шилжих" / "Skip to main content". */
  label: string;
}

/**
 * A small service page: the skip link first, then a header with enough links that skipping them
 * matters, then `<main>` with the id the skip link points to.
 */
function fakePage(mainId: string, skipLink: unknown) {
  const services = [
    t('Иргэний үнэмлэх', 'ID card'),
    t('Гадаад паспорт', 'Passport'),
    t('Жолоодох эрх', 'Driving licence'),
    t('Нийгмийн даатгал', 'Social insurance'),
    t('Татвар', 'Tax'),
  ];
  return html`<div class="ger-demo ger-demo-page">
    ${skipLink}
    <header class="ger-demo-page-header">
      <a class="ger-demo-page-logo" href="https://e-mongolia.mn">e-Mongolia</a>
      <nav aria-label=${t('Үндсэн цэс', 'Main menu')}>
        <ul class="ger-demo-page-nav">
          ${services.map((service) => html`<li><a href="https://e-mongolia.mn/services">${service}</a></li>`)}
        </ul>
      </nav>
    </header>
    <main id=${mainId} class="ger-demo-page-main">
      <h1>${t('Иргэний үнэмлэх сунгах', 'Renew your ID card')}</h1>
      <p>
        ${t(
          'Иргэний үнэмлэхийн хугацаа дуусахаас 30 хоногийн өмнө сунгуулах өргөдлөө e-Mongolia-аар илгээж болно.',
          'You can apply to renew your ID card through e-Mongolia up to 30 days before it expires.',
        )}
      </p>
    </main>
  </div>`;
}

const PAGE_STYLES = html`<style>
  .ger-demo-page {
    border: var(--ger-border-width-thin) solid var(--ger-color-border);
  }
  .ger-demo-page-header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--ger-space-md);
    padding: var(--ger-space-md);
    background: var(--ger-color-surface-sunken);
  }
  .ger-demo-page-logo {
    font-size: var(--ger-font-size-lg);
    font-weight: var(--ger-font-weight-bold);
  }
  .ger-demo-page-nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--ger-space-xs) var(--ger-space-md);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .ger-demo-page-main {
    padding: var(--ger-space-md);
  }
</style>`;

function skipLink(args: SkipLinkArgs) {
  return html`<ger-skip-link href=${args.href}>${args.label || nothing}</ger-skip-link>`;
}

const meta: Meta<SkipLinkArgs> = {
  title: 'Components/Skip link',
  component: 'ger-skip-link',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The first focusable element of every page: keyboard and screen-reader users jump past the header
and menu straight to \`<main>\` (WCAG 2.4.1 Bypass blocks). Put it first in \`<body>\` and give \`<main>\` the
id it points to (\`#main\` by default). It moves focus into the target, so the next Tab continues from the content.

**It is hidden until it receives focus.** To see it, click inside the example page and press **Tab** once
(in the docs page, click just above the example). It then appears as a bar at the top of the page.`,
      },
    },
  },
  argTypes: {
    href: { control: 'text' },
    label: { control: 'text', description: 'The link text (default slot). Empty: the built-in text in the page language.', table: { category: 'story' } },
  },
  args: { href: '#main', label: '' },
  render: (args) => html`${PAGE_STYLES}${fakePage(args.href.replace(/^#/, '') || 'main', skipLink(args))}`,
};
export default meta;

type Story = StoryObj<SkipLinkArgs>;

/**
 * The skip link on a service page. Nothing is visible above the header until you press Tab:
 * that is the skip link doing its job. Press Enter on it and focus lands on "Иргэний үнэмлэх сунгах".
 */
export const OnAPage: Story = {
  name: 'On a page (press Tab)',
};

/** Your own text in the slot, when the target is not the main content, e.g. a search form. */
export const CustomText: Story = {
  name: 'Custom text',
  args: { href: '#main-custom' },
  render: (args) =>
    html`${PAGE_STYLES}${fakePage(
      'main-custom',
      html`<ger-skip-link href=${args.href}>${args.label || t('Үйлчилгээний мэдээлэл рүү шилжих', 'Skip to the service information')}</ger-skip-link>`,
    )}`,
};

/**
 * How the link looks once focused, shown without focus for review: the example styles the
 * `link` part as the component does on `:focus`. On a real page, never show it this way.
 */
export const AppearanceWhenFocused: Story = {
  name: 'Appearance when focused (static preview)',
  args: { href: '#main-preview' },
  render: (args) => html`${PAGE_STYLES}
    <style>
      .ger-demo-skip-preview::part(link) {
        position: relative;
        inline-size: auto;
        block-size: auto;
        margin: 0;
        padding-block: var(--ger-space-sm);
        padding-inline: var(--ger-space-md);
        overflow: visible;
        clip-path: none;
        white-space: normal;
        outline: var(--ger-focus-ring-width) solid var(--ger-color-focus-ring);
        outline-offset: calc(-1 * var(--ger-focus-ring-width));
        box-shadow: inset 0 0 0 calc(2 * var(--ger-focus-ring-width)) var(--ger-color-focus-ring-inner);
      }
    </style>
    ${fakePage('main-preview', html`<ger-skip-link class="ger-demo-skip-preview" href=${args.href}>${args.label || nothing}</ger-skip-link>`)}`,
};
