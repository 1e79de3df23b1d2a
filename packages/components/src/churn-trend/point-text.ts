import { formatNumber, formatPercent, numberFormat } from '../internal/format.js';
import type { ChurnTrendStrings } from './churn-trend.strings.js';
import { formatPeriodLabel, type LabelStyle } from './period-label.js';
import { valueOf, type TrendPoint } from './trend-point.js';
import type { TrendSeries } from './trend-scales.js';

const RATE_FORMAT: Intl.NumberFormatOptions = {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
};

/** Formats everything a chart says about its periods, in one locale and one string table. */
export class PointText {
  constructor(
    readonly locale: string,
    readonly strings: ChurnTrendStrings,
  ) {}

  period(point: TrendPoint, style: LabelStyle = 'long'): string {
    return formatPeriodLabel(point.label, this.locale, style, this.strings);
  }

  /**
   * The shown rate with exactly one decimal (`2.0%`, `3.6%`, `96.4%`), so rates line up in a
   * column and a round value does not look more or less precise than its neighbours; `null`
   * rates read "no customers at start".
   */
  rate(point: TrendPoint, metric: TrendSeries): string {
    const value = valueOf(point, metric);
    if (value === null) return this.strings.noRate;
    return numberFormat(this.locale, RATE_FORMAT).format(value / 100);
  }

  /** A percentage with at most `digits` decimals: axis ticks, the target. */
  percent(value: number, digits = 1): string {
    return formatPercent(this.locale, value, digits);
  }

  count(value: number): string {
    return formatNumber(this.locale, value, 0);
  }

  metricName(metric: TrendSeries): string {
    return metric === 'churn' ? this.strings.churnShort : this.strings.retentionShort;
  }

  /**
   * The accessible name of a point, and the text of its tooltip in one line: period, rate, S
   * and L, new customers lost (only when there were any), and "in progress".
   */
  describe(point: TrendPoint, metric: TrendSeries): string {
    const parts = [`${this.period(point)}: ${this.metricName(metric)} ${this.rate(point, metric)}`];
    if (point.start !== null && point.lost !== null) {
      parts.push(this.strings.lostOf(this.count(point.lost), this.count(point.start)));
    }
    if (point.newLost > 0) parts.push(this.strings.newLostCount(this.count(point.newLost)));
    if (!point.complete) parts.push(this.strings.inProgress);
    return parts.join(', ');
  }
}
