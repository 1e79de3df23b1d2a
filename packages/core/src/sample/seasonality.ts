/**
 * How contact volume moves with the calendar, in the team's local time. Shapes follow what
 * Spanish support desks report: a Monday backlog, a quiet weekend, a morning peak, a dip for
 * lunch at 14–15 h and a second peak in the afternoon; August empties, January and September
 * (back from holidays) fill up, and November has the Black Friday rush.
 */

/** ISO weekday − 1 (0 = Monday) → factor; Monday to Friday average exactly 1. */
export const WEEKDAY_FACTORS = [1.22, 1.06, 0.98, 0.94, 0.8, 0.3, 0.22] as const;

/** Month − 1 → factor; the twelve average exactly 1. */
export const MONTH_FACTORS = [
  1.14, 1.02, 1.0, 0.95, 0.98, 0.96, 0.9, 0.7, 1.14, 1.06, 1.1, 1.05,
] as const;

/** A public holiday is as quiet as a Sunday. */
export const HOLIDAY_FACTOR = WEEKDAY_FACTORS[6];

/** Relative arrivals per local hour (0–23) on working days. */
export const WORKDAY_HOURS = [
  0.14, 0.09, 0.06, 0.05, 0.05, 0.08, 0.2, 0.55, 1.3, 2.3, 2.9, 3.1, 3.0, 2.3, 1.5, 1.7, 2.4, 2.6,
  2.1, 1.4, 0.95, 0.65, 0.42, 0.24,
] as const;

/** Relative arrivals per local hour on weekends and holidays: late, flat, some evening. */
export const RESTDAY_HOURS = [
  0.3, 0.2, 0.12, 0.08, 0.07, 0.08, 0.14, 0.3, 0.6, 1.0, 1.35, 1.5, 1.45, 1.25, 1.0, 0.95, 1.05,
  1.15, 1.2, 1.25, 1.2, 1.0, 0.7, 0.45,
] as const;

/** Day-to-day randomness of volume (log-scale spread), so no two Mondays look the same. */
export const DAILY_NOISE_SIGMA = 0.12;
