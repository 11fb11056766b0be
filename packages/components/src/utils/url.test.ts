import { expect } from '@open-wc/testing';
import { safeUrl } from './url.js';

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
});
