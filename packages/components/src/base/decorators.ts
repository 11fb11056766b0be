import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's decorators, for TypeScript's `experimentalDecorators` only. Lit's own (`lit/decorators.js`)
 * also handle standard decorators, which this project does not use; these do the same job for
 * legacy decorators at a fraction of the size, and every component's budget is 10 KB with Lit.
 */
type Prototype = ReactiveElement & { constructor: typeof ReactiveElement };

/** A reactive property, reflected from and (with `reflect`) to its attribute. */
export const property =
  (options?: PropertyDeclaration) =>
  (prototype: object, name: PropertyKey): void =>
    (prototype as Prototype).constructor.createProperty(name, options);

/** Internal reactive state: re-renders when it changes, no attribute. */
export const state = (options?: PropertyDeclaration) => property({ ...options, state: true, attribute: false });

/** A getter for the first element in the render root that matches `selector`. */
export const query =
  (selector: string) =>
  (prototype: object, name: PropertyKey): void => {
    Object.defineProperty(prototype, name, {
      get(this: ReactiveElement) {
        return this.renderRoot?.querySelector(selector) ?? null;
      },
      configurable: true,
    });
  };
