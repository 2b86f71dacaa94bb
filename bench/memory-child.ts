// Imports a large CSV in a process of its own and prints its peak memory as JSON, so the
// figure is not mixed with the rest of the benchmark.
import { importResponses } from "../src/importer/response-import.js";
import { csvFileSource } from "../src/importer/row-source.js";
import { ensureWorkspace } from "../src/workspace/workspace.service.js";
import { freshDatabase } from "../test/database.js";

const path = process.argv[2] as string;
let peakHeap = 0;
const timer = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
}, 20);
const db = await freshDatabase();
const workspace = await ensureWorkspace(db);
const startRss = process.memoryUsage().rss;
const started = performance.now();
const summary = await importResponses(db, workspace.id, {
  source: csvFileSource(path),
  study: "Memory",
  instrument: "sme-security-practices",
});
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
await db.close();
process.stdout.write(
  JSON.stringify({
    rows: summary.respondents,
    seconds,
    peakHeapMb: peakHeap / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    startRssMb: startRss / 2 ** 20,
  }),
);
