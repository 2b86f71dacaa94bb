import { serve } from "@hono/node-server";
import { hasAnyUser } from "../account/account.service.js";
import type { Database } from "../db/database.js";
import { configFromEnv, openDatabase } from "../db/open.js";
import { isDemoLoaded, loadDemo } from "../demo/demo.service.js";
import { RapportError } from "../errors.js";
import { listStudySummaries } from "../study/study.repository.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import { createApp } from "./app.js";

export interface ServerOptions {
  /** Overrides DATABASE_URL; an empty string selects the embedded database. */
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  workspace?: string | undefined;
  port?: string | undefined;
  host?: string | undefined;
}

/**
 * Opens the database, loads the demo into an empty one (RAPPORT_DEMO=0 turns that off), and
 * serves the app. SIGTERM and SIGINT stop accepting connections, let requests in flight
 * finish, then close the database so the embedded one is left consistent.
 */
export async function startServer(
  options: ServerOptions = {},
): Promise<{ stop(): Promise<void>; url: string }> {
  const env = configFromEnv();
  const port = Number(options.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new RapportError(
      "bad_port",
      `PORT must be a number from 0 to 65535, not "${options.port ?? process.env.PORT}".`,
    );
  }
  const host = options.host ?? process.env.HOST ?? "127.0.0.1";
  const db: Database = await openDatabase({
    databaseUrl: options.databaseUrl ?? env.databaseUrl,
    dataDir: options.dataDir ?? env.dataDir,
  });
  const workspace = await ensureWorkspace(
    db,
    options.workspace ?? process.env.RAPPORT_WORKSPACE ?? undefined,
  );
  if (
    process.env.RAPPORT_DEMO !== "0" &&
    (await listStudySummaries(db, workspace.id)).length === 0
  ) {
    if (!(await isDemoLoaded(db, workspace.id))) {
      await loadDemo(db, workspace.id);
      console.log(
        "The database was empty, so the demo data were loaded (set RAPPORT_DEMO=0 to skip this).",
      );
    }
  }
  const app = createApp({ db });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port, hostname: host }, () => resolve(s));
    s.once("error", reject);
  }).catch(async (error: NodeJS.ErrnoException) => {
    await db.close();
    if (error.code === "EADDRINUSE") {
      throw new RapportError(
        "port_in_use",
        `Port ${port} is already in use. Stop the other program or choose another port, e.g. PORT=3001 npm start.`,
      );
    }
    throw error;
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  console.log(`Rapport is running at ${url} (data: ${db.location}). Press Ctrl+C to stop.`);
  if (!(await hasAnyUser(db))) {
    console.log(
      `Open ${url}/setup to create the first account (or run: rapport user create --email you@example.org --role admin).`,
    );
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= new Promise<void>((resolve) => server.close(() => resolve())).then(() =>
      db.close(),
    );
    return stopping;
  };
  const onSignal = () => {
    void stop().then(() => process.exit(0));
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  return {
    url,
    stop: () => {
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
      return stop();
    },
  };
}
