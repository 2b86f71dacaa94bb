import { COMMUNITIES, COMMUNITY_LABELS } from "../../organisation/organisation.js";
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from "../../plan/action.schema.js";
import { effectLabel } from "../../plan/effect-label.js";
import type { ChampionView, DialogueView } from "../../plan/team.service.js";
import { ACTION_INTERVENTIONS, interventionLabel } from "../../worksystem/interventions.js";
import {
  ActionButton,
  type FieldErrors,
  SelectField,
  Submit,
  TextArea,
  TextField,
} from "../forms.js";

/**
 * Parts of the action-plan pages: the fields of an action, the champions register and the
 * dialogue log, each with its form for analysts and a read-only view for viewers.
 */
export type FormValues = Readonly<Record<string, string>>;

export const INTERVENTION_OPTIONS = ACTION_INTERVENTIONS.map((code) => ({
  value: code,
  label: interventionLabel(code),
}));
export const STATUS_OPTIONS = ACTION_STATUSES.map((s) => ({
  value: s,
  label: ACTION_STATUS_LABELS[s],
}));

export const ACTION_LABELS: Readonly<Record<string, string>> = {
  title: "Title",
  intervention: "Kind of intervention",
  owner_role: "Owner role",
  due_on: "Due",
  status: "Status",
  started_on: "Started on",
  effects: "Should move",
  notes: "Notes",
  group: "Group",
  name: "Name",
  contact: "Contact",
  since: "Since",
  held_on: "Date",
  communities: "Who took part",
  topics: "Topics",
  agreed: "What was agreed",
};

export function ActionFields(props: { values: FormValues; errors: FieldErrors }) {
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="title"
        label="Title"
        hint="What will be done, in a few words."
        value={values.title}
        error={errors.title}
        required
        maxlength={200}
      />
      <SelectField
        name="intervention"
        label="Kind of intervention"
        options={INTERVENTION_OPTIONS}
        value={values.intervention}
        error={errors.intervention}
        required
      />
      <TextField
        name="owner_role"
        label="Owner role (optional)"
        hint="A role, not a person's name: for example Head of IT or Operations manager."
        value={values.owner_role}
        error={errors.owner_role}
        maxlength={120}
      />
      <TextField
        name="due_on"
        label="Due (optional)"
        hint="As year-month-day, for example 2026-06-30."
        value={values.due_on}
        error={errors.due_on}
        maxlength={10}
      />
      <SelectField
        name="status"
        label="Status"
        options={STATUS_OPTIONS}
        value={values.status ?? "planned"}
        error={errors.status}
      />
      <TextField
        name="started_on"
        label="Started on (optional)"
        hint="Left empty, today's date is used once the action is in progress or done."
        value={values.started_on}
        error={errors.started_on}
        maxlength={10}
      />
      <TextArea
        name="effects"
        label="Should move (optional)"
        hint="One per line, as kind:code, for example indicator:blame or scale:friction. The next wave shows whether they moved."
        value={values.effects}
        error={errors.effects ?? firstIndexed(errors, "effects")}
        rows={3}
      />
      <TextArea
        name="notes"
        label="Notes (optional)"
        value={values.notes}
        error={errors.notes}
        rows={3}
        maxlength={4000}
      />
    </>
  );
}

/** An error on one line of a list ("effects[1]") shown beside the whole box. */
export function firstIndexed(errors: FieldErrors, field: string): string | undefined {
  for (const [key, message] of Object.entries(errors)) {
    const line = new RegExp(`^${field}\\[(\\d+)\\]$`).exec(key);
    if (line) return `Line ${Number(line[1]) + 1}: ${message}`;
  }
  return undefined;
}

export function ChampionsSection(props: {
  organisationId: string;
  champions: readonly ChampionView[];
  groups: readonly { id: string; name: string }[];
  analyst: boolean;
  values: FormValues;
  errors: FieldErrors;
}) {
  const base = `/organisations/${props.organisationId}/plan`;
  return (
    <section aria-labelledby="champions">
      <h2 id="champions">Security champions</h2>
      <p class="muted">
        Staff who volunteered to explain security to their group and to pass back what does not
        work. They chose this role, so they may be named here; people who answered a survey never
        are.
      </p>
      {props.champions.length === 0 ? (
        <p class="empty">
          No champions yet. Ask each group for a volunteer, then add them
          {props.analyst ? " below." : "."}
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Name</th>
              <th scope="col">Contact</th>
              <th scope="col">Since</th>
              {props.analyst && (
                <th scope="col">
                  <span class="visually-hidden">Remove</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {props.champions.map((c) => (
              <tr>
                <td>{c.group}</td>
                <td>{c.name}</td>
                <td>{c.contact}</td>
                <td>{c.since ?? ""}</td>
                {props.analyst && (
                  <td>
                    <ActionButton action={`${base}/champions/${c.id}/remove`} label="Remove" />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {props.analyst && props.groups.length === 0 && (
        <p class="muted">
          Add the organisation's groups first: champions belong to a group.{" "}
          <a href={`/organisations/${props.organisationId}`}>Open the organisation</a>.
        </p>
      )}
      {props.analyst && props.groups.length > 0 && (
        <form method="post" action={`${base}/champions`} class="narrow">
          <h3>Add a champion</h3>
          <SelectField
            name="group"
            label="Group"
            options={props.groups.map((g) => ({ value: g.id, label: g.name }))}
            value={props.values.group}
            error={props.errors.group}
            required
          />
          <TextField
            name="name"
            label="Name"
            value={props.values.name}
            error={props.errors.name}
            required
            maxlength={200}
          />
          <TextField
            name="contact"
            label="Contact (optional)"
            hint="How colleagues reach them, for example an extension or an e-mail address."
            value={props.values.contact}
            error={props.errors.contact}
            maxlength={200}
          />
          <TextField
            name="since"
            label="Since (optional)"
            hint="As year-month-day."
            value={props.values.since}
            error={props.errors.since}
            maxlength={10}
          />
          <Submit label="Add the champion" />
        </form>
      )}
    </section>
  );
}

export function DialoguesSection(props: {
  organisationId: string;
  dialogues: readonly DialogueView[];
  analyst: boolean;
  values: FormValues;
  errors: FieldErrors;
}) {
  const base = `/organisations/${props.organisationId}/plan`;
  return (
    <section aria-labelledby="dialogues">
      <h2 id="dialogues">Dialogue log</h2>
      <p class="muted">
        When staff and the people who look after security met, who took part, and what they agreed.
      </p>
      {props.dialogues.length === 0 ? (
        <p class="empty">
          No dialogues logged yet. After the first one, note what was talked about and agreed
          {props.analyst ? " below." : "."}
        </p>
      ) : (
        props.dialogues.map((d) => (
          <div class="card">
            <h3>{d.held_on}</h3>
            <p class="small">{d.communities.map((c) => COMMUNITY_LABELS[c]).join(", ")}</p>
            <p>
              <strong>Topics:</strong> {d.topics}
            </p>
            {d.agreed && (
              <p>
                <strong>Agreed:</strong> {d.agreed}
              </p>
            )}
            {props.analyst && (
              <ActionButton action={`${base}/dialogues/${d.id}/remove`} label="Remove" />
            )}
          </div>
        ))
      )}
      {props.analyst && (
        <form method="post" action={`${base}/dialogues`} class="narrow">
          <h3>Log a dialogue</h3>
          <TextField
            name="held_on"
            label="Date"
            hint="As year-month-day, for example 2026-03-02."
            value={props.values.held_on}
            error={props.errors.held_on}
            required
            maxlength={10}
          />
          <fieldset
            id="f-communities"
            class={props.errors.communities ? "field has-error" : "field"}
          >
            <legend>Who took part</legend>
            {(props.errors.communities ?? firstIndexed(props.errors, "communities")) && (
              <p class="field-error">
                {props.errors.communities ?? firstIndexed(props.errors, "communities")}
              </p>
            )}
            {COMMUNITIES.map((c) => (
              <label class="choice">
                <input
                  type="checkbox"
                  name={`community_${c}`}
                  value="on"
                  checked={props.values[`community_${c}`] === "on"}
                />{" "}
                {COMMUNITY_LABELS[c]}
              </label>
            ))}
          </fieldset>
          <TextArea
            name="topics"
            label="Topics"
            value={props.values.topics}
            error={props.errors.topics}
            rows={3}
            maxlength={2000}
          />
          <TextArea
            name="agreed"
            label="What was agreed (optional)"
            value={props.values.agreed}
            error={props.errors.agreed}
            rows={3}
            maxlength={4000}
          />
          <Submit label="Log the dialogue" />
        </form>
      )}
    </section>
  );
}

/** What an action should move, in words; the stored code stays available as a tooltip. */
export function EffectList({ effects }: { effects: readonly string[] }) {
  return (
    <>
      {effects.map((effect, i) => (
        <>
          {i > 0 && "; "}
          <span title={effect}>{effectLabel(effect)}</span>
        </>
      ))}
    </>
  );
}
