// A tiny API adapter built only on the kit: the reference the guide and the conformance tests use.
export * from './example-desk-adapter.js';
export * from './example-desk-ticket.js';
export * from './map-example-desk-ticket.js';
export * from './fixtures.js';
