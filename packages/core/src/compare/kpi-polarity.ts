/**
 * Which way is better, per KPI (KPI-SPEC §Direction). One table, so components, compare() and
 * docs agree. Ticket volume counts as lower-is-better (less demand on the team); pass
 * `polarity` to `compare` where a page means otherwise.
 */
export const KPI_POLARITY = {
  nps: 'higher',
  enps: 'higher',
  csat: 'higher',
  esat: 'higher',
  ces: 'higher',
  retention: 'higher',
  clv: 'higher',
  resolutionRate: 'higher',
  firstContactResolution: 'higher',
  applauseRate: 'higher',
  conversionRate: 'higher',
  supportRevenue: 'higher',
  tierShare: 'higher',
  churn: 'lower',
  firstResponseTime: 'lower',
  resolutionTime: 'lower',
  agentTouches: 'lower',
  escalationRate: 'lower',
  reopenRate: 'lower',
  complaintRate: 'lower',
  meanHoldTime: 'lower',
  turnover: 'lower',
  ticketVolume: 'lower',
  weekdayHour: 'lower',
  weekdayHourFirstResponse: 'lower',
} as const;

export type KpiName = keyof typeof KPI_POLARITY;
export type Polarity = 'higher' | 'lower';
export const KPI_NAMES = Object.keys(KPI_POLARITY) as KpiName[];
