import { randomBytes } from "node:crypto";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { Hono } from "hono";
import { getCookie, setCookie } from "hono/cookie";
import { RateLimiter } from "../account/rate-limit.js";
import type { Database } from "../db/database.js";
import { storableText } from "../storable.js";
import { addressKey } from "./client-address.js";
import { AccessCodePage, ConsentPage } from "./consent-page.js";
import {
  ABOUT_COMMUNITY,
  ABOUT_GROUP,
  finalAnswers,
  type RawAnswers,
  readPage,
  stepsOf,
} from "./flow.js";
import { QuestionPage, ReviewPage } from "./question-page.js";
import {
  accessCodeMatches,
  groupsOf,
  type LinkProblem,
  needsAccessCode,
  openSurvey,
  recordConsent,
  type Survey,
  saveProgress,
  startDraft,
  submitSurvey,
  withBrowserKey,
} from "./respondent.service.js";
import { type InfoKind, InfoPage } from "./respondent-layout.js";

/**
 * The public answer flow under /s/:token. Every page is plain HTML forms (post, then redirect
 * to a page that can be reloaded), so it works without JavaScript on any phone.
 */
const STATUS: Record<LinkProblem, 404 | 410 | 403> = {
  not_found: 404,
  used: 410,
  closed: 410,
  not_open: 403,
};
const COOKIE = "rk";

type FormBody = Record<string, string | string[] | undefined>;

async function formOf(c: Context): Promise<FormBody> {
  const body = await c.req.parseBody({ all: true });
  const out: FormBody = {};
  for (const [key, value] of Object.entries(body)) {
    // Files are never expected: anything that is not text is ignored.
    if (typeof value === "string") out[key] = storableText(value);
    else if (Array.isArray(value))
      out[key] = value.filter((v): v is string => typeof v === "string").map(storableText);
  }
  return out;
}

/**
 * Guessing links: look-ups of unknown tokens (and wrong access codes) are counted per client
 * address, and after FAILED_LOOKUPS within the window that address is refused for a while.
 * Good links never count, so a person with a real link is only turned away if their address
 * has just made that many failed attempts: answering them normally then would tell a guesser
 * which links exist.
 */
export const FAILED_LOOKUPS = 30;
export const LOOKUP_WINDOW_SECONDS = 10 * 60;

export interface RespondentOptions {
  limiter?: RateLimiter;
  /** Believe X-Forwarded-For (Rapport runs behind a reverse proxy). Default: RAPPORT_TRUST_PROXY=1. */
  trustProxy?: boolean;
}

/**
 * Where a request comes from (see addressKey). Behind a trusted proxy, the last
 * X-Forwarded-For entry: the one the proxy itself added (entries before it are whatever the
 * client chose to send, so using them would let a guesser pick a new address for every try).
 * In app.request() tests there is no socket, and every request shares one key.
 */
export function clientKey(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",").at(-1)?.trim();
    if (forwarded) return addressKey(forwarded);
  }
  // app.request() in tests has no Node.js socket behind it (checked first: throwing and
  // catching on every request would cost more than the rest of this function).
  const env = c.env as { incoming?: unknown; server?: { incoming?: unknown } } | undefined;
  if (!env?.incoming && !env?.server?.incoming) return "local";
  return addressKey(getConnInfo(c).remote.address ?? "unknown");
}

export function respondentRoutes(db: Database, options: RespondentOptions = {}): Hono {
  const app = new Hono();
  const limiter = options.limiter ?? new RateLimiter(FAILED_LOOKUPS, LOOKUP_WINDOW_SECONDS * 1000);
  const trustProxy = options.trustProxy ?? process.env.RAPPORT_TRUST_PROXY === "1";

  const info = (c: Context, kind: InfoKind, status: 200 | 403 | 404 | 410 = 200) =>
    c.html(<InfoPage kind={kind} />, status);

  const tooMany = (c: Context) => {
    // The window started at the first failure, so a full window is the longest wait.
    c.header("Retry-After", String(LOOKUP_WINDOW_SECONDS));
    c.header("Cache-Control", "no-store");
    return c.html(
      <InfoPage kind="too_many" minutes={Math.ceil(LOOKUP_WINDOW_SECONDS / 60)} />,
      429,
    );
  };

  /** Opens the survey for this link, giving a shared link's visitor a key of their own. */
  async function load(c: Context): Promise<Survey | Response> {
    const address = clientKey(c, trustProxy);
    if (limiter.blocked(address)) return tooMany(c);
    const token = c.req.param("token") ?? "";
    const key = getCookie(c, COOKIE);
    const survey = await openSurvey(db, token, key);
    if (survey === "not_found") limiter.hit(address);
    if (typeof survey === "string") return info(c, survey, STATUS[survey]);
    if (survey.invitation.kind === "shared" && !key) {
      const fresh = randomBytes(16).toString("base64url");
      setCookie(c, COOKIE, fresh, {
        path: `/s/${token}`,
        httpOnly: true,
        sameSite: "Lax",
        maxAge: 60 * 60 * 24 * 60,
        secure: c.req.url.startsWith("https:"),
      });
      return withBrowserKey(survey, token, fresh);
    }
    return survey;
  }

  app.get("/s/:token", async (c) => {
    const survey = await load(c);
    if (survey instanceof Response) return survey;
    const base = `/s/${c.req.param("token")}`;
    if (needsAccessCode(survey))
      return c.html(
        <AccessCodePage action={`${base}/code`} title={survey.definition.title} wrong={false} />,
      );
    if (!survey.draft?.consented)
      return c.html(
        <ConsentPage
          action={`${base}/consent`}
          campaign={survey.campaign}
          definition={survey.definition}
        />,
      );
    const steps = stepsOf(survey.definition);
    const furthest = Math.min(survey.draft.step, steps.length - 1);
    const asked = Number(c.req.query("step"));
    const step = Number.isInteger(asked) && asked >= 0 && asked <= furthest ? asked : furthest;
    const answers = survey.draft.answers;
    if (steps[step]?.kind === "review") {
      const { missing } = finalAnswers(survey.definition, answers);
      return c.html(
        <ReviewPage
          action={`${base}/submit`}
          base={base}
          definition={survey.definition}
          answers={answers}
          steps={steps}
          missing={missing}
        />,
      );
    }
    return c.html(
      <QuestionPage
        action={base}
        definition={survey.definition}
        steps={steps}
        step={step}
        answers={answers}
        errors={[]}
        groups={steps[step]?.kind === "about" ? await groupsOf(db, survey) : []}
      />,
    );
  });

  app.post("/s/:token/code", async (c) => {
    const survey = await load(c);
    if (survey instanceof Response) return survey;
    const base = `/s/${c.req.param("token")}`;
    const form = await formOf(c);
    const code = typeof form.code === "string" ? form.code : "";
    if (!accessCodeMatches(survey, code)) {
      // A wrong code is a failed guess too: codes are short enough to be worth guessing.
      limiter.hit(clientKey(c, trustProxy));
      return c.html(
        <AccessCodePage action={`${base}/code`} title={survey.definition.title} wrong={true} />,
        400,
      );
    }
    if (!survey.draft) await startDraft(db, survey);
    return c.redirect(base, 303);
  });

  app.post("/s/:token/consent", async (c) => {
    const survey = await load(c);
    if (survey instanceof Response) return survey;
    if (needsAccessCode(survey)) return c.redirect(`/s/${c.req.param("token")}`, 303);
    const form = await formOf(c);
    if (form.consent !== "yes") {
      await recordConsent(db, survey, false);
      return info(c, "declined");
    }
    await recordConsent(db, survey, true);
    return c.redirect(`/s/${c.req.param("token")}`, 303);
  });

  app.post("/s/:token", async (c) => {
    const survey = await load(c);
    if (survey instanceof Response) return survey;
    const base = `/s/${c.req.param("token")}`;
    if (!survey.draft?.consented) return c.redirect(base, 303);
    const steps = stepsOf(survey.definition);
    const form = await formOf(c);
    const posted = Number(form.step);
    const step =
      Number.isInteger(posted) &&
      posted >= 0 &&
      posted <= Math.min(survey.draft.step, steps.length - 2)
        ? posted
        : survey.draft.step;
    const current = steps[step];
    let answers: RawAnswers = survey.draft.answers;
    let errors: { code: string; message: string }[] = [];
    if (current?.kind === "about") {
      answers = { ...answers };
      for (const key of [ABOUT_COMMUNITY, ABOUT_GROUP]) {
        const value = form[key];
        if (typeof value === "string" && value !== "") answers[key] = value;
        else delete answers[key];
      }
    } else if (current?.kind === "section") {
      const items = survey.definition.sections[current.index]?.items ?? [];
      ({ answers, errors } = readPage(items, form, answers));
    }
    const action = form.action;
    if (action === "back") {
      await saveProgress(db, survey, answers, survey.draft.step);
      return c.redirect(`${base}?step=${Math.max(0, step - 1)}`, 303);
    }
    if (action === "save") {
      await saveProgress(db, survey, answers, survey.draft.step);
      return c.html(<InfoPage kind="saved" resumeHref={base} />);
    }
    if (errors.length > 0) {
      await saveProgress(db, survey, answers, survey.draft.step);
      return c.html(
        <QuestionPage
          action={base}
          definition={survey.definition}
          steps={steps}
          step={step}
          answers={answers}
          errors={errors}
          groups={current?.kind === "about" ? await groupsOf(db, survey) : []}
        />,
        400,
      );
    }
    const next = Math.min(step + 1, steps.length - 1);
    await saveProgress(db, survey, answers, Math.max(survey.draft.step, next));
    return c.redirect(`${base}?step=${next}`, 303);
  });

  app.post("/s/:token/submit", async (c) => {
    const survey = await load(c);
    if (survey instanceof Response) return survey;
    const base = `/s/${c.req.param("token")}`;
    if (!survey.draft?.consented) return c.redirect(base, 303);
    const result = await submitSurvey(db, survey);
    if (result === "incomplete")
      return c.redirect(`${base}?step=${stepsOf(survey.definition).length - 1}`, 303);
    if (result === "used") return info(c, "used", 410);
    return info(c, "thanks");
  });

  return app;
}

/** Shows and hides conditional questions as people answer; the server decides again on submit. */
export const RESPONDENT_SCRIPT = `(function () {
  var form = document.querySelector("form");
  if (!form) return;
  function values(name) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name === name && (el.type === "radio" || el.type === "checkbox" ? el.checked : el.value.trim() !== "");
    }).map(function (el) { return el.value; });
  }
  function update() {
    document.querySelectorAll("[data-show-if]").forEach(function (el) {
      var c = JSON.parse(el.getAttribute("data-show-if"));
      if (!form.querySelector('[name="' + c.item + '"]')) return;
      var given = values(c.item);
      var show = c.answered ? given.length > 0 : given.some(function (v) { return c.equals !== undefined ? v === c.equals : c.in.indexOf(v) !== -1; });
      el.hidden = !show;
    });
  }
  form.addEventListener("change", update);
  update();
  var summary = document.getElementById("summary");
  if (summary) summary.focus();
})();
`;
