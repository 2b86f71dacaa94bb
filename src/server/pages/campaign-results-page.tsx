// A campaign's results: figures per question with their intervals, the breakdown picker, and
// the written answers that pass the privacy gate, filterable by relationship sign.
import type { Dimension } from "../../analysis/dimension.js";
import type { Report } from "../../analysis/report.js";
import { scalesOf } from "../../analysis/scales.js";
import type { CampaignRow } from "../../campaign/campaign.repository.js";
import { itemsOf } from "../../instrument/instrument.js";
import type { InstrumentDefinition } from "../../instrument/instrument.schema.js";
import { COMMUNITY_LABELS, type Community } from "../../organisation/organisation.js";
import { INDICATOR_CODES, type IndicatorCode } from "../../text/indicators/index.js";
import { INDICATOR_LABELS, type OpenAnswerList, piecesOf } from "../../text/open-answer-list.js";
import { Layout } from "../layout.js";
import { StatusBadge } from "./campaign-pages.js";
import { ReportFigures } from "./report-page.js";

function communityLabel(key: string | null): string {
  if (key === null) return "Not given";
  return COMMUNITY_LABELS[key as Community] ?? key;
}

export function CampaignResultsPage(props: {
  user: string;
  campaign: CampaignRow;
  report: Report;
  definition: InstrumentDefinition;
  available: Dimension[];
  by: Dimension | undefined;
  answers: OpenAnswerList;
  only: IndicatorCode | undefined;
  viewer?: boolean;
}) {
  const c = props.campaign;
  const base = `/campaigns/${c.id}/results`;
  const itemText = new Map(itemsOf(props.definition).map((i) => [i.code, i.text]));
  const filterHref = (code: IndicatorCode | undefined) => {
    const params = new URLSearchParams();
    if (props.by) params.set("by", props.by);
    if (code) params.set("sign", code);
    const q = params.toString();
    return `${base}${q ? `?${q}` : ""}#written`;
  };
  return (
    <Layout
      title={`Results: ${c.name}`}
      user={props.user}
      section="campaigns"
      viewer={props.viewer}
    >
      {!props.viewer && (
        <p>
          <a href={`/campaigns/${c.id}`}>Back to the campaign</a>
        </p>
      )}
      <h1>Results: {c.name}</h1>
      <p class="lead">
        {c.organisation} · <StatusBadge status={c.status} /> ·{" "}
        <a href={`/campaigns/${c.id}/changes`}>What changed since the last wave</a>
      </p>
      {scalesOf(props.definition).length > 0 && (
        <p>
          <a href={`/campaigns/${c.id}/diagnosis`}>See the relationship diagnosis</a>: how the
          groups see each other, blame, friction and workarounds.
        </p>
      )}
      <ReportFigures
        report={props.report}
        definition={props.definition}
        available={props.available}
        by={props.by}
        baseHref={base}
      />
      <section aria-labelledby="written" id="written">
        <h2 id="written-title">Written answers</h2>
        {!props.answers.visible ? (
          <p class="hidden-group">
            Written answers appear once at least {props.report.min_group_size} people have answered,
            to protect anonymity.
          </p>
        ) : (
          <>
            <p class="muted">
              Grouped by community, for groups with at least {props.report.min_group_size}{" "}
              respondents. Email addresses and phone numbers are masked. Marked words are the ones
              that point to a sign of a strained relationship.
            </p>
            <nav class="breakdown" aria-label="Show only answers with a sign">
              <a
                href={filterHref(undefined)}
                aria-current={props.only === undefined ? "page" : undefined}
              >
                All answers
              </a>
              {INDICATOR_CODES.map((code) => (
                <a href={filterHref(code)} aria-current={props.only === code ? "page" : undefined}>
                  {INDICATOR_LABELS[code]} ({props.answers.counts[code]})
                </a>
              ))}
            </nav>
            {props.answers.groups.map((g) => (
              <section class="card">
                <h3>{communityLabel(g.group)}</h3>
                {g.suppressed ? (
                  <p class="hidden-group">
                    Fewer than {props.report.min_group_size} answers: hidden to protect anonymity.
                  </p>
                ) : g.answers.length === 0 ? (
                  <p class="muted">No written answers{props.only ? " with this sign" : ""}.</p>
                ) : (
                  <ul class="answers">
                    {g.answers.map((a) => (
                      <li>
                        <p class="muted small">
                          {a.item.startsWith("note:")
                            ? `Interview note: ${itemText.get(a.item.slice(5)) ?? a.item.slice(5)}`
                            : (itemText.get(a.item) ?? a.item)}
                        </p>
                        <p>
                          {piecesOf(a.text, a.evidence, props.only).map((p) =>
                            p.indicators.length === 0 ? (
                              p.text
                            ) : (
                              <mark
                                class="m-sign"
                                title={p.indicators.map((i) => INDICATOR_LABELS[i]).join(", ")}
                              >
                                {p.text}
                              </mark>
                            ),
                          )}
                        </p>
                        {a.indicators.length > 0 && (
                          <p class="signs">
                            {a.indicators.map((i) => (
                              <span class="tag">{INDICATOR_LABELS[i]}</span>
                            ))}
                          </p>
                        )}
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </>
        )}
      </section>
    </Layout>
  );
}
