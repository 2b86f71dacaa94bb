import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  bearerToken,
  hashApiToken,
  isWellFormedApiToken,
  newApiToken,
  TokenNameSchema,
} from "./api-token.js";

describe("API tokens", () => {
  it("are 32 random bytes behind a recognisable prefix, different every time", () => {
    const tokens = Array.from({ length: 200 }, newApiToken);
    assert.equal(new Set(tokens).size, 200);
    for (const token of tokens) {
      assert.match(token, /^rpt_[A-Za-z0-9_-]{43}$/);
      assert.equal(Buffer.from(token.slice(4), "base64url").length, 32);
      assert.ok(isWellFormedApiToken(token));
    }
  });

  it("are stored as a SHA-256 that does not contain them", () => {
    const token = newApiToken();
    const hash = hashApiToken(token);
    assert.match(hash, /^[0-9a-f]{64}$/);
    assert.ok(!hash.includes(token.slice(4, 12)));
    assert.equal(hashApiToken(token), hash);
  });

  it("refuse anything that is not shaped like one before any look-up", () => {
    const good = newApiToken();
    for (const bad of [
      "",
      "rpt_",
      good.slice(0, -1),
      `${good}x`,
      good.replace("rpt_", "rpx_"),
      `${good.slice(0, -1)}=`,
      ` ${good}`,
    ]) {
      assert.equal(isWellFormedApiToken(bad), false, bad);
    }
  });

  it("are read from a Bearer header only", () => {
    assert.equal(bearerToken("Bearer abc"), "abc");
    assert.equal(bearerToken("bearer   abc  "), "abc");
    assert.equal(bearerToken(undefined), undefined);
    for (const header of [
      "",
      "Bearer",
      "Bearer ",
      "Basic abc",
      "Bearer a b",
      "Bearerabc",
      "Token abc",
    ])
      assert.equal(bearerToken(header), undefined, header);
  });

  it("need a name of 1 to 100 characters, tidied", () => {
    assert.deepEqual(TokenNameSchema.parse({ name: "  Nightly   export " }), {
      name: "Nightly export",
    });
    for (const name of ["", "   ", "x".repeat(101)])
      assert.equal(TokenNameSchema.safeParse({ name }).success, false, name);
    assert.equal(TokenNameSchema.safeParse({ name: "ok", extra: 1 }).success, false);
  });
});
