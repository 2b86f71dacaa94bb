import type { InstrumentSummaryRow } from "../../instrument/instrument.repository.js";
import {
  ErrorSummary,
  type FieldErrors,
  SelectField,
  Submit,
  TextArea,
  TextField,
} from "../forms.js";
import { Layout } from "../layout.js";

export interface StudyFormValues {
  name?: string;
  instrument?: string;
  min_group_size?: string;
  description?: string;
}

const STUDY_LABELS = {
  name: "Name",
  instrument: "Questionnaire",
  min_group_size: "Smallest group shown",
  description: "What it is for",
};

/** A study asks one questionnaire version in many organisations; campaigns join it. */
export function NewStudyPage(props: {
  user: string;
  instruments: InstrumentSummaryRow[];
  values?: StudyFormValues;
  errors?: FieldErrors;
  message?: string;
}) {
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  return (
    <Layout title="Start a study" user={props.user} section="studies">
      <p>
        <a href="/studies">All studies</a>
      </p>
      <h1>Start a study</h1>
      <p class="lead">
        A study asks the same questionnaire in several organisations, so you can compare sectors and
        firm sizes. Once it exists, choose it when you create each organisation's campaign.
      </p>
      <form method="post" action="/studies" class="narrow">
        <ErrorSummary message={props.message} errors={errors} labels={STUDY_LABELS} />
        <TextField
          name="name"
          label="Name"
          hint="For example: Retail pulse 2026."
          value={values.name}
          error={errors.name}
          maxlength={200}
          required
        />
        <SelectField
          name="instrument"
          label="Questionnaire"
          hint="Every campaign in the study asks its latest version as of today."
          options={props.instruments.map((i) => ({ value: i.code, label: i.title }))}
          value={values.instrument}
          error={errors.instrument}
          required
        />
        <TextField
          name="min_group_size"
          label="Smallest group shown"
          hint="Across the study, a group appears only once this many people in it have answered. Never less than 3."
          type="number"
          inputmode="numeric"
          min={3}
          value={values.min_group_size ?? "5"}
          error={errors.min_group_size}
          required
        />
        <TextArea
          name="description"
          label="What it is for (optional)"
          value={values.description}
          error={errors.description}
          maxlength={4000}
          rows={3}
        />
        <Submit label="Start the study" />
      </form>
    </Layout>
  );
}
