// Cuts long input into pieces for wink. wink's tokenizer slows down sharply on very long
// tokens (a 40,000-character run takes over a second), so pasted logs or base64 blobs would
// otherwise stall the check. Pieces end at a line break or sentence end where possible.

/** Target piece length in UTF-16 units; normal prose is cut only at paragraph or sentence ends. */
export const CHUNK = 20_000;
/** Runs of non-space characters longer than this are fed to wink in pieces of this size. */
export const LONG_RUN = 1_000;

function safeCut(text: string, at: number): number {
  const code = text.charCodeAt(at);
  // Never separate the two halves of a surrogate pair.
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

function cutBefore(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const window = text.slice(from + CHUNK / 2, limit);
  const base = from + CHUNK / 2;
  const para = window.lastIndexOf("\n\n");
  if (para >= 0) return base + para + 2;
  const line = window.lastIndexOf("\n");
  if (line >= 0) return base + line + 1;
  let sentence = -1;
  for (const m of window.matchAll(/[.!?]\s/g)) sentence = m.index + 2;
  if (sentence >= 0) return base + sentence;
  const space = window.search(/\s\S*$/);
  if (space >= 0) return base + space + 1;
  return safeCut(text, limit);
}

const LONG = new RegExp(`\\S{${LONG_RUN},}`);

/** [start, end) pieces that together cover the text, in order. */
export function* chunks(text: string): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    let to = cutBefore(text, from, from + CHUNK);
    const run = LONG.exec(text.slice(from, to));
    if (run) {
      // Text before the run goes first; the run itself then goes in fixed-size slices.
      to = run.index > 0 ? from + run.index : safeCut(text, from + LONG_RUN);
    }
    yield [from, to];
    from = to;
  }
}
