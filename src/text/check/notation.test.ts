import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findJargon } from "./jargon.js";
import { findNotation } from "./notation.js";

const found = (text: string) => findNotation(text).map((n) => text.slice(n.start, n.end));

describe("technical notation in a message", () => {
  it("marks addresses, ports, paths, settings and codes with offsets and a suggestion", () => {
    const text =
      "Allow 10.20.1.15 to 10.30.0.0/24 on TCP/102 and port 3389, map \\\\print01\\Ricoh-Secure, " +
      "save to C:\\Users\\Shared or the S: drive, set p=quarantine, error AADSTS50105, " +
      "expect 503s, a 125kHz badge, 802.1X sign-in, and mail accounts@ today.";
    assert.deepEqual(found(text), [
      "10.20.1.15",
      "10.30.0.0/24",
      "TCP/102",
      "port 3389",
      "\\\\print01\\Ricoh-Secure",
      "C:\\Users\\Shared",
      "S: drive",
      "p=quarantine",
      "AADSTS50105",
      "503s",
      "125kHz",
      "802.1X",
      "accounts@",
    ]);
    assert.deepEqual(
      found(
        "Use smtp.office365.com:587 and outbound 443, clear %AppData%\\Local\\Temp, block " +
          "/wp-login.php and invoice.pdf.exe, grant read_customers and Mail.ReadWrite, in v2. " +
          "Blocked: login-secure[.]com/x.",
      ),
      [
        "smtp.office365.com:587",
        "outbound 443",
        "%AppData%\\Local\\Temp",
        "/wp-login.php",
        "invoice.pdf.exe",
        "read_customers",
        "Mail.ReadWrite",
        "v2",
        "login-secure[.]com/x",
      ],
    );
    for (const n of findNotation(text)) {
      assert.equal(text.slice(n.start, n.end), n.term);
      assert.ok(n.suggestion.length > 10);
    }
  });

  it("leaves alone dates, times, prices, fractions, pairs of words and plain numbers", () => {
    assert.deepEqual(
      found(
        "On 12.03.2025 at 10:30 the £1,250.00 refund, 24/7 cover and/or HR/Finance help, " +
          "room 503, version 2.1, 1 in 3 staff, call 0161 496 0000, A4 paper, x = y. " +
          "Dr.Who and Mr. Smith, all done.Please reply, e.g. today, TV2 news.",
      ),
      [],
    );
  });

  it("leaves web and email addresses to themselves", () => {
    assert.deepEqual(
      found("See https://intranet.example.org/it/help?id=5&p=2 or help.example.co.uk/a/b."),
      [],
    );
    assert.deepEqual(found("Write to accounts@example.org or it@example.org."), []);
    assert.deepEqual(found("Open intranet/help or /etc/passwd"), ["/etc/passwd"]);
    // Pasted markup: its attributes are not the writer's words.
    assert.deepEqual(found('<img src=x onerror=alert(1)> Set p=reject. <a href="/a/b">'), [
      "p=reject",
    ]);
  });

  it("is one finding where a glossary word stands inside it", () => {
    const text = "We closed port 8080 on the router.";
    const hits = findJargon(text).filter((j) => j.start < text.indexOf("router"));
    assert.deepEqual(
      hits.map((j) => text.slice(j.start, j.end)),
      ["port 8080"],
    );
  });

  it("handles empty, huge and hostile text", () => {
    assert.deepEqual(findNotation(""), []);
    const huge = "Plain words only. ".repeat(50_000);
    assert.deepEqual(findNotation(huge), []);
    const many = "Block 10.0.0.1 now. ".repeat(2_000);
    assert.equal(findNotation(many).length, 2_000);
    // Long runs of the characters the patterns use must not take long to reject.
    assert.deepEqual(found(`${"a=".repeat(5_000)}`).length <= 1, true);
    assert.deepEqual(found(`${"\\\\".repeat(5_000)}`), []);
    assert.deepEqual(found(`${"1.".repeat(5_000)}`), []);
  });
});
