import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { openPostgres } from "../src/db/postgres.js";
import { adminUrl, testBackend } from "./database.js";
import { tempDir } from "./factories.js";

const MAIN = fileURLToPath(new URL("../src/cli/main.ts", import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the real rapport command in a child process, as a user would, against the given
 * database: a data folder for the embedded backend or a DATABASE_URL for PostgreSQL.
 */
export function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
  extraEnv: Record<string, string | undefined> = {},
): CliResult {
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args], {
    encoding: "utf8",
    // Settings that change output are cleared, so the machine's environment cannot leak in.
    env: {
      ...process.env,
      RAPPORT_DEBUG: "",
      RAPPORT_PUBLIC_URL: "",
      PORT: "",
      HOST: "",
      ...env,
      ...extraEnv,
    },
    input,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * For tests that run the real rapport command: an empty database of its own (a data folder on
 * PGlite, a new database on PostgreSQL), the environment that points the command at it, and
 * how to drop it afterwards.
 */
export async function cliDatabase(label: string): Promise<{
  env: Record<string, string | undefined>;
  drop: () => Promise<void>;
}> {
  if (testBackend() !== "postgres") {
    return { env: { DATABASE_URL: "", RAPPORT_DATA_DIR: tempDir() }, drop: async () => {} };
  }
  const name = `rapport_${label}_${process.pid}`;
  const admin = await openPostgres(adminUrl());
  await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
  await admin.exec(`CREATE DATABASE ${name}`);
  await admin.close();
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const cleanup = await openPostgres(adminUrl());
      await cleanup.exec(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.close();
    },
  };
}
