import { findStudyCampaigns } from "../campaign/campaign.repository.js";
import type { Database } from "../db/database.js";
import { importResponses } from "../importer/response-import.js";
import { memorySource } from "../importer/row-source.js";
import { nameKey } from "../organisation/organisation.js";
import { findStudyByKey } from "../study/study.repository.js";
import type { DemoRow } from "./demo-row.js";

/**
 * The day the demo's first waves are dated: before the demo plan's actions started (early
 * 2026), so those actions fall between the waves as they would in a real firm. Second waves
 * are dated the day they are loaded.
 */
export const DEMO_WAVE_1_DAY = "2025-11-17";

/**
 * The demo's second waves, so "what changed" has something to show on first start. Each is
 * loaded only when its study has a first wave and no second one yet, so loading twice, or
 * after an older demo without waves, adds nothing twice.
 */
export async function loadDemoWaves(
  db: Database,
  workspaceId: string,
  studies: readonly { study: string; rows: () => DemoRow[] }[],
): Promise<{ study: string; wave: number; respondents: number }[]> {
  const loaded: { study: string; wave: number; respondents: number }[] = [];
  for (const { study: name, rows } of studies) {
    const study = await findStudyByKey(db, workspaceId, nameKey(name));
    if (!study) continue;
    if ((await findStudyCampaigns(db, workspaceId, study.id, 2)).length > 0) continue;
    const summary = await importResponses(db, workspaceId, {
      source: memorySource(rows()),
      study: name,
      wave: 2,
    });
    loaded.push({ study: summary.study, wave: 2, respondents: summary.respondents });
  }
  return loaded;
}
