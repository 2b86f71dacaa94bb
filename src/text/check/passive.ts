// Passive clauses: a form of "be" (or "get") followed, after optional adverbs, by a past
// participle. wink's tags do not separate past tense from participle, so the participle test
// combines the tag with the word's shape and an irregular list.
import type { Analysis, Token } from "./analyse.js";
import type { TextSpan } from "./types.js";

const IRREGULAR_PARTICIPLES = new Set(
  (
    "done made sent set kept lost stolen shown known given taken written told sold held put " +
    "cut hit left found bought brought caught taught thought built spent met read run won " +
    "shut hurt let paid said seen meant felt heard hidden broken chosen frozen spoken " +
    "forgotten gotten driven ridden eaten fallen beaten bitten blown drawn flown grown thrown " +
    "worn torn sworn born borne shaken woken begun sung swum led fed bred fled lit slid stuck " +
    "struck hung dug spun bound wound ground sought fought bent lent dealt swept understood " +
    "withdrawn overseen undertaken upheld reset upset shed spread forbidden overridden " +
    "rewritten mistaken misled overheard overtaken withheld"
  ).split(" "),
);

// -ed words that describe a state or a feeling rather than an action done to someone.
const ADJECTIVAL = new Set(
  (
    "interested tired worried excited concerned pleased supposed based related dedicated " +
    "experienced advanced sophisticated complicated detailed sacred naked wicked beloved " +
    "crooked rugged ragged hundred kindred aged learned bored scared surprised amazed " +
    "annoyed confused delighted disappointed embarrassed frightened satisfied shocked " +
    "talented skilled qualified limited red bed shed need used"
  ).split(" "),
);

// Modifiers that may sit between the auxiliary and the participle ("is not always checked").
const BETWEEN = new Set(["ADV", "PART"]);
const SUBJECT_TAGS = new Set(["NOUN", "PROPN", "PRON", "DET", "ADJ", "NUM"]);
const NP_OPENERS = new Set(["DET", "PRON"]);
const GET_IDIOMS = new Set(["started", "rid", "used", "dressed", "lost", "involved", "married"]);

function isParticiple(token: Token): boolean {
  const w = token.lower;
  if (ADJECTIVAL.has(w)) return false;
  if (IRREGULAR_PARTICIPLES.has(w)) return true;
  if (!/^\p{L}{3,}ed$/u.test(w)) return false;
  // A verb in -ed whose lemma differs is a real inflection; adjectives in -ed ("informed",
  // "encrypted") are accepted too because wink often tags participles after "be" as ADJ.
  return token.pos === "VERB" || token.pos === "ADJ" || token.lemma !== w;
}

function isBe(token: Token): boolean {
  // wink lemmatises "being" to itself, so the two non-finite forms are listed by hand.
  const be = token.lemma === "be" || token.lower === "being" || token.lower === "been";
  return be && (token.pos === "AUX" || token.pos === "VERB");
}

function isGet(token: Token): boolean {
  return token.lemma === "get" && token.pos === "VERB";
}

/** Passive clauses as spans from the subject to the participle, plus any "by ..." agent. */
export function findPassive(analysis: Analysis): TextSpan[] {
  const { tokens, text } = analysis;
  const out: TextSpan[] = [];
  for (const sentence of analysis.sentences) {
    let k = sentence.first;
    while (k < sentence.last) {
      const aux = tokens[k]!;
      if (!isBe(aux) && !isGet(aux)) {
        k++;
        continue;
      }
      let p = k + 1;
      while (p < sentence.last && (BETWEEN.has(tokens[p]!.pos) || isBe(tokens[p]!))) p++;
      const participle = tokens[p];
      const ok =
        participle !== undefined &&
        p < sentence.last &&
        isParticiple(participle) &&
        !(isGet(aux) && GET_IDIOMS.has(participle.lower));
      if (!ok) {
        k++;
        continue;
      }
      let from = k;
      while (from - 1 >= sentence.first && ["AUX", "PART", "ADV"].includes(tokens[from - 1]!.pos))
        from--;
      // The subject: nouns and adjectives back to a determiner or pronoun, which ends it.
      while (from - 1 >= sentence.first && SUBJECT_TAGS.has(tokens[from - 1]!.pos)) {
        from--;
        if (NP_OPENERS.has(tokens[from]!.pos)) break;
      }
      let to = p;
      if (tokens[p + 1]?.lower === "by") {
        let q = p + 2;
        while (q < sentence.last && SUBJECT_TAGS.has(tokens[q]!.pos)) q++;
        if (q > p + 2) to = q - 1;
      }
      const start = tokens[from]!.start;
      const end = tokens[to]!.end;
      out.push({ start, end, text: text.slice(start, end) });
      k = to + 1;
    }
  }
  return out;
}
