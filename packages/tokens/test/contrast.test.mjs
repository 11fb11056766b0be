import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { contrastRatio, formatRatio, parseColor, relativeLuminance } from '../lib/contrast.mjs';
import { checkContrast } from '../lib/check.mjs';

const close = (actual, expected, epsilon = 0.005) => assert.ok(Math.abs(actual - expected) < epsilon, `expected ${actual} to be about ${expected}`);

describe('WCAG contrast ratio', () => {
  test('black on white is 21:1, either way round', () => {
    assert.equal(contrastRatio('#000000', '#ffffff'), 21);
    assert.equal(contrastRatio('#ffffff', '#000000'), 21);
  });

  test('a colour on itself is 1:1', () => {
    assert.equal(contrastRatio('#0b4ea2', '#0b4ea2'), 1);
  });

  test('#777 on white is about 4.48:1, just short of AA', () => {
    const ratio = contrastRatio('#777', '#fff');
    close(ratio, 4.48);
    assert.ok(ratio < 4.5);
  });

  test('known values: #767676 is the lightest gray that passes 4.5:1 on white', () => {
    close(contrastRatio('#767676', '#ffffff'), 4.54);
    close(contrastRatio('#0000ff', '#ffffff'), 8.59);
    close(contrastRatio('#ff0000', '#ffffff'), 4.0);
    close(contrastRatio('#ffff00', '#000000'), 19.56);
  });

  test('relative luminance of white is 1 and of black 0', () => {
    assert.equal(relativeLuminance('#ffffff'), 1);
    assert.equal(relativeLuminance('#000000'), 0);
    close(relativeLuminance('#808080'), 0.2159, 0.0001);
  });

  test('parses #rgb, #rgba, #rrggbb, #rrggbbaa and rgb()', () => {
    assert.deepEqual(parseColor('#abc'), { r: 0xaa, g: 0xbb, b: 0xcc, a: 1 });
    assert.deepEqual(parseColor('#0B4EA2'), { r: 11, g: 78, b: 162, a: 1 });
    assert.deepEqual(parseColor('#0b4ea280'), { r: 11, g: 78, b: 162, a: 128 / 255 });
    assert.deepEqual(parseColor('#f008'), { r: 255, g: 0, b: 0, a: 0x88 / 255 });
    assert.deepEqual(parseColor('rgb(11, 78, 162)'), { r: 11, g: 78, b: 162, a: 1 });
    assert.deepEqual(parseColor('rgba(11, 78, 162, 0.5)'), { r: 11, g: 78, b: 162, a: 0.5 });
    assert.deepEqual(parseColor('rgb(11 78 162 / 50%)'), { r: 11, g: 78, b: 162, a: 0.5 });
    assert.deepEqual(parseColor('rgb(100% 0% 0%)'), { r: 255, g: 0, b: 0, a: 1 });
  });

  test('the same colour in every notation gives the same ratio', () => {
    const expected = contrastRatio('#0b4ea2', '#ffffff');
    assert.equal(contrastRatio('rgb(11, 78, 162)', 'rgb(255 255 255)'), expected);
    assert.equal(contrastRatio('#0b4ea2ff', '#fff'), expected);
  });

  test('a translucent foreground is composited over the background', () => {
    // #00000080 is 128/255 black: over white that is 255 - 128 = 127 = #7f7f7f
    close(contrastRatio('#00000080', '#ffffff'), contrastRatio('#7f7f7f', '#ffffff'), 1e-9);
    const half = contrastRatio('rgba(0, 0, 0, 0.5)', '#ffffff'); // 127.5: between #7f7f7f and #808080
    assert.ok(half < contrastRatio('#7f7f7f', '#ffffff') && half > contrastRatio('#808080', '#ffffff'));
    // on black, the same translucent black changes nothing
    assert.equal(contrastRatio('#00000080', '#000000'), 1);
  });

  test('rejects a translucent background and unreadable colours', () => {
    assert.throws(() => contrastRatio('#000', '#ffffff80'), /translucent/);
    assert.throws(() => parseColor('#12345'), /Cannot parse colour/);
    assert.throws(() => parseColor('hsl(0 0% 0%)'), /Cannot parse colour/);
    assert.throws(() => parseColor('rgb(1, 2)'), /Cannot parse colour/);
    assert.throws(() => parseColor('{palette.blue.700}'), /Cannot parse colour/);
  });

  test('ratios are shown truncated, so a failing ratio never rounds up to the minimum', () => {
    assert.equal(formatRatio(4.4999), 4.49);
    assert.equal(formatRatio(21), 21);
    assert.equal(formatRatio(3.0), 3);
  });
});

describe('checkContrast', () => {
  const theme = (name, entries) => ({
    name,
    values: new Map(Object.entries(entries).map(([path, value]) => [path, { type: 'color', value }])),
  });

  test('returns a report of every pair in every theme', () => {
    const report = checkContrast(
      [theme('light', { 'color.text': '#000000', 'color.surface': '#ffffff' }), theme('night', { 'color.text': '#ffffff', 'color.surface': '#000000' })],
      [{ foreground: 'color.text', background: 'color.surface', min: 4.5, use: 'body text' }],
    );
    assert.equal(report.results.length, 2);
    assert.deepEqual(report.results[0], {
      theme: 'light',
      foreground: 'color.text',
      background: 'color.surface',
      foregroundColor: '#000000',
      backgroundColor: '#ffffff',
      ratio: 21,
      min: 4.5,
      pass: true,
      use: 'body text',
    });
  });

  test('lists every failing pair with its theme and ratio', () => {
    const themes = [
      theme('light', { 'color.text': '#777777', 'color.muted': '#999999', 'color.surface': '#ffffff' }),
      theme('night', { 'color.text': '#eeeeee', 'color.muted': '#222222', 'color.surface': '#000000' }),
    ];
    const pairs = [
      { foreground: 'color.text', background: 'color.surface', min: 4.5, use: 'body text' },
      { foreground: 'color.muted', background: 'color.surface', min: 4.5 },
    ];
    assert.throws(
      () => checkContrast(themes, pairs),
      (error) => {
        assert.deepEqual(error.problems, [
          'Contrast check failed: color.text on color.surface in theme "light" is 4.47:1, needs 4.5:1 (body text)',
          'Contrast check failed: color.muted on color.surface in theme "light" is 2.84:1, needs 4.5:1',
          'Contrast check failed: color.muted on color.surface in theme "night" is 1.31:1, needs 4.5:1',
        ]);
        return true;
      },
    );
  });

  test('minByTheme raises the minimum for one theme', () => {
    // #666666 on white is 5.74:1: enough for 4.5, not for 7
    const themes = [theme('light', { a: '#666666', b: '#ffffff' }), theme('contrast', { a: '#666666', b: '#ffffff' })];
    assert.throws(
      () => checkContrast(themes, [{ foreground: 'a', background: 'b', min: 4.5, minByTheme: { contrast: 7 } }]),
      (error) => {
        assert.deepEqual(error.problems, ['Contrast check failed: a on b in theme "contrast" is 5.74:1, needs 7:1']);
        return true;
      },
    );
    assert.equal(checkContrast(themes, [{ foreground: 'a', background: 'b', min: 4.5, minByTheme: { contrast: 5.5 } }]).results.length, 2);
  });

  test('an unknown or non-colour token is an error', () => {
    const t = {
      name: 'light',
      values: new Map([
        ['color.surface', { type: 'color', value: '#fff' }],
        ['space.md', { type: 'dimension', value: '1rem' }],
      ]),
    };
    assert.throws(() => checkContrast([t], [{ foreground: 'color.nope', background: 'color.surface', min: 4.5 }]), /unknown token "color\.nope"/);
    assert.throws(() => checkContrast([t], [{ foreground: 'space.md', background: 'color.surface', min: 3 }]), /"space\.md" is a dimension token, not a color/);
  });
});
