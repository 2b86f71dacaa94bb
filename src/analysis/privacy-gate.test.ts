import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { effectiveMinimum, gateGroups } from "./privacy-gate.js";

const hidden = (decisions: ReturnType<typeof gateGroups>) =>
  decisions.filter((d) => d.suppressed).map((d) => d.key);

describe("privacy gate", () => {
  it("shows every group at or above the minimum", () => {
    assert.deepEqual(
      hidden(
        gateGroups(
          [
            { key: "a", n: 5 },
            { key: "b", n: 40 },
          ],
          5,
        ),
      ),
      [],
    );
  });

  it("hides a group of 3 and, since it is the only one, the next smallest too", () => {
    const decisions = gateGroups(
      [
        { key: "retail", n: 40 },
        { key: "mining", n: 3 },
        { key: "services", n: 12 },
      ],
      5,
    );
    assert.deepEqual(hidden(decisions), ["mining", "services"]);
    assert.equal(decisions.find((d) => d.key === "services")?.reason, "secondary");
  });

  it("needs no secondary suppression when two groups are already hidden", () => {
    const decisions = gateGroups(
      [
        { key: "a", n: 2 },
        { key: "b", n: 4 },
        { key: "c", n: 30 },
        { key: "d", n: 31 },
      ],
      5,
    );
    assert.deepEqual(hidden(decisions), ["a", "b"]);
  });

  it("treats respondents without a value as a group of their own", () => {
    assert.deepEqual(
      hidden(
        gateGroups(
          [
            { key: null, n: 1 },
            { key: "x", n: 9 },
            { key: "y", n: 8 },
          ],
          5,
        ),
      ),
      [null, "y"],
    );
  });

  it("breaks ties between equally small groups by name, so the choice is stable", () => {
    const groups = [
      { key: "zeta", n: 6 },
      { key: "alpha", n: 6 },
      { key: "tiny", n: 1 },
    ];
    assert.deepEqual(hidden(gateGroups(groups, 5)), ["alpha", "tiny"]);
    assert.deepEqual(hidden(gateGroups([...groups].reverse(), 5)), ["tiny", "alpha"]);
  });

  it("hides a lone small group even when it is the only group", () => {
    assert.deepEqual(hidden(gateGroups([{ key: "only", n: 4 }], 5)), ["only"]);
  });

  it("never lets the minimum fall below 3", () => {
    assert.equal(effectiveMinimum(1), 3);
    assert.equal(effectiveMinimum(0), 3);
    assert.equal(effectiveMinimum(Number.NaN), 5);
    assert.deepEqual(
      hidden(
        gateGroups(
          [
            { key: "two", n: 2 },
            { key: "big", n: 50 },
            { key: "mid", n: 9 },
          ],
          1,
        ),
      ),
      ["two", "mid"],
    );
  });

  it("handles no groups at all", () => {
    assert.deepEqual(gateGroups([], 5), []);
  });
});
