/**
 * The index of the position closest to `x` among those `usable` (e.g. periods with a rate), or
 * -1 when none is. `positions` must be ascending, as the x scale gives them. Used to turn a
 * pointer anywhere over the plot into the period it is nearest to, so a thin line is easy to hit.
 */
export function nearestIndex(
  positions: readonly number[],
  x: number,
  usable: (index: number) => boolean = () => true,
): number {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < positions.length; i++) {
    if (!usable(i)) continue;
    const distance = Math.abs(positions[i]! - x);
    // Ties go to the earlier period: `<` keeps the first of two equal distances.
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
