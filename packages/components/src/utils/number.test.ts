import { expect } from '@open-wc/testing';
import { captureWarnings } from '../../test/helpers.js';
import { readNumber, wholeNumber } from './number.js';

describe('wholeNumber', () => {
  it('takes a whole number as a number or as text, falls back silently when unset, and otherwise says what it read', async () => {
    const host = document.createElement('ger-example');
    host.setAttribute('rows', 'abc');
    const warnings = await captureWarnings(() => {
      expect(wholeNumber(host, 'max-size', null, 1, Infinity)).to.equal(Infinity);
      expect(wholeNumber(host, 'max-size', undefined, 1, Infinity)).to.equal(Infinity);
      expect(wholeNumber(host, 'max-size', '7', 1, Infinity)).to.equal(7);
      expect(wholeNumber(host, 'rows', NaN, 1, 5), 'the attribute as written').to.equal(5);
      expect(wholeNumber(host, 'rows', 'xyz', 1, 5), 'what a script set').to.equal(5);
      expect(wholeNumber(host, 'max-size', -1, 1, Infinity)).to.equal(Infinity);
    });
    expect(warnings).to.deep.equal([
      '[ger] <ger-example> rows="abc" is not a whole number from 1; using 5.',
      '[ger] <ger-example> rows="xyz" is not a whole number from 1; using 5.',
      '[ger] <ger-example> max-size="-1" is not a whole number from 1; no limit is set.',
    ]);
  });
});

describe('readNumber', () => {
  it('reads the ways people write a number', () => {
    const cases: [string, number][] = [
      ['1500', 1500],
      ['1 500', 1500],
      ['1\u00a0500\u00a0000', 1500000],
      ['1,500', 1500],
      ['1,500,000', 1500000],
      ['1,234.5', 1234.5],
      ['12,5', 12.5],
      ['0,75', 0.75],
      ['1 234,5', 1234.5],
      ['1.234,5', 1234.5],
      ['3.75', 3.75],
      ['1.500', 1.5],
      ['−3', -3],
      ['-12,5', -12.5],
      ['+7', 7],
      ['.5', 0.5],
      [' 42 ', 42],
      ['0,500', 0.5],
      ['-0,250', -0.25],
      ['- 3', -3],
      ['– 1 500', -1500],
    ];
    for (const [written, number] of cases) expect(readNumber(written), written).to.equal(number);
  });

  it('refuses what is not a number', () => {
    for (const written of [
      '',
      'арван',
      '12а',
      '1.2.3',
      '1,2,3',
      '12 5',
      '1,50,000',
      '1.234.5,6,7',
      '--3',
      '1,234,5.6',
      '1e5',
      'Infinity',
      '1,500 000',
      '12,345 678',
      '0,500.5',
    ]) {
      expect(readNumber(written), written).to.equal(undefined);
    }
  });
});
