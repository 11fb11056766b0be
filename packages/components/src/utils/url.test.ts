import { expect, fixture, html } from '@open-wc/testing';
import { captureWarnings } from '../../test/helpers.js';
import { checkedUrl, safeUrl } from './url.js';
import type { GerButton } from '../button/button.js';
import '../button/button.js';

describe('safeUrl', () => {
  it('keeps http, https and relative URLs', () => {
    for (const url of ['https://e-mongolia.mn/service/1', 'http://example.mn', '/services?q=паспорт', 'services/1', '#main', '?page=2', '//cdn.example.mn/x']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('rejects every other scheme, however it is disguised', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox',
      'file:///etc/passwd',
    ]) {
      expect(safeUrl(url), JSON.stringify(url)).to.be.undefined;
    }
  });

  it('treats empty input as no URL', () => {
    expect(safeUrl('')).to.be.undefined;
    expect(safeUrl(null)).to.be.undefined;
    expect(safeUrl('   ')).to.be.undefined;
  });

  it('takes data that is not text (a number, an object) as no URL, with one warning where it is checked, and never throws', async () => {
    for (const url of [5, {}, [], true]) expect(safeUrl(url), JSON.stringify(url)).to.be.undefined;
    const warnings = await captureWarnings(() => checkedUrl(42, '<ger-test> href'));
    expect(warnings.join()).to.contain('<ger-test> href: "42" is not an http, https or relative URL');
    // Objects that cannot be made text: one without a prototype, one whose toString throws.
    const hostile = [
      Object.create(null),
      {
        toString: () => {
          throw new Error('no');
        },
      },
    ];
    const objects = await captureWarnings(() => hostile.forEach((url, i) => checkedUrl(url, `<ger-test> href ${i}`)));
    expect(objects.join()).to.contain('<ger-test> href 0: "[object Object]" is not');
    expect(objects.join()).to.contain('<ger-test> href 1: "[object Object]" is not');
    // An element given such a property still renders: a link button with no target, disabled.
    const button = await fixture<GerButton>(html`<ger-button>Эхлэх</ger-button>`);
    (button as unknown as { href: unknown }).href = { url: '/start' };
    await button.updateComplete;
    const link = button.shadowRoot!.querySelector('a')!;
    expect(link.hasAttribute('href')).to.be.false;
    expect(link.getAttribute('aria-disabled')).to.equal('true');
  });
});
