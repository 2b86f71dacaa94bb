// npm run screenshots: serves Rapport on a fresh embedded database with the demo loaded and
// saves pictures of the main screens to docs/screenshots/ for the README. Uses Debian's
// Chromium (apt-get install chromium); no browser is downloaded.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listCampaigns } from "../src/campaign/campaign.repository.js";
import { createCampaign, setCampaignStatus } from "../src/campaign/campaign.service.js";
import { openDatabase } from "../src/db/open.js";
import { loadDemo } from "../src/demo/demo.service.js";
import { createLinks } from "../src/invitation/invitation.service.js";
import { listGroups } from "../src/organisation/organisation.repository.js";
import { addGroup } from "../src/organisation/organisation.service.js";
import { createApp } from "../src/server/app.js";
import { ensureWorkspace } from "../src/workspace/workspace.service.js";
import { rateMany } from "../src/worksystem/assessment.service.js";
import { importWorkSystemFiles } from "../src/worksystem/worksystem-import.service.js";
import { addWorkaround } from "../src/worksystem/worksystem-lifecycle.service.js";
import { launchBrowser, serveApp } from "../test/browser.js";
import { addResponses } from "../test/factories.js";

const dataDir = mkdtempSync(join(tmpdir(), "rapport-shots-"));
const db = await openDatabase({ dataDir });
const workspace = await ensureWorkspace(db);
await loadDemo(db, workspace.id);
const FIRM = "Northwind Logistics (demo)";
// A modelled work system with a few ratings and a workaround, as an analyst would leave it.
const [dispatch] = await importWorkSystemFiles(db, workspace.id, FIRM, [
  {
    name: "dispatch.yaml",
    text: readFileSync("docs/examples/dispatch.yaml", "utf8"),
    format: "yaml",
  },
]);
await rateMany(db, workspace.id, FIRM, [
  {
    work_system: "Dispatch",
    guideline: "participants.know_guidance",
    rating: "partly",
    where: undefined,
  },
  {
    work_system: "Dispatch",
    guideline: "participants.shape_security",
    rating: "not_met",
    where: undefined,
  },
  {
    work_system: "Dispatch",
    guideline: "participants.named_contact",
    rating: "met",
    where: undefined,
  },
]);
await addWorkaround(db, workspace.id, FIRM, "Dispatch", {
  description:
    "Route plans are sent to drivers' own messaging apps when the planning tool is slow.",
  element: "technologies",
});
const campaigns = await listCampaigns(db, workspace.id);
const diagnosis = (wave: number) =>
  campaigns.find((c) => c.instrument_code === "relationship-diagnosis" && c.wave === wave);
const diagnosisWave1 = diagnosis(1);
const diagnosisWave2 = diagnosis(2);
if (!dispatch || !diagnosisWave1 || !diagnosisWave2)
  throw new Error("the demo did not load the diagnosis waves or the work system");
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
  await desktop.goto(`${server.url}/studies/new`);
  await desktop.getByLabel("Name", { exact: true }).fill("Security habits in small firms, 2027");
  await desktop.screenshot({ path: shot("study-new") });
  await desktop.goto(`${server.url}/studies`);
  await desktop.screenshot({ path: shot("studies") });
  await desktop.getByRole("link", { name: /SME security practices/ }).click();
  await desktop.screenshot({ path: shot("report") });
  await desktop.getByRole("link", { name: "By sector" }).click();
  await desktop.screenshot({ path: shot("report-by-sector") });
  await desktop.goto(`${server.url}/campaigns/${diagnosisWave1.id}/diagnosis`);
  await desktop.screenshot({ path: shot("diagnosis") });
  await desktop.goto(`${server.url}/campaigns/${diagnosisWave1.id}/recommendations`);
  await desktop.screenshot({ path: shot("recommendations") });
  await desktop.goto(`${server.url}/organisations/${diagnosisWave1.organisation_id}/plan`);
  await desktop.screenshot({ path: shot("action-plan") });
  await desktop.goto(`${server.url}/campaigns/${diagnosisWave2.id}/changes`);
  await desktop.screenshot({ path: shot("changes-between-waves") });
  await desktop.goto(`${server.url}/work-systems/${dispatch.work_system.id}`);
  await desktop.screenshot({ path: shot("work-system"), fullPage: true });
  await desktop.goto(`${server.url}/work-systems/${dispatch.work_system.id}/assess`);
  await desktop.screenshot({ path: shot("assessment") });
  await desktop.goto(`${server.url}/organisations/${diagnosisWave1.organisation_id}/findings`);
  await desktop.screenshot({ path: shot("findings") });
  await desktop.goto(`${server.url}/admin/users`);
  await desktop.screenshot({ path: shot("people") });
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
