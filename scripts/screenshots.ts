// npm run screenshots: starts Rapport on a fresh embedded database with the demo loaded and
// saves pictures of the main screens to docs/screenshots/ for the README. Uses Debian's
// Chromium (apt-get install chromium); no browser is downloaded.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startServer } from "../src/server/start.js";

const dataDir = mkdtempSync(join(tmpdir(), "rapport-shots-"));
const server = await startServer({ databaseUrl: "", dataDir, port: "0" });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
});
try {
  const desktop = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await desktop.goto(`${server.url}/`);
  await desktop.screenshot({ path: "docs/screenshots/studies.png" });
  await desktop.getByRole("link", { name: /SME security practices/ }).click();
  await desktop.screenshot({ path: "docs/screenshots/report.png" });
  await desktop.getByRole("link", { name: "By sector" }).click();
  await desktop.screenshot({ path: "docs/screenshots/report-by-sector.png" });
  const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await phone.goto(desktop.url().replace("?by=sector", "?by=size_band"));
  await phone.screenshot({ path: "docs/screenshots/report-phone.png" });
  console.log("Saved screenshots to docs/screenshots/");
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
