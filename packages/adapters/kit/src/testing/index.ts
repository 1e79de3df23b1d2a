// @tablero/adapter-kit/testing: a fake vendor API for adapter tests (Node only: node:http).
export * from './fake-api.js';
export * from './record-finder.js';
