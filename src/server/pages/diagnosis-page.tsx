import type { Diagnosis, ScaleResult } from "../../diagnosis/diagnosis.js";
import { short } from "../../diagnosis/diagnosis-text.js";
import { Bar } from "../bar-chart.js";
import { Layout } from "../layout.js";
import {
  axisText,
  HiddenNote,
  IndicatorTable,
  QuadrantPlot,
  WorkaroundSection,
} from "./diagnosis-page-parts.js";

/**
 * The relationship diagnosis of one campaign: how the groups see each other, how mistakes and
 * blame are handled, the six relationship signs and the workarounds, each with a plain reading.
 */
const QUADRANT_WORDS: Record<string, string> = {
  ok_ok: "OK, OK",
  ok_notok: "able, not respectful",
  notok_ok: "respectful, not trusted to be able",
  notok_notok: "neither",
};

function Matrix(props: { diagnosis: Diagnosis }) {
  const m = props.diagnosis.life_positions;
  if (!m)
    return <p class="empty">This questionnaire does not ask how the groups see each other.</p>;
  return (
    <>
      <table>
        <caption class="muted">
          Rows: the group answering. Columns: the group they describe. The target is ok_ok in every
          cell.
        </caption>
        <thead>
          <tr>
            <td />
            {m.columns.map((c) => (
              <th scope="col">About {short(c)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.rows.map((row) => (
            <tr>
              <th scope="row">{short(row)}</th>
              {m.columns.map((about) => {
                const cell = m.cells.find((c) => c.community === row && c.about === about);
                if (!cell) return <td />;
                if (cell.suppressed)
                  return (
                    <td>
                      <HiddenNote hidden={cell} />
                    </td>
                  );
                return (
                  <td>
                    <QuadrantPlot cell={cell} />
                    <br />
                    <strong>{cell.quadrant}</strong>
                    {cell.uncertain && <span class="tag">uncertain</span>}
                    <br />
                    <span class="muted">{QUADRANT_WORDS[cell.quadrant]}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{m.decided_by}</p>
      <h3>What each cell means</h3>
      <ul>
        {m.cells.map((cell) =>
          cell.suppressed ? (
            <li>
              {short(cell.community)} about {short(cell.about)}: {cell.note}
            </li>
          ) : (
            <li>
              {cell.reading}{" "}
              <span class="muted">
                (able and well-meaning {axisText(cell.ok)}; treats others well{" "}
                {axisText(cell.treats)}; n = {Math.min(cell.ok.n, cell.treats.n)})
              </span>
            </li>
          ),
        )}
      </ul>
    </>
  );
}

function ScaleBars(props: { results: readonly ScaleResult[]; empty: string }) {
  if (props.results.length === 0) return <p class="empty">{props.empty}</p>;
  return (
    <>
      {props.results.map((r) => {
        const all = r.cells[0];
        const toPct = (v: number) => ((v - 1) / (r.points - 1)) * 100;
        return (
          <section class="card">
            <h3>{r.label}</h3>
            {all && !all.suppressed && <p>{all.reading}</p>}
            <table>
              <caption class="muted">
                Mean from 1 to {r.points},{" "}
                {r.higher_is_better ? "higher is better" : "lower is better"}; the line is the 95%
                interval.
                {all && !all.suppressed && all.alpha !== null
                  ? ` Reliability (Cronbach's alpha) ${all.alpha.toFixed(2)} over ${all.alpha_n} complete answers.`
                  : ""}
              </caption>
              <tbody>
                {r.cells.map((cell) => (
                  <tr>
                    <th scope="row">{short(cell.community)}</th>
                    {cell.suppressed ? (
                      <td colspan={3} class="hidden-group">
                        {cell.note}
                      </td>
                    ) : (
                      <>
                        <td>
                          <Bar
                            percent={toPct(cell.mean)}
                            ci95={
                              cell.low === null || cell.high === null
                                ? null
                                : [toPct(cell.low), toPct(cell.high)]
                            }
                          />
                        </td>
                        <td class="num">
                          {cell.mean.toFixed(1)}
                          {cell.low !== null && cell.high !== null
                            ? ` (${cell.low.toFixed(1)} to ${cell.high.toFixed(1)})`
                            : ""}
                        </td>
                        <td class="num">n = {cell.n}</td>
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}

export function DiagnosisPage(props: { user: string; diagnosis: Diagnosis; viewer?: boolean }) {
  const d = props.diagnosis;
  const c = d.campaign;
  return (
    <Layout
      title={`Diagnosis: ${c.name}`}
      user={props.user}
      section="campaigns"
      viewer={props.viewer}
    >
      <p>
        <a href={`/campaigns/${c.id}/results`}>Back to the results</a>
      </p>
      <h1>How security and staff get on: {c.name}</h1>
      <p class="lead">
        {c.organisation} · wave {c.wave} · {d.respondents} respondents
      </p>
      <p>
        Diagnose first, then act: this page shows how the groups see each other, how mistakes and
        blame are handled, the signs of a strained relationship, and where people work around
        security. {d.privacy}
      </p>
      {d.respondents === 0 && (
        <p class="empty">
          Nobody has answered yet. Share the invitation links, or import answers, and come back.
        </p>
      )}
      <section aria-labelledby="matrix">
        <h2 id="matrix">How the groups see each other</h2>
        <p>{d.readings.life_positions}</p>
        <Matrix diagnosis={d} />
      </section>
      <section aria-labelledby="errors">
        <h2 id="errors">Learning from mistakes</h2>
        <ScaleBars
          results={d.climates.error}
          empty="This questionnaire does not ask how mistakes are handled."
        />
      </section>
      <section aria-labelledby="blame">
        <h2 id="blame">Blame</h2>
        <ScaleBars
          results={d.climates.blame}
          empty="This questionnaire does not ask about blame."
        />
      </section>
      <section aria-labelledby="friction">
        <h2 id="friction">Friction and having a say</h2>
        <ScaleBars
          results={d.climates.friction}
          empty="This questionnaire does not ask where security gets in the way."
        />
      </section>
      <section aria-labelledby="signs">
        <h2 id="signs">Signs of a strained relationship</h2>
        <p>
          Who speaks about whom: each row is one group's answers about another group, itself, or the
          firm as a whole.
        </p>
        <p>{d.readings.signs}</p>
        <IndicatorTable diagnosis={d} />
      </section>
      <section aria-labelledby="workarounds">
        <h2 id="workarounds">Workarounds</h2>
        <p>{d.readings.workarounds}</p>
        <WorkaroundSection diagnosis={d} />
      </section>
    </Layout>
  );
}
