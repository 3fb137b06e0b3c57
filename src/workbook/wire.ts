/**
 * The wire recorder: `createClient({ wire: log })` passes every request the SDK makes through
 * `log.wrap(fetch)`, which keeps a copy of both sides of the exchange, with secrets redacted,
 * and hands the SDK the response untouched.
 */
import { STATUS_CODES } from "http";

export interface WireFrame {
  /** Milliseconds after the request started. */
  atMs: number;
  /** One server-sent event as it came over the wire, e.g. `data: {"id":...}`. */
  text: string;
}

export interface WireRequest {
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, else its text, else a description ("[form data]"). */
  body: unknown;
  bodyBytes: number;
}

export interface WireResponse {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  /** Parsed JSON (or text) of a plain response; undefined for a stream, whose events are in `frames`. */
  body?: unknown;
  bodyBytes: number;
  /** Set for `text/event-stream` responses. */
  stream?: {
    frames: WireFrame[];
    /** "open" while the SDK is still reading; "cancelled" when it stopped early (e.g. `break` or abort). */
    state: "open" | "done" | "cancelled" | "error";
  };
}

export interface WireExchange {
  /** 1, 2, 3... in the order the SDK sent them (a retry is a new exchange). */
  seq: number;
  method: string;
  url: string;
  /** Epoch milliseconds. */
  startedAt: number;
  request: WireRequest;
  response?: WireResponse;
  timing: {
    /** Until the status line and headers arrived. */
    headersMs?: number;
    /** Until the first event of a stream. */
    firstFrameMs?: number;
    /** Until the body was complete (or the stream ended). */
    totalMs?: number;
  };
  /** Why the exchange failed before a complete response (network error, abort). */
  error?: string;
  /** Who really answered, when it was not the host in `url` (the offline model, in this process). */
  answeredBy?: string;
}

export const REDACTED = "[redacted]";

/**
 * Records the HTTP exchanges of every client it is passed to (see `createClient({ wire })`).
 * It fits client.ts's FetchWrapper by shape; not importing it keeps this file free of the client's
 * dependencies.
 */
export class WireLog {
  private readonly recorded: WireExchange[] = [];
  private nextSeq = 1;

  /** Every exchange so far, oldest first. */
  get exchanges(): readonly WireExchange[] {
    return this.recorded;
  }

  /** The latest exchange, if any. */
  get last(): WireExchange | undefined {
    return this.recorded[this.recorded.length - 1];
  }

  clear(): void {
    this.recorded.length = 0;
  }

  /** `answeredBy` names who really answers when it is not the URL's host (the SDK still builds api.openai.com URLs). */
  wrap(fetch: typeof globalThis.fetch, answeredBy?: string): typeof globalThis.fetch {
    return async (input, init) => {
      // Read the request's parts without building a Request: that would lock a streamed body.
      const original = input instanceof Request ? input : undefined;
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      const headers = new Headers(init?.headers ?? original?.headers);
      const secrets = secretsIn(headers);
      const exchange: WireExchange = {
        seq: this.nextSeq++,
        method: (init?.method ?? original?.method ?? "GET").toUpperCase(),
        url: redactUrl(url, secrets),
        startedAt: Date.now(),
        request: { headers: redactHeaders(headers, secrets), ...describeBody(init?.body, secrets) },
        timing: {},
        ...(answeredBy ? { answeredBy } : {}),
      };
      this.recorded.push(exchange);
      const start = performance.now();
      const elapsed = () => Math.round((performance.now() - start) * 10) / 10;
      let response: Response;
      try {
        response = await fetch(input, init);
      } catch (error) {
        exchange.error = errorText(error, secrets);
        exchange.timing.totalMs = elapsed();
        throw error;
      }
      exchange.timing.headersMs = elapsed();
      return record(exchange, response, secrets, elapsed);
    };
  }
}

/** A new, empty wire log: `const log = wire(); const client = createClient({ wire: log })`. */
export function wire(): WireLog {
  return new WireLog();
}

async function record(
  exchange: WireExchange,
  response: Response,
  secrets: string[],
  elapsed: () => number,
): Promise<Response> {
  const isStream = /text\/event-stream/i.test(response.headers.get("content-type") ?? "");
  const meta: WireResponse = {
    status: response.status,
    // HTTP/2 has no reason phrase, so fetch leaves statusText empty; show the standard one.
    statusText: response.statusText || STATUS_CODES[response.status] || "",
    headers: redactHeaders(response.headers, secrets),
    bodyBytes: 0,
  };
  exchange.response = meta;
  if (!response.body) {
    exchange.timing.totalMs = elapsed();
    return response;
  }
  if (isStream) {
    meta.stream = { frames: [], state: "open" };
    return passThrough(response, exchange, secrets, elapsed);
  }
  // Read a copy to the end before the SDK sees the response, so the record is complete when its call returns.
  try {
    const text = await response.clone().text();
    meta.bodyBytes = byteLength(text);
    meta.body = parseBody(scrub(text, secrets));
  } catch (error) {
    exchange.error = errorText(error, secrets);
  }
  exchange.timing.totalMs = elapsed();
  return response;
}

/**
 * The same response with a body that notes each SSE frame on its way to the SDK. Unlike a tee, no
 * second reader is left behind: the record is complete the moment the SDK's loop ends, and when the
 * SDK stops early (break, abort) the connection closes just as it would without the recorder.
 */
function passThrough(response: Response, exchange: WireExchange, secrets: string[], elapsed: () => number): Response {
  const meta = exchange.response!;
  const stream = meta.stream!;
  // Reads as fast as the network delivers, so each frame's time is when it arrived, not when the SDK asked.
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const takeFrames = (final: boolean) => {
    const parts = buffer.split(/\r\n\r\n|\n\n|\r\r/);
    buffer = final ? "" : (parts.pop() ?? "");
    const atMs = elapsed();
    for (const part of parts) {
      if (part.trim() === "") continue;
      exchange.timing.firstFrameMs ??= atMs;
      stream.frames.push({ atMs, text: scrub(part, secrets) });
    }
  };
  const end = (state: "done" | "cancelled" | "error") => {
    if (stream.state !== "open") return;
    buffer += decoder.decode();
    takeFrames(true);
    stream.state = state;
    exchange.timing.totalMs = elapsed();
  };
  const pump = async (controller: ReadableStreamDefaultController<Uint8Array>) => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        meta.bodyBytes += value.byteLength;
        buffer += decoder.decode(value, { stream: true });
        takeFrames(false);
        controller.enqueue(value);
      }
      if (stream.state !== "open") return;
      end("done");
      controller.close();
    } catch (error) {
      if (stream.state !== "open") return;
      exchange.error = errorText(error, secrets);
      end("error");
      controller.error(error);
    }
  };
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      void pump(controller);
    },
    cancel(reason) {
      end("cancelled");
      return reader.cancel(reason);
    },
  });
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // The SDK puts response.url in its logs and errors; a constructed Response would have none.
  Object.defineProperty(copy, "url", { value: response.url });
  return copy;
}

// ---- redaction -------------------------------------------------------------------------------

/** Header names whose whole value is a credential. */
const SECRET_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|(^|-)api-?key$|(^|-)(auth-|access-)?token$|secret|password/i;
/** Strings that look like an OpenAI key (sk-..., sk-proj-...), wherever they appear. */
const KEY_PATTERN = /\bsk-[A-Za-z0-9_-]{8,}/g;
/** user:password@ in any URL inside a text (an error message, a body). */
const URL_CREDENTIALS = /(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi;
const SECRET_QUERY = /^(api[-_]?key|key|token|access_token|secret)$/i;

/** The credential values a request carries, to scrub from anything else recorded with it. */
function secretsIn(headers: Headers): string[] {
  const found: string[] = [];
  headers.forEach((value, name) => {
    if (!SECRET_HEADER.test(name)) return;
    const bare = value.replace(/^(Bearer|Basic|Token)\s+/i, "").trim();
    if (bare.length >= 6) found.push(bare);
  });
  return found;
}

/** Replaces known secrets and anything shaped like a key with "[redacted]". */
export function scrub(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  return out.replace(KEY_PATTERN, REDACTED).replace(URL_CREDENTIALS, `$1${REDACTED}@`);
}

export function redactHeaders(headers: Headers, secrets: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (SECRET_HEADER.test(name)) {
      const scheme = /^(Bearer|Basic|Token)\s/i.exec(value);
      out[name] = scheme ? `${scheme[1]} ${REDACTED}` : REDACTED;
    } else {
      out[name] = scrub(value, secrets);
    }
  });
  return out;
}

function redactUrl(url: string, secrets: readonly string[]): string {
  try {
    const u = new URL(url);
    if (u.username || u.password) {
      u.username = REDACTED;
      u.password = "";
    }
    for (const name of [...u.searchParams.keys()]) if (SECRET_QUERY.test(name)) u.searchParams.set(name, REDACTED);
    return scrub(u.toString(), secrets);
  } catch {
    return scrub(url, secrets);
  }
}

function describeBody(body: RequestInit["body"], secrets: readonly string[]): { body: unknown; bodyBytes: number } {
  if (body == null) return { body: undefined, bodyBytes: 0 };
  if (typeof body === "string") return { body: parseBody(scrub(body, secrets)), bodyBytes: byteLength(body) };
  if (body instanceof URLSearchParams)
    return { body: scrub(body.toString(), secrets), bodyBytes: byteLength(body.toString()) };
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body))
    return { body: `[binary body]`, bodyBytes: body.byteLength };
  if (typeof FormData !== "undefined" && body instanceof FormData) return { body: "[form data]", bodyBytes: 0 };
  if (typeof Blob !== "undefined" && body instanceof Blob)
    return { body: `[${body.type || "binary"} body]`, bodyBytes: body.size };
  return { body: "[streamed body]", bodyBytes: 0 };
}

function parseBody(text: string): unknown {
  if (text === "") return "";
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function byteLength(text: string): number {
  return new TextEncoder().encode(text).byteLength;
}

function errorText(error: unknown, secrets: readonly string[]): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return scrub(message, secrets);
}
