import { expect } from '@open-wc/testing';
import { formatFileSize } from './file-size.js';

const inLanguage = (lang: string) => ({ lang });

describe('formatFileSize', () => {
  const en = inLanguage('en');

  it('counts in thousands, as phones and macOS show sizes', () => {
    expect(formatFileSize(0, en)).to.equal('0 bytes');
    expect(formatFileSize(1, en)).to.equal('1 byte');
    expect(formatFileSize(999, en)).to.equal('999 bytes');
    expect(formatFileSize(1000, en)).to.equal('1 kB');
    expect(formatFileSize(1024, en)).to.equal('1 kB');
    expect(formatFileSize(1500, en)).to.equal('1.5 kB');
    expect(formatFileSize(340_400, en)).to.equal('340 kB');
    expect(formatFileSize(1_048_576, en)).to.equal('1 MB');
    expect(formatFileSize(5_000_000, en)).to.equal('5 MB');
    expect(formatFileSize(12_340_000, en)).to.equal('12 MB');
    expect(formatFileSize(2_500_000_000, en)).to.equal('2.5 GB');
  });

  it('moves to the next unit when rounding reaches a thousand', () => {
    expect(formatFileSize(999_960, en)).to.equal('1 MB');
    expect(formatFileSize(999_499, en)).to.equal('999 kB');
  });

  it("writes the unit and the decimal sign in the reader's language", () => {
    const mn = inLanguage('mn');
    expect(formatFileSize(1_500_000, mn)).to.match(/^1[.,]5 (МБ|MB)$/);
    expect(formatFileSize(512, mn)).to.match(/^512 (байт|bytes)$/);
    expect(formatFileSize(1_500_000, inLanguage('de'))).to.equal('1,5 MB');
  });

  it('reads what is not a size as nothing, never "NaN"', () => {
    for (const bad of [NaN, -5, Infinity, -Infinity]) expect(formatFileSize(bad, en)).to.equal('0 bytes');
  });
});
