import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Tells a host whether its render must still match the server's. Server-rendered markup
 * (declarative shadow DOM) was written without the light DOM, the page or its parent element,
 * and Lit's hydration keeps what the server wrote without comparing it: the first client render
 * must use only what the server knew, or the page keeps the server's values for good. After
 * that render, the host renders again with everything it knows.
 */
export class ServerRenderController implements ReactiveController {
  /** True on the server, and until the first client render of a server-rendered host has finished. */
  matching: boolean;

  constructor(private readonly host: Host) {
    host.addController(this);
    // A declarative shadow root is there before the element upgrades; a new element has none.
    this.matching = isServer || Boolean(host.shadowRoot);
  }

  hostUpdated(): void {
    if (!this.matching) return;
    this.matching = false;
    // Asked for during the update, the next render is the change-in-update Lit warns of.
    void this.host.updateComplete.then(() => this.host.requestUpdate());
  }
}
