import type { TrendPoint } from './trend-point.js';

export type ParsedPoints = { ok: true; points: TrendPoint[] } | { ok: false; reason: string };

const FIELDS = ['label', 'rate', 'start', 'lost', 'newLost', 'complete'] as const;

/** A rate given beside S and L may be rounded, but not by more than this many points. */
const RATE_TOLERANCE = 0.05;

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * Reads the `points` attribute: a JSON array of `{ label, start, lost }` (the rate is then
 * `100 × L / S`, as core computes it) or `{ label, rate }` when only rates are known, with
 * optional `newLost` and `complete`. Any problem is reported with the entry and field, so the
 * element can show its invalid state and name the culprit rather than draw a wrong line.
 */
export function parsePoints(text: string): ParsedPoints {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'is not valid JSON' };
  }
  if (!Array.isArray(data)) return { ok: false, reason: 'must be a JSON array of periods' };
  const points = data.map(readPoint);
  const bad = points.findIndex((p) => typeof p === 'string');
  return bad < 0
    ? { ok: true, points: points as TrendPoint[] }
    : { ok: false, reason: `entry ${bad} ${points[bad] as string}` };
}

function readPoint(entry: unknown): TrendPoint | string {
  // JSON objects, and only they, are made by `Object`: not null, arrays or plain values.
  if ((entry as object | null)?.constructor !== Object) {
    return 'must be an object such as {"label":"2025-01","start":120,"lost":3}';
  }
  const e = entry as Record<string, unknown>;
  const unknown = Object.keys(e).find((k) => !(FIELDS as readonly string[]).includes(k));
  if (unknown !== undefined) {
    return `has an unknown field "${unknown}" (known: ${FIELDS.join(', ')})`;
  }
  const { label, rate, start, lost, newLost = 0, complete = true } = e;
  if (typeof label !== 'string' || !label.trim()) {
    return 'field "label": expected a non-empty string';
  }
  if (typeof complete !== 'boolean') return 'field "complete": expected true or false';
  if (!isCount(newLost))
    return `field "newLost": expected a whole number ≥ 0, got ${show(newLost)}`;
  if (
    rate !== undefined &&
    rate !== null &&
    !(typeof rate === 'number' && rate >= 0 && rate <= 100)
  ) {
    return `field "rate": expected a percentage 0–100, got ${show(rate)}`;
  }
  const base = { label, newLost, complete, result: null };
  if (start === undefined && lost === undefined) {
    if (rate === undefined) return 'needs "start" and "lost", or a "rate"';
    return { ...base, rate: rate as number | null, start: null, lost: null };
  }
  if (!isCount(start)) return `field "start": expected a whole number ≥ 0, got ${show(start)}`;
  if (!isCount(lost)) return `field "lost": expected a whole number ≥ 0, got ${show(lost)}`;
  if (lost > start) return `field "lost": ${lost} is more than start (${start})`;
  const computed = start > 0 ? (100 * lost) / start : null;
  if (rate !== undefined && !agrees(rate as number | null, computed)) {
    return `field "rate": ${show(rate)} disagrees with 100 × lost / start = ${show(computed)}`;
  }
  return { ...base, rate: computed, start, lost };
}

const agrees = (given: number | null, computed: number | null) =>
  given === null || computed === null
    ? given === computed
    : Math.abs(given - computed) <= RATE_TOLERANCE;

const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : String(v));
