/**
 * Cronbach's alpha (Cronbach 1951, "Coefficient alpha and the internal structure of tests",
 * Psychometrika 16(3), 297-334): how consistently the items of one scale measure the same
 * thing, used to check that a scale holds together before its mean is reported.
 *
 *   alpha = k / (k - 1) * (1 - sum of the item variances / variance of the row totals)
 *
 * with k items (columns) and sample variances (divisor n - 1), the same as base R's var().
 * Rows are respondents who answered every item of the scale, with reverse-keyed items
 * already recoded (see scaleMatrix in scales.ts); otherwise a sound scale looks unreliable.
 *
 * Edge cases: undefined when there are fewer than two items or fewer than two respondents,
 * or when every respondent has the same total (R gives -Inf or NaN there, which is no
 * answer a report can show). An item that never varies is allowed: it adds nothing to the
 * item variances and pulls alpha down. Alpha can be negative when items pull against each
 * other, usually a sign of a reverse-keyed item that was not recoded; it is returned as is
 * rather than clipped, because a negative value is itself the finding.
 *
 * Example: rows [4,5,4,5], [3,3,4,3], [2,2,1,2], [5,4,5,5], [3,4,3,3], [1,2,2,1] give
 * alpha = 0.9571865443 (R 4.2, checked in cronbach-alpha.test.ts).
 */
export function cronbachAlpha(matrix: readonly (readonly number[])[]): number | undefined {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  for (const row of matrix) {
    // A ragged or non-numeric matrix is a bug in the caller, not a property of the data.
    if (row.length !== k)
      throw new RangeError(`Every row needs ${k} answers; one has ${row.length}.`);
    if (!row.every(Number.isFinite)) throw new RangeError("Answers must be finite numbers.");
  }
  if (k < 2 || n < 2) return undefined;
  let itemVariances = 0;
  for (let j = 0; j < k; j++) itemVariances += sampleVariance(matrix.map((row) => row[j] ?? 0));
  const totalVariance = sampleVariance(matrix.map((row) => row.reduce((a, b) => a + b, 0)));
  // Exact zero is not enough: totals such as 0.1 + 0.2 differ in their last bits.
  if (totalVariance <= 1e-12) return undefined;
  return (k / (k - 1)) * (1 - itemVariances / totalVariance);
}

/** Two-pass sample variance (divisor n - 1): the one-pass formula loses digits. */
export function sampleVariance(values: readonly number[]): number {
  const n = values.length;
  if (n < 2) return Number.NaN;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  let sum = 0;
  for (const v of values) sum += (v - mean) ** 2;
  return sum / (n - 1);
}
