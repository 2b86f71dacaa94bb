import type { Queryable } from "./database.js";

/** Fails if the database cannot answer; used by the health check. */
export async function pingDatabase(db: Queryable): Promise<void> {
  await db.query("SELECT 1");
}
