import { writeFileSync } from "node:fs";
import { smeSecurityPractices } from "../src/instrument/builtin/sme-security-practices.js";
import { itemsOf, optionsOf } from "../src/instrument/instrument.js";

/** A deterministic synthetic CSV of `rows` respondents answering the 12 closed SME items. */
export const BENCH_ITEMS = itemsOf(smeSecurityPractices).filter((i) => i.type !== "open_text");

export function writeBenchCsv(path: string, rows: number): void {
  const sectors = ["retail", "services", "manufacturing"];
  const bands = ["micro", "small", "medium"];
  const communities = ["employees", "management", "it_security"];
  const groups = ["Sales", "Office", "Workshop", "Finance"];
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const lines = [
    [
      "respondent_id",
      "organisation",
      "sector",
      "size_band",
      "community",
      "group",
      ...BENCH_ITEMS.map((i) => i.code),
    ].join(","),
  ];
  for (let r = 0; r < rows; r++) {
    const firm = r % 50;
    const answers = BENCH_ITEMS.map((item) => {
      const codes = optionsOf(item).map((o) => o.code);
      return next() < 0.05 ? "" : codes[Math.floor(next() * codes.length)];
    });
    lines.push(
      [
        `r${r}`,
        `Firm ${firm}`,
        sectors[firm % 3],
        bands[firm % 3],
        communities[r % 7 === 0 ? 1 : r % 11 === 0 ? 2 : 0],
        groups[r % 4],
        ...answers,
      ].join(","),
    );
  }
  writeFileSync(path, `${lines.join("\n")}\n`);
}
