import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isComposing } from '../utils/composing.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface DisclosureOptions {
  /** Shown at first. */
  open?: boolean;
  /**
   * Escape closes it and gives focus back to this button (a menu over the page). Leave it out
   * for content that must not close by accident.
   */
  escapeReturnsTo?: () => HTMLElement | null | undefined;
  /** After every change made through the controller. */
  onChange?: (open: boolean) => void;
}

/**
 * A button that shows and hides content (WAI-ARIA disclosure pattern): holds the state, renders
 * the host again when it changes, and optionally closes on Escape. The host renders the button
 * with `aria-expanded=${c.open}` and `aria-controls`, and the content with `?hidden=${!c.open}`
 * (or CSS that reads a class), so the state is only here.
 */
export class DisclosureController implements ReactiveController {
  open: boolean;

  constructor(
    private readonly host: Host,
    private readonly options: DisclosureOptions = {},
  ) {
    this.open = options.open ?? false;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.escapeReturnsTo) this.host.addEventListener('keydown', this.handleKeydown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.handleKeydown);
  }

  /** For the button's click handler. */
  toggle = (): void => this.set(!this.open);

  set(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    this.host.requestUpdate();
    this.options.onChange?.(open);
  }

  private handleKeydown = (event: KeyboardEvent) => {
    // An Escape that cancels an input method's composition (in a search field) is the input method's.
    if (event.key !== 'Escape' || !this.open || isComposing(event)) return;
    event.stopPropagation();
    this.set(false);
    this.options.escapeReturnsTo?.()?.focus();
  };
}
