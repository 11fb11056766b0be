import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WaitUntil } from '../base/events.js';

/**
 * Work the page does for an element, reported through `detail.waitUntil`: its state, and a retry
 * when the browser comes back online after a failure (the usual cause: the connection dropped).
 * Only the newest run counts; an older one settling later changes nothing.
 */
export class PageWork implements ReactiveController {
  /** '' while nothing is pending (or the page did not say), 'busy' meanwhile, 'failed' after a failure. */
  state: '' | 'busy' | 'failed' = '';
  private runs = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly retry: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.online);
  }

  hostDisconnected(): void {
    removeEventListener('online', this.online);
  }

  private readonly online = () => this.state === 'failed' && this.retry();

  /** Forgets the run under way or failed: what it was about has changed (the reader edited it). */
  drop(): void {
    this.runs++;
    this.state = '';
  }

  /**
   * Fires the event (`fire`, given `detail` with `waitUntil`). Without work reported, returns
   * undefined at once. Otherwise resolves once the work is done: true when it failed, as
   * `failed` judges what it ended with (a rejection's reason, a response that is not ok); a run
   * that a newer one overtook never resolves.
   */
  run<T extends object>(detail: T, fire: (detail: T & WaitUntil) => void, failed: (outcome: unknown) => boolean = Boolean): Promise<boolean> | undefined {
    const run = ++this.runs;
    const work: PromiseLike<unknown>[] = [];
    // Not enumerable: a page that sends or spreads the detail sends the same fields as before.
    fire(Object.defineProperty(detail, 'waitUntil', { value: (promise: PromiseLike<unknown>) => void work.push(promise) }) as T & WaitUntil);
    this.state = work.length ? 'busy' : '';
    this.host.requestUpdate();
    return work.length
      ? Promise.all(work)
          .then(
            (results) => results.find((result) => (result as { ok?: unknown } | null)?.ok === false),
            (error: unknown) => error || 'failed',
          )
          .then((outcome) => {
            if (run !== this.runs) return new Promise<boolean>(() => {});
            this.state = failed(outcome) ? 'failed' : '';
            this.host.requestUpdate();
            return this.state === 'failed';
          })
      : undefined;
  }
}
