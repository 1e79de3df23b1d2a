// @tablero/adapter-kit/conformance: the Vitest suite every adapter must pass.
export * from './describe-adapter-conformance.js';
export * from './default-faults.js';
export * from './collect-sync.js';
