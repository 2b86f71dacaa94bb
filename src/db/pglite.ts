import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite, type Transaction, types } from "@electric-sql/pglite";
import type { Database, Queryable } from "./database.js";
import { type DirectoryLock, lockDataDirectory } from "./lock.js";

/** Same value shapes as the pg driver is configured to give (see postgres.ts). */
const parsers = {
  [types.INT8]: (value: string) => Number(value),
  [types.NUMERIC]: (value: string) => Number(value),
  [types.DATE]: (value: string) => value,
};

function wrap(target: PGlite | Transaction): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(sql, [...params]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

class PgliteDatabase implements Database {
  readonly backend = "pglite";
  private readonly inner: Queryable;

  constructor(
    private readonly pg: PGlite,
    readonly location: string,
    private readonly lock: DirectoryLock | undefined,
  ) {
    this.inner = wrap(pg);
  }

  query<T>(sql: string, params?: readonly unknown[]): Promise<T[]> {
    return this.inner.query<T>(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.inner.exec(sql);
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    // PGlite has one connection; its transaction() queues other work until this one ends.
    return this.pg.transaction((tx) => fn(wrap(tx)));
  }

  async close(): Promise<void> {
    try {
      if (!this.pg.closed) await this.pg.close();
    } finally {
      this.lock?.release();
    }
  }

  /** A snapshot of the whole database, used by tests to copy a migrated template. */
  async dump(): Promise<Blob> {
    return this.pg.dumpDataDir("none");
  }
}

export type { PgliteDatabase };

/** Opens (creating if needed) the embedded database in `dir`, locked to this process. */
export async function openPglite(dir: string, displayDir = dir): Promise<PgliteDatabase> {
  mkdirSync(dir, { recursive: true });
  const lock = lockDataDirectory(dir, displayDir);
  try {
    const pg = await PGlite.create({ dataDir: join(dir, "pgdata"), parsers });
    return new PgliteDatabase(pg, displayDir, lock);
  } catch (error) {
    lock.release();
    throw error;
  }
}

/** An in-memory database, optionally loaded from a dump (tests, demos). */
export async function openPgliteInMemory(from?: Blob): Promise<PgliteDatabase> {
  const pg = await PGlite.create({ parsers, ...(from ? { loadDataDir: from } : {}) });
  return new PgliteDatabase(pg, "memory", undefined);
}
