import type { SampleDataset } from '../../src/sample/index.js';
import { zoneClock } from '../../src/time/zone.js';

/** Helpers for the dataset tests, written apart from the generator so they check it independently. */

export const madrid = zoneClock('Europe/Madrid');

export function tally<T>(
  items: readonly T[],
  key: (item: T) => string | number,
): Map<string | number, number> {
  const counts = new Map<string | number, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function share<T>(items: readonly T[], test: (item: T) => boolean): number {
  return items.filter(test).length / items.length;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)]! + sorted[Math.ceil(mid)]!) / 2;
}

export function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/** NPS from 0–10 answers: % promoters (9–10) − % detractors (0–6). */
export function npsOf(scores: readonly number[]): number {
  return (
    (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) /
    scores.length
  );
}

/** CSAT % from 1–5 answers: share of 4 and 5. */
export function csatOf(scores: readonly number[]): number {
  return (100 * scores.filter((s) => s >= 4).length) / scores.length;
}

/**
 * Whether the team is open at `ms`, from the dataset's own published schedule: weekday and
 * minute of day in the zone, and the holiday dates in `meta.serviceHours`.
 */
export function openChecker(dataset: SampleDataset): (ms: number) => boolean {
  const { serviceHours } = dataset.meta;
  const clock = zoneClock(serviceHours.timeZone);
  const holidays = new Set(serviceHours.holidays);
  const keys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  return (ms) => {
    const f = clock.fields(ms);
    const date = `${f.year}-${String(f.month).padStart(2, '0')}-${String(f.day).padStart(2, '0')}`;
    if (holidays.has(date)) return false;
    const minute = f.hour * 60 + f.minute;
    return (serviceHours.week[keys[f.weekday - 1]!] ?? []).some(([open, close]) => {
      const [oh, om] = open.split(':').map(Number);
      const [ch, cm] = close.split(':').map(Number);
      return minute >= oh! * 60 + om! && minute < ch! * 60 + cm!;
    });
  };
}

/** Collects the messages of failed checks so one assertion shows the first few. */
export class Violations {
  readonly list: string[] = [];
  check(ok: boolean, message: () => string): void {
    if (!ok) this.list.push(message());
  }
  get first(): string[] {
    return this.list.slice(0, 5);
  }
}
