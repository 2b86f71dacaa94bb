import { sampleVariance } from "../analysis/cronbach-alpha.js";

/**
 * A mean with its 95% confidence interval from Student's t distribution: mean +- t(0.975,
 * n - 1) * sd / sqrt(n), what R gives as t.test(x)$conf.int. Used for scale scores, which are
 * means of a few Likert answers per person, so the t interval is the usual choice and a good
 * one from about ten people up.
 *
 * Edge cases: no values give no estimate; one value gives the mean with no interval (there is
 * no spread to estimate). Values that are all the same give a zero-width interval.
 */
export interface MeanEstimate {
  n: number;
  mean: number;
  /** Null when n < 2. */
  low: number | null;
  high: number | null;
}

export function meanInterval(values: readonly number[]): MeanEstimate | null {
  const n = values.length;
  if (n === 0) return null;
  if (!values.every(Number.isFinite)) throw new RangeError("Scores must be finite numbers.");
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, low: null, high: null };
  const half = tQuantile975(n - 1) * Math.sqrt(sampleVariance(values) / n);
  return { n, mean, low: mean - half, high: mean + half };
}

const cache = new Map<number, number>();

/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom (R: qt(0.975, df)), found by
 * bisection on the distribution function, which is exact to about 1e-12.
 */
export function tQuantile975(df: number): number {
  if (!Number.isInteger(df) || df < 1)
    throw new RangeError("Degrees of freedom must be 1 or more.");
  const known = cache.get(df);
  if (known !== undefined) return known;
  let low = 0;
  let high = 20;
  // qt(0.975, 1) is 12.7; only df = 1 needs the upper end that far out.
  while (tCdf(high, df) < 0.975) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-13; i++) {
    const mid = (low + high) / 2;
    if (tCdf(mid, df) < 0.975) low = mid;
    else high = mid;
  }
  const q = (low + high) / 2;
  cache.set(df, q);
  return q;
}

/** P(T <= t) for t >= 0. */
function tCdf(t: number, df: number): number {
  return 1 - 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    lnGamma(a + b) - lnGamma(a) - lnGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  // The fraction converges fast only below this point; above it, use the symmetry.
  if (x > (a + 1) / (a + b + 2)) return 1 - incompleteBeta(1 - x, b, a);
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let f = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let num = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    f *= d * c;
    num = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + num * d;
    c = 1 + num / c;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = Math.abs(c) < tiny ? tiny : c;
    const step = d * c;
    f *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return (front * f) / a;
}

/** ln Gamma(x) for x > 0 (Lanczos, g = 7, nine terms: about 15 correct digits). */
function lnGamma(x: number): number {
  const g = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const z = x - 1;
  let sum = g[0] as number;
  for (let i = 1; i < 9; i++) sum += (g[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
