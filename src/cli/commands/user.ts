import { type Command, Option } from "commander";
import type { Role } from "../../account/account.repository.js";
import { createUser, ROLES } from "../../account/account.service.js";
import { generatePassword } from "../../account/password.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { cli, say } from "../io.js";
import { registerUserAdmin } from "./user-admin.js";

/** Accounts from the command line: the way to make the first administrator on a server. */
export function registerUser(program: Command, globals: () => GlobalOptions): void {
  const user = program.command("user").description("accounts for the web app");
  user
    .command("create")
    .description(
      "create an account; without --password-stdin a strong password is made and printed once",
    )
    .requiredOption("--email <email>", "the person's email address, used to sign in")
    .addOption(
      new Option(
        "--role <role>",
        "admin (everything), analyst (studies and campaigns) or viewer (reads shared reports)",
      )
        .choices([...ROLES])
        .default("analyst"),
    )
    .option("--password-stdin", "read the password from standard input instead of making one")
    .addOption(formatOption())
    .action(
      async (opts: { email: string; role: Role; passwordStdin?: boolean; format: Format }) => {
        const generated = !opts.passwordStdin;
        const password = generated
          ? generatePassword(opts.email)
          : (await readStdin()).replace(/\r?\n$/, "");
        const created = await withContext(globals(), ({ db }) =>
          createUser(db, {
            email: opts.email,
            password,
            role: opts.role,
            ...(globals().workspace ? { workspace: globals().workspace } : {}),
          }),
        );
        if (opts.format === "json")
          return printJson({
            email: created.email,
            role: created.role,
            ...(generated ? { password } : {}),
          });
        say(`Created ${created.role} account ${created.email}.`);
        if (generated) say(`Password (shown only now): ${password}`);
      },
    );
  registerUserAdmin(user, globals);
}

async function readStdin(): Promise<string> {
  let text = "";
  for await (const chunk of cli().stdin) text += String(chunk);
  return text;
}
