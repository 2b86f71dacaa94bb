import type { Command } from "commander";
import {
  changeRole,
  findAccount,
  listAccounts,
  removeAccount,
  setOrganisationAccess,
} from "../../account/user-admin.service.js";
import type { Database } from "../../db/database.js";
import { resolveOrganisation } from "../../worksystem/worksystem.service.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { say } from "../io.js";
import { safeText, table } from "../table.js";

/**
 * rapport user list|role|grant|revoke|remove: what the People page does, for a server without
 * a browser. The command line acts as the server's owner, so only one rule applies: a
 * workspace always keeps an administrator.
 */
export function registerUserAdmin(user: Command, globals: () => GlobalOptions): void {
  const run = <T>(fn: (db: Database, workspaceId: string) => Promise<T>) =>
    withContext(globals(), ({ db, workspaceId }) => fn(db, workspaceId));

  user
    .command("list")
    .description("list the accounts of the workspace, with the organisations each viewer reads")
    .addOption(formatOption())
    .action(async (opts: { format: Format }) => {
      const { accounts } = await run((db, ws) => listAccounts(db, ws));
      const rows = accounts.map((a) => ({
        id: a.id,
        email: a.email,
        role: a.role,
        created_at: a.created_at.toISOString(),
        last_sign_in: a.last_sign_in ? a.last_sign_in.toISOString() : null,
        reads: a.role === "viewer" ? a.granted.map((o) => o.name) : null,
      }));
      if (opts.format === "json") return printJson({ users: rows });
      if (rows.length === 0) {
        say("There are no accounts yet. Make one with: rapport user create --email ..");
        return;
      }
      say(
        table([
          ["Email", "Role", "Added", "Reads"],
          ...rows.map((r) => [
            safeText(r.email),
            r.role,
            r.created_at.slice(0, 10),
            r.reads === null ? "everything" : r.reads.map(safeText).join(", ") || "nothing yet",
          ]),
        ]),
      );
    });

  user
    .command("role")
    .description("change the role of an account: admin, analyst or viewer")
    .argument("<email>", "the account's email address")
    .argument("<role>", "admin, analyst or viewer")
    .addOption(formatOption())
    .action(async (email: string, role: string, opts: { format: Format }) => {
      const changed = await run(async (db, ws) =>
        changeRole(db, ws, (await findAccount(db, ws, email)).id, role),
      );
      if (opts.format === "json") return printJson({ email: changed.email, role: changed.role });
      say(`${safeText(changed.email)} is now ${changed.role}.`);
    });

  for (const [name, verb] of [
    ["grant", "let a viewer read the reports of an organisation"],
    ["revoke", "stop a viewer reading the reports of an organisation"],
  ] as const) {
    user
      .command(name)
      .description(verb)
      .argument("<email>", "the viewer's email address")
      .requiredOption("--organisation <name>", "the organisation, by name or id")
      .addOption(formatOption())
      .action(async (email: string, opts: { organisation: string; format: Format }) => {
        const done = await run(async (db, ws) => {
          const account = await findAccount(db, ws, email);
          const organisation = await resolveOrganisation(db, ws, opts.organisation);
          return setOrganisationAccess(db, ws, account.id, organisation.id, name);
        });
        if (opts.format === "json")
          return printJson({
            email: done.user.email,
            organisation: done.organisation.name,
            [name]: true,
          });
        say(
          name === "grant"
            ? `${safeText(done.user.email)} may now read the reports of ${safeText(done.organisation.name)}.`
            : `${safeText(done.user.email)} no longer reads the reports of ${safeText(done.organisation.name)}.`,
        );
      });
  }

  user
    .command("remove")
    .description("remove an account: its sessions end and its API tokens stop working")
    .argument("<email>", "the account's email address")
    .addOption(formatOption())
    .action(async (email: string, opts: { format: Format }) => {
      const removed = await run(async (db, ws) =>
        removeAccount(db, ws, (await findAccount(db, ws, email)).id),
      );
      if (opts.format === "json") return printJson({ email: removed.email, removed: true });
      say(
        `Removed ${safeText(removed.email)}. They are signed out and their API tokens no longer work.`,
      );
    });
}
