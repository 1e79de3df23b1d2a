import type { Channel, Priority } from '@tablero/core';

/** Default `hs_ticket_priority` options; portals often add URGENT (HELPDESK-APIS §3.5). */
const PRIORITIES: Readonly<Record<string, Priority>> = {
  LOW: 'low',
  MEDIUM: 'normal',
  HIGH: 'high',
  URGENT: 'urgent',
};

/** Default `source_type` options (§3.5, §4.2); portal-specific ones are `other`. */
const SOURCES: Readonly<Record<string, Channel>> = {
  EMAIL: 'email',
  FORM: 'web',
  PHONE: 'phone',
  CHAT: 'chat',
};

/** `hs_survey_channel`: `EMAIL` is documented, the rest of the list is UNCONFIRMED (§3.5). */
const SURVEY_CHANNELS: Readonly<Record<string, Channel>> = {
  EMAIL: 'email',
  CHAT: 'chat',
  WEB: 'web',
  KNOWLEDGE_BASE: 'web',
};

const pick = <T>(table: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/** A priority option → core priority; a portal's own option has none (kept raw by the caller). */
export const hubspotPriority = (value: string): Priority | undefined => pick(PRIORITIES, value);

export const hubspotChannel = (sourceType: string): Channel => pick(SOURCES, sourceType) ?? 'other';

export const hubspotSurveyChannel = (channel: string): Channel =>
  pick(SURVEY_CHANNELS, channel) ?? 'other';
