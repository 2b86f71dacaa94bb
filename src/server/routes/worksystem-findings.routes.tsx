import type { UserRow } from "../../account/account.repository.js";
import { canAnalyse } from "../../account/roles.js";
import type { Database } from "../../db/database.js";
import { isRapportError, RapportError } from "../../errors.js";
import { SIZE_BAND_LABELS, type SizeBand } from "../../organisation/organisation.js";
import { SME_STUDY_BASELINE } from "../../worksystem/baseline.js";
import { compareBaseline, listBaselines } from "../../worksystem/baseline.service.js";
import { type FindingsResult, listFindings } from "../../worksystem/findings.service.js";
import { listWorkSystems } from "../../worksystem/worksystem.service.js";
import { type FindingsFilter, FindingsPage } from "../pages/worksystem-findings.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const given = (value: string | undefined) =>
  value === undefined || value.trim() === "" ? undefined : value.trim();

/**
 * The findings page of an organisation: findings filtered by the query (work system, element or
 * phase, severity), and the comparison of the organisation, its sector and its size band with
 * the chosen baseline. A filter that cannot be used is named on the page and left out.
 */
export async function findingsPage(
  db: Database,
  user: Pick<UserRow, "email" | "workspace_id" | "role">,
  organisationId: string,
  query: Readonly<Record<string, string>>,
) {
  if (!UUID.test(organisationId))
    throw new RapportError("organisation_not_found", "There is no such organisation here.");
  const { organisation, work_systems } = await listWorkSystems(
    db,
    user.workspace_id,
    organisationId,
  );
  const filter: FindingsFilter = {
    work_system: given(query.work_system),
    scope: given(query.scope),
    severity: given(query.severity),
    baseline: given(query.baseline) ?? SME_STUDY_BASELINE.name,
  };
  if (filter.work_system !== undefined && !work_systems.some((w) => w.id === filter.work_system)) {
    filter.work_system = undefined;
  }
  let problem: string | undefined;
  let result: FindingsResult;
  try {
    result = await listFindings(db, user.workspace_id, {
      organisation: organisation.id,
      work_system: filter.work_system,
      element: filter.scope,
      severity: filter.severity,
    });
  } catch (error) {
    if (!isRapportError(error)) throw error;
    problem = `${error.message} The filter was left out.`;
    filter.scope = undefined;
    filter.severity = undefined;
    result = await listFindings(db, user.workspace_id, {
      organisation: organisation.id,
      work_system: filter.work_system,
    });
  }
  const baselines = await listBaselines(db, user.workspace_id);
  if (!baselines.some((b) => b.name === filter.baseline)) filter.baseline = SME_STUDY_BASELINE.name;
  // A viewer reads the organisation granted to them, not figures pooled with other firms.
  const pooled = canAnalyse(user.role);
  const targets = [
    { title: organisation.name, target: { organisation: organisation.id } },
    ...(pooled && organisation.sector
      ? [{ title: `Sector: ${organisation.sector}`, target: { sector: organisation.sector } }]
      : []),
    ...(pooled && organisation.size_band
      ? [
          {
            title: `Size: ${SIZE_BAND_LABELS[organisation.size_band as SizeBand] ?? organisation.size_band}`,
            target: { size_band: organisation.size_band },
          },
        ]
      : []),
  ];
  const comparisons = [];
  for (const t of targets) {
    comparisons.push({
      title: t.title,
      comparison: await compareBaseline(db, user.workspace_id, t.target, filter.baseline),
    });
  }
  return (
    <FindingsPage
      user={user.email}
      viewer={!canAnalyse(user.role)}
      organisation={organisation}
      result={result}
      workSystems={work_systems}
      filter={filter}
      baselines={baselines}
      comparisons={comparisons}
      problem={problem}
    />
  );
}
