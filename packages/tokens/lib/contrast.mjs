/**
 * WCAG 2.x contrast ratio between two CSS colours.
 * Accepts #rgb, #rgba, #rrggbb, #rrggbbaa, rgb()/rgba() (comma or space syntax, numbers or
 * percentages, optional alpha) and the keywords black, white and transparent.
 * A translucent foreground is composited over the (opaque) background before measuring;
 * a translucent background has no defined contrast and is rejected.
 */

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*(.+?)\s*\)$/i;

/** @param {string} part @param {number} scale */
function channel(part, scale) {
  const p = part.trim();
  if (p.endsWith('%')) return (parseFloat(p) / 100) * scale;
  const n = Number(p);
  if (!Number.isFinite(n)) throw new Error(`not a number: "${part}"`);
  return n;
}

/**
 * Parse a colour to { r, g, b } in 0..255 and a (alpha) in 0..1.
 * @param {string} input
 * @returns {{ r: number, g: number, b: number, a: number }}
 */
export function parseColor(input) {
  if (typeof input !== 'string') throw new TypeError(`Cannot parse colour ${JSON.stringify(input)}`);
  const value = input.trim().toLowerCase();
  if (value === 'black') return { r: 0, g: 0, b: 0, a: 1 };
  if (value === 'white') return { r: 255, g: 255, b: 255, a: 1 };
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const hex = HEX.exec(value);
  if (hex) {
    let h = hex[1];
    if (h.length <= 4) h = [...h].map((c) => c + c).join('');
    const n = (i) => parseInt(h.slice(i, i + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  const rgb = RGB.exec(value);
  if (rgb) {
    let body = rgb[1];
    let alpha = '1';
    let parts;
    if (body.includes(',')) {
      parts = body.split(',');
      if (parts.length === 4) alpha = parts.pop();
    } else {
      const [main, a] = body.split('/');
      parts = main.trim().split(/\s+/);
      if (a !== undefined) alpha = a;
    }
    if (parts.length !== 3) throw new Error(`Cannot parse colour "${input}"`);
    try {
      const [r, g, b] = parts.map((p) => channel(p, 255));
      const a = channel(alpha, 1);
      const clamp = (x, max) => Math.min(max, Math.max(0, x));
      return { r: clamp(r, 255), g: clamp(g, 255), b: clamp(b, 255), a: clamp(a, 1) };
    } catch {
      throw new Error(`Cannot parse colour "${input}"`);
    }
  }
  throw new Error(`Cannot parse colour "${input}"`);
}

/** sRGB channel (0..255) to linear light. */
function linear(c) {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an opaque colour. */
export function relativeLuminance(color) {
  const { r, g, b } = typeof color === 'string' ? parseColor(color) : color;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * WCAG 2.x contrast ratio (1..21), unrounded.
 * @param {string} foreground
 * @param {string} background
 */
export function contrastRatio(foreground, background) {
  const bg = parseColor(background);
  if (bg.a < 1) {
    throw new Error(`background "${background}" is translucent; its contrast depends on what is behind it`);
  }
  let fg = parseColor(foreground);
  if (fg.a < 1) {
    fg = {
      r: fg.r * fg.a + bg.r * (1 - fg.a),
      g: fg.g * fg.a + bg.g * (1 - fg.a),
      b: fg.b * fg.a + bg.b * (1 - fg.a),
      a: 1,
    };
  }
  const l1 = relativeLuminance(fg);
  const l2 = relativeLuminance(bg);
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Ratio for display, truncated (not rounded) to 2 decimals so a failing 4.497 never shows as 4.50.
 * @param {number} ratio
 */
export function formatRatio(ratio) {
  return Math.floor(ratio * 100 + 1e-9) / 100;
}
