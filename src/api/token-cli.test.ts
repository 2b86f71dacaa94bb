import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cliDatabase, runCli } from "../../test/cli.js";

/** rapport token create / list / revoke, run as a person runs them. */
let env: Record<string, string | undefined>;
let dropDatabase: (() => Promise<void>) | undefined;

before(async () => {
  ({ env, drop: dropDatabase } = await cliDatabase("token_cli"));
  const user = await runCli(
    ["user", "create", "--email", "ana@example.org", "--format", "json"],
    env,
  );
  assert.equal(user.status, 0, user.stderr);
});
after(async () => {
  await dropDatabase?.();
});

describe("rapport token", () => {
  let id = "";
  let token = "";

  it("creates a token and prints it once, as JSON", async () => {
    const result = await runCli(
      [
        "token",
        "create",
        "--email",
        "ANA@example.org",
        "--name",
        "Nightly export",
        "--format",
        "json",
      ],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    const created = JSON.parse(result.stdout);
    assert.match(created.token, /^rpt_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.name, "Nightly export");
    assert.equal(created.email, "ana@example.org");
    ({ id, token } = created);
  });

  it("creates one as text, saying it is shown only now", async () => {
    const result = await runCli(
      ["token", "create", "--email", "ana@example.org", "--name", "BI"],
      env,
    );
    assert.equal(result.status, 0, result.stderr);
    assert.match(
      result.stdout,
      /Token \(shown only now; keep it secret\): rpt_[A-Za-z0-9_-]{43}\n/,
    );
  });

  it("lists tokens by name, revokes one by the start of its id, and never shows a token", async () => {
    const text = await runCli(["token", "list", "--email", "ana@example.org"], env);
    assert.equal(text.status, 0, text.stderr);
    assert.match(text.stdout, /Nightly export/);
    assert.match(text.stdout, new RegExp(`${id.slice(0, 8)}.*active`));
    assert.ok(!text.stdout.includes(token));
    const result = await runCli(["token", "revoke", id.slice(0, 8)], env);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /Revoked API token .* "Nightly export" of ana@example.org/);
    const json = JSON.parse((await runCli(["token", "list", "--format", "json"], env)).stdout);
    assert.equal(json.tokens.length, 2);
    assert.ok(json.tokens.every((t: Record<string, unknown>) => !("token" in t)));
    const revoked = json.tokens.find((t: { id: string }) => t.id === id);
    assert.match(revoked.revoked_at, /^\d{4}-\d\d-\d\dT/);
  });

  it("says plainly what is wrong", async () => {
    const nobody = await runCli(
      ["token", "create", "--email", "bo@example.org", "--name", "x"],
      env,
    );
    assert.equal(nobody.status, 1);
    assert.match(nobody.stderr, /There is no account for bo@example.org in this workspace/);
    const badId = await runCli(["token", "revoke", "zz", "--format", "json"], env);
    assert.equal(badId.status, 1);
    assert.equal(JSON.parse(badId.stdout).error.code, "bad_token_id");
  });
});
