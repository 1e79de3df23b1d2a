// Small builders for the ticket tests. They only shape input records; every expected value in
// the tests is worked out by hand from KPI-SPEC.md, never computed with these helpers.
import type { TicketInput } from '../../src/index.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Epoch ms of an ISO-8601 string with an offset. */
export const ms = (iso: string): number => {
  const value = Date.parse(iso);
  if (Number.isNaN(value)) throw new Error(`bad test instant ${iso}`);
  return value;
};

/** ISO string (UTC) of epoch ms. */
export const iso = (epochMs: number): string => new Date(epochMs).toISOString();

/** A ticket with the required fields filled in; `extra` overrides anything. */
export function ticket(
  id: string,
  createdAt: TicketInput['createdAt'],
  extra: Partial<TicketInput> = {},
): TicketInput {
  return { id, createdAt, status: 'open', ...extra };
}

/** A ticket answered `minutes` after it was created (created at `createdAtMs`). */
export function answered(id: string, createdAtMs: number, minutes: number): TicketInput {
  return ticket(id, iso(createdAtMs), { firstResponseAt: iso(createdAtMs + minutes * MINUTE) });
}

/** Deliberately invalid input, for the strict/lenient tests. */
export const bad = (record: unknown): TicketInput => record as TicketInput;

export const MARCH_2026_UTC = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
export const APRIL_2026_UTC = { from: '2026-04-01T00:00:00Z', to: '2026-05-01T00:00:00Z' };
