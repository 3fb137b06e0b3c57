/**
 * Request validation with the real API's statuses, messages, params and codes. Anything a
 * client can send is either accepted or answered with a 4xx envelope; nothing here throws otherwise.
 */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import {
  findModel,
  lifecycle,
  samplingRules,
  workbookToday,
  SAMPLING_DEFAULTS,
  type ModelInfo,
  type ReasoningEffort,
} from "../../api/catalog";
import { messageText, type ChatRequest, type ResponseFormatSpec, type ToolSpec } from "../request/chat-request";
import { ApiError, invalidRequest, jsonTypeName } from "../request/errors";
import { isObject } from "../request/json-schema";
import { checkSchemaLimits } from "../request/schema-limits";

const KNOWN_PARAMS = new Set(
  (
    "messages model audio frequency_penalty function_call functions logit_bias logprobs max_completion_tokens max_tokens " +
    "metadata modalities moderation n parallel_tool_calls prediction presence_penalty prompt_cache_key prompt_cache_options " +
    "prompt_cache_retention reasoning_effort response_format safety_identifier seed service_tier stop store stream " +
    "stream_options temperature tool_choice tools top_logprobs top_p user verbosity web_search_options"
  ).split(" "),
);

const ROLES = ["system", "assistant", "user", "function", "tool", "developer"];
const PART_TYPES = ["text", "image_url", "input_audio", "refusal", "audio", "file"];
const EFFORTS: readonly string[] = ["none", "minimal", "low", "medium", "high", "xhigh", "max"];
const VERBOSITIES: readonly string[] = ["low", "medium", "high"];
const NAME_PATTERN = /^[a-zA-Z0-9_-]{1,64}$/;

const supported = (values: readonly string[]) =>
  values.length === 1
    ? `'${values[0]}'`
    : `${values
        .slice(0, -1)
        .map((v) => `'${v}'`)
        .join(", ")}, and '${values[values.length - 1]}'`;

function invalidType(param: string, expected: string, value: unknown): ApiError {
  return invalidRequest(
    `Invalid type for '${param}': expected ${expected}, but got ${jsonTypeName(value)} instead.`,
    param,
    "invalid_type",
  );
}

function missing(param: string): ApiError {
  return invalidRequest(`Missing required parameter: '${param}'.`, param, "missing_required_parameter");
}

function invalidValue(param: string, value: unknown, values: readonly string[]): ApiError {
  return invalidRequest(
    `Invalid value: '${String(value)}'. Supported values are: ${supported(values)}.`,
    param,
    "invalid_value",
  );
}

function decimal(body: Record<string, unknown>, param: string, min: number, max: number, fallback: number): number {
  const v = body[param];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== "number" || !Number.isFinite(v)) throw invalidType(param, "a decimal", v);
  if (v > max)
    throw invalidRequest(
      `Invalid '${param}': decimal above maximum value. Expected a value <= ${max}, but got ${v} instead.`,
      param,
      "decimal_above_max_value",
    );
  if (v < min)
    throw invalidRequest(
      `Invalid '${param}': decimal below minimum value. Expected a value >= ${min}, but got ${v} instead.`,
      param,
      "decimal_below_min_value",
    );
  return v;
}

function integer(body: Record<string, unknown>, param: string, min: number, max: number): number | null {
  const v = body[param];
  if (v === undefined || v === null) return null;
  if (typeof v !== "number" || !Number.isInteger(v)) throw invalidType(param, "an integer", v);
  if (v > max)
    throw invalidRequest(
      `Invalid '${param}': integer above maximum value. Expected a value <= ${max}, but got ${v} instead.`,
      param,
      "integer_above_max_value",
    );
  if (v < min)
    throw invalidRequest(
      `Invalid '${param}': integer below minimum value. Expected a value >= ${min}, but got ${v} instead.`,
      param,
      "integer_below_min_value",
    );
  return v;
}

function boolean(body: Record<string, unknown>, param: string): boolean {
  const v = body[param];
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") throw invalidType(param, "a boolean", v);
  return v;
}

function optionalString(body: Record<string, unknown>, param: string, maxLength?: number): string | null {
  const v = body[param];
  if (v === undefined || v === null) return null;
  if (typeof v !== "string") throw invalidType(param, "a string", v);
  if (maxLength !== undefined && v.length > maxLength) {
    throw invalidRequest(
      `Invalid '${param}': string too long. Expected a string with maximum length ${maxLength}, but got a string with length ${v.length} instead.`,
      param,
      "string_above_max_length",
    );
  }
  return v;
}

/** `today` decides which models are shut down (default: WORKBOOK_TODAY, else the clock). */
export function validateChatRequest(body: unknown, today: string | Date = workbookToday()): ChatRequest {
  if (!isObject(body))
    throw invalidRequest(
      `Invalid type for request body: expected an object, but got ${jsonTypeName(body)} instead.`,
      null,
      "invalid_type",
    );
  for (const key of Object.keys(body)) {
    if (!KNOWN_PARAMS.has(key)) throw invalidRequest(`Unrecognized request argument supplied: ${key}`);
  }
  if (body.model === undefined || body.model === null || body.model === "")
    throw invalidRequest("you must provide a model parameter");
  if (typeof body.model !== "string") throw invalidType("model", "a string", body.model);
  const model = body.model;
  if (body.messages === undefined || body.messages === null) throw missing("messages");
  if (!Array.isArray(body.messages)) throw invalidType("messages", "an array of objects", body.messages);
  if (body.messages.length === 0) {
    throw invalidRequest(
      "Invalid 'messages': empty array. Expected an array with minimum length 1, but got an empty array instead.",
      "messages",
      "empty_array",
    );
  }
  const messages = body.messages.map((m, i) => validateMessage(m, i, body.messages as unknown[]));
  checkToolCallReplies(body.messages as Record<string, unknown>[]);

  const temperature = decimal(body, "temperature", 0, 2, 1);
  const topP = decimal(body, "top_p", 0, 1, 1);
  const presencePenalty = decimal(body, "presence_penalty", -2, 2, 0);
  const frequencyPenalty = decimal(body, "frequency_penalty", -2, 2, 0);
  const n = integer(body, "n", 1, 128) ?? 1;
  const logprobs = boolean(body, "logprobs");
  const topLogprobs = integer(body, "top_logprobs", 0, 20);
  if (topLogprobs !== null && !logprobs) {
    throw invalidRequest(
      "Invalid value for 'top_logprobs': 'logprobs' must be set to true when 'top_logprobs' is set.",
      "top_logprobs",
      "invalid_value",
    );
  }
  const maxCompletion = integer(body, "max_completion_tokens", 1, Number.MAX_SAFE_INTEGER);
  const maxTokensOld = integer(body, "max_tokens", 1, Number.MAX_SAFE_INTEGER);
  if (maxCompletion !== null && maxTokensOld !== null) {
    throw invalidRequest(
      "Setting 'max_tokens' and 'max_completion_tokens' at the same time is not supported.",
      "max_tokens",
      "invalid_parameter_combination",
    );
  }
  const seed = integer(body, "seed", -9223372036854775808, 9223372036854775807);
  const stream = boolean(body, "stream");
  let includeUsage = false;
  if (body.stream_options !== undefined && body.stream_options !== null) {
    if (!stream)
      throw invalidRequest(
        "The 'stream_options' parameter is only allowed when 'stream' is enabled.",
        "stream_options",
      );
    if (!isObject(body.stream_options)) throw invalidType("stream_options", "an object", body.stream_options);
    includeUsage = boolean(body.stream_options, "include_usage");
  }
  const stop = validateStop(body.stop);
  const logitBias = validateLogitBias(body.logit_bias);
  const responseFormat = validateResponseFormat(body.response_format);
  optionalString(body, "safety_identifier", 64);
  optionalString(body, "prompt_cache_key");
  optionalString(body, "user");
  const serviceTier = optionalString(body, "service_tier") ?? "auto";
  const tiers = ["auto", "default", "flex", "scale", "priority"];
  if (!tiers.includes(serviceTier)) throw invalidValue("service_tier", serviceTier, tiers);
  validateMetadata(body.metadata);
  const reasoningEffort = optionalString(body, "reasoning_effort");
  if (reasoningEffort !== null && !EFFORTS.includes(reasoningEffort))
    throw invalidValue("reasoning_effort", reasoningEffort, EFFORTS);
  const verbosity = optionalString(body, "verbosity");
  if (verbosity !== null && !VERBOSITIES.includes(verbosity)) throw invalidValue("verbosity", verbosity, VERBOSITIES);
  const { tools, toolChoice } = validateTools(body.tools, body.tool_choice);
  const parallelToolCalls = body.parallel_tool_calls == null ? true : boolean(body, "parallel_tool_calls");

  const { info, effort } = checkModelRules(body, model, reasoningEffort, tools.length > 0, today);
  const maxTokens = maxCompletion ?? maxTokensOld;
  const outputLimit = maxOutputLimitError(info, maxTokens);
  if (outputLimit) throw outputLimit;
  if (responseFormat.type === "json_object") {
    const mentionsJson = messages.some((m) => /json/i.test(messageText(m)));
    if (!mentionsJson) {
      throw invalidRequest(
        "'messages' must contain the word 'json' in some form, to use 'response_format' of type 'json_object'.",
        "messages",
      );
    }
  }
  return {
    model,
    info,
    messages,
    temperature,
    topP,
    n,
    stop,
    maxTokens,
    presencePenalty,
    frequencyPenalty,
    logitBias,
    logprobs,
    topLogprobs: logprobs ? (topLogprobs ?? 0) : -1,
    seed,
    stream,
    includeUsage,
    responseFormat,
    reasoningEffort: effort,
    verbosity: verbosity as ChatRequest["verbosity"],
    serviceTier: serviceTier === "auto" ? "default" : serviceTier,
    tools,
    toolChoice,
    parallelToolCalls,
  };
}

function validateMessage(raw: unknown, i: number, all: unknown[]): ChatCompletionMessageParam {
  const at = `messages[${i}]`;
  if (!isObject(raw)) throw invalidType(at, "an object", raw);
  if (raw.role === undefined || raw.role === null) throw missing(`${at}.role`);
  if (typeof raw.role !== "string") throw invalidType(`${at}.role`, "a string", raw.role);
  if (!ROLES.includes(raw.role)) throw invalidValue(`${at}.role`, raw.role, ROLES);
  const role = raw.role;
  if (raw.name !== undefined && raw.name !== null) {
    if (typeof raw.name !== "string") throw invalidType(`${at}.name`, "a string", raw.name);
    if (!NAME_PATTERN.test(raw.name) && role !== "function") {
      throw invalidRequest(
        `Invalid '${at}.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.`,
        `${at}.name`,
        "invalid_value",
      );
    }
  }
  const content = raw.content;
  const hasToolCalls = Array.isArray(raw.tool_calls) && raw.tool_calls.length > 0;
  if (content === undefined || content === null) {
    if (!(role === "assistant" && (hasToolCalls || raw.function_call || raw.refusal || raw.audio)))
      throw missing(`${at}.content`);
  } else if (Array.isArray(content)) {
    if (content.length === 0) {
      throw invalidRequest(
        `Invalid '${at}.content': empty array. Expected an array with minimum length 1, but got an empty array instead.`,
        `${at}.content`,
        "empty_array",
      );
    }
    content.forEach((part, j) => {
      const pat = `${at}.content[${j}]`;
      if (!isObject(part)) throw invalidType(pat, "an object", part);
      if (part.type === undefined || part.type === null) throw missing(`${pat}.type`);
      if (typeof part.type !== "string" || !PART_TYPES.includes(part.type))
        throw invalidValue(`${pat}.type`, part.type, PART_TYPES);
      if (part.type === "text" && typeof part.text !== "string") {
        if (part.text === undefined || part.text === null) throw missing(`${pat}.text`);
        throw invalidType(`${pat}.text`, "a string", part.text);
      }
      checkMediaPart(part, pat);
    });
  } else if (typeof content !== "string") {
    throw invalidType(`${at}.content`, "one of a string or array of objects", content);
  }
  if (role === "tool") {
    if (typeof raw.tool_call_id !== "string") {
      if (raw.tool_call_id === undefined || raw.tool_call_id === null) throw missing(`${at}.tool_call_id`);
      throw invalidType(`${at}.tool_call_id`, "a string", raw.tool_call_id);
    }
    const answered = all
      .slice(0, i)
      .some((m) => isObject(m) && m.role === "assistant" && Array.isArray(m.tool_calls) && m.tool_calls.length > 0);
    if (!answered) {
      throw invalidRequest(
        "Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'.",
        `messages.[${i}].role`,
      );
    }
  }
  return raw as unknown as ChatCompletionMessageParam;
}

/** An image or audio part must carry its payload object: `{ type: "image_url", image_url: { url } }`. */
function checkMediaPart(part: Record<string, unknown>, at: string): void {
  const fields: Record<string, readonly string[]> = { image_url: ["url"], input_audio: ["data", "format"], file: [] };
  const required = fields[part.type as string];
  if (!required) return;
  const key = part.type as string;
  const payload = part[key];
  if (payload === undefined || payload === null) throw missing(`${at}.${key}`);
  if (!isObject(payload)) throw invalidType(`${at}.${key}`, "an object", payload);
  for (const field of required) {
    if (payload[field] === undefined || payload[field] === null) throw missing(`${at}.${key}.${field}`);
    if (typeof payload[field] !== "string") throw invalidType(`${at}.${key}.${field}`, "a string", payload[field]);
  }
}

/**
 * Every tool call an assistant message makes must be answered by the tool messages right after it,
 * one per tool_call_id, as the API requires.
 */
function checkToolCallReplies(messages: Record<string, unknown>[]): void {
  messages.forEach((m, i) => {
    if (m.role !== "assistant" || m.tool_calls === undefined || m.tool_calls === null) return;
    if (!Array.isArray(m.tool_calls))
      throw invalidType(`messages[${i}].tool_calls`, "an array of objects", m.tool_calls);
    const ids: string[] = [];
    m.tool_calls.forEach((call: unknown, j: number) => {
      const at = `messages[${i}].tool_calls[${j}]`;
      if (!isObject(call)) throw invalidType(at, "an object", call);
      if (call.id === undefined || call.id === null) throw missing(`${at}.id`);
      if (typeof call.id !== "string") throw invalidType(`${at}.id`, "a string", call.id);
      const fn = call.function;
      if (call.type === "function" || fn !== undefined) {
        if (fn === undefined || fn === null) throw missing(`${at}.function`);
        if (!isObject(fn)) throw invalidType(`${at}.function`, "an object", fn);
        if (typeof fn.name !== "string")
          throw fn.name === undefined || fn.name === null
            ? missing(`${at}.function.name`)
            : invalidType(`${at}.function.name`, "a string", fn.name);
        if (typeof fn.arguments !== "string") {
          throw fn.arguments === undefined || fn.arguments === null
            ? missing(`${at}.function.arguments`)
            : invalidType(`${at}.function.arguments`, "a string", fn.arguments);
        }
      }
      ids.push(call.id);
    });
    const answered = new Set<unknown>();
    for (let k = i + 1; k < messages.length && messages[k]?.role === "tool"; k++)
      answered.add(messages[k]!.tool_call_id);
    const unanswered = ids.filter((id) => !answered.has(id));
    if (unanswered.length) {
      throw invalidRequest(
        `An assistant message with 'tool_calls' must be followed by tool messages responding to each 'tool_call_id'. The following tool_call_ids did not have response messages: ${unanswered.join(", ")}`,
        `messages.[${i}].role`,
      );
    }
  });
}

/** Up to 16 string values under keys of up to 64 characters, each value up to 512 characters. */
function validateMetadata(raw: unknown): void {
  if (raw === undefined || raw === null) return;
  if (!isObject(raw)) throw invalidType("metadata", "an object", raw);
  const entries = Object.entries(raw);
  if (entries.length > 16) {
    throw invalidRequest(
      `Invalid 'metadata': too many properties. Expected an object with at most 16 properties, but got an object with ${entries.length} properties instead.`,
      "metadata",
      "object_above_max_properties",
    );
  }
  for (const [key, value] of entries) {
    if (key.length > 64) {
      throw invalidRequest(
        `Invalid 'metadata': key too long. Expected keys with maximum length 64, but got a key with length ${key.length} instead.`,
        "metadata",
        "string_above_max_length",
      );
    }
    if (typeof value !== "string") throw invalidType(`metadata.${key}`, "a string", value);
    if (value.length > 512) {
      throw invalidRequest(
        `Invalid 'metadata.${key}': string too long. Expected a string with maximum length 512, but got a string with length ${value.length} instead.`,
        `metadata.${key}`,
        "string_above_max_length",
      );
    }
  }
}

function validateStop(stop: unknown): string[] {
  if (stop === undefined || stop === null) return [];
  if (typeof stop === "string") return stop ? [stop] : [];
  if (!Array.isArray(stop)) throw invalidType("stop", "one of a string or array of strings", stop);
  if (stop.length > 4) {
    throw invalidRequest(
      `Invalid 'stop': array too long. Expected an array with maximum length 4, but got an array with length ${stop.length} instead.`,
      "stop",
      "array_above_max_length",
    );
  }
  stop.forEach((s, i) => {
    if (typeof s !== "string") throw invalidType(`stop[${i}]`, "a string", s);
  });
  return (stop as string[]).filter((s) => s.length > 0);
}

function validateLogitBias(raw: unknown): Map<number, number> | null {
  if (raw === undefined || raw === null) return null;
  if (!isObject(raw)) throw invalidType("logit_bias", "an object", raw);
  const out = new Map<number, number>();
  for (const [key, value] of Object.entries(raw)) {
    if (!/^\d+$/.test(key) || Number(key) > 2 ** 31) {
      throw invalidRequest(
        `Invalid key in 'logit_bias': ${key}. You should only be submitting non-negative integers.`,
        "logit_bias",
        "invalid_value",
      );
    }
    if (typeof value !== "number" || !Number.isFinite(value)) throw invalidType(`logit_bias.${key}`, "a number", value);
    if (value < -100 || value > 100) {
      throw invalidRequest(
        `Invalid 'logit_bias' value for token ${key}: expected a value between -100 and 100, but got ${value} instead.`,
        "logit_bias",
        value > 100 ? "decimal_above_max_value" : "decimal_below_min_value",
      );
    }
    out.set(Number(key), value);
  }
  if (out.size > 300)
    throw invalidRequest(
      `Invalid 'logit_bias': too many tokens. Expected at most 300 entries, but got ${out.size} instead.`,
      "logit_bias",
      "invalid_value",
    );
  return out.size ? out : null;
}

function validateResponseFormat(raw: unknown): ResponseFormatSpec {
  if (raw === undefined || raw === null) return { type: "text" };
  if (!isObject(raw)) throw invalidType("response_format", "an object", raw);
  const types = ["json_object", "json_schema", "text"];
  if (raw.type === undefined || raw.type === null) throw missing("response_format.type");
  if (typeof raw.type !== "string" || !types.includes(raw.type))
    throw invalidValue("response_format.type", raw.type, types);
  if (raw.type === "text") return { type: "text" };
  if (raw.type === "json_object") return { type: "json_object" };
  const js = raw.json_schema;
  if (js === undefined || js === null) throw missing("response_format.json_schema");
  if (!isObject(js)) throw invalidType("response_format.json_schema", "an object", js);
  if (js.name === undefined || js.name === null) throw missing("response_format.json_schema.name");
  if (typeof js.name !== "string") throw invalidType("response_format.json_schema.name", "a string", js.name);
  if (!NAME_PATTERN.test(js.name)) {
    throw invalidRequest(
      "Invalid 'response_format.json_schema.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
      "response_format.json_schema.name",
      "invalid_value",
    );
  }
  const schema = js.schema ?? {};
  if (!isObject(schema)) throw invalidType("response_format.json_schema.schema", "an object", schema);
  checkSchemaLimits(schema, `response_format '${js.name}'`, "response_format");
  if (js.strict === true) checkStrictSchema(schema, js.name);
  return { type: "json_schema", schema };
}

/** Structured Outputs' two rules that learners meet first: every object closed, every property required. */
function checkStrictSchema(root: Record<string, unknown>, name: string): void {
  const fail = (context: string[], why: string) =>
    invalidRequest(
      `Invalid schema for response_format '${name}': In context=(${context.map((c) => `'${c}'`).join(", ")}), ${why}`,
      "response_format",
    );
  if (root.type !== "object" && root.$ref === undefined && root.anyOf === undefined) {
    throw invalidRequest(
      `Invalid schema for response_format '${name}': schema must be a JSON Schema of 'type: "object"', got 'type: "${String(root.type ?? "None")}"'.`,
      "response_format",
    );
  }
  const visit = (node: unknown, context: string[], depth: number) => {
    if (!isObject(node) || depth > 40) return;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    if (types.includes("object") || isObject(node.properties)) {
      if (node.additionalProperties !== false)
        throw fail(context, "'additionalProperties' is required to be supplied and to be false.");
      const props = isObject(node.properties) ? Object.keys(node.properties) : [];
      const required = Array.isArray(node.required) ? node.required : [];
      const missingKeys = props.filter((p) => !required.includes(p));
      if (missingKeys.length) {
        throw fail(
          context,
          `'required' is required to be supplied and to be an array including every key in properties. Missing '${missingKeys[0]}'.`,
        );
      }
      if (isObject(node.properties))
        for (const [k, v] of Object.entries(node.properties)) visit(v, [...context, "properties", k], depth + 1);
    }
    if (node.items !== undefined) visit(node.items, [...context, "items"], depth + 1);
    for (const key of ["anyOf", "allOf", "oneOf"]) {
      const list = node[key];
      if (Array.isArray(list)) list.forEach((s, i) => visit(s, [...context, key, String(i)], depth + 1));
    }
    for (const key of ["$defs", "definitions"]) {
      const defs = node[key];
      if (isObject(defs)) for (const [k, v] of Object.entries(defs)) visit(v, [...context, key, k], depth + 1);
    }
  };
  visit(root, [], 0);
}

function validateTools(rawTools: unknown, rawChoice: unknown): { tools: ToolSpec[]; toolChoice: string } {
  const tools: ToolSpec[] = [];
  if (rawTools !== undefined && rawTools !== null) {
    if (!Array.isArray(rawTools)) throw invalidType("tools", "an array of objects", rawTools);
    rawTools.forEach((t, i) => {
      if (!isObject(t)) throw invalidType(`tools[${i}]`, "an object", t);
      if (t.type !== "function" && t.type !== "custom")
        throw invalidValue(`tools[${i}].type`, t.type, ["function", "custom"]);
      const fn = t.type === "function" ? t.function : t.custom;
      if (!isObject(fn)) throw missing(`tools[${i}].${t.type}`);
      if (typeof fn.name !== "string") throw missing(`tools[${i}].${t.type}.name`);
      if (!NAME_PATTERN.test(fn.name)) {
        throw invalidRequest(
          `Invalid 'tools[${i}].function.name': string does not match pattern. Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.`,
          `tools[${i}].function.name`,
          "invalid_value",
        );
      }
      if (fn.parameters !== undefined && fn.parameters !== null)
        checkSchemaLimits(fn.parameters, `function '${fn.name}'`, `tools[${i}].${t.type}.parameters`);
      tools.push({ name: fn.name, parameters: fn.parameters ?? { type: "object", properties: {} } });
    });
  }
  let toolChoice = tools.length ? "auto" : "none";
  if (rawChoice !== undefined && rawChoice !== null) {
    if (typeof rawChoice === "string") {
      const choices = ["none", "auto", "required"];
      if (!choices.includes(rawChoice)) throw invalidValue("tool_choice", rawChoice, choices);
      toolChoice = rawChoice;
    } else if (isObject(rawChoice) && isObject(rawChoice.function) && typeof rawChoice.function.name === "string") {
      toolChoice = rawChoice.function.name;
    } else {
      throw invalidType("tool_choice", "one of a string or object", rawChoice);
    }
    if (!tools.length && toolChoice !== "none") {
      throw invalidRequest(
        "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' are specified.",
        "tool_choice",
      );
    }
    if (!["none", "auto", "required"].includes(toolChoice) && !tools.some((t) => t.name === toolChoice)) {
      throw invalidRequest(
        `Invalid value for 'tool_choice': no function named '${toolChoice}' was specified in the 'tools' parameter.`,
        "tool_choice",
      );
    }
  }
  return { tools, toolChoice };
}

// ---------------------------------------------------------------------------------------------
// Per-model rules: lifecycle, reasoning effort, sampling parameters, verbosity, output limits.
// They follow the catalog's samplingRules(), so the offline model refuses what the API refuses today.

/** The model's catalog entry, once its lifecycle and per-model parameter rules pass; else the API's error. */
function checkModelRules(
  body: Record<string, unknown>,
  model: string,
  sentEffort: string | null,
  hasTools: boolean,
  today: string | Date,
): { info: ModelInfo; effort: ReasoningEffort | null } {
  const info = findModel(model);
  if (!info || lifecycle(info, today) === "shut-down") {
    throw new ApiError(
      404,
      `The model \`${model}\` does not exist or you do not have access to it.`,
      "invalid_request_error",
      null,
      "model_not_found",
    );
  }
  if (!info.reasoning && sentEffort !== null) {
    throw invalidRequest(
      "Unsupported parameter: 'reasoning_effort' is not supported with this model.",
      "reasoning_effort",
      "unsupported_parameter",
    );
  }
  if (info.reasoning && sentEffort !== null && !info.reasoningEfforts.includes(sentEffort as ReasoningEffort)) {
    throw invalidRequest(
      `Unsupported value: '${sentEffort}' is not supported with the '${info.id}' model. Supported values are: ${supported(info.reasoningEfforts)}.`,
      "reasoning_effort",
      "unsupported_value",
    );
  }
  const rules = samplingRules(info.id, sentEffort as ReasoningEffort | null);
  const sent = (param: string) => body[param] !== undefined && body[param] !== null;
  const unsupported = (param: string, hint = "") =>
    invalidRequest(
      `Unsupported parameter: '${param}' is not supported with this model.${hint}`,
      param,
      "unsupported_parameter",
    );
  // temperature keeps its default only ("Unsupported value"); top_p and the penalties are refused
  // outright on gpt-5 and the o-series ("Unsupported parameter"), as the API answers.
  for (const param of ["temperature", "top_p", "presence_penalty", "frequency_penalty"] as const) {
    const def = SAMPLING_DEFAULTS[param];
    if (rules[param] === "default only" && sent(param) && body[param] !== def) {
      throw invalidRequest(
        `Unsupported value: '${param}' does not support ${String(body[param])} with this model. Only the default (${def}) value is supported.`,
        param,
        "unsupported_value",
      );
    }
    if (rules[param] === "rejected" && sent(param)) throw unsupported(param);
  }
  if (rules.max_tokens === "rejected" && sent("max_tokens"))
    throw unsupported("max_tokens", " Use 'max_completion_tokens' instead.");
  if (rules.logprobs === "rejected") {
    if (sent("logprobs") && body.logprobs !== false) throw unsupported("logprobs");
    if (sent("top_logprobs")) throw unsupported("top_logprobs");
  }
  if (rules.logit_bias === "rejected" && sent("logit_bias")) throw unsupported("logit_bias");
  if (rules.stop === "rejected" && sent("stop")) throw unsupported("stop");
  const verbosity = body.verbosity;
  if (typeof verbosity === "string" && !rules.verbosity.includes(verbosity as never)) {
    throw invalidRequest(
      `Unsupported value: 'verbosity' does not support '${verbosity}' with this model. Supported values are: ${supported(rules.verbosity)}.`,
      "verbosity",
      "unsupported_value",
    );
  }
  if (hasTools && info.toolsNeedEffortNone && rules.reasoningEffort !== "none") {
    throw invalidRequest(
      `Function tools with reasoning_effort are not supported for ${info.id} in /v1/chat/completions. To use function tools, use /v1/responses or set reasoning_effort to 'none'.`,
      "reasoning_effort",
    );
  }
  return { info, effort: rules.reasoningEffort };
}

/** max_completion_tokens (or max_tokens) above what the model can write in one reply. */
function maxOutputLimitError(info: ModelInfo, maxTokens: number | null): ApiError | null {
  if (maxTokens === null || maxTokens <= info.maxOutputTokens) return null;
  return invalidRequest(
    `max_tokens is too large: ${maxTokens}. This model supports at most ${info.maxOutputTokens} completion tokens, whereas you provided ${maxTokens}.`,
    "max_tokens",
    "invalid_value",
  );
}

/**
 * A prompt too long for the model, in the API's words for that model: models with an input limit
 * below their context window (gpt-5 and later) word it differently from gpt-4o and gpt-4.1.
 */
/** `exact` false: counting stopped once past the limit, so the count is a lower bound, and the message says so. */
export function contextLimitError(
  info: ModelInfo,
  promptTokens: number,
  maxTokens: number | null,
  exact = true,
): ApiError | null {
  const resulted = `${exact ? "" : "more than "}${promptTokens}`;
  if (info.maxInputTokens !== undefined && promptTokens > info.maxInputTokens) {
    return invalidRequest(
      `Input tokens exceed the configured limit of ${info.maxInputTokens} tokens. Your messages resulted in ${resulted} tokens. Please reduce the length of the messages.`,
      "messages",
      "context_length_exceeded",
    );
  }
  if (promptTokens > info.contextWindow) {
    return invalidRequest(
      `This model's maximum context length is ${info.contextWindow} tokens. However, your messages resulted in ${resulted} tokens. Please reduce the length of the messages.`,
      "messages",
      "context_length_exceeded",
    );
  }
  if (maxTokens !== null && promptTokens + maxTokens > info.contextWindow) {
    return invalidRequest(
      `This model's maximum context length is ${info.contextWindow} tokens. However, you requested ${promptTokens + maxTokens} tokens (${promptTokens} in the messages, ${maxTokens} in the completion). Please reduce the length of the messages or completion.`,
      "messages",
      "context_length_exceeded",
    );
  }
  return null;
}
