import type { CampaignRow } from "../../campaign/campaign.repository.js";
import { SIZE_BAND_LABELS, SIZE_BANDS } from "../../organisation/organisation.js";
import type { OrganisationSummaryRow } from "../../organisation/organisation.repository.js";
import type { OrganisationDetail } from "../../organisation/organisation.service.js";
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
import { CampaignTable } from "./campaign-pages.js";

const SIZE_OPTIONS = SIZE_BANDS.map((b) => ({ value: b, label: SIZE_BAND_LABELS[b] }));
const LABELS = { name: "Name", sector: "Sector", size_band: "Size", groups: "Groups" };

export function OrganisationListPage(props: {
  user: string;
  organisations: OrganisationSummaryRow[];
}) {
  return (
    <Layout title="Organisations" user={props.user} section="organisations">
      <h1>Organisations</h1>
      <p class="lead">
        The firms you survey. Their sector and size let you compare like with like.
      </p>
      <p>
        <a class="button primary" href="/organisations/new">
          Add an organisation
        </a>
      </p>
      {props.organisations.length === 0 ? (
        <div class="card empty">
          <p>There are no organisations yet.</p>
          <p>
            Add the firm you want to survey, with its departments or teams, then create a campaign
            for it.
          </p>
        </div>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Organisation</th>
              <th scope="col">Sector</th>
              <th scope="col">Size</th>
              <th scope="col" class="num">
                Groups
              </th>
              <th scope="col" class="num">
                Campaigns
              </th>
              <th scope="col" class="num">
                Respondents
              </th>
            </tr>
          </thead>
          <tbody>
            {props.organisations.map((o) => (
              <tr>
                <td>
                  <a href={`/organisations/${o.id}`}>{o.name}</a>
                </td>
                <td>{o.sector ?? <span class="muted">not given</span>}</td>
                <td>{o.size_band ?? <span class="muted">not given</span>}</td>
                <td class="num">{o.groups}</td>
                <td class="num">{o.campaigns}</td>
                <td class="num">{o.respondents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

export interface OrganisationFormValues {
  name?: string;
  sector?: string;
  size_band?: string;
  groups?: string;
}

function OrganisationFields(props: {
  values: OrganisationFormValues;
  errors: FieldErrors;
  withGroups: boolean;
}) {
  const { values, errors } = props;
  return (
    <>
      <TextField
        name="name"
        label="Name"
        value={values.name}
        error={errors.name}
        required
        maxlength={200}
      />
      <TextField
        name="sector"
        label="Sector (optional)"
        hint="A word or two, for example retail, health care or manufacturing."
        value={values.sector}
        error={errors.sector}
        maxlength={200}
      />
      <SelectField
        name="size_band"
        label="Size (optional)"
        hint="By number of staff."
        options={SIZE_OPTIONS}
        empty="Not known"
        value={values.size_band}
        error={errors.size_band}
      />
      {props.withGroups && (
        <TextArea
          name="groups"
          label="Groups (optional)"
          hint="Departments or teams whose answers you want to see apart, one per line. Each group is shown only once it has enough answers to stay anonymous."
          value={values.groups}
          error={errors.groups}
          rows={5}
        />
      )}
    </>
  );
}

export function NewOrganisationPage(props: {
  user: string;
  values?: OrganisationFormValues;
  errors?: FieldErrors;
  message?: string;
}) {
  const errors = props.errors ?? {};
  return (
    <Layout title="Add an organisation" user={props.user} section="organisations">
      <p>
        <a href="/organisations">All organisations</a>
      </p>
      <h1>Add an organisation</h1>
      <form method="post" action="/organisations" class="narrow">
        <ErrorSummary message={props.message} errors={errors} labels={LABELS} />
        <OrganisationFields values={props.values ?? {}} errors={errors} withGroups={true} />
        <Submit label="Add the organisation" />
      </form>
    </Layout>
  );
}

export function OrganisationPage(props: {
  user: string;
  organisation: OrganisationDetail;
  campaigns: CampaignRow[];
  values?: OrganisationFormValues;
  errors?: FieldErrors;
  message?: string;
  saved?: string;
}) {
  const org = props.organisation;
  const errors = props.errors ?? {};
  const values = props.values ?? {
    name: org.name,
    sector: org.sector ?? "",
    size_band: org.size_band ?? "",
  };
  return (
    <Layout title={org.name} user={props.user} section="organisations">
      <p>
        <a href="/organisations">All organisations</a>
      </p>
      <h1>{org.name}</h1>
      {props.saved && (
        <p class="notice" role="status">
          {props.saved}
        </p>
      )}
      <ErrorSummary message={props.message} errors={errors} labels={LABELS} />

      <p>
        <a href={`/organisations/${org.id}/work-systems`}>Work systems</a> ·{" "}
        <a href={`/organisations/${org.id}/findings`}>Findings</a> ·{" "}
        <a href={`/organisations/${org.id}/plan`}>Action plan</a>
      </p>

      <h2>Campaigns</h2>
      {props.campaigns.length === 0 ? (
        <p class="empty">No campaigns yet for this organisation.</p>
      ) : (
        <CampaignTable campaigns={props.campaigns} withOrganisation={false} />
      )}
      <p>
        <a class="button" href={`/campaigns/new?organisation=${org.id}`}>
          Create a campaign for {org.name}
        </a>
      </p>

      <h2>Groups</h2>
      <p class="muted">
        Departments or teams. Respondents pick theirs; results show each group once it has enough
        answers to stay anonymous.
      </p>
      {org.groups.length === 0 ? (
        <p class="empty">No groups yet. Add one below if you want to compare departments.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col" class="num">
                Respondents
              </th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {org.groups.map((g) => (
              <tr>
                <td>
                  <form
                    method="post"
                    action={`/organisations/${org.id}/groups/${g.id}`}
                    class="inline"
                  >
                    <label class="visually-hidden" for={`g-${g.id}`}>
                      Name of the group {g.name}
                    </label>
                    <input
                      id={`g-${g.id}`}
                      type="text"
                      name="name"
                      value={g.name}
                      maxlength={200}
                      required
                    />
                    <button type="submit">Rename</button>
                  </form>
                </td>
                <td class="num">{g.respondents}</td>
                <td>
                  {g.respondents === 0 ? (
                    <ActionButton
                      action={`/organisations/${org.id}/groups/${g.id}/remove`}
                      label="Remove"
                    />
                  ) : (
                    <span class="muted">kept: people answered in it</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action={`/organisations/${org.id}/groups`} class="narrow">
        <TextField
          name="group"
          label="Add a group"
          hint="For example Sales, Payroll or Production."
          error={errors.group}
          maxlength={200}
          required
        />
        <Submit label="Add the group" />
      </form>

      <h2>Details</h2>
      <form method="post" action={`/organisations/${org.id}`} class="narrow">
        <OrganisationFields values={values} errors={errors} withGroups={false} />
        <Submit label="Save the details" />
      </form>
    </Layout>
  );
}
