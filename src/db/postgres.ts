import { createHash } from "node:crypto";
import { userInfo } from "node:os";
import pg from "pg";
import type { Database, Queryable, QueryOptions } from "./database.js";

const { Pool, types } = pg;

// Counts come back as numbers and dates as 'YYYY-MM-DD' strings on both backends; pg's
// defaults (int8 as string, date as a local-time Date) would make the two disagree.
const parsers = new Map<number, (value: string) => unknown>([
  [types.builtins.INT8, (v) => Number(v)],
  [types.builtins.NUMERIC, (v) => Number(v)],
  [types.builtins.DATE, (v) => v],
]);

const typeConfig = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    const own = parsers.get(oid);
    if (own && format !== "binary") return own;
    return format === "binary" ? types.getTypeParser(oid, "binary") : types.getTypeParser(oid);
  },
} as pg.CustomTypesConfig;

interface Client {
  query(
    sql: string | { name: string; text: string; values: unknown[] },
    params?: unknown[],
  ): Promise<{ rows: unknown[] }>;
}

/** A prepared statement's name: the same text always gets the same name, on every connection. */
const statementNames = new Map<string, string>();
function statementName(sql: string): string {
  let name = statementNames.get(sql);
  if (!name) {
    name = `rapport_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function wrap(client: Client): Queryable {
  return {
    async query<T>(sql: string, params: readonly unknown[] = [], options: QueryOptions = {}) {
      const result = options.prepare
        ? await client.query({ name: statementName(sql), text: sql, values: [...params] })
        : await client.query(sql, [...params]);
      return result.rows as T[];
    },
    async exec(sql: string) {
      // Without parameters pg uses the simple protocol, which runs several statements.
      await client.query(sql);
    },
  };
}

class PostgresDatabase implements Database {
  readonly backend = "postgres";
  private readonly inner: Queryable;

  constructor(
    private readonly pool: pg.Pool,
    readonly location: string,
  ) {
    this.inner = wrap(pool);
  }

  query<T>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<T[]> {
    return this.inner.query<T>(sql, params, options);
  }

  exec(sql: string): Promise<void> {
    return this.inner.exec(sql);
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const result = await fn(wrap(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** Connects to a PostgreSQL server; the password, if any, never appears in `location`. */
export async function openPostgres(url: string): Promise<Database> {
  // Like psql, fall back to the operating-system user when the URL names none.
  const withUser = new URL(url);
  if (!withUser.username) withUser.username = process.env.PGUSER ?? userInfo().username;
  const pool = new Pool({ connectionString: withUser.toString(), types: typeConfig, max: 10 });
  // Idle clients can error when the server restarts; without a listener that would crash us.
  pool.on("error", () => undefined);
  const db = new PostgresDatabase(pool, redactUrl(url));
  await db.query("SELECT 1");
  return db;
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the PostgreSQL server in DATABASE_URL";
  }
}
