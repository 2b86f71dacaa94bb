import { optionsOf } from "../instrument/instrument.js";
import type { InstrumentDefinition, ItemDefinition } from "../instrument/instrument.schema.js";
import { COMMUNITIES, COMMUNITY_LABELS } from "../organisation/organisation.js";
import type { GroupRow } from "../organisation/organisation.repository.js";
import {
  ABOUT_COMMUNITY,
  ABOUT_GROUP,
  describeAnswer,
  type FieldError,
  isVisible,
  type RawAnswers,
  type Step,
} from "./flow.js";
import { RespondentLayout } from "./respondent-layout.js";

/**
 * One page of questions: a fieldset per question, errors beside the field and in a summary at
 * the top, a progress bar, and buttons to go back, save for later or go on. Works without
 * JavaScript; respondent.js only shows and hides conditional questions as people answer.
 */
interface PageProps {
  action: string;
  definition: InstrumentDefinition;
  steps: Step[];
  step: number;
  answers: RawAnswers;
  errors: FieldError[];
  groups: GroupRow[];
}

function chosen(answers: RawAnswers, code: string): string[] {
  const value = answers[code];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function Progress(props: { step: number; total: number }) {
  return (
    <div class="progress">
      <label for="progress">
        Step {props.step + 1} of {props.total}
      </label>
      <progress id="progress" max={props.total} value={props.step + 1}>
        {`${props.step + 1} of ${props.total}`}
      </progress>
    </div>
  );
}

function ErrorSummary(props: { errors: FieldError[]; questions: Map<string, string> }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" id="summary" tabindex={-1}>
      <h2>
        Please look at{" "}
        {props.errors.length === 1 ? "this question" : `these ${props.errors.length} questions`}
      </h2>
      <ul>
        {props.errors.map((e) => (
          <li>
            <a href={`#q-${e.code}`}>
              {props.questions.get(e.code) ?? ""} {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Question(props: {
  item: ItemDefinition;
  answers: RawAnswers;
  error: string | undefined;
  conditionalHere: boolean;
}) {
  const { item, answers, error } = props;
  const id = `q-${item.code}`;
  const describedBy =
    [item.help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") ||
    undefined;
  const showIf = item.show_if ? JSON.stringify(item.show_if) : undefined;
  const hint =
    props.conditionalHere && item.show_if ? (
      <p class="hint">Only if it applies to your answer above.</p>
    ) : null;
  const help = item.help ? (
    <p class="hint" id={`${id}-help`}>
      {item.help}
    </p>
  ) : null;
  const message = error ? (
    <p class="field-error" id={`${id}-error`}>
      {error}
    </p>
  ) : null;
  const title = `${item.text}${item.required ? "" : " (optional)"}`;
  if (item.type === "open_text" || item.type === "number") {
    return (
      <div class={`question${error ? " has-error" : ""}`} data-show-if={showIf}>
        <label for={id}>{title}</label>
        {hint}
        {help}
        {message}
        {item.type === "number" ? (
          <input
            id={id}
            name={item.code}
            type="text"
            inputmode="decimal"
            value={chosen(answers, item.code)[0] ?? ""}
            aria-describedby={describedBy}
            aria-invalid={error ? "true" : undefined}
          />
        ) : (
          <textarea
            id={id}
            name={item.code}
            rows={4}
            maxlength={item.max_length ?? 20000}
            aria-describedby={describedBy}
            aria-invalid={error ? "true" : undefined}
          >
            {chosen(answers, item.code)[0] ?? ""}
          </textarea>
        )}
      </div>
    );
  }
  const multiple = item.type === "multiple_choice";
  const selected = chosen(answers, item.code);
  return (
    <fieldset
      class={`question${error ? " has-error" : ""}`}
      id={id}
      tabindex={-1}
      data-show-if={showIf}
      aria-describedby={describedBy}
    >
      <legend>{title}</legend>
      {hint}
      {help}
      {message}
      {optionsOf(item).map((option, i) => (
        <div class="choice">
          <input
            type={multiple ? "checkbox" : "radio"}
            id={`${id}-${i}`}
            name={item.code}
            value={option.code}
            checked={selected.includes(option.code)}
          />
          <label for={`${id}-${i}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

function Buttons(props: { first: boolean; last: boolean }) {
  return (
    <div class="buttons">
      {/* Next comes first so the Enter key goes forward. */}
      <button type="submit" name="action" value="next" class="primary">
        {props.last ? "Review my answers" : "Next"}
      </button>
      {!props.first && (
        <button type="submit" name="action" value="back">
          Back
        </button>
      )}
      <button type="submit" name="action" value="save">
        Save and finish later
      </button>
    </div>
  );
}

export function QuestionPage(props: PageProps) {
  const current = props.steps[props.step];
  const errors = new Map(props.errors.map((e) => [e.code, e.message]));
  const title = props.definition.title;
  if (current?.kind === "about") {
    return (
      <RespondentLayout title={`About you - ${title}`}>
        <Progress step={props.step} total={props.steps.length} />
        <h1>About you</h1>
        <p>
          These two questions help us compare groups. Both are optional, and small groups are never
          shown.
        </p>
        <form method="post" action={props.action}>
          <input type="hidden" name="step" value={String(props.step)} />
          <fieldset class="question" id={`q-${ABOUT_COMMUNITY}`}>
            <legend>Which best describes your role? (optional)</legend>
            {COMMUNITIES.map((c, i) => (
              <div class="choice">
                <input
                  type="radio"
                  id={`c-${i}`}
                  name={ABOUT_COMMUNITY}
                  value={c}
                  checked={chosen(props.answers, ABOUT_COMMUNITY).includes(c)}
                />
                <label for={`c-${i}`}>{COMMUNITY_LABELS[c]}</label>
              </div>
            ))}
          </fieldset>
          {props.groups.length > 0 && (
            <fieldset class="question" id={`q-${ABOUT_GROUP}`}>
              <legend>Which team do you work in? (optional)</legend>
              {props.groups.map((g, i) => (
                <div class="choice">
                  <input
                    type="radio"
                    id={`g-${i}`}
                    name={ABOUT_GROUP}
                    value={g.id}
                    checked={chosen(props.answers, ABOUT_GROUP).includes(g.id)}
                  />
                  <label for={`g-${i}`}>{g.name}</label>
                </div>
              ))}
            </fieldset>
          )}
          <Buttons first={true} last={false} />
        </form>
      </RespondentLayout>
    );
  }
  if (current?.kind !== "section") return null;
  const section = props.definition.sections[current.index];
  if (!section) return null;
  const onPage = new Set(section.items.map((i) => i.code));
  const visible = section.items.filter((item) => {
    // Conditions on earlier pages are decided here; those on this page are left to the person.
    if (item.show_if && onPage.has(item.show_if.item)) return true;
    return isVisible(item, props.answers);
  });
  return (
    <RespondentLayout title={`${section.title} - ${title}`} script={visible.some((i) => i.show_if)}>
      <Progress step={props.step} total={props.steps.length} />
      <h1>{section.title}</h1>
      {section.description && <p>{section.description}</p>}
      <form method="post" action={props.action} novalidate>
        <ErrorSummary
          errors={props.errors}
          questions={new Map(section.items.map((i) => [i.code, i.text]))}
        />
        <input type="hidden" name="step" value={String(props.step)} />
        {visible.map((item) => (
          <Question
            item={item}
            answers={props.answers}
            error={errors.get(item.code)}
            conditionalHere={item.show_if !== undefined && onPage.has(item.show_if.item)}
          />
        ))}
        <Buttons first={false} last={props.step === props.steps.length - 2} />
      </form>
    </RespondentLayout>
  );
}

export function ReviewPage(props: {
  action: string;
  base: string;
  definition: InstrumentDefinition;
  answers: RawAnswers;
  steps: Step[];
  missing: string[];
}) {
  const missing = new Set(props.missing);
  return (
    <RespondentLayout title={`Check your answers - ${props.definition.title}`}>
      <Progress step={props.steps.length - 1} total={props.steps.length} />
      <h1>Check your answers</h1>
      {missing.size > 0 && (
        <div class="error-summary" role="alert">
          <p>Some needed questions have no answer yet. Use "Change" to answer them.</p>
        </div>
      )}
      {props.definition.sections.map((section, index) => {
        const stepIndex = props.steps.findIndex((s) => s.kind === "section" && s.index === index);
        const shown = section.items.filter((i) => isVisible(i, props.answers));
        return (
          <section class="card">
            <h2>{section.title}</h2>
            <dl>
              {shown.map((item) => (
                <>
                  <dt>{item.text}</dt>
                  <dd class={missing.has(item.code) ? "field-error" : undefined}>
                    {describeAnswer(item, props.answers[item.code])}
                  </dd>
                </>
              ))}
            </dl>
            <p>
              <a href={`${props.base}?step=${stepIndex}`}>Change answers in "{section.title}"</a>
            </p>
          </section>
        );
      })}
      <form method="post" action={props.action}>
        <p>When you send your answers, you cannot change them any more.</p>
        <button type="submit" class="primary">
          Send my answers
        </button>
      </form>
    </RespondentLayout>
  );
}
