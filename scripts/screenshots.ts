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
import { createApp } from "../src/server/app.js";
import { ensureWorkspace } from "../src/workspace/workspace.service.js";
import { launchBrowser, serveApp } from "../test/browser.js";

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
