import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { contextStorage } from "hono/context-storage";
import { csrf } from "hono/csrf";
import { HTTPException } from "hono/http-exception";
import { secureHeaders } from "hono/secure-headers";
import { listGrantedOrganisationIds } from "../account/account.repository.js";
import { type AccountEnv, accountRoutes, requireUser } from "../account/account.routes.js";
import { adminRoutes } from "../account/admin.routes.js";
import { canAnalyse } from "../account/roles.js";
import { isDimension } from "../analysis/dimension.js";
import { buildScopedReport } from "../analysis/report.service.js";
import { apiRoutes, isApiPath, tooLargeResponse } from "../api/api.routes.js";
import { tokenRoutes } from "../api/token.routes.js";
import { listCampaigns } from "../campaign/campaign.repository.js";
import type { Database } from "../db/database.js";
import { pingDatabase } from "../db/health.js";
import { listOrganisations } from "../organisation/organisation.repository.js";
import { RESPONDENT_SCRIPT, respondentRoutes } from "../respondent/respondent.routes.js";
import { storableText } from "../storable.js";
import { listStudySummaries } from "../study/study.repository.js";
import { checkMessage } from "../text/check/index.js";
import { CheckPage } from "./pages/check-page.js";
import {
  ErrorPage,
  ForbiddenPage,
  HomePage,
  NotFoundPage,
  ProblemPage,
  StudyListPage,
  ViewerHomePage,
} from "./pages/home.js";
import { ReportPage } from "./pages/report-page.js";
import { WORK_SYSTEM_CSS, WORK_SYSTEM_STYLESHEET } from "./pages/worksystem-parts.js";
import { campaignRoutes, resultsRoutes } from "./routes/campaign.routes.js";
import { diagnosisRoutes } from "./routes/diagnosis.routes.js";
import { instrumentRoutes } from "./routes/instrument.routes.js";
import { organisationRoutes } from "./routes/organisation.routes.js";
import { planReadRoutes, planRoutes } from "./routes/plan.routes.js";
import { studyRoutes } from "./routes/study.routes.js";
import { nextWaveRoutes, waveRoutes } from "./routes/wave.routes.js";
import { worksystemReadRoutes, worksystemRoutes } from "./routes/worksystem.routes.js";
import { guidelineRoutes } from "./routes/worksystem-guidelines.routes.js";
import { STYLESHEET } from "./style.js";

export interface AppDeps {
  db: Database;
}

/**
 * The web app: public health check, static files and the respondent flow; sign-in and
 * set-up; and the analyst's pages, each scoped to the signed-in user's workspace.
 */
export function createApp({ db }: AppDeps): Hono {
  const app = new Hono();
  // Lets the layout see who is signed in, to show administrators their own navigation.
  app.use(contextStorage());
  app.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'none'"],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
      referrerPolicy: "no-referrer",
    }),
  );

  // Forms from other sites are refused (Origin check); no form needs more than 1 MB.
  // The API takes bearer tokens only, never cookies, so a forged cross-site request carries
  // nothing to act with there; everywhere else the Origin check applies.
  const formCsrf = csrf();
  app.use((c, next) => (isApiPath(c.req.path) ? next() : formCsrf(c, next)));
  app.use(
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: (c) =>
        isApiPath(c.req.path)
          ? tooLargeResponse(c)
          : c.text("This form is too large to send.", 413),
    }),
  );

  app.get("/healthz", async (c) => {
    await pingDatabase(db);
    return c.json({ status: "ok", database: db.backend });
  });

  app.get(WORK_SYSTEM_CSS, (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(WORK_SYSTEM_STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  app.get("/static/app.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  app.get("/static/respondent.js", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(RESPONDENT_SCRIPT, 200, { "Content-Type": "text/javascript; charset=utf-8" });
  });

  app.route("/", respondentRoutes(db));
  // Before the account routes: their sign-in check would otherwise run for /api too, and the
  // API reads no cookie (API tokens only), answering 401 in JSON instead of a redirect.
  app.route("/api", apiRoutes(db));
  app.route("/", accountRoutes(db));
  app.route("/", tokenRoutes(db));

  const signedIn = new Hono<AccountEnv>();
  signedIn.use(requireUser(db));

  signedIn.get("/", async (c) => {
    const user = c.get("user");
    if (!canAnalyse(user.role)) {
      const granted = await listGrantedOrganisationIds(db, user.workspace_id, user.id);
      const campaigns = (await listCampaigns(db, user.workspace_id)).filter((x) =>
        granted.includes(x.organisation_id),
      );
      return c.html(<ViewerHomePage user={user.email} campaigns={campaigns} />);
    }
    return c.html(
      <HomePage
        user={user.email}
        campaigns={await listCampaigns(db, user.workspace_id)}
        organisations={(await listOrganisations(db, user.workspace_id)).length}
      />,
    );
  });
  signedIn.route("/", resultsRoutes(db));
  signedIn.route("/", diagnosisRoutes(db));
  signedIn.route("/", waveRoutes(db));
  signedIn.route("/", worksystemReadRoutes(db));
  signedIn.route("/", planReadRoutes(db));
  signedIn.route("/", adminRoutes(db));

  // Everything below is for analysts and admins; a viewer who follows a link gets a kind refusal.
  const analyst = new Hono<AccountEnv>();
  analyst.use(async (c, next) => {
    if (!canAnalyse(c.get("user").role)) return c.html(<ForbiddenPage />, 403);
    await next();
  });
  analyst.route("/", organisationRoutes(db));
  analyst.route("/", campaignRoutes(db));
  analyst.route("/", nextWaveRoutes(db));
  analyst.route("/", instrumentRoutes(db));
  analyst.route("/", worksystemRoutes(db));
  analyst.route("/", guidelineRoutes(db));
  analyst.route("/", planRoutes(db));
  analyst.route("/", studyRoutes(db));

  analyst.get("/studies", async (c) => {
    const user = c.get("user");
    return c.html(
      <StudyListPage studies={await listStudySummaries(db, user.workspace_id)} user={user.email} />,
    );
  });

  analyst.get("/check", (c) => c.html(<CheckPage user={c.get("user").email} />));
  analyst.post("/check", async (c) => {
    const body = await c.req.parseBody();
    const text =
      typeof body.message === "string" ? storableText(body.message.slice(0, 100_000)) : "";
    return c.html(<CheckPage user={c.get("user").email} text={text} check={checkMessage(text)} />);
  });

  analyst.get("/studies/:id", async (c) => {
    const user = c.get("user");
    const study = (await listStudySummaries(db, user.workspace_id)).find(
      (s) => s.id === c.req.param("id"),
    );
    if (!study) return c.html(<NotFoundPage />, 404);
    const raw = c.req.query("by");
    const by = raw !== undefined && isDimension(raw) ? raw : undefined;
    const { report, definition } = await buildScopedReport(db, user.workspace_id, {
      study: study.name,
    });
    const available = Object.keys(report.breakdowns).filter(isDimension);
    return c.html(
      <ReportPage
        studyId={study.id}
        title={study.name}
        description={study.description}
        report={report}
        definition={definition}
        available={available}
        by={by !== undefined && available.includes(by) ? by : undefined}
        user={user.email}
      />,
    );
  });
  signedIn.route("/", analyst);
  app.route("/", signedIn);

  app.notFound((c) => c.html(<NotFoundPage />, 404));
  app.onError((error, c) => {
    // Refusals raised on purpose (a form from another site, a body too large) keep their status.
    if (error instanceof HTTPException && error.status < 500) {
      return c.html(<ProblemPage status={error.status} />, error.status);
    }
    if (process.env.RAPPORT_DEBUG) console.error(error);
    return c.html(<ErrorPage />, 500);
  });
  return app;
}
