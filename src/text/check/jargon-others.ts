// Security messages written for Rapport by other authors, each with the words its author marked
// as a plain-language editor would (session 17), kept as JSON lines in ./others. None of the
// authors saw the glossary or our own evaluation set; each had a one-page brief asking for about
// 60 staff messages in a given setting, a sixth of them without jargon, with everyday words in
// their plain sense as decoys. Editors differ (one marks "server" or "phishing", another leaves
// them alone), so these sets measure the check against other people's judgement, not ours.
// Sets JA and JB were scored before the glossary grew and then guided it; JC and JD were scored
// once before their misses were read, JE and JF when the glossary had grown once, and JG and JH
// when it had grown twice. JI to JN (session 18) came from a brief that also asked for hurried
// writers' shorthand, chat idiom and config snippets: JI, JJ and JL were scored and then read,
// JK, JM and JN scored once after a first round of changes and then read, and JO and JP scored
// once when the session's changes were done (the figures are in docs/decisions.md). Read by the
// tests and the bench only.
import { readFileSync } from "node:fs";
import { projectPath } from "../../paths.js";
import type { JargonSample } from "./jargon-eval-set.js";

export const OTHER_SETS = [
  "ja",
  "jb",
  "jc",
  "jd",
  "je",
  "jf",
  "jg",
  "jh",
  "ji",
  "jj",
  "jk",
  "jl",
  "jm",
  "jn",
  "jo",
  "jp",
] as const;

function isSample(x: unknown): x is JargonSample {
  if (typeof x !== "object" || x === null) return false;
  const { id, text, jargon } = x as Partial<JargonSample>;
  return (
    typeof id === "string" &&
    typeof text === "string" &&
    Array.isArray(jargon) &&
    jargon.every((w) => typeof w === "string" && w.length > 0 && text.includes(w))
  );
}

/** Messages as JSON lines; a line that is not a message stops with its file and line number. */
export function parseSamples(jsonl: string, file: string): JargonSample[] {
  return jsonl.split("\n").flatMap((line, i) => {
    if (line.trim() === "") return [];
    let sample: unknown;
    try {
      sample = JSON.parse(line);
    } catch {
      sample = undefined;
    }
    if (!isSample(sample)) throw new Error(`${file}:${i + 1} is not a message with its jargon`);
    return [sample];
  });
}

export function otherSet(name: (typeof OTHER_SETS)[number]): JargonSample[] {
  const file = projectPath("src", "text", "check", "others", `${name}.jsonl`);
  return parseSamples(readFileSync(file, "utf8"), file);
}
