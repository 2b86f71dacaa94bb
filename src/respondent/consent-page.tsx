import type { CampaignForRespondent } from "../campaign/campaign.repository.js";
import type { InstrumentDefinition } from "../instrument/instrument.schema.js";
import { RespondentLayout } from "./respondent-layout.js";

export const ANONYMITY_TEXT =
  "Your answers are anonymous. We do not ask for your name, and your answers are not linked to this link or to you. Results are only shown for groups of at least {min} people, so nobody can tell what you said.";

/** Who runs the survey and why, how long it takes, what anonymity means, then consent. */
export function ConsentPage(props: {
  action: string;
  campaign: CampaignForRespondent;
  definition: InstrumentDefinition;
}) {
  const { campaign, definition } = props;
  return (
    <RespondentLayout title={definition.title}>
      <h1>{definition.title}</h1>
      {campaign.sponsor && (
        <p>
          <strong>Who is asking:</strong> {campaign.sponsor}
        </p>
      )}
      <p>
        <strong>Why:</strong>{" "}
        {campaign.purpose ||
          definition.intro ||
          definition.description ||
          "To learn how security fits into everyday work."}
      </p>
      {definition.estimated_minutes !== undefined && (
        <p>
          <strong>How long:</strong> about {definition.estimated_minutes} minutes. You can stop and
          carry on later with the same link.
        </p>
      )}
      <p>
        <strong>Your privacy:</strong>{" "}
        {ANONYMITY_TEXT.replace("{min}", String(campaign.min_group_size))}
      </p>
      <p>Taking part is your choice. You can skip any question marked (optional).</p>
      <form method="post" action={props.action} class="consent">
        <button type="submit" name="consent" value="yes" class="primary">
          Yes, I agree to take part
        </button>
        <button type="submit" name="consent" value="no">
          No, thank you
        </button>
      </form>
    </RespondentLayout>
  );
}

export function AccessCodePage(props: { action: string; title: string; wrong: boolean }) {
  return (
    <RespondentLayout title={props.title}>
      <h1>{props.title}</h1>
      <form method="post" action={props.action}>
        {props.wrong && (
          <div class="error-summary" role="alert" id="summary">
            <p>That code did not match. Please check it and try again.</p>
          </div>
        )}
        <label for="code">Access code</label>
        <p class="hint" id="code-hint">
          The code is in the message that brought you here.
        </p>
        <input
          id="code"
          name="code"
          type="text"
          autocomplete="off"
          aria-describedby="code-hint"
          required
        />
        <button type="submit" class="primary">
          Continue
        </button>
      </form>
    </RespondentLayout>
  );
}
