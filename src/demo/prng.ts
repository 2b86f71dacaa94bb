/**
 * The demo data must come out the same on every run and every machine, so that screenshots,
 * tests and walkthroughs can point at fixed numbers. Math.random cannot be seeded; mulberry32
 * can, fits in a few lines and is plenty for dealing out survey answers (it is not for secrets).
 */
export type Random = () => number;

/** A generator of floats in [0, 1) fully determined by `seed`. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates on a copy, so callers' arrays (often shared constants) stay untouched. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const held = out[i] as T;
    out[i] = out[j] as T;
    out[j] = held;
  }
  return out;
}

/**
 * A standard normal draw (Box-Muller). Latent traits of firms and people are easier to reason
 * about on a bell curve than on a flat one: most are middling, a few stand out.
 */
export function normal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/**
 * Derives an independent seed for one part of the demo (FNV-1a over the label, mixed with the
 * base seed). Giving each part its own stream means that adding a text to one pool does not
 * reshuffle every answer dealt after it.
 */
export function seedFor(seed: number, label: string): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
