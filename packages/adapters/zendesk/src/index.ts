// @tablero/adapter-zendesk: Zendesk Support payloads (validated in their own shape) → core records.

export * from './schema/zendesk-instant.js';
export * from './schema/zendesk-ticket.js';
export * from './schema/zendesk-ticket-metric.js';
export * from './schema/zendesk-ticket-export-page.js';
export * from './schema/zendesk-user.js';
export * from './schema/zendesk-group.js';
export * from './schema/zendesk-custom-status.js';
export * from './schema/zendesk-satisfaction-rating.js';
export * from './schema/zendesk-ticket-comment.js';

export * from './map/zendesk-channel.js';
export * from './map/zendesk-status.js';
export * from './map/zendesk-first-reply-at.js';
export * from './map/zendesk-lookups.js';
export * from './map/zendesk-ticket-to-core.js';
export * from './map/map-zendesk-ticket-export-page.js';
export * from './map/map-zendesk-satisfaction-ratings.js';

export * from './sync/load-zendesk-lookups.js';
export * from './sync/create-zendesk-adapter.js';
export * from './sync/load-zendesk-comments.js';
