/**
 * Size limits of a JSON schema (response_format or a tool's parameters), checked before anything
 * walks the schema recursively, so no schema can overflow the stack, exhaust memory or stall the
 * model. Two kinds:
 * - the API's documented Structured Outputs limits (OpenAI guide, "Structured Outputs" >
 *   "Supported schemas": up to 5,000 object properties with up to 10 levels of nesting; property
 *   names, definition names, enum and const values at most 120,000 characters in all; at most
 *   1,000 enum values; a string enum of more than 250 values at most 15,000 characters);
 * - the offline model's generation caps, where the API has no documented number but the model
 *   must write the value: minItems, minLength, pattern length and syntax.
 * The walk is iterative and stops at the first limit crossed, so its cost is bounded by the body size.
 */
import { invalidRequest, type ApiError } from "./errors";
import { compilePattern } from "./pattern";

export const SCHEMA_LIMITS = {
  /** Levels of nested object and array schemas (the root object is level 1). */
  nesting: 10,
  properties: 5_000,
  enumValues: 1_000,
  /** Property names, definition names, enum values and const values, together. */
  stringLength: 120_000,
  /** A single string enum with more values than this... */
  largeEnumValues: 250,
  /** ...may hold at most this many characters. */
  largeEnumLength: 15_000,
} as const;

export const GENERATION_CAPS = {
  minItems: 1_000,
  minLength: 10_000,
  /** JSON nesting of the schema document itself (anyOf in anyOf, "default" values...). */
  jsonDepth: 100,
} as const;

const SUBSCHEMA_LISTS = ["anyOf", "oneOf", "allOf", "prefixItems"] as const;
const SUBSCHEMA_MAPS = ["$defs", "definitions"] as const;

type Frame = { node: unknown; level: number; context: string[] };

/**
 * Throws a 400 invalid_request_error naming the first limit `schema` crosses.
 * `owner` is how the API names the schema: "response_format 'recipe'" or "function 'get_weather'".
 */
export function checkSchemaLimits(schema: unknown, owner: string, param: string): void {
  const fail = (why: string, context: string[] = []): ApiError =>
    invalidRequest(
      `Invalid schema for ${owner}: ${context.length ? `In context=(${context.map((c) => `'${c}'`).join(", ")}), ` : ""}${why}`,
      param,
      "invalid_schema",
    );

  const tooDeep = () =>
    fail(
      `the schema is nested more than ${GENERATION_CAPS.jsonDepth} levels deep (offline model limit). Flatten it, or use $defs and $ref.`,
    );

  let properties = 0;
  let enumValues = 0;
  let stringLength = 0;
  const addStrings = (n: number, context: string[]) => {
    stringLength += n;
    if (stringLength > SCHEMA_LIMITS.stringLength) {
      throw fail(
        `the total string length of property names, definition names, enum values and const values exceeds limit of ${SCHEMA_LIMITS.stringLength}.`,
        context,
      );
    }
  };

  const stack: Frame[] = [{ node: schema, level: 1, context: [] }];
  while (stack.length) {
    const { node, level, context } = stack.pop()!;
    if (!isObject(node)) continue;
    // anyOf inside anyOf adds no level of nesting, but must not go on for ever either.
    if (context.length > GENERATION_CAPS.jsonDepth) throw tooDeep();
    const nests =
      isObject(node.properties) ||
      node.items !== undefined ||
      node.prefixItems !== undefined ||
      hasType(node, "object") ||
      hasType(node, "array");
    if (nests && level > SCHEMA_LIMITS.nesting)
      throw fail(`${level} levels of nesting exceeds limit of ${SCHEMA_LIMITS.nesting}.`, context);

    if (isObject(node.properties)) {
      const keys = Object.keys(node.properties);
      properties += keys.length;
      if (properties > SCHEMA_LIMITS.properties)
        throw fail(`${properties} object properties exceeds limit of ${SCHEMA_LIMITS.properties}.`, context);
      for (const key of keys) {
        addStrings(key.length, context);
        stack.push({ node: node.properties[key], level: level + 1, context: [...context, "properties", key] });
      }
    }
    if (Array.isArray(node.enum)) {
      enumValues += node.enum.length;
      if (enumValues > SCHEMA_LIMITS.enumValues)
        throw fail(`${enumValues} enum values exceeds limit of ${SCHEMA_LIMITS.enumValues}.`, context);
      const strings = node.enum.filter((v): v is string => typeof v === "string");
      const length = strings.reduce((sum, s) => sum + s.length, 0);
      if (strings.length > SCHEMA_LIMITS.largeEnumValues && length > SCHEMA_LIMITS.largeEnumLength) {
        throw fail(
          `an enum of ${strings.length} string values has ${length} characters in all, which exceeds limit of ${SCHEMA_LIMITS.largeEnumLength} for enums of more than ${SCHEMA_LIMITS.largeEnumValues} values.`,
          context,
        );
      }
      addStrings(length, context);
    }
    if (typeof node.const === "string") addStrings(node.const.length, context);

    checkGenerationCaps(node, context, fail);

    if (node.items !== undefined) {
      const items = Array.isArray(node.items) ? node.items : [node.items];
      items.forEach((item, i) =>
        stack.push({
          node: item,
          level: level + 1,
          context: [...context, "items", ...(Array.isArray(node.items) ? [String(i)] : [])],
        }),
      );
    }
    if (isObject(node.additionalProperties))
      stack.push({ node: node.additionalProperties, level: level + 1, context: [...context, "additionalProperties"] });
    for (const key of SUBSCHEMA_LISTS) {
      const list = node[key];
      // A union's branches sit at the union's own level; tuple items are one level down.
      if (Array.isArray(list))
        list.forEach((s, i) =>
          stack.push({
            node: s,
            level: key === "prefixItems" ? level + 1 : level,
            context: [...context, key, String(i)],
          }),
        );
    }
    for (const key of SUBSCHEMA_MAPS) {
      const defs = node[key];
      if (!isObject(defs)) continue;
      for (const [name, def] of Object.entries(defs)) {
        addStrings(name.length, context);
        stack.push({ node: def, level: 1, context: [...context, key, name] });
      }
    }
  }
  // Depth hidden where no subschema lives ("default", "examples", unknown keywords).
  checkJsonDepth(schema, tooDeep);
}

function checkGenerationCaps(
  node: Record<string, unknown>,
  context: string[],
  fail: (why: string, context: string[]) => ApiError,
): void {
  if (typeof node.minItems === "number" && node.minItems > GENERATION_CAPS.minItems) {
    throw fail(
      `minItems ${node.minItems} exceeds limit of ${GENERATION_CAPS.minItems} (offline model: it writes every item).`,
      context,
    );
  }
  if (typeof node.minLength === "number" && node.minLength > GENERATION_CAPS.minLength) {
    throw fail(
      `minLength ${node.minLength} exceeds limit of ${GENERATION_CAPS.minLength} (offline model: it writes every character).`,
      context,
    );
  }
  if (node.pattern !== undefined) {
    if (typeof node.pattern !== "string")
      throw fail(`'pattern' must be a string, not ${typeof node.pattern}.`, context);
    const compiled = compilePattern(node.pattern);
    if (typeof compiled === "string")
      throw fail(
        `pattern ${JSON.stringify(node.pattern.slice(0, 80))}${node.pattern.length > 80 ? "…" : ""} cannot be used: ${compiled}.`,
        context,
      );
  }
}

/** Iterative, so a value nested 5,000 deep is measured without recursion. */
function checkJsonDepth(value: unknown, fail: () => ApiError): void {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 1 }];
  while (stack.length) {
    const { v, depth } = stack.pop()!;
    if (typeof v !== "object" || v === null) continue;
    if (depth > GENERATION_CAPS.jsonDepth) throw fail();
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === "object" && child !== null) stack.push({ v: child, depth: depth + 1 });
    }
  }
}

function hasType(node: Record<string, unknown>, type: string): boolean {
  return node.type === type || (Array.isArray(node.type) && node.type.includes(type));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
