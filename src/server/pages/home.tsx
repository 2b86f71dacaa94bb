import type { StudySummaryRow } from "../../study/study.repository.js";
import { Layout } from "../layout.js";

export function HomePage(props: { studies: StudySummaryRow[]; user?: string; viewer?: boolean }) {
  if (props.viewer) {
    return (
      <Layout title="Reports" user={props.user}>
        <h1>Reports</h1>
        <p class="lead">Reports that an analyst shares with you will appear here.</p>
      </Layout>
    );
  }
  return (
    <Layout title="Studies" user={props.user}>
      <h1>Studies</h1>
      <p>
        <a href="/check">Check a security message before you send it</a>
      </p>
      <p class="lead">
        Each study asks one questionnaire in one or more organisations. Open one to see its figures.
      </p>
      {props.studies.length === 0 ? (
        <div class="card">
          <p>There are no studies yet.</p>
          <p>
            Import answers you already have with{" "}
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

export function NotFoundPage() {
  return (
    <Layout title="Not found">
      <h1>We could not find that page</h1>
      <p>
        It may have moved, or the link may be incomplete. <a href="/">Go to the list of studies</a>.
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
