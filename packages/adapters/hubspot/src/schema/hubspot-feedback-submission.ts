import { z } from 'zod';
import { hubspotObjectSchema } from './hubspot-object.js';
import { HubspotDateTimeSchema, HubspotNumberSchema, unset } from './hubspot-strings.js';

/** Survey types with a core KPI; custom surveys (value UNCONFIRMED, likely `CUSTOM`) have none. */
export const HUBSPOT_SURVEY_TYPES = ['NPS', 'CSAT', 'CES'] as const;
export type HubspotSurveyType = (typeof HUBSPOT_SURVEY_TYPES)[number];

/** Feedback submission properties (HELPDESK-APIS §3.5); `hs_value` is the rating. */
export const HubspotFeedbackPropertiesSchema = z.looseObject({
  hs_object_id: unset(HubspotNumberSchema),
  hs_survey_type: z.string().min(1),
  hs_survey_id: z.string().nullish(),
  hs_survey_name: z.string().nullish(),
  hs_survey_channel: z.string().nullish(),
  hs_value: unset(HubspotNumberSchema),
  hs_response_group: z.string().nullish(),
  hs_sentiment: z.string().nullish(),
  hs_content: z.string().nullish(),
  hs_submission_timestamp: unset(HubspotDateTimeSchema),
  hs_createdate: unset(HubspotDateTimeSchema),
  hs_contact_id: z.string().nullish(),
  hs_ticket_id: z.string().nullish(),
  hs_agent_id: z.string().nullish(),
  hs_agent_email: z.string().nullish(),
});

/** A submission of `GET /crm/v3/objects/feedback_submissions` (read-only object). */
export const HubspotFeedbackSubmissionSchema = hubspotObjectSchema(HubspotFeedbackPropertiesSchema);
export type HubspotFeedbackSubmission = z.infer<typeof HubspotFeedbackSubmissionSchema>;
