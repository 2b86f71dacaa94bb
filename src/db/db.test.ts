import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { freshDatabase } from "../../test/database.js";
import { projectPath } from "../paths.js";
import type { Database } from "./database.js";
import { sqlState } from "./database.js";
import { loadMigrations, migrate } from "./migrate.js";
import { openPglite } from "./pglite.js";
import { describeSchema } from "./schema-dump.js";

describe("database", () => {
  let db: Database;
  before(async () => {
    db = await freshDatabase();
  });
  after(async () => {
    await db.close();
  });

  it("matches the committed schema dump (run npm run schema:dump after adding a migration)", async () => {
    const committed = readFileSync(projectPath("src", "db", "schema.sql"), "utf8");
    assert.equal(await describeSchema(db), committed);
  });

  it("records every migration once and applies nothing twice", async () => {
    const rows = await db.query<{ version: number }>(
      "SELECT version FROM schema_migration ORDER BY version",
    );
    assert.deepEqual(
      rows.map((r) => r.version),
      loadMigrations().map((m) => m.version),
    );
    assert.deepEqual(await migrate(db), []);
  });

  it("refuses a migration that was edited after it was applied", async () => {
    const edited = loadMigrations().map((m, i) =>
      i === 0 ? { ...m, checksum: "0".repeat(64) } : m,
    );
    await assert.rejects(migrate(db, edited), (error: Error) => {
      assert.match(error.message, /was changed after it was applied/);
      return true;
    });
  });

  it("rolls a failed transaction back completely", async () => {
    await assert.rejects(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO workspace (slug, name) VALUES ('rollback-me', 'x')");
        await tx.query("INSERT INTO workspace (slug, name) VALUES ('rollback-me', 'x')");
      }),
      (error: unknown) => sqlState(error) === "23505",
    );
    const rows = await db.query("SELECT 1 FROM workspace WHERE slug = 'rollback-me'");
    assert.equal(rows.length, 0);
  });

  it("returns counts as numbers and dates as plain day strings on both backends", async () => {
    const [row] = await db.query<{ n: unknown; d: unknown; x: unknown }>(
      "SELECT count(*) AS n, DATE '2026-03-01' AS d, 2.5::numeric AS x",
    );
    assert.deepEqual(row, { n: 1, d: "2026-03-01", x: 2.5 });
  });

  it("runs a prepared statement many times, in and out of transactions, with the same answers", async () => {
    const sql = "SELECT $1::int + $2::int AS sum, $3::text AS label";
    const plain = await db.query<{ sum: number; label: string }>(sql, [2, 3, "a"]);
    for (let i = 0; i < 5; i++) {
      const rows = await db.query<{ sum: number; label: string }>(sql, [2, 3, "a"], {
        prepare: true,
      });
      assert.deepEqual(rows, plain);
    }
    const inside = await db.transaction((tx) =>
      tx.query<{ sum: number }>(sql, [40, 2, "b"], { prepare: true }),
    );
    assert.equal(inside[0]?.sum, 42);
    // Two texts, two statements: a second prepared text does not reuse the first's plan.
    const other = await db.query<{ n: number }>("SELECT $1::int * 2 AS n", [21], { prepare: true });
    assert.equal(other[0]?.n, 42);
  });

  it("gives a prepared statement arrays and nulls, and stays usable after it fails", async () => {
    const sql = "SELECT t.a, t.b FROM unnest($1::text[], $2::float8[]) AS t(a, b) ORDER BY t.a";
    const rows = await db.query<{ a: string; b: number | null }>(
      sql,
      [
        ["x", "it's", "ü"],
        [1.5, null, 3],
      ],
      { prepare: true },
    );
    assert.deepEqual(rows, [
      { a: "it's", b: null },
      { a: "x", b: 1.5 },
      { a: "ü", b: 3 },
    ]);
    await assert.rejects(db.query("SELECT 1 / $1::int AS n", [0], { prepare: true }), (error) =>
      /division by zero/.test(String(error)),
    );
    // The failure ended cleanly: the same statement and others still run, also side by side.
    const [again] = await db.query<{ n: number }>("SELECT 1 / $1::int AS n", [1], {
      prepare: true,
    });
    assert.equal(again?.n, 1);
    const both = await Promise.all([
      db.query<{ n: number }>("SELECT $1::int AS n", [7], { prepare: true }),
      db.transaction((tx) => tx.query<{ n: number }>("SELECT $1::int AS n", [8])),
      db.query<{ n: number }>("SELECT $1::int AS n", [9], { prepare: true }),
    ]);
    assert.deepEqual(
      both.map((r) => r[0]?.n),
      [7, 8, 9],
    );
  });

  it("refuses to change an instrument version once written", async () => {
    const [ws] = await db.query<{ id: string }>(
      "INSERT INTO workspace (slug, name) VALUES ('immutable', 'x') RETURNING id",
    );
    const [ins] = await db.query<{ id: string }>(
      "INSERT INTO instrument (workspace_id, code) VALUES ($1, 'q') RETURNING id",
      [ws?.id],
    );
    await db.query(
      `INSERT INTO instrument_version (workspace_id, instrument_id, version, title, definition, checksum)
       VALUES ($1, $2, 1, 't', '{}', 'c')`,
      [ws?.id, ins?.id],
    );
    await assert.rejects(
      db.query("UPDATE instrument_version SET title = 'changed'"),
      (error: unknown) => sqlState(error) === "RA001",
    );
  });

  it("refuses a row that points into another workspace", async () => {
    const [a] = await db.query<{ id: string }>(
      "INSERT INTO workspace (slug, name) VALUES ('tenant-a', 'A') RETURNING id",
    );
    const [b] = await db.query<{ id: string }>(
      "INSERT INTO workspace (slug, name) VALUES ('tenant-b', 'B') RETURNING id",
    );
    const [org] = await db.query<{ id: string }>(
      "INSERT INTO organisation (workspace_id, name, name_key) VALUES ($1, 'Firm', 'firm') RETURNING id",
      [a?.id],
    );
    await assert.rejects(
      db.query(
        "INSERT INTO org_group (workspace_id, organisation_id, name, name_key) VALUES ($1, $2, 'g', 'g')",
        [b?.id, org?.id],
      ),
      (error: unknown) => sqlState(error) === "23503",
    );
  });
});

describe("embedded database directory", () => {
  it("gives a second process a clear error instead of opening the same directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-lock-"));
    try {
      // Our own pid is alive, so a lock naming it stands for "another live process".
      writeFileSync(join(dir, "rapport.lock"), JSON.stringify({ pid: process.ppid }));
      await assert.rejects(openPglite(dir, "./data"), (error: Error) => {
        assert.match(error.message, /in use by another Rapport process/);
        assert.match(error.message, /DATABASE_URL/);
        return true;
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes over a lock left by a process that no longer exists", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rapport-lock-"));
    try {
      writeFileSync(join(dir, "rapport.lock"), JSON.stringify({ pid: 2 ** 22 + 12345 }));
      const db = await openPglite(dir);
      const [row] = await db.query<{ one: number }>("SELECT 1 AS one");
      assert.equal(row?.one, 1);
      await db.close();
      assert.throws(() => readFileSync(join(dir, "rapport.lock")), /ENOENT/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
