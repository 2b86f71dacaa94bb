import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

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
