import type { Command } from "commander";
import { startServer } from "../../server/start.js";
import type { GlobalOptions } from "../context.js";

export function registerServe(program: Command, globals: () => GlobalOptions): void {
  program
    .command("serve")
    .description(
      "start the web app (what npm start runs); listens on PORT (default 3000) and HOST (default 127.0.0.1), loads the demo into an empty database unless RAPPORT_DEMO=0",
    )
    .option("--port <port>", "port to listen on (default: PORT or 3000)")
    .option("--host <host>", "address to listen on (default: HOST or 127.0.0.1)")
    .action(async (opts: { port?: string; host?: string }) => {
      await startServer({
        dataDir: globals().dataDir,
        workspace: globals().workspace,
        port: opts.port,
        host: opts.host,
      });
      // Keep running until a signal stops the server.
      await new Promise(() => undefined);
    });
}
