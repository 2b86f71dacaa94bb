import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import { createCampaign, setCampaignStatus } from "../../src/campaign/campaign.service.js";
import type { Database } from "../../src/db/database.js";
import { createLinks } from "../../src/invitation/invitation.service.js";
import { createApp } from "../../src/server/app.js";
import { axeViolations, launchBrowser, serveApp } from "../browser.js";
import { setupWorkspace } from "../factories.js";

/**
 * An employee answers on a phone-sized screen, with JavaScript off and on, stops and resumes,
 * and is turned away on a used link. Each screen is checked with axe-core (WCAG 2.2 AA).
 */
let db: Database;
let workspaceId: string;
let campaignId: string;
let browser: Browser;
let server: { url: string; close(): Promise<void> };
const PHONE = { width: 360, height: 740 };

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  const campaign = await createCampaign(db, workspaceId, {
    organisation: "Browser Ltd",
    instrument: "sme-security-practices",
    sponsor: "Alex, who looks after IT at Browser Ltd",
    purpose: "To learn where our security rules get in the way.",
  });
  campaignId = campaign.id;
  await setCampaignStatus(db, workspaceId, campaignId, "open");
  server = await serveApp(createApp({ db }));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

async function link(): Promise<string> {
  const { links } = await createLinks(db, workspaceId, campaignId, {
    count: 1,
    baseUrl: server.url,
  });
  return links[0] as string;
}

async function assertAccessible(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(
    violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    ),
    [],
    `${what} has accessibility problems`,
  );
}

async function answerAll(page: Page, check: (what: string) => Promise<void>): Promise<void> {
  await page.getByRole("button", { name: "Yes, I agree to take part" }).click();
  await page.getByLabel("Employees").check();
  await page.getByRole("button", { name: "Next" }).click();
  // The first question is needed: going on without it shows the messages.
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("alert").waitFor();
  await check("the page with an error");
  await page
    .getByRole("group", { name: /sensitive information/ })
    .getByLabel("Yes")
    .check();
  await page.getByRole("button", { name: "Next" }).click();
  await page
    .getByRole("group", { name: /rules for keeping information safe/ })
    .getByLabel("I don't know")
    .check();
  await page.getByRole("button", { name: "Next" }).click();
  await page
    .getByRole("group", { name: /what your firm does/ })
    .getByLabel("No")
    .check();
  await page.getByRole("button", { name: "Next" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await page
    .getByLabel(/get in the way of doing your job/)
    .fill("Two logins for one system <b>every</b> morning.");
  await page.getByRole("button", { name: "Review my answers" }).click();
  await page.getByRole("heading", { name: "Check your answers" }).waitFor();
  await check("the review page");
  await page.getByRole("button", { name: "Send my answers" }).click();
}

describe("an employee answers on a phone", () => {
  it("completes the survey with JavaScript turned off", async () => {
    const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(await link());
    await page.getByRole("heading", { name: "Security in your daily work" }).waitFor();
    await answerAll(page, async () => undefined);
    await page.getByRole("heading", { name: "Thank you for your answers" }).waitFor();
    await context.close();
    const [row] = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM response WHERE campaign_id = $1",
      [campaignId],
    );
    assert.equal(row?.n, 1);
  });

  it("completes it again with JavaScript on, every screen passing axe-core", async () => {
    const context = await browser.newContext({ viewport: PHONE, bypassCSP: false });
    const page = await context.newPage();
    await page.goto(await link());
    await assertAccessible(page, "the consent page");
    await answerAll(page, (what) => assertAccessible(page, what));
    await page.getByRole("heading", { name: "Thank you for your answers" }).waitFor();
    await assertAccessible(page, "the thank-you page");
    await context.close();
  });

  it("resumes a half-finished survey through the same link", async () => {
    const url = await link();
    const first = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await first.newPage();
    await page.goto(url);
    await page.getByRole("button", { name: "Yes, I agree to take part" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await page
      .getByRole("group", { name: /sensitive information/ })
      .getByLabel("No")
      .check();
    await page.getByRole("button", { name: "Save and finish later" }).click();
    await page.getByRole("heading", { name: "Your answers are saved" }).waitFor();
    await first.close();
    // Later, on another device: the same link opens where the person stopped.
    const second = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const again = await second.newPage();
    await again.goto(url);
    await again.getByText("Step 2 of 7").waitFor();
    assert.equal(
      await again
        .getByRole("group", { name: /sensitive information/ })
        .getByLabel("No")
        .isChecked(),
      true,
    );
    await second.close();
  });

  it("turns a used link away kindly", async () => {
    const url = await link();
    const context = await browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(url);
    await answerAll(page, async () => undefined);
    await page.getByRole("heading", { name: "Thank you for your answers" }).waitFor();
    const response = await page.goto(url);
    assert.equal(response?.status(), 410);
    await page.getByRole("heading", { name: "These answers were already sent" }).waitFor();
    await assertAccessible(page, "the used-link page");
    await context.close();
  });
});
