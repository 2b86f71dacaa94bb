import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { PGlite, parse, protocol, type Transaction, types } from "@electric-sql/pglite";
import type { Database, Queryable, QueryOptions } from "./database.js";
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

  /** Statements prepared on this database's one connection: text -> name and parameter types. */
  private readonly prepared = new Map<string, { name: string; paramTypes: number[] }>();

  constructor(
    private readonly pg: PGlite,
    readonly location: string,
    private readonly lock: DirectoryLock | undefined,
  ) {
    this.inner = wrap(pg);
  }

  query<T>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<T[]> {
    if (options?.prepare) return this.preparedQuery<T>(sql, params ?? []);
    return this.inner.query<T>(sql, params);
  }

  /**
   * PGlite's query() parses, describes and plans the text on every call; the answer flow's
   * few statements run on every request, so they are parsed once as named statements and then
   * only bound and executed (the same as postgres.ts does on a server). Holds the same two
   * locks as query(), so it never runs inside someone else's transaction.
   */
  private preparedQuery<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    const pg = this.pg;
    const send = (message: Uint8Array) => pg.execProtocol(message, { syncToFs: false });
    return pg._runExclusiveTransaction(() =>
      pg._runExclusiveQuery(async () => {
        const messages: Awaited<ReturnType<PGlite["execProtocol"]>>["messages"] = [];
        try {
          let statement = this.prepared.get(sql);
          if (!statement) {
            const name = `rapport_${this.prepared.size + 1}`;
            await send(protocol.serialize.parse({ name, text: sql, types: [] }));
            const described = await send(protocol.serialize.describe({ type: "S", name }));
            statement = {
              name,
              paramTypes: parse.parseDescribeStatementResults(described.messages),
            };
            this.prepared.set(sql, statement);
          }
          const { paramTypes } = statement;
          const values = params.map((value, i) => {
            if (value === null || value === undefined) return null;
            const serialize = pg.serializers[paramTypes[i] ?? 0];
            return serialize ? serialize(value) : String(value);
          });
          for (const message of [
            protocol.serialize.bind({ statement: statement.name, values }),
            protocol.serialize.describe({ type: "P" }),
            protocol.serialize.execute({}),
          ])
            messages.push(...(await send(message)).messages);
        } finally {
          messages.push(...(await pg.execProtocol(protocol.serialize.sync())).messages);
        }
        const [result] = parse.parseResults(messages, pg.parsers);
        return (result?.rows ?? []) as T[];
      }),
    );
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
