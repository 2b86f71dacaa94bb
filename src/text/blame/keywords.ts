/**
 * The keyword method of the practitioner study (paper 004): a statement is a candidate when it
 * mentions Employee, Human, User, Weakest, Error or Insider. Matched on a light word stem so
 * that plurals and possessives count ("employees", "user's") but "inside" or "username" do not.
 */
export const BLAME_KEYWORDS = ["employee", "human", "user", "weakest", "error", "insider"] as const;

export type BlameKeyword = (typeof BLAME_KEYWORDS)[number];

const STEMS: ReadonlyMap<string, BlameKeyword> = new Map(BLAME_KEYWORDS.map((k) => [k, k]));

/** Lower case, then drop a plural or possessive ending: "employees'" -> "employee". */
function lightStem(word: string): string {
  const w = word.toLowerCase().replace(/['\u2019]s?$/, "");
  if (w.endsWith("ies") && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith("s") && !w.endsWith("ss") && w.length > 3) return w.slice(0, -1);
  return w;
}

/** Keywords in order of first appearance, each once. */
export function keywordHits(text: string): BlameKeyword[] {
  const out: BlameKeyword[] = [];
  if (typeof text !== "string") return out;
  // Letters only, so "end-users" gives "end" and "users", and HTML or emoji are skipped.
  for (const m of text.matchAll(/\p{L}+(?:['\u2019]\p{L}*)?/gu)) {
    const k = STEMS.get(lightStem(m[0]));
    if (k && !out.includes(k)) {
      out.push(k);
      if (out.length === BLAME_KEYWORDS.length) break;
    }
  }
  return out;
}
