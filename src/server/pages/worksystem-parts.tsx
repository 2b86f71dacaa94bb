import type { Child } from "hono/jsx";
import { COMMUNITY_LABELS } from "../../organisation/organisation.js";
import type { ItemEvidence } from "../../worksystem/survey.service.js";
import type { CommunityGap } from "../../worksystem/survey-signal.js";

/** Pieces shared by the work-system, assessment, findings and guideline pages. */

export const WORK_SYSTEM_CSS = "/static/worksystem.css";

export const pct = (x: number) => `${Math.round(x * 100)}%`;
const points = (x: number) => `${Math.round(x * 100)}`;

/** A share from the survey with its count, n and 95% interval, and whose answers it is. */
export function SurveyFigure(props: { figure: ItemEvidence }) {
  const e = props.figure;
  return (
    <span>
      <strong>{pct(e.share)}</strong> {e.meaning}{" "}
      <span class="muted">
        ({e.count} of {e.n}, 95% interval {pct(e.ci95[0])} to {pct(e.ci95[1])};{" "}
        {e.scope === "work_system" ? "this work system's group" : "whole organisation"})
      </span>{" "}
      <code class="tag">{e.item}</code>
    </span>
  );
}

/** The difference between two communities with its interval, in points, never a verdict. */
export function GapLine(props: { gap: CommunityGap }) {
  const g = props.gap;
  return (
    <span>
      {COMMUNITY_LABELS[g.higher.community]} {pct(g.higher.share)} (n {g.higher.n}) and{" "}
      {COMMUNITY_LABELS[g.lower.community]} {pct(g.lower.share)} (n {g.lower.n}) are{" "}
      {points(g.difference)} points apart (95% interval {points(g.ci95[0])} to {points(g.ci95[1])}){" "}
      <code class="tag">{g.item}</code>
    </span>
  );
}

/** Links between the pages of one work system; the current one is marked. */
export function WorkSystemTabs(props: {
  id: string;
  current: "snapshot" | "assess" | "edit";
  analyst: boolean;
}) {
  const tabs = [
    { key: "snapshot", href: `/work-systems/${props.id}`, label: "Snapshot" },
    ...(props.analyst
      ? [
          { key: "assess", href: `/work-systems/${props.id}/assess`, label: "Assess" },
          { key: "edit", href: `/work-systems/${props.id}/edit`, label: "Change the model" },
        ]
      : []),
  ];
  return (
    <nav class="breakdown no-print" aria-label="This work system">
      {tabs.map((t) => (
        <a href={t.href} aria-current={props.current === t.key ? "page" : undefined}>
          {t.label}
        </a>
      ))}
    </nav>
  );
}

export function Saved(props: { text?: string | undefined }) {
  if (!props.text) return null;
  return (
    <p class="notice no-print" role="status">
      {props.text}
    </p>
  );
}

export function Empty(props: { children: Child }) {
  return <div class="card empty">{props.children}</div>;
}

/**
 * The pages' own styles: the nine elements as a grid, and a print layout that drops the
 * navigation and forms and fits an A4 page.
 */
export const WORK_SYSTEM_STYLESHEET = `
.ws-grid { display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
.ws-grid .card { margin: 0; }
.ws-grid h3 { margin-top: 0; }
.ws-grid ul, .ws-grid ol { margin: .25rem 0; padding-left: 1.2rem; }
.sev { display: inline-block; border-radius: 4px; padding: 0 .45rem; font-weight: 700; font-size: .85rem; }
.sev-high { background: #ffe3e0; color: #8a1c14; }
.sev-medium { background: #fff3bf; color: #5c4500; }
.sev-low { background: #e7f0fb; color: #1f4d7a; }
.guideline { border-top: 1px solid var(--line); padding: .75rem 0; }
.guideline .two { align-items: start; }
.disagree { border-left: 4px solid #e0a800; padding-left: .6rem; }
form.filters { display: grid; gap: .25rem .75rem; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); align-items: end; }
form.filters label { font-weight: 600; }
form.filters > div { display: flex; flex-direction: column; }
fieldset.rows { border: 1px solid var(--line); border-radius: 8px; margin: .75rem 0; }
fieldset.rows table td { vertical-align: top; }
@media print {
  @page { size: A4; margin: 14mm; }
  body { background: #fff; font-size: 10pt; }
  header.top, nav, .no-print, form, a.skip { display: none !important; }
  main { max-width: none; padding: 0; }
  .ws-grid { grid-template-columns: repeat(3, 1fr); gap: 4mm; }
  .card { break-inside: avoid; border-color: #999; padding: 2mm 3mm; }
  h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 5mm; }
  table { font-size: 9pt; } tr { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
`;
