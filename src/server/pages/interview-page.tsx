import { type InterviewSheet, NOTE_PREFIX } from "../../interview/interview.service.js";
import { COMMUNITIES, COMMUNITY_LABELS } from "../../organisation/organisation.js";
import type { FieldError, RawAnswers } from "../../respondent/flow.js";
import { Question } from "../../respondent/question-page.js";
import { Layout } from "../layout.js";

/**
 * The interview sheet: every question on one page, each with a box for notes. Nothing on it
 * asks who the interviewee is.
 */
export function InterviewPage(props: {
  user: string;
  sheet: InterviewSheet;
  answers?: RawAnswers;
  notes?: Readonly<Record<string, string>>;
  community?: string | null;
  groupId?: string | null;
  consent?: boolean;
  errors?: FieldError[];
}) {
  const { campaign, definition, groups } = props.sheet;
  const answers = props.answers ?? {};
  const errors = props.errors ?? [];
  const errorOf = (code: string) => errors.find((e) => e.code === code)?.message;
  return (
    <Layout title={`Interview: ${campaign.name}`} user={props.user} section="campaigns">
      <p>
        <a href={`/campaigns/${campaign.id}`}>Back to the campaign</a>
      </p>
      <h1>Record an interview</h1>
      <p class="lead">
        {campaign.name}. Read each question out, record the answer and note what was said. Do not
        write names: the interview is stored like any other anonymous answer.
      </p>
      <form method="post" action={`/campaigns/${campaign.id}/interview`}>
        {errors.length > 0 && (
          <div class="error-summary" role="alert" tabindex={-1} id="summary">
            <h2>Please check {errors.length === 1 ? "one thing" : `${errors.length} things`}</h2>
            <ul>
              {errors.map((e) => (
                <li>
                  <a href={`#q-${e.code}`}>{e.message}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
        <fieldset
          class={`question card${errorOf("consent") ? " has-error" : ""}`}
          id="q-consent"
          tabindex={-1}
        >
          <legend>Consent</legend>
          {errorOf("consent") && <p class="field-error">{errorOf("consent")}</p>}
          <div class="choice">
            <input
              type="checkbox"
              id="consent"
              name="consent"
              value="yes"
              checked={props.consent}
            />
            <label for="consent">
              I explained what the interview is for and that it is anonymous, and the person agreed
              to take part.
            </label>
          </div>
        </fieldset>
        <fieldset class="question card" id="q-about">
          <legend>About the person (optional)</legend>
          <p class="hint">
            Only to compare groups; a group's answers are shown only once it has enough of them.
          </p>
          <label for="community">They work as</label>
          <select id="community" name="community">
            <option value="">Not given</option>
            {COMMUNITIES.map((c) => (
              <option value={c} selected={props.community === c}>
                {COMMUNITY_LABELS[c]}
              </option>
            ))}
          </select>
          {groups.length > 0 && (
            <>
              <label for="group">Their department or team</label>
              <select id="group" name="group">
                <option value="">Not given</option>
                {groups.map((g) => (
                  <option value={g.id} selected={props.groupId === g.id}>
                    {g.name}
                  </option>
                ))}
              </select>
            </>
          )}
        </fieldset>
        {definition.sections.map((section) => (
          <section class="card">
            <h2>{section.title}</h2>
            {section.items.map((item) => (
              <div class="interview-item">
                <Question
                  item={item}
                  answers={answers}
                  error={errorOf(item.code)}
                  conditionalHere={true}
                />
                <div class={`note${errorOf(`${NOTE_PREFIX}${item.code}`) ? " has-error" : ""}`}>
                  <label for={`n-${item.code}`}>Notes (optional)</label>
                  {errorOf(`${NOTE_PREFIX}${item.code}`) && (
                    <p class="field-error">{errorOf(`${NOTE_PREFIX}${item.code}`)}</p>
                  )}
                  <textarea
                    id={`n-${item.code}`}
                    name={`${NOTE_PREFIX}${item.code}`}
                    rows={2}
                    maxlength={20000}
                  >
                    {props.notes?.[item.code] ?? ""}
                  </textarea>
                </div>
              </div>
            ))}
          </section>
        ))}
        <div class="buttons">
          <button type="submit" class="primary">
            Save the interview
          </button>
        </div>
      </form>
    </Layout>
  );
}
