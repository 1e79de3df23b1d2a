/**
 * Each tuple is the one source of its union: the TypeScript type, the zod enum, documentation
 * and test loops all derive from it.
 */
export const CHANNELS = [
  'email',
  'chat',
  'phone',
  'web',
  'whatsapp',
  'social',
  'api',
  'other',
] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const SURVEY_KINDS = ['nps', 'csat', 'ces', 'enps', 'esat'] as const;
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export const CSAT_SCALES = ['1-5', '1-7', '1-10', 'binary'] as const;
export type CsatScale = (typeof CSAT_SCALES)[number];

export const CES_SCALES = ['1-5', '1-7'] as const;
export type CesScale = (typeof CES_SCALES)[number];

export const BINARY_ANSWERS = ['good', 'bad'] as const;
export type BinaryAnswer = (typeof BINARY_ANSWERS)[number];

export const PERIOD_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];
