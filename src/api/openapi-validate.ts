/**
 * Checks JSON values against an OpenAPI document's schemas: the JSON Schema 2020-12 keywords
 * the document uses (openapi-check.ts refuses any other). Written for the tests: no validator
 * package is installed.
 */
import { deref, isObject, type Json, type JsonObject, resolvePointer } from "./openapi-json.js";

const FORMATS: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  "date-time": /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
};

function typeOf(value: Json): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Where a value breaks the schema, as "$.path: what"; an empty list when it fits. */
export function validateValue(doc: JsonObject, schema: Json, value: Json, at = "$"): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${at}: no value is allowed here`];
  if (!isObject(schema)) return [`${at}: the schema is not an object`];
  const problems: string[] = [];
  if (typeof schema.$ref === "string")
    problems.push(...validateValue(doc, resolvePointer(doc, schema.$ref), value, at));
  if (schema.type !== undefined) {
    const allowed = [schema.type].flat() as string[];
    const actual = typeOf(value);
    if (!allowed.includes(actual) && !(actual === "integer" && allowed.includes("number")))
      return [...problems, `${at}: expected ${allowed.join(" or ")}, got ${actual}`];
  }
  if (
    schema.enum !== undefined &&
    !(schema.enum as Json[]).some((e) => JSON.stringify(e) === JSON.stringify(value))
  )
    problems.push(`${at}: ${JSON.stringify(value)} is not one of the allowed values`);
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value))
    problems.push(`${at}: must be ${JSON.stringify(schema.const)}`);
  if (typeof value === "number") {
    if (typeof schema.minimum === "number" && value < schema.minimum)
      problems.push(`${at}: below ${schema.minimum}`);
    if (typeof schema.maximum === "number" && value > schema.maximum)
      problems.push(`${at}: above ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === "number" && value <= schema.exclusiveMinimum)
      problems.push(`${at}: too small`);
    if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum)
      problems.push(`${at}: too large`);
  }
  if (typeof value === "string") {
    const length = [...value].length;
    if (typeof schema.minLength === "number" && length < schema.minLength)
      problems.push(`${at}: too short`);
    if (typeof schema.maxLength === "number" && length > schema.maxLength)
      problems.push(`${at}: too long`);
    if (typeof schema.pattern === "string" && !new RegExp(schema.pattern, "u").test(value))
      problems.push(`${at}: does not match ${schema.pattern}`);
    const format = typeof schema.format === "string" ? FORMATS[schema.format] : undefined;
    if (format && !format.test(value)) problems.push(`${at}: not a ${String(schema.format)}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === "number" && value.length < schema.minItems)
      problems.push(`${at}: too few items`);
    if (typeof schema.maxItems === "number" && value.length > schema.maxItems)
      problems.push(`${at}: too many items`);
    const prefix = Array.isArray(schema.prefixItems) ? schema.prefixItems : [];
    value.forEach((item, i) => {
      const sub = i < prefix.length ? prefix[i] : schema.items;
      if (sub !== undefined) problems.push(...validateValue(doc, sub, item, `${at}[${i}]`));
    });
  }
  if (isObject(value)) {
    const properties = isObject(schema.properties) ? schema.properties : {};
    if (Array.isArray(schema.required))
      for (const name of schema.required as string[])
        if (!Object.hasOwn(value, name)) problems.push(`${at}: ${name} is missing`);
    for (const [key, item] of Object.entries(value)) {
      if (schema.propertyNames !== undefined)
        problems.push(...validateValue(doc, schema.propertyNames, key, `${at}{${key}}`));
      if (Object.hasOwn(properties, key))
        problems.push(...validateValue(doc, properties[key], item, `${at}.${key}`));
      else if (schema.additionalProperties !== undefined)
        problems.push(...validateValue(doc, schema.additionalProperties, item, `${at}.${key}`));
    }
  }
  if (Array.isArray(schema.allOf))
    for (const sub of schema.allOf) problems.push(...validateValue(doc, sub, value, at));
  if (
    Array.isArray(schema.anyOf) &&
    !schema.anyOf.some((sub) => validateValue(doc, sub, value, at).length === 0)
  )
    problems.push(`${at}: matches none of anyOf`);
  if (
    Array.isArray(schema.oneOf) &&
    schema.oneOf.filter((sub) => validateValue(doc, sub, value, at).length === 0).length !== 1
  )
    problems.push(`${at}: must match exactly one of oneOf`);
  return problems;
}

/** The schema an operation documents for a status, or undefined when it documents none. */
export function responseSchema(
  doc: JsonObject,
  method: string,
  path: string,
  status: number,
): Json {
  const paths = isObject(doc.paths) ? doc.paths : {};
  const item = paths[path];
  const op = isObject(item) ? item[method] : undefined;
  const responses = isObject(op) && isObject(op.responses) ? op.responses : {};
  const response = deref(doc, responses[String(status)]);
  if (!isObject(response) || !isObject(response.content)) return undefined;
  const media = response.content["application/json"];
  return isObject(media) ? media.schema : undefined;
}
