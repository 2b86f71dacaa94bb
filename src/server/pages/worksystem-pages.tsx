import type { ErrorDetail } from "../../errors.js";
import { COMMUNITIES, COMMUNITY_LABELS } from "../../organisation/organisation.js";
import {
  ELEMENT_DESCRIPTIONS,
  ELEMENT_LABELS,
  PHASE_LABELS,
  PHASES,
  SENSITIVITY_LABELS,
  SENSITIVITY_LEVELS,
} from "../../worksystem/worksystem.js";
import type { WorkSystemSummary } from "../../worksystem/worksystem.service.js";
import { type FormValues, LINE_LISTS, rowCount } from "../../worksystem/worksystem-form.js";
import {
  ErrorSummary,
  type FieldErrors,
  SelectField,
  Submit,
  TextArea,
  TextField,
} from "../forms.js";
import { Layout } from "../layout.js";
import { Empty, Saved, WORK_SYSTEM_CSS, WorkSystemTabs } from "./worksystem-parts.js";

const PHASE_OPTIONS = PHASES.map((p) => ({ value: p, label: PHASE_LABELS[p] }));
const LABELS: Record<string, string> = {
  name: "Name",
  description: "Description",
  phase: "Life-cycle state",
};
for (const list of LINE_LISTS) LABELS[list] = ELEMENT_LABELS[list];

interface Organisation {
  id: string;
  name: string;
}

export function WorkSystemListPage(props: {
  user: string;
  organisation: Organisation;
  workSystems: WorkSystemSummary[];
  saved?: string | undefined;
  importMessage?: string | undefined;
  importDetails?: readonly ErrorDetail[] | undefined;
  pasted?: string | undefined;
}) {
  const org = props.organisation;
  return (
    <Layout
      title={`Work systems of ${org.name}`}
      user={props.user}
      section="organisations"
      stylesheet={WORK_SYSTEM_CSS}
    >
      <p>
        <a href={`/organisations/${org.id}`}>{org.name}</a>
      </p>
      <h1>Work systems</h1>
      <p class="lead">
        The real work of {org.name}, such as sales, payroll or production, each described by its
        nine elements and rated against the security guidelines.
      </p>
      <Saved text={props.saved} />
      <p class="buttons">
        <a class="button primary" href={`/organisations/${org.id}/work-systems/new`}>
          Describe a work system
        </a>
        <a class="button" href={`/organisations/${org.id}/findings`}>
          See the findings
        </a>
      </p>
      {props.workSystems.length === 0 ? (
        <Empty>
          <p>There are no work systems yet.</p>
          <p>
            Describe one with the form, or load a file written by hand or exported from another
            workspace. Then rate it against the guidelines.
          </p>
        </Empty>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Work system</th>
              <th scope="col">Life-cycle state</th>
              <th scope="col" class="num">
                Entries
              </th>
              <th scope="col" class="num">
                Workarounds
              </th>
              <th scope="col" class="num">
                Guidelines rated
              </th>
            </tr>
          </thead>
          <tbody>
            {props.workSystems.map((w) => (
              <tr>
                <td>
                  <a href={`/work-systems/${w.id}`}>{w.name}</a>
                </td>
                <td>
                  {PHASE_LABELS[w.phase]}
                  {w.phase_since && <span class="muted"> since {w.phase_since}</span>}
                </td>
                <td class="num">{w.entries + w.infrastructure}</td>
                <td class="num">{w.workarounds}</td>
                <td class="num">{w.ratings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2 id="import">Load work systems from a file</h2>
      <p class="muted">
        A YAML or JSON file in Rapport's work-system format, such as one downloaded from a work
        system's page. A work system with the same name is updated; its history and ratings stay.
      </p>
      {props.importMessage && (
        <div class="error-summary" role="alert" id="import-problems">
          <h2>{props.importMessage}</h2>
          <ul>
            {(props.importDetails ?? []).map((d) => (
              <li>
                {d.line !== undefined ? `Line ${d.line}` : (d.path ?? "")}
                {d.line !== undefined || d.path ? ": " : ""}
                {d.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form
        method="post"
        action={`/organisations/${org.id}/work-systems/import`}
        enctype="multipart/form-data"
        class="narrow"
      >
        <div class="field">
          <label for="f-file">File (.yaml or .json)</label>
          <input id="f-file" type="file" name="file" accept=".yaml,.yml,.json" />
        </div>
        <TextArea
          name="text"
          label="Or paste the file's text"
          hint="Used when no file is chosen. YAML unless it starts with {."
          value={props.pasted}
          rows={6}
        />
        <Submit label="Load the file" />
      </form>
    </Layout>
  );
}

function ListBox(props: {
  list: (typeof LINE_LISTS)[number];
  values: FormValues;
  errors: FieldErrors;
}) {
  return (
    <TextArea
      name={props.list}
      label={ELEMENT_LABELS[props.list]}
      hint={`${ELEMENT_DESCRIPTIONS[props.list]} One per line. To explain one, add a bar and a few words: Tax office | Monthly returns.${props.list === "processes_activities" ? " In the order the work is done." : ""}${props.list === "infrastructure" ? " Shared with the other work systems: the same name is the same thing." : ""}`}
      value={props.values[props.list]}
      error={props.errors[props.list]}
      rows={4}
    />
  );
}

function Cell(props: {
  name: string;
  label: string;
  values: FormValues;
  errors: FieldErrors;
  kind?: "number";
}) {
  const error = props.errors[props.name];
  return (
    <td class={error ? "has-error" : undefined}>
      <label class="visually-hidden" for={`f-${props.name}`}>
        {props.label}
      </label>
      {error && (
        <p class="field-error" id={`f-${props.name}-error`}>
          {error}
        </p>
      )}
      <input
        id={`f-${props.name}`}
        name={props.name}
        type="text"
        inputmode={props.kind === "number" ? "numeric" : undefined}
        value={props.values[props.name] ?? ""}
        aria-invalid={error ? "true" : undefined}
      />
    </td>
  );
}

function Choice(props: {
  name: string;
  label: string;
  values: FormValues;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <td>
      <label class="visually-hidden" for={`f-${props.name}`}>
        {props.label}
      </label>
      <select id={`f-${props.name}`} name={props.name}>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.values[props.name]}>
            {o.label}
          </option>
        ))}
      </select>
    </td>
  );
}

const COMMUNITY_OPTIONS = COMMUNITIES.map((c) => ({ value: c, label: COMMUNITY_LABELS[c] }));
const SENSITIVITY_OPTIONS = SENSITIVITY_LEVELS.map((s) => ({
  value: s,
  label: SENSITIVITY_LABELS[s],
}));

function ParticipantRows(props: { values: FormValues; errors: FieldErrors }) {
  const n = rowCount(props.values, "participants");
  return (
    <fieldset class="rows">
      <legend>{ELEMENT_LABELS.participants}</legend>
      <p class="hint">{ELEMENT_DESCRIPTIONS.participants} Leave a row empty to skip it.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Community</th>
            <th scope="col">Headcount</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: n }, (_, i) => (
            <tr>
              <Cell name={`participants.${i}.role`} label={`Role ${i + 1}`} {...props} />
              <Choice
                name={`participants.${i}.community`}
                label={`Community of role ${i + 1}`}
                values={props.values}
                options={COMMUNITY_OPTIONS}
              />
              <Cell
                name={`participants.${i}.headcount`}
                label={`Headcount of role ${i + 1}`}
                kind="number"
                {...props}
              />
              <Cell
                name={`participants.${i}.description`}
                label={`Note on role ${i + 1}`}
                {...props}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

function InformationRows(props: { values: FormValues; errors: FieldErrors }) {
  const n = rowCount(props.values, "information");
  return (
    <fieldset class="rows">
      <legend>{ELEMENT_LABELS.information}</legend>
      <p class="hint">{ELEMENT_DESCRIPTIONS.information} Leave a row empty to skip it.</p>
      <table>
        <thead>
          <tr>
            <th scope="col">Information</th>
            <th scope="col">Sensitivity</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: n }, (_, i) => (
            <tr>
              <Cell name={`information.${i}.name`} label={`Information ${i + 1}`} {...props} />
              <Choice
                name={`information.${i}.sensitivity`}
                label={`Sensitivity of information ${i + 1}`}
                values={props.values}
                options={SENSITIVITY_OPTIONS}
              />
              <Cell
                name={`information.${i}.description`}
                label={`Note on information ${i + 1}`}
                {...props}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}

/** Adding a work system (no id) or changing one. */
export function WorkSystemFormPage(props: {
  user: string;
  organisation: Organisation;
  id?: string;
  values: FormValues;
  errors?: FieldErrors;
  message?: string;
}) {
  const org = props.organisation;
  const errors = props.errors ?? {};
  const title = props.id
    ? `Change ${props.values.name ?? "the work system"}`
    : "Describe a work system";
  const action = props.id
    ? `/work-systems/${props.id}/edit`
    : `/organisations/${org.id}/work-systems`;
  return (
    <Layout title={title} user={props.user} section="organisations" stylesheet={WORK_SYSTEM_CSS}>
      <p>
        <a href={`/organisations/${org.id}/work-systems`}>Work systems of {org.name}</a>
      </p>
      <h1>{title}</h1>
      {props.id && <WorkSystemTabs id={props.id} current="edit" analyst={true} />}
      <form method="post" action={action}>
        <ErrorSummary message={props.message} errors={errors} labels={LABELS} />
        <TextField
          name="name"
          label="Name"
          hint="For example Payroll, Online sales or Production."
          value={props.values.name}
          error={errors.name}
          required
          maxlength={200}
        />
        <TextArea
          name="description"
          label="Description (optional)"
          hint="What the work is for, in a sentence or two."
          value={props.values.description}
          error={errors.description}
          rows={2}
        />
        <SelectField
          name="phase"
          label="Life-cycle state"
          hint="In operation, or a planned change and how far it has got."
          options={PHASE_OPTIONS}
          value={props.values.phase || "operation_maintenance"}
          error={errors.phase}
        />
        <ListBox list="customers" values={props.values} errors={errors} />
        <ListBox list="products_services" values={props.values} errors={errors} />
        <ListBox list="processes_activities" values={props.values} errors={errors} />
        <ParticipantRows values={props.values} errors={errors} />
        <InformationRows values={props.values} errors={errors} />
        <ListBox list="technologies" values={props.values} errors={errors} />
        <ListBox list="environment" values={props.values} errors={errors} />
        <ListBox list="infrastructure" values={props.values} errors={errors} />
        <ListBox list="strategies" values={props.values} errors={errors} />
        <Submit label={props.id ? "Save the changes" : "Add the work system"} />
      </form>
    </Layout>
  );
}
