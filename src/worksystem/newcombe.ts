import { wilsonInterval, Z_95 } from "../analysis/wilson.js";

/**
 * The difference between two independent proportions with its 95% interval, by Newcombe's
 * hybrid score method (Newcombe 1998, "Interval estimation for the difference between
 * independent proportions", method 10), built from the two Wilson score intervals without
 * continuity correction:
 *
 *   D = p1 - p2
 *   lower = D - sqrt((p1 - l1)^2 + (u2 - p2)^2)
 *   upper = D + sqrt((u1 - p1)^2 + (p2 - l2)^2)
 *
 * where [l1, u1] and [l2, u2] are the Wilson intervals of p1 and p2. Unlike the simple Wald
 * interval it stays within [-1, 1] and behaves with small groups and shares near 0 or 100%.
 * R gives the same interval with DescTools::BinomDiffCI(x1, n1, x2, n2, method = "score").
 *
 * A count may be fractional: a published baseline gives a rounded share and an n, and
 * share * n stands in for the count it came from.
 */
export interface Proportion {
  /** How many gave the answer counted (may be share * n for a published figure). */
  x: number;
  n: number;
}

export interface Difference {
  /** p1 - p2, between -1 and 1. */
  difference: number;
  ci95: [number, number];
}

export function newcombeDifference(
  first: Proportion,
  second: Proportion,
  z = Z_95,
): Difference | undefined {
  const a = wilsonInterval(first.x, first.n, z);
  const b = wilsonInterval(second.x, second.n, z);
  if (!a || !b) return undefined;
  const p1 = first.x / first.n;
  const p2 = second.x / second.n;
  const difference = p1 - p2;
  const lower = difference - Math.sqrt((p1 - a[0]) ** 2 + (b[1] - p2) ** 2);
  const upper = difference + Math.sqrt((a[1] - p1) ** 2 + (p2 - b[0]) ** 2);
  return { difference, ci95: [Math.max(-1, lower), Math.min(1, upper)] };
}
