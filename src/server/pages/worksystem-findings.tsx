import type { Baseline } from "../../worksystem/baseline.js";
import type { BaselineComparison } from "../../worksystem/baseline.service.js";
import type { Finding, FindingsResult } from "../../worksystem/findings.service.js";
import { RATING_LABELS, SEVERITIES } from "../../worksystem/severity.js";
import {
  ELEMENT_LABELS,
  ELEMENTS,
  PHASE_LABELS,
  PLANNED_PHASES,
} from "../../worksystem/worksystem.js";
import type { WorkSystemSummary } from "../../worksystem/worksystem.service.js";
import { Layout } from "../layout.js";
import { Empty, GapLine, pct, SurveyFigure, WORK_SYSTEM_CSS } from "./worksystem-parts.js";

export interface FindingsFilter {
  work_system?: string | undefined;
  scope?: string | undefined;
  severity?: string | undefined;
  baseline?: string | undefined;
}

const SEVERITY_LABELS = { high: "High", medium: "Medium", low: "Low" } as const;

function FindingCard(props: { finding: Finding }) {
  const f = props.finding;
  const where = f.element ? ELEMENT_LABELS[f.element] : f.phase ? PHASE_LABELS[f.phase] : "";
  const r = f.evidence.rating;
  return (
    <article class="card">
      <h3>
        <span class={`sev sev-${f.severity}`}>{SEVERITY_LABELS[f.severity]}</span> {f.statement}
      </h3>
      <p class="small">
        <code class="tag">{f.guideline}</code> {where},{" "}
        {f.work_system ? (
          <a href={`/work-systems/${f.work_system.id}`}>{f.work_system.name}</a>
        ) : (
          "across the organisation"
        )}
      </p>
      <p class="small">
        <strong>Why {f.severity}:</strong> {f.rule_text}
      </p>
      {f.disagreement && <p class="small disagree">{f.disagreement}</p>}
      <ul class="small">
        {r && (
          <li>
            Analyst: {RATING_LABELS[r.rating]} ({r.rated_at.slice(0, 10)}){r.note && `. ${r.note}`}
            {r.evidence && <span class="muted"> Evidence: {r.evidence}</span>}
          </li>
        )}
        {f.evidence.survey.map((e) => (
          <li>
            Survey: <SurveyFigure figure={e} />
          </li>
        ))}
        {f.gaps.map((g) => (
          <li>
            Gap between communities: <GapLine gap={g} />
          </li>
        ))}
        {f.evidence.workarounds.map((w) => (
          <li>
            Workaround ({w.noted_on}): {w.description}
          </li>
        ))}
        {f.evidence.related_workarounds.map((w) => (
          <li>
            Also seen in this element ({w.noted_on}): {w.description}
          </li>
        ))}
      </ul>
      <p class="small">
        <strong>Usually helps:</strong> {f.interventions.map((i) => i.label).join("; ")}
      </p>
    </article>
  );
}

function Filters(props: {
  orgId: string;
  workSystems: WorkSystemSummary[];
  filter: FindingsFilter;
  baselines: Baseline[];
}) {
  const f = props.filter;
  return (
    <form method="get" action={`/organisations/${props.orgId}/findings`} class="filters no-print">
      <div>
        <label for="f-work_system">Work system</label>
        <select id="f-work_system" name="work_system">
          <option value="">All</option>
          {props.workSystems.map((w) => (
            <option value={w.id} selected={w.id === f.work_system}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="f-scope">Element or phase</label>
        <select id="f-scope" name="scope">
          <option value="">All</option>
          {ELEMENTS.map((e) => (
            <option value={e} selected={e === f.scope}>
              {ELEMENT_LABELS[e]}
            </option>
          ))}
          {PLANNED_PHASES.map((p) => (
            <option value={p} selected={p === f.scope}>
              {PHASE_LABELS[p]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="f-severity">Severity</label>
        <select id="f-severity" name="severity">
          <option value="">All</option>
          {SEVERITIES.map((s) => (
            <option value={s} selected={s === f.severity}>
              {SEVERITY_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="f-baseline">Baseline</label>
        <select id="f-baseline" name="baseline">
          {props.baselines.map((b) => (
            <option value={b.name} selected={b.name === f.baseline}>
              {b.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Show</button>
    </form>
  );
}

function ComparisonTable(props: { title: string; comparison: BaselineComparison }) {
  const c = props.comparison;
  const points = (x: number) => `${x > 0 ? "+" : ""}${Math.round(x * 100)}`;
  return (
    <section>
      <h3>{props.title}</h3>
      {c.note ? (
        <p class="empty">{c.note}</p>
      ) : c.comparisons.length === 0 ? (
        <p class="empty">
          No figure could be compared: too few answers to the questions the baseline covers.
        </p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" class="num">
                Here
              </th>
              <th scope="col" class="num">
                Baseline
              </th>
              <th scope="col" class="num">
                Difference (points, 95% interval)
              </th>
              <th scope="col">Reading</th>
            </tr>
          </thead>
          <tbody>
            {c.comparisons.map((x) => (
              <tr>
                <td>{x.label}</td>
                <td class="num">
                  {pct(x.population.share)} <span class="muted">(n {x.population.n})</span>
                </td>
                <td class="num">
                  {pct(x.baseline.share)} <span class="muted">(n {x.baseline.n})</span>
                </td>
                <td class="num">
                  {points(x.difference)} ({points(x.ci95[0])} to {points(x.ci95[1])})
                </td>
                <td class="small">{x.reading}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {c.not_compared.length > 0 && (
        <p class="small muted">
          Not compared: {c.not_compared.map((n) => `${n.label} (${n.reason})`).join("; ")}
        </p>
      )}
    </section>
  );
}

export function FindingsPage(props: {
  user: string;
  viewer: boolean;
  organisation: { id: string; name: string };
  result: FindingsResult;
  workSystems: WorkSystemSummary[];
  filter: FindingsFilter;
  baselines: Baseline[];
  comparisons: { title: string; comparison: BaselineComparison }[];
  /** A filter that could not be used, said plainly. */
  problem?: string | undefined;
}) {
  const { result, organisation: org } = props;
  const baseline = props.comparisons[0]?.comparison.baseline;
  return (
    <Layout
      title={`Findings for ${org.name}`}
      user={props.user}
      section="organisations"
      viewer={props.viewer}
      stylesheet={WORK_SYSTEM_CSS}
    >
      {!props.viewer && (
        <p class="no-print">
          <a href={`/organisations/${org.id}/work-systems`}>Work systems of {org.name}</a>
        </p>
      )}
      <h1>Findings for {org.name}</h1>
      <p class="lead">
        Each finding joins what the analyst rated, what the survey answers say and the workarounds
        seen, most severe first. Every figure comes through the privacy gate: groups smaller than{" "}
        {result.min_group_size ?? 5} people are never shown.
      </p>
      <Filters
        orgId={org.id}
        workSystems={props.workSystems}
        filter={props.filter}
        baselines={props.baselines}
      />
      {props.problem && (
        <p class="notice" role="alert">
          {props.problem}
        </p>
      )}
      <p class="muted">
        {result.campaigns.length === 0
          ? "No campaign of this organisation has answers yet, so there are no survey figures."
          : `Survey answers from: ${result.campaigns.map((c) => c.name).join(", ")}.`}
      </p>
      {result.findings.length === 0 ? (
        <Empty>
          <p>
            No findings
            {props.filter.severity || props.filter.scope || props.filter.work_system
              ? " match these filters"
              : " yet"}
            .
          </p>
          <p>
            {props.viewer
              ? "Findings appear once the analyst rates the guidelines or the survey answers come in."
              : "Describe the work systems, rate them against the guidelines, note workarounds, or run a campaign."}
          </p>
        </Empty>
      ) : (
        <>
          <p>
            {result.findings.length} finding{result.findings.length === 1 ? "" : "s"}.
          </p>
          {result.findings.map((f) => (
            <FindingCard finding={f} />
          ))}
        </>
      )}

      <h2>Compared with a baseline</h2>
      {baseline && (
        <p class="muted">
          {baseline.name}: {baseline.source}, {baseline.year}, n {baseline.n}, {baseline.country}. A
          difference is this organisation's share minus the baseline's, with its 95% interval
          (Newcombe). An interval that includes 0 means the data cannot tell the two apart.
        </p>
      )}
      {props.comparisons.map((c) => (
        <ComparisonTable title={c.title} comparison={c.comparison} />
      ))}
    </Layout>
  );
}
