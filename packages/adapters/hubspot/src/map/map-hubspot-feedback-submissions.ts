import type { SurveyKind, SurveyResponse, SurveyResponseInput } from '@tablero/core';
import { MappingError, mapVendorRecords, type Rejection } from '@tablero/adapter-kit';
import {
  HUBSPOT_SURVEY_TYPES,
  HubspotFeedbackSubmissionSchema,
  type HubspotFeedbackSubmission,
  type HubspotSurveyType,
} from '../schema/hubspot-feedback-submission.js';
import { HubspotListPageSchema } from '../schema/hubspot-object.js';
import { present } from '../schema/hubspot-strings.js';
import type { HubspotLookups } from './hubspot-lookups.js';
import { hubspotSurveyChannel } from './hubspot-vocabulary.js';

const KINDS: Readonly<Record<HubspotSurveyType, SurveyKind>> = {
  NPS: 'nps',
  CSAT: 'csat',
  CES: 'ces',
};

/** Integer scales the KPI spec fixes; CSAT's scale comes from the survey definition (§3.7). */
const RANGES: Partial<Record<HubspotSurveyType, [number, number]>> = { NPS: [0, 10], CES: [1, 7] };

export interface HubspotSkippedSubmission {
  id: string;
  /** A custom survey: no core KPI reads it. */
  surveyType: string;
}

export interface HubspotFeedbackResult {
  responses: SurveyResponse[];
  skipped: HubspotSkippedSubmission[];
  rejected: Rejection[];
  after: string | null;
}

/**
 * One page of feedback submissions → NPS, CSAT and CES answers from `hs_survey_type` and
 * `hs_value`. A rating off its scale or missing is rejected by id and field.
 */
export function mapHubspotFeedbackSubmissions(
  page: unknown,
  lookups: HubspotLookups = {},
): HubspotFeedbackResult {
  const parsed = HubspotListPageSchema.safeParse(page);
  if (!parsed.success) {
    throw new TypeError(
      'HubSpot feedback submissions: the page does not have the documented shape',
    );
  }
  const skipped: HubspotSkippedSubmission[] = [];
  const mapped = mapVendorRecords(parsed.data.results, {
    schema: HubspotFeedbackSubmissionSchema,
    noun: 'feedback submission',
    map: (s) => {
      const type = s.properties.hs_survey_type;
      if (!(HUBSPOT_SURVEY_TYPES as readonly string[]).includes(type)) {
        skipped.push({ id: s.id, surveyType: type });
        return [];
      }
      return {
        kind: 'survey-response',
        record: toSurveyInput(s, type as HubspotSurveyType, lookups),
      };
    },
  });
  return {
    responses: mapped.records.flatMap((r) => (r.kind === 'survey-response' ? [r.record] : [])),
    skipped,
    rejected: mapped.rejected,
    after: parsed.data.paging?.next?.after ?? null,
  };
}

function score(s: HubspotFeedbackSubmission, type: HubspotSurveyType): number {
  const raw = present(s.properties.hs_value);
  const path = ['properties', 'hs_value'];
  if (raw === undefined) throw new MappingError(path, 'missing-rating', 'no rating (hs_value)');
  const value = Number(raw);
  const range = RANGES[type];
  if (range && !(Number.isInteger(value) && value >= range[0] && value <= range[1])) {
    throw new MappingError(
      path,
      'rating-off-scale',
      `${type} ratings are integers ${range[0]}–${range[1]}, got ${raw}`,
    );
  }
  return value;
}

function toSurveyInput(
  s: HubspotFeedbackSubmission,
  type: HubspotSurveyType,
  lookups: HubspotLookups,
): SurveyResponseInput {
  const p = s.properties;
  const submitted = present(p.hs_submission_timestamp);
  const custom: NonNullable<SurveyResponseInput['custom']> = { hubspotSurveyType: type };
  if (!submitted) custom.answeredAtFrom = p.hs_createdate ? 'hs_createdate' : 'createdAt';
  const put = (key: string, value: string | null | undefined) => {
    if (value) custom[key] = value;
  };
  put('hubspotSurveyId', p.hs_survey_id);
  put('hubspotSurveyName', p.hs_survey_name);
  put('hubspotSurveyChannel', p.hs_survey_channel);
  put('hubspotResponseGroup', p.hs_response_group);
  put('hubspotSentiment', p.hs_sentiment);
  const input: SurveyResponseInput = {
    id: s.id,
    kind: KINDS[type],
    score: score(s, type),
    // The submission time, not the record's creation (§3.5).
    answeredAt: submitted ?? present(p.hs_createdate) ?? s.createdAt,
    custom,
  };
  if (p.hs_survey_channel) input.channel = hubspotSurveyChannel(p.hs_survey_channel);
  if (p.hs_contact_id) input.respondentId = p.hs_contact_id;
  if (p.hs_ticket_id) input.ticketId = p.hs_ticket_id;
  const agent =
    (p.hs_agent_id && lookups.owners?.get(p.hs_agent_id)) || p.hs_agent_email || p.hs_agent_id;
  if (agent) input.agent = agent;
  if (p.hs_content) input.comment = p.hs_content;
  return input;
}
