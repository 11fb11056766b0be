import type { ReactiveController } from 'lit';
import { LazyPartController, type LazyPartHost } from '../base/lazy-part.js';
import type { SystemPreferences } from '../preferences/apply.js';
import { DEFAULT_PREFERENCES, type DisplayPreferences, type Theme } from '../preferences/model.js';
import type { PreferencesChangeDetail, PreferencesStore } from '../preferences/preferences.js';

/** One load for the page: once the first element has the store, the next ones get it within the same task. */
let storeModule: Promise<typeof import('../preferences/preferences.js')> | undefined;
const loadStoreModule = () => (storeModule ??= import('../preferences/preferences.js'));

const NO_SYSTEM_PREFERENCES: SystemPreferences = { dark: false, moreContrast: false, reducedMotion: false, forcedColors: false };

/**
 * Connects an element to the page's display preferences store: the element re-renders on
 * every change, from itself, another panel, another tab or the system. The store's module loads
 * as a part of the element (see `LazyPartController`) when it connects, not with the element's
 * code: the head snippet has already applied the settings, and a closed panel or a toggle needs
 * the store only a moment later. Until then (and during server rendering, where there is no page)
 * it reads the defaults; `await element.updateComplete` means "showing the reader's settings".
 */
export class PreferencesController implements ReactiveController {
  private store?: PreferencesStore;
  private unsubscribe?: () => void;
  private readonly part: LazyPartController<typeof import('../preferences/preferences.js')>;

  constructor(
    private readonly host: LazyPartHost,
    private readonly onChange?: (detail: PreferencesChangeDetail) => void,
  ) {
    host.addController(this);
    this.part = new LazyPartController(host, { load: loadStoreModule, loaded: () => this.subscribe() });
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
    // Back in the page after a move: the module is there already.
    if (this.part.module) this.subscribe();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private subscribe(): void {
    const module = this.part.module;
    if (!module || !this.host.isConnected || this.unsubscribe) return;
    this.store = module.getPreferencesStore();
    this.unsubscribe = this.store.subscribe((detail) => {
      this.onChange?.(detail);
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  }
}
