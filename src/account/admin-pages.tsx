import type { OrganisationRow } from "../organisation/organisation.repository.js";
import {
  ActionButton,
  ErrorSummary,
  type FieldErrors,
  SelectField,
  Submit,
  TextField,
} from "../server/forms.js";
import { Layout } from "../server/layout.js";
import type { Role } from "./account.repository.js";
import type { UserSummaryRow } from "./user-admin.repository.js";
import type { AccountView } from "./user-admin.service.js";

/** /admin/users: the people who may sign in to this workspace, and what each may see. */
const ROLE_OPTIONS: readonly { value: Role; label: string }[] = [
  { value: "admin", label: "Administrator: everything, including people's accounts" },
  { value: "analyst", label: "Analyst: organisations, questionnaires, campaigns and results" },
  { value: "viewer", label: "Viewer: reads the reports of the organisations you choose" },
];
const ROLE_NAMES: Record<Role, string> = {
  admin: "Administrator",
  analyst: "Analyst",
  viewer: "Viewer",
};
const LABELS = { email: "Email", role: "Role", password: "Password", organisation: "Organisation" };

function day(date: Date | string | null): string {
  return date === null ? "" : new Date(date).toISOString().slice(0, 10);
}

function Notice(props: { text: string | undefined }) {
  if (!props.text) return null;
  return (
    <p class="notice" role="status">
      {props.text}
    </p>
  );
}

function Reads(props: { account: AccountView }) {
  if (props.account.role !== "viewer") return <span class="muted">every organisation</span>;
  if (props.account.granted.length === 0) return <span class="muted">nothing yet</span>;
  return <>{props.account.granted.map((o) => o.name).join(", ")}</>;
}

function AccountTable(props: { accounts: AccountView[]; selfId: string }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Reads</th>
          <th scope="col">Added</th>
          <th scope="col">Last sign-in</th>
        </tr>
      </thead>
      <tbody>
        {props.accounts.map((a) => (
          <tr>
            <td>
              <a href={`/admin/users/${a.id}`}>{a.email}</a>
              {a.id === props.selfId && <span class="muted"> (you)</span>}
            </td>
            <td>{ROLE_NAMES[a.role]}</td>
            <td>
              <Reads account={a} />
            </td>
            <td>{day(a.created_at)}</td>
            <td>{a.last_sign_in ? day(a.last_sign_in) : <span class="muted">not known</span>}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface NewAccountForm {
  values?: Readonly<Record<string, string>>;
  errors?: FieldErrors;
  message?: string;
}

export function UserListPage(
  props: {
    user: string;
    selfId: string;
    accounts: AccountView[];
    saved?: string | undefined;
    /** Just made: shown on this one page and never again. */
    created?: { email: string; password: string };
  } & NewAccountForm,
) {
  const values = props.values ?? {};
  return (
    <Layout title="People" user={props.user} section="users">
      <h1>People</h1>
      <p class="lead">
        Who may sign in to this workspace, and what each person may see. Viewers read only the
        reports of the organisations you choose for them.
      </p>
      <Notice text={props.saved} />
      {props.created && (
        <div class="card" role="status">
          <h2>The account for {props.created.email} is ready</h2>
          <p>
            <strong>Copy this password now: it will not be shown again.</strong> Give it to the
            person in a safe way; they can change it after signing in.
          </p>
          <label for="new-password">Password</label>
          <input id="new-password" type="text" readonly value={props.created.password} />
        </div>
      )}
      <AccountTable accounts={props.accounts} selfId={props.selfId} />
      {props.accounts.length <= 1 && (
        <div class="card empty">
          <p>You are the only person here so far.</p>
          <p>Add the analysts you work with, or a firm's manager as a viewer of their reports.</p>
        </div>
      )}
      <h2>Add a person</h2>
      <form method="post" action="/admin/users" class="narrow" novalidate>
        <ErrorSummary message={props.message} errors={props.errors} labels={LABELS} />
        <TextField
          name="email"
          label={LABELS.email}
          type="email"
          required
          maxlength={254}
          value={values.email}
          error={props.errors?.email}
        />
        <SelectField
          name="role"
          label={LABELS.role}
          options={ROLE_OPTIONS}
          value={values.role ?? "analyst"}
          error={props.errors?.role}
        />
        <TextField
          name="password"
          label="First password (optional)"
          type="password"
          autocomplete="new-password"
          maxlength={200}
          hint="Leave empty and Rapport makes a strong one, shown once. At least 10 characters if you choose one."
          error={props.errors?.password}
        />
        <Submit label="Add this person" />
      </form>
    </Layout>
  );
}

function Grants(props: {
  account: UserSummaryRow;
  granted: OrganisationRow[];
  organisations: OrganisationRow[];
  errors?: FieldErrors | undefined;
}) {
  const base = `/admin/users/${props.account.id}`;
  const grantedIds = new Set(props.granted.map((o) => o.id));
  const others = props.organisations.filter((o) => !grantedIds.has(o.id));
  return (
    <section>
      <h2>Reports this person may read</h2>
      {props.granted.length === 0 ? (
        <p class="empty">This viewer cannot read any report yet. Choose an organisation below.</p>
      ) : (
        <ul>
          {props.granted.map((o) => (
            <li>
              {o.name}{" "}
              <ActionButton
                action={`${base}/grants/${o.id}/revoke`}
                label={`Stop access to ${o.name}`}
              />
            </li>
          ))}
        </ul>
      )}
      {props.organisations.length === 0 ? (
        <p class="empty">
          There are no organisations yet. <a href="/organisations/new">Add one</a> first.
        </p>
      ) : others.length === 0 ? (
        <p class="muted">This viewer may already read every organisation.</p>
      ) : (
        <form method="post" action={`${base}/grants`} class="narrow">
          <SelectField
            name="organisation"
            label="Let them read the reports of"
            options={others.map((o) => ({ value: o.id, label: o.name }))}
            error={props.errors?.organisation}
          />
          <Submit label="Give access" />
        </form>
      )}
    </section>
  );
}

export function UserPage(props: {
  user: string;
  self: boolean;
  account: UserSummaryRow;
  granted: OrganisationRow[];
  organisations: OrganisationRow[];
  saved?: string | undefined;
  message?: string | undefined;
  errors?: FieldErrors | undefined;
}) {
  const a = props.account;
  const base = `/admin/users/${a.id}`;
  return (
    <Layout title={a.email} user={props.user} section="users">
      <p>
        <a href="/admin/users">All people</a>
      </p>
      <h1>{a.email}</h1>
      <Notice text={props.saved} />
      <ErrorSummary message={props.message} errors={props.errors} labels={LABELS} />
      <p>
        {ROLE_NAMES[a.role]}, added on {day(a.created_at)}.{" "}
        {a.last_sign_in ? `Last signed in on ${day(a.last_sign_in)}.` : ""}
      </p>
      {props.self ? (
        <p class="card">
          This is your own account. To change its role or remove it, ask another administrator.
        </p>
      ) : (
        <>
          <h2>Role</h2>
          <form method="post" action={`${base}/role`} class="narrow">
            <SelectField
              name="role"
              label="Role"
              options={ROLE_OPTIONS}
              value={a.role}
              error={props.errors?.role}
            />
            <Submit label="Change role" />
          </form>
        </>
      )}
      {a.role === "viewer" && (
        <Grants
          account={a}
          granted={props.granted}
          organisations={props.organisations}
          errors={props.errors}
        />
      )}
      {!props.self && (
        <section>
          <h2>Remove the account</h2>
          <p>
            {a.email} will be signed out everywhere, their API tokens will stop working, and they
            will no longer be able to sign in. Results and answers stay as they are.
          </p>
          <form method="post" action={`${base}/remove`} class="narrow">
            <div class="field">
              <input type="checkbox" id="f-confirm" name="confirm" value="yes" required />{" "}
              <label for="f-confirm">Yes, remove {a.email}</label>
            </div>
            <Submit label="Remove this account" />
          </form>
        </section>
      )}
    </Layout>
  );
}
