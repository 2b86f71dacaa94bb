import type { ActionView } from "../../plan/action.service.js";
import { effortLine, type Reason } from "../../plan/recommend.js";
import type { CampaignRecommendations } from "../../plan/recommendation.service.js";
import { ActionButton, ErrorSummary, type FieldErrors, Submit } from "../forms.js";
import { Layout } from "../layout.js";
import { ACTION_LABELS, ActionFields, EffectList, type FormValues } from "./plan-pages-parts.js";

/** Changing one action, and the recommendations of a campaign that can become actions. */
export function actionFormValues(a: ActionView): FormValues {
  return {
    title: a.title,
    intervention: a.intervention,
    owner_role: a.owner_role,
    due_on: a.due_on ?? "",
    status: a.status,
    started_on: a.started_on ?? "",
    effects: a.effects.join("\n"),
    notes: a.notes,
  };
}

export function EditActionPage(props: {
  user: string;
  organisation: { id: string; name: string };
  action: ActionView;
  values?: FormValues;
  errors?: FieldErrors;
  message?: string;
}) {
  const base = `/organisations/${props.organisation.id}/plan`;
  const errors = props.errors ?? {};
  return (
    <Layout title={`Change: ${props.action.title}`} user={props.user} section="plans">
      <p>
        <a href={base}>Action plan: {props.organisation.name}</a>
      </p>
      <h1>Change an action</h1>
      {props.action.links.length > 0 && (
        <div class="card">
          <h2>Why this action</h2>
          <ul>
            {props.action.links.map((l) => (
              <li>{l.body || l.code}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action={`${base}/actions/${props.action.id}`} class="narrow">
        <ErrorSummary message={props.message} errors={errors} labels={ACTION_LABELS} />
        <ActionFields values={props.values ?? actionFormValues(props.action)} errors={errors} />
        <Submit label="Save the action" secondary={<a href={base}>Back without saving</a>} />
      </form>
    </Layout>
  );
}

/** The strongest reasons are shown; the rest wait behind a "more" switch. */
const SHOWN_REASONS = 5;

function ReasonList(props: { reasons: readonly Reason[] }) {
  return (
    <ul>
      {props.reasons.map((reason) => (
        <li>
          {reason.text}
          {reason.evidence && !reason.text.includes(reason.evidence) && (
            <p class="small muted">{reason.evidence}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function RecommendationsPage(props: {
  user: string;
  result: CampaignRecommendations;
  saved?: string | undefined;
  message?: string | undefined;
}) {
  const { campaign, recommendations } = props.result;
  const plan = `/organisations/${campaign.organisation_id}/plan`;
  return (
    <Layout title={`Recommendations: ${campaign.name}`} user={props.user} section="campaigns">
      <p>
        <a href={`/campaigns/${campaign.id}`}>{campaign.name}</a> ·{" "}
        <a href={plan}>Action plan of {campaign.organisation}</a>
      </p>
      <h1>Recommendations: {campaign.name}</h1>
      <p class="lead">
        What the survey answers and the work-system findings suggest doing next, strongest first.
        Each comes with the reasons and figures behind it. Add the ones that fit to the action plan;
        adding one twice does nothing new.
      </p>
      {props.saved && (
        <p class="notice" role="status">
          {props.saved}
        </p>
      )}
      <ErrorSummary message={props.message} />
      {recommendations.length === 0 ? (
        <div class="card empty">
          <p>There are no recommendations for this campaign yet.</p>
          <p>
            They appear once the campaign has enough answers to show a problem, or once the
            organisation's work systems have findings.{" "}
            <a href={`/organisations/${campaign.organisation_id}/findings`}>See the findings</a>.
          </p>
        </div>
      ) : (
        recommendations.map((r, i) => (
          <section class="card" aria-labelledby={`rec-${r.intervention}`}>
            <h2 id={`rec-${r.intervention}`}>
              {i + 1}. {r.label}
            </h2>
            <p>{r.catalogue.purpose}</p>
            <p class="small muted">
              {effortLine(r.catalogue)}
              {r.work_systems.length > 0 &&
                ` Work systems: ${r.work_systems.map((w) => w.name).join(", ")}.`}
            </p>
            <h3>Why</h3>
            <ReasonList reasons={r.reasons.slice(0, SHOWN_REASONS)} />
            {r.reasons.length > SHOWN_REASONS && (
              <details>
                <summary>
                  {r.reasons.length - SHOWN_REASONS} more reason
                  {r.reasons.length - SHOWN_REASONS === 1 ? "" : "s"}
                </summary>
                <ReasonList reasons={r.reasons.slice(SHOWN_REASONS)} />
              </details>
            )}
            <details>
              <summary>How to run it</summary>
              <ol>
                {r.catalogue.steps.map((step) => (
                  <li>{step}</li>
                ))}
              </ol>
            </details>
            <p class="small">
              Should move: <EffectList effects={r.effects} />
            </p>
            {r.similar_actions.length > 0 && (
              <p class="small">
                The plan already has:{" "}
                {r.similar_actions.map((a, k) => (
                  <>
                    {k > 0 && " · "}
                    <a href={`${plan}/actions/${a.id}`}>{a.title}</a> (
                    {a.status === "planned" ? "planned" : "in progress"})
                  </>
                ))}
              </p>
            )}
            {r.action_id ? (
              <p>
                In the action plan: <a href={`${plan}/actions/${r.action_id}`}>open the action</a>
              </p>
            ) : (
              <ActionButton
                action={`/campaigns/${campaign.id}/recommendations`}
                label="Add to action plan"
                primary
                fields={{ intervention: r.intervention }}
              />
            )}
          </section>
        ))
      )}
    </Layout>
  );
}
