/**
 * The difference between two independent means with Welch's 95% interval, which does not
 * assume equal variances: what R reports as t.test(later, earlier)$conf.int (Welch is R's
 * default). Built from each group's mean, standard deviation (divisor n - 1) and n, so no
 * list of individual answers is needed:
 *
 *   D  = m1 - m2,  se = sqrt(s1^2/n1 + s2^2/n2)
 *   df = se^4 / ((s1^2/n1)^2/(n1 - 1) + (s2^2/n2)^2/(n2 - 1))   (Welch-Satterthwaite)
 *   D -+ qt(0.975, df) * se
 */
export interface Sample {
  mean: number;
  sd: number;
  n: number;
}

export interface MeanDifference {
  /** first.mean - second.mean. */
  difference: number;
  ci95: [number, number];
  df: number;
}

/** Undefined when a group has fewer than two values or both have no spread at all. */
export function welchDifference(first: Sample, second: Sample): MeanDifference | undefined {
  if (first.n < 2 || second.n < 2) return undefined;
  const v1 = first.sd ** 2 / first.n;
  const v2 = second.sd ** 2 / second.n;
  const se = Math.sqrt(v1 + v2);
  if (!(se > 0)) return undefined;
  const df = (v1 + v2) ** 2 / (v1 ** 2 / (first.n - 1) + v2 ** 2 / (second.n - 1));
  const difference = first.mean - second.mean;
  const half = tQuantile(0.975, df) * se;
  return { difference, ci95: [difference - half, difference + half], df };
}

/** Sample mean and standard deviation (divisor n - 1) of some values. */
export function sampleOf(values: readonly number[]): Sample {
  const n = values.length;
  const mean = n > 0 ? values.reduce((s, v) => s + v, 0) / n : Number.NaN;
  const squares = values.reduce((s, v) => s + (v - mean) ** 2, 0);
  return { mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : Number.NaN, n };
}

/** The p-quantile of Student's t with df degrees of freedom (df may be fractional), p > 0.5. */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0.5 && p < 1) || !(df > 0))
    throw new RangeError("tQuantile needs 0.5 < p < 1, df > 0.");
  let low = 0;
  let high = 1;
  while (tCdf(high, df) < p) high *= 2;
  // Bisection: the cdf is monotone, and 200 halvings reach the limit of double precision.
  for (let i = 0; i < 200 && high - low > 1e-14 * high; i++) {
    const mid = (low + high) / 2;
    if (tCdf(mid, df) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** P(T <= t) for t >= 0: 1 - I_x(df/2, 1/2) / 2 with x = df / (df + t^2). */
function tCdf(t: number, df: number): number {
  return 1 - 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
}

/** The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz). */
function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(
    logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x),
  );
  if (x < (a + 1) / (a + b + 2)) return (front * betaFraction(x, a, b)) / a;
  return 1 - (front * betaFraction(1 - x, b, a)) / b;
}

function betaFraction(x: number, a: number, b: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-16) break;
  }
  return h;
}

/** ln Gamma(x) for x > 0 (Lanczos, g = 7, nine coefficients: about 15 significant digits). */
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];

function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS.length; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}
