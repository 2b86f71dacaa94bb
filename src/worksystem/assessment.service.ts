import type { Database, Queryable } from "../db/database.js";
import { type ErrorDetail, isRapportError, RapportError } from "../errors.js";
import { nameKey } from "../organisation/organisation.js";
import { problems } from "./document.js";
import type { Guideline } from "./guideline.schema.js";
import type { RatingLine } from "./ratings-file.js";
import { parseRating, RATINGS, type Rating } from "./severity.js";
import {
  insertRatings,
  listRatingHistory,
  type OrganisationRef,
  type WorkSystemRow,
} from "./worksystem.repository.js";
import {
  findGuideline,
  type RatingView,
  ratingView,
  resolveOrganisation,
  resolveWorkSystem,
  workspaceCatalogue,
} from "./worksystem.service.js";

/**
 * The analyst's ratings of a work system against guidelines. Ratings are only added, never
 * overwritten: the latest per guideline counts and the earlier ones remain as its history.
 */
export interface RatingInput {
  organisation?: string | undefined;
  work_system: string;
  guideline: string;
  rating: string;
  note?: string | undefined;
  evidence?: string | undefined;
}

export interface SavedRating extends RatingView {
  organisation: string;
  work_system: string;
}

/** Rates one guideline for one work system. */
export async function rate(
  db: Database,
  workspaceId: string,
  organisation: string,
  input: Omit<RatingInput, "organisation">,
): Promise<SavedRating> {
  const [saved] = await rateMany(db, workspaceId, organisation, [{ ...input, where: undefined }]);
  if (!saved) throw new Error("rateMany returned nothing");
  return saved;
}

type Located = RatingInput & { where: RatingLine["where"] | undefined };

/**
 * Rates many guidelines at once, all or nothing: every row is checked first, and each problem
 * names its line (or list position) and what to write instead.
 */
export async function rateMany(
  db: Database,
  workspaceId: string,
  defaultOrganisation: string | undefined,
  rows: readonly Located[],
): Promise<SavedRating[]> {
  if (rows.length === 0) throw new RapportError("no_ratings", "There are no ratings to save.");
  const catalogue = await workspaceCatalogue(db, workspaceId);
  return db.transaction(async (tx) => {
    const details: ErrorDetail[] = [];
    const checked: {
      organisation: OrganisationRef;
      workSystem: WorkSystemRow;
      guideline: Guideline;
      rating: Rating;
      note: string;
      evidence: string;
    }[] = [];
    const organisations = new Map<string, Promise<OrganisationRef>>();
    const workSystems = new Map<string, Promise<WorkSystemRow>>();
    for (const row of rows) {
      const at = row.where ?? {};
      const fail = (message: string, column?: string) =>
        details.push({
          ...at,
          ...(column !== undefined && "line" in at ? { column } : {}),
          ...(column !== undefined && "path" in at ? { path: `${at.path}.${column}` } : {}),
          message,
        });
      try {
        const orgName = row.organisation ?? defaultOrganisation;
        if (orgName === undefined || orgName.trim() === "") {
          fail(
            "Say which organisation: add an organisation column, or give --organisation.",
            "organisation",
          );
          continue;
        }
        const rating = parseRating(row.rating);
        if (rating === undefined) {
          fail(
            `"${row.rating.slice(0, 40)}" is not a rating. Use one of: ${RATINGS.join(", ")}.`,
            "rating",
          );
        }
        const note = (row.note ?? "").trim();
        const evidence = (row.evidence ?? "").trim();
        if (note.length > 2000) fail("Shorten the note to at most 2000 characters.", "note");
        if (evidence.length > 4000)
          fail("Shorten the evidence to at most 4000 characters.", "evidence");
        let guideline: Guideline | undefined;
        try {
          guideline = findGuideline(catalogue, row.guideline);
        } catch (error) {
          if (!isRapportError(error)) throw error;
          fail(error.message, "guideline");
        }
        const orgKey = nameKey(orgName);
        let orgPromise = organisations.get(orgKey);
        if (!orgPromise) {
          orgPromise = resolveOrganisation(tx, workspaceId, orgName);
          organisations.set(orgKey, orgPromise);
        }
        const organisation = await orgPromise;
        const wsKey = `${organisation.id}\u0000${nameKey(row.work_system)}`;
        let wsPromise = workSystems.get(wsKey);
        if (!wsPromise) {
          wsPromise = resolveWorkSystem(tx, workspaceId, organisation, row.work_system);
          workSystems.set(wsKey, wsPromise);
        }
        const workSystem = await wsPromise;
        if (rating !== undefined && guideline !== undefined)
          checked.push({ organisation, workSystem, guideline, rating, note, evidence });
      } catch (error) {
        if (!isRapportError(error)) throw error;
        fail(error.message);
      }
    }
    if (details.length > 0) {
      // One rating typed on the command line has no line to point at: say the problem plainly.
      if (rows.length === 1 && !rows[0]?.where && details.length === 1 && details[0])
        throw new RapportError("invalid_rating", details[0].message);
      throw problems(
        "invalid_ratings",
        rows.length === 1 ? "This rating" : "These ratings",
        details,
      );
    }
    await insertRatings(
      tx,
      workspaceId,
      checked.map((c) => ({
        workSystemId: c.workSystem.id,
        guidelineCode: c.guideline.code,
        rating: c.rating,
        note: c.note,
        evidence: c.evidence,
      })),
    );
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    return checked.map((c) => ({
      organisation: c.organisation.name,
      work_system: c.workSystem.name,
      guideline: c.guideline.code,
      rating: c.rating,
      note: c.note,
      evidence: c.evidence,
      rated_at: now,
    }));
  });
}

/** Every rating of a work system (or of one guideline in it), newest first. */
export async function ratingHistory(
  db: Queryable,
  workspaceId: string,
  organisationRef: string,
  workSystemRef: string,
  guideline?: string,
): Promise<RatingView[]> {
  const organisation = await resolveOrganisation(db, workspaceId, organisationRef);
  const workSystem = await resolveWorkSystem(db, workspaceId, organisation, workSystemRef);
  const code =
    guideline === undefined
      ? undefined
      : findGuideline(await workspaceCatalogue(db, workspaceId), guideline).code;
  return (await listRatingHistory(db, workspaceId, workSystem.id, code)).map(ratingView);
}
