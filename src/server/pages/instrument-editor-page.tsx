import type { InstrumentDefinition } from "../../instrument/instrument.schema.js";
import {
  ErrorSummary,
  type FieldErrors,
  SelectField,
  Submit,
  TextArea,
  TextField,
} from "../forms.js";
import { Layout } from "../layout.js";

/**
 * The form that changes a questionnaire's wording (or makes an own copy of a built-in one) and
 * adds a question. It is the largest page of the questionnaire section, so it has its own file;
 * the list, detail and add pages stay in instrument-pages.tsx.
 */

export function EditInstrumentPage(props: {
  user: string;
  code: string;
  version: number;
  builtin: boolean;
  definition: InstrumentDefinition;
  values?: Readonly<Record<string, string>>;
  errors?: FieldErrors;
  message?: string;
}) {
  const d = props.definition;
  const v = props.values ?? {};
  const e = props.errors ?? {};
  const val = (key: string, fallback: string | undefined) => v[key] ?? fallback ?? "";
  return (
    <Layout title={`Change ${d.title}`} user={props.user} section="instruments">
      <p>
        <a href={`/instruments/${props.code}`}>Back to the questionnaire</a>
      </p>
      <h1>{props.builtin ? "Make your own copy" : "Change the wording"}</h1>
      <p class="lead">
        Saving makes version {props.builtin ? "1 of your copy" : props.version + 1}. Campaigns that
        already started keep the version they use. Question codes stay the same, so answers can
        still be compared.
      </p>
      <form method="post" action={`/instruments/${props.code}/edit`}>
        <ErrorSummary message={props.message} errors={e} />
        <input type="hidden" name="based_on" value={String(props.version)} />
        <TextField
          name="code"
          label="Code"
          hint={
            props.builtin
              ? "Built-in questionnaires cannot change; give your copy a code of its own."
              : "Lowercase letters, digits and -."
          }
          value={val("code", props.builtin ? `${props.code}-ours` : props.code)}
          error={e.code}
          maxlength={63}
          required
        />
        <TextField
          name="title"
          label="Title"
          value={val("title", d.title)}
          error={e.title}
          maxlength={300}
          required
        />
        <TextArea
          name="intro"
          label="Introduction for respondents (optional)"
          value={val("intro", d.intro)}
          error={e.intro}
          rows={3}
        />
        {d.sections.map((section, s) => (
          <fieldset class="card">
            <legend>Section {s + 1}</legend>
            <TextField
              name={`sections[${s}].title`}
              label="Section title"
              value={val(`sections[${s}].title`, section.title)}
              error={e[`sections[${s}].title`]}
              maxlength={300}
            />
            {section.items.map((item, i) => {
              const at = `sections[${s}].items[${i}]`;
              return (
                <div class="edit-item">
                  <TextArea
                    name={`${at}.text`}
                    label={`Question ${item.code}`}
                    value={val(`${at}.text`, item.text)}
                    error={e[`${at}.text`]}
                    rows={2}
                    maxlength={1000}
                  />
                  <TextField
                    name={`${at}.help`}
                    label="Help text (optional)"
                    value={val(`${at}.help`, item.help)}
                    error={e[`${at}.help`]}
                    maxlength={2000}
                  />
                  {(item.type === "single_choice" || item.type === "multiple_choice") &&
                    item.options.map((o, n) => (
                      <TextField
                        name={`${at}.options[${n}].label`}
                        label={`Answer ${o.code}`}
                        value={val(`${at}.options[${n}].label`, o.label)}
                        error={e[`${at}.options[${n}].label`]}
                        maxlength={300}
                      />
                    ))}
                  {item.type === "likert" &&
                    item.labels.map((l, n) => (
                      <TextField
                        name={`${at}.labels[${n}]`}
                        label={`Point ${n + 1}`}
                        value={val(`${at}.labels[${n}]`, l)}
                        error={e[`${at}.labels[${n}]`]}
                        maxlength={300}
                      />
                    ))}
                </div>
              );
            })}
          </fieldset>
        ))}
        <fieldset class="card">
          <legend>Add a question (optional)</legend>
          <SelectField
            name="new.section"
            label="In section"
            options={d.sections.map((section, s) => ({
              value: String(s),
              label: `${s + 1}. ${section.title}`,
            }))}
            value={v["new.section"] ?? String(d.sections.length - 1)}
            error={e["new.section"]}
          />
          <SelectField
            name="new.type"
            label="Kind of question"
            options={[
              { value: "yes_no", label: "Yes or no" },
              { value: "single_choice", label: "One answer from a list" },
              { value: "likert", label: "Agreement scale (5 points)" },
              { value: "open_text", label: "Written answer" },
            ]}
            value={v["new.type"]}
            error={e["new.type"]}
          />
          <TextField
            name="new.code"
            label="Code"
            hint="Lowercase letters, digits and _, for example uses_password_manager."
            value={v["new.code"]}
            error={e["new.code"]}
            maxlength={64}
          />
          <TextArea
            name="new.text"
            label="Question"
            value={v["new.text"]}
            error={e["new.text"]}
            rows={2}
            maxlength={1000}
          />
          <TextArea
            name="new.options"
            label="Answers, one per line (for a list)"
            value={v["new.options"]}
            error={e["new.options"]}
            rows={4}
          />
        </fieldset>
        <Submit label="Save a new version" />
      </form>
    </Layout>
  );
}
