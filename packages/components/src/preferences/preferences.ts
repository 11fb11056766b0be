/**
 * The display preferences store: a small framework-free module. It reads the reader's settings
 * (or the system's defaults), applies them to the root element's attributes, persists them in
 * localStorage, follows other tabs and the system, and announces every change with a
 * `ger-preferences-change` event on the root element.
 *
 *   import { getPreferencesStore } from '@ger/components/preferences.js';
 *   const store = getPreferencesStore();
 *   store.set({ textSize: 150 });
 *   document.addEventListener('ger-preferences-change', (e) => saveToProfile(e.detail.preferences));
 */
import { warnOnce } from '../utils/warn.js';
import { applyToRoot, effectiveTheme, readSystemPreferences, type SystemPreferences } from './apply.js';
import {
  DEFAULT_PREFERENCES,
  normalizePreferences,
  samePreferences,
  STORAGE_KEY,
  type ChangeSource,
  type DisplayPreferences,
  type PreferencesChangeDetail,
  type Theme,
} from './model.js';
import { webStorage } from '../utils/storage.js';
import { readPreferences, writePreferences, type PreferencesStorage } from './storage.js';

export * from './model.js';
export type { ChangeSource, PreferencesChangeDetail } from './model.js';
export { ROOT_ATTRIBUTES, type SystemPreferences } from './apply.js';
export { STORAGE_VERSION, type PreferencesStorage } from './storage.js';

export interface PreferencesStoreOptions {
  root?: Element;
  storage?: PreferencesStorage;
  key?: string;
}

const SYSTEM_QUERIES = ['(prefers-color-scheme: dark)', '(prefers-contrast: more)', '(prefers-reduced-motion: reduce)', '(forced-colors: active)'];

export class PreferencesStore {
  readonly root: Element;
  private readonly storage: PreferencesStorage | undefined;
  private readonly key: string;
  private current: DisplayPreferences;
  private systemPreferences: SystemPreferences = readSystemPreferences();
  private readonly disconnectors: (() => void)[] = [];

  constructor({ root = document.documentElement, storage = webStorage(), key = STORAGE_KEY }: PreferencesStoreOptions = {}) {
    this.root = root;
    this.storage = storage;
    this.key = key;
    const { preferences, problems } = readPreferences(storage, key);
    if (problems.length) warnOnce(`Display settings: ${problems.join('; ')}. Using the defaults for what could not be read.`);
    this.current = preferences;
    this.apply();
    this.listen();
  }

  /** The reader's choices (a copy). */
  get preferences(): DisplayPreferences {
    return { ...this.current };
  }

  /** What the system asks for (colour scheme, contrast, motion, forced colours). */
  get system(): SystemPreferences {
    return { ...this.systemPreferences };
  }

  /**
   * The theme Ger's colours show now: the choice, or for "system" what the system asks for.
   * Under forced colours the system's own colours replace any theme (see `system.forcedColors`).
   */
  get theme(): Theme {
    return effectiveTheme(this.current, this.systemPreferences);
  }

  /** Changes some settings; unknown or out-of-range values are ignored with one warning. */
  set(changes: Partial<DisplayPreferences>, source: ChangeSource = 'user'): void {
    const { preferences, problems } = normalizePreferences(changes, this.current);
    if (problems.length) warnOnce(`Display settings: ignored ${problems.join('; ')}.`);
    this.update(preferences, source, true);
  }

  /** Back to the defaults, which follow the system. */
  reset(): void {
    this.update({ ...DEFAULT_PREFERENCES }, 'reset', true);
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: (detail: PreferencesChangeDetail) => void): () => void {
    const handler = (event: Event) => listener((event as CustomEvent<PreferencesChangeDetail>).detail);
    this.root.addEventListener('ger-preferences-change', handler);
    return () => this.root.removeEventListener('ger-preferences-change', handler);
  }

  /** Stops following other tabs and the system (for tests and single-page apps tearing down). */
  dispose(): void {
    this.disconnectors.splice(0).forEach((disconnect) => disconnect());
  }

  private update(next: DisplayPreferences, source: ChangeSource, persist: boolean) {
    const previous = this.current;
    if (samePreferences(previous, next) && source !== 'system') return;
    this.current = next;
    if (persist) {
      const problem = writePreferences(this.storage, next, this.key);
      if (problem) warnOnce(`Display settings: ${problem}. The settings apply to this page only.`);
    }
    this.apply();
    const detail: PreferencesChangeDetail = { preferences: this.preferences, previous, theme: this.theme, source };
    this.root.dispatchEvent(new CustomEvent('ger-preferences-change', { detail, bubbles: true, composed: true }));
  }

  private apply() {
    applyToRoot(this.root, this.current, this.systemPreferences);
  }

  private listen() {
    if (typeof window === 'undefined') return;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== this.key && event.key !== null) return;
      const { preferences, problems } = readPreferences(this.storage, this.key);
      if (problems.length) warnOnce(`Display settings from another tab: ${problems.join('; ')}.`);
      this.update(preferences, 'storage', false);
    };
    window.addEventListener('storage', onStorage);
    this.disconnectors.push(() => window.removeEventListener('storage', onStorage));

    const onSystemChange = () => {
      this.systemPreferences = readSystemPreferences();
      this.update(this.current, 'system', false);
    };
    for (const query of SYSTEM_QUERIES) {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onSystemChange);
      this.disconnectors.push(() => list?.removeEventListener('change', onSystemChange));
    }
  }
}

let shared: PreferencesStore | undefined;

/** The page's store: one per page, shared by every settings panel and theme toggle on it. */
export function getPreferencesStore(): PreferencesStore {
  shared ??= new PreferencesStore();
  return shared;
}
