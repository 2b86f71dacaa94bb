import type { Token } from "./nlp.js";

/**
 * Sentences whose words the answer takes back: a question answered by a flat "no" ("Are they
 * approachable? No."), and praise closed by a one-word "Not.". Cues in them do not count.
 */
const FLAT_NO = new Set(["no", "not", "never", "nope", "nah", "hardly"]);

export function findDenials(tokens: readonly Token[]): Set<number> {
  const denied = new Set<number>();
  // The last word of each sentence, found once: looking ahead from every "?" would take
  // quadratic time on hostile input made of questions.
  const lastWordAt = new Map<number, number>();
  tokens.forEach((t, k) => {
    if (t.kind === "word") lastWordAt.set(t.sentence, k);
  });
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.value !== "?") continue;
    let j = k + 1;
    while (j < tokens.length && tokens[j]!.kind !== "word") j++;
    const next = tokens[j];
    if (!next || !FLAT_NO.has(next.norm)) continue;
    // The splitter sometimes keeps a bare "No." in the question's sentence; then the answer
    // is the question's last word, and nothing else in that sentence escapes the denial.
    const bare = next.sentence === t.sentence && lastWordAt.get(t.sentence) === j;
    if (next.sentence !== t.sentence || bare) denied.add(t.sentence);
  }
  // Sarcasm closed by a one-word sentence: "Really looking forward to it. Not."
  const wordsIn = new Map<number, number>();
  const lastWord = new Map<number, string>();
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    wordsIn.set(t.sentence, (wordsIn.get(t.sentence) ?? 0) + 1);
    lastWord.set(t.sentence, t.norm);
  }
  for (const [s, n] of wordsIn) {
    if (n === 1 && s > 0 && lastWord.get(s) === "not") denied.add(s - 1);
  }
  return denied;
}
