import type { CampaignRow, CampaignStatus } from "../../campaign/campaign.repository.js";
import type { InstrumentSummaryRow } from "../../instrument/instrument.repository.js";
import type { OrganisationRow } from "../../organisation/organisation.repository.js";
import type { StudySummaryRow } from "../../study/study.repository.js";
import {
  ActionButton,
  ErrorSummary,
  type FieldErrors,
  SelectField,
  Submit,
  TextArea,
  TextField,
} from "../forms.js";
import { Layout } from "../layout.js";

const STATUS_LABELS: Record<CampaignStatus, string> = {
  draft: "Draft: links do not work yet",
  open: "Open: taking answers",
  closed: "Closed: no more answers",
};

export function StatusBadge(props: { status: CampaignStatus }) {
  return (
    <span class={`badge badge-${props.status}`}>
      {props.status === "draft" ? "Draft" : props.status === "open" ? "Open" : "Closed"}
    </span>
  );
}

export function CampaignTable(props: { campaigns: CampaignRow[]; withOrganisation: boolean }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Campaign</th>
          {props.withOrganisation && <th scope="col">Organisation</th>}
          <th scope="col">Status</th>
          <th scope="col" class="num">
            Respondents
          </th>
        </tr>
      </thead>
      <tbody>
        {props.campaigns.map((c) => (
          <tr>
            <td>
              <a href={`/campaigns/${c.id}`}>{c.name}</a>
            </td>
            {props.withOrganisation && <td>{c.organisation}</td>}
            <td>
              <StatusBadge status={c.status} />
            </td>
            <td class="num">{c.respondents}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CampaignListPage(props: {
  user: string;
  campaigns: CampaignRow[];
  organisations: number;
}) {
  return (
    <Layout title="Campaigns" user={props.user} section="campaigns">
      <h1>Campaigns</h1>
      <p class="lead">
        A campaign asks one questionnaire in one organisation, through anonymous links or
        interviews.
      </p>
      {props.organisations > 0 && (
        <p>
          <a class="button primary" href="/campaigns/new">
            Create a campaign
          </a>
        </p>
      )}
      {props.campaigns.length === 0 ? (
        <div class="card empty">
          <p>There are no campaigns yet. Here is how to start:</p>
          <ol>
            <li>
              {props.organisations === 0 ? (
                <a href="/organisations/new">Add the organisation</a>
              ) : (
                "Add the organisation (done)"
              )}{" "}
              you want to survey, with its departments.
            </li>
            <li>Create a campaign for it and choose a questionnaire.</li>
            <li>Open the campaign and make links to send to employees.</li>
            <li>Watch the results come in, without ever seeing who answered what.</li>
          </ol>
        </div>
      ) : (
        <CampaignTable campaigns={props.campaigns} withOrganisation={true} />
      )}
    </Layout>
  );
}

export interface CampaignFormValues {
  organisation_id?: string;
  instrument?: string;
  study_id?: string;
  name?: string;
  min_group_size?: string;
  sponsor?: string;
  purpose?: string;
}

const CAMPAIGN_LABELS = {
  organisation_id: "Organisation",
  instrument: "Questionnaire",
  study_id: "Study",
  name: "Name",
  min_group_size: "Smallest group shown",
  sponsor: "Who runs the survey",
  purpose: "Why",
};

function SettingsFields(props: { values: CampaignFormValues; errors: FieldErrors }) {
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="min_group_size"
        label="Smallest group shown"
        hint="Results for a group appear only once this many people in it have answered. 5 is a good default; never less than 3."
        type="number"
        inputmode="numeric"
        min={3}
        max={1000}
        value={values.min_group_size ?? "5"}
        error={errors.min_group_size}
      />
      <TextField
        name="sponsor"
        label="Who runs the survey (optional)"
        hint="Shown to respondents first, for example: The IT team of Acme, with Example University."
        value={values.sponsor}
        error={errors.sponsor}
        maxlength={300}
      />
      <TextArea
        name="purpose"
        label="Why (optional)"
        hint="One or two sentences for respondents on what the answers are for."
        value={values.purpose}
        error={errors.purpose}
        maxlength={4000}
        rows={3}
      />
    </>
  );
}

export function NewCampaignPage(props: {
  user: string;
  organisations: OrganisationRow[];
  instruments: InstrumentSummaryRow[];
  studies?: StudySummaryRow[];
  values?: CampaignFormValues;
  errors?: FieldErrors;
  message?: string;
}) {
  const values = props.values ?? {};
  const errors = props.errors ?? {};
  const studies = props.studies ?? [];
  return (
    <Layout title="Create a campaign" user={props.user} section="campaigns">
      <p>
        <a href="/campaigns">All campaigns</a>
      </p>
      <h1>Create a campaign</h1>
      {props.organisations.length === 0 ? (
        <div class="card empty">
          <p>
            A campaign is for one organisation. <a href="/organisations/new">Add an organisation</a>{" "}
            first.
          </p>
        </div>
      ) : (
        <form method="post" action="/campaigns" class="narrow">
          <ErrorSummary message={props.message} errors={errors} labels={CAMPAIGN_LABELS} />
          <SelectField
            name="organisation_id"
            label="Organisation"
            options={props.organisations.map((o) => ({ value: o.id, label: o.name }))}
            value={values.organisation_id}
            error={errors.organisation_id}
            required
          />
          {studies.length > 0 && (
            <SelectField
              name="study_id"
              label="Study (optional)"
              hint="Part of a study, the campaign asks the study's questionnaire, and the study compares this organisation with the others in it."
              empty="None"
              options={studies.map((st) => ({
                value: st.id,
                label: `${st.name} (${st.instrument_code}, version ${st.instrument_version})`,
              }))}
              value={values.study_id}
              error={errors.study_id}
            />
          )}
          <SelectField
            name="instrument"
            label="Questionnaire"
            hint={
              studies.length > 0
                ? "The questions are fixed once the campaign is created, so answers keep their meaning. In a study, leave it at the study's."
                : "The questions are fixed once the campaign is created, so answers keep their meaning."
            }
            options={props.instruments.map((i) => ({ value: i.code, label: i.title }))}
            {...(studies.length > 0 ? { empty: "The study's questionnaire" } : { required: true })}
            value={values.instrument}
            error={errors.instrument}
          />
          <TextField
            name="name"
            label="Name (optional)"
            hint="For you; respondents do not see it. Left empty, it is the organisation and the questionnaire."
            value={values.name}
            error={errors.name}
            maxlength={300}
          />
          <SettingsFields values={values} errors={errors} />
          <Submit label="Create the campaign" />
        </form>
      )}
    </Layout>
  );
}

export function CampaignPage(props: {
  user: string;
  campaign: CampaignRow;
  invitations: { single: number; used: number; shared: number };
  sharedLink?: string;
  values?: CampaignFormValues;
  errors?: FieldErrors;
  message?: string;
  saved?: string;
}) {
  const c = props.campaign;
  const errors = props.errors ?? {};
  const values = props.values ?? {
    name: c.name,
    min_group_size: String(c.min_group_size),
    sponsor: c.sponsor,
    purpose: c.purpose,
  };
  const base = `/campaigns/${c.id}`;
  return (
    <Layout title={c.name} user={props.user} section="campaigns">
      <p>
        <a href="/campaigns">All campaigns</a>
      </p>
      <h1>{c.name}</h1>
      <p class="lead">
        <a href={`/organisations/${c.organisation_id}`}>{c.organisation}</a> · {c.instrument_code}{" "}
        (version {c.instrument_version}) · <StatusBadge status={c.status} />
        {c.study_id && c.study && (
          <>
            {" "}
            · part of the study <a href={`/studies/${c.study_id}`}>{c.study}</a>
          </>
        )}
      </p>
      {props.saved && (
        <p class="notice" role="status">
          {props.saved}
        </p>
      )}
      <ErrorSummary message={props.message} errors={errors} labels={CAMPAIGN_LABELS} />

      <section class="card" aria-labelledby="state">
        <h2 id="state">{STATUS_LABELS[c.status]}</h2>
        <p>
          <strong>{c.respondents}</strong> {c.respondents === 1 ? "person has" : "people have"}{" "}
          answered
          {c.declined_count > 0 ? `; ${c.declined_count} chose not to take part` : ""}.
        </p>
        <div class="buttons">
          {c.status === "open" ? (
            <ActionButton
              action={`${base}/status`}
              fields={{ status: "closed" }}
              label="Close the campaign"
            />
          ) : (
            <ActionButton
              action={`${base}/status`}
              fields={{ status: "open" }}
              label={c.status === "draft" ? "Open the campaign" : "Open it again"}
              primary
            />
          )}
          <a class="button" href={`${base}/results`}>
            See the results
          </a>
          <a class="button" href={`${base}/changes`}>
            What changed since the last wave
          </a>
          {c.status !== "draft" && (
            <ActionButton action={`${base}/next-wave`} label={`Start wave ${c.wave + 1}`} />
          )}
          {c.status !== "closed" && (
            <a class="button" href={`${base}/interview`}>
              Record an interview
            </a>
          )}
        </div>
      </section>

      <section aria-labelledby="links">
        <h2 id="links">Invitation links</h2>
        <p class="muted">
          {props.invitations.single} single-use link{props.invitations.single === 1 ? "" : "s"}{" "}
          made, {props.invitations.used} used; {props.invitations.shared} shared link
          {props.invitations.shared === 1 ? "" : "s"}. Links are shown only when they are made:
          Rapport keeps no copy it could give back, and no answer is tied to its link.
        </p>
        {props.sharedLink && (
          <div class="notice" role="status">
            <p>Your shared link (copy it now, it is not shown again):</p>
            <p>
              <code class="link">{props.sharedLink}</code>
            </p>
          </div>
        )}
        {c.status === "closed" ? (
          <p>Open the campaign again to make new links.</p>
        ) : (
          <div class="two">
            <form method="post" action={`${base}/links`} class="card">
              <h3>One link per person</h3>
              <p class="hint">Download them as a CSV file for a mail merge. Each works once.</p>
              <input type="hidden" name="kind" value="single" />
              <TextField
                name="count"
                label="How many links"
                type="number"
                inputmode="numeric"
                min={1}
                max={10000}
                value="20"
                error={errors.count}
              />
              <Submit label="Download the links" />
            </form>
            <form method="post" action={`${base}/links`} class="card">
              <h3>One shared link</h3>
              <p class="hint">For a notice board or a team chat. Anyone with it can answer.</p>
              <input type="hidden" name="kind" value="shared" />
              <TextField
                name="access_code"
                label="Access code (optional)"
                hint="4 to 64 characters that people type before they start."
                value=""
                error={errors.access_code}
                maxlength={64}
              />
              <Submit label="Make a shared link" />
            </form>
          </div>
        )}
      </section>

      <section aria-labelledby="settings">
        <h2 id="settings">Settings</h2>
        <form method="post" action={base} class="narrow">
          <TextField
            name="name"
            label="Name"
            value={values.name}
            error={errors.name}
            maxlength={300}
            required
          />
          <SettingsFields values={values} errors={errors} />
          {c.status !== "draft" && (
            <p class="hint">
              The smallest group shown can go up but not down once answers may have been seen.
            </p>
          )}
          <Submit label="Save the settings" />
        </form>
      </section>
    </Layout>
  );
}
