import { ACTION_STATUS_LABELS, type ActionStatus } from "../../plan/action.schema.js";
import type { ActionView, PlanOverview } from "../../plan/action.service.js";
import type { ChampionView, DialogueView } from "../../plan/team.service.js";
import { ErrorSummary, type FieldErrors, Submit } from "../forms.js";
import { Layout } from "../layout.js";
import {
  ACTION_LABELS,
  ActionFields,
  ChampionsSection,
  DialoguesSection,
  EffectList,
  type FormValues,
  INTERVENTION_OPTIONS,
  STATUS_OPTIONS,
} from "./plan-pages-parts.js";

/**
 * The action plan of one organisation: its actions by status, with filters and a form to add
 * one; the champions register; the dialogue log; and CSV downloads of each. Viewers with a
 * grant see it read-only.
 */
export interface PlanPageProps {
  user: string;
  organisation: { id: string; name: string };
  actions: readonly ActionView[];
  filter: { status?: string | undefined; intervention?: string | undefined };
  champions: readonly ChampionView[];
  dialogues: readonly DialogueView[];
  groups: readonly { id: string; name: string }[];
  campaigns: readonly { id: string; name: string; wave: number }[];
  analyst: boolean;
  saved?: string | undefined;
  message?: string | undefined;
  errors?: FieldErrors;
  values?: FormValues;
  /** Which form the values and errors belong to. */
  form?: "action" | "champion" | "dialogue";
}

function FilterForm(props: { base: string; filter: PlanPageProps["filter"] }) {
  return (
    <form method="get" action={props.base} class="inline">
      <label for="filter-status">Status </label>
      <select id="filter-status" name="status">
        <option value="">Any</option>
        {STATUS_OPTIONS.map((o) => (
          <option value={o.value} selected={o.value === props.filter.status}>
            {o.label}
          </option>
        ))}
      </select>{" "}
      <label for="filter-intervention">Kind </label>
      <select id="filter-intervention" name="intervention">
        <option value="">Any</option>
        {INTERVENTION_OPTIONS.map((o) => (
          <option value={o.value} selected={o.value === props.filter.intervention}>
            {o.label}
          </option>
        ))}
      </select>{" "}
      <button type="submit">Show</button> <a href={props.base}>Show all</a>
    </form>
  );
}

function StatusForm(props: { base: string; action: ActionView }) {
  const id = `status-${props.action.id}`;
  return (
    <form method="post" action={`${props.base}/actions/${props.action.id}/status`} class="inline">
      <label class="visually-hidden" for={id}>
        Status of {props.action.title}
      </label>
      <select id={id} name="status">
        {STATUS_OPTIONS.map((o) => (
          <option value={o.value} selected={o.value === props.action.status}>
            {o.label}
          </option>
        ))}
      </select>{" "}
      <button type="submit">Change</button>
    </form>
  );
}

function ActionTable(props: {
  base: string;
  status: ActionStatus;
  actions: readonly ActionView[];
  analyst: boolean;
}) {
  return (
    <table>
      <caption>
        {ACTION_STATUS_LABELS[props.status]} ({props.actions.length})
      </caption>
      <thead>
        <tr>
          <th scope="col">Action</th>
          <th scope="col">Kind</th>
          <th scope="col">Owner role</th>
          <th scope="col">Due</th>
          <th scope="col">Started</th>
          <th scope="col">Should move</th>
          {props.analyst && <th scope="col">Status</th>}
        </tr>
      </thead>
      <tbody>
        {props.actions.map((a) => (
          <tr>
            <td>
              {props.analyst ? <a href={`${props.base}/actions/${a.id}`}>{a.title}</a> : a.title}
              {a.notes && <p class="small muted">{a.notes}</p>}
              {a.links.length > 0 && (
                <ul class="small">
                  {a.links.slice(0, 2).map((l) => (
                    <li>{l.body || l.code}</li>
                  ))}
                  {a.links.length > 2 && (
                    <li class="muted">
                      and {a.links.length - 2} more reason{a.links.length === 3 ? "" : "s"}
                    </li>
                  )}
                </ul>
              )}
            </td>
            <td>{a.intervention_label}</td>
            <td>{a.owner_role}</td>
            <td>{a.due_on ?? ""}</td>
            <td>{a.started_on ?? ""}</td>
            <td class="small">
              <EffectList effects={a.effects} />
            </td>
            {props.analyst && (
              <td>
                <StatusForm base={props.base} action={a} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const ORDER: readonly ActionStatus[] = ["in_progress", "planned", "done", "dropped"];

export function PlanPage(props: PlanPageProps) {
  const org = props.organisation;
  const base = `/organisations/${org.id}/plan`;
  const errors = props.errors ?? {};
  const valuesFor = (form: PlanPageProps["form"]) =>
    props.form === form ? (props.values ?? {}) : {};
  const errorsFor = (form: PlanPageProps["form"]) => (props.form === form ? errors : {});
  const filtered = props.filter.status !== undefined || props.filter.intervention !== undefined;
  return (
    <Layout
      title={`Action plan: ${org.name}`}
      user={props.user}
      section="plans"
      viewer={!props.analyst}
    >
      {props.analyst && (
        <p>
          <a href={`/organisations/${org.id}`}>{org.name}</a>
        </p>
      )}
      <h1>Action plan: {org.name}</h1>
      <p class="lead">
        What the firm does about its findings, who looks after each step, and what it should change
        by the next survey wave.
      </p>
      {props.saved && (
        <p class="notice" role="status">
          {props.saved}
        </p>
      )}
      <ErrorSummary message={props.message} errors={errors} labels={ACTION_LABELS} />
      <p class="small">
        Download as CSV: <a href={`${base}/export/actions`}>actions</a> ·{" "}
        <a href={`${base}/export/champions`}>champions</a> ·{" "}
        <a href={`${base}/export/dialogues`}>dialogue log</a>
      </p>

      <h2>Actions</h2>
      <FilterForm base={base} filter={props.filter} />
      {props.actions.length === 0 ? (
        <div class="card empty">
          {filtered ? (
            <p>
              No actions match this filter. <a href={base}>Show all actions</a>.
            </p>
          ) : (
            <>
              <p>There are no actions yet.</p>
              <p>
                {props.analyst
                  ? "Open a campaign's recommendations and add the ones that fit, or add an action below."
                  : "The analyst adds actions here once the survey results are in."}
              </p>
            </>
          )}
        </div>
      ) : (
        ORDER.map((status) => {
          const rows = props.actions.filter((a) => a.status === status);
          return rows.length === 0 ? null : (
            <ActionTable base={base} status={status} actions={rows} analyst={props.analyst} />
          );
        })
      )}
      {props.analyst && props.campaigns.length > 0 && (
        <p>
          Recommendations:{" "}
          {props.campaigns.map((c, i) => (
            <>
              {i > 0 && " · "}
              <a href={`/campaigns/${c.id}/recommendations`}>
                {c.name} (wave {c.wave})
              </a>
            </>
          ))}
        </p>
      )}
      {props.analyst && (
        <form method="post" action={`${base}/actions`} class="narrow">
          <h3>Add an action</h3>
          <ActionFields values={valuesFor("action")} errors={errorsFor("action")} />
          <Submit label="Add the action" />
        </form>
      )}

      <ChampionsSection
        organisationId={org.id}
        champions={props.champions}
        groups={props.groups}
        analyst={props.analyst}
        values={valuesFor("champion")}
        errors={errorsFor("champion")}
      />
      <DialoguesSection
        organisationId={org.id}
        dialogues={props.dialogues}
        analyst={props.analyst}
        values={valuesFor("dialogue")}
        errors={errorsFor("dialogue")}
      />
    </Layout>
  );
}

/** All organisations' plans at a glance, with the way into each plan and its recommendations. */
export function PlanIndexPage(props: { user: string; plans: readonly PlanOverview[] }) {
  return (
    <Layout title="Action plans" user={props.user} section="plans">
      <h1>Action plans</h1>
      <p class="lead">
        What each organisation does about its findings. Start from a campaign's recommendations, or
        open a plan to add actions, champions and dialogues.
      </p>
      {props.plans.length === 0 ? (
        <div class="card empty">
          <p>There are no organisations yet.</p>
          <p>
            <a href="/organisations/new">Add an organisation</a> and survey it; its plan starts
            here.
          </p>
        </div>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              {ORDER.map((s) => (
                <th scope="col" class="num">
                  {ACTION_STATUS_LABELS[s]}
                </th>
              ))}
              <th scope="col">Recommendations</th>
            </tr>
          </thead>
          <tbody>
            {props.plans.map((p) => (
              <tr>
                <td>
                  <a href={`/organisations/${p.id}/plan`}>{p.name}</a>
                </td>
                {ORDER.map((s) => (
                  <td class="num">{p.counts[s]}</td>
                ))}
                <td>
                  {p.campaigns.length === 0 ? (
                    <span class="muted">no campaign yet</span>
                  ) : (
                    p.campaigns.map((c, i) => (
                      <>
                        {i > 0 && " · "}
                        <a href={`/campaigns/${c.id}/recommendations`}>
                          {c.name} (wave {c.wave})
                        </a>
                      </>
                    ))
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
