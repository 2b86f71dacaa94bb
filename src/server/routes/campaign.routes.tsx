import type { Context } from "hono";
import { Hono } from "hono";
import { listGrantedOrganisationIds, type UserRow } from "../../account/account.repository.js";
import type { AccountEnv } from "../../account/account.routes.js";
import { canAnalyse } from "../../account/roles.js";
import { isDimension } from "../../analysis/dimension.js";
import { buildScopedReport } from "../../analysis/report.service.js";
import { listCampaigns } from "../../campaign/campaign.repository.js";
import {
  changeCampaign,
  createCampaignFor,
  getCampaign,
  setCampaignStatus,
} from "../../campaign/campaign.service.js";
import type { Database } from "../../db/database.js";
import { listInstruments } from "../../instrument/instrument.service.js";
import { interviewSheet, readInterview, saveInterview } from "../../interview/interview.service.js";
import { linksCsv } from "../../invitation/invitation.js";
import { countInvitations } from "../../invitation/invitation.repository.js";
import { createLinks } from "../../invitation/invitation.service.js";
import { listOrganisations } from "../../organisation/organisation.repository.js";
import { storableText } from "../../storable.js";
import { listStudySummaries } from "../../study/study.repository.js";
import { isIndicatorCode } from "../../text/indicators/types.js";
import {
  countRespondentsByCommunity,
  listInterviewNotes,
  listOpenAnswers,
} from "../../text/open-answer.repository.js";
import { listAnswersForReading } from "../../text/open-answer-list.js";
import { attempt, formFields } from "../form-input.js";
import { linkBase } from "../link-base.js";
import { CampaignListPage, CampaignPage, NewCampaignPage } from "../pages/campaign-pages.js";
import { CampaignResultsPage } from "../pages/campaign-results-page.js";
import { NotFoundPage } from "../pages/home.js";
import { InterviewPage } from "../pages/interview-page.js";

const SAVED: Record<string, string> = {
  created: "The campaign was created as a draft. Open it when you are ready for answers.",
  settings: "The settings were saved.",
  open: "The campaign is open: its links now take answers.",
  closed: "The campaign is closed: its links no longer take answers.",
  interview: "The interview was saved as an anonymous response. Thank you.",
};

/** Campaigns: list, create, settings, opening and closing, links. Analysts and admins only. */
export function campaignRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();

  app.get("/campaigns", async (c) => {
    const user = c.get("user");
    return c.html(
      <CampaignListPage
        user={user.email}
        campaigns={await listCampaigns(db, user.workspace_id)}
        organisations={(await listOrganisations(db, user.workspace_id)).length}
      />,
    );
  });

  const newPage = async (
    user: UserRow,
    extra: Partial<Parameters<typeof NewCampaignPage>[0]> = {},
  ) => (
    <NewCampaignPage
      user={user.email}
      organisations={await listOrganisations(db, user.workspace_id)}
      instruments={await listInstruments(db, user.workspace_id)}
      studies={await listStudySummaries(db, user.workspace_id)}
      {...extra}
    />
  );

  app.get("/campaigns/new", async (c) =>
    c.html(
      await newPage(c.get("user"), { values: { organisation_id: c.req.query("organisation") } }),
    ),
  );

  app.post("/campaigns", async (c) => {
    const user = c.get("user");
    const form = await formFields(c);
    const result = await attempt(() =>
      createCampaignFor(db, user.workspace_id, {
        organisation_id: form.organisation_id ?? "",
        // An empty choice means none: the study's questionnaire, or no study.
        ...(form.instrument ? { instrument: form.instrument } : {}),
        ...(form.study_id ? { study_id: form.study_id } : {}),
        name: form.name ?? "",
        min_group_size: form.min_group_size || "5",
        sponsor: form.sponsor ?? "",
        purpose: form.purpose ?? "",
      }),
    );
    if (result.ok) return c.redirect(`/campaigns/${result.value.id}?saved=created`, 303);
    // An organisation or questionnaire that vanished is a problem with the form, not a lost page.
    const errors = { ...result.errors };
    if (result.status === 404) {
      if (/organisation/i.test(result.message))
        errors.organisation_id = "Choose an organisation from the list.";
      else if (/study/i.test(result.message)) errors.study_id = "Choose a study from the list.";
      else errors.instrument = "Choose a questionnaire from the list.";
    }
    return c.html(
      await newPage(user, { values: form, errors, message: result.message }),
      result.status === 404 ? 400 : result.status,
    );
  });

  const campaignPage = async (
    c: Context<AccountEnv>,
    extra: Partial<Parameters<typeof CampaignPage>[0]> = {},
  ) => {
    const user = c.get("user");
    const campaign = await getCampaign(db, user.workspace_id, c.req.param("id") ?? "");
    return (
      <CampaignPage
        user={user.email}
        campaign={campaign}
        invitations={await countInvitations(db, user.workspace_id, campaign.id)}
        {...extra}
      />
    );
  };

  app.get("/campaigns/:id", async (c) => {
    const found = await attempt(() =>
      campaignPage(c, { saved: SAVED[c.req.query("saved") ?? ""] }),
    );
    return found.ok ? c.html(found.value) : c.html(<NotFoundPage />, 404);
  });

  app.post("/campaigns/:id", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const form = await formFields(c);
    const result = await attempt(() =>
      changeCampaign(db, user.workspace_id, id, {
        name: form.name ?? "",
        min_group_size: form.min_group_size ?? "",
        sponsor: form.sponsor ?? "",
        purpose: form.purpose ?? "",
      }),
    );
    if (result.ok) return c.redirect(`/campaigns/${id}?saved=settings`, 303);
    if (result.status === 404) return c.html(<NotFoundPage />, 404);
    return c.html(
      await campaignPage(c, { values: form, errors: result.errors, message: result.message }),
      result.status,
    );
  });

  app.post("/campaigns/:id/status", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const form = await formFields(c);
    const status = form.status === "closed" ? "closed" : "open";
    const result = await attempt(async () => {
      const campaign = await getCampaign(db, user.workspace_id, id);
      return setCampaignStatus(db, user.workspace_id, campaign.id, status);
    });
    if (!result.ok) return c.html(<NotFoundPage />, 404);
    return c.redirect(`/campaigns/${id}?saved=${status}`, 303);
  });

  app.post("/campaigns/:id/links", async (c) => {
    const user = c.get("user");
    const id = c.req.param("id");
    const form = await formFields(c);
    const shared = form.kind === "shared";
    const result = await attempt(async () => {
      const campaign = await getCampaign(db, user.workspace_id, id);
      const count = Number(form.count ?? "1");
      return {
        campaign,
        created: await createLinks(db, user.workspace_id, campaign.id, {
          shared,
          count: shared ? 1 : count,
          accessCode: shared ? form.access_code || undefined : undefined,
          baseUrl: linkBase(c.req.url),
        }),
      };
    });
    if (!result.ok) {
      if (result.status === 404) return c.html(<NotFoundPage />, 404);
      const field = shared ? "access_code" : "count";
      return c.html(
        await campaignPage(c, { errors: { [field]: result.message }, message: result.message }),
        result.status,
      );
    }
    if (shared) return c.html(await campaignPage(c, { sharedLink: result.value.created.links[0] }));
    const slug = result.value.campaign.id.slice(0, 8);
    c.header("Content-Disposition", `attachment; filename="rapport-links-${slug}.csv"`);
    c.header("Cache-Control", "no-store");
    return c.body(linksCsv(result.value.created.links), 200, {
      "Content-Type": "text/csv; charset=utf-8",
    });
  });

  app.get("/campaigns/:id/interview", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => interviewSheet(db, user.workspace_id, c.req.param("id")));
    if (found.ok) return c.html(<InterviewPage user={user.email} sheet={found.value} />);
    if (found.status === 404) return c.html(<NotFoundPage />, 404);
    return c.html(await campaignPage(c, { message: found.message }), found.status);
  });

  app.post("/campaigns/:id/interview", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => interviewSheet(db, user.workspace_id, c.req.param("id")));
    if (!found.ok) {
      if (found.status === 404) return c.html(<NotFoundPage />, 404);
      return c.html(await campaignPage(c, { message: found.message }), found.status);
    }
    const sheet = found.value;
    const body = await c.req.parseBody({ all: true });
    const form: Record<string, string | string[]> = {};
    for (const [key, value] of Object.entries(body)) {
      const texts = (Array.isArray(value) ? value : [value]).filter(
        (v): v is string => typeof v === "string",
      );
      if (texts.length > 0)
        form[key] = texts.length === 1 ? storableText(texts[0] as string) : texts.map(storableText);
    }
    const read = readInterview(sheet, form);
    if (read.errors.length > 0) {
      return c.html(
        <InterviewPage
          user={user.email}
          sheet={sheet}
          answers={read.answers}
          notes={Object.fromEntries(read.notes.map((n) => [n.itemCode, n.body]))}
          community={read.community}
          groupId={read.groupId}
          consent={read.consent}
          errors={read.errors}
        />,
        400,
      );
    }
    await saveInterview(db, user.workspace_id, sheet, read);
    return c.redirect(`/campaigns/${sheet.campaign.id}?saved=interview`, 303);
  });

  return app;
}

/**
 * A campaign's results, for analysts and for viewers the organisation was shared with. Every
 * figure and every written answer passes the privacy gate first.
 */
export function resultsRoutes(db: Database): Hono<AccountEnv> {
  const app = new Hono<AccountEnv>();
  app.get("/campaigns/:id/results", async (c) => {
    const user = c.get("user");
    const found = await attempt(() => getCampaign(db, user.workspace_id, c.req.param("id")));
    if (!found.ok) return c.html(<NotFoundPage />, 404);
    const campaign = found.value;
    if (!canAnalyse(user.role)) {
      const granted = await listGrantedOrganisationIds(db, user.workspace_id, user.id);
      if (!granted.includes(campaign.organisation_id)) return c.html(<NotFoundPage />, 404);
    }
    const rawBy = c.req.query("by");
    const by = rawBy !== undefined && isDimension(rawBy) ? rawBy : undefined;
    const { report, definition } = await buildScopedReport(db, user.workspace_id, {
      campaign: campaign.id,
    });
    const available = Object.keys(report.breakdowns).filter(isDimension);
    const rawSign = c.req.query("sign");
    const only = rawSign !== undefined && isIndicatorCode(rawSign) ? rawSign : undefined;
    const answers = listAnswersForReading(
      [
        ...(await listOpenAnswers(db, user.workspace_id, [campaign.id])),
        ...(await listInterviewNotes(db, user.workspace_id, [campaign.id])),
      ],
      await countRespondentsByCommunity(db, user.workspace_id, [campaign.id]),
      campaign.min_group_size,
      only,
    );
    return c.html(
      <CampaignResultsPage
        user={user.email}
        campaign={campaign}
        report={report}
        definition={definition}
        available={available}
        by={by !== undefined && available.includes(by) ? by : undefined}
        answers={answers}
        only={only}
        viewer={!canAnalyse(user.role)}
      />,
    );
  });
  return app;
}
