/**
 * SVG path data through the periods `keep` admits, in order: a period without a rate breaks the
 * line, and a lone point between breaks is drawn as a closed dot (`Z`), as d3-shape's
 * `line().defined()` does. `null` when fewer than `min` of them have a rate.
 */
function path(
  xs: readonly number[],
  ys: readonly (number | null)[],
  keep: (i: number) => boolean,
  min: number,
): string | null {
  let d = '';
  let run = 0;
  let known = 0;
  xs.forEach((x, i) => {
    if (!keep(i)) return;
    const y = ys[i] ?? null;
    if (y === null) {
      if (run === 1) d += 'Z';
      run = 0;
    } else {
      d += `${run++ ? 'L' : 'M'}${x},${y}`;
      known++;
    }
  });
  return known < min ? null : run === 1 ? `${d}Z` : d;
}

export interface TrendPaths {
  /** Periods that are over; gaps where a period has no rate (S = 0). */
  settled: string | null;
  /** From the last settled point through the periods still running: drawn dashed. */
  provisional: string | null;
}

/**
 * Splits the line where the data stops being final (core's `complete: false`), so the rate of a
 * running period, which will still move, is drawn differently from the settled ones.
 */
export function trendPaths(
  xs: readonly number[],
  ys: readonly (number | null)[],
  complete: readonly boolean[],
): TrendPaths {
  const open = complete.indexOf(false);
  // The provisional segment starts from the last period with a rate before the running ones.
  let anchor = open;
  while (anchor > 0 && ys[--anchor] == null);
  return {
    settled: path(xs, ys, (i) => complete[i]!, 1),
    provisional: open < 0 ? null : path(xs, ys, (i) => i >= open || i === anchor, 2),
  };
}
