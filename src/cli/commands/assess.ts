import type { Command } from "commander";
import { RapportError } from "../../errors.js";
import { rate, rateMany, type SavedRating } from "../../worksystem/assessment.service.js";
import { parseRatingsFile, ratingsFormatOfPath } from "../../worksystem/ratings-file.js";
import { RATING_LABELS, RATINGS } from "../../worksystem/severity.js";
import {
  type Format,
  formatOption,
  type GlobalOptions,
  printJson,
  withContext,
} from "../context.js";
import { readUserFile } from "../files.js";
import { say } from "../io.js";
import { safeText } from "../table.js";

/** The analyst's ratings of a work system against the guidelines, one at a time or from a file. */
export function registerAssess(program: Command, globals: () => GlobalOptions): void {
  program
    .command("assess")
    .description(
      "rate how well a work system meets a guideline (met, partly, not_met, not_known, not_applicable); earlier ratings are kept as history",
    )
    .option("--organisation <name>", "the organisation (or an organisation column in --file)")
    .option("--work-system <name>", "the work system being rated")
    .option("--guideline <code>", "the guideline's code (see rapport guidelines)")
    .option("--rating <rating>", `one of: ${RATINGS.join(", ")}`)
    .option("--note <text>", "a short note on why")
    .option("--evidence <text>", "what the rating rests on: documents seen, interviews, visits")
    .option(
      "--file <file>",
      "many ratings at once from a .csv (columns work_system, guideline, rating, note, evidence) or .yaml/.json file; all or none are saved",
    )
    .addOption(formatOption())
    .action(
      async (opts: {
        organisation?: string;
        workSystem?: string;
        guideline?: string;
        rating?: string;
        note?: string;
        evidence?: string;
        file?: string;
        format: Format;
      }) => {
        let saved: SavedRating[];
        if (opts.file !== undefined) {
          const single = ["workSystem", "guideline", "rating", "note", "evidence"] as const;
          const clash = single.filter((k) => opts[k] !== undefined);
          if (clash.length > 0) {
            throw new RapportError(
              "file_and_options",
              "Give either --file or the options for one rating (--work-system, --guideline, --rating), not both.",
            );
          }
          const lines = parseRatingsFile(readUserFile(opts.file), ratingsFormatOfPath(opts.file));
          saved = await withContext(globals(), ({ db, workspaceId }) =>
            rateMany(db, workspaceId, opts.organisation, lines),
          );
        } else {
          const missing = (
            [
              ["organisation", "--organisation"],
              ["workSystem", "--work-system"],
              ["guideline", "--guideline"],
              ["rating", "--rating"],
            ] as const
          )
            .filter(([k]) => opts[k] === undefined)
            .map(([, flag]) => flag);
          if (missing.length > 0) {
            throw new RapportError(
              "missing_options",
              `To rate one guideline, also give ${missing.join(", ")}. Or rate many at once with --file.`,
            );
          }
          const one = await withContext(globals(), ({ db, workspaceId }) =>
            rate(db, workspaceId, opts.organisation ?? "", {
              work_system: opts.workSystem ?? "",
              guideline: opts.guideline ?? "",
              rating: opts.rating ?? "",
              note: opts.note,
              evidence: opts.evidence,
            }),
          );
          saved = [one];
        }
        if (opts.format === "json") return printJson({ ratings: saved });
        if (saved.length === 1 && saved[0]) {
          const r = saved[0];
          say(safeText(`Rated ${r.guideline} for ${r.work_system}: ${RATING_LABELS[r.rating]}.`));
          return;
        }
        const systems = new Set(saved.map((r) => `${r.organisation}\u0000${r.work_system}`)).size;
        say(`Saved ${saved.length} ratings for ${systems} work system${systems === 1 ? "" : "s"}.`);
      },
    );
}
