// Runs the whole suite once per database backend (PGlite, then PostgreSQL), each test file in
// its own process with its own database, and ends with one line that sums up both runs.
//
// `npm test` compiles the project into .tmp/js first and runs this file from there: each test
// file's compiled twin then runs without a TypeScript loader, which saves about a second of
// start-up per process. Run from the sources (node --import tsx scripts/test.ts), it runs the
// .ts files through tsx. Either way the test files are found in the sources, so a compiled twin
// left behind by a deleted test never runs.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { run } from "node:test";
import { spec } from "node:test/reporters";
import { fileURLToPath } from "node:url";
import { migrate } from "../src/db/migrate.js";
import { openPgliteInMemory } from "../src/db/pglite.js";
import { openPostgres } from "../src/db/postgres.js";
import { TEXT_MODELS, useBuiltModels } from "../src/text/models.js";
import { writeBuiltModel } from "../src/text/shared/built-model.js";
import { adminUrl, type Backend, urlForDatabase } from "../test/database.js";

function findTests(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) findTests(path, out);
    else if (/\.test\.tsx?$/.test(entry)) out.push(path);
  }
  return out;
}

const filter = process.argv.slice(2);
const files = [...findTests("src"), ...findTests("test")]
  .filter((f) => filter.length === 0 || filter.some((part) => f.includes(part)))
  .sort();
const compiledRoot = import.meta.url.endsWith(".js")
  ? relative(".", fileURLToPath(new URL("..", import.meta.url)))
  : undefined;
/** The file the test runner runs for a test file of the sources. */
const runnable = (file: string) =>
  compiledRoot === undefined ? file : join(compiledRoot, file.replace(/\.tsx?$/, ".js"));
const missing = files.filter((f) => !existsSync(runnable(f)));
if (missing.length > 0) {
  console.error(
    `Not compiled: ${missing.join(", ")}. Run npm test, which compiles the tests before it runs them.`,
  );
  process.exit(1);
}
const backends = (process.env.RAPPORT_TEST_BACKENDS ?? "pglite,postgres")
  .split(",")
  .map((b) => b.trim()) as Backend[];

async function prepare(backend: Backend): Promise<() => Promise<void>> {
  process.env.RAPPORT_TEST_BACKEND = backend;
  if (backend === "pglite") {
    mkdirSync(".tmp", { recursive: true });
    const path = join(".tmp", `pglite-template-${process.pid}.tar`);
    const db = await openPgliteInMemory();
    await migrate(db);
    writeFileSync(path, Buffer.from(await (await db.dump()).arrayBuffer()));
    await db.close();
    process.env.RAPPORT_TEST_PGLITE_TEMPLATE = path;
    return async () => rmSync(path, { force: true });
  }
  const name = `rapport_tpl_${process.pid}`;
  const admin = await openPostgres(adminUrl());
  await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
  await admin.exec(`CREATE DATABASE ${name}`);
  const template = await openPostgres(urlForDatabase(name));
  await migrate(template);
  await template.close();
  process.env.RAPPORT_TEST_PG_TEMPLATE = name;
  return async () => {
    await admin.exec(`DROP DATABASE IF EXISTS ${name}`);
    await admin.close();
  };
}

// Files that never open a database test the same thing on both backends: run them once. So do
// files that say, with their reason, that what they check does not depend on the engine.
const usesDatabase = (file: string) =>
  /test\/(database|factories|cli)\.js/.test(readFileSync(file, "utf8"));
const oneBackend = (file: string) => /^\/\/ One backend: \S/m.test(readFileSync(file, "utf8"));

interface SuiteResult {
  readonly passed: number;
  readonly failed: number;
  /** Each file's whole time, set-up included, in seconds. */
  readonly seconds: ReadonlyMap<string, number>;
}

function runSuite(files: string[]): Promise<SuiteResult> {
  return new Promise((resolve) => {
    let passed = 0;
    let failed = 0;
    const seconds = new Map<string, number>();
    const source = new Map(files.map((f) => [runnable(f), f]));
    const stream = run({ files: [...source.keys()], concurrency: 2 });
    // Each file ends with a "complete" event of its own, named after it.
    stream.on("test:complete", (event) => {
      if (event.nesting === 0 && event.file?.endsWith(event.name)) {
        const file = relative(".", event.file);
        seconds.set(source.get(file) ?? file, event.details.duration_ms / 1000);
      }
    });
    stream.on("test:pass", (event) => {
      if (event.details.type !== "suite" && !event.skip && !event.todo) passed++;
    });
    stream.on("test:fail", (event) => {
      // A failing todo is a known gap with its reason printed, not a broken test.
      if (event.details.type !== "suite" && !event.todo) failed++;
    });
    const out = stream.compose(new spec());
    out.pipe(process.stdout, { end: false });
    out.on("end", () => resolve({ passed, failed, seconds }));
  });
}

// Every test file reads the same text models (see src/text/shared/built-model.ts) instead of
// training its own: the ones `npm install` built, when built from these very sources, or else
// ones trained here.
mkdirSync(".tmp", { recursive: true });
const trained: string[] = [];
const stale = useBuiltModels();
for (const model of TEXT_MODELS) {
  if (stale.includes(model)) {
    trained.push(writeBuiltModel(model, join(".tmp", `${process.pid}-${model.file}`)));
    process.env[model.env] = trained.at(-1);
    console.log(`Trained the ${model.name} model.`);
  } else {
    console.log(`Using the ${model.name} model built by npm install (${process.env[model.env]}).`);
  }
}

let passed = 0;
let failed = 0;
for (const [index, backend] of backends.entries()) {
  const chosen = index === 0 ? files : files.filter((f) => usesDatabase(f) && !oneBackend(f));
  const once = index === 0 ? [] : files.filter((f) => usesDatabase(f) && oneBackend(f));
  const note = once.length > 0 ? ` (${once.length} said one backend is enough)` : "";
  console.log(`\n=== ${chosen.length} test files on ${backend}${note} ===\n`);
  let cleanup: (() => Promise<void>) | undefined;
  try {
    cleanup = await prepare(backend);
    const started = performance.now();
    const result = await runSuite(chosen);
    const seconds = Math.round((performance.now() - started) / 1000);
    console.log(`\n${backend}: ${result.passed} passed, ${result.failed} failed, in ${seconds} s`);
    // Where the suite's time goes, so that a file that has grown slow is seen.
    const slowest = [...result.seconds].sort((a, b) => b[1] - a[1]).slice(0, 5);
    console.log(`Slowest files: ${slowest.map(([f, s]) => `${f} ${s.toFixed(0)} s`).join(", ")}`);
    passed += result.passed;
    failed += result.failed;
  } catch (error) {
    console.error(`Could not prepare the ${backend} test database:`, error);
    failed++;
  } finally {
    await cleanup?.();
  }
}
for (const file of trained) rmSync(file, { force: true });
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
