import { DIMENSION_LABELS, DIMENSIONS, type Dimension } from "../../analysis/dimension.js";
import type { AnswerFigure, HiddenItem, ItemFigures, Report } from "../../analysis/report.js";
import { isClosed, itemsOf, optionsOf } from "../../instrument/instrument.js";
import type { InstrumentDefinition, ItemDefinition } from "../../instrument/instrument.schema.js";
import { Bar } from "../bar-chart.js";
import { Layout } from "../layout.js";

/** The option code the instruments use for "I don't know", reported on its own line too. */
const DONT_KNOW = "dont_know";

function pct(a: AnswerFigure): string {
  return a.percent === null ? "-" : `${a.percent.toFixed(1)}%`;
}

function ci(a: AnswerFigure): string {
  return a.ci95 ? `${a.ci95[0].toFixed(1)} to ${a.ci95[1].toFixed(1)}` : "-";
}

function shown(item: ItemFigures | HiddenItem | undefined): item is ItemFigures {
  return item !== undefined && !("suppressed" in item);
}

export function ReportPage(props: {
  studyId: string;
  title: string;
  description: string;
  report: Report;
  definition: InstrumentDefinition;
  available: Dimension[];
  by: Dimension | undefined;
  user?: string;
}) {
  return (
    <Layout title={props.title} user={props.user} section="studies">
      <p>
        <a href="/studies">All studies</a>
      </p>
      <h1>{props.title}</h1>
      {props.description && <p class="lead">{props.description}</p>}
      <ReportFigures
        report={props.report}
        definition={props.definition}
        available={props.available}
        by={props.by}
        baseHref={`/studies/${props.studyId}`}
      />
    </Layout>
  );
}

/**
 * The figures of a report: per closed question a bar per answer with its 95% interval, for
 * everyone or per group of the chosen breakdown, hidden groups named as such.
 */
export function ReportFigures(props: {
  report: Report;
  definition: InstrumentDefinition;
  available: Dimension[];
  by: Dimension | undefined;
  baseHref: string;
}) {
  const { report, definition, by } = props;
  const closed = itemsOf(definition).filter(isClosed);
  const figures = new Map(report.items.map((i) => [i.code, i]));
  const groups = by ? (report.breakdowns[by] ?? []) : [];
  return (
    <>
      <p>
        <strong>{report.respondents}</strong> respondents. Groups with fewer than{" "}
        {report.min_group_size} answers are hidden to protect anonymity. Bars show the share who
        gave each answer; the line across each bar is the range the true share is likely to be in
        (95% interval).
      </p>
      <nav class="breakdown" aria-label="Break the figures down by">
        <a href={props.baseHref} aria-current={by === undefined ? "page" : undefined}>
          Everyone
        </a>
        {DIMENSIONS.filter((d) => props.available.includes(d)).map((d) => (
          <a href={`${props.baseHref}?by=${d}`} aria-current={by === d ? "page" : undefined}>
            By {DIMENSION_LABELS[d]}
          </a>
        ))}
      </nav>
      {closed.map((item) => (
        <section class="card">
          <h2>{item.text}</h2>
          {by === undefined ? (
            <ItemTable item={item} figures={figures.get(item.code)} />
          ) : (
            groups.map((group) => (
              <>
                <h3>
                  {group.group ?? "Not given"}
                  {!group.suppressed && <span class="muted"> ({group.n} respondents)</span>}
                </h3>
                {group.suppressed ? (
                  <p class="hidden-group">
                    Fewer than {report.min_group_size} answers: hidden to protect anonymity.
                  </p>
                ) : (
                  <ItemTable item={item} figures={group.items.find((f) => f.code === item.code)} />
                )}
              </>
            ))
          )}
        </section>
      ))}
    </>
  );
}

function ItemTable(props: { item: ItemDefinition; figures: ItemFigures | HiddenItem | undefined }) {
  const { item, figures } = props;
  if (!shown(figures)) return <p class="hidden-group">Hidden to protect anonymity.</p>;
  if (figures.n === 0) return <p class="muted">Nobody has answered this question yet.</p>;
  if (item.type === "number") {
    return (
      <p>
        {figures.n} answers. Average {figures.mean ?? "-"}, median {figures.median ?? "-"}.
      </p>
    );
  }
  const labels = new Map(optionsOf(item).map((o) => [o.code, o.label]));
  const dontKnow = figures.answers.find((a) => a.value === DONT_KNOW);
  return (
    <table>
      <caption class="muted">
        n = {figures.n}
        {item.type === "likert" && figures.mean !== null
          ? `; average ${figures.mean} of ${item.points}`
          : ""}
        {dontKnow ? `; ${pct(dontKnow)} don't know` : ""}
      </caption>
      <thead>
        <tr>
          <th scope="col">Answer</th>
          <th scope="col">Share</th>
          <th scope="col" class="num">
            %
          </th>
          <th scope="col" class="num ci">
            95% interval
          </th>
          <th scope="col" class="num">
            Count
          </th>
        </tr>
      </thead>
      <tbody>
        {figures.answers.map((a) => (
          <tr>
            <td>{labels.get(a.value) ?? a.value}</td>
            <td>
              <Bar percent={a.percent} ci95={a.ci95} />
            </td>
            <td class="num">{pct(a)}</td>
            <td class="num ci">{ci(a)}</td>
            <td class="num">{a.count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
