import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyse } from "./analyse.js";
import { findCommandsWithoutReasons } from "./commands.js";

function unexplained(text: string): string[] {
  const spans = findCommandsWithoutReasons(analyse(text));
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  return spans.map((s) => s.text);
}

describe("commands without reasons", () => {
  it("flags bare imperatives and rules", () => {
    assert.deepEqual(unexplained("Lock your screen when you leave your desk."), [
      "Lock your screen when you leave your desk.",
    ]);
    assert.deepEqual(unexplained("Do not share your password."), ["Do not share your password."]);
    assert.deepEqual(unexplained("Never plug in memory sticks you find."), [
      "Never plug in memory sticks you find.",
    ]);
    assert.deepEqual(unexplained("Passwords must be at least 14 characters."), [
      "Passwords must be at least 14 characters.",
    ]);
    assert.deepEqual(unexplained("You are required to complete the training by Friday."), [
      "You are required to complete the training by Friday.",
    ]);
    assert.deepEqual(unexplained("Report suspicious emails to the service desk."), [
      "Report suspicious emails to the service desk.",
    ]);
  });

  it("accepts a reason in the same sentence", () => {
    for (const text of [
      "Lock your screen, because anyone passing could read your email.",
      "Back up your files so you don't lose work.",
      "Always use the VPN on public Wi-Fi to keep your connection private.",
      "Passwords must be long so that they are hard to guess.",
      "Do not share your password, otherwise we cannot tell who did what.",
    ]) {
      assert.deepEqual(unexplained(text), [], text);
    }
  });

  it("accepts a reason in the next sentence, unless that is another instruction", () => {
    assert.deepEqual(
      unexplained("Update your laptop tonight. This stops attackers using old flaws."),
      [],
    );
    assert.deepEqual(
      unexplained("Lock your screen. Report odd emails, because that lets us warn everyone."),
      ["Lock your screen."],
    );
  });

  it("finds instructions after a leading clause", () => {
    assert.deepEqual(unexplained("If you spot a fake email, forward it to the service desk."), [
      "If you spot a fake email, forward it to the service desk.",
    ]);
  });

  it("ignores questions, statements, thanks and offers of help", () => {
    for (const text of [
      "Could you check your settings?",
      "We changed the Wi-Fi password on Monday.",
      "Thank you for reporting it.",
      "Report is due on Monday.",
      "Questions? Call Sam on extension 214.",
      "Back in March we moved offices.",
    ]) {
      assert.deepEqual(unexplained(text), [], text);
    }
  });
});
