import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The folder that holds Rapport's package.json. Files that are not code (the SQL migrations, the
 * recommendation rules) stay in src/ and are read from there, whether the code runs from the
 * sources, from dist/ after the build, or from the compiled tests in .tmp/js: each sits at a
 * different depth, so a path relative to the module would hold for only some of them.
 */
function findRoot(): string {
  const start = dirname(fileURLToPath(import.meta.url));
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir)
      throw new Error(`No package.json above ${start}: is Rapport installed whole?`);
  }
}

const ROOT = findRoot();

/** A path inside the project (or beside it, with ".."), from its parts. */
export function projectPath(...parts: string[]): string {
  return join(ROOT, ...parts);
}
