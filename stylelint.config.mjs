// stylelint for the CSS inside the components' css`` templates (read through postcss-lit).
// Ger's rule: colours, lengths and fonts come from design tokens (var(--ger-…)), so a theme, the user's
// text size and the high-contrast standard reach every component. What stays allowed, and why:
// - em, rem, ch and % multiples: they scale with the user's text size (icon boxes, underline offsets);
// - 0px (clamp() needs a unit) and a 1px hairline (the visually-hidden clip pattern);
// - keywords: currentColor, transparent, inherit; system colours (Canvas, CanvasText…) inside forced-colors blocks;
// - viewport units, for the panel that must fit the screen.
import systemColours from './scripts/stylelint-system-colours.mjs';

/** A pixel length other than the 0px and ±1px allowed above (pt, cm and the like fail unit-allowed-list). */
const PIXEL_LENGTH = /(?<![\w.-])(?!-?[01]px\b)-?(\d*\.)?\d+px\b/i;

/** @type {import('stylelint').Config} */
export default {
  customSyntax: 'postcss-lit',
  plugins: [systemColours],
  rules: {
    'ger/system-colours-in-forced-colours': true,
    'color-no-hex': [true, { message: 'Use a colour token, var(--ger-color-…), not a hex colour.' }],
    'color-named': ['never', { message: 'Use a colour token, var(--ger-color-…), not a named colour.' }],
    'function-disallowed-list': [
      ['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color'],
      { message: (name) => `Use a colour token, var(--ger-color-…), not ${name}().` },
    ],
    'unit-allowed-list': [
      [
        'em',
        'rem',
        'ch',
        'ex',
        'lh',
        '%',
        'px',
        'vw',
        'vh',
        'vi',
        'vb',
        'dvh',
        'dvw',
        'dvi',
        'dvb',
        // The logical container unit: a part as wide as its component's box (ger-table's caption).
        'cqi',
        'svh',
        'lvh',
        'vmin',
        'vmax',
        'fr',
        's',
        'ms',
        'deg',
        'turn',
        'dppx',
        'x',
      ],
    ],
    'declaration-property-value-disallowed-list': [
      { '/.*/': [PIXEL_LENGTH] },
      {
        message: (property, value) =>
          `"${property}: ${value}": take the size from a token, var(--ger-space-…) or var(--ger-size-…), or write it in em/rem so it scales with text.`,
      },
    ],
    'declaration-property-value-allowed-list': [
      { 'font-family': ['/^var\\(--ger-/', 'inherit'], font: ['/var\\(--ger-/', 'inherit'] },
      { message: (property) => `"${property}" takes a font token, var(--ger-font-family-…), not a font name.` },
    ],
  },
};
