import { effectiveMinimum } from "../analysis/privacy-gate.js";
import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { isUuid } from "../ids.js";
import { getInstrumentVersion, getVersionById } from "../instrument/instrument.service.js";
import {
  cleanName,
  nameKey,
  parseSector,
  parseSizeBand,
  SIZE_BANDS,
} from "../organisation/organisation.js";
import { insertOrganisation, listOrganisations } from "../organisation/organisation.repository.js";
import { getOrganisation } from "../organisation/organisation.service.js";
import { findStudyById, findStudyByKey, type StudyRow } from "../study/study.repository.js";
import { parseOrThrow } from "../validation.js";
import {
  type CampaignRow,
  type CampaignStatus,
  findCampaignById,
  findCampaignsByIdPrefix,
  findNextWave,
  insertCampaign,
  updateCampaignSettings,
  updateCampaignStatus,
} from "./campaign.repository.js";
import { CampaignInputSchema, CampaignSettingsSchema } from "./campaign.schema.js";

/** Finds a campaign by its id or the first characters of it, as people copy them from a list. */
export async function resolveCampaign(
  db: Queryable,
  workspaceId: string,
  idOrPrefix: string,
): Promise<CampaignRow> {
  const prefix = idOrPrefix.trim().toLowerCase();
  if (!/^[0-9a-f-]{4,36}$/.test(prefix)) {
    throw new RapportError(
      "bad_campaign_id",
      `"${idOrPrefix.slice(0, 40)}" is not a campaign id. Use the id shown by rapport campaign list (the first 8 characters are enough).`,
    );
  }
  const matches = await findCampaignsByIdPrefix(db, workspaceId, prefix);
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0) {
    throw new RapportError(
      "campaign_not_found",
      `There is no campaign with id ${prefix}. Run rapport campaign list to see the ids.`,
    );
  }
  throw new RapportError(
    "campaign_ambiguous",
    `Several campaigns start with ${prefix}. Type a few more characters of the id (see rapport campaign list).`,
  );
}

export interface NewCampaign {
  organisation: string;
  /** The questionnaire's code; may be left out when the campaign joins a study. */
  instrument?: string | undefined;
  /** The name of a study to join. */
  study?: string | undefined;
  name?: string | undefined;
  sector?: string | undefined;
  sizeBand?: string | undefined;
  minGroupSize?: number | undefined;
  sponsor?: string | undefined;
  purpose?: string | undefined;
}

/**
 * Creates a campaign in draft for one organisation (created too if it is new) with the latest
 * version of an instrument, which is frozen from then on.
 */
export async function createCampaign(
  db: Queryable,
  workspaceId: string,
  input: NewCampaign,
): Promise<CampaignRow> {
  const orgName = cleanName(input.organisation);
  if (orgName === "" || orgName.length > 200) {
    throw new RapportError(
      "bad_organisation",
      "Give the organisation a name of 1 to 200 characters.",
    );
  }
  if (
    input.minGroupSize !== undefined &&
    input.minGroupSize !== effectiveMinimum(input.minGroupSize)
  ) {
    throw new RapportError(
      "bad_min_group_size",
      "The minimum group size must be a whole number of at least 3.",
    );
  }
  const study =
    input.study === undefined ? undefined : await studyNamed(db, workspaceId, input.study);
  if (!study && !input.instrument) {
    throw new RapportError(
      "missing_instrument",
      "Say which questionnaire to ask with --instrument (see rapport instrument list), or join a study with --study.",
    );
  }
  const version = study
    ? await studyVersion(db, workspaceId, study, input.instrument)
    : await getInstrumentVersion(db, workspaceId, input.instrument ?? "");
  let org = (await listOrganisations(db, workspaceId)).find((o) => o.name_key === nameKey(orgName));
  if (!org) {
    const sizeBand = input.sizeBand === undefined ? null : (parseSizeBand(input.sizeBand) ?? null);
    if (input.sizeBand !== undefined && sizeBand === null) {
      throw new RapportError(
        "bad_size_band",
        `"${input.sizeBand}" is not a size band. Use one of: ${SIZE_BANDS.join(", ")}.`,
      );
    }
    const sector = input.sector === undefined ? null : (parseSector(input.sector) ?? null);
    org = await insertOrganisation(db, workspaceId, {
      name: orgName,
      nameKey: nameKey(orgName),
      sector,
      sizeBand,
    });
  }
  return insertDraft(db, workspaceId, org, version, { ...input, studyId: study?.id ?? null });
}

async function insertDraft(
  db: Queryable,
  workspaceId: string,
  org: { id: string; name: string },
  version: { id: string; title: string },
  input: {
    studyId?: string | null;
    name?: string | undefined;
    minGroupSize?: number | undefined;
    sponsor?: string | undefined;
    purpose?: string | undefined;
  },
): Promise<CampaignRow> {
  const id = await insertCampaign(db, workspaceId, {
    organisationId: org.id,
    studyId: input.studyId ?? null,
    instrumentVersionId: version.id,
    name: cleanName(input.name ?? "") || `${org.name}: ${version.title}`,
    status: "draft",
    minGroupSize: input.minGroupSize ?? 5,
    sponsor: input.sponsor?.trim() ?? "",
    purpose: input.purpose?.trim() ?? "",
  });
  const created = await findCampaignById(db, workspaceId, id);
  if (!created) throw new Error("campaign vanished after insert");
  return created;
}

/**
 * A campaign in a study asks the study's questionnaire version, so that answers from every
 * organisation in it mean the same; naming another questionnaire is a mistake worth saying.
 */
async function studyVersion(
  db: Queryable,
  workspaceId: string,
  study: StudyRow,
  instrument: string | undefined,
): Promise<{ id: string; title: string }> {
  const version = await getVersionById(db, workspaceId, study.instrument_version_id);
  if (!version) throw new Error(`study ${study.id} has no questionnaire version`);
  if (instrument && instrument !== version.code) {
    throw new RapportError(
      "study_instrument_mismatch",
      `The study "${study.name}" asks the questionnaire "${version.title}" (version ${version.version}). Choose that one, or no study.`,
      [{ path: "instrument", message: `The study asks "${version.title}".` }],
    );
  }
  return version;
}

/** A study by name, for the command line. */
async function studyNamed(db: Queryable, workspaceId: string, name: string): Promise<StudyRow> {
  const study = await findStudyByKey(db, workspaceId, nameKey(name));
  if (!study) {
    throw new RapportError(
      "study_not_found",
      `There is no study called "${name}". See the studies with rapport study list.`,
    );
  }
  return study;
}

function campaignNotFound(): RapportError {
  return new RapportError(
    "campaign_not_found",
    "There is no such campaign in this workspace. It may have been removed; see the list of campaigns.",
  );
}

/** A campaign by its full id, as web pages and the API address it. */
export async function getCampaign(
  db: Queryable,
  workspaceId: string,
  id: string,
): Promise<CampaignRow> {
  const row = isUuid(id) ? await findCampaignById(db, workspaceId, id) : undefined;
  if (!row) throw campaignNotFound();
  return row;
}

/** Creates a draft campaign for an existing organisation (web form and API). */
export async function createCampaignFor(
  db: Queryable,
  workspaceId: string,
  input: unknown,
): Promise<CampaignRow> {
  const parsed = parseOrThrow(CampaignInputSchema, input, "invalid_campaign", "This campaign");
  const org = await getOrganisation(db, workspaceId, parsed.organisation_id);
  const study =
    parsed.study_id === undefined
      ? undefined
      : await findStudyById(db, workspaceId, parsed.study_id);
  if (parsed.study_id !== undefined && !study) {
    throw new RapportError("study_not_found", "There is no such study in this workspace.", [
      { path: "study_id", message: "Choose a study from the list." },
    ]);
  }
  const version = study
    ? await studyVersion(db, workspaceId, study, parsed.instrument)
    : await getInstrumentVersion(db, workspaceId, parsed.instrument ?? "");
  return insertDraft(db, workspaceId, org, version, {
    studyId: study?.id ?? null,
    name: parsed.name,
    minGroupSize: parsed.min_group_size,
    sponsor: parsed.sponsor,
    purpose: parsed.purpose,
  });
}

/**
 * Changes a campaign's name, sponsor, purpose or minimum group size. Once answers may have been
 * seen the minimum can only go up: lowering it would reveal groups that were hidden before, and
 * comparing the two views could point to individuals.
 */
export async function changeCampaign(
  db: Queryable,
  workspaceId: string,
  id: string,
  input: unknown,
): Promise<CampaignRow> {
  const campaign = await getCampaign(db, workspaceId, id);
  const parsed = parseOrThrow(CampaignSettingsSchema, input, "invalid_campaign", "This campaign");
  const minGroupSize = parsed.min_group_size ?? campaign.min_group_size;
  if (campaign.status !== "draft" && minGroupSize < campaign.min_group_size) {
    throw new RapportError(
      "min_group_size_lowered",
      `This campaign has been open, so its minimum group size can only go up (it is ${campaign.min_group_size}). Lowering it could reveal who answered in a small group.`,
      [{ path: "min_group_size", message: `Use ${campaign.min_group_size} or more.` }],
    );
  }
  await updateCampaignSettings(db, workspaceId, campaign.id, {
    name: parsed.name ?? campaign.name,
    minGroupSize,
    sponsor: parsed.sponsor ?? campaign.sponsor,
    purpose: parsed.purpose ?? campaign.purpose,
  });
  return getCampaign(db, workspaceId, campaign.id);
}

/** Opens a campaign to answers, or closes it; closed campaigns refuse every link. */
export async function setCampaignStatus(
  db: Queryable,
  workspaceId: string,
  idOrPrefix: string,
  status: Exclude<CampaignStatus, "draft">,
): Promise<CampaignRow> {
  const campaign = await resolveCampaign(db, workspaceId, idOrPrefix);
  await updateCampaignStatus(db, workspaceId, campaign.id, status);
  return { ...campaign, status };
}

/**
 * Starts the next wave of a campaign: a new draft for the same organisation (and study), with
 * the same instrument version, minimum group size, sponsor and purpose, so its answers compare
 * with this wave's. A campaign must have been opened first, and has at most one next wave.
 */
export async function nextWave(
  db: Queryable,
  workspaceId: string,
  idOrPrefix: string,
): Promise<CampaignRow> {
  const campaign = isUuid(idOrPrefix)
    ? await getCampaign(db, workspaceId, idOrPrefix)
    : await resolveCampaign(db, workspaceId, idOrPrefix);
  if (campaign.status === "draft") {
    throw new RapportError(
      "campaign_not_opened",
      `"${campaign.name}" is still a draft, so there is nothing yet for a next wave to compare with. Open it and collect answers first.`,
    );
  }
  const existing = await findNextWave(db, workspaceId, campaign);
  if (existing) {
    throw new RapportError(
      "next_wave_exists",
      `Wave ${existing.wave} of this campaign already exists: "${existing.name}" (${existing.id.slice(0, 8)}). Use that one.`,
    );
  }
  const wave = campaign.wave + 1;
  const base = campaign.name.replace(/ \(wave \d+\)$/, "").slice(0, 280);
  const id = await insertCampaign(db, workspaceId, {
    organisationId: campaign.organisation_id,
    studyId: campaign.study_id,
    instrumentVersionId: campaign.instrument_version_id,
    name: `${base} (wave ${wave})`,
    status: "draft",
    minGroupSize: campaign.min_group_size,
    sponsor: campaign.sponsor,
    purpose: campaign.purpose,
    wave,
    previousCampaignId: campaign.id,
  });
  return getCampaign(db, workspaceId, id);
}
