import type { PointText } from './point-text.js';
import { valueOf, type TrendPoint } from './trend-point.js';
import type { TrendSeries } from './trend-scales.js';

/**
 * The chart in one sentence, its accessible name: what it shows over which periods, the latest
 * value, the highest and lowest, and how often the target was missed. A screen reader user gets
 * the message of the picture before choosing to walk its points or open the table.
 */
export function trendSummary(
  points: readonly TrendPoint[],
  metric: TrendSeries,
  target: number | null,
  text: PointText,
  title: string,
): string {
  const s = text.strings;
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return title;
  const head =
    points.length === 1
      ? `${title}, ${text.period(first)}`
      : s.summary(title, text.count(points.length), text.period(first), text.period(last));
  const known = points.filter((p) => valueOf(p, metric) !== null);
  const latest = known.at(-1);
  const parts = [head];
  if (latest) {
    const when = latest.complete ? text.period(latest) : `${text.period(latest)}, ${s.inProgress}`;
    parts.push(s.latest(text.rate(latest, metric), when));
  }
  if (known.length > 1) {
    // First occurrence wins a tie, so the sentence names the earliest period of the extreme.
    const high = known.reduce((a, b) => (valueOf(b, metric)! > valueOf(a, metric)! ? b : a));
    const low = known.reduce((a, b) => (valueOf(b, metric)! < valueOf(a, metric)! ? b : a));
    parts.push(
      s.range(text.rate(high, metric), text.period(high), text.rate(low, metric), text.period(low)),
    );
  }
  if (target !== null) {
    // A churn target is a ceiling; the same cohort's retention target is its complement.
    const misses = known.filter((p) => p.rate! > target).length;
    const shownTarget = metric === 'churn' ? target : 100 - target;
    parts.push(s.vsTarget(text.percent(shownTarget), text.count(misses)));
  }
  return `${parts.join('; ')}.`;
}
