/**
 * "Did you mean ...?" for codes people type from memory: the known code closest to what was
 * typed, by edit distance, also matching the part after the dot (know_guidance finds
 * participants.know_guidance).
 */
export function closestCode(typed: string, known: readonly string[]): string | undefined {
  const wanted = typed
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  if (wanted === "") return undefined;
  let best: { code: string; distance: number } | undefined;
  for (const code of known) {
    const tail = code.slice(code.indexOf(".") + 1);
    const distance = Math.min(editDistance(wanted, code), editDistance(wanted, tail));
    if (best === undefined || distance < best.distance) best = { code, distance };
  }
  // Far-off guesses mislead more than they help.
  if (best === undefined || best.distance > Math.max(2, Math.ceil(wanted.length * 0.4)))
    return undefined;
  return best.code;
}

/** Levenshtein distance; inputs are short codes, so the plain two-row version is enough. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // Codes are at most 100 characters; anything longer is not a typo of one.
  if (a.length > 200 || b.length > 200) return Math.max(a.length, b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
