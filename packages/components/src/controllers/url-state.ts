import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/** How a change is written to the history: a new entry, or a change of the current one. */
export type UrlWrite = 'push' | 'typing' | 'commit';

const TYPING = 'gerTyping';

/**
 * Keeps some of a host's state in the page URL's query string, so that the page can be
 * bookmarked and shared and the back button goes back to the previous state.
 *
 * `read` maps the URL's parameters to the host's state; `write` gives the parameters for the
 * current state (empty values are left out). Typing makes one history entry for the whole
 * word: the first keystroke pushes an entry, the next ones replace it until `commit` (Enter,
 * leaving the field) or a `push` (a filter). Other parameters and the hash are kept.
 */
export class UrlStateController implements ReactiveController {
  enabled = false;

  constructor(
    host: Host,
    private readonly read: (params: URLSearchParams) => void,
    private readonly params: () => Record<string, string>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.restore);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.restore);
  }

  /** Takes the state from the URL, when enabled (on connection and on back and forward). */
  restore = (): void => {
    if (this.enabled && !isServer) this.read(new URL(location.href).searchParams);
  };

  /** Writes the current state to the URL, when enabled. */
  write(how: UrlWrite): void {
    if (!this.enabled) return;
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(this.params())) {
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    const current: unknown = history.state;
    const previous = current && typeof current === 'object' ? (current as Record<string, unknown>) : {};
    const state = { ...previous, [TYPING]: how === 'typing' };
    if (how === 'push' || (how === 'typing' && !previous[TYPING])) {
      if (url.href !== location.href) history.pushState(state, '', url);
    } else history.replaceState(state, '', url);
  }
}
