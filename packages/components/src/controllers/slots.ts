import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ServerRenderController } from './server-render.js';

type Host = ReactiveControllerHost & HTMLElement;

/** One observer for every host: a record names the host (children added or removed) or, for a `slot` set, its child. */
const hosts = new WeakMap<Node, SlotsController>();
let observer: MutationObserver | undefined;

function observe(host: Host, controller: SlotsController) {
  observer ??= new MutationObserver((records) => {
    for (const { type, target } of records) hosts.get(type === 'childList' ? target : target.parentNode!)?.host.requestUpdate();
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
  }

  /**
   * Server-rendered markup was made without seeing the light DOM, so it has every slot; the
   * first client render matches it for hydration, the next one prunes.
   */
  readonly serverRender = new ServerRenderController(this.host);

  /** Whether light-DOM content is assigned to the slot `name` (always, where there is no DOM). */
  has(name: string): boolean {
    if (this.serverRender.matching || !this.host.children) return true;
    return [...this.host.children].some((child) => child.getAttribute('slot') === name);
  }

  hostConnected(): void {
    if (typeof MutationObserver !== 'undefined' && this.names.length) observe(this.host, this);
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }
}
