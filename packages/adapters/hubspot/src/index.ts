// @tablero/adapter-hubspot: HubSpot CRM payloads (validated in their own shape) → core records.

export * from './schema/hubspot-strings.js';
export * from './schema/hubspot-object.js';
export * from './schema/hubspot-ticket.js';
export * from './schema/hubspot-pipeline.js';
export * from './schema/hubspot-feedback-submission.js';

export * from './map/hubspot-vocabulary.js';
export * from './map/hubspot-stage-status.js';
export * from './map/hubspot-lookups.js';
export * from './map/hubspot-ticket-to-core.js';
export * from './map/map-hubspot-tickets-page.js';
export * from './map/map-hubspot-feedback-submissions.js';

export * from './sync/hubspot-properties.js';
export * from './sync/create-hubspot-adapter.js';
export * from './sync/search-hubspot-objects.js';
