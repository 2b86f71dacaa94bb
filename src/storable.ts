/**
 * PostgreSQL cannot store U+0000 in text, nor an unpaired surrogate in jsonb. Whatever people
 * type or upload goes through here first: NUL is dropped (it is never meant), and a lone
 * surrogate becomes U+FFFD, the usual sign for a character that could not be read.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function storableText(text: string): string {
  return text.replace(/\u0000/g, "").replace(LONE_SURROGATE, "\uFFFD");
}

/** The same for every string inside parsed JSON, keys included. */
export function storable(value: unknown): unknown {
  if (typeof value === "string") return storableText(value);
  if (Array.isArray(value)) return value.map(storable);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [storableText(k), storable(v)]),
    );
  }
  return value;
}
