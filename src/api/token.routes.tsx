import { Hono } from "hono";
import { type AccountEnv, requireUser } from "../account/account.routes.js";
import { canAnalyse } from "../account/roles.js";
import type { Database } from "../db/database.js";
import { isRapportError } from "../errors.js";
import { Layout } from "../server/layout.js";
import { TOKEN_PREFIX } from "./api-token.js";
import {
  type ApiTokenView,
  type CreatedApiToken,
  createApiToken,
  listTokensOf,
  revokeOwnToken,
} from "./api-token.service.js";

/**
 * /account/tokens: a person's API tokens. A new token is shown once, on the page that answers
 * the form, and never again; the list shows names and dates only.
 */
function day(iso: string): string {
  return iso.slice(0, 10);
}

function TokenList(props: { tokens: ApiTokenView[] }) {
  if (props.tokens.length === 0) {
    return (
      <div class="card">
        <p>You have no API tokens yet.</p>
        <p>
          Make one below when a script or another program needs to read or change data in Rapport
          for you.
        </p>
      </div>
    );
  }
  return (
    <table>
      <caption class="muted">Tokens act with your account's rights until you revoke them.</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Made</th>
          <th scope="col">Last used</th>
          <th scope="col">
            <span class="muted">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {props.tokens.map((t) => (
          <tr>
            <td>{t.name}</td>
            <td>{day(t.created_at)}</td>
            <td>{t.last_used_on ?? "never"}</td>
            <td>
              {t.revoked_at === null ? (
                <form method="post" action={`/account/tokens/${t.id}/revoke`}>
                  <button type="submit" class="link" aria-label={`Revoke the token ${t.name}`}>
                    Revoke
                  </button>
                </form>
              ) : (
                <span class="muted">revoked on {day(t.revoked_at)}</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TokensPage(props: {
  email: string;
  viewer: boolean;
  tokens: ApiTokenView[];
  created?: CreatedApiToken;
  problem?: string;
  notice?: string;
  name?: string;
}) {
  return (
    <Layout title="API tokens" user={props.email} viewer={props.viewer}>
      <h1>API tokens</h1>
      <p class="lead">
        A token lets a script or another program use Rapport's API as you. Keep tokens secret, like
        a password.
      </p>
      {props.created && (
        <div class="card" role="status">
          <h2>Your new token "{props.created.name}"</h2>
          <p>
            <strong>Copy it now: it will not be shown again.</strong> If you lose it, revoke it and
            make a new one.
          </p>
          <label for="new-token">Token</label>
          <input id="new-token" type="text" readonly value={props.created.token} />
          <p class="hint">
            Send it with every request, in the header{" "}
            <code>Authorization: Bearer {TOKEN_PREFIX}…</code>. The endpoints are described at{" "}
            <a href="/api/openapi.json">/api/openapi.json</a>.
          </p>
        </div>
      )}
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      <h2>Your tokens</h2>
      <TokenList tokens={props.tokens} />
      <h2>Make a token</h2>
      <form method="post" action="/account/tokens" class="narrow">
        {props.problem && (
          <div class="error-summary" role="alert" id="summary">
            <p>{props.problem}</p>
          </div>
        )}
        <label for="name">Name</label>
        <p class="hint" id="name-hint">
          What will use it, so you recognise it later: for example "monthly export".
        </p>
        <input
          id="name"
          name="name"
          type="text"
          maxlength={100}
          required
          aria-describedby="name-hint"
          value={props.name ?? ""}
        />
        <div class="buttons">
          <button type="submit" class="primary">
            Make token
          </button>
        </div>
      </form>
    </Layout>
  );
}

export function tokenRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();
  // Only these paths: a catch-all middleware here would run for every page mounted after it.
  app.use("/account/tokens", requireUser(db));
  app.use("/account/tokens/*", requireUser(db));

  const page = async (user: { id: string; workspace_id: string; email: string }) =>
    listTokensOf(db, user.workspace_id, user.id);

  app.get("/account/tokens", async (c) => {
    const user = c.get("user");
    const notice =
      c.req.query("revoked") === "1"
        ? "The token was revoked. Programs that use it can no longer reach Rapport."
        : undefined;
    return c.html(
      <TokensPage
        email={user.email}
        viewer={!canAnalyse(user.role)}
        tokens={await page(user)}
        {...(notice ? { notice } : {})}
      />,
    );
  });

  app.post("/account/tokens", async (c) => {
    const user = c.get("user");
    const body = await c.req.parseBody();
    const name = typeof body.name === "string" ? body.name : "";
    try {
      const created = await createApiToken(db, user, { name });
      // The only page that ever holds the token: no cache may keep a copy.
      c.header("Cache-Control", "no-store");
      return c.html(
        <TokensPage
          email={user.email}
          viewer={!canAnalyse(user.role)}
          tokens={await page(user)}
          created={created}
        />,
      );
    } catch (error) {
      if (!isRapportError(error)) throw error;
      const problem =
        error.code === "invalid_token_name"
          ? "Give the token a name of 1 to 100 characters, for example the script that will use it."
          : error.message;
      return c.html(
        <TokensPage
          email={user.email}
          viewer={!canAnalyse(user.role)}
          tokens={await page(user)}
          problem={problem}
          name={name.slice(0, 100)}
        />,
        400,
      );
    }
  });

  app.post("/account/tokens/:id/revoke", async (c) => {
    const user = c.get("user");
    try {
      await revokeOwnToken(db, user, c.req.param("id"));
    } catch (error) {
      if (!isRapportError(error)) throw error;
      return c.html(
        <TokensPage
          email={user.email}
          viewer={!canAnalyse(user.role)}
          tokens={await page(user)}
          notice={error.message}
        />,
        404,
      );
    }
    return c.redirect("/account/tokens?revoked=1", 303);
  });
  return app;
}
