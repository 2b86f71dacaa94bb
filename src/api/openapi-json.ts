/** JSON values as the OpenAPI checks read them, and local references ($ref) within a document. */
export type Json = unknown;
export type JsonObject = Record<string, unknown>;

export function isObject(value: Json): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local reference such as #/components/schemas/Campaign; undefined if it leads nowhere. */
export function resolvePointer(doc: JsonObject, ref: string): Json {
  if (!ref.startsWith("#")) return undefined;
  let node: Json = doc;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node)) node = Object.hasOwn(node, key) ? node[key] : undefined;
    else return undefined;
  }
  return node;
}

/** Follows $ref after $ref (at most 20) to the node they lead to. */
export function deref(doc: JsonObject, node: Json): Json {
  let current = node;
  for (let hops = 0; hops < 20 && isObject(current) && typeof current.$ref === "string"; hops++) {
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}
