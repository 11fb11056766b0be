/* global HTMLElement -- read in the browser only, once an element exists */
// @lit/react writes every element prop to the element on every render, changed or not. Ger's
// elements change some of their own properties as the user acts: a server's `error` goes when
// the value changes, `value` follows typing, a chosen file replaces a restored one. Written again
// by an unrelated render, the error came back and blocked the form, and a prefilled field lost
// what the user typed. React 19's own custom-element support writes a prop only when it changed;
// this layer gives the wrappers the same by writing the element's props itself.

/**
 * Wraps a component made by @lit/react's `createComponent`. In the browser the element's own props
 * are written here, each only when it changed since it was last written; @lit/react gets the
 * rest (events, React's own props, those every element has). On the server everything goes to
 * @lit/react, which renders the props into the shadow root.
 */
export function writeChangedProps(React, Wrapped, elementClass, events, displayName) {
  const eventProps = new Set(Object.keys(events));
  // The element's own properties only: not React's (children, style), nor those every element has (id, hidden).
  const isOwnProp = (key) => !eventProps.has(key) && key in elementClass.prototype && !(key in HTMLElement.prototype);
  const Component = React.forwardRef((props, ref) => {
    const onServer = typeof window === 'undefined';
    const given = {};
    const own = {};
    for (const [key, value] of Object.entries(props)) (!onServer && isOwnProp(key) ? own : given)[key] = value;

    const writer = React.useRef(null);
    writer.current ??= new PropWriter();
    // Read by the ref callback when the element first attaches: the props of the render being committed.
    writer.current.rendered = own;
    useCommitEffect(React)(() => writer.current.write(own));
    // The ref is set before @lit/react's effect removes `defer-hydration`: a server-rendered element
    // hydrates with the props it was given, not with none.
    const setRef = React.useCallback(
      (node) => {
        writer.current.attach(node);
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    return React.createElement(Wrapped, { ...given, ref: setRef });
  });
  Component.displayName = displayName;
  return Component;
}

/** Writes props to one element, each only when it differs from what was last written to it. */
class PropWriter {
  rendered = {};
  #element = null;
  #written = new Map();

  attach(element) {
    if (!element || element === this.#element) return;
    this.#element = element;
    this.#written = new Map();
    this.write(this.rendered);
  }

  write(props) {
    const element = this.#element;
    if (!element) return;
    for (const [key, value] of Object.entries(props)) {
      if (this.#written.has(key) && Object.is(this.#written.get(key), value)) continue;
      element[key] = value;
      this.#written.set(key, value);
    }
    // A prop no longer given is unset, as @lit/react does.
    for (const key of this.#written.keys()) {
      if (key in props) continue;
      element[key] = undefined;
      this.#written.delete(key);
    }
  }
}

/** A layout effect in the browser; on the server, where nothing is committed, the plain effect React 18 does not warn of. */
const useCommitEffect = (React) => (typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect);
