import type { WaveComparison } from "../../wave/wave.service.js";
import type { Change } from "../../wave/wave-compare.js";
import {
  differenceText,
  longDate,
  MOVED_WORDS,
  movedChanges,
  SHORT_MOVED,
} from "../../wave/wave-text.js";
import { ActionButton } from "../forms.js";
import { Layout } from "../layout.js";

/**
 * What changed between two waves of a campaign: per question, scale and sign both figures,
 * the difference with its 95% interval (as words and as a small picture), the reading in
 * words and the actions that aimed at it. Works without JavaScript.
 */
const KIND_TITLES: Record<Change["kind"], string> = {
  item: "Questions",
  scale: "Scales",
  indicator: "Signs in written answers",
};

const KIND_HINTS: Record<Change["kind"], string> = {
  item: "The share giving the answers that point to a problem (or agreeing, for statements).",
  scale: "The mean score; the scale's label says which end is healthy.",
  indicator: "The share of written answers that show each sign.",
};

/** The difference and its interval on a line with zero in the middle; decoration only. */
export function DifferenceSvg(props: { change: Change; span: number }) {
  const { change, span } = props;
  if (change.difference === null || change.ci95 === null) return null;
  const width = 160;
  const x = (v: number) =>
    width / 2 + (Math.max(-span, Math.min(span, v)) / span) * (width / 2 - 4);
  const colour =
    change.moved === "better" ? "#1a7f37" : change.moved === "worse" ? "#b42318" : "#57606a";
  return (
    <svg
      class="wave-diff"
      width={width}
      height="18"
      viewBox={`0 0 ${width} 18`}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={width / 2} x2={width / 2} y1="1" y2="17" stroke="#8c959f" stroke-dasharray="2 2" />
      <line
        x1={x(change.ci95[0])}
        x2={x(change.ci95[1])}
        y1="9"
        y2="9"
        stroke={colour}
        stroke-width="3"
      />
      <circle cx={x(change.difference)} cy="9" r="4" fill={colour} />
    </svg>
  );
}

function spanOf(changes: readonly Change[], unit: Change["unit"]): number {
  const widest = Math.max(
    unit === "percent" ? 10 : 0.5,
    ...changes.flatMap((c) => (c.ci95 ? [Math.abs(c.ci95[0]), Math.abs(c.ci95[1])] : [])),
  );
  return unit === "percent"
    ? Math.min(100, Math.ceil(widest / 10) * 10)
    : Math.ceil(widest * 2) / 2;
}

function value(figure: Change["earlier"], unit: Change["unit"]): string {
  if (figure === null) return "";
  return unit === "percent" ? `${figure.value}%` : figure.value.toFixed(2);
}

/** Statements ("agree that ...") repeat the question, so their row says only what is counted. */
function measureOf(c: Change): string {
  return c.kind === "item" && c.measure.startsWith("agree that ") ? "share agreeing" : c.measure;
}

function KindTable(props: { rows: readonly Change[]; earlier: number; later: number }) {
  const span = spanOf(props.rows, props.rows[0]?.unit ?? "percent");
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col" class="num">
            Wave {props.earlier}
          </th>
          <th scope="col" class="num">
            Wave {props.later}
          </th>
          <th scope="col">Change (95% interval)</th>
          <th scope="col">Reading</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((c) => (
          <tr>
            <th scope="row">
              {c.label}
              <br />
              <span class="muted">{measureOf(c)}</span>
            </th>
            {c.suppressed ? (
              <td colspan={4} class="hidden-group">
                Hidden: too few answers in one of the waves, to protect anonymity.
              </td>
            ) : (
              <>
                <td class="num">
                  {value(c.earlier, c.unit)}
                  <br />
                  <span class="muted">n = {c.earlier?.n}</span>
                </td>
                <td class="num">
                  {value(c.later, c.unit)}
                  <br />
                  <span class="muted">n = {c.later?.n}</span>
                </td>
                <td>
                  {differenceText(c)}
                  <DifferenceSvg change={c} span={span} />
                </td>
                <td>
                  {c.moved ? MOVED_WORDS[c.moved] : ""}
                  {c.actions.length > 0 && <p>{c.sentence}</p>}
                </td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Past this many questions beside scales, the questions fold away (a native disclosure). */
const FOLD_ITEMS = 15;

function ChangeTable(props: { changes: readonly Change[]; earlier: number; later: number }) {
  const hasScales = props.changes.some((c) => c.kind === "scale");
  const kinds = (["scale", "item", "indicator"] as const).filter((k) =>
    props.changes.some((c) => c.kind === k),
  );
  return (
    <>
      {kinds.map((kind) => {
        const rows = props.changes.filter((c) => c.kind === kind);
        const table = <KindTable rows={rows} earlier={props.earlier} later={props.later} />;
        if (kind === "item" && hasScales && rows.length > FOLD_ITEMS) {
          return (
            <details>
              <summary>
                {KIND_TITLES[kind]}: each of the {rows.length} statements
              </summary>
              <p class="muted">{KIND_HINTS[kind]}</p>
              {table}
            </details>
          );
        }
        return (
          <>
            <h3>{KIND_TITLES[kind]}</h3>
            <p class="muted">{KIND_HINTS[kind]}</p>
            {table}
          </>
        );
      })}
    </>
  );
}

/** What moved beyond chance, in sentences, before the tables. */
function MovedSummary(props: { changes: readonly Change[] }) {
  const moved = movedChanges(props.changes);
  if (moved.length === 0) {
    return (
      <p class="notice">
        Nothing moved beyond chance between these waves. Small changes may still show in a later
        wave.
      </p>
    );
  }
  return (
    <section aria-labelledby="moved">
      <h2 id="moved">What moved beyond chance</h2>
      <ul>
        {moved.map((c) => (
          <li>
            <strong>{SHORT_MOVED[c.moved ?? "changed"]}:</strong> {c.sentence}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function WavePage(props: {
  user: string;
  comparison: WaveComparison;
  viewer: boolean;
  by: "community" | undefined;
}) {
  const w = props.comparison;
  const c = w.campaign;
  const base = `/campaigns/${c.id}/changes`;
  const query = (against: number | undefined, by: "community" | undefined) => {
    const params = new URLSearchParams();
    if (against !== undefined) params.set("against", String(against));
    if (by) params.set("by", by);
    const q = params.toString();
    return `${base}${q ? `?${q}` : ""}`;
  };
  return (
    <Layout
      title={`What changed: ${c.name}`}
      user={props.user}
      section="campaigns"
      viewer={props.viewer}
    >
      <p>
        {props.viewer ? (
          <a href={`/campaigns/${c.id}/results`}>Back to the results</a>
        ) : (
          <a href={`/campaigns/${c.id}`}>Back to the campaign</a>
        )}
      </p>
      <h1>What changed: {c.name}</h1>
      {w.against === null ? (
        <section class="card">
          <p>
            {c.wave === 1
              ? "This is the first wave, so there is nothing to compare with yet."
              : "There is no earlier wave of this survey for this organisation to compare with."}{" "}
            Start the next wave when the actions you planned have had time to work, usually six to
            twelve months later: the same questions go to the same organisation, and this page then
            shows what moved.
          </p>
          {w.next_wave && (
            <p>
              Wave {w.next_wave.wave} has started:{" "}
              <a href={`/campaigns/${w.next_wave.id}/changes`}>see what changed there</a>.
            </p>
          )}
          {!props.viewer && c.status !== "draft" && !w.next_wave && (
            <div class="buttons">
              <ActionButton
                action={`/campaigns/${c.id}/next-wave`}
                label={`Start wave ${c.wave + 1}`}
              />
            </div>
          )}
        </section>
      ) : (
        <>
          <p class="lead">
            Wave {c.wave} ({c.respondents} people
            {c.first_answer ? `, from ${longDate(c.first_answer)}` : ""}) compared with wave{" "}
            {w.against.wave} ({w.against.respondents} people
            {w.against.first_answer ? `, from ${longDate(w.against.first_answer)}` : ""}).
          </p>
          <p class="muted">
            A change counts as beyond chance when its 95% interval leaves out zero. Figures are
            hidden when a group has fewer than {w.min_group_size} people in either wave. Actions are
            listed when they aimed at a figure and started before this wave's first answer; they may
            have helped, but a survey cannot show that they caused a change.
          </p>
          <nav class="buttons" aria-label="Compare">
            {w.earlier_waves.length > 1 &&
              w.earlier_waves.map((e) => (
                <a
                  class="button"
                  href={query(e.wave, props.by)}
                  aria-current={e.wave === w.against?.wave ? "page" : undefined}
                >
                  Against wave {e.wave}
                </a>
              ))}
            <a class="button" href={query(w.against.wave, props.by ? undefined : "community")}>
              {props.by ? "Everyone together" : "By community"}
            </a>
          </nav>
          <MovedSummary changes={w.changes} />
          <h2>Everything compared</h2>
          <ChangeTable changes={w.changes} earlier={w.against.wave} later={c.wave} />
          {(w.by_community ?? []).map((group) => (
            <section>
              <h2>{group.community?.replace("_", " ") ?? "Community not given"}</h2>
              {group.suppressed ? (
                <p class="hidden-group">
                  Hidden: fewer than {w.min_group_size} people in one of the waves.
                </p>
              ) : (
                <ChangeTable
                  changes={group.changes}
                  earlier={w.against?.wave ?? 1}
                  later={c.wave}
                />
              )}
            </section>
          ))}
        </>
      )}
    </Layout>
  );
}
