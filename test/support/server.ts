/**
 * The fake OpenAI API every grader talks to: msw intercepts https://api.openai.com/v1/* at the HTTP
 * level, so exercises use the real SDK. By default the offline model answers; a test scripts other
 * replies with `replyWith`, `replyWithStream` or `replyWithError`, and reads what was sent in `requests`.
 */
import { http, HttpResponse, type HttpResponseResolver } from "msw";
import { setupServer } from "msw/node";
import OpenAI from "openai";
import type {
  ChatCompletion,
  ChatCompletionChunk,
  ChatCompletionCreateParams,
} from "openai/resources/chat/completions";
import { afterAll, afterEach, beforeAll } from "vitest";
import { handleRequest } from "../../src/offline/index";

export const API = "https://api.openai.com/v1";
export const CHAT_URL = `${API}/chat/completions`;

/** A request an exercise sent, as the server saw it. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: ChatCompletionCreateParams & Record<string, unknown>;
}

/** Every request sent to the fake API since the test started, oldest first. */
export const requests: SentRequest[] = [];

const offline = http.all(`${API}/*`, ({ request }) => handleRequest(request));

export const server = setupServer(offline);

server.events.on("request:start", async ({ request }) => {
  const text = await request.clone().text();
  let body: SentRequest["body"];
  try {
    body = text ? JSON.parse(text) : ({} as SentRequest["body"]);
  } catch {
    body = { unparsable: text } as unknown as SentRequest["body"];
  }
  requests.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers), body });
});

/** Starts msw for this test file; call once at the top of every grader. */
export function useMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => {
    server.resetHandlers();
    requests.length = 0;
  });
  afterAll(() => server.close());
}

/** A client for the fake API; SDK retries are off so a test sees exactly the requests the exercise made. */
export function testClient(options: { maxRetries?: number } = {}): OpenAI {
  return new OpenAI({
    apiKey: "sk-test-0000000000000000",
    baseURL: API,
    maxRetries: options.maxRetries ?? 0,
    fetch: cancelSafeFetch,
  });
}

/**
 * msw tees every mocked response body for its own "response" event, and cancelling a body whose
 * other branch nobody reads never settles (mswjs/interceptors#712, #799). The SDK cancels a body
 * when code stops reading a stream early (`break` in `for await`, an exception in the loop) and
 * before it retries an error, so those would hang until the test times out. This fetch (msw's, looked
 * up per call) hands the SDK a body whose cancel returns at once, as a real connection's does.
 */
export const cancelSafeFetch: typeof globalThis.fetch = async (input, init) => {
  const response = await globalThis.fetch(input, init);
  if (!response.body) return response;
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel(reason) {
      reader.cancel(reason).catch(() => {});
    },
  });
  const safe = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(safe, "url", { value: response.url });
  return safe;
};

/** The chat completion requests sent so far (bodies only). */
export function sentBodies(): SentRequest["body"][] {
  return requests.filter((r) => r.url.endsWith("/chat/completions")).map((r) => r.body);
}

let counter = 0;
const nextId = () => `chatcmpl-test${(++counter).toString().padStart(6, "0")}`;

/** A realistic ChatCompletion with one choice per text. */
export function completion(
  content: string | string[],
  options: {
    model?: string;
    finishReason?: ChatCompletion.Choice["finish_reason"];
    usage?: Partial<OpenAI.CompletionUsage>;
  } = {},
): ChatCompletion {
  const texts = Array.isArray(content) ? content : [content];
  const completionTokens =
    options.usage?.completion_tokens ?? texts.reduce((n, t) => n + Math.max(1, Math.ceil(t.length / 4)), 0);
  const promptTokens = options.usage?.prompt_tokens ?? 20;
  return {
    id: nextId(),
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: options.model ?? "gpt-4o-mini",
    system_fingerprint: "fp_test",
    choices: texts.map((text, index) => ({
      index,
      message: { role: "assistant", content: text, refusal: null },
      logprobs: null,
      finish_reason: options.finishReason ?? "stop",
    })),
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: options.usage?.total_tokens ?? promptTokens + completionTokens,
      ...(options.usage?.completion_tokens_details
        ? { completion_tokens_details: options.usage.completion_tokens_details }
        : {}),
    },
  };
}

type Reply = ChatCompletion | ((body: SentRequest["body"], call: number) => ChatCompletion);

/** Answers chat completions with the given completion(s): a list answers successive calls, the last one repeats. */
export function replyWith(...replies: Reply[]): void {
  let call = 0;
  server.use(
    http.post(CHAT_URL, async ({ request }) => {
      const body = (await request.json()) as SentRequest["body"];
      const reply = replies[Math.min(call, replies.length - 1)];
      call += 1;
      return HttpResponse.json(typeof reply === "function" ? reply(body, call) : reply, {
        headers: { "x-request-id": `req_test_${call}` },
      });
    }),
  );
}

/** The chunks of a stream the way the API sends them: role chunk, one chunk per delta, finish chunk, optional usage chunk. */
export function streamChunks(
  deltas: (string | null | Partial<ChatCompletionChunk.Choice.Delta>)[],
  options: {
    model?: string;
    finishReason?: ChatCompletionChunk.Choice["finish_reason"];
    usage?: OpenAI.CompletionUsage | null;
  } = {},
): ChatCompletionChunk[] {
  const id = nextId();
  const created = Math.floor(Date.now() / 1000);
  const base = {
    id,
    object: "chat.completion.chunk" as const,
    created,
    model: options.model ?? "gpt-4o-mini",
    system_fingerprint: "fp_test",
  };
  const chunk = (
    delta: ChatCompletionChunk.Choice.Delta,
    finish: ChatCompletionChunk.Choice["finish_reason"] = null,
  ): ChatCompletionChunk => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
    ...(options.usage !== undefined ? { usage: null } : {}),
  });
  const chunks: ChatCompletionChunk[] = [chunk({ role: "assistant", content: "", refusal: null })];
  for (const d of deltas)
    chunks.push(chunk(d === null ? { content: null } : typeof d === "string" ? { content: d } : d));
  chunks.push(chunk({}, options.finishReason ?? "stop"));
  if (options.usage) chunks.push({ ...base, choices: [], usage: options.usage });
  return chunks;
}

/** Answers chat completions with a stream of the given chunks (see streamChunks). */
export function replyWithStream(
  chunks: ChatCompletionChunk[] | ((body: SentRequest["body"]) => ChatCompletionChunk[]),
): void {
  server.use(
    http.post(CHAT_URL, async ({ request }) => {
      const body = (await request.json()) as SentRequest["body"];
      const list = typeof chunks === "function" ? chunks(body) : chunks;
      const encoder = new TextEncoder();
      const stream = new ReadableStream({
        start(controller) {
          for (const c of list) controller.enqueue(encoder.encode(`data: ${JSON.stringify(c)}\n\n`));
          controller.enqueue(encoder.encode("data: [DONE]\n\n"));
          controller.close();
        },
      });
      return new HttpResponse(stream, {
        headers: { "content-type": "text/event-stream", "x-request-id": "req_test_stream" },
      });
    }),
  );
}

export interface ScriptedError {
  status: number;
  message?: string;
  type?: string;
  code?: string | null;
  param?: string | null;
  headers?: Record<string, string>;
}

const ERROR_DEFAULTS: Record<number, Omit<ScriptedError, "status">> = {
  400: {
    message: "Invalid 'temperature': decimal above maximum value. Expected a value <= 2, but got 2.1 instead.",
    type: "invalid_request_error",
    param: "temperature",
    code: "decimal_above_max_value",
  },
  401: {
    message:
      "Incorrect API key provided: sk-test-***0000. You can find your API key at https://platform.openai.com/account/api-keys.",
    type: "invalid_request_error",
    code: "invalid_api_key",
  },
  404: {
    message: "The model `gpt-nonexistent` does not exist or you do not have access to it.",
    type: "invalid_request_error",
    code: "model_not_found",
  },
  429: {
    message:
      "Rate limit reached for gpt-4o-mini in organization org-test on requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in 20s.",
    type: "requests",
    code: "rate_limit_exceeded",
    headers: {
      "x-ratelimit-limit-requests": "3",
      "x-ratelimit-remaining-requests": "0",
      "x-ratelimit-reset-requests": "20s",
    },
  },
  500: {
    message: "The server had an error while processing your request. Sorry about that!",
    type: "server_error",
    code: null,
  },
  503: { message: "The engine is currently overloaded, please try again later.", type: "server_error", code: null },
};

/** The real error envelope: {"error": {message, type, param, code}} with the status and headers given. */
export function errorResponse(e: ScriptedError): Response {
  const d = ERROR_DEFAULTS[e.status] ?? { message: `Error ${e.status}`, type: "invalid_request_error", code: null };
  const headers = { "x-request-id": `req_test_err_${e.status}`, ...d.headers, ...e.headers };
  return HttpResponse.json(
    {
      error: {
        message: e.message ?? d.message,
        type: e.type ?? d.type,
        param: e.param ?? d.param ?? null,
        code: e.code !== undefined ? e.code : (d.code ?? null),
      },
    },
    { status: e.status, headers },
  );
}

/**
 * Scripts a sequence of outcomes for chat completions: each entry is an error or a completion;
 * calls past the end get the last entry.
 */
export function replySequence(...outcomes: (ScriptedError | ChatCompletion)[]): void {
  let call = 0;
  server.use(
    http.post(CHAT_URL, () => {
      const outcome = outcomes[Math.min(call, outcomes.length - 1)];
      call += 1;
      return "status" in outcome ? errorResponse(outcome) : HttpResponse.json(outcome);
    }),
  );
}

/** Answers every chat completion with this error. */
export function replyWithError(error: ScriptedError): void {
  replySequence(error);
}

/** Replaces the handler of chat completions with your own msw resolver. */
export function onChatCompletions(resolver: HttpResponseResolver): void {
  server.use(http.post(CHAT_URL, resolver));
}
