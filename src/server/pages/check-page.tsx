import { highlight } from "../../text/check/highlight.js";
import type { MessageCheck } from "../../text/check/types.js";
import { Layout } from "../layout.js";

/** "Check a message": paste a security message, see its problems marked and how to fix them. */
export function CheckPage(props: { user: string; text?: string; check?: MessageCheck }) {
  return (
    <Layout title="Check a message" user={props.user}>
      <h1>Check a message</h1>
      <p class="lead">
        Paste a security email, a policy page or a training text. Rapport marks hard words, jargon,
        blame, warnings without advice, passive sentences and rules without reasons, and suggests
        fixes.
      </p>
      <form method="post" action="/check">
        <label for="message">Your message</label>
        <textarea id="message" name="message" rows={10} maxlength={100000}>
          {props.text ?? ""}
        </textarea>
        <div class="buttons">
          <button type="submit" class="primary">
            Check it
          </button>
        </div>
      </form>
      {props.check && props.text !== undefined && (
        <section class="card" aria-labelledby="result">
          <h2 id="result">Score: {props.check.score} out of 100</h2>
          <p class="muted">
            Reading ease {props.check.readability.flesch} (60 or more is easy);{" "}
            {props.check.readability.words} words in {props.check.readability.sentences} sentences.
          </p>
          <div class="marked">
            {highlight(props.text, props.check).map((piece) =>
              piece.marks.length === 0 ? (
                piece.text
              ) : (
                <mark
                  class={piece.marks.map((m) => `m-${m.kind}`).join(" ")}
                  title={piece.marks.map((m) => m.note).join("; ")}
                >
                  {piece.text}
                </mark>
              ),
            )}
          </div>
          {props.check.suggestions.length > 0 && (
            <>
              <h3>How to improve it</h3>
              <ol>
                {props.check.suggestions.map((s) => (
                  <li>{s}</li>
                ))}
              </ol>
            </>
          )}
        </section>
      )}
    </Layout>
  );
}
