/**
 * Mean, standard deviation and median of a distribution given as (value, count) pairs, as the
 * database returns it, so no list of individual answers is ever built.
 *
 * The standard deviation is the sample one (divisor n - 1), as R's sd(); undefined for n < 2.
 * The median is R's median(): the middle value, or the mean of the two middle values.
 * Example: values 1, 2, 2, 5 give mean 2.5, sd 1.732051, median 2.
 */
export interface Distribution {
  n: number;
  mean: number | undefined;
  sd: number | undefined;
  median: number | undefined;
}

export function describeCounts(pairs: readonly { value: number; count: number }[]): Distribution {
  const sorted = pairs.filter((p) => p.count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((sum, p) => sum + p.count, 0);
  if (n === 0) return { n: 0, mean: undefined, sd: undefined, median: undefined };
  const mean = sorted.reduce((sum, p) => sum + p.value * p.count, 0) / n;
  // Two-pass (deviations from the mean) to avoid the cancellation of sum(x^2) - n*mean^2.
  const squares = sorted.reduce((sum, p) => sum + p.count * (p.value - mean) ** 2, 0);
  const sd = n >= 2 ? Math.sqrt(squares / (n - 1)) : undefined;
  return { n, mean, sd, median: medianOf(sorted, n) };
}

function medianOf(
  sorted: readonly { value: number; count: number }[],
  n: number,
): number | undefined {
  const lowIndex = Math.floor((n - 1) / 2);
  const highIndex = Math.floor(n / 2);
  let seen = 0;
  let low: number | undefined;
  for (const p of sorted) {
    const last = seen + p.count - 1;
    if (low === undefined && lowIndex <= last) low = p.value;
    if (highIndex <= last) return low === undefined ? p.value : (low + p.value) / 2;
    seen += p.count;
  }
  return undefined;
}

/** Rounds to one decimal, half away from zero, for presentation only. */
export function round1(x: number): number {
  return (Math.sign(x) * Math.round(Math.abs(x) * 10 + 1e-9)) / 10;
}
