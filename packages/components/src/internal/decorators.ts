import type { PropertyDeclaration, ReactiveElement } from 'lit';

/**
 * Lit's `@property()` for what this package uses: class fields under TypeScript's legacy
 * decorators (`experimentalDecorators`, `useDefineForClassFields: false`, Lit's documented
 * TypeScript setup). Lit's own module also implements standard (TC39) decorators and decorated
 * accessors; shipping that in every element costs ~0.3 kB min+gzip (issue 3's 20 kB gate).
 * Declaring the field is all Lit needs: `createProperty` installs the reactive accessor.
 */
export const property =
  (options?: PropertyDeclaration) =>
  (proto: ReactiveElement, name: PropertyKey): void =>
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);

/** Lit's `@state()`: a reactive field with no attribute. */
export const state = (options?: PropertyDeclaration) =>
  property({ ...options, state: true, attribute: false });
