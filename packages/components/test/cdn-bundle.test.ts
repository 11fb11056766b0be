// The all-in-one CDN file on a page with nothing else: one <script type="module">, Lit inside.
import { expect, fixture, html } from '@open-wc/testing';
import { expectNoAxeViolations } from './axe.js';

const TAGS = [
  'ger-button',
  'ger-notification-banner',
  'ger-skip-link',
  'ger-tag',
  'ger-service-card',
  'ger-service-catalog',
  // Forms
  'ger-text-field',
  'ger-textarea',
  'ger-select',
  'ger-checkbox',
  'ger-checkbox-group',
  'ger-radio',
  'ger-radio-group',
  'ger-date-input',
  'ger-registration-number',
  'ger-file-upload',
  'ger-error-summary',
  'ger-form-step',
  'ger-form-steps',
  'ger-check-answers',
];

describe('dist/cdn/ger.min.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ '/packages/components/dist/cdn/ger.min.js' as string);
  });

  it('defines every element', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.exist;
  });

  it('renders a page that passes axe, with Lit from inside the bundle', async () => {
    const page = await fixture(html`<div>
      <ger-skip-link></ger-skip-link>
      <main id="main">
        <ger-notification-banner variant="success"><p>Илгээгдлээ</p></ger-notification-banner>
        <ger-button>Үргэлжлүүлэх</ger-button>
        <ger-tag variant="info">Шинэ</ger-tag>
        <ger-service-card heading="Гадаад паспорт захиалах" href="/services/passport" fee="100000" delivery="hybrid"></ger-service-card>
      </main>
    </div>`);
    await customElements.whenDefined('ger-button');
    const button = page.querySelector('ger-button')!;
    await (button as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(button.shadowRoot!.querySelector('button')).to.exist;
    await expectNoAxeViolations(page);
  });
});
