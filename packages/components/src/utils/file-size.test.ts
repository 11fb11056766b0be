import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { whenStringsLoaded } from '../../test/viewing-conditions.js';
import { LocalizeController } from '../controllers/localize.js';
import { fileSizeStrings } from '../locales/file-size.js';
import { registerTranslation } from '../locales/registry.js';
import { formatFileSize } from './file-size.js';

/** An element with the file-size strings, as ger-file-upload and the chat panel have them. */
class FileSizeProbe extends LitElement {
  localize = new LocalizeController(this, fileSizeStrings);
}
customElements.define('file-size-probe', FileSizeProbe);

async function inLanguage(lang: string) {
  const wrapper = await fixture(html`<div lang=${lang}><file-size-probe></file-size-probe></div>`);
  // The traditional script's strings load the first time an element is in it.
  if (lang === 'mn-Mong') await whenStringsLoaded(lang);
  return wrapper.querySelector<FileSizeProbe>('file-size-probe')!.localize;
}

describe('formatFileSize', () => {
  it('counts in thousands, as phones and macOS show sizes', async () => {
    const en = await inLanguage('en');
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
    expect(formatFileSize(3_000_000_000_000, en)).to.equal('3 TB');
    expect(formatFileSize(4_000_000_000_000_000, en)).to.equal('4,000 TB');
  });

  it('moves to the next unit when rounding reaches a thousand', async () => {
    const en = await inLanguage('en');
    expect(formatFileSize(999_960, en)).to.equal('1 MB');
    expect(formatFileSize(999_499, en)).to.equal('999 kB');
  });

  // Ger's words, not Intl's: Chromium's ICU data writes "14 bytes" and "1.5 MB" on a Mongolian page.
  it('writes Mongolian units in every engine, with the Mongolian decimal sign', async () => {
    const mn = await inLanguage('mn');
    expect(formatFileSize(512, mn)).to.equal('512 байт');
    expect(formatFileSize(1, mn)).to.equal('1 байт');
    expect(formatFileSize(1_500_000, mn)).to.equal('1.5 МБ');
    expect(formatFileSize(340_400, mn)).to.equal('340 кБ');
    expect(formatFileSize(2_500_000_000, mn)).to.equal('2.5 ГБ');
  });

  it('writes the traditional script’s units once its strings load', async () => {
    const mong = await inLanguage('mn-Mong');
    expect(formatFileSize(512, mong)).to.equal('512 ᠪᠠᠢᠲ');
    expect(formatFileSize(1_500_000, mong)).to.match(/^1[.,]5 ᠮᠧᠭᠠᠪᠠᠢᠲ$/);
  });

  it('takes the units of a registered language, and its own decimal sign from Intl', async () => {
    registerTranslation({ $code: 'de', $name: 'Deutsch', fileSizeUnits: 'kB|MB|GB|TB', fileSizeBytes: { one: '{count} Byte', other: '{count} Byte' } });
    const de = await inLanguage('de');
    expect(formatFileSize(1_500_000, de)).to.equal('1,5 MB');
    expect(formatFileSize(2, de)).to.equal('2 Byte');
  });

  it('reads what is not a size as nothing, never "NaN"', async () => {
    const en = await inLanguage('en');
    for (const bad of [NaN, -5, Infinity, -Infinity]) expect(formatFileSize(bad, en)).to.equal('0 bytes');
  });
});
