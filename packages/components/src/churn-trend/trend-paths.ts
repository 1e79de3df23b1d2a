import { line } from 'd3-shape';

interface Vertex {
  x: number;
  y: number | null;
}

const path = line<Vertex>()
  .defined((v) => v.y !== null)
  .x((v) => v.x)
  .y((v) => v.y ?? 0);

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
