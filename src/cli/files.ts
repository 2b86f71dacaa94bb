import { readFileSync } from "node:fs";
import { RapportError } from "../errors.js";

/** Reads a file a person named on the command line, with a plain message when it cannot. */
export function readUserFile(path: string): string {
  try {
    return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch {
    throw new RapportError(
      "file_not_found",
      `Could not read ${path}. Check the path and that the file exists.`,
    );
  }
}
