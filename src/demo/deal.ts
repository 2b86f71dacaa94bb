import { type Random, shuffle } from "./prng.js";

/** An answer option and how many respondents must give it. */
export type Quota = readonly [option: string, count: number];

/**
 * Gives every id one option so that each option goes to exactly its quota, highest scores first
 * (the first quota goes to the best-scoring ids). Exact quotas are what make the demo reproduce
 * the papers' percentages; the scores are what make answers hang together (trained people more
 * often aware, better firms better everywhere) instead of being sprinkled at random.
 */
export function dealByScore(
  ids: readonly number[],
  score: (id: number) => number,
  quotas: readonly Quota[],
): Map<number, string> {
  const total = quotas.reduce((sum, [, count]) => sum + count, 0);
  if (total !== ids.length) {
    throw new Error(`quotas add up to ${total} but there are ${ids.length} respondents`);
  }
  // Scores are taken once, in id order, so a score that draws random numbers stays reproducible.
  const scored = ids.map((id) => ({ id, score: score(id) }));
  scored.sort((a, b) => b.score - a.score || a.id - b.id);
  const out = new Map<number, string>();
  let next = 0;
  for (const [option, count] of quotas) {
    for (let k = 0; k < count; k++) {
      const entry = scored[next++];
      if (entry) out.set(entry.id, option);
    }
  }
  return out;
}

/**
 * Hands out the texts of a pool in a shuffled order, each entry at most once, and fails loudly
 * when the pool runs dry: a silent repeat of a long answer would make the demo read as fake.
 * Short stock answers ("None", "n/a") that real people repeat are listed more than once instead.
 */
export function drawer(pool: readonly string[], random: Random, label: string): () => string {
  const order = shuffle(pool, random);
  let next = 0;
  return () => {
    const text = order[next++];
    if (text === undefined) throw new Error(`the ${label} pool has only ${pool.length} texts`);
    return text;
  };
}

/** Picks `count` ids at random (order of the result is the shuffled order). */
export function pickIds(ids: readonly number[], count: number, random: Random): number[] {
  if (count > ids.length) throw new Error(`cannot pick ${count} of ${ids.length}`);
  return shuffle(ids, random).slice(0, count);
}
