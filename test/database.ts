import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Database } from "../src/db/database.js";
import { migrate } from "../src/db/migrate.js";
import { openPgliteInMemory } from "../src/db/pglite.js";
import { openPostgres } from "../src/db/postgres.js";

/**
 * Every test file gets a database of its own, already migrated: on PGlite a copy of a migrated
 * template (loaded from a dump that scripts/test.ts wrote), on PostgreSQL a database created
 * from a template database. The backend is chosen by RAPPORT_TEST_BACKEND.
 */
export type Backend = "pglite" | "postgres";

export function testBackend(): Backend {
  return process.env.RAPPORT_TEST_BACKEND === "postgres" ? "postgres" : "pglite";
}

export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? "postgres://127.0.0.1:5432/test";
}

export function urlForDatabase(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function freshDatabase(): Promise<Database> {
  if (testBackend() === "postgres") return freshPostgres();
  const template = process.env.RAPPORT_TEST_PGLITE_TEMPLATE;
  if (template) {
    const bytes = readFileSync(template);
    return openPgliteInMemory(new Blob([bytes]));
  }
  const db = await openPgliteInMemory();
  await migrate(db);
  return db;
}

async function freshPostgres(): Promise<Database> {
  const name = `rapport_t_${randomBytes(6).toString("hex")}`;
  const admin = await openPostgres(adminUrl());
  try {
    const template = process.env.RAPPORT_TEST_PG_TEMPLATE;
    await admin.exec(
      template ? `CREATE DATABASE ${name} TEMPLATE ${template}` : `CREATE DATABASE ${name}`,
    );
  } finally {
    await admin.close();
  }
  const db = await openPostgres(urlForDatabase(name));
  if (!process.env.RAPPORT_TEST_PG_TEMPLATE) await migrate(db);
  const close = db.close.bind(db);
  return Object.assign(db, {
    async close() {
      await close();
      const cleanup = await openPostgres(adminUrl());
      try {
        await cleanup.exec(`DROP DATABASE IF EXISTS ${name}`);
      } finally {
        await cleanup.close();
      }
    },
  });
}
