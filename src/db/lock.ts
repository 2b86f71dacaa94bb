import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { RapportError } from "../errors.js";

/**
 * PGlite runs PostgreSQL inside this process, so a second process opening the same directory
 * would corrupt it. A lock file created with O_EXCL holds our pid; a lock whose process is gone
 * (a crash, a kill -9) is taken over rather than blocking the user forever.
 */
export interface DirectoryLock {
  release(): void;
}

const LOCK_FILE = "rapport.lock";

export function lockDataDirectory(dir: string, displayDir: string): DirectoryLock {
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, command: process.argv.slice(1).join(" ") }));
      closeSync(fd);
      let released = false;
      return {
        release() {
          if (released) return;
          released = true;
          rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(path);
      if (holder !== undefined && isAlive(holder.pid)) {
        throw new RapportError(
          "database_in_use",
          `The database in ${displayDir} is in use by another Rapport process (pid ${holder.pid}). ` +
            "Stop that process first (for example the server started with npm start), " +
            "or set DATABASE_URL to a PostgreSQL server, which several processes can share.",
        );
      }
      // The holder is gone: the lock is stale, remove it and try once more.
      rmSync(path, { force: true });
    }
  }
  throw new RapportError(
    "database_in_use",
    `Could not lock the database in ${displayDir}. Another Rapport process may be starting; wait a moment and try again.`,
  );
}

function readHolder(path: string): { pid: number } | undefined {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (typeof parsed === "object" && parsed !== null && "pid" in parsed) {
      const pid = (parsed as { pid: unknown }).pid;
      if (typeof pid === "number" && Number.isInteger(pid) && pid > 0) return { pid };
    }
  } catch {
    // An unreadable or half-written lock file is treated as stale.
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
