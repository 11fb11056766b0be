import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SystemPreferences } from '../preferences/apply.js';
import { DEFAULT_PREFERENCES, type DisplayPreferences, type Theme } from '../preferences/model.js';
import type { PreferencesChangeDetail, PreferencesStore } from '../preferences/preferences.js';

const NO_SYSTEM_PREFERENCES: SystemPreferences = { dark: false, moreContrast: false, reducedMotion: false, forcedColors: false };

/**
 * The store module is loaded when the first element connects, not with the element's code:
 * the head snippet has already applied the settings, a closed panel or a toggle needs the store
 * only a moment later, and every element's own download stays small. One load for the page.
 */
let storeLoading: Promise<PreferencesStore> | undefined;
const loadStore = () => (storeLoading ??= import('../preferences/preferences.js').then((module) => module.getPreferencesStore()));

/**
 * Connects an element to the page's display preferences store: the element re-renders on
 * every change, from itself, another panel, another tab or the system. Until the store is
 * there (and during server rendering, where there is no page) it reads the defaults. Hosts
 * await `ready` in `getUpdateComplete`, so `await element.updateComplete` means "showing the
 * reader's settings".
 */
export class PreferencesController implements ReactiveController {
  private store?: PreferencesStore;
  private unsubscribe?: () => void;
  private connected = false;
  /** Settles once the store is loaded and subscribed (immediately on the server). */
  ready: Promise<void> = Promise.resolve();

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
    this.connected = true;
    this.ready = loadStore().then((store) => {
      if (!this.connected || this.unsubscribe) return;
      this.store = store;
      this.unsubscribe = store.subscribe((detail) => {
        this.onChange?.(detail);
        this.host.requestUpdate();
      });
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
