import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { setupWorkspace } from "../../test/factories.js";
import { createUser } from "../account/account.service.js";
import type { Database } from "../db/database.js";
import type { RapportError } from "../errors.js";
import { ensureWorkspace } from "../workspace/workspace.service.js";
import {
  accountInWorkspace,
  authenticateToken,
  createApiToken,
  listTokensOf,
  revokeOwnToken,
  revokeTokenByPrefix,
} from "./api-token.service.js";

let db: Database;
let workspaceId: string;
let ana: Awaited<ReturnType<typeof createUser>>;

const code = (error: unknown) => (error as RapportError).code;

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  ana = await createUser(db, {
    email: "ana@example.org",
    password: "correct horse battery staple",
    role: "analyst",
  });
});
after(async () => {
  await db.close();
});

describe("API token service", () => {
  it("keeps only the hash: the table never holds the token", async () => {
    const created = await createApiToken(db, ana, { name: "Export" });
    const rows = await db.query<Record<string, unknown>>("SELECT * FROM api_token");
    assert.ok(!JSON.stringify(rows).includes(created.token));
    const found = await authenticateToken(db, created.token);
    assert.equal(found?.user_id, ana.id);
    assert.equal(found?.workspace_id, workspaceId);
  });

  it("names the field of a bad name", async () => {
    await assert.rejects(createApiToken(db, ana, { name: "x".repeat(101) }), (error) => {
      assert.equal(code(error), "invalid_token_name");
      assert.equal((error as RapportError).details[0]?.path, "name");
      return true;
    });
  });

  it("revokes by id prefix once, keeping the first revocation time", async () => {
    const created = await createApiToken(db, ana, { name: "Twice" });
    const first = await revokeTokenByPrefix(db, workspaceId, created.id.slice(0, 8).toUpperCase());
    assert.ok(first.revoked_at);
    const second = await revokeTokenByPrefix(db, workspaceId, created.id);
    assert.equal(second.revoked_at, first.revoked_at);
    assert.equal(await authenticateToken(db, created.token), undefined);
  });

  it("refuses malformed and unknown ids, and tokens of another workspace", async () => {
    await assert.rejects(
      revokeTokenByPrefix(db, workspaceId, "x'; --"),
      (e) => code(e) === "bad_token_id",
    );
    await assert.rejects(
      revokeTokenByPrefix(db, workspaceId, "abc"),
      (e) => code(e) === "bad_token_id",
    );
    await assert.rejects(
      revokeTokenByPrefix(db, workspaceId, "00000000"),
      (e) => code(e) === "token_not_found",
    );
    const other = await ensureWorkspace(db, "elsewhere");
    const bo = await createUser(db, {
      email: "bo@example.org",
      password: "correct horse battery staple",
      role: "admin",
      workspace: "elsewhere",
    });
    const theirs = await createApiToken(db, bo, { name: "Theirs" });
    await assert.rejects(
      revokeTokenByPrefix(db, workspaceId, theirs.id.slice(0, 8)),
      (e) => code(e) === "token_not_found",
    );
    await assert.rejects(revokeOwnToken(db, ana, theirs.id), (e) => code(e) === "token_not_found");
    await assert.rejects(
      accountInWorkspace(db, workspaceId, "bo@example.org"),
      (e) => code(e) === "user_not_found",
    );
    assert.equal((await accountInWorkspace(db, other.id, " BO@example.org ")).id, bo.id);
    assert.ok(await authenticateToken(db, theirs.token), "their token still works");
    const ours = await listTokensOf(db, workspaceId);
    assert.deepEqual(
      ours.map((t) => [t.email, t.name]),
      [
        ["ana@example.org", "Export"],
        ["ana@example.org", "Twice"],
      ],
    );
  });

  it("goes when its account goes", async () => {
    const cy = await createUser(db, {
      email: "cy@example.org",
      password: "correct horse battery staple",
      role: "viewer",
    });
    const created = await createApiToken(db, cy, { name: "Short-lived" });
    await db.query("DELETE FROM app_user WHERE id = $1", [cy.id]);
    assert.equal(await authenticateToken(db, created.token), undefined);
    const [row] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM api_token WHERE id = $1",
      [created.id],
    );
    assert.equal(row?.n, 0);
  });
});
