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

/** A labelled input with an optional hint tied to it for screen readers. */
function Field(props: {
  name: string;
  label: string;
  type: "email" | "password";
  autocomplete: string;
  hint?: string;
  value?: string | undefined;
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  return (
    <>
      <label for={props.name}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <input
        id={props.name}
        name={props.name}
        type={props.type}
        autocomplete={props.autocomplete}
        aria-describedby={hintId}
        required
        value={props.type === "email" ? (props.value ?? "") : undefined}
      />
    </>
  );
}

function Submit(props: { label: string }) {
  return (
    <div class="buttons">
      <button type="submit" class="primary">
        {props.label}
      </button>
    </div>
  );
}

export function SignInPage(props: { problem?: string; email?: string }) {
  return (
    <Layout title="Sign in">
      <h1>Sign in</h1>
      <form method="post" action="/signin" class="narrow">
        <Problem message={props.problem} />
        <Field
          name="email"
          label="Email"
          type="email"
          autocomplete="username"
          value={props.email}
        />
        <Field name="password" label="Password" type="password" autocomplete="current-password" />
        <Submit label="Sign in" />
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
        <Field
          name="email"
          label="Your email"
          type="email"
          autocomplete="username"
          value={props.email}
        />
        <Field
          name="password"
          label="Choose a password"
          type="password"
          autocomplete="new-password"
          hint="At least 10 characters. A few words in a row are easy to remember and hard to guess."
        />
        <Submit label="Create my account" />
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
        <Field
          name="current"
          label="Current password"
          type="password"
          autocomplete="current-password"
        />
        <Field
          name="next"
          label="New password"
          type="password"
          autocomplete="new-password"
          hint="At least 10 characters."
        />
        <Submit label="Change password" />
      </form>
    </Layout>
  );
}
