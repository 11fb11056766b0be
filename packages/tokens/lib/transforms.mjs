/**
 * Custom style-dictionary transforms and platform configs for Ger.
 *
 * SD's built-in android/ios size transforms treat every dimension as rem (4px -> 64dp);
 * these parse the unit: rem x 16, px x 1. Values in em (text-spacing tokens) are relative
 * to the font and are web only: native filters skip them.
 */
import StyleDictionary from 'style-dictionary';

/** Root font size in CSS px that 1rem stands for on native platforms (1rem = 16dp/16sp/16pt). */
export const BASE_PX = 16;

const DIMENSION = /^(-?\d*\.?\d+)(rem|px|em|dp|sp|pt)?$/;

/**
 * Parse a dimension value ("2.75rem", "4px", 0, or DTCG { value, unit }).
 * @returns {{ value: number, unit: string }}
 */
export function parseDimension(raw) {
  if (typeof raw === 'number') return { value: raw, unit: raw === 0 ? 'px' : '' };
  if (raw && typeof raw === 'object' && 'value' in raw && 'unit' in raw) {
    return { value: Number(raw.value), unit: String(raw.unit) };
  }
  const m = DIMENSION.exec(String(raw).trim());
  if (!m) throw new Error(`Cannot parse dimension "${raw}"`);
  const value = Number(m[1]);
  return { value, unit: m[2] ?? (value === 0 ? 'px' : '') };
}

/**
 * Convert a CSS dimension to native density-independent units (dp, sp, pt are all
 * "CSS px at 1x"): rem x 16, px x 1.
 */
export function toNativeUnits(raw, basePx = BASE_PX) {
  const { value, unit } = parseDimension(raw);
  let n;
  if (unit === 'rem') n = value * basePx;
  else if (unit === 'px' || unit === 'dp' || unit === 'sp' || unit === 'pt') n = value;
  else throw new Error(`Dimension "${typeof raw === 'object' ? JSON.stringify(raw) : raw}" has no native equivalent (unit "${unit}")`);
  return Math.round(n * 1000) / 1000;
}

const valueOf = (token) => token.$value ?? token.value;
const typeOf = (token) => token.$type ?? token.type;

/** True for a dimension token whose value is relative to the font (em): web only. */
export function isFontRelative(token) {
  const v = valueOf(token);
  return typeOf(token) === 'dimension' && typeof v === 'string' && /\dem$/.test(v.trim());
}

/** Font-size tokens: the font-size scale and component tokens named *.font-size. */
export function isFontSize(token) {
  return typeOf(token) === 'fontSize' || token.path[0] === 'font-size' || token.path.at(-1) === 'font-size';
}

export const isNativeDimension = (token) => typeOf(token) === 'dimension' && !isFontRelative(token);

/** Transforms registered per style-dictionary instance (config.hooks.transforms). */
export const transforms = {
  'ger/size/android': {
    type: 'value',
    filter: isNativeDimension,
    transform: (token) => `${toNativeUnits(valueOf(token))}${isFontSize(token) ? 'sp' : 'dp'}`,
  },
  'ger/size/points': {
    type: 'value',
    filter: isNativeDimension,
    transform: (token) => toNativeUnits(valueOf(token)),
  },
  'ger/duration/seconds': {
    type: 'value',
    filter: (token) => typeOf(token) === 'duration',
    transform: (token) => {
      const v = valueOf(token);
      const m = /^(\d*\.?\d+)(ms|s)$/.exec(String(v).trim());
      if (!m) throw new Error(`Cannot parse duration "${v}" of ${token.path.join('.')} (use "200ms")`);
      return m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1]);
    },
  },
};

const cssGroup = StyleDictionary.hooks.transformGroups.css;
const withName = (group, name) => group.map((t) => (t.startsWith('name/') ? name : t));

/**
 * Platforms for one theme build. `prefix` is the name prefix (ger).
 * css: kebab names, CSS values (also the values checked for contrast and written to JSON);
 * js: camelCase names without prefix, CSS values; android: snake names, dp/sp, #AARRGGBB;
 * ios: camelCase names, points and UIColor.
 */
export function platforms(prefix) {
  return {
    css: { prefix, transforms: cssGroup },
    js: { transforms: withName(cssGroup, 'name/camel') },
    scss: { prefix, transforms: StyleDictionary.hooks.transformGroups.scss },
    android: {
      prefix,
      transforms: ['attribute/cti', 'name/snake', 'color/hex8android', 'ger/size/android'],
    },
    ios: {
      transforms: ['attribute/cti', 'name/camel', 'color/UIColorSwift', 'ger/size/points', 'ger/duration/seconds'],
    },
  };
}
