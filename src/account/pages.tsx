import { Layout } from "../server/layout.js";

/** Sign-in, first-run set-up and password change: plain forms that work without JavaScript. */
function Problem(props: { message: string | undefined }) {
  if (!props.message) return null;
  return (
    <div class="error-summary" role="alert" id="summary">
      <p>{props.message}</p>
    </div>
  );
}

export function SignInPage(props: { problem?: string; email?: string }) {
  return (
    <Layout title="Sign in">
      <h1>Sign in</h1>
      <form method="post" action="/signin" class="narrow">
        <Problem message={props.problem} />
        <label for="email">Email</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={props.email ?? ""}
        />
        <label for="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="current-password"
          required
        />
        <div class="buttons">
          <button type="submit" class="primary">
            Sign in
          </button>
        </div>
      </form>
    </Layout>
  );
}

export function SetupPage(props: { problem?: string; email?: string }) {
  return (
    <Layout title="Welcome to Rapport">
      <h1>Welcome to Rapport</h1>
      <p>Create the first account. It can manage everything, including other people's accounts.</p>
      <form method="post" action="/setup" class="narrow">
        <Problem message={props.problem} />
        <label for="email">Your email</label>
        <input
          id="email"
          name="email"
          type="email"
          autocomplete="username"
          required
          value={props.email ?? ""}
        />
        <label for="password">Choose a password</label>
        <p class="hint" id="password-hint">
          At least 10 characters. A few words in a row are easy to remember and hard to guess.
        </p>
        <input
          id="password"
          name="password"
          type="password"
          autocomplete="new-password"
          aria-describedby="password-hint"
          required
        />
        <div class="buttons">
          <button type="submit" class="primary">
            Create my account
          </button>
        </div>
      </form>
    </Layout>
  );
}

export function PasswordPage(props: { email: string; problem?: string; done?: boolean }) {
  return (
    <Layout title="Change your password" user={props.email}>
      <h1>Change your password</h1>
      {props.done && (
        <p class="notice" role="status">
          Your password was changed. Other browsers where you were signed in have been signed out.
        </p>
      )}
      <form method="post" action="/account/password" class="narrow">
        <Problem message={props.problem} />
        <label for="current">Current password</label>
        <input
          id="current"
          name="current"
          type="password"
          autocomplete="current-password"
          required
        />
        <label for="next">New password</label>
        <p class="hint" id="next-hint">
          At least 10 characters.
        </p>
        <input
          id="next"
          name="next"
          type="password"
          autocomplete="new-password"
          aria-describedby="next-hint"
          required
        />
        <div class="buttons">
          <button type="submit" class="primary">
            Change password
          </button>
        </div>
      </form>
    </Layout>
  );
}
