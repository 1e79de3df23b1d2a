/**
 * Natural logarithm and exponential from `+ − × ÷` only.
 *
 * `Math.log` and `Math.exp` are not required to be correctly rounded, and engines differ in
 * the last bit (V8 and SpiderMonkey ship fdlibm ports, JavaScriptCore the platform libm). One
 * ulp is enough to flip a rounded minute somewhere in a million tickets, so the sample data
 * would differ between Chrome and Safari. IEEE 754 makes the four basic operations exact to
 * the bit everywhere, so these versions give the same answer on every engine. They are
 * accurate to a few ulps, far beyond what the sample needs.
 */

const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;
const TWO_32 = 4_294_967_296;
/** 1/1, 1/3, 1/5 … 1/23: one division each, once, at load. */
const ATANH_COEFFICIENTS = Array.from({ length: 12 }, (_, i) => 1 / (2 * i + 1));
/** 1/0!, 1/1! … 1/15!. */
const EXP_COEFFICIENTS = Array.from({ length: 16 }, (_, i) => {
  let factorial = 1;
  for (let k = 2; k <= i; k++) factorial *= k;
  return 1 / factorial;
});

/** Natural logarithm for `x > 0`; `-Infinity` at 0 and `NaN` below, like `Math.log`. */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  // Scale into [√½, √2): multiplying by powers of two is exact.
  let exponent = 0;
  while (x >= TWO_32) {
    x /= TWO_32;
    exponent += 32;
  }
  while (x < 1 / TWO_32) {
    x *= TWO_32;
    exponent -= 32;
  }
  while (x >= SQRT2) {
    x /= 2;
    exponent += 1;
  }
  while (x < SQRT2 / 2) {
    x *= 2;
    exponent -= 1;
  }
  // ln(x) = 2·atanh(t) with t = (x − 1)/(x + 1), |t| ≤ 0.172: the odd series t^k / k
  // reaches 1e-18 by k = 23, summed by Horner's rule from the smallest term up.
  const t = (x - 1) / (x + 1);
  const t2 = t * t;
  let sum = 0;
  for (let i = ATANH_COEFFICIENTS.length - 1; i >= 0; i--) sum = sum * t2 + ATANH_COEFFICIENTS[i]!;
  sum *= t;
  return exponent * LN2 + 2 * sum;
}

/** e^x; exact to a few ulps for |x| < 700, which is all the sample asks of it. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  // x = k·ln2 + r with |r| ≤ ln2/2, then e^x = 2^k · e^r.
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  // Taylor series of e^r to r^15 / 15!, below 1e-17 for |r| ≤ 0.35, by Horner's rule.
  let sum = 0;
  for (let i = EXP_COEFFICIENTS.length - 1; i >= 0; i--) sum = sum * r + EXP_COEFFICIENTS[i]!;
  let scale = 1;
  const base = k >= 0 ? 2 : 0.5;
  for (let i = Math.abs(k); i > 0; i--) scale *= base;
  return sum * scale;
}
