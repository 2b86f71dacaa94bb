import { resolve } from "node:path";
import { RapportError } from "../errors.js";
import type { Database } from "./database.js";
import { migrate } from "./migrate.js";
import { openPglite } from "./pglite.js";
import { openPostgres } from "./postgres.js";

export interface DatabaseConfig {
  /** postgres://... selects a PostgreSQL server; otherwise the embedded database is used. */
  databaseUrl?: string | undefined;
  /** Folder of the embedded database; default ./data. */
  dataDir?: string | undefined;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return { databaseUrl: env.DATABASE_URL || undefined, dataDir: env.RAPPORT_DATA_DIR || undefined };
}

/** Opens the configured database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = await connect(config);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function connect(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
      throw new RapportError(
        "bad_database_url",
        "DATABASE_URL must start with postgres:// (for example postgres://user@127.0.0.1:5432/rapport). Unset it to use the embedded database in ./data.",
      );
    }
    try {
      return await openPostgres(config.databaseUrl);
    } catch (error) {
      if (error instanceof RapportError) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new RapportError(
        "database_unreachable",
        `Could not connect to the PostgreSQL server in DATABASE_URL (${reason}). Check that the server is running and the address is right, or unset DATABASE_URL to use the embedded database.`,
      );
    }
  }
  const dir = config.dataDir ?? "./data";
  return openPglite(resolve(dir), dir);
}
