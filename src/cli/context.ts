import { Option } from "commander";
import type { Database } from "../db/database.js";
import { configFromEnv } from "../db/open.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import { cli, write } from "./io.js";

/** What every command needs: the database and the workspace it works in. */
export interface GlobalOptions {
  dataDir?: string;
  workspace?: string;
}

export interface Context {
  db: Database;
  workspaceId: string;
}

export async function withContext<T>(
  globals: GlobalOptions,
  fn: (ctx: Context) => Promise<T>,
): Promise<T> {
  const config = configFromEnv(cli().env);
  const { db, release } = await cli().openDatabase({
    ...config,
    dataDir: globals.dataDir ?? config.dataDir,
  });
  try {
    const workspace = await ensureWorkspace(
      db,
      globals.workspace ?? cli().env.RAPPORT_WORKSPACE ?? undefined,
    );
    return await fn({ db, workspaceId: workspace.id });
  } finally {
    await release();
  }
}

export type Format = "json" | "text";

export function formatOption(defaultFormat: Format = "text"): Option {
  return new Option("--format <format>", "output as readable text or as JSON for scripts")
    .choices(["json", "text"])
    .default(defaultFormat);
}

export function printJson(value: unknown): void {
  write(`${JSON.stringify(value, null, 2)}\n`);
}
