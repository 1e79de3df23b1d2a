/** The spec writes 1.96 (KPI-SPEC §NPS); using it exactly keeps hand-worked examples exact. */
export const Z95 = 1.96;

/**
 * Wilson score interval for `successes / n`, as percentages 0–100. Unlike the normal
 * approximation it stays inside 0–100 and is sensible at 0 and n, which small support teams hit.
 */
export function wilsonInterval(successes: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return [Math.max(0, 100 * (centre - half)), Math.min(100, 100 * (centre + half))];
}
