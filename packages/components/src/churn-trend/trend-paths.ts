interface Vertex {
  x: number;
  y: number | null;
}

/**
 * SVG path data of a straight-segment line through `vertices`, broken where `y` is `null`; a lone
 * point between gaps is `Mx,yZ` so a round line cap still draws it. The same output as d3-shape's
 * `line().defined()` with the linear curve, without its 1.2 kB (min+gzip) of d3-path and d3-shape.
 */
function path(vertices: readonly Vertex[]): string {
  let d = '';
  let run = 0;
  for (const { x, y } of vertices) {
    if (y === null) {
      if (run === 1) d += 'Z';
      run = 0;
      continue;
    }
    d += `${run === 0 ? 'M' : 'L'}${x},${y}`;
    run++;
  }
  return run === 1 ? `${d}Z` : d;
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
  const vertices = xs.map((x, i): Vertex => ({ x, y: ys[i] ?? null }));
  const settled = vertices.filter((_, i) => complete[i]);
  const firstOpen = complete.findIndex((c) => !c);
  let provisional: Vertex[] = [];
  if (firstOpen >= 0) {
    const open = vertices.slice(firstOpen);
    const anchor = vertices
      .slice(0, firstOpen)
      .reverse()
      .find((v) => v.y !== null);
    provisional = anchor ? [anchor, ...open] : open;
  }
  return {
    settled: settled.some((v) => v.y !== null) ? path(settled) : null,
    provisional: provisional.filter((v) => v.y !== null).length > 1 ? path(provisional) : null,
  };
}
