import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { nameKey, parseCommunity, parseSector, parseSizeBand } from "./organisation.js";

describe("reading organisation attributes", () => {
  it("reads size bands, headcounts and headcount ranges (EU bands)", () => {
    const cases: [string, string | undefined][] = [
      ["Small", "small"],
      [" MEDIUM ", "medium"],
      ["9", "micro"],
      ["10", "small"],
      ["49", "small"],
      ["50", "medium"],
      ["249", "medium"],
      ["250", "large"],
      ["10-49", "small"],
      ["1 - 9", "micro"],
      ["250+", "large"],
      ["10-250", undefined],
      ["0", undefined],
      ["huge", undefined],
      ["-5", undefined],
    ];
    for (const [raw, band] of cases) assert.equal(parseSizeBand(raw), band, raw);
  });

  it("reads communities in the ways people write them", () => {
    assert.equal(parseCommunity("Employees"), "employees");
    assert.equal(parseCommunity("IT-Security"), "it_security");
    assert.equal(parseCommunity("security staff"), "it_security");
    assert.equal(parseCommunity("Managers"), "management");
    assert.equal(parseCommunity("interns"), undefined);
  });

  it("makes sector slugs and name keys", () => {
    assert.equal(parseSector("Financial Services"), "financial-services");
    assert.equal(parseSector("Retail & Wholesale"), "retail-and-wholesale");
    assert.equal(parseSector("Électricité"), "electricite");
    assert.equal(parseSector("!!!"), undefined);
    assert.equal(nameKey("  ACME   Ltd "), "acme ltd");
  });
});
