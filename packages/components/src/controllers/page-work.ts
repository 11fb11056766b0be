import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WaitUntil } from '../base/events.js';

/**
 * How long the page's work may go unanswered before the reader is told it is taking too long and
 * may try again: 20 s. A browser's `fetch` has no time limit, and a request stalled on a weak
 * mobile link can hang for minutes. Twice what a slow but working 2G request takes (a new
 * connection is about five round trips of up to a second each, plus a lost packet resent), so a
 * request that is merely slow is not doubled; well before a reader gives up on a page that seems
 * stuck. The work is still waited for: its late answer counts.
 */
export const SLOW_AFTER = 20_000;

/**
 * Work the page does for an element, reported through `detail.waitUntil`: its state, and a retry
 * when the browser comes back online after a failure (the usual cause: the connection dropped).
 * Runs since the last `drop` ask the same question (the reader tried again): the first success
 * among them answers it, a failure counts only from the newest, and once answered, or dropped,
 * a run settling later changes nothing.
 */
export class PageWork implements ReactiveController {
  /**
   * '' while nothing is pending (or the page did not say), 'busy' meanwhile, 'slow' once it has
   * taken `SLOW_AFTER` (still waited for; the reader may try again), 'failed' after a failure.
   */
  state: '' | 'busy' | 'slow' | 'failed' = '';
  private runs = 0;
  /** The newest run that no longer counts (dropped, or its question answered), and all before it. */
  private done = 0;

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
    this.done = this.runs;
    this.state = '';
  }

  /**
   * Fires the event (`fire`, given `detail` with `waitUntil`). Without work reported, returns
   * undefined at once. Otherwise resolves once the work is done: true when it failed, as
   * `failed` judges what it ended with (a rejection's reason, a response that is not ok). A run
   * that no longer counts (see the class) never resolves.
   */
  run<T extends object>(detail: T, fire: (detail: T & WaitUntil) => void, failed: (outcome: unknown) => boolean = Boolean): Promise<boolean> | undefined {
    const run = ++this.runs;
    const work: PromiseLike<unknown>[] = [];
    // Not enumerable: a page that sends or spreads the detail sends the same fields as before.
    fire(Object.defineProperty(detail, 'waitUntil', { value: (promise: PromiseLike<unknown>) => void work.push(promise) }) as T & WaitUntil);
    this.state = work.length ? 'busy' : '';
    this.host.requestUpdate();
    // Not cleared: by then the run is answered, dropped or overtaken, and the check says so.
    if (work.length)
      setTimeout(() => {
        if (run !== this.runs || this.state !== 'busy') return;
        this.state = 'slow';
        this.host.requestUpdate();
      }, SLOW_AFTER);
    return work.length
      ? Promise.all(work)
          .then(
            (results) => results.find((result) => (result as { ok?: unknown } | null)?.ok === false),
            (error: unknown) => error || 'failed',
          )
          .then((outcome) => {
            // Judged only for a run that counts: `failed` may act on the answer (a 404 is "not found").
            const failure = run > this.done && failed(outcome);
            if (run <= this.done || (failure && run < this.runs)) return new Promise<boolean>(() => {});
            if (!failure) this.done = this.runs;
            this.state = failure ? 'failed' : '';
            this.host.requestUpdate();
            return failure;
          })
      : undefined;
  }
}
