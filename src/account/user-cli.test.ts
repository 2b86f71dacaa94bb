import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { cliDatabase, runCli } from "../../test/cli.js";

/** rapport user list | role | grant | revoke | remove, run as a person runs them. */
let env: Record<string, string | undefined>;
let dropDatabase: (() => Promise<void>) | undefined;
const json = async (args: string[]) => {
  const result = await runCli([...args, "--format", "json"], env);
  return { status: result.status, body: JSON.parse(result.stdout || "{}"), stderr: result.stderr };
};

before(async () => {
  ({ env, drop: dropDatabase } = await cliDatabase("user_cli"));
  for (const [email, role] of [
    ["boss@example.org", "admin"],
    ["vera@example.org", "viewer"],
  ] as const) {
    const made = await runCli(["user", "create", "--email", email, "--role", role], env);
    assert.equal(made.status, 0, made.stderr);
  }
  const campaign = await runCli(
    [
      "campaign",
      "create",
      "--organisation",
      "Alpha firm",
      "--instrument",
      "sme-security-practices",
    ],
    env,
  );
  assert.equal(campaign.status, 0, campaign.stderr);
});
after(async () => {
  await dropDatabase?.();
});

describe("rapport user", () => {
  it("grants and revokes a viewer's organisations, and lists who reads what", async () => {
    const granted = await runCli(
      ["user", "grant", "VERA@example.org", "--organisation", "alpha firm"],
      env,
    );
    assert.equal(granted.status, 0, granted.stderr);
    assert.match(granted.stdout, /vera@example\.org may now read the reports of Alpha firm/);
    const list = await json(["user", "list"]);
    assert.equal(list.status, 0, list.stderr);
    const vera = list.body.users.find((u: { email: string }) => u.email === "vera@example.org");
    assert.deepEqual(vera.reads, ["Alpha firm"]);
    assert.ok(list.body.users.every((u: Record<string, unknown>) => !("password_hash" in u)));
    const revoked = await json([
      "user",
      "revoke",
      "vera@example.org",
      "--organisation",
      "Alpha firm",
    ]);
    assert.deepEqual(revoked.body, {
      email: "vera@example.org",
      organisation: "Alpha firm",
      revoke: true,
    });
    const text = await runCli(["user", "list"], env);
    assert.match(text.stdout, /vera@example\.org\s+viewer\s+\d{4}-\d\d-\d\d\s+nothing yet/);
    assert.match(text.stdout, /boss@example\.org\s+admin\s+\d{4}-\d\d-\d\d\s+everything/);
  });

  it("changes roles and removes accounts, but never the last administrator", async () => {
    const last = await json(["user", "role", "boss@example.org", "analyst"]);
    assert.equal(last.status, 1);
    assert.equal(last.body.error.code, "last_admin");
    const lastRemove = await runCli(["user", "remove", "boss@example.org"], env);
    assert.equal(lastRemove.status, 1);
    assert.match(lastRemove.stderr, /only administrator of the workspace/);
    const promoted = await runCli(["user", "role", "vera@example.org", "admin"], env);
    assert.equal(promoted.status, 0, promoted.stderr);
    assert.match(promoted.stdout, /vera@example\.org is now admin/);
    const removed = await json(["user", "remove", "boss@example.org"]);
    assert.deepEqual(removed.body, { email: "boss@example.org", removed: true });
    assert.deepEqual(
      (await json(["user", "list"])).body.users.map((u: { email: string }) => u.email),
      ["vera@example.org"],
    );
  });

  it("says plainly what is wrong", async () => {
    const nobody = await runCli(["user", "remove", "nobody@example.org"], env);
    assert.equal(nobody.status, 1);
    assert.match(nobody.stderr, /no such account in this workspace/);
    const badRole = await json(["user", "role", "vera@example.org", "owner"]);
    assert.equal(badRole.body.error.code, "bad_role");
    const noOrg = await runCli(
      ["user", "grant", "vera@example.org", "--organisation", "Zeta"],
      env,
    );
    assert.equal(noOrg.status, 1);
    assert.match(noOrg.stderr, /no organisation called "Zeta"/);
  });
});
