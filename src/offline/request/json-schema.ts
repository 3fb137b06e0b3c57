/**
 * Structured Outputs offline: an answer built from the JSON schema itself, so it always validates.
 * Free-text string fields are generated token by token (quotes and escapes masked); everything
 * the schema constrains (enums, formats, numbers, lengths) is written as fixed text.
 */
import type { SegmentWriter } from "../model/segments";
import { invalidRequest } from "./errors";
import { compilePattern, type Pattern } from "./pattern";
import { regexExample } from "./regex-example";
import { GENERATION_CAPS } from "./schema-limits";
import { jsonSafe } from "../model/segments";
import {
  cueWords,
  entitiesIn,
  openerOnly,
  enumPointed,
  fieldKind,
  fieldNumber,
  isResultField,
  worksOut,
  fieldValue,
  headPhrase,
  isoDate,
  itemCount,
  itemName,
  itemsFor,
  materialBoolean,
  materialOf,
  namePart,
  recipeName,
  shiftedDate,
  introducedNames,
  materialValue,
  questionSubject,
  type FieldSources,
} from "./field-values";

/**
 * The most fixed text one schema may make the model write: a guard against schemas whose parts
 * are each within limits but multiply (minItems 1000 inside minItems 1000), far above any real answer.
 */
export const MAX_SCHEMA_OUTPUT_CHARS = 400_000;

export interface AnswerContent {
  title: string;
  text: string;
  sentences: string[];
  points: string[];
  count?: number;
  /** Names in the user's message (for fields like "city"), and the message itself (for "query"). */
  entities?: string[];
  query?: string;
  /** What a search tool is asked to find ("running shoes"), when the message says it in more words. */
  search?: string;
  /** Values a skill looked up, by field name: a field of that name (any case or separator) gets it. */
  fields?: Record<string, string | number>;
  /**
   * The model cannot answer (the decline): fields that may be null are null, arrays as short as
   * allowed, and the first text field says why, so a schema-valid reply still invents nothing.
   */
  unknown?: boolean;
  /**
   * The text the prompt gives to extract from ("Extract the order: 'I'd like 3 pizzas...'"): every
   * field's value comes from it (or is null, or "unknown"), never from a passage.
   */
  material?: string;
}

/** The looked-up value for a field: "atomicNumber", "atomic_number" and "Atomic number" are one name. */
function lookedUp(content: AnswerContent, name: string): string | number | undefined {
  if (!content.fields || !name) return undefined;
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  for (const [k, v] of Object.entries(content.fields)) if (k.toLowerCase().replace(/[^a-z0-9]/g, "") === key) return v;
  return undefined;
}

type Schema = Record<string, unknown>;

interface Ctx {
  root: Schema;
  content: AnswerContent;
  cursor: number;
  usedText: boolean;
  depth: number;
  /** Characters of fixed text still allowed (see MAX_SCHEMA_OUTPUT_CHARS). */
  budget: number;
  /** Fields that got a value nothing grounds (a default year, age or yes) where the prompt asked for facts. */
  invented: string[];
  /** The list item an object in an array is written for, when extracting (one order line). */
  item?: string;
  /** The array's own field name, for its items (whose name is the singular). */
  arrayName?: string;
  /** The lengths of the arrays beside the field being written, by name: a count field counts one. */
  siblings?: Map<string, number>;
}

const INVENTED = new WeakMap<object, string[]>();

/**
 * The fields a writer had to fill with a value nothing grounds, where the prompt asks for facts
 * rather than for made-up data: such a reply would be confidently wrong, so the caller declines.
 */
export function inventedBy(w: SegmentWriter): string[] {
  return INVENTED.get(w) ?? [];
}

/** The prompt asks for made-up data (an example, a fake profile, test data): any value of the right kind will do. */
export function asksForMadeUp(query: string): boolean {
  // "Create a JSON object for Pride and Prejudice" creates the JSON, not the facts in it.
  const asked = query.replace(
    /\b(?:create|generate|make|build|write)\s+(?:me\s+)?(?:a\s+|an\s+)?(?:valid\s+)?json\b/gi,
    " ",
  );
  return /\b(make up|made-up|invent|fake|fictional|fictitious|imaginary|sample|example|mock|dummy|placeholder|random|generate|create|design|test data|pretend|character|persona|profile for)\b/i.test(
    asked,
  );
}

/** A value a prompt for facts must not get by default: judgments (confidence, a rating) are not facts. */
const JUDGMENT =
  /confidence|probability|certainty|likelihood|score|rating|stars|priority|importance|rank|index|order|position|step|count|number_of|items|length|size/i;

const LONG_TEXT =
  /summary|answer|description|explanation|text|content|body|response|reply|message|reason|reasoning|details?|tagline|slogan|haiku|poem|quote|story|advice|feedback|definition|overview|analysis/i;
const TITLE = /title|name|topic|subject|heading|label|category|headline/i;
/** The writer's own titles for a skill's reply, never a value. */
const PLACEHOLDER = /^(?:reply|summary|answer|names|ideas)$/i;
/** Fields meant for a sentence of the reply (a why, a tip), though their names are short. */
const PROSE_SLOT =
  /why|how|note|comment|tip|hint|fact|example|step|sentence|line|question|caption|motto|joke|idea|suggest|recommend|benefit|remark|explan|desc|insight|lesson|moral|warning|instruction|translat|greeting|word|because|purpose|meaning|verdict|result|output|value|outcome/i;

export function writeFromSchema(w: SegmentWriter, schema: unknown, content: AnswerContent): void {
  const root = isObject(schema) ? schema : {};
  const ctx: Ctx = {
    root,
    content,
    cursor: 0,
    usedText: false,
    depth: 0,
    budget: MAX_SCHEMA_OUTPUT_CHARS,
    invented: [],
  };
  value(budgeted(w, ctx), root, "", ctx);
  INVENTED.set(w, ctx.invented);
}

/** The writer, counting what it is given against the budget. */
function budgeted(w: SegmentWriter, ctx: Ctx): SegmentWriter {
  const spend = (text: string) => {
    ctx.budget -= text.length;
    if (ctx.budget < 0) {
      throw invalidRequest(
        `The JSON schema asks for a value longer than ${MAX_SCHEMA_OUTPUT_CHARS} characters (offline model limit), e.g. minItems inside minItems. Lower minItems or minLength.`,
        null,
        "invalid_schema",
      );
    }
  };
  return new Proxy(w, {
    get(target, prop, receiver) {
      if (prop === "fixed") return (text: string) => (spend(text), target.fixed(text), receiver);
      if (prop === "jsonString") return (text: string) => (spend(text), target.jsonString(text), receiver);
      const v = Reflect.get(target, prop, target);
      return typeof v === "function" ? v.bind(target) : v;
    },
  });
}

function value(w: SegmentWriter, raw: unknown, name: string, ctx: Ctx, arrayIndex?: number): void {
  const schema = resolve(raw, ctx.root);
  if (ctx.depth > 12) {
    // A schema that refers to itself without an end: stop with the smallest value of the type.
    const t = typeOf(schema);
    w.fixed(
      t === "object"
        ? "{}"
        : t === "array"
          ? "[]"
          : t === "integer" || t === "number"
            ? "0"
            : t === "boolean"
              ? "false"
              : t === "null"
                ? "null"
                : '""',
    );
    return;
  }
  if ("const" in schema) {
    w.fixed(JSON.stringify(schema.const));
    return;
  }
  if (ctx.content.unknown && unknownValue(w, schema, name, ctx)) return;
  if (Array.isArray(schema.enum) && schema.enum.length) {
    const given = lookedUp(ctx.content, name);
    const match = schema.enum.find(
      (o) => given !== undefined && String(o).toLowerCase() === String(given).toLowerCase(),
    );
    const pointed = match ?? enumPointed(schema.enum, sources(ctx.content));
    // A label of a given text that none of its words points to: the first option would be a guess.
    if (pointed === undefined && ctx.content.material !== undefined && !asksForMadeUp(ctx.content.query ?? ""))
      ctx.invented.push(name);
    w.fixed(JSON.stringify(pointed ?? schema.enum[0]));
    return;
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length) {
      const resolved = options.map((o) => resolve(o, ctx.root));
      // Deep in a recursive schema, take the null branch when there is one, so the value ends.
      const chosen =
        (ctx.depth > 3 ? resolved.find((o) => typeOf(o) === "null") : undefined) ??
        resolved.find((o) => typeOf(o) !== "null") ??
        resolved[0];
      const nullable = resolved.some((o) => typeOf(o) === "null") ? { [NULLABLE]: true } : {};
      value(w, { ...without(schema, key), ...(isObject(chosen) ? chosen : {}), ...nullable }, name, ctx, arrayIndex);
      return;
    }
  }
  if (Array.isArray(schema.allOf)) {
    let merged: Schema = without(schema, "allOf");
    for (const part of schema.allOf) merged = mergeSchemas(merged, resolve(part, ctx.root));
    value(w, merged, name, ctx, arrayIndex);
    return;
  }
  switch (typeOf(schema)) {
    case "object":
      return object(w, schema, ctx);
    case "array":
      return array(w, schema, name, ctx);
    case "integer":
    case "number":
      // A year or an age nobody gave is null where the schema allows it, not a made-up number.
      if (
        (schema[NULLABLE] === true || (Array.isArray(schema.type) && schema.type.includes("null"))) &&
        /year|age|population|founded|born/i.test(name) &&
        fieldNumber(name, sources(ctx.content)) === undefined &&
        lookedUp(ctx.content, name) === undefined
      ) {
        w.fixed("null");
        return;
      }
      w.fixed(String(numberFor(schema, name, ctx)));
      return;
    case "boolean": {
      const material = ctx.content.material;
      const read =
        material === undefined
          ? undefined
          : ctx.item !== undefined && /^(?:done|completed?|checked|finished|is_done|is_completed)$/i.test(name)
            ? /\b(?:done|finished|completed)\b/i.test(ctx.item)
            : materialBoolean(name, ctx.item ?? material);
      if (read !== undefined) {
        w.fixed(String(read));
        return;
      }
      const given = lookedUp(ctx.content, name);
      // A yes or no the given text does not settle is null where allowed, else no reply may claim it.
      if (given === undefined && material !== undefined) {
        if (schema[NULLABLE] === true || (Array.isArray(schema.type) && schema.type.includes("null"))) {
          w.fixed("null");
          return;
        }
        if (!asksForMadeUp(ctx.content.query ?? "")) ctx.invented.push(name);
      }
      // "Is a tomato a fruit?" with {"answer": boolean}: yes or no is the claim itself.
      if (given === undefined && /\?\s*$/.test(ctx.content.query ?? "") && !asksForMadeUp(ctx.content.query ?? ""))
        ctx.invented.push(name);
      w.fixed(
        given !== undefined
          ? String(/^(true|yes|1)$/i.test(String(given)))
          : /error|fail|invalid|spam|toxic|deprecated|unsafe/i.test(name)
            ? "false"
            : "true",
      );
      return;
    }
    case "null":
      w.fixed("null");
      return;
    default:
      return string(w, schema, name, ctx, arrayIndex);
  }
}

function object(w: SegmentWriter, schema: Schema, ctx: Ctx): void {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const keys = Object.keys(properties);
  const outer = ctx.siblings;
  // "items" and "item_count": the count is the length the array will have, whichever comes first.
  const siblings = new Map<string, number>();
  w.fixed("{");
  ctx.depth++;
  for (const key of keys) {
    const field = resolve(properties[key], ctx.root);
    if (typeOf(field) === "array" && !("const" in field)) siblings.set(key, arrayPlan(field, key, ctx).n);
  }
  keys.forEach((key, i) => {
    if (i > 0) w.fixed(", ");
    w.fixed(`${JSON.stringify(key)}: `);
    ctx.siblings = siblings;
    value(w, properties[key], key, ctx);
  });
  ctx.siblings = outer;
  ctx.depth--;
  w.fixed("}");
}

interface ArrayPlan {
  n: number;
  tuple: unknown[] | null;
  items: string[];
  listed: string[];
}

/** How many items an array gets, and the items the text or a skill's list gives for it. */
function arrayPlan(schema: Schema, name: string, ctx: Ctx): ArrayPlan {
  const min = capped(nonNegative(schema.minItems) ?? 0, "minItems", GENERATION_CAPS.minItems);
  const max = nonNegative(schema.maxItems) ?? Infinity;
  const tuple = Array.isArray(schema.prefixItems)
    ? schema.prefixItems
    : Array.isArray(schema.items)
      ? schema.items
      : null;
  let n: number;
  const items =
    ctx.content.material !== undefined && ctx.item === undefined ? itemsFor(name, ctx.content.material) : [];
  // A skill's one sentence that lists ("The usual count is seven: Africa, Antarctica, ...") gives the items.
  const listed =
    ctx.content.material === undefined && ctx.content.points.length === 1 ? colonList(ctx.content.points[0]) : [];
  // "give 2 short tags": the prompt's own count for this array, never more than the text gives.
  const asked = ctx.item === undefined && ctx.depth <= 1 ? askedLength(ctx.content.query ?? "", name) : undefined;
  const has = listed.length || items.length;
  if (tuple) n = tuple.length;
  else if (ctx.depth > 4 || ctx.content.unknown) n = min;
  else if (asked !== undefined && (has ? asked <= has : ctx.content.material === undefined)) n = asked;
  else if (listed.length) n = listed.length;
  else if (items.length) n = items.length;
  // Extracting from a text that lists nothing of the kind: no item is made up.
  else if (ctx.content.material !== undefined && ctx.item === undefined) n = min;
  else n = ctx.content.count ?? Math.min(Math.max(ctx.content.points.length, 3), 5);
  return { n: Math.max(min, Math.min(max, n)), tuple, items, listed };
}

const COUNT_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

/** "give 2 short tags", "three keywords": the number of items the prompt asks for an array of this name. */
function askedLength(query: string, name: string): number | undefined {
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((x) => x.length > 2);
  const head = words.at(-1);
  if (!head) return undefined;
  const stem = singular(head).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`\\b(\\d{1,2}|${COUNT_WORDS.join("|")})\\s+(?:[a-z-]+\\s+){0,2}?${stem}(?:s|es)?\\b`, "i").exec(
    query,
  );
  if (!m) return undefined;
  const n = /^\d/.test(m[1]) ? Number(m[1]) : COUNT_WORDS.indexOf(m[1].toLowerCase()) + 1;
  return n >= 1 && n <= 20 ? n : undefined;
}

function array(w: SegmentWriter, schema: Schema, name: string, ctx: Ctx): void {
  const { n, tuple, items, listed } = arrayPlan(schema, name, ctx);
  const content = ctx.content;
  if (listed.length) ctx.content = { ...content, points: listed };
  w.fixed("[");
  ctx.depth++;
  for (let i = 0; i < n; i++) {
    if (i > 0) w.fixed(", ");
    const item = tuple ? tuple[i] : schema.items;
    const objects = typeOf(resolve(item ?? {}, ctx.root)) === "object";
    // Extracting, each object of the array is written for one item of the text ("3 large pizzas").
    const outer = ctx.item;
    const outerName = ctx.arrayName;
    if (objects && items.length) ctx.item = items[i % items.length];
    ctx.arrayName = name;
    value(w, item ?? { type: "string" }, singular(name), ctx, i);
    ctx.item = outer;
    ctx.arrayName = outerName;
  }
  ctx.depth--;
  ctx.content = content;
  w.fixed("]");
}

/** "...: Africa, Asia (Oceania), Europe and South America." -> the items, when three or more. */
function colonList(sentence: string): string[] {
  const m = /:\s*([^:]+?)\.?$/.exec(sentence);
  if (!m) return [];
  const items = m[1]
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
  return items.length >= 3 && items.every((x) => x.split(/\s+/).length <= 4) ? items : [];
}

function string(w: SegmentWriter, schema: Schema, name: string, ctx: Ctx, arrayIndex?: number): void {
  // A date the prompt gives is the date, in the format asked; a made-up one only when it gives none.
  const formatted =
    (schema.format === "date" ? isoDate(ctx.content.material ?? ctx.content.query ?? "") : undefined) ??
    formatValue(schema.format);
  if (formatted !== undefined) {
    w.fixed(JSON.stringify(formatted));
    return;
  }
  let text: string;
  const { content } = ctx;
  // A value a skill looked up wins; then the kind of value the field's name asks for.
  const given = lookedUp(content, name);
  // A list a skill gave ("Red", "Yellow", "Blue") fills an array item by item, before any kind's single value.
  const listed = arrayIndex !== undefined && content.material === undefined ? content.points[arrayIndex] : undefined;
  let typed =
    listed !== undefined && listed.split(/\s+/).length <= 4
      ? listed
      : given !== undefined && arrayIndex === undefined
        ? String(given)
        : content.material !== undefined
          ? extracted(name, schema, ctx, arrayIndex)
          : kindValue(name, schema, ctx, arrayIndex);
  // "date": "YYYY-MM-DD" in the description: "12 March 2027" is written as 2027-03-12.
  if (typeof typed === "string" && /YYYY-MM-DD|ISO[ -]?8601|ISO date/i.test(String(schema.description ?? "")))
    typed = isoDate(typed) ?? typed;
  if (typed === null) {
    w.fixed("null");
    return;
  }
  if (
    typed !== undefined &&
    content.material !== undefined &&
    !(schema.maxLength ?? schema.minLength ?? schema.pattern)
  ) {
    // A value taken from the prompt's text is written as it stands (an apostrophe, a name), not re-sampled.
    w.fixed(JSON.stringify(jsonSafe(typed)));
    return;
  }
  if (typed !== undefined) {
    text = typed;
  } else if (/city|location|place|country|destination|where|town/i.test(name) && content.entities?.length) {
    text = content.entities[0];
  } else if (/^(setup|punchline|joke_setup|joke_punchline)$/i.test(name) && /[?:]\s+\S/.test(content.text)) {
    // A joke's two parts: up to its question (or its colon), then the rest.
    const cut = /^([\s\S]*?[?:])\s+([\s\S]+)$/.exec(content.text.trim());
    text = cut ? (/setup/i.test(name) ? cut[1] : cut[2]) : content.text;
  } else if (/^(q|query|question|search|search_query|prompt|input|keywords?)$/i.test(name) && content.query) {
    text = /^(q|query|search|search_query|keywords?)$/i.test(name) ? (content.search ?? content.query) : content.query;
  } else if (arrayIndex !== undefined) {
    text = content.points[arrayIndex] ?? content.sentences[arrayIndex] ?? nextSentence(ctx);
  } else if (TITLE.test(name) && !LONG_TEXT.test(name)) {
    // "Reply" is the writer's placeholder, not a name: the thing the question is about.
    text = PLACEHOLDER.test(content.title)
      ? (entitiesIn(content.query ?? "")[0] ?? questionSubject(content.query ?? "") ?? content.title)
      : content.title;
  } else if (LONG_TEXT.test(name) && !ctx.usedText) {
    ctx.usedText = true;
    text = content.text;
  } else {
    // A short field ("landmark") is never a passage's sentence: the thing the question names, else the answer's title.
    const named = entitiesIn(content.query ?? "")[0] ?? questionSubject(content.query ?? "");
    const title = /^(reply|summary|answer|names|ideas)$/i.test(content.title) ? undefined : content.title;
    text = PROSE_SLOT.test(name)
      ? nextSentence(ctx)
      : (named ?? (title && title.split(/\s+/).length <= 6 ? title : nextSentence(ctx)));
  }
  text = jsonSafe(text);
  const minLength = capped(nonNegative(schema.minLength), "minLength", GENERATION_CAPS.minLength);
  const maxLength = nonNegative(schema.maxLength);
  const compiled = typeof schema.pattern === "string" ? compilePattern(schema.pattern) : null;
  const pattern = typeof compiled === "string" ? null : compiled;
  if (pattern || maxLength !== undefined || minLength !== undefined) {
    // Constrained strings are written as fixed text that satisfies the constraints.
    w.fixed(JSON.stringify(constrained(text, ctx, minLength, maxLength, pattern)));
    return;
  }
  w.jsonString(text);
}

function constrained(text: string, ctx: Ctx, min = 0, max = Infinity, pattern: Pattern | null): string {
  const generated = pattern ? regexExample(pattern.source, Math.max(min, Math.min(max, 3))) : undefined;
  const candidates = [
    text,
    ctx.content.title,
    ...ctx.content.sentences,
    ...(generated !== undefined ? [generated] : []),
    "example",
    "A1",
    "abc",
    "a",
    "1",
    "x",
    "",
  ];
  for (let candidate of candidates) {
    while (candidate.length < min) candidate += ` ${ctx.content.text}`;
    if (candidate.length > max) {
      const cut = candidate.slice(0, max);
      const space = cut.lastIndexOf(" ");
      candidate = space > max / 2 ? cut.slice(0, space) : cut;
      while (candidate.length < min) candidate += "x";
    }
    if (!pattern || pattern.test(candidate)) return candidate;
  }
  return "";
}

/** Marks a schema reached through anyOf/oneOf that also allowed null. */
const NULLABLE = "x-offline-nullable";

function sources(content: AnswerContent): FieldSources {
  return { query: content.query, text: content.text, title: content.title };
}

/**
 * The value a field's name asks for (a city, a year, an email, a source...), from the prompt or the
 * answer; null for a source that is absent when the schema allows null; undefined when the name
 * names no kind, or nothing of that kind is known (the caller's usual choice then applies).
 */
function kindValue(name: string, schema: Schema, ctx: Ctx, arrayIndex?: number): string | null | undefined {
  let kind = fieldKind(name);
  if (!kind && arrayIndex !== undefined) kind = fieldKind(singular(name));
  if (!kind) return undefined;
  const { content } = ctx;
  // "name" is a person only when the prompt is about one; a name for a shop or a band is the answer's title.
  if (kind === "person" && /^name$/i.test(name) && !personCue(content.query ?? "")) return undefined;
  const nullable = schema[NULLABLE] === true || (Array.isArray(schema.type) && schema.type.includes("null"));
  // "we rack it 45 days after picking": a date worked out from the prompt's one date, never that date.
  if (kind === "date") {
    const shifted = shiftedDate(name, content.material ?? content.query ?? "");
    if (shifted !== undefined) return shifted ?? (nullable ? null : "unknown");
  }
  const v = fieldValue(kind, sources(content));
  if (v === null) return nullable ? null : kind === "source" ? "not given" : "unknown";
  if (v !== undefined) return v;
  // Nothing of that kind is known: a short name rather than a sentence, or null where allowed.
  if (kind === "source" || kind === "url" || kind === "phone")
    return nullable ? null : kind === "url" ? "https://example.com" : "not given";
  // "Reply" and "Summary" are the writer's own placeholders, not a value of any kind.
  const title = /^(reply|summary|answer|names|ideas)$/i.test(content.title) ? undefined : content.title;
  const short =
    content.entities?.[0] ??
    (kind === "thing" ? entitiesIn(content.query ?? "")[0] : undefined) ??
    (title && title.split(/\s+/).length <= 6 ? title : undefined);
  if (short) return short;
  return nullable ? null : undefined;
}

/**
 * A string field's value from the text the prompt gives: the list item for an array, the item's name
 * inside an order line, the kind the name asks for, a phrase the text gives for the name; for prose
 * (a reason, a summary) the text itself when short; else null where allowed, or "unknown".
 */
function extracted(name: string, schema: Schema, ctx: Ctx, arrayIndex?: number): string | null {
  const material = ctx.content.material ?? "";
  const nullable = schema[NULLABLE] === true || (Array.isArray(schema.type) && schema.type.includes("null"));
  if (ctx.item !== undefined) {
    if (/^(?:name|item|product|title|dish|what|thing|description|food|drink|ingredient)s?$/i.test(name))
      return itemName(ctx.item);
    if (/^(?:task|todo|to_do|action|step|text|label|value|content|chore|errand|instruction)s?$/i.test(name))
      return ctx.item;
    const kind = fieldKind(name);
    const v = kind ? fieldValue(kind, { query: ctx.item, text: "", title: "" }) : materialValue(name, ctx.item);
    if (v) return v;
    return nullable ? null : "unknown";
  }
  if (arrayIndex !== undefined) {
    const items = itemsFor(ctx.arrayName ?? name, material);
    if (items.length) return items[arrayIndex % items.length];
  }
  // "first, middle and last name" of "Daniel Okoro": the middle is null (or empty), the last the final word.
  const split = ctx.item === undefined ? namePart(name, material, hasField(ctx.root, /middle/i)) : undefined;
  if (split !== undefined) return split ?? (nullable ? null : "");
  // "Patient in Bay 3 needs taking to theatre now": a destination is where the thing goes, not where it is.
  if (/destination|^to$|going_to|deliver(?:y|ed)?_?to|drop_?off|^where_?to$/i.test(name)) {
    const to = destinationIn(material);
    if (to) return to;
  }
  // What the text says for this very field ("room 4B" for a location, "blue backpack" for a product) comes first.
  // A recipe's name may stand in the ask before the text ("Here's my pancake recipe: 2 eggs, ...").
  const said =
    (/^(?:dish|recipe|meal)(?:_?name)?$/i.test(name) ? recipeName(ctx.content.query ?? "") : undefined) ??
    materialValue(name, material);
  // "what do bees make" is the question, never a value of the thing it asks about.
  if (said && !/^(?:who|what|which|when|where|why|how)\b/i.test(said)) return said;
  const kind = fieldKind(name) ?? (arrayIndex !== undefined ? fieldKind(singular(name)) : undefined);
  let v: string | null | undefined;
  if (kind && !(kind === "person" && /^name$/i.test(name) && !personCue(`${ctx.content.query ?? ""} ${material}`))) {
    // "published by Ursula K. Le Guin": the maker of a work the text names.
    const by =
      kind === "person" && /author|writer|director|artist|composer|painter|creator|by/i.test(name)
        ? /\bby\s+((?:[A-Z]\.\s*)*[A-Z][\p{L}'’-]*(?:[^\S\n]+(?:[A-Z]\.\s*)*[A-Z][\p{L}'’-]*){1,3})/u
            .exec(material)?.[1]
            ?.replace(/[.,]+$/, "")
        : undefined;
    if (by) return by;
    // "we rack it 45 days after picking": a date worked out from the text's one date, never that date.
    if (kind === "date") {
      const shifted = shiftedDate(name, material);
      if (shifted !== undefined) return shifted ?? (nullable ? null : "unknown");
    }
    // "from 3 to 7 May": a start or an end date of a range.
    if (kind === "date") {
      const range =
        /\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:to|-|–|until|till)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(
          material,
        );
      if (range && /start|from|begin|depart|arriv|check_?in|first/i.test(name)) return `${range[1]} ${range[3]}`;
      if (range && /end|until|to_|return|check_?out|last|leave/i.test(name)) return `${range[2]} ${range[3]}`;
    }
    // The kind's value in the text itself: no title or passage name stands in for it.
    v = fieldValue(kind, sources(ctx.content));
    // An address or number the text does not hold is never made up from a name (john.park@example.com).
    if ((kind === "email" || kind === "url" || kind === "phone") && typeof v === "string" && !material.includes(v))
      v = null;
    if (v === null) return nullable ? null : "unknown";
    // "My cat Luna is 4": a one-word name the text gives, when it gives no full name.
    if (v === undefined && kind === "person") v = singleName(material);
    // "Ravi speaking, send roses to my mum": the one it goes to is not the writer.
    if (kind === "person" && /recipient|receiver|addressee|sent_?to|gift_?for|^to$|^for$/i.test(name)) {
      const to = /\b(?:to|for)\s+(?:my|his|her|our|their)\s+([a-z]+)/i.exec(material)?.[1];
      if (to || (typeof v === "string" && introducedNames(material).includes(v))) v = to;
    }
    // A title or a thing is a phrase of the text, not the whole of it.
    if (typeof v === "string" && (v.length > 60 || v === material || material.startsWith(v)) && v.length > 40)
      v = materialValue(name, material) ?? headPhrase(material);
    if (v !== undefined) return v;
  }
  if (LONG_TEXT.test(name)) {
    // A reason for a label names the words of the text that point to it.
    const cues = /reason|why|explanation|rationale|justification|evidence/i.test(name) ? cueWords(material) : [];
    if (cues.length) {
      const quoted = cues.map((c) => `"${c}"`);
      return `The text says ${quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}` : quoted[0]}.`;
    }
    const sentencesOf = material.split(/(?<=[.!?])\s+/);
    const first = sentencesOf.find((x) => x.split(/\s+/).length >= 4) ?? material;
    return first.length <= 160 ? first : `${first.slice(0, 157).replace(/\s+\S*$/, "")}...`;
  }
  if (TITLE.test(name)) {
    const head = headPhrase(material);
    if (head) return head;
  }
  return nullable ? null : "unknown";
}

/** "needs taking to theatre now", "must go to the hospital right away": where the text sends something. */
function destinationIn(material: string): string | undefined {
  const m =
    /\b(?:tak|go|goes|going|went|mov|bring|brought|send|sent|deliver|transfer|head|driv|ship|return|transport|wheel|carr|escort|fly|flying|travel|post|dispatch|collect)\w*\s+(?:[\w'-]+\s+){0,3}?(?:to|into|towards)\s+(?:the\s+)?([\p{L}\d][\p{L}\d'&-]*(?:\s+[\p{L}\d][\p{L}\d'&-]*){0,3}?)(?=\s+(?:now|today|tonight|tomorrow|right|asap|immediately|please|urgently|straight|by|at|on|before|after|for|and|as|so|because|in|with|from|when)\b|\s*[,.;:!?'"”’)]|\s*$)/iu.exec(
      material,
    );
  // "going to be late": "be" is a verb, not a place.
  if (
    !m ||
    /^(?:be|do|get|see|make|have|go|come|see|check|help|use|me|us|him|her|them|you)$/i.test(m[1].split(/\s+/)[0])
  )
    return undefined;
  return m[1];
}

/** The schema has a field whose name matches (at any depth of its top object). */
function hasField(root: Schema, re: RegExp): boolean {
  const properties = isObject(root.properties) ? root.properties : {};
  return Object.keys(properties).some((k) => re.test(k));
}

/** The one capitalised word of a text that is a name, not its first word or a place: "My cat Luna" -> "Luna". */
function singleName(material: string): string | undefined {
  // "Tom is a nurse" opens with a name; "Budget review with Priya" opens with a capital.
  const names = entitiesIn(material).filter(
    (e) => !/\s/.test(e) && (!new RegExp(`^\\s*${e}\\b`).test(material) || !openerOnly(e, material)),
  );
  const place = (e: string) => new RegExp(`\\b(?:in|to|from|at|near|visit)\\s+${e}\\b`).test(material);
  return names.length === 1 && !/^(?:I|OK|TV)$/.test(names[0]) && !place(names[0]) ? names[0] : undefined;
}

/** The prompt is about a person: it says so, or names someone ("Kenji Mori opened his shop..."). */
function personCue(query: string): boolean {
  if (
    /\b(who|person|people|author|customer|user|employee|student|my name|named|called|I'm|I am|contact|character|age|years old|born|birthday)\b/i.test(
      query,
    ) ||
    // "he's Biscuit, a 7-year-old dachshund": someone (or a pet) with an age.
    /\b\d{1,3}-years?-old\b|\b(?:he|she)(?:'s| is) [A-Z][a-z]+\b/.test(query) ||
    // "Jo here, I'd like...", "Sam speaking.", "Hi! It's Noor": a writer giving their name.
    /(?:^|['"‘“,.!]\s*|\b(?:[Hh]i|[Hh]ey|[Hh]ello)\s*,?\s+)[A-Z][a-z]+\s+(?:here|speaking)\b|\b(?:[Hh]i|[Hh]ey|[Hh]ello)\W{0,3}\s*[Ii]t'?s [A-Z][a-z]+\b/.test(
      query,
    )
  )
    return true;
  // "Tom likes chess": a text that opens with someone doing something.
  if (
    /(?:^|:\s*)[A-Z][a-z]+\s+(?:likes|loves|enjoys|plays|lives|works|wants|needs|has|is|was|speaks|studies)\b/.test(
      query,
    )
  )
    return true;
  return /\b[A-Z][a-z]+ [A-Z][a-z]+\b[^.?!]{0,20}\b(?:opened|founded|wrote|works|lives|is|was|said|bought|ordered|moved|started|runs|owns|his|her)\b/.test(
    query,
  );
}

function nextSentence(ctx: Ctx): string {
  const s = ctx.content.sentences;
  if (s.length === 0) return ctx.content.title;
  return s[ctx.cursor++ % s.length];
}

/**
 * Where a text sits on a rating scale, from 0 (bottom) to 1 (top): mixed on a "but", the bottom for
 * a strong complaint ("terrible", "hate"), low for a mild one, the top for strong praise ("love",
 * "amazing", "perfect"), else high.
 */
export function leaning(query: string): number {
  if (/\b(?:but|however|although|though|except)\b/i.test(query)) return 0.5;
  // "It was okay, nothing special": the middle of the scale.
  if (
    /\b(?:okay|ok|alright|average|so-so|nothing special|not bad|fine|decent|mediocre|meh)\b/i.test(query) &&
    !/\b(?:love[ds]?|amazing|excellent|perfect|best|terrible|awful|worst)\b/i.test(query)
  )
    return 0.5;
  if (/\b(?:terrible|awful|worst|horrible|hate[ds]?|disgusting|never again|waste of|useless|appalling)\b/i.test(query))
    return 0;
  if (/\b(?:bad|rude|cold|broken|disappoint\w*|dirty|slow|late|poor|meh|not good|mediocre|boring)\b/i.test(query))
    return 0.25;
  if (
    /\b(?:love[ds]?|loving|absolutely|amazing|excellent|perfect|best|fantastic|wonderful|outstanding|incredible|awesome|brilliant|superb)\b/i.test(
      query,
    )
  )
    return 1;
  return 0.75;
}

/** "rate it from 1 to 10", "on a scale of 1-5", "out of 10": the scale's ends, when the prompt names one. */
export function ratingScale(query: string | undefined): { low: number; high: number } | undefined {
  const m = /\b(?:from|between|scale of)\s+(\d{1,3})\s*(?:to|and|-|–)\s*(\d{1,4})\b|\bout of\s+(\d{1,4})\b/i.exec(
    query ?? "",
  );
  if (!m) return undefined;
  const low = Number(m[1] ?? 0);
  const high = Number(m[2] ?? m[3]);
  return high > low ? { low, high } : undefined;
}

/** A rating's scale from the schema: its minimum and maximum, or "1 (very negative) to 5 (very positive)" in its description. */
function schemaScale(schema: Schema): { low: number; high: number } | undefined {
  const { minimum, maximum, description } = schema;
  if (typeof minimum === "number" && typeof maximum === "number" && maximum > minimum)
    return { low: minimum, high: maximum };
  if (typeof description !== "string") return undefined;
  const m = /(-?\d{1,3})\s*(?:\([^)]{0,40}\)\s*)?(?:to|-|–|through)\s*(\d{1,4})\b/i.exec(description);
  const scale = m ? { low: Number(m[1]), high: Number(m[2]) } : ratingScale(description);
  return scale && scale.high > scale.low ? scale : undefined;
}

/** A count field of an array beside it: "item_count" or "number_of_items" counts "items"; a bare "count" the one array. */
function siblingCount(name: string, siblings: Map<string, number> | undefined): number | undefined {
  if (!siblings?.size) return undefined;
  const words = name
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (!words.some((x) => /^(?:count|num|number|how|many|total|n)$/.test(x))) return undefined;
  const rest = words.filter((x) => !/^(?:count|num|number|of|how|many|total|n|the)$/.test(x));
  if (!rest.length) return words.includes("count") && siblings.size === 1 ? [...siblings.values()][0] : undefined;
  // "total" alone may be a sum of prices; with the array's own word it is how many.
  const stem = singular(rest.join("_"));
  for (const [key, n] of siblings) {
    const own = singular(key.replace(/([a-z])([A-Z])/g, "$1_$2").toLowerCase());
    if (own === stem || own.endsWith(`_${stem}`) || stem.endsWith(`_${own}`)) return n;
  }
  return undefined;
}

function scaleValue(query: string | undefined, share = 0.75): number | undefined {
  const scale = ratingScale(query);
  return scale ? Math.round(scale.low + share * (scale.high - scale.low)) : undefined;
}

function numberFor(schema: Schema, name: string, ctx: Ctx): number {
  const integer = typeOf(schema) === "integer";
  let v: number;
  const given = lookedUp(ctx.content, name);
  const looked =
    typeof given === "number" ? given : typeof given === "string" ? Number(given.replace(/,/g, "")) : Number.NaN;
  const inItem =
    ctx.item !== undefined
      ? (fieldNumber(name, { query: ctx.item, text: "", title: "" }) ??
        (/count|quantity|qty|amount|number|how_?many|units|servings/i.test(name)
          ? (itemCount(ctx.item) ?? 1)
          : undefined))
      : undefined;
  const counted = ctx.item === undefined ? siblingCount(name, ctx.siblings) : undefined;
  const found = Number.isFinite(looked) ? looked : (counted ?? inItem ?? fieldNumber(name, sources(ctx.content)));
  const scale = schemaScale(schema) ?? ratingScale(ctx.content.query);
  // "Scale it for 5 kg", "double it": the amounts the text gives are the ones before the change, so
  // none of them is the answer; only a value a skill worked out is.
  if (!Number.isFinite(looked) && ctx.content.material !== undefined && RESCALES.test(ctx.content.query ?? ""))
    ctx.invented.push(name);
  if (found === undefined || !Number.isFinite(found)) {
    const query = ctx.content.query ?? "";
    // "position_from_sun" is a fact, though "position" alone may be a judgment.
    const fact = /from|distance|orbit|_of_|diameter|mass|height|length_m|km|miles/i.test(name);
    if (!asksForMadeUp(query) && (fact || !JUDGMENT.test(name)) && scaleValue(query) === undefined)
      ctx.invented.push(name);
  }
  if (found !== undefined && Number.isFinite(found)) v = found;
  else if (/^age$|_age$|^age_/i.test(name) || /^age[A-Z]/.test(name)) v = 30;
  else if (/year/i.test(name)) v = 2024;
  else if (/age/i.test(name)) v = 30;
  else if (/count|number|total|num|quantity|length|size|items/i.test(name))
    v = ctx.content.count ?? Math.max(ctx.content.points.length, 1);
  else if (/confidence|probability|certainty|likelihood/i.test(name)) v = 0.9;
  else if (/rating|stars|score|grade|mark/i.test(name) && scale !== undefined)
    // "a score from 1 to 5": on the scale the schema or the prompt names, low for a complaint, mid for a "but", high for praise.
    v = Math.round(scale.low + leaning(ctx.content.query ?? "") * (scale.high - scale.low));
  else if (/rating|stars/i.test(name)) v = 4;
  else if (/score/i.test(name)) v = 8;
  else if (/percent/i.test(name)) v = 75;
  else if (/price|cost|amount/i.test(name)) v = 3.5;
  else v = scaleValue(ctx.content.query) ?? 1;
  const num = (x: unknown) => (typeof x === "number" && Number.isFinite(x) ? x : undefined);
  const min = num(schema.minimum);
  const max = num(schema.maximum);
  const exMin = num(schema.exclusiveMinimum);
  const exMax = num(schema.exclusiveMaximum);
  if (max !== undefined && v > max) v = max;
  if (exMax !== undefined && v >= exMax) v = integer ? Math.ceil(exMax) - 1 : exMax - (Math.abs(exMax) * 0.01 || 0.01);
  if (min !== undefined && v < min) v = min;
  if (exMin !== undefined && v <= exMin) v = integer ? Math.floor(exMin) + 1 : exMin + (Math.abs(exMin) * 0.01 || 0.01);
  if (integer) v = Math.round(v);
  const multipleOf = num(schema.multipleOf);
  if (multipleOf && multipleOf > 0) v = Math.round(v / multipleOf) * multipleOf;
  return v;
}

/** A request to change every amount of a recipe or an order: "scale it for 5 kg", "double the recipe". */
const RESCALES =
  /\bscale (?:it|this|that|them|the|up|down|everything)\b|\b(?:double|triple|treble|quadruple|halve)\s+(?:it|this|that|them|the (?:recipe|amounts?|batch|quantities|order|mix))\b/i;

function formatValue(format: unknown): string | undefined {
  switch (format) {
    case "date":
      return "2024-06-01";
    case "date-time":
      return "2024-06-01T09:30:00Z";
    case "time":
      return "09:30:00";
    case "duration":
      return "PT1H";
    case "email":
      return "ada@example.com";
    case "uri":
    case "url":
      return "https://example.com";
    case "hostname":
      return "example.com";
    case "ipv4":
      return "192.0.2.1";
    case "ipv6":
      return "2001:db8::1";
    case "uuid":
      return "123e4567-e89b-42d3-a456-426614174000";
    default:
      return undefined;
  }
}

/** A value that claims nothing, for a reply that cannot answer; false when the schema needs the usual writer (objects). */
function unknownValue(w: SegmentWriter, schema: Schema, name: string, ctx: Ctx): boolean {
  const nullable =
    schema.type === "null" ||
    (Array.isArray(schema.type) && schema.type.includes("null")) ||
    (["anyOf", "oneOf"] as const).some(
      (k) => Array.isArray(schema[k]) && (schema[k] as unknown[]).some((o) => typeOf(resolve(o, ctx.root)) === "null"),
    );
  const saysWhy =
    !ctx.usedText && typeOf(schema) === "string" && (LONG_TEXT.test(name) || /error|note|warning/i.test(name));
  if (nullable && !saysWhy) {
    w.fixed("null");
    return true;
  }
  if (Array.isArray(schema.enum) && schema.enum.length) {
    const none = schema.enum.find((o) => typeof o === "string" && /^(unknown|none|other|n\/a|null|unsure)$/i.test(o));
    w.fixed(JSON.stringify(none ?? schema.enum[0]));
    return true;
  }
  switch (typeOf(schema)) {
    case "integer":
    case "number": {
      const min = typeof schema.minimum === "number" && Number.isFinite(schema.minimum) ? schema.minimum : undefined;
      if (min === undefined && schema.exclusiveMinimum === undefined && schema.maximum === undefined) {
        // Any number would be made up: the caller turns the reply into a refusal.
        if (!JUDGMENT.test(name)) ctx.invented.push(name);
        w.fixed("0");
        return true;
      }
      return false;
    }
    case "boolean":
      ctx.invented.push(name);
      w.fixed("false");
      return true;
    case "string":
      if (schema.format !== undefined || schema.pattern !== undefined || schema.minLength !== undefined) return false;
      // Only a field meant for prose or an error says why; a short field (author, city) says "unknown", never a paragraph.
      if (!saysWhy) {
        w.jsonString("unknown");
        return true;
      }
      ctx.usedText = true;
      w.jsonString(ctx.content.text);
      return true;
    default:
      return false;
  }
}

function typeOf(schema: Schema): string {
  const t = schema.type;
  if (typeof t === "string") return t;
  if (Array.isArray(t)) return (t.find((x) => x !== "null") as string | undefined) ?? "null";
  if (isObject(schema.properties)) return "object";
  if (schema.items !== undefined || schema.prefixItems !== undefined) return "array";
  return "string";
}

function resolve(raw: unknown, root: Schema, seen = 0): Schema {
  if (!isObject(raw)) return {};
  const ref = raw.$ref;
  if (typeof ref === "string" && ref.startsWith("#") && seen < 32) {
    let target: unknown = root;
    for (const part of ref.slice(1).split("/").filter(Boolean)) {
      target = isObject(target) ? target[part.replace(/~1/g, "/").replace(/~0/g, "~")] : undefined;
    }
    return resolve({ ...without(raw, "$ref"), ...(isObject(target) ? target : {}) }, root, seen + 1);
  }
  return raw;
}

function mergeSchemas(a: Schema, b: Schema): Schema {
  const props = { ...(isObject(a.properties) ? a.properties : {}), ...(isObject(b.properties) ? b.properties : {}) };
  return { ...a, ...b, ...(Object.keys(props).length ? { properties: props } : {}) };
}

function without(schema: Schema, key: string): Schema {
  const copy = { ...schema };
  delete copy[key];
  return copy;
}

function singular(name: string): string {
  return name.replace(/ies$/, "y").replace(/s$/, "");
}

/** A schema reached only through a $ref may have escaped the request's limit check: check again here. */
function capped<T extends number | undefined>(value: T, keyword: string, limit: number): T {
  if (value !== undefined && value > limit)
    throw invalidRequest(
      `Invalid schema: ${keyword} ${value} exceeds limit of ${limit} (offline model).`,
      null,
      "invalid_schema",
    );
  return value;
}

function nonNegative(x: unknown): number | undefined {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 ? Math.floor(x) : undefined;
}

export function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * True when a json_schema request can be answered from the prompt alone: an extraction or a
 * label ("Pull out the contact details: ...", "Classify this review: ..."). Every field that is not
 * prose finds its value in the prompt (a name, a city, a year, a number, an enum over a quoted or
 * colon-introduced text), and at least one does: such a request is grounded, not a "nothing fits".
 */
export function answerableFromPrompt(format: unknown, query: string): boolean {
  if (!isObject(format) || format.type !== "json_schema") return false;
  const schema = resolve((format as { schema?: unknown }).schema, isObject(format.schema) ? format.schema : {});
  const properties = isObject(schema.properties) ? schema.properties : {};
  const src = { query, text: "", title: "" };
  const material = materialOf(query);
  let grounded = 0;
  let typed = 0;
  for (const [name, raw] of Object.entries(properties).slice(0, 40)) {
    const field = resolve(raw, schema);
    if (material !== undefined) {
      // Over a given text, a yes/no the text shows, a list it lists and a phrase it names for the field are grounded.
      const type = typeOf(field);
      if (type === "boolean" && materialBoolean(name, material) !== undefined) {
        grounded++;
        typed++;
        continue;
      }
      if (type === "array" && itemsFor(name, material).length >= 2) {
        grounded++;
        typed++;
        continue;
      }
      if (type === "string" && !Array.isArray(field.enum) && materialValue(name, material)) {
        grounded++;
        typed++;
        continue;
      }
    }
    if (Array.isArray(field.enum)) {
      const options = field.enum;
      const pointed =
        enumPointed(options, src) !== undefined ||
        options.some((o) => typeof o === "string" && o.length > 2 && query.toLowerCase().includes(o.toLowerCase()));
      // A label over a given text that no word of it points to would be a guess (the first option): declined.
      if (!pointed) return false;
      grounded++;
      typed++;
      continue;
    }
    const type = typeOf(field);
    if (type === "integer" || type === "number") {
      typed++;
      if (fieldNumber(name, src) !== undefined) grounded++;
      // A total worked out from the prompt's numbers that nothing here works out: no passage holds it.
      else if (isResultField(name) && worksOut(query)) return false;
      continue;
    }
    // A list the prompt does not give ("ingredients", "facts") would be filled from a passage: it counts against.
    if (type === "array") {
      typed++;
      continue;
    }
    if (type !== "string") continue;
    const kind = fieldKind(name);
    if (!kind) {
      if (LONG_TEXT.test(name)) continue;
      return false;
    }
    typed++;
    const v = fieldValue(kind, src);
    if (v !== undefined && v !== null) grounded++;
  }
  // Most fields come from the prompt; the rest get short values of their kind, never a paragraph.
  return grounded > 0 && grounded * 2 >= typed;
}
