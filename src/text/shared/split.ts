/**
 * Deterministic train / dev / test assignment from a stable hash of the text, so that the split
 * never depends on file order and a statement can never sit in two splits.
 * 25% test (never used for training or tuning), 15% dev (for looking at errors), 60% train.
 */
export type Split = "train" | "dev" | "test";

/** 32-bit FNV-1a over UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function splitOf(text: string): Split {
  const bucket = fnv1a(text.trim().toLowerCase()) % 100;
  if (bucket < 25) return "test";
  if (bucket < 40) return "dev";
  return "train";
}
