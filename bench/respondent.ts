// Respondent side of npm run bench: page weight of the first question page, and submissions
// per second over HTTP against raw single-row insert transactions on the same database.
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { gzipSync } from "node:zlib";
import { createCampaign, setCampaignStatus } from "../src/campaign/campaign.service.js";
import type { Database } from "../src/db/database.js";
import { smeSecurityPractices } from "../src/instrument/builtin/sme-security-practices.js";
import { hashToken } from "../src/invitation/invitation.js";
import { createLinks } from "../src/invitation/invitation.service.js";
import { saveDraft } from "../src/respondent/draft.repository.js";
import { stepsOf } from "../src/respondent/flow.js";
import { createApp } from "../src/server/app.js";
import { ensureWorkspace } from "../src/workspace/workspace.service.js";
import { serveApp } from "../test/browser.js";

const ANSWERS = {
  handles_sensitive_data: "yes",
  job_requires_attention: "no",
  security_prioritised: "no",
  policy_status: "informal",
  need_responsible_person: "yes",
  need_incident_team: "dont_know",
  need_data_ownership: "yes",
  aware_controls: "no",
  controls_updates_aware: "yes",
  received_training: "no",
  controls_reviewed: "dont_know",
  involved_requirements: "no",
};

export interface RespondentFigures {
  pageGzipBytes: number;
  pageParts: string;
  submissionsPerSecond: number;
  rawPerSecond: number;
  stored: number;
  acknowledged: number;
}

async function pool<T>(
  items: T[],
  concurrency: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await fn(items[next++] as T);
    }),
  );
}

const ROUNDS = 4;

async function countResponses(db: Database, campaignId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM response WHERE campaign_id = $1",
    [campaignId],
  );
  return row?.n ?? 0;
}

/** Sends each ready link's last step from HTTP clients in a worker thread. */
async function submitOverHttp(
  links: string[],
  concurrency: number,
  origin: string,
): Promise<{ acknowledged: number; seconds: number }> {
  const worker = new Worker(new URL("./submit-worker.mjs", import.meta.url), {
    workerData: { links, concurrency, origin },
  });
  const [result] = (await once(worker, "message")) as [{ acknowledged: number; seconds: number }];
  return result;
}

/** The baseline: the same rows written as plain single-row insert transactions; seconds. */
async function rawInserts(
  db: Database,
  workspaceId: string,
  campaignId: string,
  count: number,
  concurrency: number,
): Promise<number> {
  const start = performance.now();
  await pool(Array.from({ length: count }), concurrency, async () => {
    await db.transaction(async (tx) => {
      const id = randomUUID();
      await tx.query(
        "INSERT INTO response (id, workspace_id, campaign_id, source, submitted_on) VALUES ($1, $2, $3, 'link', current_date)",
        [id, workspaceId, campaignId],
      );
      for (const [code, value] of Object.entries(ANSWERS)) {
        await tx.query(
          "INSERT INTO answer (response_id, item_code, workspace_id, campaign_id, choice) VALUES ($1, $2, $3, $4, $5)",
          [id, code, workspaceId, campaignId, value],
        );
      }
    });
  });
  return (performance.now() - start) / 1000;
}

export async function benchRespondent(
  db: Database,
  submissions: number,
  concurrency = 8,
): Promise<RespondentFigures> {
  const ws = await ensureWorkspace(db);
  const campaign = await createCampaign(db, ws.id, {
    organisation: "Bench Co",
    instrument: "sme-security-practices",
  });
  await setCampaignStatus(db, ws.id, campaign.id, "open");
  const server = await serveApp(createApp({ db }));
  try {
    const { links } = await createLinks(db, ws.id, campaign.id, {
      count: submissions + 1,
      baseUrl: server.url,
    });
    // Page weight: the first question page as a respondent first loads it.
    const first = links[0] as string;
    const path = new URL(first).pathname;
    await saveDraft(db, ws.id, campaign.id, {
      keyHash: hashToken(path.slice(3)),
      consented: true,
      answers: {},
      step: 1,
    });
    const html = await (await fetch(first)).text();
    const css = await (await fetch(`${server.url}/static/app.css`)).text();
    const js = html.includes("respondent.js")
      ? await (await fetch(`${server.url}/static/respondent.js`)).text()
      : "";
    const sizes = [html, css, js].map((t) => gzipSync(t).length);
    // Ready drafts, so only the submission itself is timed.
    const last = stepsOf(smeSecurityPractices).length - 1;
    const ready = links.slice(1);
    for (const link of ready) {
      const token = new URL(link).pathname.slice(3);
      await saveDraft(db, ws.id, campaign.id, {
        keyHash: hashToken(token),
        consented: true,
        answers: ANSWERS,
        step: last,
      });
    }
    // Alternating rounds of both, so a change in the machine's load during the run (other
    // work on a small machine) weighs on Rapport's figure and the baseline alike.
    let seconds = 0;
    let rawSeconds = 0;
    let acknowledged = 0;
    let stored = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const chunk = ready.slice(
        Math.floor((round * ready.length) / ROUNDS),
        Math.floor(((round + 1) * ready.length) / ROUNDS),
      );
      const before = await countResponses(db, campaign.id);
      const result = await submitOverHttp(chunk, concurrency, server.url);
      seconds += result.seconds;
      acknowledged += result.acknowledged;
      stored += (await countResponses(db, campaign.id)) - before;
      rawSeconds += await rawInserts(db, ws.id, campaign.id, chunk.length, concurrency);
    }
    return {
      pageGzipBytes: sizes.reduce((a, b) => a + b, 0),
      pageParts: `HTML ${sizes[0]} + CSS ${sizes[1]} + JS ${sizes[2]} B`,
      submissionsPerSecond: ready.length / seconds,
      rawPerSecond: ready.length / rawSeconds,
      stored,
      acknowledged,
    };
  } finally {
    await server.close();
  }
}
