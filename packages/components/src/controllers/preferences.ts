import type { ReactiveController } from 'lit';
import { LazyPartController, type LazyPartHost } from '../base/lazy-part.js';
import type { SystemPreferences } from '../preferences/apply.js';
import { DEFAULT_PREFERENCES, STORAGE_KEY, type DisplayPreferences, type Theme } from '../preferences/model.js';
import type { PreferencesChangeDetail, PreferencesStore } from '../preferences/preferences.js';
import { readStored } from '../utils/storage.js';

/** One load for the page: once the first element has the store, the next ones get it within the same task. */
let storeModule: Promise<typeof import('../preferences/preferences.js')> | undefined;
const loadStoreModule = () => (storeModule ??= import('../preferences/preferences.js'));

const NO_SYSTEM_PREFERENCES: SystemPreferences = { dark: false, moreContrast: false, reducedMotion: false, forcedColors: false };

/**
 * When the store loads: `connected`, as the element connects, for an element that shows the
 * settings at once (a theme toggle's pressed state); `needed`, for one that shows them only on
 * request (the display settings' closed button): at once only when the reader has stored settings
 * (a page without the head snippet gets them applied), else when `load()` is called or another tab
 * stores settings. Most readers never change them, and their pages then never download the store.
 */
export type PreferencesLoading = 'connected' | 'needed';

/**
 * Connects an element to the page's display preferences store: the element re-renders on
 * every change, from itself, another panel, another tab or the system. The store's module loads
 * as a part of the element (see `LazyPartController`), not with the element's code: the head
 * snippet has already applied the settings, and a closed panel or a toggle needs the store only
 * a moment later. Until then (and during server rendering, where there is no page) it reads the
 * defaults; once it is loading, `await element.updateComplete` means "showing the reader's settings".
 */
export class PreferencesController implements ReactiveController {
  private store?: PreferencesStore;
  private unsubscribe?: () => void;
  private readonly part: LazyPartController<typeof import('../preferences/preferences.js')>;

  constructor(
    private readonly host: LazyPartHost,
    private readonly onChange?: (detail: PreferencesChangeDetail) => void,
    private readonly loading: PreferencesLoading = 'connected',
  ) {
    host.addController(this);
    this.part = new LazyPartController(host, {
      load: loadStoreModule,
      loaded: () => this.subscribe(),
      when: loading === 'connected' ? 'connected' : 'request',
    });
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

  /**
   * Runs `change` once the store has loaded, at once when it has. On a slow connection the reader
   * can press a control before the store comes: the change waits for it instead of being lost.
   */
  whenReady(change: () => void): void {
    if (this.store) return change();
    // A store that fails to load is reported by its lazy part (console.error, with the element).
    this.load().then(
      () => this.store && change(),
      () => {},
    );
  }

  set(changes: Partial<DisplayPreferences>): void {
    this.store?.set(changes);
  }

  reset(): void {
    this.store?.reset();
  }

  /** Loads the store now (once), for an element that loads it when needed. */
  load(): Promise<unknown> {
    return this.part.load();
  }

  hostConnected(): void {
    // Back in the page after a move: the module is there already.
    if (this.part.module) this.subscribe();
    else if (this.loading === 'needed') {
      if (readStored(STORAGE_KEY) !== null) void this.load().catch(() => {});
      else window.addEventListener('storage', this.onStorage);
    }
  }

  hostDisconnected(): void {
    window.removeEventListener('storage', this.onStorage);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Another tab stored settings: the store loads, reads them and applies them here too. */
  private onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    window.removeEventListener('storage', this.onStorage);
    void this.load().catch(() => {});
  };

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
