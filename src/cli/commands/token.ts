import type { Command } from "commander";
import {
  accountInWorkspace,
  createApiToken,
  listTokensOf,
  revokeTokenByPrefix,
} from "../../api/api-token.service.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { say } from "../io.js";
import { safeText, table } from "../table.js";

/** API tokens from the command line: for scripts, and for servers without a browser at hand. */
export function registerToken(program: Command, globals: () => GlobalOptions): void {
  const token = program
    .command("token")
    .description("API tokens: let scripts and other programs use the REST API as a person");

  token
    .command("create")
    .description("make an API token for an account; it is printed once and never stored")
    .requiredOption("--email <email>", "the account the token acts for")
    .requiredOption(
      "--name <label>",
      "what will use it, to recognise it later (e.g. nightly export)",
    )
    .addOption(formatOption())
    .action(async (opts: { email: string; name: string; format: Format }) => {
      const created = await withContext(globals(), async ({ db, workspaceId }) =>
        createApiToken(db, await accountInWorkspace(db, workspaceId, opts.email), {
          name: opts.name,
        }),
      );
      if (opts.format === "json")
        return printJson({
          id: created.id,
          name: created.name,
          email: created.email,
          token: created.token,
        });
      say(
        `Created API token ${created.id.slice(0, 8)} "${safeText(created.name)}" for ${created.email}.`,
      );
      say(`Token (shown only now; keep it secret): ${created.token}`);
    });

  token
    .command("list")
    .description("list API tokens (names and dates; the tokens themselves are never kept)")
    .option("--email <email>", "only this account's tokens")
    .addOption(formatOption())
    .action(async (opts: { email?: string; format: Format }) => {
      const tokens = await withContext(globals(), async ({ db, workspaceId }) => {
        const user =
          opts.email === undefined
            ? undefined
            : await accountInWorkspace(db, workspaceId, opts.email);
        return listTokensOf(db, workspaceId, user?.id);
      });
      if (opts.format === "json") return printJson({ tokens });
      if (tokens.length === 0) {
        say("No API tokens yet. Make one with: rapport token create --email <you> --name <label>");
        return;
      }
      const rows = tokens.map((t) => [
        t.id.slice(0, 8),
        safeText(t.name),
        t.email,
        t.created_at.slice(0, 10),
        t.last_used_on ?? "never",
        t.revoked_at === null ? "active" : `revoked ${t.revoked_at.slice(0, 10)}`,
      ]);
      say(table([["id", "name", "account", "made", "last used", "status"], ...rows]));
    });

  token
    .command("revoke")
    .description("revoke an API token: programs using it are refused from then on")
    .argument("<id>", "the token's id or its first 8 characters (see rapport token list)")
    .addOption(formatOption())
    .action(async (id: string, opts: { format: Format }) => {
      const revoked = await withContext(globals(), ({ db, workspaceId }) =>
        revokeTokenByPrefix(db, workspaceId, id),
      );
      if (opts.format === "json")
        return printJson({ id: revoked.id, name: revoked.name, revoked_at: revoked.revoked_at });
      say(
        `Revoked API token ${revoked.id.slice(0, 8)} "${safeText(revoked.name)}" of ${revoked.email}.`,
      );
    });
}
