/**
 * Fault injection for teaching retries. A fault comes from the `x-workbook-fault` request header
 * ("429", "429*2", "503*1; retry-after=0.2", "cut-stream") or from OfflineOptions.fault.
 *
 * Header faults count attempts of one logical request: the same method, path, body and header.
 * So `429*2` fails twice and then succeeds, whether the retries come from the SDK (same request
 * re-sent) or from a hand-written backoff loop, however long it waits (a `retry-after=120` is
 * honoured); after the success, it starts over.
 * An options fault counts every request through that backend: the first N fail.
 */
import { ApiError, invalidRequest } from "../request/errors";
import type { FaultKind, FaultSpec, OfflineOptions } from "../request/options";
import { hash32 } from "../model/rng";

export const FAULT_HEADER = "x-workbook-fault";
const KINDS: readonly FaultKind[] = ["429", "500", "502", "503", "quota", "cut-stream"];
/** Faults still owed to this many distinct requests are remembered; beyond that the oldest is forgotten. */
const MAX_REMEMBERED = 10_000;

export function parseFault(raw: string): FaultSpec {
  const [head, ...params] = raw.split(";").map((s) => s.trim());
  const match = /^([a-z0-9-]+)(?:\s*\*\s*(\d+))?$/i.exec(head ?? "");
  const kind = match?.[1].toLowerCase() as FaultKind | undefined;
  if (!match || !kind || !KINDS.includes(kind)) {
    throw invalidRequest(
      `Invalid ${FAULT_HEADER} value '${raw}' (offline model). Use one of ${KINDS.join(", ")}, optionally with a count and a retry-after, e.g. '429*2' or '429*2; retry-after=0.5'.`,
      null,
      "invalid_fault",
    );
  }
  const spec: FaultSpec = { kind, times: match[2] === undefined ? Infinity : Number(match[2]) };
  for (const p of params) {
    const [name, value] = p.split("=").map((s) => s.trim());
    const seconds = Number(value);
    if (name?.toLowerCase() === "retry-after" && Number.isFinite(seconds) && seconds >= 0)
      spec.retryAfterSeconds = seconds;
  }
  return spec;
}

const attempts = new Map<string, number>();
const optionFailures = new WeakMap<object, number>();
const parsedOptions = new WeakMap<object, FaultSpec>();

/** The fault this attempt should suffer, or null when it goes through. */
export function faultFor(request: Request, bodyText: string, options: OfflineOptions): FaultSpec | null {
  const header = request.headers.get(FAULT_HEADER);
  if (header) {
    const spec = parseFault(header);
    // A fault without a count fails every attempt: nothing to remember.
    if (spec.times === Infinity) return spec;
    const url = new URL(request.url);
    const key = `${header}\n${request.method} ${url.pathname}\n${hash32(bodyText)}:${bodyText.length}`;
    const failures = attempts.get(key) ?? 0;
    attempts.delete(key);
    if (failures < spec.times) {
      // Re-inserted last, so the map's first key is always the least recently seen request.
      attempts.set(key, failures + 1);
      if (attempts.size > MAX_REMEMBERED) attempts.delete(attempts.keys().next().value!);
      return spec;
    }
    return null;
  }
  if (options.fault) {
    let spec = parsedOptions.get(options);
    if (!spec) {
      spec = typeof options.fault === "string" ? parseFault(options.fault) : options.fault;
      parsedOptions.set(options, spec);
    }
    const failed = optionFailures.get(options) ?? 0;
    if (failed < spec.times) {
      optionFailures.set(options, failed + 1);
      return spec;
    }
  }
  return null;
}

/** The error reply of a fault (cut-stream is handled by the stream itself). */
export function faultError(spec: FaultSpec, model: string): ApiError {
  const error = faultErrorBody(spec, model);
  // Any fault may ask for a wait ("503*2; retry-after=0.2"); a 429 always does.
  if (spec.retryAfterSeconds !== undefined) error.headers["retry-after"] = String(spec.retryAfterSeconds);
  return error;
}

function faultErrorBody(spec: FaultSpec, model: string): ApiError {
  switch (spec.kind) {
    case "429": {
      const wait = spec.retryAfterSeconds ?? 1;
      const waitText = wait >= 1 ? `${+wait.toFixed(3)}s` : `${Math.round(wait * 1000)}ms`;
      return new ApiError(
        429,
        `Rate limit reached for ${model} in organization org-offline on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${waitText}. Visit https://platform.openai.com/account/rate-limits to learn more.`,
        "requests",
        null,
        "rate_limit_exceeded",
        {
          "retry-after": String(wait),
          "x-ratelimit-limit-requests": "3",
          "x-ratelimit-remaining-requests": "0",
          "x-ratelimit-reset-requests": waitText,
          "x-ratelimit-limit-tokens": "40000",
          "x-ratelimit-remaining-tokens": "39950",
          "x-ratelimit-reset-tokens": "75ms",
        },
      );
    }
    case "quota":
      return new ApiError(
        429,
        "You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
        "insufficient_quota",
        null,
        "insufficient_quota",
      );
    case "500":
      return new ApiError(
        500,
        "The server had an error while processing your request. Sorry about that!",
        "server_error",
      );
    case "502":
      return new ApiError(502, "Bad gateway.", "server_error", null, "bad_gateway");
    case "503":
      return new ApiError(
        503,
        "The engine is currently overloaded, please try again later.",
        "server_error",
        null,
        "service_unavailable",
      );
    default:
      return new ApiError(
        500,
        "The server had an error while processing your request. Sorry about that!",
        "server_error",
      );
  }
}
