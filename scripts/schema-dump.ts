// Writes src/db/schema.sql from a freshly migrated in-memory database.
import { writeFileSync } from "node:fs";
import { migrate } from "../src/db/migrate.js";
import { openPgliteInMemory } from "../src/db/pglite.js";
import { describeSchema } from "../src/db/schema-dump.js";

const db = await openPgliteInMemory();
try {
  await migrate(db);
  writeFileSync(new URL("../src/db/schema.sql", import.meta.url), await describeSchema(db));
  console.log("Wrote src/db/schema.sql");
} finally {
  await db.close();
}
