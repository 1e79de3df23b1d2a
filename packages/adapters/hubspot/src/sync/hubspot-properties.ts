import { HubspotFeedbackPropertiesSchema } from '../schema/hubspot-feedback-submission.js';
import { HubspotTicketPropertiesSchema } from '../schema/hubspot-ticket.js';

/**
 * The properties to ask for: HubSpot returns only a few defaults otherwise (HELPDESK-APIS §3.2).
 * Taken from the schemas, so the request and the validation never drift apart. About 30 names
 * each, far below the URL length that fails with 414 (gotcha 10).
 */
export const HUBSPOT_TICKET_PROPERTIES = Object.keys(HubspotTicketPropertiesSchema.shape);
export const HUBSPOT_FEEDBACK_PROPERTIES = Object.keys(HubspotFeedbackPropertiesSchema.shape);
