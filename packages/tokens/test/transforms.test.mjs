import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isFontRelative, isFontSize, parseDimension, toNativeUnits, transforms } from '../lib/transforms.mjs';

describe('native dimension conversion', () => {
  test('rem is 16 native units, px is one', () => {
    assert.equal(toNativeUnits('2.75rem'), 44);
    assert.equal(toNativeUnits('1rem'), 16);
    assert.equal(toNativeUnits('0.125rem'), 2);
    assert.equal(toNativeUnits('4px'), 4);
    assert.equal(toNativeUnits('1px'), 1);
    assert.equal(toNativeUnits('9999px'), 9999);
    assert.equal(toNativeUnits(0), 0);
    assert.equal(toNativeUnits({ value: 1.5, unit: 'rem' }), 24);
  });

  test('em and unitless numbers have no native equivalent', () => {
    assert.throws(() => toNativeUnits('1em'), /no native equivalent/);
    assert.throws(() => toNativeUnits('12'), /no native equivalent/);
    assert.throws(() => parseDimension('wide'), /Cannot parse dimension/);
  });

  const token = (path, $value, $type = 'dimension') => ({ path: path.split('.'), $value, $type });

  test('android: dp for sizes, sp for font sizes', () => {
    const { filter, transform } = transforms['ger/size/android'];
    assert.equal(transform(token('size.target.minimum', '2.75rem')), '44dp');
    assert.equal(transform(token('border-width.thin', '1px')), '1dp');
    assert.equal(transform(token('border-width.heavy', '4px')), '4dp');
    assert.equal(transform(token('font-size.md', '1rem')), '16sp');
    assert.equal(transform(token('tag.font-size', '0.875rem')), '14sp');
    assert.equal(filter(token('paragraph-spacing', '1em')), false, 'em tokens are web only');
    assert.equal(filter(token('color.text', '#000', 'color')), false);
  });

  test('ios: points as numbers; durations in seconds', () => {
    assert.equal(transforms['ger/size/points'].transform(token('space.md', '1rem')), 16);
    assert.equal(transforms['ger/duration/seconds'].transform(token('duration.fast', '150ms', 'duration')), 0.15);
    assert.equal(transforms['ger/duration/seconds'].transform(token('duration.slow', '0.4s', 'duration')), 0.4);
    assert.throws(() => transforms['ger/duration/seconds'].transform(token('duration.x', { value: 1, unit: 's' }, 'duration')), /use "200ms"/);
  });

  test('font-size and font-relative detection', () => {
    assert.equal(isFontSize(token('font-size.sm', '1rem')), true);
    assert.equal(isFontSize(token('space.sm', '1rem')), false);
    assert.equal(isFontRelative(token('word-spacing.body', '0em')), true);
    assert.equal(isFontRelative(token('space.sm', '0.75rem')), false);
  });
});
