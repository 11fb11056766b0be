/**
 * Puts a list's children in a given order, a few at a time: the first ones at once (what is on
 * screen under the search field), the rest one slice per animation frame, so that neither a
 * keystroke nor a frame waits for a thousand cards to be made, moved and laid out. Slices grow
 * while frames stay short and shrink when they do not, so fast devices finish sooner. Only what
 * changed moves. An order given before the previous one is done replaces it, so fast typing
 * only ever pays for the top of the list.
 */
export class ProgressiveList<T> {
  private wanted: readonly T[] = [];
  /** Set by `show`, the only way in. */
  private element!: (item: T) => Element;
  private done = 0;
  private cursor: Element | null = null;
  private frame = 0;
  private timer?: ReturnType<typeof setTimeout>;
  private lastFrame = 0;
  /** The shortest time between two frames seen (at least 16 ms): this device's frame when nothing else runs. */
  private shortest = Infinity;
  private finished: Promise<void> = Promise.resolve();
  private resolve?: () => void;

  constructor(
    private readonly list: Element,
    private readonly first = 12,
    private slice = 40,
  ) {}

  /** Resolves once the list holds exactly the items last given, in order. */
  get complete(): Promise<void> {
    return this.finished;
  }

  /**
   * Shows `items` in order, each as the element `element` gives for it, asked for when the list
   * reaches it: a thousand elements are made a slice at a time too, not all before the first frame.
   */
  show(items: readonly T[], element: (item: T) => Element): void {
    this.stop();
    this.wanted = items;
    this.element = element;
    this.done = 0;
    this.cursor = this.list.firstElementChild;
    if (!this.resolve) this.finished = new Promise((resolve) => (this.resolve = resolve));
    this.lastFrame = performance.now();
    this.step(this.first);
  }

  stop(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
  }

  private next = (now = performance.now()) => {
    this.stop();
    // A frame that came much later than this device's usual frame means the last slice was too much.
    const interval = now - this.lastFrame;
    this.lastFrame = now;
    this.shortest = Math.max(16, Math.min(this.shortest, interval));
    const grow = interval < 1.5 * this.shortest + 4 ? 1.5 : interval > 3 * this.shortest + 8 ? 0.5 : 1;
    this.slice = Math.round(Math.min(400, Math.max(5, this.slice * grow)));
    this.step(this.slice);
  };

  private step(count: number) {
    const end = Math.min(this.wanted.length, this.done + count);
    for (; this.done < end; this.done++) {
      const item = this.element(this.wanted[this.done]);
      if (item === this.cursor) this.cursor = item.nextElementSibling;
      else this.list.insertBefore(item, this.cursor);
    }
    // Everything after the last wanted item no longer matches; taking it out is cheaper.
    for (let budget = count * 10; this.done === this.wanted.length && this.cursor && budget > 0; budget--) {
      const next: Element | null = this.cursor.nextElementSibling;
      this.cursor.remove();
      this.cursor = next;
    }
    if (this.done < this.wanted.length || this.cursor) {
      // Where no frames come (a hidden tab), the list still completes, more slowly.
      this.frame = requestAnimationFrame(this.next);
      this.timer = setTimeout(this.next, 200);
    } else {
      this.resolve?.();
      this.resolve = undefined;
    }
  }
}
