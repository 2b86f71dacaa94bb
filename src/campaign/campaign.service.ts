import { effectiveMinimum } from "../analysis/privacy-gate.js";
import type { Queryable } from "../db/database.js";
import { RapportError } from "../errors.js";
import { getInstrumentVersion } from "../instrument/instrument.service.js";
import {
  cleanName,
  nameKey,
  parseSector,
  parseSizeBand,
  SIZE_BANDS,
} from "../organisation/organisation.js";
import { insertOrganisation, listOrganisations } from "../organisation/organisation.repository.js";
import {
  type CampaignRow,
  type CampaignStatus,
  findCampaignById,
  findCampaignsByIdPrefix,
  insertCampaign,
  updateCampaignStatus,
} from "./campaign.repository.js";

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
  instrument: string;
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
  const version = await getInstrumentVersion(db, workspaceId, input.instrument);
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
  const id = await insertCampaign(db, workspaceId, {
    organisationId: org.id,
    studyId: null,
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
