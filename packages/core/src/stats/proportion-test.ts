import { tCritical } from './student-t.js';
import { Z95 } from './wilson.js';

/** Two-sided pooled two-proportion z-test at 95%; null when either sample is empty. */
export function proportionsDiffer(x1: number, n1: number, x2: number, n2: number): boolean | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const diff = x1 / n1 - x2 / n2;
  if (se === 0) return diff !== 0;
  return Math.abs(diff) / se > Z95;
}

/** Two-sided Welch t-test on two means at 95%, with Welch–Satterthwaite degrees of freedom. */
export function meansDiffer(
  a: { mean: number; sd: number; n: number },
  b: { mean: number; sd: number; n: number },
): boolean | null {
  if (a.n < 2 || b.n < 2) return null;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  const diff = a.mean - b.mean;
  if (se === 0) return diff !== 0;
  const df = ((va + vb) * (va + vb)) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return Math.abs(diff) / se > tCritical(0.95, df);
}
