// npm run screenshots: serves Rapport on a fresh embedded database with the demo loaded and
// saves pictures of the main screens to docs/screenshots/ for the README. Uses Debian's
// Chromium (apt-get install chromium); no browser is downloaded.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCampaign, setCampaignStatus } from "../src/campaign/campaign.service.js";
import { openDatabase } from "../src/db/open.js";
import { loadDemo } from "../src/demo/demo.service.js";
import { createLinks } from "../src/invitation/invitation.service.js";
import { listGroups } from "../src/organisation/organisation.repository.js";
import { addGroup } from "../src/organisation/organisation.service.js";
import { createApp } from "../src/server/app.js";
import { ensureWorkspace } from "../src/workspace/workspace.service.js";
import { launchBrowser, serveApp } from "../test/browser.js";
import { addResponses } from "../test/factories.js";

const dataDir = mkdtempSync(join(tmpdir(), "rapport-shots-"));
const db = await openDatabase({ dataDir });
const workspace = await ensureWorkspace(db);
await loadDemo(db, workspace.id);
const campaign = await createCampaign(db, workspace.id, {
  organisation: "Northwind Logistics (demo)",
  instrument: "sme-security-practices",
  sponsor: "Jo, who looks after IT at Northwind",
  purpose:
    "To learn where our security rules get in the way of your work, so we can fix them with you.",
});
await setCampaignStatus(db, workspace.id, campaign.id, "open");
const existing = await listGroups(db, workspace.id, [campaign.organisation_id]);
for (const name of ["Warehouse", "Drivers", "Office"].filter(
  (n) => !existing.some((g) => g.name_key === n.toLowerCase()),
))
  await addGroup(db, workspace.id, campaign.organisation_id, { name });
const groups = await listGroups(db, workspace.id, [campaign.organisation_id]);
const groupId = (name: string) => groups.find((g) => g.name_key === name.toLowerCase())?.id ?? null;
const said = [
  "The shared scanner login means we all use one password, because IT never set up our own.",
  "Rules are fine, but nobody explains why the USB ports were blocked. We just got an email in IT speak.",
  "I feel watched rather than helped. Security only talks to us when something goes wrong.",
  "Honestly it works well; the new password manager saved me time.",
  "We print delivery notes at home because the VPN drops every hour. Write to me at sam@example.org.",
];
await addResponses(db, workspace.id, campaign.id, [
  ...Array.from({ length: 9 }, (_, i) => ({
    community: "employees",
    groupId: groupId(i < 5 ? "Warehouse" : "Drivers"),
    answers: {
      aware_controls: i % 3 === 0 ? "yes" : "no",
      controls_reviewed: i % 4 === 0 ? "dont_know" : "no",
    },
    open: { security_obstacles: said[i % said.length] as string },
  })),
  ...Array.from({ length: 5 }, () => ({
    community: "it_security",
    groupId: groupId("Office"),
    answers: { aware_controls: "yes", controls_reviewed: "yes" },
  })),
  ...Array.from({ length: 2 }, () => ({
    community: "management",
    groupId: groupId("Office"),
    answers: { aware_controls: "yes", controls_reviewed: "yes" },
  })),
]);
const server = await serveApp(createApp({ db }));
const { links } = await createLinks(db, workspace.id, campaign.id, {
  count: 1,
  baseUrl: server.url,
});
const browser = await launchBrowser();
const shot = (name: string) => `docs/screenshots/${name}.png`;
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const desktop = await context.newPage();
  await desktop.goto(`${server.url}/`);
  await desktop.screenshot({ path: shot("setup") });
  await desktop.getByLabel("Your email").fill("analyst@example.org");
  await desktop.getByLabel("Choose a password").fill("a long and friendly passphrase");
  await desktop.getByRole("button", { name: "Create my account" }).click();
  await desktop.screenshot({ path: shot("overview") });
  await desktop.getByRole("link", { name: "Organisations", exact: true }).click();
  await desktop.screenshot({ path: shot("organisations") });
  await desktop.goto(`${server.url}/campaigns/${campaign.id}`);
  await desktop.screenshot({ path: shot("campaign"), fullPage: true });
  await desktop.goto(`${server.url}/campaigns/${campaign.id}/results?by=group`);
  await desktop.screenshot({ path: shot("campaign-results") });
  await desktop.goto(
    `${server.url}/campaigns/${campaign.id}/results?sign=negative_communication#written`,
  );
  await desktop.screenshot({ path: shot("written-answers") });
  await desktop.goto(`${server.url}/campaigns/${campaign.id}/interview`);
  await desktop.screenshot({ path: shot("interview") });
  await desktop.goto(`${server.url}/studies`);
  await desktop.screenshot({ path: shot("studies") });
  await desktop.getByRole("link", { name: /SME security practices/ }).click();
  await desktop.screenshot({ path: shot("report") });
  await desktop.getByRole("link", { name: "By sector" }).click();
  await desktop.screenshot({ path: shot("report-by-sector") });
  await desktop.goto(`${server.url}/check`);
  await desktop
    .getByLabel("Your message")
    .fill(
      "URGENT: Hackers are targeting our network and users are the weakest link. Enable MFA on the SSO portal immediately. Passwords must be changed every 30 days.",
    );
  await desktop.getByRole("button", { name: "Check it" }).click();
  await desktop.screenshot({ path: shot("check-a-message") });
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(desktop.url().replace("?by=sector", "?by=size_band"));
  await phone.screenshot({ path: shot("report-phone") });
  await phone.goto(links[0] as string);
  await phone.screenshot({ path: shot("respondent-consent"), fullPage: true });
  await phone.getByRole("button", { name: "Yes, I agree to take part" }).click();
  await phone.getByRole("button", { name: "Next" }).click();
  await phone.getByRole("button", { name: "Next" }).click();
  await phone.screenshot({ path: shot("respondent-question") });
  console.log("Saved screenshots to docs/screenshots/");
} finally {
  await browser.close();
  await server.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
