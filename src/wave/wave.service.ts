import { buildScopedReport } from "../analysis/report.service.js";
import { type ScaleDefinition, scalesOf, scoreScale } from "../analysis/scales.js";
import {
  type CampaignRow,
  findEarlierWaves,
  findNextWave,
  firstAnswerDate,
} from "../campaign/campaign.repository.js";
import { getCampaign, resolveCampaign } from "../campaign/campaign.service.js";
import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import { listActionSummaries } from "../plan/action.service.js";
import { campaignIndicators } from "../text/campaign-indicators.js";
import { countRespondentsByCommunity, listOpenAnswers } from "../text/open-answer.repository.js";
import { listScaleAnswers } from "./wave.repository.js";
import {
  type Change,
  type CommunityChanges,
  compareWaveData,
  type WaveData,
} from "./wave-compare.js";

/**
 * Compares a campaign with an earlier wave of the same survey (the one just before, unless
 * another is chosen): reads both waves' aggregates, scale scores and written answers, the
 * organisation's actions, and hands them to the pure comparison in wave-compare.ts.
 */
export interface WaveRef {
  id: string;
  name: string;
  wave: number;
  respondents: number;
  first_answer: string | null;
}

export interface WaveComparison {
  campaign: WaveRef & { organisation_id: string; organisation: string; status: string };
  /** The wave compared against; null when this is the first wave. */
  against: WaveRef | null;
  /** The wave that follows, once started. */
  next_wave: { id: string; name: string; wave: number } | null;
  /** Every earlier wave, to choose another to compare against. */
  earlier_waves: { id: string; name: string; wave: number }[];
  min_group_size: number;
  changes: Change[];
  by_community?: CommunityChanges[];
}

export interface CompareOptions {
  /** The wave number to compare against (default: the one just before). */
  against?: number | undefined;
  byCommunity?: boolean | undefined;
}

export async function compareWaves(
  db: Queryable,
  workspaceId: string,
  idOrPrefix: string,
  options: CompareOptions = {},
): Promise<WaveComparison> {
  const later = isUuid(idOrPrefix)
    ? await getCampaign(db, workspaceId, idOrPrefix)
    : await resolveCampaign(db, workspaceId, idOrPrefix);
  const earlierWaves = await findEarlierWaves(db, workspaceId, later);
  const earlier = chooseEarlier(later, earlierWaves, options.against);
  const laterFirst = await firstAnswerDate(db, workspaceId, later.id);
  const next = await findNextWave(db, workspaceId, later);
  const base = {
    campaign: {
      ...ref(later, laterFirst),
      organisation_id: later.organisation_id,
      organisation: later.organisation,
      status: later.status,
    },
    earlier_waves: earlierWaves.map((c) => ({ id: c.id, name: c.name, wave: c.wave })),
    next_wave: next ? { id: next.id, name: next.name, wave: next.wave } : null,
  };
  if (!earlier) {
    return { ...base, against: null, min_group_size: later.min_group_size, changes: [] };
  }
  // The stricter minimum of the two, so neither wave shows a group its own rules would hide.
  const minGroupSize = Math.max(later.min_group_size, earlier.min_group_size);
  const byCommunity = options.byCommunity === true;
  const scales = scalesOf(later.instrument_code);
  const [earlierData, laterData] = [
    await waveData(db, workspaceId, earlier, scales, minGroupSize, byCommunity),
    await waveData(db, workspaceId, later, scales, minGroupSize, byCommunity),
  ];
  const compared = compareWaveData({
    definition: laterData.definition,
    scales,
    minGroupSize,
    earlier: earlierData.data,
    later: { ...laterData.data, firstAnswer: laterFirst },
    actions: await listActionSummaries(db, workspaceId, later.organisation_id),
    byCommunity,
  });
  return {
    ...base,
    against: ref(earlier, earlierData.data.firstAnswer),
    min_group_size: minGroupSize,
    ...compared,
  };
}

function ref(c: CampaignRow, firstAnswer: string | null): WaveRef {
  return {
    id: c.id,
    name: c.name,
    wave: c.wave,
    respondents: c.respondents,
    first_answer: firstAnswer,
  };
}

function chooseEarlier(
  later: CampaignRow,
  earlier: readonly CampaignRow[],
  against: number | undefined,
): CampaignRow | undefined {
  if (against === undefined) return earlier.at(-1);
  const chosen = earlier.find((c) => c.wave === against);
  if (chosen) return chosen;
  const known = earlier.map((c) => c.wave).join(", ");
  throw new RapportError(
    "wave_not_found",
    earlier.length === 0
      ? `"${later.name}" is the first wave, so there is no wave ${against} to compare with.`
      : `There is no wave ${against} before wave ${later.wave}. Earlier waves: ${known}.`,
  );
}

async function waveData(
  db: Queryable,
  workspaceId: string,
  campaign: CampaignRow,
  scales: readonly ScaleDefinition[],
  minGroupSize: number,
  byCommunity: boolean,
) {
  const { report, definition } = await buildScopedReport(
    db,
    workspaceId,
    { campaign: campaign.id },
    byCommunity ? ["community"] : [],
  );
  const items = [...new Set(scales.flatMap((s) => s.items))];
  const byResponse = new Map<
    string,
    { community: string | null; answers: Map<string, number | null> }
  >();
  for (const row of await listScaleAnswers(db, workspaceId, campaign.id, items)) {
    let entry = byResponse.get(row.response_id);
    if (!entry) {
      entry = { community: row.community, answers: new Map() };
      byResponse.set(row.response_id, entry);
    }
    const value = Number(row.choice);
    entry.answers.set(row.item_code, Number.isInteger(value) ? value : null);
  }
  const scaleScores: WaveData["scaleScores"][number][] = [];
  for (const { community, answers } of byResponse.values()) {
    for (const scale of scales) {
      const score = scoreScale(scale, answers);
      if (score !== null) scaleScores.push({ community, scale: scale.code, score });
    }
  }
  const open = await listOpenAnswers(db, workspaceId, [campaign.id]);
  const counts = await countRespondentsByCommunity(db, workspaceId, [campaign.id]);
  const total = counts.reduce((sum, c) => sum + c.n, 0);
  const data: WaveData = {
    report,
    scaleScores,
    firstAnswer: await firstAnswerDate(db, workspaceId, campaign.id),
    indicators:
      open.length === 0
        ? undefined
        : {
            overall: campaignIndicators(
              open.map((a) => ({ ...a, community: null })),
              [{ community: null, n: total }],
              minGroupSize,
            ),
            // Reading the texts is the slow part, so per community only when asked for.
            byCommunity: byCommunity ? campaignIndicators(open, counts, minGroupSize) : undefined,
          },
  };
  return { data, definition };
}
