// checkMessage: the communication check for one security message.
import { analyse } from "./analyse.js";
import { findBlame } from "./blame.js";
import { findCommandsWithoutReasons } from "./commands.js";
import { checkFear } from "./fear.js";
import { findJargon } from "./jargon.js";
import { findPassive } from "./passive.js";
import { readability } from "./readability.js";
import { type Findings, penalties, scoreFrom, suggestionsFor } from "./score.js";
import type { MessageCheck } from "./types.js";

function emptyCheck(): MessageCheck {
  return {
    readability: {
      flesch: 0,
      grade: 0,
      words: 0,
      sentences: 0,
      avg_sentence_length: 0,
      long_sentences: [],
    },
    jargon: [],
    blame: [],
    fear: { threat: false, efficacy: false, flag: false, evidence: [] },
    passive: [],
    commands_without_reasons: [],
    score: 0,
    suggestions: [],
  };
}

/**
 * Checks how a security message (email, policy page, training text) will read to staff.
 * Pure and synchronous; offsets are string indices into `text`, end exclusive.
 */
export function checkMessage(text: string): MessageCheck {
  if (text.trim() === "") return emptyCheck();
  const analysis = analyse(text);
  const findings: Findings = {
    readability: readability(analysis),
    jargon: findJargon(text),
    blame: findBlame(text),
    fear: checkFear(analysis),
    passive: findPassive(analysis),
    commands_without_reasons: findCommandsWithoutReasons(analysis),
  };
  const p = penalties(analysis, findings);
  return { ...findings, score: scoreFrom(p), suggestions: suggestionsFor(text, findings, p) };
}
