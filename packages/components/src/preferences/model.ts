/**
 * What a reader can change about how every Ger page looks, and the values allowed. The CSS for
 * each value lives in the tokens (tokens/display-settings.json -> ger.css); a test keeps the two
 * lists in step.
 */
import { storageKey } from '../utils/storage.js';

/** One key per origin: every Ger page of a site shares the reader's settings. */
export const STORAGE_KEY = storageKey('display-preferences');

export const TEXT_SIZES = [100, 125, 150, 175, 200] as const;
export const TEXT_SPACINGS = ['normal', 'wcag', 'wide'] as const;
export const THEME_CHOICES = ['system', 'light', 'night', 'contrast'] as const;
export const MOTION_CHOICES = ['system', 'reduce'] as const;
export const FONT_CHOICES = ['default', 'legible'] as const;

export type TextSize = (typeof TEXT_SIZES)[number];
export type TextSpacing = (typeof TEXT_SPACINGS)[number];
export type ThemeChoice = (typeof THEME_CHOICES)[number];
export type MotionChoice = (typeof MOTION_CHOICES)[number];
export type FontChoice = (typeof FONT_CHOICES)[number];
/** A theme that tokens define: what the page shows once "system" is resolved. */
export type Theme = Exclude<ThemeChoice, 'system'>;

export interface DisplayPreferences {
  textSize: TextSize;
  textSpacing: TextSpacing;
  theme: ThemeChoice;
  motion: MotionChoice;
  font: FontChoice;
}

/** The defaults follow the user's system: nothing is forced on anyone. */
export const DEFAULT_PREFERENCES: Readonly<DisplayPreferences> = Object.freeze({
  textSize: 100,
  textSpacing: 'normal',
  theme: 'system',
  motion: 'system',
  font: 'default',
});

const ALLOWED: { [K in keyof DisplayPreferences]: readonly DisplayPreferences[K][] } = {
  textSize: TEXT_SIZES,
  textSpacing: TEXT_SPACINGS,
  theme: THEME_CHOICES,
  motion: MOTION_CHOICES,
  font: FONT_CHOICES,
};

export const PREFERENCE_KEYS = Object.keys(ALLOWED) as (keyof DisplayPreferences)[];

/**
 * Keeps the allowed values of `input` and reports the rest. Never throws: whatever comes from
 * storage, another tab or an app's user profile, the result is a complete, valid set.
 */
export function normalizePreferences(
  input: unknown,
  base: DisplayPreferences = DEFAULT_PREFERENCES,
): {
  preferences: DisplayPreferences;
  problems: string[];
} {
  const preferences = { ...base };
  const problems: string[] = [];
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { preferences, problems: [`expected an object, got ${JSON.stringify(input)}`] };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!(key in ALLOWED)) {
      problems.push(`unknown setting "${key}"`);
      continue;
    }
    const name = key as keyof DisplayPreferences;
    // Text size may arrive as a string from an attribute or a form.
    const candidate = name === 'textSize' && typeof value === 'string' ? Number(value) : value;
    if ((ALLOWED[name] as readonly unknown[]).includes(candidate)) {
      (preferences as Record<string, unknown>)[name] = candidate;
    } else {
      problems.push(`${name} ${JSON.stringify(value)} is not one of ${ALLOWED[name].join(', ')}`);
    }
  }
  return { preferences, problems };
}

export function samePreferences(a: DisplayPreferences, b: DisplayPreferences): boolean {
  return PREFERENCE_KEYS.every((key) => a[key] === b[key]);
}

/** Who changed the settings: the reader, a reset, another tab, the system, or the app's own code. */
export type ChangeSource = 'user' | 'reset' | 'storage' | 'system' | 'app';

export interface PreferencesChangeDetail {
  preferences: DisplayPreferences;
  previous: DisplayPreferences;
  /** The theme the page now shows (a "system" choice resolved). */
  theme: Theme;
  source: ChangeSource;
}
