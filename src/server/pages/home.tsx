import type { CampaignRow } from "../../campaign/campaign.repository.js";
import type { StudySummaryRow } from "../../study/study.repository.js";
import { Layout } from "../layout.js";
import { CampaignTable } from "./campaign-pages.js";

export function HomePage(props: { user: string; campaigns: CampaignRow[]; organisations: number }) {
  const open = props.campaigns.filter((c) => c.status === "open");
  return (
    <Layout title="Overview" user={props.user}>
      <h1>Overview</h1>
      {props.campaigns.length === 0 ? (
        <div class="card empty">
          <h2>Welcome. Here is how to start</h2>
          <ol>
            <li>
              <a href="/organisations/new">Add the organisation</a> you want to survey, with its
              departments or teams.
            </li>
            <li>
              <a href="/campaigns/new">Create a campaign</a> for it and choose a questionnaire.
            </li>
            <li>Open the campaign and make links to send to employees.</li>
            <li>See the results as they come in, without ever seeing who answered what.</li>
          </ol>
          <p class="muted">
            Already have answers in a spreadsheet? Import them with{" "}
            <code>rapport import responses</code>. Want to look around first? Run{" "}
            <code>rapport demo</code>.
          </p>
        </div>
      ) : (
        <>
          <h2>Open campaigns</h2>
          {open.length === 0 ? (
            <p class="empty">
              No campaign is open. <a href="/campaigns">See all campaigns</a> or{" "}
              <a href="/campaigns/new">create one</a>.
            </p>
          ) : (
            <CampaignTable campaigns={open} withOrganisation={true} />
          )}
          <p>
            <a href="/campaigns">All campaigns ({props.campaigns.length})</a> ·{" "}
            <a href="/organisations">Organisations ({props.organisations})</a>
          </p>
        </>
      )}
      <p>
        <a href="/check">Check a security message before you send it</a>
      </p>
    </Layout>
  );
}

export function ViewerHomePage(props: { user: string; campaigns: CampaignRow[] }) {
  return (
    <Layout title="Reports" user={props.user} viewer={true}>
      <h1>Reports</h1>
      {props.campaigns.length === 0 ? (
        <p class="lead">Reports that an analyst shares with you will appear here.</p>
      ) : (
        <ul>
          {props.campaigns.map((c) => (
            <li>
              <a href={`/campaigns/${c.id}/results`}>{c.name}</a>{" "}
              <span class="muted">({c.organisation})</span>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function StudyListPage(props: { studies: StudySummaryRow[]; user: string }) {
  return (
    <Layout title="Studies" user={props.user} section="studies">
      <h1>Studies</h1>
      <p class="lead">
        A study asks one questionnaire in several organisations: campaigns that join it, or answers
        imported from a survey tool. Open one to compare sectors and firm sizes.
      </p>
      <p>
        <a class="button" href="/studies/new">
          Start a study
        </a>
      </p>
      {props.studies.length === 0 ? (
        <div class="card empty">
          <p>There are no studies yet.</p>
          <p>
            Start one here, then choose it when you create each organisation's campaign. Or import
            answers you already have with{" "}
            <code>
              rapport import responses file.csv --instrument sme-security-practices --study "My
              study"
            </code>
            , or load the demo with <code>rapport demo</code>.
          </p>
        </div>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Study</th>
              <th scope="col">Questionnaire</th>
              <th scope="col" class="num">
                Organisations
              </th>
              <th scope="col" class="num">
                Respondents
              </th>
            </tr>
          </thead>
          <tbody>
            {props.studies.map((s) => (
              <tr>
                <td>
                  <a href={`/studies/${s.id}`}>{s.name}</a>
                </td>
                <td>
                  {s.instrument_code} (version {s.instrument_version})
                </td>
                <td class="num">{s.organisations}</td>
                <td class="num">{s.respondents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** `admin`: the page is for admins, so the text points an analyst back to their own work. */
export function ForbiddenPage({ need = "analyst" }: { need?: "analyst" | "admin" }) {
  return (
    <Layout title="Not available with your account">
      <h1>This page is not available with your account</h1>
      {need === "admin" ? (
        <p>
          Only an admin can manage people's accounts. Ask an admin if something needs changing.{" "}
          <a href="/">Back to the overview</a>.
        </p>
      ) : (
        <p>
          Your account can read the reports shared with you. <a href="/">See your reports</a>.
        </p>
      )}
    </Layout>
  );
}

export function NotFoundPage() {
  return (
    <Layout title="Not found">
      <h1>We could not find that page</h1>
      <p>
        It may have moved, or the link may be incomplete. <a href="/">Go to the overview</a>.
      </p>
    </Layout>
  );
}

export function ErrorPage() {
  return (
    <Layout title="Something went wrong">
      <h1>Something went wrong on our side</h1>
      <p>Nothing was changed. Please try again in a moment.</p>
    </Layout>
  );
}

export function ProblemPage(props: { status: number }) {
  const forbidden = props.status === 403;
  return (
    <Layout title={forbidden ? "This form could not be sent" : "This request could not be handled"}>
      <h1>{forbidden ? "This form could not be sent" : "This request could not be handled"}</h1>
      <p>
        {forbidden
          ? "For your safety, forms can only be sent from Rapport's own pages. Please go back, reload the page and try again."
          : "Please go back and try again. If a form was too large, shorten the longest answers."}
      </p>
    </Layout>
  );
}
