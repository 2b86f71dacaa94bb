import type { Database } from "../db/database.js";
import { importResponses } from "../importer/response-import.js";
import { memorySource } from "../importer/row-source.js";
import { nameKey } from "../organisation/organisation.js";
import { loadDemoPlan } from "../plan/demo-plan.js";
import { findStudyByKey } from "../study/study.repository.js";
import { DEMO_WAVE_1_DAY, loadDemoWaves } from "./demo-waves.js";
import { loadDemoWorkSystems } from "./demo-worksystems.js";
import { diagnosisRows } from "./diagnosis-rows.js";
import { relationshipRows } from "./relationship-rows.js";
import { relationshipWave2Rows } from "./relationship-wave-2.js";
import { smeStudyRows } from "./sme-study-rows.js";

/**
 * Synthetic data that reproduce the published figures of the two source studies, so a new
 * user sees real-looking reports at once. The names say "demo" so nobody mistakes them for
 * real firms. Loaded through the same import as a researcher's own file.
 */
export const DEMO_STUDIES = {
  sme: "SME security practices (demo data)",
  relationship: "Security relationship (demo data)",
  diagnosis: "Relationship diagnosis (demo data)",
} as const;

export interface DemoResult {
  loaded: boolean;
  studies: { study: string; respondents: number; organisations: number; campaigns: number }[];
  /** Second waves loaded after the studies, so "what changed" shows on first start. */
  waves?: { study: string; wave: number; respondents: number }[];
}

export async function isDemoLoaded(db: Database, workspaceId: string): Promise<boolean> {
  return (await findStudyByKey(db, workspaceId, nameKey(DEMO_STUDIES.sme))) !== undefined;
}

export async function loadDemo(db: Database, workspaceId: string): Promise<DemoResult> {
  if (await isDemoLoaded(db, workspaceId)) return { loaded: false, studies: [] };
  const sme = await importResponses(db, workspaceId, {
    source: memorySource(smeStudyRows()),
    study: DEMO_STUDIES.sme,
    instrument: "sme-security-practices",
    description:
      "Synthetic demo data: 187 invented employees of 39 invented firms, whose answers reproduce the figures published for a study of UK small and medium firms (2017-18).",
  });
  const relationship = await importResponses(db, workspaceId, {
    source: memorySource(relationshipRows()),
    study: DEMO_STUDIES.relationship,
    instrument: "security-relationship",
    today: DEMO_WAVE_1_DAY,
    description:
      "Synthetic demo data: 92 invented employees of one invented firm, whose closed answers match the counts published for a study of employees and IT-security staff; the written answers are ours.",
  });
  const diagnosis = await importResponses(db, workspaceId, {
    source: memorySource(diagnosisRows(1)),
    study: DEMO_STUDIES.diagnosis,
    instrument: "relationship-diagnosis",
    today: DEMO_WAVE_1_DAY,
    description:
      "Synthetic demo data: 90 invented staff, IT security people and managers of the same invented firm answer the relationship diagnosis; the answers and written texts are ours.",
  });
  const waves = await loadDemoWaves(db, workspaceId, [
    { study: DEMO_STUDIES.relationship, rows: relationshipWave2Rows },
    { study: DEMO_STUDIES.diagnosis, rows: () => diagnosisRows(2) },
  ]);
  await loadDemoWorkSystems(db, workspaceId);
  await loadDemoPlan(db, workspaceId);
  return { loaded: true, studies: [sme, relationship, diagnosis], waves };
}
