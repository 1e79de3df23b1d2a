export * from './acme-adapter.js';
export * from './acme-ticket.js';
export * from './map-acme-ticket.js';
