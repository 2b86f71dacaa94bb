import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { Readable, Writable } from "node:stream";
import { fileURLToPath } from "node:url";
import type { CliIo } from "../src/cli/io.js";
import { runCommand } from "../src/cli/run.js";
import type { Database } from "../src/db/database.js";
import { type DatabaseConfig, openDatabase } from "../src/db/open.js";
import { openPostgres } from "../src/db/postgres.js";
import { adminUrl, freshDatabase, testBackend } from "./database.js";
import { tempDir } from "./factories.js";

// The suite runs compiled (see scripts/test.ts) and then spawns the compiled command; run from
// the sources, it spawns the sources through tsx.
const COMPILED = import.meta.url.endsWith(".js");
const MAIN = fileURLToPath(new URL(`../src/cli/main.${COMPILED ? "js" : "ts"}`, import.meta.url));
const LOADER = COMPILED ? [] : ["--import", "tsx"];

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Settings that change output are cleared, so the machine's environment cannot leak in. */
function cleanEnv(...layers: Record<string, string | undefined>[]): NodeJS.ProcessEnv {
  return Object.assign(
    { ...process.env, RAPPORT_DEBUG: "", RAPPORT_PUBLIC_URL: "", PORT: "", HOST: "" },
    ...layers,
  );
}

// Databases the in-process commands have opened, kept open between commands of a test file
// (opening the embedded database is most of a command's time) and closed by drop(). A data
// folder stands for a copy of the migrated template in memory; spawnCli tests the real folder.
const openDatabases = new Map<string, Promise<Database>>();

async function openShared(config: DatabaseConfig) {
  const key = config.databaseUrl || resolve(config.dataDir ?? "./data");
  let opening = openDatabases.get(key);
  if (!opening) {
    opening = config.databaseUrl ? openDatabase(config) : freshDatabase();
    openDatabases.set(key, opening);
    opening.catch(() => openDatabases.delete(key));
  }
  return { db: await opening, release: async () => {} };
}

async function closeShared(): Promise<void> {
  const all = [...openDatabases.values()];
  openDatabases.clear();
  for (const opening of all) await (await opening.catch(() => undefined))?.close();
}

class Collector extends Writable {
  text = "";
  constructor() {
    super({ decodeStrings: false });
  }
  override _write(chunk: unknown, _encoding: string, done: () => void): void {
    this.text += String(chunk);
    done();
  }
}

/**
 * Runs a rapport command line the way the installed command does (same parsing, output and
 * exit codes), inside the test process, against the database the environment names. Most
 * CLI tests use this; spawnCli runs the real process for what only a process can show.
 */
export async function runCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
  extraEnv: Record<string, string | undefined> = {},
): Promise<CliResult> {
  const stdout = new Collector();
  const stderr = new Collector();
  const io: CliIo = {
    stdout,
    stderr,
    stdin: Readable.from(input === undefined ? [] : [input]),
    env: cleanEnv(env, extraEnv),
    openDatabase: openShared,
  };
  const status = await runCommand(["node", "rapport", ...args], io);
  return { status, stdout: stdout.text, stderr: stderr.text };
}

/** Runs the real rapport command in a child process, as a user would. */
export function spawnCli(
  args: string[],
  env: Record<string, string | undefined> = {},
  input?: string,
): CliResult {
  const result = spawnSync(process.execPath, [...LOADER, MAIN, ...args], {
    encoding: "utf8",
    env: cleanEnv(env),
    input,
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * For tests that run rapport commands: an empty database of its own (a data folder on
 * PGlite, a new database on PostgreSQL), the environment that points the command at it, and
 * how to drop it afterwards.
 */
export async function cliDatabase(label: string): Promise<{
  env: Record<string, string | undefined>;
  drop: () => Promise<void>;
}> {
  if (testBackend() !== "postgres") {
    return { env: { DATABASE_URL: "", RAPPORT_DATA_DIR: tempDir() }, drop: closeShared };
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
      await closeShared();
      const cleanup = await openPostgres(adminUrl());
      await cleanup.exec(`DROP DATABASE IF EXISTS ${name}`);
      await cleanup.close();
    },
  };
}
