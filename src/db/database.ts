/**
 * The one thin interface the rest of Rapport uses to talk to PostgreSQL, whether it is the
 * embedded PGlite or a server reached through DATABASE_URL. Only repositories and this folder
 * hold SQL; both backends speak the same dialect, so one set of queries serves both.
 */
export interface QueryOptions {
  /**
   * A fixed statement run very often (the respondent's path): a PostgreSQL server parses and
   * plans it once per connection instead of every time. Only for SQL that is the same text on
   * every call, as each distinct text stays prepared for the life of the connection.
   */
  readonly prepare?: boolean;
}

export interface Queryable {
  /** One parameterised statement ($1, $2 ...). */
  query<T>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<T[]>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly backend: "pglite" | "postgres";
  /** A human-readable place, for messages ("./data" or "postgres://host/db"). */
  readonly location: string;
  /** Runs fn in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The SQLSTATE of a database error, so callers match codes, never message text. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

export const UNIQUE_VIOLATION = "23505";
