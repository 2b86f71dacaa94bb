/**
 * Wilson score interval for a binomial proportion (Wilson 1927), without continuity
 * correction: the interval R reports as prop.test(x, n, correct = FALSE)$conf.int.
 *
 * Wilson, not Wald: Wald's p +- z*sqrt(p(1-p)/n) gives impossible intervals (below 0 or
 * above 1) and zero width at p = 0 or 1, which is common with small groups.
 *
 * Edge cases: n = 0 has no interval (undefined); x = 0 gives a lower bound of exactly 0 and
 * x = n an upper bound of exactly 1.
 * Example: x = 97, n = 187 gives [0.4475, 0.5895].
 */
export const Z_95 = 1.959963984540054; // qnorm(0.975)

export function wilsonInterval(x: number, n: number, z = Z_95): [number, number] | undefined {
  if (!(n > 0) || x < 0 || x > n) return undefined;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [x === 0 ? 0 : Math.max(0, centre - half), x === n ? 1 : Math.min(1, centre + half)];
}
