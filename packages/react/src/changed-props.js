/* global HTMLElement -- read in the browser only, once an element exists */
// @lit/react writes every element prop to the element on every render, changed or not. Ger's
// elements change some of their own properties as the user acts: a server's `error` goes when
// the value changes, `value` follows typing. Written again by an unrelated render, the error came
// back and blocked the form, and a prefilled field lost what the user typed. React 19's own
// custom-element support writes a prop only when it changed; this layer gives the wrappers the same.

/**
 * Wraps a component made by @lit/react's `createComponent`: an element prop that has not changed
 * since the last render is passed on as the element's own current value, so writing it again
 * changes nothing. Changed props, event props and everything before the element exists pass as given.
 */
export function writeChangedProps(React, Wrapped, elementClass, events, displayName) {
  const eventProps = new Set(Object.keys(events));
  // The element's own properties only: not React's (children, style), nor those every element has (id, hidden).
  const isOwnProp = (key) => !eventProps.has(key) && key in elementClass.prototype && !(key in HTMLElement.prototype);
  const Component = React.forwardRef((props, ref) => {
    const element = React.useRef(null);
    const committed = React.useRef({});
    const given = {};
    for (const [key, value] of Object.entries(props)) {
      const unchanged = element.current && isOwnProp(key) && Object.is(value, committed.current[key]);
      given[key] = unchanged ? element.current[key] : value;
    }
    // After the wrapped component's own effect has written the props: what this render gave.
    useCommitEffect(React)(() => {
      committed.current = props;
    });
    const setRef = React.useCallback(
      (node) => {
        element.current = node;
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

/** A layout effect in the browser; on the server, where nothing is committed, the plain effect React 18 does not warn of. */
const useCommitEffect = (React) => (typeof window === 'undefined' ? React.useEffect : React.useLayoutEffect);
