import { expect } from '@open-wc/testing';
import { cached } from './intl-cache.js';

describe('cached Intl formatters', () => {
  it('gives one formatter per kind, language and options, whether the options are one object or equal ones', () => {
    const fee = { style: 'currency', currency: 'MNT', maximumFractionDigits: 0 } as const;
    const first = cached(Intl.NumberFormat, 'mn', fee);
    expect(cached(Intl.NumberFormat, 'mn', fee)).to.equal(first);
    expect(cached(Intl.NumberFormat, 'mn', { ...fee })).to.equal(first);
    expect(cached(Intl.NumberFormat, 'en', fee)).not.to.equal(first);
    expect(cached(Intl.NumberFormat, 'mn', { ...fee, maximumFractionDigits: 2 })).not.to.equal(first);
    expect(cached(Intl.NumberFormat, 'mn')).not.to.equal(first);
    expect(cached(Intl.NumberFormat, 'mn')).to.equal(cached(Intl.NumberFormat, 'mn'));
  });

  it('keeps kinds apart under the same options and language', () => {
    const plural = cached(Intl.PluralRules, 'en');
    const collator = cached(Intl.Collator, 'en');
    expect(plural).to.be.instanceOf(Intl.PluralRules);
    expect(collator).to.be.instanceOf(Intl.Collator);
    expect(plural.select(1)).to.equal('one');
    expect(collator.compare('a', 'b')).to.be.below(0);
    expect(cached(Intl.NumberFormat, 'en', { maximumFractionDigits: 0 }).format(1234.5)).to.equal('1,235');
  });
});
