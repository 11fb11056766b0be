/**
 * A stand-in for the page's `setTimeout` and `clearTimeout` while a test runs code that waits
 * 2 s or more (a retry's wait): those timers are kept (not run), so the test reads their delays,
 * runs one when it likes, and sees which were cleared. Shorter ones run as usual: the test
 * helpers poll and time out with them (`waitUntil`).
 */
export interface FakeClock {
  /** Timers set and neither run nor cleared, in the order they were set. */
  readonly pending: { id: number; delay: number; run: () => void }[];
  /** Runs the pending timer set last (as if its time had come), and returns its delay. */
  runLast(): number;
  restore(): void;
}

export function fakeTimers(win: Window & typeof globalThis = window): FakeClock {
  const { setTimeout: realSet, clearTimeout: realClear } = win;
  const pending: FakeClock['pending'] = [];
  let next = 1;
  const remove = (id: number) => {
    const index = pending.findIndex((timer) => timer.id === id);
    if (index >= 0) pending.splice(index, 1);
  };
  win.setTimeout = ((handler: () => void, delay = 0, ...args: unknown[]) => {
    if (delay < 2000) return realSet(handler, delay, ...args);
    const id = -next++;
    pending.push({ id, delay, run: () => (remove(id), handler()) });
    return id;
  }) as typeof setTimeout;
  // Kept timers have negative ids, which no real timer has.
  win.clearTimeout = ((id: number) => (id < 0 ? remove(id) : realClear(id))) as typeof clearTimeout;
  return {
    pending,
    runLast() {
      const timer = pending.at(-1);
      if (!timer) throw new Error('No timer is pending.');
      timer.run();
      return timer.delay;
    },
    restore() {
      win.setTimeout = realSet;
      win.clearTimeout = realClear;
    },
  };
}

/**
 * The page's `online` listeners while a test runs: those added since and not removed. A retry that
 * waits for the connection listens for `online`; one that outlives its element shows here.
 */
export interface OnlineWatch {
  /** `online` listeners added and not removed. */
  readonly count: number;
  /** Says the browser is offline (`navigator.onLine` false) until `restore`, or until called with true. */
  offline(offline?: boolean): void;
  restore(): void;
}

export function watchOnline(win: Window & typeof globalThis = window): OnlineWatch {
  const { addEventListener: add, removeEventListener: remove } = win;
  const listeners = new Set<unknown>();
  win.addEventListener = function (this: unknown, type: string, listener: unknown, ...rest: unknown[]) {
    if (type === 'online' && (this ?? win) === win) listeners.add(listener);
    return (add as (...args: unknown[]) => void).call(this ?? win, type, listener, ...rest);
  } as typeof win.addEventListener;
  win.removeEventListener = function (this: unknown, type: string, listener: unknown, ...rest: unknown[]) {
    if (type === 'online' && (this ?? win) === win) listeners.delete(listener);
    return (remove as (...args: unknown[]) => void).call(this ?? win, type, listener, ...rest);
  } as typeof win.removeEventListener;
  const offline = (yes = true) => {
    if (yes) Object.defineProperty(win.navigator, 'onLine', { configurable: true, get: () => false });
    else delete (win.navigator as { onLine?: boolean }).onLine;
  };
  return {
    get count() {
      return listeners.size;
    },
    offline,
    restore() {
      // Own properties over EventTarget's: removed, the page's own come back.
      delete (win as { addEventListener?: unknown }).addEventListener;
      delete (win as { removeEventListener?: unknown }).removeEventListener;
      offline(false);
    },
  };
}
