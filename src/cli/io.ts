import { AsyncLocalStorage } from "node:async_hooks";
import type { Readable, Writable } from "node:stream";
import type { Database } from "../db/database.js";
import { type DatabaseConfig, openDatabase } from "../db/open.js";

/**
 * Where a command reads and writes: standard streams, the environment and the database. A
 * real run uses the process's own; the tests run many commands in one process with streams
 * they read back and a database they keep open, which is what keeps the suite fast. Commands
 * reach these only through cli(), never through process.stdout or process.env directly.
 */
export interface CliIo {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
  stdin: Readable;
  env: NodeJS.ProcessEnv;
  /** Opens the database a command works on; release() is called when the command is done. */
  openDatabase(config: DatabaseConfig): Promise<{ db: Database; release(): Promise<void> }>;
}

export const processIo: CliIo = {
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  get stdin() {
    return process.stdin;
  },
  get env() {
    return process.env;
  },
  async openDatabase(config) {
    const db = await openDatabase(config);
    return { db, release: () => db.close() };
  },
};

const current = new AsyncLocalStorage<CliIo>();

export function cli(): CliIo {
  return current.getStore() ?? processIo;
}

export function withIo<T>(io: CliIo, fn: () => Promise<T>): Promise<T> {
  return current.run(io, fn);
}

/** Writes a line to standard output. */
export function say(line = ""): void {
  cli().stdout.write(`${line}\n`);
}

/** Writes text to standard output as it is. */
export function write(text: string): boolean {
  return cli().stdout.write(text);
}
