import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";

/** House rules that a reviewer would otherwise have to remember. */
function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files(path, out);
    else out.push(path);
  }
  return out;
}

const SQL =
  /\b(SELECT\s+[\w*(]|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|DATABASE))/;

describe("conventions", () => {
  it("keeps SQL in repositories, migrations and the db folder only", () => {
    const offenders = files("src")
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".test.ts") && !f.endsWith(".test.tsx"))
      .filter((f) => !f.endsWith(".repository.ts") && !f.startsWith(join("src", "db")))
      .filter((f) => SQL.test(readFileSync(f, "utf8")));
    assert.deepEqual(offenders, []);
  });

  it("never edits a released migration: names are numbered and unique", () => {
    const names = readdirSync(join("src", "db", "migrations"));
    const numbers = names.map((n) => n.slice(0, 4));
    assert.ok(names.every((n) => /^\d{4}-[a-z0-9-]+\.sql$/.test(n)));
    assert.equal(new Set(numbers).size, numbers.length);
  });
});
