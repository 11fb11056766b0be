import type { WaitUntil } from '../base/events.js';
import { Retry } from './retry.js';

/**
 * Work the page does for an element, reported through `detail.waitUntil`: its state, and after a
 * failure a retry (`retry`) on Ger's one schedule (`Retry`): once the browser is back online, or
 * after a growing wait, since a server error or a dropped mobile link never brings `online`. Only
 * the newest run counts; an older one settling later changes nothing.
 */
export class PageWork extends Retry {
  /** '' while nothing is pending (or the page did not say), 'busy' meanwhile, 'failed' after a failure. */
  state: '' | 'busy' | 'failed' = '';
  private runs = 0;

  /** Forgets the run under way or failed: what it was about has changed (the reader edited it). */
  drop(): void {
    this.runs++;
    this.state = '';
    this.wait(false);
  }

  /**
   * Fires the event (`fire`, given `detail` with `waitUntil`). Without work reported, returns
   * undefined at once. Otherwise resolves once the work is done: true when it failed, as
   * `failed` judges what it ended with (a rejection's reason, a response that is not ok); a run
   * that a newer one overtook never resolves.
   */
  run<T extends object>(detail: T, fire: (detail: T & WaitUntil) => void, failed: (outcome: unknown) => boolean = Boolean): Promise<boolean> | undefined {
    // What ran before is overtaken, and no retry waits meanwhile (the reader sent again, or this is the retry).
    this.drop();
    const run = this.runs;
    const work: PromiseLike<unknown>[] = [];
    // Not enumerable: a page that sends or spreads the detail sends the same fields as before.
    fire(Object.defineProperty(detail, 'waitUntil', { value: (promise: PromiseLike<unknown>) => void work.push(promise) }) as T & WaitUntil);
    if (work.length) this.state = 'busy';
    this.host.requestUpdate();
    return work.length
      ? Promise.all(work)
          .then(
            (results) => results.find((result) => (result as { ok?: unknown } | null)?.ok === false),
            (error: unknown) => error || 'failed',
          )
          .then((outcome) => {
            if (run !== this.runs) return new Promise<boolean>(() => {});
            const failure = failed(outcome);
            this.state = failure ? 'failed' : '';
            this.wait(failure, !failure);
            this.host.requestUpdate();
            return failure;
          })
      : undefined;
  }
}
