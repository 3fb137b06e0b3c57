import { inspect } from "node:util";
import OpenAI from "openai";
import { DEFAULT_MODEL } from "../api/catalog";
import { envVar, loadDotEnv } from "./env";
import type { OfflineOptions } from "../offline/request/options";

export type BackendKind = "offline" | "openai";

export interface Backend {
  kind: BackendKind;
  /** Where requests go; for the offline model, the URL the SDK believes it talks to. */
  baseURL: string;
  /** The model notebooks use unless they say otherwise (WORKBOOK_MODEL, else DEFAULT_MODEL from the catalog). */
  model: string;
  /** One line for a notebook or a CLI banner; never contains the key. */
  description: string;
}

/** Anything that can stand between the SDK and the network, such as the wire recorder. */
export interface FetchWrapper {
  wrap(fetch: typeof globalThis.fetch, answeredBy?: string): typeof globalThis.fetch;
}

export interface CreateClientOptions {
  /** Force a backend; default: WORKBOOK_BACKEND, else "openai" when OPENAI_API_KEY is set, else "offline". */
  backend?: BackendKind;
  /** Records every HTTP exchange (see `wire()`). */
  wire?: FetchWrapper;
  /** Passed to the SDK (default 2 on the real API, as the SDK does). */
  maxRetries?: number;
  timeout?: number;
  /**
   * The offline model's options: pacing (tokens per second, time to first token; default from
   * WORKBOOK_OFFLINE_TPS / WORKBOOK_OFFLINE_TTFT_MS, 0 = unpaced) and fault injection for
   * practising retries, e.g. `{ fault: "429*2" }` (the first two requests get a 429).
   */
  offline?: OfflineOptions;
}

const OPENAI_BASE_URL = "https://api.openai.com/v1";

/** Which backend createClient() would pick right now, and how to describe it. */
export function currentBackend(options: Pick<CreateClientOptions, "backend"> = {}): Backend {
  loadDotEnv();
  const kind = options.backend ?? chooseBackendKind();
  const model = envVar("WORKBOOK_MODEL") ?? DEFAULT_MODEL;
  if (kind === "offline") {
    return {
      kind,
      baseURL: OPENAI_BASE_URL,
      model,
      description: `offline model, in process (no key, no cost, nothing leaves this machine); default model ${model}`,
    };
  }
  // fetch refuses a URL with a user name or password in it, and they must never be printed: drop them.
  const baseURL = withoutCredentials(envVar("OPENAI_BASE_URL") ?? OPENAI_BASE_URL);
  const where = baseURL === OPENAI_BASE_URL ? "the OpenAI API" : `an OpenAI-compatible server at ${safeUrl(baseURL)}`;
  const keyNote = envVar("OPENAI_API_KEY") ? "key from OPENAI_API_KEY" : "no key set";
  return { kind, baseURL, model, description: `${where} (${keyNote}); default model ${model}` };
}

function chooseBackendKind(): BackendKind {
  const asked = envVar("WORKBOOK_BACKEND")?.toLowerCase();
  if (asked === "offline" || asked === "openai") return asked;
  if (asked) {
    throw new Error(
      `WORKBOOK_BACKEND is "${asked}", but it must be "offline" or "openai" (or unset). Fix it in .env or your shell.`,
    );
  }
  return envVar("OPENAI_API_KEY") || envVar("OPENAI_BASE_URL") ? "openai" : "offline";
}

/** The URL without user name and password; an unparsable URL is left for the SDK to report. */
function withoutCredentials(url: string): string {
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = "";
    u.password = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return url;
  }
}

/** Whether OPENAI_BASE_URL carries credentials (they are dropped, and the first request says so). */
function baseUrlHasCredentials(): boolean {
  const raw = envVar("OPENAI_BASE_URL");
  return raw !== undefined && withoutCredentials(raw) !== raw;
}

/** Credentials in a URL (http://user:secret@host) must not reach a description or a log. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return "(an invalid OPENAI_BASE_URL)";
  }
}

/** What client.ts needs of src/offline/index.ts (a local type, so TypeScript does not follow the import). */
interface OfflineFetchModule {
  createOfflineFetch(options: OfflineOptions): typeof globalThis.fetch;
}

/**
 * Loads the offline model. The specifier is a variable so that TypeScript does not follow it: a
 * notebook kernel (tslab) then compiles and type-checks only the helper module, not the whole
 * model and its corpus, for every cell that imports it (seconds per kernel start). In tslab this
 * module is CommonJS compiled in memory and Node cannot load the model's .ts files itself; tsx can.
 */
async function loadOfflineModel(): Promise<OfflineFetchModule> {
  const specifier = "../offline/index";
  try {
    return (await import(specifier)) as OfflineFetchModule;
  } catch (error) {
    if (typeof __filename !== "string" || typeof require !== "function") throw error;
    const tsx = require("tsx/cjs/api") as { require(id: string, from: string): unknown };
    return tsx.require(specifier, __filename) as OfflineFetchModule;
  }
}

/**
 * The offline model's fetch, loaded on the first request: importing the helper module stays light
 * (the model, its corpus and tables are not needed when the real API answers).
 */
function lazyOfflineFetch(options: OfflineOptions): typeof globalThis.fetch {
  let loaded: Promise<typeof globalThis.fetch> | undefined;
  return async (input, init) => {
    loaded ??= loadOfflineModel().then((m) => m.createOfflineFetch(options));
    return (await loaded)(input, init);
  };
}

function offlineOptions(options: CreateClientOptions["offline"]): OfflineOptions {
  const num = (name: string) => {
    const raw = envVar(name);
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n) || n < 0) {
      throw new Error(`${name} must be a number of 0 or more (0 means unpaced), not "${raw}".`);
    }
    return n;
  };
  // Test runs want speed over realism, even where a notebook paces its own client.
  if (envVar("WORKBOOK_OFFLINE_PACING") === "off") return { ...options, tokensPerSecond: 0, timeToFirstTokenMs: 0 };
  return {
    ...options,
    tokensPerSecond: options?.tokensPerSecond ?? num("WORKBOOK_OFFLINE_TPS") ?? 0,
    timeToFirstTokenMs: options?.timeToFirstTokenMs ?? num("WORKBOOK_OFFLINE_TTFT_MS") ?? 0,
  };
}

/** What the wire view says of requests the offline model answers: the URL keeps api.openai.com, nothing leaves. */
export const IN_PROCESS = "answered in this process by the offline model: nothing left this machine";

/**
 * A real `OpenAI` client on the backend the environment selects (see the README's "Backends").
 * It never throws: a setting that cannot work (a missing key, a bad WORKBOOK_BACKEND) is reported by
 * the first request, as an API error whose message says what to fix, so importing the helper module
 * always works. The client never shows its key: printing it, JSON.stringify or a notebook's display
 * of it (or of anything holding it) shows "[redacted]".
 */
export function createClient(options: CreateClientOptions = {}): OpenAI {
  let backend: Backend;
  let offline: OfflineOptions | undefined;
  try {
    backend = currentBackend(options);
    if (backend.kind === "offline") offline = offlineOptions(options.offline);
  } catch (error) {
    return refusingClient(options, 400, `Workbook configuration: ${(error as Error).message}`, "invalid_configuration");
  }
  if (backend.kind === "offline") {
    const fetch = connectionErrors(lazyOfflineFetch(offline!));
    return redacted(
      new OpenAI({
        apiKey: "offline-no-key-needed",
        baseURL: backend.baseURL,
        fetch: options.wire ? options.wire.wrap(fetch, IN_PROCESS) : fetch,
        maxRetries: options.maxRetries ?? 2,
        timeout: options.timeout,
      }),
    );
  }
  const key = envVar("OPENAI_API_KEY");
  if (!key && backend.baseURL === OPENAI_BASE_URL) {
    return refusingClient(
      options,
      401,
      "The OpenAI backend needs a key: set OPENAI_API_KEY in .env (see .env.example), or unset WORKBOOK_BACKEND to use the offline model. (The workbook did not send this request.)",
      "missing_api_key",
    );
  }
  if (baseUrlHasCredentials()) {
    return refusingClient(
      options,
      400,
      `OPENAI_BASE_URL contains a user name or password, which fetch cannot send and the workbook will not print. Remove them from the URL (${safeUrl(backend.baseURL)}); a key goes in OPENAI_API_KEY. (The workbook did not send this request.)`,
      "invalid_configuration",
    );
  }
  const fetch = connectionErrors(globalThis.fetch);
  return redacted(
    new OpenAI({
      // Local OpenAI-compatible servers usually ignore the key but the SDK insists on one.
      apiKey: key ?? "not-needed-for-a-local-server",
      baseURL: backend.baseURL,
      fetch: options.wire ? options.wire.wrap(fetch) : fetch,
      maxRetries: options.maxRetries,
      timeout: options.timeout,
    }),
  );
}

/** A client whose every request fails at once with this status and message, sending nothing. */
function refusingClient(options: CreateClientOptions, status: number, message: string, code: string): OpenAI {
  const refuse: typeof globalThis.fetch = async () =>
    new Response(JSON.stringify({ error: { message, type: "invalid_request_error", param: null, code } }), {
      status,
      headers: { "content-type": "application/json" },
    });
  return redacted(
    new OpenAI({
      apiKey: "no-key",
      baseURL: OPENAI_BASE_URL,
      fetch: options.wire ? options.wire.wrap(refuse) : refuse,
      maxRetries: 0,
    }),
  );
}

/**
 * A broken connection mid-stream fails with fetch's TypeError ("terminated"), which the SDK passes
 * on as it is; turned into the SDK's APIConnectionError here, so code that catches by class sees
 * the same error for a cut stream as for a connection that never opened, in process and over HTTP.
 */
export function connectionErrors(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    if (!response.body) return response;
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const { value, done } = await reader.read();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          const aborted = error instanceof Error && (error.name === "AbortError" || init?.signal?.aborted === true);
          controller.error(
            aborted
              ? error
              : new OpenAI.APIConnectionError({
                  message: "Connection error: the response was cut short.",
                  cause: error as Error,
                }),
          );
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    });
    const copy = new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    Object.defineProperty(copy, "url", { value: response.url });
    return copy;
  };
}

const REDACTED = "[redacted]";

/**
 * Hides the key from every way a value gets printed: util.inspect (console.log, a notebook's
 * display of a cell's value, which tslab prints with console.log), JSON.stringify and String().
 * The SDK still reads `apiKey` as before; it is only no longer enumerable.
 */
function redacted(client: OpenAI): OpenAI {
  const summary = () => ({
    baseURL: safeUrl(client.baseURL),
    apiKey: REDACTED,
    maxRetries: client.maxRetries,
    timeout: client.timeout,
  });
  hide(client, "apiKey");
  define(client, inspect.custom, (_depth: number, opts: object) => `OpenAI ${inspect(summary(), opts)}`);
  define(client, "toJSON", summary);
  define(client, "toString", () => `OpenAI client for ${safeUrl(client.baseURL)} (key ${REDACTED})`);
  // The SDK keeps its constructor options too; they hold the key.
  const internal = (client as unknown as { _options?: Record<string, unknown> })._options;
  if (internal && typeof internal === "object") {
    define(
      internal,
      inspect.custom,
      () =>
        `ClientOptions ${inspect({ ...internal, apiKey: REDACTED, baseURL: typeof internal.baseURL === "string" ? safeUrl(internal.baseURL) : internal.baseURL })}`,
    );
    define(internal, "toJSON", () => ({ ...internal, apiKey: REDACTED, fetch: undefined }));
  }
  return client;
}

function hide(target: object, key: string): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor && "value" in descriptor) Object.defineProperty(target, key, { ...descriptor, enumerable: false });
}

function define(target: object, key: string | symbol, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: false, configurable: true, writable: true });
}
