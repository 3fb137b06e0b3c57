/**
 * The offline model's one request handler. It serves the in-process fetch (createOfflineFetch),
 * the HTTP server (npm run offline-server) and the msw handlers of the tests:
 * POST /v1/chat/completions, GET /v1/models and GET /v1/models/{id}; anything else is a 404
 * like the real API's.
 */
import { DEFAULT_MODEL } from "../api/catalog";
import { countMessageTokens } from "../api/tokens";
import { prepareChoices } from "./chat";
import { corpusTexts } from "./corpus/all";
import { ngramModel } from "./ngram";
import { rankPassages } from "./retrieval";
import { vocabularyFor } from "./vocab";
import { ApiError, baseHeaders, errorResponse, invalidRequest, requestId } from "./errors";
import { faultError, faultFor } from "./faults";
import { listModels, retrieveModel } from "./models";
import type { OfflineOptions } from "./options";
import { completionResponse, streamResponse, type ReplyContext } from "./respond";
import { hash32, randomId } from "./rng";
import { contextLimitError, validateChatRequest, type ChatRequest } from "./validate";

export type { FaultKind, FaultSpec, OfflineOptions } from "./options";

const JSON_PARSE_ERROR =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

export async function handleRequest(request: Request, options: OfflineOptions = {}): Promise<Response> {
  const startedAt = performance.now();
  const id = requestId();
  try {
    const url = new URL(request.url);
    const path = url.pathname.replace(/\/+$/, "");
    if (/(^|\/)chat\/completions$/.test(path)) {
      if (request.method === "POST") return await chatCompletions(request, options, id, startedAt);
      if (request.method === "GET") return json({ object: "list", data: [], first_id: null, last_id: null, has_more: false }, id, startedAt);
    }
    if (/(^|\/)models$/.test(path) && request.method === "GET") return json(listModels(options.today), id, startedAt);
    const model = /(?:^|\/)models\/(.+)$/.exec(path);
    if (model && request.method === "GET") return json(retrieveModel(decodeURIComponent(model[1]), options.today), id, startedAt);
    throw new ApiError(404, `Invalid URL (${request.method} ${url.pathname})`, "invalid_request_error");
  } catch (error) {
    if (request.signal?.aborted) throw error;
    if (error instanceof ApiError) return errorResponse(error, id, startedAt);
    // Should never happen: a bug in the offline model. Say so instead of crashing the caller.
    const message = error instanceof Error ? error.message : String(error);
    return errorResponse(new ApiError(500, `The offline model failed on this request: ${message}`, "server_error"), id, startedAt);
  }
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
  return new Response(JSON.stringify(body, null, 2) + "\n", { status: 200, headers: { "content-type": "application/json", ...baseHeaders(id, startedAt) } });
}

async function chatCompletions(request: Request, options: OfflineOptions, id: string, startedAt: number): Promise<Response> {
  let text: string;
  try {
    text = await request.text();
  } catch {
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
    const model = typeof (body as { model?: unknown })?.model === "string" ? (body as { model: string }).model : "gpt-4o-mini";
    throw faultError(fault, model);
  }
  const req = validateChatRequest(body, options.today);
  const promptTokens = countMessageTokens(req.messages, req.model);
  const tooLong = contextLimitError(req.info, promptTokens, req.maxTokens);
  if (tooLong) throw tooLong;
  if (fault && !req.stream) return Response.error(); // cut-stream on a plain request: the connection drops

  const choices = prepareChoices(req);
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
