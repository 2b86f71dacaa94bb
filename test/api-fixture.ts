import { type ApiClient, accountWithToken, apiClient } from "../src/api/test-client.js";
import type { Database } from "../src/db/database.js";
import { createApp } from "../src/server/app.js";
import { csv, importCsv } from "./factories.js";

/**
 * Where every file of API tests starts: Firm A's imported "Survey 2024" (13 people: 6 in Sales,
 * 5 in Ops, 2 in a tiny team) and an analyst with a token. With pulseCheck, the instrument
 * "pulse-check" is added too, in two versions, as the instrument tests leave it.
 */
export const MISSING = "00000000-0000-4000-8000-000000000000";

export const DEFINITION = {
  code: "pulse-check",
  title: "Pulse check",
  sections: [
    {
      title: "Now",
      items: [
        { code: "feel_safe", type: "yes_no", text: "Do you feel safe reporting a mistake?" },
        { code: "say_more", type: "open_text", text: "Anything else?" },
      ],
    },
  ],
};

export interface ApiFixture {
  db: Database;
  workspaceId: string;
  app: ReturnType<typeof createApp>;
  api: ApiClient;
  analystId: string;
  importedCampaign: string;
  firmA: string;
}

export async function apiFixture(
  { db, workspaceId }: { db: Database; workspaceId: string },
  options: { pulseCheck?: boolean } = {},
): Promise<ApiFixture> {
  const rows = [["organisation", "sector", "community", "group", "aware_controls"]];
  for (let i = 0; i < 6; i++) rows.push(["Firm A", "retail", "employees", "Sales", "yes"]);
  for (let i = 0; i < 5; i++) rows.push(["Firm A", "retail", "employees", "Ops", "no"]);
  for (let i = 0; i < 2; i++) rows.push(["Firm A", "retail", "employees", "Tiny team", "no"]);
  await importCsv(db, workspaceId, csv(rows), "Survey 2024");
  const app = createApp({ db });
  const analyst = await accountWithToken(db, "analyst@example.org", "analyst");
  const analystId = analyst.userId;
  const api = apiClient(app, analyst.token);
  const { body } = await api("GET", "/api/v1/campaigns");
  const importedCampaign: string = body.campaigns[0].id;
  const firmA: string = body.campaigns[0].organisation_id;
  if (options.pulseCheck) {
    await api("POST", "/api/v1/instruments", DEFINITION);
    await api("POST", "/api/v1/instruments", { ...DEFINITION, title: "Pulse" });
  }
  return { db, workspaceId, app, api, analystId, importedCampaign, firmA };
}
