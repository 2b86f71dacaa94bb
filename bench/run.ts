// npm run bench: Rapport's own code against a hand-written baseline measured in the same run,
// on the embedded database and on the PostgreSQL server. Prints one table.
import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildScopedReport } from "../src/analysis/report.service.js";
import { listCampaigns } from "../src/campaign/campaign.repository.js";
import type { Database } from "../src/db/database.js";
import { importResponses } from "../src/importer/response-import.js";
import { csvFileSource } from "../src/importer/row-source.js";
import { useBuiltModels } from "../src/text/models.js";
import { ensureWorkspace } from "../src/workspace/workspace.service.js";
import { type Backend, freshDatabase } from "../test/database.js";
import { BENCH_ITEMS, writeBenchCsv } from "./data.js";
import { benchRespondent } from "./respondent.js";
import { textRows } from "./text.js";

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const REPORT_ROWS = 10_000;
const MEMORY_ROWS = Number(process.env.BENCH_MEMORY_ROWS ?? 100_000);
const REPEAT = 7;
const dir = mkdtempSync(join(tmpdir(), "rapport-bench-"));
const rows: string[][] = [];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const result = await fn();
  return [performance.now() - start, result];
}

/** The baseline: the same rows as plain multi-row INSERTs, no parsing rules, no checks. */
async function rawInsert(
  db: Database,
  workspaceId: string,
  campaignId: string,
  path: string,
): Promise<void> {
  const lines = readFileSync(path, "utf8").trimEnd().split("\n");
  const header = (lines[0] ?? "").split(",");
  const itemColumns = BENCH_ITEMS.map((item) => ({
    code: item.code,
    index: header.indexOf(item.code),
  }));
  await db.transaction(async (tx) => {
    for (let start = 1; start < lines.length; start += 500) {
      const batch = lines.slice(start, start + 500).map((l) => l.split(","));
      const responseParams: unknown[] = [];
      const answerParams: unknown[] = [];
      const responseValues: string[] = [];
      const answerValues: string[] = [];
      for (const cells of batch) {
        const id = randomUUID();
        const p = responseParams.length;
        responseValues.push(`($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, 'import', current_date)`);
        responseParams.push(id, workspaceId, campaignId, cells[4]);
        for (const { code, index } of itemColumns) {
          const value = cells[index];
          if (!value) continue;
          const q = answerParams.length;
          answerValues.push(`($${q + 1}, $${q + 2}, $${q + 3}, $${q + 4}, $${q + 5})`);
          answerParams.push(id, code, workspaceId, campaignId, value);
        }
      }
      await tx.query(
        `INSERT INTO response (id, workspace_id, campaign_id, community, source, submitted_on) VALUES ${responseValues.join(", ")}`,
        responseParams,
      );
      await tx.query(
        `INSERT INTO answer (response_id, item_code, workspace_id, campaign_id, choice) VALUES ${answerValues.join(", ")}`,
        answerParams,
      );
    }
  });
}

async function benchImport(backend: Backend, path: string): Promise<void> {
  process.env.RAPPORT_TEST_BACKEND = backend;
  const ours: number[] = [];
  const raw: number[] = [];
  for (let round = 0; round < 3; round++) {
    const db = await freshDatabase();
    const ws = await ensureWorkspace(db);
    const [ms] = await time(() =>
      importResponses(db, ws.id, {
        source: csvFileSource(path),
        study: `Import ${round}`,
        instrument: "sme-security-practices",
      }),
    );
    ours.push(ms);
    const [campaign] = await listCampaigns(db, ws.id);
    await db.query("DELETE FROM response");
    const [rawMs] = await time(() => rawInsert(db, ws.id, campaign?.id ?? "", path));
    raw.push(rawMs);
    await db.close();
  }
  const oursRate = IMPORT_ROWS / (median(ours) / 1000);
  const rawRate = IMPORT_ROWS / (median(raw) / 1000);
  rows.push([
    backend,
    `CSV import, ${IMPORT_ROWS.toLocaleString("en")} rows x 12 items`,
    `${Math.round(oursRate)} rows/s`,
    `${Math.round(rawRate)} rows/s (raw multi-row INSERT)`,
    (oursRate / rawRate).toFixed(2),
  ]);
}

async function benchReport(backend: Backend, path: string): Promise<void> {
  process.env.RAPPORT_TEST_BACKEND = backend;
  const db = await freshDatabase();
  const ws = await ensureWorkspace(db);
  await importResponses(db, ws.id, {
    source: csvFileSource(path),
    study: "Report",
    instrument: "sme-security-practices",
  });
  const campaignIds = (await listCampaigns(db, ws.id)).map((c) => c.id);
  const handTotal = () =>
    db.query(
      `SELECT item_code, choice, count(*)::int AS n FROM answer WHERE workspace_id = $1 AND campaign_id = ANY($2::uuid[]) GROUP BY item_code, choice`,
      [ws.id, campaignIds],
    );
  const handAll = () =>
    db.query(
      `SELECT o.name, o.sector, o.size_band, r.community, g.name AS grp, a.item_code, a.choice, count(*)::int AS n
       FROM answer a JOIN response r ON r.id = a.response_id JOIN campaign c ON c.id = r.campaign_id
       JOIN organisation o ON o.id = c.organisation_id LEFT JOIN org_group g ON g.id = r.group_id
       WHERE a.workspace_id = $1 AND a.campaign_id = ANY($2::uuid[])
       GROUP BY GROUPING SETS ((a.item_code, a.choice), (o.name, a.item_code, a.choice), (o.sector, a.item_code, a.choice),
         (o.size_band, a.item_code, a.choice), (r.community, a.item_code, a.choice), (g.name, a.item_code, a.choice))`,
      [ws.id, campaignIds],
    );
  const measure = async (fn: () => Promise<unknown>) => {
    await fn(); // warm-up: plan caches and buffers
    const times: number[] = [];
    for (let i = 0; i < REPEAT; i++) times.push((await time(fn))[0]);
    return median(times);
  };
  const oursTotal = await measure(() => buildScopedReport(db, ws.id, { study: "Report" }, []));
  const baseTotal = await measure(handTotal);
  const oursAll = await measure(() => buildScopedReport(db, ws.id, { study: "Report" }));
  const baseAll = await measure(handAll);
  const label = `${REPORT_ROWS.toLocaleString("en")} respondents x 12 items`;
  rows.push([
    backend,
    `report, no breakdown, ${label}`,
    `${oursTotal.toFixed(1)} ms`,
    `${baseTotal.toFixed(1)} ms (one GROUP BY)`,
    (oursTotal / baseTotal).toFixed(2),
  ]);
  rows.push([
    backend,
    `report, 5 breakdowns, ${label}`,
    `${oursAll.toFixed(1)} ms`,
    `${baseAll.toFixed(1)} ms (one GROUPING SETS query)`,
    (oursAll / baseAll).toFixed(2),
  ]);
  await db.close();
}

function benchMemory(backend: Backend, path: string): void {
  const out = execFileSync(
    process.execPath,
    ["--import", "tsx", join("bench", "memory-child.ts"), path],
    {
      env: { ...process.env, RAPPORT_TEST_BACKEND: backend },
      encoding: "utf8",
      maxBuffer: 1 << 20,
    },
  );
  const m = JSON.parse(out) as {
    rows: number;
    seconds: number;
    peakHeapMb: number;
    peakRssMb: number;
    startRssMb: number;
  };
  const fileMb = readFileSync(path).length / 2 ** 20;
  rows.push([
    backend,
    `import ${m.rows.toLocaleString("en")} rows (${fileMb.toFixed(1)} MB file), peak memory`,
    `heap ${m.peakHeapMb.toFixed(0)} MB, RSS ${m.peakRssMb.toFixed(0)} MB`,
    `RSS before import ${m.startRssMb.toFixed(0)} MB`,
    `${Math.round(m.rows / m.seconds)} rows/s`,
  ]);
}

async function benchSubmissions(backend: Backend): Promise<void> {
  process.env.RAPPORT_TEST_BACKEND = backend;
  const db = await freshDatabase();
  try {
    const f = await benchRespondent(db, Number(process.env.BENCH_SUBMISSIONS ?? 400));
    rows.push([
      backend,
      "first question page, gzip (target <= 20 KB)",
      `${(f.pageGzipBytes / 1024).toFixed(1)} KB`,
      f.pageParts,
      "-",
    ]);
    rows.push([
      backend,
      `survey submissions over HTTP, 8 clients (${f.acknowledged} acknowledged, ${f.stored} stored)`,
      `${Math.round(f.submissionsPerSecond)} /s`,
      `${Math.round(f.rawPerSecond)} /s (raw single-row insert transactions)`,
      (f.submissionsPerSecond / f.rawPerSecond).toFixed(2),
    ]);
  } finally {
    await db.close();
  }
}

// `--only respondent` runs just the page weight and submission figures, `--only text` just the
// text engine, `--only text-speed` just its throughput (seconds instead of minutes).
const PARTS = ["respondent", "text", "text-speed"];
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
if (only !== undefined && !PARTS.includes(only)) {
  process.stderr.write(
    `Unknown part "${only}": the parts that run alone are ${PARTS.map((p) => `"${p}"`).join(", ")}.\n`,
  );
  process.exit(2);
}
const textOnly = only === "text" || only === "text-speed";

const importCsv = join(dir, "import.csv");
const reportCsv = join(dir, "report.csv");
const memoryCsv = join(dir, "memory.csv");
if (!only) {
  writeBenchCsv(importCsv, IMPORT_ROWS);
  writeBenchCsv(reportCsv, REPORT_ROWS);
  writeBenchCsv(memoryCsv, MEMORY_ROWS);
}
try {
  const backends = textOnly
    ? []
    : ((process.env.RAPPORT_TEST_BACKENDS ?? "pglite,postgres").split(",") as Backend[]);
  for (const backend of backends) {
    process.stderr.write(`Benchmarking on ${backend}...\n`);
    if (!only) {
      await benchImport(backend, importCsv);
      await benchReport(backend, reportCsv);
      benchMemory(backend, memoryCsv);
    }
    await benchSubmissions(backend);
  }
  if (!only || textOnly) {
    // The models `npm install` built, when built from these sources; the others are trained
    // on first use, as they would be without a build.
    const stale = useBuiltModels();
    const note = stale.length > 0 ? ` (training ${stale.map((m) => m.name).join(", ")})` : "";
    process.stderr.write(`Benchmarking the text engine${note}...\n`);
    rows.push(...(await textRows({ quality: only !== "text-speed" })));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const header = ["backend", "measure", "Rapport", "baseline (same run)", "ratio"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const r of rows) console.log(line(r));
console.log(
  "\nratio: import = Rapport rows/s / raw rows/s (higher is better); report = Rapport time / hand-written query time (target <= 1.3).",
);
