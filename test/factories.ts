import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Database } from "../src/db/database.js";
import { importResponses } from "../src/importer/response-import.js";
import { csvFileSource } from "../src/importer/row-source.js";
import { ensureWorkspace } from "../src/workspace/workspace.service.js";
import { freshDatabase } from "./database.js";

/** A fresh database with a workspace in it; each test file makes its own. */
export async function setupWorkspace(
  slug = "default",
): Promise<{ db: Database; workspaceId: string }> {
  const db = await freshDatabase();
  const workspace = await ensureWorkspace(db, slug);
  return { db, workspaceId: workspace.id };
}

const dirs: string[] = [];

/** Writes a file into a temporary folder removed at exit; content may be bytes. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), "rapport-test-"));
  dirs.push(dir);
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "rapport-test-"));
  dirs.push(dir);
  return dir;
}

process.on("exit", () => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Builds CSV text from rows of cells, quoting where needed. */
export function csv(rows: readonly (readonly (string | number)[])[], delimiter = ","): string {
  const quote = (cell: string | number) => {
    const text = String(cell);
    return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${rows.map((row) => row.map(quote).join(delimiter)).join("\n")}\n`;
}

export async function importCsv(
  db: Database,
  workspaceId: string,
  content: string | Uint8Array,
  study = "Study",
  instrument = "sme-security-practices",
  extra: { again?: boolean; minGroupSize?: number } = {},
) {
  return importResponses(db, workspaceId, {
    source: csvFileSource(tempFile("answers.csv", content)),
    study,
    instrument,
    ...extra,
  });
}

/** Row counts of every table that an import writes, to prove a refused file left no trace. */
export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const tables = [
    "organisation",
    "org_group",
    "study",
    "campaign",
    "response",
    "answer",
    "open_answer",
    "import_batch",
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = row?.n ?? -1;
  }
  return counts;
}

export const TEST_PASSWORD = "correct horse battery staple";

/** Creates an account (if needed) and signs in through the real form; returns the cookie. */
export async function signIn(
  app: { request(path: string, init?: RequestInit): Response | Promise<Response> },
  db: Database,
  email = "analyst@example.org",
  role: "admin" | "analyst" | "viewer" = "analyst",
): Promise<string> {
  const { findUserByEmail } = await import("../src/account/account.repository.js");
  if (!(await findUserByEmail(db, email))) {
    const { createUser } = await import("../src/account/account.service.js");
    await createUser(db, { email, password: TEST_PASSWORD, role });
  }
  const res = await app.request("/signin", {
    method: "POST",
    body: new URLSearchParams({ email, password: TEST_PASSWORD }),
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost" },
  });
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  if (res.status !== 303 || !cookie.startsWith("rapport_session="))
    throw new Error(`sign-in failed: ${res.status}`);
  return cookie;
}

/** Stores answers for a campaign directly, as if people had answered through their links. */
export async function addResponses(
  db: Database,
  workspaceId: string,
  campaignId: string,
  people: readonly {
    community?: string | null;
    groupId?: string | null;
    answers?: Readonly<Record<string, string>>;
    open?: Readonly<Record<string, string>>;
  }[],
): Promise<void> {
  const { randomUUID } = await import("node:crypto");
  const { insertResponseBatch } = await import("../src/response/response.repository.js");
  const batch = {
    responses: [] as {
      id: string;
      campaignId: string;
      community: string | null;
      groupId: string | null;
    }[],
    answers: [] as {
      responseId: string;
      campaignId: string;
      itemCode: string;
      choice: string | null;
      choices: string[] | null;
      number: number | null;
    }[],
    openAnswers: [] as { responseId: string; campaignId: string; itemCode: string; body: string }[],
  };
  for (const person of people) {
    const id = randomUUID();
    batch.responses.push({
      id,
      campaignId,
      community: person.community ?? null,
      groupId: person.groupId ?? null,
    });
    for (const [itemCode, choice] of Object.entries(person.answers ?? {}))
      batch.answers.push({
        responseId: id,
        campaignId,
        itemCode,
        choice,
        choices: null,
        number: null,
      });
    for (const [itemCode, body] of Object.entries(person.open ?? {}))
      batch.openAnswers.push({ responseId: id, campaignId, itemCode, body });
  }
  await insertResponseBatch(db, workspaceId, "link", "2026-01-01", batch);
}
