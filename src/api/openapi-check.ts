/**
 * Checks an OpenAPI 3.1 document against the rules of the specification that matter to a
 * client (every reference resolves, every path parameter is declared, operation ids are
 * unique, every response is described, every schema is well formed), and checks JSON values
 * against the document's schemas (the JSON Schema 2020-12 keywords the document uses). Written
 * for the tests: no validator package is installed.
 */
type Json = unknown;
type JsonObject = Record<string, unknown>;

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const PATH_ITEM_KEYS = new Set([
  ...METHODS,
  "summary",
  "description",
  "servers",
  "parameters",
  "$ref",
]);
const PARAM_IN = new Set(["query", "header", "path", "cookie"]);
const TYPES = new Set(["string", "number", "integer", "boolean", "object", "array", "null"]);

/** Keywords this checker understands; anything else in a schema is reported. */
const SCHEMA_KEYWORDS = new Set([
  "$ref",
  "type",
  "properties",
  "required",
  "additionalProperties",
  "propertyNames",
  "items",
  "prefixItems",
  "minItems",
  "maxItems",
  "enum",
  "const",
  "anyOf",
  "oneOf",
  "allOf",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "pattern",
  "format",
  "default",
  "description",
  "title",
  "examples",
]);

function isObject(value: Json): value is JsonObject {
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

function deref(doc: JsonObject, node: Json): Json {
  let current = node;
  for (let hops = 0; hops < 20 && isObject(current) && typeof current.$ref === "string"; hops++) {
    current = resolvePointer(doc, current.$ref);
  }
  return current;
}

function checkSchema(schema: Json, at: string, problems: string[]): void {
  if (typeof schema === "boolean") return;
  if (!isObject(schema)) {
    problems.push(`${at}: a schema must be an object or a boolean`);
    return;
  }
  for (const key of Object.keys(schema)) {
    if (!SCHEMA_KEYWORDS.has(key)) problems.push(`${at}: unknown schema keyword ${key}`);
  }
  const types = schema.type === undefined ? [] : [schema.type].flat();
  for (const t of types)
    if (typeof t !== "string" || !TYPES.has(t)) problems.push(`${at}: bad type ${String(t)}`);
  if (schema.required !== undefined) {
    const req = schema.required;
    if (
      !Array.isArray(req) ||
      req.some((r) => typeof r !== "string") ||
      new Set(req).size !== req.length
    )
      problems.push(`${at}: required must list distinct names`);
    else if (isObject(schema.properties) && schema.additionalProperties === false) {
      for (const name of req as string[])
        if (!Object.hasOwn(schema.properties, name))
          problems.push(`${at}: required ${name} is not a property`);
    }
  }
  if (schema.enum !== undefined && (!Array.isArray(schema.enum) || schema.enum.length === 0))
    problems.push(`${at}: enum must be a non-empty list`);
  if (schema.pattern !== undefined) {
    try {
      new RegExp(String(schema.pattern), "u");
    } catch {
      problems.push(`${at}: pattern does not compile`);
    }
  }
  for (const key of [
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
  ]) {
    if (schema[key] !== undefined && typeof schema[key] !== "number")
      problems.push(`${at}: ${key} must be a number`);
  }
  if (schema.properties !== undefined) {
    if (!isObject(schema.properties)) problems.push(`${at}: properties must be an object`);
    else
      for (const [name, sub] of Object.entries(schema.properties))
        checkSchema(sub, `${at}.properties.${name}`, problems);
  }
  for (const key of ["additionalProperties", "items", "propertyNames"]) {
    if (schema[key] !== undefined) checkSchema(schema[key], `${at}.${key}`, problems);
  }
  for (const key of ["anyOf", "oneOf", "allOf", "prefixItems"]) {
    if (schema[key] === undefined) continue;
    const list = schema[key];
    if (!Array.isArray(list) || list.length === 0)
      problems.push(`${at}: ${key} must be a non-empty list`);
    else
      list.forEach((sub, i) => {
        checkSchema(sub, `${at}.${key}[${i}]`, problems);
      });
  }
}

function collectRefs(node: Json, at: string, out: { ref: string; at: string }[]): void {
  if (Array.isArray(node))
    node.forEach((v, i) => {
      collectRefs(v, `${at}[${i}]`, out);
    });
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") out.push({ ref: value, at });
      else collectRefs(value, `${at}.${key}`, out);
    }
  }
}

/** Every problem found, as "where: what"; an empty list for a sound document. */
export function lintOpenApi(doc: JsonObject): string[] {
  const problems: string[] = [];
  if (typeof doc.openapi !== "string" || !/^3\.1\.\d+$/.test(doc.openapi))
    problems.push("openapi must be 3.1.x");
  const info = doc.info;
  if (!isObject(info) || typeof info.title !== "string" || typeof info.version !== "string")
    problems.push("info needs a title and a version");

  const refs: { ref: string; at: string }[] = [];
  collectRefs(doc, "$", refs);
  for (const { ref, at } of refs)
    if (resolvePointer(doc, ref) === undefined)
      problems.push(`${at}: $ref ${ref} does not resolve`);

  const components = isObject(doc.components) ? doc.components : {};
  const schemes = isObject(components.securitySchemes) ? components.securitySchemes : {};
  for (const [name, scheme] of Object.entries(schemes)) {
    if (!isObject(scheme) || typeof scheme.type !== "string")
      problems.push(`securitySchemes.${name}: needs a type`);
    else if (scheme.type === "http" && typeof scheme.scheme !== "string")
      problems.push(`securitySchemes.${name}: http needs a scheme`);
  }
  const checkSecurity = (list: Json, at: string) => {
    if (list === undefined) return;
    if (!Array.isArray(list)) return problems.push(`${at}: security must be a list`);
    for (const requirement of list) {
      if (!isObject(requirement)) continue;
      for (const name of Object.keys(requirement))
        if (!Object.hasOwn(schemes, name)) problems.push(`${at}: unknown security scheme ${name}`);
    }
  };
  checkSecurity(doc.security, "security");

  const schemas = isObject(components.schemas) ? components.schemas : {};
  for (const [name, schema] of Object.entries(schemas))
    checkSchema(schema, `components.schemas.${name}`, problems);

  const declaredTags = new Set(
    Array.isArray(doc.tags) ? doc.tags.map((t) => (isObject(t) ? t.name : undefined)) : [],
  );
  const operationIds = new Set<string>();
  if (!isObject(doc.paths)) {
    problems.push("paths must be an object");
    return problems;
  }
  const templates = new Map<string, string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    if (!path.startsWith("/")) problems.push(`${path}: a path must start with /`);
    const shape = path.replace(/\{[^}]+\}/g, "{}");
    if (templates.has(shape)) problems.push(`${path}: same template as ${templates.get(shape)}`);
    templates.set(shape, path);
    if (!isObject(item)) {
      problems.push(`${path}: a path item must be an object`);
      continue;
    }
    for (const key of Object.keys(item))
      if (!PATH_ITEM_KEYS.has(key)) problems.push(`${path}: unknown key ${key}`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] as string);
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (op === undefined) continue;
      const at = `${method.toUpperCase()} ${path}`;
      if (!isObject(op)) {
        problems.push(`${at}: an operation must be an object`);
        continue;
      }
      if (typeof op.operationId !== "string" || op.operationId === "")
        problems.push(`${at}: operationId missing`);
      else if (operationIds.has(op.operationId))
        problems.push(`${at}: operationId ${op.operationId} is used twice`);
      else operationIds.add(op.operationId);
      if (Array.isArray(op.tags))
        for (const tag of op.tags)
          if (!declaredTags.has(tag)) problems.push(`${at}: tag ${String(tag)} is not declared`);
      checkSecurity(op.security, at);

      const params = [...shared, ...(Array.isArray(op.parameters) ? op.parameters : [])].map((p) =>
        deref(doc, p),
      );
      const seen = new Set<string>();
      for (const param of params) {
        if (!isObject(param) || typeof param.name !== "string" || typeof param.in !== "string") {
          problems.push(`${at}: a parameter needs a name and in`);
          continue;
        }
        if (!PARAM_IN.has(param.in))
          problems.push(`${at}: parameter ${param.name} has in: ${param.in}`);
        const key = `${param.in}:${param.name}`;
        if (seen.has(key)) problems.push(`${at}: parameter ${param.name} is declared twice`);
        seen.add(key);
        if (param.in === "path" && param.required !== true)
          problems.push(`${at}: path parameter ${param.name} must be required`);
        if (param.in === "path" && !templated.includes(param.name))
          problems.push(`${at}: path parameter ${param.name} is not in the path`);
        if (param.schema === undefined && param.content === undefined)
          problems.push(`${at}: parameter ${param.name} needs a schema`);
        if (param.schema !== undefined)
          checkSchema(param.schema, `${at} parameter ${param.name}`, problems);
      }
      for (const name of templated)
        if (!seen.has(`path:${name}`))
          problems.push(`${at}: path parameter ${name} is not declared`);

      if (op.requestBody !== undefined) {
        const body = deref(doc, op.requestBody);
        if (!isObject(body) || !isObject(body.content) || Object.keys(body.content).length === 0)
          problems.push(`${at}: requestBody needs content`);
        else
          for (const [type, media] of Object.entries(body.content)) {
            if (!isObject(media) || media.schema === undefined)
              problems.push(`${at}: ${type} needs a schema`);
            else checkSchema(media.schema, `${at} body ${type}`, problems);
          }
      }

      if (!isObject(op.responses) || Object.keys(op.responses).length === 0) {
        problems.push(`${at}: responses missing`);
        continue;
      }
      for (const [status, raw] of Object.entries(op.responses)) {
        if (!/^([1-5](\d\d|XX)|default)$/.test(status))
          problems.push(`${at}: bad status ${status}`);
        const response = deref(doc, raw);
        if (
          !isObject(response) ||
          typeof response.description !== "string" ||
          response.description === ""
        )
          problems.push(`${at} ${status}: a response needs a description`);
        else if (isObject(response.content))
          for (const [type, media] of Object.entries(response.content)) {
            if (isObject(media) && media.schema !== undefined)
              checkSchema(media.schema, `${at} ${status} ${type}`, problems);
          }
      }
    }
  }
  return problems;
}

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
