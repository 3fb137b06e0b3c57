/**
 * The offline model's one request handler. It serves the in-process fetch (createOfflineFetch),
 * the HTTP server (npm run offline-server) and the msw handlers of the tests:
 * POST /v1/chat/completions, GET /v1/models and GET /v1/models/{id}; anything else is a 404
 * like the real API's.
 */
import { DEFAULT_MODEL } from "../../api/catalog";
import { countMessageTokens } from "../../api/tokens";
import { countPromptTokens } from "./prompt-size";
import { modelView } from "./model-view";
import { prepareChoices } from "../reply/chat";
import { corpusTexts } from "../corpus/all";
import { ngramModel } from "../model/ngram";
import { rankPassages } from "../read/retrieval";
import { vocabularyFor } from "../model/vocab";
import { ApiError, baseHeaders, errorResponse, invalidRequest, requestId } from "../request/errors";
import { faultError, faultFor } from "./faults";
import { listModels, retrieveModel } from "./models";
import type { OfflineOptions } from "../request/options";
import { completionResponse, streamResponse, type ReplyContext } from "../reply/respond";
import { hash32, randomId } from "../model/rng";
import type { ChatRequest } from "../request/chat-request";
import { contextLimitError, validateChatRequest } from "./validate";

export type { FaultKind, FaultSpec, OfflineOptions } from "../request/options";

const JSON_PARSE_ERROR =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

/** The largest body the offline model reads: ample for a 1M-token prompt (about 4 MB of text). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

export async function handleRequest(request: Request, options: OfflineOptions = {}): Promise<Response> {
  const startedAt = performance.now();
  const id = requestId();
  try {
    return await route(request, options, id, startedAt);
  } catch (error) {
    if (request.signal?.aborted) throw error;
    if (error instanceof ApiError) return errorResponse(error, id, startedAt);
    // Should never happen: a bug in the offline model. Say so instead of crashing the caller.
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(
      new ApiError(500, `The offline model failed on this request: ${message}`, "server_error"),
      id,
      startedAt,
    );
  }
}

/** The API's routes, matched exactly: like the API, /v1/anything-else/chat/completions is a 404. */
async function route(request: Request, options: OfflineOptions, id: string, startedAt: number): Promise<Response> {
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/+$/, "");
  if (path === "/v1/chat/completions") {
    if (request.method === "POST") return await chatCompletions(request, options, id, startedAt);
    if (request.method === "GET")
      return json({ object: "list", data: [], first_id: null, last_id: null, has_more: false }, id, startedAt);
  }
  if (path === "/v1/models" && request.method === "GET") return json(listModels(options.today), id, startedAt);
  const model = /^\/v1\/models\/([^/]+)$/.exec(path);
  if (model && request.method === "GET")
    return json(retrieveModel(decodeModelId(model[1]!), options.today), id, startedAt);
  throw new ApiError(404, `Invalid URL (${request.method} ${url.pathname})`, "invalid_request_error");
}

function decodeModelId(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    // Broken percent-encoding (%E0%A4%A) names no model.
    throw new ApiError(
      404,
      `The model \`${raw}\` does not exist or you do not have access to it.`,
      "invalid_request_error",
      null,
      "model_not_found",
    );
  }
}

/** JSON only, as the API: a form post or text/plain (what a web page can send without asking) is refused. */
function checkContentType(request: Request): void {
  const type = request.headers.get("content-type") ?? "";
  if (/^application\/json\s*(;|$)/i.test(type.trim())) return;
  throw new ApiError(
    400,
    `Unsupported content type: '${type}'. This API method only accepts 'application/json' requests, but you specified the header 'Content-Type: ${type}'. Please try again with a supported content type.`,
    "invalid_request_error",
    null,
    "unsupported_content_type",
  );
}

export function tooLarge(bytes: number): ApiError {
  return new ApiError(
    413,
    `Request body too large: ${bytes} bytes, more than the offline model's limit of ${MAX_BODY_BYTES} bytes (8 MB, about 2 million tokens of text). Send a shorter prompt.`,
    "invalid_request_error",
    null,
    "request_too_large",
  );
}

/** Reads the body, refusing it as soon as it passes MAX_BODY_BYTES (by its Content-Length, or while reading). */
async function readBody(request: Request): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > MAX_BODY_BYTES) throw tooLarge(declared);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(size);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Loads the tokenizer and builds the model's tables now instead of on the first request
 * (about a second, mostly js-tiktoken parsing its ranks). The HTTP server calls it at start.
 */
export function warmUp(model = DEFAULT_MODEL): void {
  const vocab = vocabularyFor(model);
  ngramModel(vocab, corpusTexts);
  rankPassages([{ role: "user", text: "hello" }]);
  countMessageTokens([{ role: "user", content: "hello" }], model);
}

function json(body: unknown, id: string, startedAt: number): Response {
  return new Response(JSON.stringify(body, null, 2) + "\n", {
    status: 200,
    headers: { "content-type": "application/json", ...baseHeaders(id, startedAt) },
  });
}

async function chatCompletions(
  request: Request,
  options: OfflineOptions,
  id: string,
  startedAt: number,
): Promise<Response> {
  checkContentType(request);
  let text: string;
  try {
    text = await readBody(request);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw invalidRequest(JSON_PARSE_ERROR);
  }
  const fault = faultFor(request, text, options);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalidRequest(JSON_PARSE_ERROR);
  }
  if (fault && fault.kind !== "cut-stream") {
    const model =
      typeof (body as { model?: unknown })?.model === "string" ? (body as { model: string }).model : DEFAULT_MODEL;
    throw faultError(fault, model);
  }
  // A big body took a while to parse: let waiting requests have a turn before it is validated and counted.
  if (text.length > 65_536) await new Promise<void>((resolve) => setImmediate(resolve));
  const req = validateChatRequest(body, options.today);
  const { info } = req;
  const counted = await countPromptTokens(req.messages, req.model, info.maxInputTokens ?? info.contextWindow);
  if (request.signal?.aborted) throw request.signal.reason ?? new Error("aborted");
  const promptTokens = counted.tokens;
  const tooLong = contextLimitError(info, promptTokens, req.maxTokens, counted.exact);
  if (tooLong) throw tooLong;
  if (fault && !req.stream) return Response.error(); // cut-stream on a plain request: the connection drops

  const choices = prepareChoices(modelView(req));
  const ctx: ReplyContext = {
    id: `chatcmpl-${randomId(29)}`,
    created: Math.floor(Date.now() / 1000),
    fingerprint: fingerprint(),
    promptTokens,
    tokensPerSecond: pacing(options.tokensPerSecond),
    timeToFirstTokenMs: pacing(options.timeToFirstTokenMs),
    signal: request.signal ?? null,
    cutStream: fault?.kind === "cut-stream",
    headers: { ...baseHeaders(id, startedAt), ...rateLimitHeaders(promptTokens, req) },
  };
  return req.stream ? streamResponse(req, choices, ctx) : completionResponse(req, choices, ctx);
}

/** Generous limits, like a high usage tier: the headers are there to be read, not to bite. */
function rateLimitHeaders(promptTokens: number, req: ChatRequest): Record<string, string> {
  const limitTokens = 10_000_000;
  const used = promptTokens + (req.maxTokens ?? 0);
  return {
    "x-ratelimit-limit-requests": "10000",
    "x-ratelimit-remaining-requests": "9999",
    "x-ratelimit-reset-requests": "6ms",
    "x-ratelimit-limit-tokens": String(limitTokens),
    "x-ratelimit-remaining-tokens": String(Math.max(0, limitTokens - used)),
    "x-ratelimit-reset-tokens": "0s",
  };
}

function pacing(value: number | undefined): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

let cachedFingerprint: string | null = null;

/** Changes when the corpus changes, as system_fingerprint changes with the backend's configuration. */
function fingerprint(): string {
  cachedFingerprint ??= `fp_${hash32(corpusTexts().join("\u0000")).toString(16).padStart(8, "0")}0f`;
  return cachedFingerprint;
}
