import { meansDiffer, proportionsDiffer } from '../stats/proportion-test.js';
import { Z95 } from '../stats/wilson.js';
import { KPI_POLARITY, type KpiName, type Polarity } from './kpi-polarity.js';

/** Any KPI result: `value`, and the breakdown fields its significance test reads. */
export interface Comparable {
  kpi?: string;
  value: number | null;
}

export interface ComparisonResult {
  kpi: string;
  current: number | null;
  previous: number | null;
  /** `current − previous`, in the KPI's unit (NPS points, percentage points, minutes…). */
  delta: number | null;
  /** `delta ÷ |previous|`; null when previous is 0 or missing. */
  relative: number | null;
  direction: 'better' | 'worse' | 'flat' | null;
  /**
   * Two-sided 95% test where a sampling model applies (NPS: SE of the difference; rates:
   * two-proportion z-test; means: Welch t-test). `null` where none applies (medians, counts,
   * money) or a side is empty.
   */
  significant: boolean | null;
}

export interface CompareOptions {
  /** Overrides the KPI's own polarity. */
  polarity?: Polarity;
  /** |delta| at or below this is flat; default 1e-9 (float noise). */
  flatWithin?: number;
}

/** Period-over-period comparison of two results of the same KPI (KPI-SPEC §Periods and comparison). */
export function compare(
  current: Comparable,
  previous: Comparable,
  kpi: KpiName | string = current.kpi ?? '',
  options: CompareOptions = {},
): ComparisonResult {
  const polarity = options.polarity ?? (KPI_POLARITY as Record<string, Polarity>)[kpi];
  if (!polarity) throw new RangeError(`compare: unknown KPI "${kpi}"; pass options.polarity`);
  if (current.kpi && previous.kpi && current.kpi !== previous.kpi) {
    throw new TypeError(`compare: cannot compare ${current.kpi} with ${previous.kpi}`);
  }
  const a = current.value;
  const b = previous.value;
  if (a === null || b === null) {
    return {
      kpi,
      current: a,
      previous: b,
      delta: null,
      relative: null,
      direction: null,
      significant: null,
    };
  }
  const delta = a - b;
  const flat = Math.abs(delta) <= (options.flatWithin ?? 1e-9);
  const up = delta > 0;
  return {
    kpi,
    current: a,
    previous: b,
    delta,
    relative: b === 0 ? null : delta / Math.abs(b),
    direction: flat ? 'flat' : up === (polarity === 'higher') ? 'better' : 'worse',
    significant: significance(kpi, current, previous),
  };
}

const field = (r: Comparable, name: string): unknown =>
  (r as unknown as Record<string, unknown>)[name];

const num = (r: Comparable, name: string): number => {
  const v = field(r, name);
  if (typeof v !== 'number') throw new TypeError(`compare: the result has no numeric "${name}"`);
  return v;
};

function significance(kpi: string, a: Comparable, b: Comparable): boolean | null {
  switch (kpi) {
    case 'nps':
    case 'enps': {
      const se1 = field(a, 'standardError') as number | null;
      const se2 = field(b, 'standardError') as number | null;
      if (se1 == null || se2 == null) return null;
      const seDiff = Math.sqrt(se1 * se1 + se2 * se2);
      const delta = Math.abs(a.value! - b.value!);
      return seDiff === 0 ? delta > 0 : delta > Z95 * seDiff;
    }
    case 'csat':
    case 'esat':
      return proportionsDiffer(num(a, 'positive'), num(a, 'n'), num(b, 'positive'), num(b, 'n'));
    case 'churn':
    case 'retention':
      return proportionsDiffer(num(a, 'lost'), num(a, 'start'), num(b, 'lost'), num(b, 'start'));
    case 'firstContactResolution':
    case 'escalationRate':
    case 'reopenRate':
    case 'complaintRate':
    case 'applauseRate':
    case 'conversionRate':
      return proportionsDiffer(num(a, 'hits'), num(a, 'n'), num(b, 'hits'), num(b, 'n'));
    case 'ces':
    case 'agentTouches':
    case 'meanHoldTime': {
      const sdA = field(a, 'sd') as number | null;
      const sdB = field(b, 'sd') as number | null;
      if (sdA == null || sdB == null) return null;
      return meansDiffer(
        { mean: a.value!, sd: sdA, n: num(a, 'n') },
        { mean: b.value!, sd: sdB, n: num(b, 'n') },
      );
    }
    default:
      return null;
  }
}
