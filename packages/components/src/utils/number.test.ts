import { expect } from '@open-wc/testing';
import { readNumber } from './number.js';

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
