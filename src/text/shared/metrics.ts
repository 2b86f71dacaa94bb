export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Number of gold positives. */
  readonly support: number;
}

/** Precision, recall and F1 from counts; 0 where undefined (no predictions or no positives). */
export function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: tp + fn };
}

export function countBinary(gold: readonly boolean[], predicted: readonly boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i] && gold[i]) tp++;
    else if (predicted[i]) fp++;
    else if (gold[i]) fn++;
  }
  return prf(tp, fp, fn);
}
