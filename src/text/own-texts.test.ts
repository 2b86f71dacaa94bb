import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { BUILTIN_INSTRUMENTS } from "../instrument/builtin/index.js";
import { itemsOf } from "../instrument/instrument.js";
import { projectPath } from "../paths.js";
import { ANONYMITY_TEXT } from "../respondent/consent-page.js";
import { RESPONDENT_TEXTS } from "../respondent/respondent-layout.js";
import { checkMessage } from "./check/index.js";

/**
 * Rapport's own words must pass Rapport's own communication check: what respondents read
 * (consent, help, questions, kind pages) and the README's opening.
 */
const MIN_SCORE = 70;

function assertPlain(label: string, text: string): void {
  const result = checkMessage(text);
  assert.deepEqual(result.blame, [], `${label} blames someone`);
  assert.equal(result.fear.flag, false, `${label} frightens without saying what to do`);
  assert.ok(
    result.score >= MIN_SCORE,
    `${label} scores ${result.score} (< ${MIN_SCORE}): ${result.suggestions.join(" ")}`,
  );
}

describe("Rapport's own texts pass its own check", () => {
  it("the pages respondents see", () => {
    assertPlain("the respondent pages", RESPONDENT_TEXTS.join("\n\n"));
    assertPlain("the anonymity promise", ANONYMITY_TEXT.replace("{min}", "5"));
  });

  for (const definition of BUILTIN_INSTRUMENTS) {
    it(`the questionnaire ${definition.code}`, () => {
      const parts = [definition.intro ?? "", definition.description ?? ""];
      for (const section of definition.sections)
        parts.push(section.title, section.description ?? "");
      for (const item of itemsOf(definition)) parts.push(item.text, item.help ?? "");
      assertPlain(definition.code, parts.filter((p) => p.trim() !== "").join("\n\n"));
    });
  }

  it("the README's opening", () => {
    const readme = readFileSync(projectPath("README.md"), "utf8");
    const opening =
      readme
        .split("\n## ")[0]
        ?.replace(/```[\s\S]*?```/g, "")
        .replace(/!\[[^\]]*\]\([^)]*\)|<img[^>]*>/g, "") ?? "";
    assertPlain("the README", opening);
  });
});
