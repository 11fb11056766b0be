import type { DisplayPreferences, Theme } from './model.js';

/** The root element's attributes that carry the settings (ger.css maps each to tokens). */
export const ROOT_ATTRIBUTES = {
  theme: 'data-ger-theme',
  textSize: 'data-ger-text-size',
  textSpacing: 'data-ger-text-spacing',
  motion: 'data-ger-motion',
  font: 'data-ger-font',
} as const satisfies Record<keyof DisplayPreferences, string>;

/** What the user's system asks for, read from media queries. */
export interface SystemPreferences {
  dark: boolean;
  moreContrast: boolean;
  reducedMotion: boolean;
  forcedColors: boolean;
}

export function readSystemPreferences(): SystemPreferences {
  const query = (q: string) => typeof matchMedia === 'function' && matchMedia(q).matches;
  return {
    dark: query('(prefers-color-scheme: dark)'),
    moreContrast: query('(prefers-contrast: more)'),
    reducedMotion: query('(prefers-reduced-motion: reduce)'),
    forcedColors: query('(forced-colors: active)'),
  };
}

/** The theme the page shows: the choice, or for "system" what the system asks for. */
export function effectiveTheme(preferences: DisplayPreferences, system: SystemPreferences): Theme {
  if (preferences.theme !== 'system') return preferences.theme;
  if (system.moreContrast) return 'contrast';
  return system.dark ? 'night' : 'light';
}

/**
 * Puts the settings on the root element as attributes, and nothing else: no ARIA, no focus, no
 * other element. A default value removes its attribute, so the page's own CSS and the system
 * keep the say. Under forced colours the theme yields to the system's colours.
 */
export function applyToRoot(root: Element, preferences: DisplayPreferences, system: SystemPreferences): void {
  const values: Record<keyof DisplayPreferences, string | null> = {
    theme: preferences.theme === 'system' || system.forcedColors ? null : preferences.theme,
    textSize: preferences.textSize === 100 ? null : String(preferences.textSize),
    textSpacing: preferences.textSpacing === 'normal' ? null : preferences.textSpacing,
    motion: preferences.motion === 'system' ? null : preferences.motion,
    font: preferences.font === 'default' ? null : preferences.font,
  };
  for (const [key, attribute] of Object.entries(ROOT_ATTRIBUTES)) {
    const value = values[key as keyof DisplayPreferences];
    if (value === null) root.removeAttribute(attribute);
    else if (root.getAttribute(attribute) !== value) root.setAttribute(attribute, value);
  }
}
