import { InvalidFieldError } from '../errors.js';

/**
 * An instant as the model accepts it: epoch milliseconds, an ISO-8601 string that carries its
 * offset (`Z` or `±hh:mm`), or a `Date`. Strings without an offset are refused: they name a wall
 * time, not an instant, and guessing the zone is how dashboards end up an hour off.
 */
export type InstantInput = number | string | Date;

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

/** Epoch ms of an instant, or `undefined` when it cannot be one. */
export function tryEpochMs(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const match = ISO_WITH_OFFSET.exec(value);
    // Date.parse rolls 30 February over into March; an impossible date is an error instead.
    if (!match || !isRealDateTime(match)) return undefined;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}

function isRealDateTime(m: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second = 0, offsetHours = 0, offsetMinutes = 0] = m
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (month! < 1 || month! > 12 || day! < 1) return false;
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    day! <= daysInMonth &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offsetHours! <= 23 &&
    offsetMinutes! <= 59
  );
}

/** Epoch ms of a required instant field; throws with the field's path otherwise. */
export function readInstant(value: unknown, path: (string | number)[]): number {
  const ms = tryEpochMs(value);
  if (ms === undefined) throw new InvalidFieldError(path, describeBadInstant(value));
  return ms;
}

/** Like `readInstant`, but `null`/`undefined` mean "not happened yet" and give `undefined`. */
export function readOptionalInstant(value: unknown, path: (string | number)[]): number | undefined {
  if (value === null || value === undefined) return undefined;
  return readInstant(value, path);
}

function describeBadInstant(value: unknown): string {
  if (value === undefined || value === null) return 'required instant is missing';
  if (typeof value === 'string') {
    return `"${value}" is not an ISO-8601 instant with an offset (e.g. 2026-03-29T01:30:00Z)`;
  }
  return `expected epoch milliseconds, an ISO-8601 string with offset or a Date, got ${typeof value}`;
}

/** A half-open span of time `[from, to)` in epoch ms. */
export interface Period {
  from: number;
  to: number;
}

export interface PeriodInput {
  from: InstantInput;
  to: InstantInput;
}

export function toPeriod(input: PeriodInput): Period {
  const from = tryEpochMs(input.from);
  const to = tryEpochMs(input.to);
  if (from === undefined)
    throw new RangeError(`period.from is not an instant: ${String(input.from)}`);
  if (to === undefined) throw new RangeError(`period.to is not an instant: ${String(input.to)}`);
  if (to < from) throw new RangeError(`period.to (${input.to as string}) is before period.from`);
  return { from, to };
}

export function inPeriod(ms: number, period: Period | null): boolean {
  return period === null || (ms >= period.from && ms < period.to);
}
