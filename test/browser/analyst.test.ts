import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { Database } from "../../src/db/database.js";
import { listGroups } from "../../src/organisation/organisation.repository.js";
import { createApp } from "../../src/server/app.js";
import { axeViolations, launchBrowser, serveApp } from "../browser.js";
import { addResponses, setupWorkspace } from "../factories.js";

/**
 * The analyst's first day: set up the first account, add a firm with its departments, create
 * and open a campaign, make links, and read the results, where a small department is hidden.
 * Every screen is checked with axe-core (WCAG 2.2 AA).
 */
let db: Database;
let workspaceId: string;
let browser: Browser;
let server: { url: string; close(): Promise<void> };

before(async () => {
  ({ db, workspaceId } = await setupWorkspace());
  server = await serveApp(createApp({ db }));
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await db?.close();
});

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

describe("an analyst runs a campaign", () => {
  it("sets up, creates a campaign, makes links and sees results with a hidden group", async () => {
    const context = await browser.newContext({
      viewport: { width: 1200, height: 900 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole("heading", { name: "Welcome to Rapport" }).waitFor();
    await assertAccessible(page, "the set-up page");
    await page.getByLabel("Your email").fill("lead@example.org");
    await page.getByLabel("Choose a password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create my account" }).click();
    await page.getByRole("heading", { name: "Overview" }).waitFor();
    await assertAccessible(page, "the empty overview");

    await page.getByRole("link", { name: "Add the organisation" }).click();
    await page.getByLabel("Name", { exact: true }).fill("Corner Bakery");
    await page.getByLabel("Sector (optional)").fill("Food retail");
    await page.getByLabel("Size (optional)").selectOption("small");
    await page.getByLabel("Groups (optional)").fill("Shop\nOffice\nOvens");
    await assertAccessible(page, "the new organisation form");
    await page.getByRole("button", { name: "Add the organisation" }).click();
    await page.getByRole("heading", { name: "Corner Bakery" }).waitFor();
    await assertAccessible(page, "the organisation page");

    await page.getByRole("link", { name: "Create a campaign for Corner Bakery" }).click();
    await page.getByLabel("Questionnaire").selectOption("sme-security-practices");
    await page.getByLabel("Name (optional)").fill("Bakery spring survey");
    await page
      .getByLabel("Who runs the survey (optional)")
      .fill("Sam, who looks after the computers");
    await assertAccessible(page, "the new campaign form");
    await page.getByRole("button", { name: "Create the campaign" }).click();
    await page.getByRole("heading", { name: "Bakery spring survey" }).waitFor();
    await page.getByRole("button", { name: "Open the campaign" }).click();
    await page.getByText("The campaign is open").waitFor();
    await assertAccessible(page, "the campaign page");

    await page.getByLabel("How many links").fill("3");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the links" }).click(),
    ]);
    const file = await download.path();
    const links = readFileSync(file, "utf8").trim().split(/\r?\n/).slice(1);
    assert.equal(links.length, 3);
    assert.ok(
      links.every((l) => l.startsWith(`${server.url}/s/`)),
      links.join(" "),
    );

    // Others have answered already: 6 in the shop, 5 at the ovens, 2 in the office.
    const campaignId = /\/campaigns\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? "";
    const orgGroups = await listGroups(
      db,
      workspaceId,
      (
        await db.query<{ organisation_id: string }>(
          "SELECT organisation_id FROM campaign WHERE id = $1",
          [campaignId],
        )
      ).map((r) => r.organisation_id),
    );
    const id = (name: string) => orgGroups.find((g) => g.name === name)?.id ?? null;
    await addResponses(db, workspaceId, campaignId, [
      ...Array.from({ length: 6 }, () => ({
        community: "employees",
        groupId: id("Shop"),
        answers: { aware_controls: "yes" },
      })),
      ...Array.from({ length: 5 }, () => ({
        community: "employees",
        groupId: id("Ovens"),
        answers: { aware_controls: "no" },
      })),
      ...Array.from({ length: 2 }, () => ({
        community: "management",
        groupId: id("Office"),
        answers: { aware_controls: "yes" },
      })),
    ]);

    // An employee answers on a phone with JavaScript off, through the first link.
    const phone = await browser.newContext({
      viewport: { width: 360, height: 740 },
      javaScriptEnabled: false,
    });
    const employee = await phone.newPage();
    await employee.goto(links[0] as string);
    await employee.getByText("Sam, who looks after the computers").waitFor();
    await employee.getByRole("button", { name: "Yes, I agree to take part" }).click();
    await employee.getByLabel("Employees").check();
    await employee.getByLabel("Shop").check();
    await employee.getByRole("button", { name: "Next" }).click();
    await employee
      .getByRole("group", { name: /sensitive information/ })
      .getByLabel("Yes")
      .check();
    await employee.getByRole("button", { name: "Next" }).click();
    await employee
      .getByRole("group", { name: /rules for keeping information safe/ })
      .getByLabel("I don't know")
      .check();
    await employee.getByRole("button", { name: "Next" }).click();
    await employee
      .getByRole("group", { name: /what your firm does/ })
      .getByLabel("Yes")
      .check();
    await employee.getByRole("button", { name: "Next" }).click();
    await employee.getByRole("button", { name: "Next" }).click();
    await employee.getByRole("button", { name: "Review my answers" }).click();
    await employee.getByRole("button", { name: "Send my answers" }).click();
    await employee.getByRole("heading", { name: "Thank you for your answers" }).waitFor();
    await phone.close();

    await page.getByRole("link", { name: "See the results" }).click();
    await page.getByText("14 respondents", { exact: false }).waitFor();
    await page.getByRole("link", { name: "By group" }).click();
    await page.getByText("Shop (7 respondents)", { exact: false }).first().waitFor();
    const hidden = page.getByText("Fewer than 5 answers: hidden to protect anonymity.");
    assert.ok((await hidden.count()) > 0, "the office is hidden");
    assert.equal(await page.getByText("Office (2 respondents)").count(), 0);
    await assertAccessible(page, "the results page");
    await context.close();
  });
});
