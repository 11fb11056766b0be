import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SystemPreferences } from '../preferences/apply.js';
import {
  DEFAULT_PREFERENCES,
  getPreferencesStore,
  type DisplayPreferences,
  type PreferencesChangeDetail,
  type PreferencesStore,
  type Theme,
} from '../preferences/preferences.js';

const NO_SYSTEM_PREFERENCES: SystemPreferences = { dark: false, moreContrast: false, reducedMotion: false, forcedColors: false };

/**
 * Connects an element to the page's display preferences store: the element re-renders on
 * every change, from itself, another panel, another tab or the system. Until the element is
 * connected (and during server rendering, where there is no page) it reads the defaults.
 */
export class PreferencesController implements ReactiveController {
  private store?: PreferencesStore;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onChange?: (detail: PreferencesChangeDetail) => void,
  ) {
    host.addController(this);
  }

  get preferences(): DisplayPreferences {
    return this.store?.preferences ?? { ...DEFAULT_PREFERENCES };
  }

  get system(): SystemPreferences {
    return this.store?.system ?? NO_SYSTEM_PREFERENCES;
  }

  get theme(): Theme {
    return this.store?.theme ?? 'light';
  }

  set(changes: Partial<DisplayPreferences>): void {
    this.store?.set(changes);
  }

  reset(): void {
    this.store?.reset();
  }

  hostConnected(): void {
    this.store = getPreferencesStore();
    this.unsubscribe = this.store.subscribe((detail) => {
      this.onChange?.(detail);
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }
}
