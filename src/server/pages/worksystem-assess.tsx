import { RATING_LABELS, RATINGS } from "../../worksystem/severity.js";
import type { AssessmentSheet, SheetLine } from "../../worksystem/worksystem-web.service.js";
import { ErrorSummary, type FieldErrors, Submit } from "../forms.js";
import { Layout } from "../layout.js";
import {
  GapLine,
  Saved,
  SurveyFigure,
  WORK_SYSTEM_CSS,
  WorkSystemTabs,
} from "./worksystem-parts.js";

const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: RATING_LABELS[r] }));
const SURVEY_PROBLEM = new Set(["not_met", "partly"]);

/**
 * Whether the analyst's rating and the survey point different ways: rated met while the answers
 * show a problem, or rated not met while the answers were collected and show none.
 */
function disagreement(line: SheetLine, rating: string | undefined): string | undefined {
  const signal = line.survey.strongest;
  if (rating === "met" && signal)
    return "Rated met, but the survey answers point to a problem here.";
  if (
    rating !== undefined &&
    SURVEY_PROBLEM.has(rating) &&
    !signal &&
    line.survey.figures.length > 0
  )
    return "Rated as a gap, while the survey answers show no problem here.";
  return undefined;
}

function Line(props: {
  line: SheetLine;
  values: Readonly<Record<string, string>>;
  errors: FieldErrors;
}) {
  const { guideline, rating, survey, history } = props.line;
  const code = guideline.code;
  const field = (name: string) => `${code}.${name}`;
  const value = (name: "rating" | "note" | "evidence") =>
    props.values[field(name)] ?? (rating ? rating[name] : "");
  const chosen = value("rating");
  const differs = disagreement(props.line, chosen === "" ? undefined : chosen);
  const ratingError = props.errors[field("rating")];
  return (
    <div class="guideline" id={`g-${code}`}>
      <h3>{guideline.statement}</h3>
      <p>
        {guideline.question} <code class="tag">{code}</code>
      </p>
      <div class="two">
        <div class={ratingError ? "has-error" : undefined}>
          <label for={`f-${field("rating")}`}>Your rating</label>
          {ratingError && (
            <p class="field-error" id={`f-${field("rating")}-error`}>
              {ratingError}
            </p>
          )}
          <select
            id={`f-${field("rating")}`}
            name={field("rating")}
            aria-invalid={ratingError ? "true" : undefined}
          >
            <option value="">Not rated yet</option>
            {RATING_OPTIONS.map((o) => (
              <option value={o.value} selected={o.value === chosen}>
                {o.label}
              </option>
            ))}
          </select>
          {rating && <p class="small muted">Last rated {rating.rated_at.slice(0, 10)}.</p>}
          <label for={`f-${field("note")}`}>Note</label>
          {props.errors[field("note")] && <p class="field-error">{props.errors[field("note")]}</p>}
          <textarea id={`f-${field("note")}`} name={field("note")} rows={2} maxlength={2000}>
            {value("note")}
          </textarea>
          <label for={`f-${field("evidence")}`}>Evidence</label>
          {props.errors[field("evidence")] && (
            <p class="field-error">{props.errors[field("evidence")]}</p>
          )}
          <textarea
            id={`f-${field("evidence")}`}
            name={field("evidence")}
            rows={2}
            maxlength={4000}
          >
            {value("evidence")}
          </textarea>
        </div>
        <div>
          <p>
            <strong>What the survey says</strong>
          </p>
          {survey.figures.length === 0 ? (
            <p class="empty small">
              {guideline.item_codes.length === 0
                ? "No survey question bears on this guideline."
                : "No survey figures yet (no answers, or too few to show)."}
            </p>
          ) : (
            <ul class="small">
              {survey.figures.map((f) => (
                <li>
                  <SurveyFigure figure={f} />
                </li>
              ))}
              {survey.gaps.map((g) => (
                <li>
                  Gap: <GapLine gap={g} />
                </li>
              ))}
            </ul>
          )}
          {survey.strongest ? (
            <p class="small">
              <span class={`sev sev-${survey.strongest.rule.level}`}>
                {survey.strongest.rule.level}
              </span>{" "}
              {survey.strongest.rule.text}
            </p>
          ) : (
            survey.figures.length > 0 && (
              <p class="small muted">The answers show no problem here.</p>
            )
          )}
          {differs && <p class="small disagree">{differs}</p>}
        </div>
      </div>
      {history.length > 0 && (
        <details>
          <summary>Earlier ratings ({history.length})</summary>
          <ul class="small">
            {history.map((h) => (
              <li>
                {h.rated_at.slice(0, 10)}: {RATING_LABELS[h.rating]}
                {h.note && ` (${h.note})`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function AssessPage(props: {
  user: string;
  sheet: AssessmentSheet;
  values?: Readonly<Record<string, string>>;
  errors?: FieldErrors;
  message?: string;
  saved?: string | undefined;
}) {
  const ws = props.sheet.workSystem;
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  return (
    <Layout
      title={`Assess ${ws.model.name}`}
      user={props.user}
      section="organisations"
      stylesheet={WORK_SYSTEM_CSS}
    >
      <p>
        <a href={`/organisations/${ws.organisation.id}/work-systems`}>
          Work systems of {ws.organisation.name}
        </a>
      </p>
      <h1>Assess {ws.model.name}</h1>
      <WorkSystemTabs id={ws.id} current="assess" analyst={true} />
      <p class="lead">
        Rate each guideline as it stands today. Your rating and the survey answers are kept apart,
        so you can see where they disagree. Only changed ratings are saved, each with its date.
      </p>
      <p class="muted">
        {props.sheet.campaigns.length === 0
          ? "No campaign of this organisation has answers yet, so there are no survey figures."
          : `Survey answers from: ${props.sheet.campaigns.map((c) => c.name).join(", ")}. Groups too small to stay anonymous are never shown.`}
      </p>
      <Saved text={props.saved} />
      <form method="post" action={`/work-systems/${ws.id}/assess`}>
        <ErrorSummary message={props.message} errors={errors} />
        {props.sheet.groups.map((group) => (
          <section>
            <h2>{group.label}</h2>
            {group.lines.map((line) => (
              <Line line={line} values={values} errors={errors} />
            ))}
          </section>
        ))}
        <Submit label="Save all ratings" />
      </form>
    </Layout>
  );
}
