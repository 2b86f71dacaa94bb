import type { ErrorDetail } from "../../errors.js";
import type { Guideline } from "../../worksystem/guideline.schema.js";
import { GUIDELINE_ITEM_CODES } from "../../worksystem/guideline.schema.js";
import { INTERVENTION_LABELS, INTERVENTIONS } from "../../worksystem/interventions.js";
import {
  ELEMENT_LABELS,
  ELEMENTS,
  PHASE_LABELS,
  PLANNED_PHASES,
} from "../../worksystem/worksystem.js";
import {
  ActionButton,
  ErrorSummary,
  type FieldErrors,
  Submit,
  TextArea,
  TextField,
} from "../forms.js";
import { Layout } from "../layout.js";
import { Empty, Saved, WORK_SYSTEM_CSS } from "./worksystem-parts.js";

/** The guideline catalogue: the built-in guidelines to read, the workspace's own to change. */

export interface GuidelineFormValues {
  code?: string;
  scope?: string;
  statement?: string;
  question?: string;
  why?: string;
  source?: string;
  item_codes?: readonly string[];
  interventions?: readonly string[];
}

const LABELS = {
  code: "Code",
  scope: "Element or phase",
  statement: "Guideline",
  question: "Question",
  why: "Why it matters",
  item_codes: "Survey questions",
  interventions: "What usually helps",
  source: "Source",
};

const scopeOf = (g: Guideline) =>
  g.element ? ELEMENT_LABELS[g.element] : g.phase ? PHASE_LABELS[g.phase] : "";

function GuidelineTable(props: { guidelines: readonly Guideline[]; own: boolean }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Guideline</th>
          <th scope="col">Element or phase</th>
          {props.own && (
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {props.guidelines.map((g) => (
          <tr>
            <td>
              {g.statement}
              <br />
              <span class="small muted">{g.question}</span> <code class="tag">{g.code}</code>
            </td>
            <td>{scopeOf(g)}</td>
            {props.own && (
              <td>
                <a href={`/guidelines/${encodeURIComponent(g.code)}`}>Change</a>{" "}
                <ActionButton
                  action={`/guidelines/${encodeURIComponent(g.code)}/remove`}
                  label="Remove"
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function GuidelinesPage(props: {
  user: string;
  builtin: readonly Guideline[];
  own: readonly Guideline[];
  saved?: string | undefined;
  importMessage?: string | undefined;
  importDetails?: readonly ErrorDetail[] | undefined;
  pasted?: string | undefined;
}) {
  return (
    <Layout title="Guidelines" user={props.user} section="guidelines" stylesheet={WORK_SYSTEM_CSS}>
      <h1>Guidelines</h1>
      <p class="lead">
        The security guidelines work systems are rated against: Rapport's own, and any you add for
        this workspace.
      </p>
      <Saved text={props.saved} />
      <p class="buttons">
        <a class="button primary" href="/guidelines/new">
          Add a guideline
        </a>
        <a class="button" href="/guidelines/export?format=yaml">
          Download the catalogue (YAML)
        </a>
        <a class="button" href="/guidelines/export?format=json">
          Download as JSON
        </a>
      </p>
      <h2>Your own guidelines</h2>
      {props.own.length === 0 ? (
        <Empty>
          <p>You have not added guidelines of your own.</p>
          <p>
            Add one for a need the built-in ones miss, or load a catalogue file a colleague shared.
          </p>
        </Empty>
      ) : (
        <GuidelineTable guidelines={props.own} own={true} />
      )}

      <h2 id="import">Load a catalogue file</h2>
      <p class="muted">
        A YAML or JSON catalogue in the same format as the download. Its own guidelines are added
        (or replace yours with the same code); built-in ones in it are skipped when unchanged.
      </p>
      {props.importMessage && (
        <div class="error-summary" role="alert">
          <h2>{props.importMessage}</h2>
          <ul>
            {(props.importDetails ?? []).map((d) => (
              <li>
                {d.line !== undefined ? `Line ${d.line}: ` : d.path ? `${d.path}: ` : ""}
                {d.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action="/guidelines/import" enctype="multipart/form-data" class="narrow">
        <div class="field">
          <label for="f-file">File (.yaml or .json)</label>
          <input id="f-file" type="file" name="file" accept=".yaml,.yml,.json" />
        </div>
        <TextArea
          name="text"
          label="Or paste the file's text"
          hint="Used when no file is chosen."
          value={props.pasted}
          rows={6}
        />
        <Submit label="Load the catalogue" />
      </form>

      <h2>Built-in guidelines</h2>
      <p class="muted">
        These ship with Rapport and cannot be changed. {props.builtin.length} in all.
      </p>
      <GuidelineTable guidelines={props.builtin} own={false} />
    </Layout>
  );
}

function Checkboxes(props: {
  name: string;
  legend: string;
  hint: string;
  options: readonly { value: string; label: string }[];
  chosen: readonly string[];
  error?: string | undefined;
}) {
  return (
    <fieldset class={props.error ? "field has-error" : "field"} id={`f-${props.name}`}>
      <legend>{props.legend}</legend>
      <p class="hint">{props.hint}</p>
      {props.error && <p class="field-error">{props.error}</p>}
      {props.options.map((o) => (
        <label class="choice">
          <input
            type="checkbox"
            name={props.name}
            value={o.value}
            checked={props.chosen.includes(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

const ITEM_OPTIONS = GUIDELINE_ITEM_CODES.map((c) => ({ value: c, label: c }));
const INTERVENTION_OPTIONS = INTERVENTIONS.map((c) => ({
  value: c,
  label: INTERVENTION_LABELS[c],
}));

/** Adding an own guideline (no existing code) or changing one (its code stays). */
export function GuidelineFormPage(props: {
  user: string;
  existing?: string;
  values: GuidelineFormValues;
  errors?: FieldErrors;
  message?: string;
}) {
  const v = props.values;
  const errors = props.errors ?? {};
  const title = props.existing ? `Change ${props.existing}` : "Add a guideline";
  return (
    <Layout title={title} user={props.user} section="guidelines" stylesheet={WORK_SYSTEM_CSS}>
      <p>
        <a href="/guidelines">All guidelines</a>
      </p>
      <h1>{title}</h1>
      <form
        method="post"
        action={
          props.existing ? `/guidelines/${encodeURIComponent(props.existing)}` : "/guidelines"
        }
        class="narrow"
      >
        <ErrorSummary message={props.message} errors={errors} labels={LABELS} />
        <div class={errors.scope ? "field has-error" : "field"}>
          <label for="f-scope">Element or phase</label>
          {errors.scope && <p class="field-error">{errors.scope}</p>}
          <select id="f-scope" name="scope">
            <option value="">Choose one</option>
            <optgroup label="Element of the work system">
              {ELEMENTS.map((e) => (
                <option value={e} selected={v.scope === e}>
                  {ELEMENT_LABELS[e]}
                </option>
              ))}
            </optgroup>
            <optgroup label="Phase of a planned change">
              {PLANNED_PHASES.map((p) => (
                <option value={p} selected={v.scope === p}>
                  {PHASE_LABELS[p]}
                </option>
              ))}
            </optgroup>
          </select>
        </div>
        {props.existing ? (
          <>
            <input type="hidden" name="code" value={props.existing} />
            <p>
              Code: <code>{props.existing}</code> <span class="muted">(stays the same)</span>
            </p>
          </>
        ) : (
          <TextField
            name="code"
            label="Code"
            hint="The element or phase, a dot, then a short name of your own: for example participants.night_shift_handover."
            value={v.code}
            error={errors.code}
            maxlength={100}
            required
          />
        )}
        <TextField
          name="statement"
          label="Guideline"
          hint="One line: what good looks like."
          value={v.statement}
          error={errors.statement}
          maxlength={300}
          required
        />
        <TextField
          name="question"
          label="Question"
          hint="The yes-or-no question that checks it, ending with ?"
          value={v.question}
          error={errors.question}
          maxlength={300}
          required
        />
        <TextArea
          name="why"
          label="Why it matters"
          hint="One or two plain sentences."
          value={v.why}
          error={errors.why}
          rows={3}
          maxlength={600}
        />
        <Checkboxes
          name="item_codes"
          legend="Survey questions that bear on it (optional)"
          hint="Their answers become evidence for the guideline."
          options={ITEM_OPTIONS}
          chosen={v.item_codes ?? []}
          error={errors.item_codes}
        />
        <Checkboxes
          name="interventions"
          legend="What usually helps"
          hint="Choose at least one."
          options={INTERVENTION_OPTIONS}
          chosen={v.interventions ?? []}
          error={errors.interventions}
        />
        <TextField
          name="source"
          label="Source (optional)"
          hint="Where it comes from, for example your firm's policy."
          value={v.source}
          error={errors.source}
          maxlength={200}
        />
        <Submit label={props.existing ? "Save the changes" : "Add the guideline"} />
      </form>
    </Layout>
  );
}
