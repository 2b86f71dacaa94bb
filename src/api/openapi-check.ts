/**
 * Checks an OpenAPI 3.1 document against the rules of the specification that matter to a
 * client (every reference resolves, every path parameter is declared, operation ids are
 * unique, every response is described, every schema is well formed). Values are checked
 * against the document's schemas in openapi-validate.ts. Written for the tests: no validator
 * package is installed.
 */
import { deref, isObject, type Json, type JsonObject, resolvePointer } from "./openapi-json.js";

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
