/**
 * Which x labels fit: every `stride`-th period, counted back from the latest so the current
 * period is always labelled. `minLabelWidth` is the room one label needs in CSS pixels.
 */
export function labelIndices(count: number, plotWidth: number, minLabelWidth = 56): number[] {
  if (count <= 0) return [];
  const fit = Math.max(1, Math.floor(plotWidth / minLabelWidth));
  const stride = Math.max(1, Math.ceil(count / fit));
  const indices: number[] = [];
  for (let i = count - 1; i >= 0; i -= stride) indices.unshift(i);
  return indices;
}
