import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for every host: each record names its host, which re-renders. */
const hosts = new WeakMap<Node, SlotsController>();
let observer: MutationObserver | undefined;

function observe(host: Host, controller: SlotsController) {
  observer ??= new MutationObserver((records) => {
    for (const record of records) hosts.get(record.target)?.host.requestUpdate();
  });
  hosts.set(host, controller);
  observer.observe(host, { childList: true, attributes: true, subtree: true, attributeFilter: ['slot'] });
}

/**
 * Tells whether named slots have content, so an element renders a `<slot>` only when someone
 * fills it: on a page of a thousand buttons without icons, two empty slots each are two
 * thousand elements that every theme switch restyles.
 */
export class SlotsController implements ReactiveController {
  constructor(
    readonly host: Host,
    private readonly names: string[],
  ) {
    host.addController(this);
    // A declarative shadow root is there before the element upgrades; a new element has none.
    this.matchingServerRender = typeof document !== 'undefined' && Boolean(host.shadowRoot);
  }

  /**
   * Server-rendered markup (declarative shadow DOM) was made without seeing the light DOM, so it
   * has every slot; the first client render must match it for hydration, then prunes.
   */
  private matchingServerRender: boolean;

  /** Whether light-DOM content is assigned to the slot `name` (always, where there is no DOM). */
  has(name: string): boolean {
    if (this.matchingServerRender || !this.host.children) return true;
    return [...this.host.children].some((child) => child.getAttribute('slot') === name);
  }

  hostConnected(): void {
    if (typeof MutationObserver !== 'undefined' && this.names.length) observe(this.host, this);
  }

  hostUpdated(): void {
    if (!this.matchingServerRender) return;
    this.matchingServerRender = false;
    // Prunes in an update of its own once this one has finished: asked for during the update,
    // it is the change-in-update Lit warns of.
    void this.host.updateComplete.then(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
