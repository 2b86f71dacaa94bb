import type { CampaignRow } from "../campaign/campaign.repository.js";
import { getCampaign, resolveCampaign } from "../campaign/campaign.service.js";
import type { Queryable } from "../db/database.js";
import { diagnosisSignals } from "../diagnosis/diagnosis.service.js";
import { isUuid } from "../ids.js";
import { type Finding, listFindings } from "../worksystem/findings.service.js";
import type { Signal } from "./signal.js";

/**
 * Everything the recommendation rules look at for one campaign: the diagnosis of its answers
 * and the findings of its organisation's work systems (their survey part from this campaign).
 */
export async function campaignForPlan(
  db: Queryable,
  workspaceId: string,
  campaignRef: string,
): Promise<CampaignRow> {
  return isUuid(campaignRef.trim())
    ? getCampaign(db, workspaceId, campaignRef.trim())
    : resolveCampaign(db, workspaceId, campaignRef);
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One plain sentence with the evidence of a finding: rating, strongest figure, workarounds. */
export function findingEvidence(finding: Finding): string {
  const parts: string[] = [finding.rule_text];
  const item = finding.evidence.survey_signal?.item;
  const figure = finding.evidence.survey.find((f) => f.item === item);
  if (figure) {
    parts.push(
      `On ${figure.item}, ${pct(figure.share)} of ${figure.n} answered ${figure.meaning} (95% interval ${pct(figure.ci95[0])} to ${pct(figure.ci95[1])}).`,
    );
  }
  const seen = finding.evidence.workarounds.length;
  if (seen > 0) parts.push(`${seen} workaround${seen === 1 ? "" : "s"} noted.`);
  return parts.join(" ");
}

export function findingSignal(finding: Finding): Signal {
  const item = finding.evidence.survey_signal?.item;
  const figure = finding.evidence.survey.find((f) => f.item === item);
  return {
    kind: "finding",
    code: finding.guideline,
    ...(finding.work_system
      ? { workSystem: { id: finding.work_system.id, name: finding.work_system.name } }
      : {}),
    value: figure?.share ?? 0,
    ...(figure ? { low: figure.ci95[0], high: figure.ci95[1] } : {}),
    n: figure?.n ?? 0,
    severity: finding.severity,
    evidence: findingEvidence(finding),
  };
}

export async function signalsForCampaign(
  db: Queryable,
  workspaceId: string,
  campaignId: string,
): Promise<{ campaign: CampaignRow; signals: Signal[] }> {
  const campaign = await campaignForPlan(db, workspaceId, campaignId);
  const diagnosis = await diagnosisSignals(db, workspaceId, campaign.id);
  const { findings } = await listFindings(db, workspaceId, {
    organisation: campaign.organisation_id,
    campaign: campaign.id,
  });
  return { campaign, signals: [...diagnosis, ...findings.map(findingSignal)] };
}
