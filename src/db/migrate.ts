import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { RapportError } from "../errors.js";
import { projectPath } from "../paths.js";
import type { Database, Queryable } from "./database.js";

/**
 * Numbered plain-SQL migrations, applied in order, each in its own transaction and recorded
 * with a checksum. The same files run on PGlite and on a PostgreSQL server. A migration that
 * was edited after it ran is refused: released migrations are never changed, only added to.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const MIGRATIONS_DIR = projectPath("src", "db", "migrations");
// Any constant works; it keeps two servers starting together from migrating at once.
const MIGRATION_LOCK_KEY = 7_204_311;

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  return files.map((file) => {
    const match = /^(\d{4})-([a-z0-9-]+)\.sql$/.exec(file);
    if (!match) throw new Error(`Migration file name ${file} must look like 0001-name.sql`);
    const sql = readFileSync(`${dir}/${file}`, "utf8");
    return {
      version: Number(match[1]),
      name: match[2] ?? file,
      sql,
      checksum: createHash("sha256").update(sql).digest("hex"),
    };
  });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migration (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

interface Applied {
  version: number;
  checksum: string;
}

async function appliedMigrations(db: Queryable): Promise<Map<number, string>> {
  const rows = await db.query<Applied>("SELECT version, checksum FROM schema_migration");
  return new Map(rows.map((r) => [r.version, r.checksum]));
}

/** Applies pending migrations; returns the versions applied now. */
export async function migrate(db: Database, migrations = loadMigrations()): Promise<number[]> {
  await db.exec(CREATE_TABLE);
  const done: number[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      if (db.backend === "postgres") {
        await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK_KEY]);
      }
      const applied = await appliedMigrations(tx);
      const checksum = applied.get(migration.version);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new RapportError(
            "migration_changed",
            `Migration ${migration.version} (${migration.name}) was changed after it was applied to ${db.location}. ` +
              "Released migrations must not be edited: restore the file and add a new migration instead.",
          );
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query("INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)", [
        migration.version,
        migration.name,
        migration.checksum,
      ]);
      return true;
    });
    if (ran) done.push(migration.version);
  }
  return done;
}
