import type { Diagnosis } from "../../diagnosis/diagnosis.js";
import { short } from "../../diagnosis/diagnosis-text.js";
import type { Hidden } from "../../diagnosis/groups.js";
import type { AxisFigures, MatrixCell } from "../../diagnosis/life-matrix.js";
import { INDICATOR_LABELS } from "../../text/open-answer-list.js";

/** Pieces of the diagnosis page: hidden notes, the quadrant plot, signs and workarounds. */
const pct = (x: number) => `${Math.round(x * 100)}%`;
const f1 = (x: number) => x.toFixed(1);

export function HiddenNote(props: { hidden: Hidden }) {
  return <p class="hidden-group">{props.hidden.note}</p>;
}

export function axisText(a: AxisFigures): string {
  return a.low === null || a.high === null
    ? f1(a.mean)
    : `${f1(a.mean)} (${f1(a.low)} to ${f1(a.high)})`;
}

/**
 * A small quadrant plot: across is "able and well-meaning", up is "treats others well", both
 * 1 to 5 with the midpoint 3 marked; the square is the mean (hollow when uncertain), the lines its 95% intervals. The
 * figures are in the text beside it, so the picture is hidden from screen readers.
 */
export function QuadrantPlot(props: { cell: Exclude<MatrixCell, Hidden> }) {
  const size = 90;
  const at = (v: number) => ((Math.max(1, Math.min(5, v)) - 1) / 4) * size;
  const { ok, treats } = props.cell;
  const x = at(ok.mean);
  const y = size - at(treats.mean);
  return (
    <svg
      viewBox={`-2 -2 ${size + 4} ${size + 4}`}
      width="96"
      height="96"
      aria-hidden="true"
      focusable="false"
    >
      <rect x={at(3)} y="0" width={size - at(3)} height={size - at(3)} fill="#e3f1e6" />
      <rect x="0" y="0" width={size} height={size} fill="none" stroke="#888" />
      <line x1={at(3)} x2={at(3)} y1="0" y2={size} stroke="#888" stroke-dasharray="3 2" />
      <line
        x1="0"
        x2={size}
        y1={size - at(3)}
        y2={size - at(3)}
        stroke="#888"
        stroke-dasharray="3 2"
      />
      {ok.low !== null && ok.high !== null && (
        <line x1={at(ok.low)} x2={at(ok.high)} y1={y} y2={y} stroke="#1f4e79" stroke-width="2" />
      )}
      {treats.low !== null && treats.high !== null && (
        <line
          x1={x}
          x2={x}
          y1={size - at(treats.low)}
          y2={size - at(treats.high)}
          stroke="#1f4e79"
          stroke-width="2"
        />
      )}
      <rect
        x={x - 4}
        y={y - 4}
        width="8"
        height="8"
        fill={props.cell.uncertain ? "#fff" : "#1f4e79"}
        stroke="#1f4e79"
        stroke-width="2"
      />
    </svg>
  );
}

export function IndicatorTable(props: { diagnosis: Diagnosis }) {
  const groups = props.diagnosis.indicators;
  const rows = groups.flatMap((g) => (g.suppressed ? [] : g.pairs.map((p) => ({ g, p }))));
  const hiddenGroups = groups.filter((g) => g.suppressed && g.reason !== "no_answers");
  return (
    <>
      {rows.length === 0 ? (
        <p class="empty">
          No signs can be shown yet. They appear once enough people in a group have answered.
        </p>
      ) : (
        <table>
          <caption class="muted">
            Share of people showing each sign, with its 95% interval. Closed answers count by the
            rules listed under each sign; written answers through the text engine.
          </caption>
          <thead>
            <tr>
              <th scope="col">Who answers</th>
              <th scope="col">About</th>
              <th scope="col">Sign</th>
              <th scope="col" class="num">
                Share
              </th>
              <th scope="col" class="num">
                95% interval
              </th>
              <th scope="col" class="num">
                n
              </th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ g, p }) => (
              <tr>
                <td>{short(g.community)}</td>
                <td>{p.about === null ? "The firm as a whole" : short(p.about)}</td>
                <td>{INDICATOR_LABELS[p.indicator]}</td>
                {p.combined.suppressed ? (
                  <td colspan={3} class="hidden-group">
                    {p.combined.note}
                  </td>
                ) : (
                  <>
                    <td class="num">{pct(p.combined.share)}</td>
                    <td class="num">
                      {pct(p.combined.low)} to {pct(p.combined.high)}
                    </td>
                    <td class="num">{p.combined.n}</td>
                  </>
                )}
                <td>
                  <details>
                    <summary>
                      {[
                        ...new Set(
                          p.sources.map((s) => (s.from === "closed" ? "closed" : "written")),
                        ),
                      ].join(" and ")}
                    </summary>
                    <ul>
                      {p.sources.map((s) => (
                        <li>
                          {s.reason}{" "}
                          {s.suppressed ? (
                            <span class="muted">({s.note})</span>
                          ) : (
                            <span class="muted">
                              ({pct(s.share)}, {s.count} of {s.n})
                            </span>
                          )}
                        </li>
                      ))}
                    </ul>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {hiddenGroups.map((g) => (
        <p class="hidden-group">
          {short(g.community)}: {g.suppressed ? g.note : ""}
        </p>
      ))}
    </>
  );
}

export function WorkaroundSection(props: { diagnosis: Diagnosis }) {
  const w = props.diagnosis.workarounds;
  const recorded = w.work_systems.filter((ws) => ws.guidelines.length > 0);
  return (
    <>
      <h3>Recorded per work system</h3>
      {recorded.length === 0 ? (
        <p class="empty">
          No workarounds recorded for this organisation's work systems yet. Record what you learn in
          interviews on each work system's page, or with rapport worksystem workaround add.
        </p>
      ) : (
        recorded.map((ws) => (
          <section class="card">
            <h4>
              {ws.name} <span class="muted">(group {ws.group})</span>
            </h4>
            {ws.guidelines.map((g) => (
              <>
                <p>
                  <code>{g.guideline ?? `element: ${g.element ?? "-"}`}</code>
                </p>
                <ul>
                  {g.workarounds.map((item) => (
                    <li>
                      {item.description} <span class="muted">(noted {item.noted_on})</span>
                    </li>
                  ))}
                </ul>
              </>
            ))}
          </section>
        ))
      )}
      <h3>What people say others do instead</h3>
      {w.seen.suppressed ? (
        <HiddenNote hidden={w.seen} />
      ) : (
        <table>
          <caption class="muted">
            {w.seen.n} people answered. More than one answer was allowed.
          </caption>
          <tbody>
            {w.seen.options.map((o) => (
              <tr>
                <th scope="row">{o.label}</th>
                <td class="num">{pct(o.share)}</td>
                <td class="num">
                  {pct(o.low)} to {pct(o.high)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>In their own words</h3>
      {w.written.suppressed ? (
        <HiddenNote hidden={w.written} />
      ) : (
        <>
          <p>
            {w.written.answers} written answers about friction and workarounds;{" "}
            {w.written.describing} of them describe a workaround.
          </p>
          {w.written.quotes.length > 0 ? (
            <ul class="answers">
              {w.written.quotes.map((q) => (
                <li>
                  <p>{q}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">
              Too few describe a workaround to quote any without risk of recognising the writer.
            </p>
          )}
        </>
      )}
    </>
  );
}
