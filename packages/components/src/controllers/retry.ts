import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { retryLater } from '../utils/retry.js';

/**
 * Work of an element that failed and is tried again by itself, on Ger's one retry schedule
 * (`retryLater`: as soon as the browser is back online, else after 2, 4 … 64 s). The upload of a
 * file field and the search of a combobox use it. (`PageWork`, the page's work for the feedback
 * form and the request lookup, still retries only on `online`: under it, both entries went over
 * their size budget.)
 *
 * Only while the element is in the page: removed, it leaves no timer or listener behind (they
 * would keep the element and its data alive, and send for a field no one sees); put back, it waits
 * again for the try still owed. The growing wait is needed as well as `online`: after a server
 * error, or a mobile link that dropped without the browser saying offline, no `online` ever
 * comes. While the browser does say offline, the wait does not try (it would fail at once and use
 * up a try): `online` will come.
 *
 * Each user keeps its own limits: a file field tries three times by itself (`tries`), a combobox
 * while the reader still needs its list (the waits stop growing at 64 s). Each says how a try
 * went, as after the reader's own.
 */
export class Retry implements ReactiveController {
  /** Tries run by themselves since the work began afresh (see `wait`); the wait grows with them. */
  tries = 0;
  /** A try is owed: the work failed and has not been started again since. */
  private due?: boolean;
  private cancel?: () => void;

  constructor(
    protected readonly host: ReactiveControllerHost & Element,
    private readonly retry: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.cancel?.();
  }

  /**
   * `failed`: the work failed, and is tried again later. Else it is under way again (the reader's
   * own try), or no longer wanted: no try waits. `afresh`: it succeeded, or is other work (another
   * file), so the wait is the shortest again.
   */
  wait(failed: boolean, afresh?: boolean): void {
    if (afresh) this.tries = 0;
    this.due = failed;
    this.hostConnected();
  }

  /** Waits for the try owed, if any: when one is owed, and as the element is put back in the page. */
  hostConnected(): void {
    this.cancel?.();
    if (this.due && this.host.isConnected)
      this.cancel = retryLater(() => {
        if (navigator.onLine) {
          this.due = false;
          this.tries++;
          this.retry();
        } else this.hostConnected();
      }, this.tries);
  }
}
