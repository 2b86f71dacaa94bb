import { COMMUNITY_LABELS } from "../../organisation/organisation.js";
import { RATING_LABELS, RATINGS } from "../../worksystem/severity.js";
import {
  ELEMENT_LABELS,
  ELEMENTS,
  PHASE_LABELS,
  PHASES,
  SENSITIVITY_LABELS,
  type WorkSystemElement,
} from "../../worksystem/worksystem.js";
import type { WorkSystemView } from "../../worksystem/worksystem.service.js";
import {
  ErrorSummary,
  type FieldErrors,
  SelectField,
  Submit,
  TextArea,
  TextField,
} from "../forms.js";
import { Layout } from "../layout.js";
import { Saved, WORK_SYSTEM_CSS, WorkSystemTabs } from "./worksystem-parts.js";

const PHASE_OPTIONS = PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] }));
const ELEMENT_OPTIONS = ELEMENTS.map((e) => ({ value: e, label: ELEMENT_LABELS[e] }));
const LABELS = {
  to: "New state",
  on: "Started on",
  note: "Note",
  description: "Workaround",
  element: "Element",
  guideline: "Guideline",
  noted_on: "Noticed on",
};

function ElementCard(props: { ws: WorkSystemView; element: WorkSystemElement }) {
  const m = props.ws.model;
  const e = props.element;
  const items: { name: string; detail: string }[] =
    e === "participants"
      ? m.participants.map((p) => ({
          name: p.role,
          detail: [
            COMMUNITY_LABELS[p.community],
            p.headcount === undefined
              ? ""
              : `${p.headcount} ${p.headcount === 1 ? "person" : "people"}`,
            p.description,
          ]
            .filter((x) => x !== "")
            .join(", "),
        }))
      : e === "information"
        ? m.information.map((i) => ({
            name: i.name,
            detail: [SENSITIVITY_LABELS[i.sensitivity], i.description]
              .filter((x) => x !== "")
              .join(", "),
          }))
        : m[e].map((x) => ({ name: x.name, detail: x.description }));
  const List = e === "processes_activities" ? "ol" : "ul";
  return (
    <section class="card">
      <h3>{ELEMENT_LABELS[e]}</h3>
      {items.length === 0 ? (
        <p class="empty">Not described yet.</p>
      ) : (
        <List>
          {items.map((x) => (
            <li>
              {x.name}
              {x.detail && <span class="muted"> ({x.detail})</span>}
            </li>
          ))}
        </List>
      )}
    </section>
  );
}

const SCOPE_LABELS: Readonly<Record<string, string>> = { ...ELEMENT_LABELS, ...PHASE_LABELS };
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** How many guidelines of each element and phase got each rating (a code starts with its scope). */
function RatingSummary(props: { ws: WorkSystemView; analyst: boolean }) {
  const ratings = props.ws.ratings;
  if (ratings.length === 0)
    return (
      <p class="empty">
        No guideline rated yet.{props.analyst ? " Open Assess to rate them." : ""}
      </p>
    );
  const scopes = [...new Set(ratings.map((r) => r.guideline.slice(0, r.guideline.indexOf("."))))];
  const cell = (scope: string, rating: string) =>
    ratings.filter((r) => r.rating === rating && r.guideline.startsWith(`${scope}.`)).length;
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Element or phase</th>
          {RATINGS.map((r) => (
            <th scope="col" class="num">
              {capital(RATING_LABELS[r])}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {scopes.map((scope) => (
          <tr>
            <td>{SCOPE_LABELS[scope] ?? scope}</td>
            {RATINGS.map((r) => (
              <td class="num">{cell(scope, r) || ""}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SnapshotPage(props: {
  user: string;
  ws: WorkSystemView;
  analyst: boolean;
  saved?: string | undefined;
  values?: Readonly<Record<string, string>>;
  errors?: FieldErrors;
  message?: string;
  /** Which form the values and errors belong to. */
  form?: "phase" | "workaround";
}) {
  const ws = props.ws;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const phaseErrors = props.form === "phase" ? errors : {};
  const workaroundErrors = props.form === "workaround" ? errors : {};
  return (
    <Layout
      title={ws.model.name}
      user={props.user}
      section="organisations"
      viewer={!props.analyst}
      stylesheet={WORK_SYSTEM_CSS}
    >
      <p class="no-print">
        {props.analyst ? (
          <a href={`/organisations/${ws.organisation.id}/work-systems`}>
            Work systems of {ws.organisation.name}
          </a>
        ) : (
          <a href={`/organisations/${ws.organisation.id}/findings`}>
            Findings for {ws.organisation.name}
          </a>
        )}
      </p>
      <h1>{ws.model.name}</h1>
      <p class="lead">
        {ws.organisation.name}. {PHASE_LABELS[ws.model.phase]}
        {ws.phase_since ? ` since ${ws.phase_since}` : ""}.
      </p>
      {ws.model.description && <p>{ws.model.description}</p>}
      <WorkSystemTabs id={ws.id} current="snapshot" analyst={props.analyst} />
      <Saved text={props.saved} />
      <p class="no-print">
        <a href={`/work-systems/${ws.id}/download?format=yaml`}>Download as YAML</a>
        {" · "}
        <a href={`/work-systems/${ws.id}/download?format=json`}>as JSON</a>
        {" · "}Print this page for a one-page overview.
      </p>

      <h2>The nine elements</h2>
      <div class="ws-grid">
        {ELEMENTS.map((e) => (
          <ElementCard ws={ws} element={e} />
        ))}
      </div>

      <h2>Ratings</h2>
      <RatingSummary ws={ws} analyst={props.analyst} />

      <h2>Life cycle</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">State</th>
            <th scope="col">Started</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {ws.phase_history.map((p) => (
            <tr>
              <td>{PHASE_LABELS[p.phase]}</td>
              <td>{p.started_on ?? <span class="muted">before it was described</span>}</td>
              <td>{p.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {props.analyst && (
        <form method="post" action={`/work-systems/${ws.id}/phase`} class="narrow" id="phase">
          <h3>Record a change of state</h3>
          {props.form === "phase" && (
            <ErrorSummary message={props.message} errors={phaseErrors} labels={LABELS} />
          )}
          <SelectField
            name="to"
            label="New state"
            options={PHASE_OPTIONS}
            value={props.form === "phase" ? values.to : undefined}
            error={phaseErrors.to}
          />
          <TextField
            name="on"
            label="Started on (optional)"
            hint="As 2026-03-31. Today when left empty."
            value={props.form === "phase" ? values.on : undefined}
            error={phaseErrors.on}
            maxlength={10}
          />
          <TextArea
            name="note"
            label="Note (optional)"
            value={props.form === "phase" ? values.note : undefined}
            error={phaseErrors.note}
            rows={2}
          />
          <Submit label="Record the change" />
        </form>
      )}

      <h2>Workarounds and adaptations</h2>
      {ws.workarounds.length === 0 ? (
        <p class="empty">
          None noted yet. When people work around a rule or a tool, note it here: it shows where the
          work and the security measures do not fit.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Noticed</th>
              <th scope="col">What people do</th>
              <th scope="col">Touches</th>
            </tr>
          </thead>
          <tbody>
            {ws.workarounds.map((w) => (
              <tr>
                <td>{w.noted_on}</td>
                <td>{w.description}</td>
                <td>
                  {w.element ? ELEMENT_LABELS[w.element] : ""}
                  {w.guideline && <code class="tag">{w.guideline}</code>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.analyst && (
        <form
          method="post"
          action={`/work-systems/${ws.id}/workarounds`}
          class="narrow"
          id="workaround"
        >
          <h3>Note a workaround</h3>
          {props.form === "workaround" && (
            <ErrorSummary message={props.message} errors={workaroundErrors} labels={LABELS} />
          )}
          <TextArea
            name="description"
            label="What people do instead"
            hint="Describe the work, never a person."
            value={props.form === "workaround" ? values.description : undefined}
            error={workaroundErrors.description}
            rows={3}
          />
          <SelectField
            name="element"
            label="Element it touches"
            options={ELEMENT_OPTIONS}
            empty="Choose one, or give a guideline"
            value={props.form === "workaround" ? values.element : undefined}
            error={workaroundErrors.element}
          />
          <TextField
            name="guideline"
            label="Guideline code (optional)"
            hint="For example participants.know_guidance."
            value={props.form === "workaround" ? values.guideline : undefined}
            error={workaroundErrors.guideline}
            maxlength={100}
          />
          <TextField
            name="noted_on"
            label="Noticed on (optional)"
            hint="As 2026-03-31. Today when left empty."
            value={props.form === "workaround" ? values.noted_on : undefined}
            error={workaroundErrors.noted_on}
            maxlength={10}
          />
          <Submit label="Note the workaround" />
        </form>
      )}
    </Layout>
  );
}
