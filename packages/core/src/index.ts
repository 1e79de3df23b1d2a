// @tablero/core: the KPI math and the canonical model. No DOM; Node and browsers alike.

export * from './errors.js';

export * from './schema/enums.js';
export * from './schema/instant.js';
export * from './schema/ticket.js';
export * from './schema/survey-response.js';
export * from './schema/customer.js';
export * from './schema/order.js';
export * from './schema/employee.js';
export * from './schema/parse-records.js';

export {
  tryEpochMs,
  toPeriod,
  type InstantInput,
  type Period,
  type PeriodInput,
} from './time/instant.js';
export { zoneClock, isValidTimeZone, ZoneClock, type LocalFields } from './time/zone.js';
export { lightZoneClock, LightZoneClock } from './time/light-zone-clock.js';
export * from './time/period.js';
export * from './time/business-time.js';

export { wilsonInterval } from './stats/wilson.js';
export { tCritical } from './stats/student-t.js';
export {
  SKETCH_RELATIVE_ERROR,
  DEFAULT_EXACT_LIMIT,
  type QuantileMethod,
} from './stats/quantile-digest.js';

export * from './accumulator/accumulator.js';

export type { KpiResult } from './kpi/result.js';
export type { SurveyAnswer } from './kpi/survey-answer.js';
export * from './kpi/nps.js';
export * from './kpi/csat.js';
export * from './kpi/ces.js';
export * from './kpi/churn.js';
export * from './kpi/churn-series.js';
export * from './kpi/customers-from-events.js';
export * from './kpi/clv.js';
export * from './kpi/turnover.js';
export * from './kpi/duration-kpi.js';
export * from './kpi/first-response-time.js';
export * from './kpi/resolution-time.js';
export * from './kpi/agent-touches.js';
export * from './kpi/ticket-volume.js';
export * from './kpi/weekday-hour-matrix.js';
export * from './kpi/weekday-hour-first-response.js';
export * from './kpi/ticket-rate.js';
export * from './kpi/ticket-rates.js';
export * from './kpi/resolution-rate.js';
export * from './kpi/tier-share.js';
export * from './kpi/mean-hold-time.js';
export * from './kpi/support-revenue.js';

export * from './compare/kpi-polarity.js';
export * from './compare/compare.js';
export * from './compare/by-period.js';
