/**
 * Puts a list's children in a given order, a few at a time: the first ones at once (what is on
 * screen under the search field), the rest one slice per animation frame, so that neither a
 * keystroke nor a frame waits for a thousand cards to be moved and laid out. Slices grow while
 * frames stay short and shrink when they do not, so fast devices finish sooner. Only what
 * changed moves. An order given before the previous one is done replaces it, so fast typing
 * only ever pays for the top of the list.
 */
export class ProgressiveList {
  private wanted: Element[] = [];
  private done = 0;
  private cursor: Element | null = null;
  private frame = 0;
  private lastFrame = 0;
  private finished: Promise<void> = Promise.resolve();
  private resolve?: () => void;

  constructor(
    private readonly list: Element,
    private readonly first = 12,
    private slice = 20,
  ) {}

  /** Resolves once the list holds exactly the items last given, in order. */
  get complete(): Promise<void> {
    return this.finished;
  }

  show(items: Element[]): void {
    this.stop();
    this.wanted = items;
    this.done = 0;
    this.cursor = this.list.firstElementChild;
    if (!this.resolve) this.finished = new Promise((resolve) => (this.resolve = resolve));
    this.step(this.first);
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
  }

  private next = (now: number) => {
    // A frame that came late means the last slice was too much for this device.
    const interval = now - this.lastFrame;
    this.slice = Math.round(Math.min(400, Math.max(5, interval < 25 ? this.slice * 1.5 : interval > 50 ? this.slice / 2 : this.slice)));
    this.lastFrame = now;
    this.step(this.slice);
  };

  private step(count: number) {
    const end = Math.min(this.wanted.length, this.done + count);
    for (; this.done < end; this.done++) {
      const item = this.wanted[this.done];
      if (item === this.cursor) this.cursor = item.nextElementSibling;
      else this.list.insertBefore(item, this.cursor);
    }
    // Everything after the last wanted item no longer matches; taking it out is cheaper.
    for (let budget = count * 10; this.done === this.wanted.length && this.cursor && budget > 0; budget--) {
      const next: Element | null = this.cursor.nextElementSibling;
      this.cursor.remove();
      this.cursor = next;
    }
    if (this.done < this.wanted.length || this.cursor) this.frame = requestAnimationFrame(this.next);
    else {
      this.resolve?.();
      this.resolve = undefined;
    }
  }
}
