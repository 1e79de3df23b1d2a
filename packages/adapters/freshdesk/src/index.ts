// @tablero/adapter-freshdesk: Freshdesk payloads (validated in their own shape) → core records.

export * from './schema/freshdesk-codes.js';
export * from './schema/freshdesk-ticket.js';
export * from './schema/freshdesk-satisfaction-rating.js';

export * from './map/freshdesk-status.js';
export * from './map/freshdesk-priority.js';
export * from './map/freshdesk-channel.js';
export * from './map/freshdesk-rating-score.js';
export * from './map/freshdesk-lookups.js';
export * from './map/freshdesk-ticket-to-core.js';
export * from './map/map-freshdesk-tickets-page.js';
export * from './map/map-freshdesk-satisfaction-ratings.js';

export * from './sync/freshdesk-checkpoint.js';
export * from './sync/create-freshdesk-adapter.js';
