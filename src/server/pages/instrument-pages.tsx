import type { ErrorDetail } from "../../errors.js";
import { optionsOf } from "../../instrument/instrument.js";
import type {
  InstrumentSummaryRow,
  VersionSummaryRow,
} from "../../instrument/instrument.repository.js";
import type { InstrumentDefinition, ItemDefinition } from "../../instrument/instrument.schema.js";
import { ErrorSummary, Submit } from "../forms.js";
import { Layout } from "../layout.js";

/**
 * The questionnaire pages: the list, one questionnaire with its versions, and adding one from
 * JSON. The wording editor is in instrument-editor-page.tsx.
 */

const TYPE_LABELS: Record<ItemDefinition["type"], string> = {
  yes_no: "Yes or no",
  single_choice: "One answer from a list",
  multiple_choice: "Several answers from a list",
  likert: "Agreement scale",
  number: "A number",
  open_text: "Written answer",
};

export function InstrumentListPage(props: { user: string; instruments: InstrumentSummaryRow[] }) {
  return (
    <Layout title="Questionnaires" user={props.user} section="instruments">
      <h1>Questionnaires</h1>
      <p class="lead">
        The questions a campaign asks. Each change makes a new version; campaigns keep the version
        they started with, so their answers keep their meaning.
      </p>
      <p>
        <a class="button primary" href="/instruments/new">
          Add a questionnaire
        </a>
      </p>
      {props.instruments.length === 0 ? (
        <div class="card empty">
          <p>There are no questionnaires yet. Add one from a JSON file.</p>
        </div>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Questionnaire</th>
              <th scope="col">Code</th>
              <th scope="col" class="num">
                Version
              </th>
              <th scope="col" class="num">
                Campaigns
              </th>
            </tr>
          </thead>
          <tbody>
            {props.instruments.map((i) => (
              <tr>
                <td>
                  <a href={`/instruments/${i.code}`}>{i.title}</a>
                  {i.builtin && <span class="tag">built in</span>}
                </td>
                <td>
                  <code>{i.code}</code>
                </td>
                <td class="num">{i.latest_version}</td>
                <td class="num">{i.campaigns}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

function Condition(props: { item: ItemDefinition }) {
  const c = props.item.show_if;
  if (!c) return null;
  const what =
    "equals" in c
      ? `answers ${c.equals}`
      : "in" in c
        ? `answers one of ${c.in.join(", ")}`
        : "answers it";
  return (
    <p class="hint">
      Asked only if <code>{c.item}</code> {what}.
    </p>
  );
}

export function InstrumentPage(props: {
  user: string;
  code: string;
  version: number;
  builtin: boolean;
  definition: InstrumentDefinition;
  versions: VersionSummaryRow[];
  saved?: string | undefined;
}) {
  const d = props.definition;
  const base = `/instruments/${props.code}`;
  return (
    <Layout title={d.title} user={props.user} section="instruments">
      <p>
        <a href="/instruments">All questionnaires</a>
      </p>
      <h1>{d.title}</h1>
      <p class="lead">
        <code>{props.code}</code> · version {props.version}
        {props.builtin ? " · built in" : ""}
        {d.estimated_minutes ? ` · about ${d.estimated_minutes} minutes` : ""}
      </p>
      {props.saved && (
        <p class="notice" role="status">
          {props.saved}
        </p>
      )}
      {d.description && <p>{d.description}</p>}
      <div class="buttons">
        <a class="button" href={`${base}/edit`}>
          {props.builtin ? "Make your own copy" : "Change the wording"}
        </a>
        <a
          class="button"
          href={`${base}/definition.json?version=${props.version}`}
          download={`${props.code}-v${props.version}.json`}
        >
          Download as JSON
        </a>
      </div>
      {d.sections.map((section) => (
        <section class="card">
          <h2>{section.title}</h2>
          <ol>
            {section.items.map((item) => (
              <li>
                <p>
                  <strong>{item.text}</strong> <span class="tag">{TYPE_LABELS[item.type]}</span>{" "}
                  <code class="small">{item.code}</code>
                </p>
                {item.help && <p class="hint">{item.help}</p>}
                <Condition item={item} />
                {optionsOf(item).length > 0 && (
                  <ul class="small">
                    {optionsOf(item).map((o) => (
                      <li>
                        {o.label} <code>{o.code}</code>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      <h2>Versions</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Title</th>
            <th scope="col">Added</th>
            <th scope="col" class="num">
              Campaigns
            </th>
          </tr>
        </thead>
        <tbody>
          {props.versions.map((v) => (
            <tr>
              <td>
                <a href={`${base}?version=${v.version}`}>{v.version}</a>
              </td>
              <td>{v.title}</td>
              <td>{v.created_on}</td>
              <td class="num">{v.campaigns}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}

export function NewInstrumentPage(props: {
  user: string;
  text?: string;
  message?: string;
  details?: readonly ErrorDetail[];
}) {
  const details = props.details ?? [];
  return (
    <Layout title="Add a questionnaire" user={props.user} section="instruments">
      <p>
        <a href="/instruments">All questionnaires</a>
      </p>
      <h1>Add a questionnaire</h1>
      <p class="lead">
        Paste or upload its JSON definition. Using the code of one of your questionnaires adds a new
        version of it. Download any questionnaire as JSON to see the format.
      </p>
      <form method="post" action="/instruments" enctype="multipart/form-data">
        <ErrorSummary
          message={props.message}
          errors={
            details.length > 0
              ? {
                  definition: `${details.length} problem${details.length === 1 ? "" : "s"} listed below the box`,
                }
              : undefined
          }
        />
        <div class={details.length > 0 ? "field has-error" : "field"}>
          <label for="f-definition">The definition (JSON)</label>
          {details.length > 0 && (
            <ul class="field-error" id="f-definition-error">
              {details.map((d) => (
                <li>
                  {d.path || d.line ? <code>{d.path ?? `line ${d.line}`}</code> : null} {d.message}
                </li>
              ))}
            </ul>
          )}
          <textarea
            id="f-definition"
            name="definition"
            rows={16}
            class="code"
            spellcheck={false}
            aria-describedby={details.length > 0 ? "f-definition-error" : undefined}
          >
            {props.text ?? ""}
          </textarea>
        </div>
        <div class="field">
          <label for="f-file">Or choose a file</label>
          <input id="f-file" name="file" type="file" accept=".json,application/json" />
        </div>
        <Submit label="Add the questionnaire" />
      </form>
    </Layout>
  );
}
