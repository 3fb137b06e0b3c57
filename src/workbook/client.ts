import OpenAI from "openai";
import { DEFAULT_MODEL } from "../api/catalog";
import { envVar, loadDotEnv } from "./env";
import type { OfflineOptions } from "../offline/options";

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
  wrap(fetch: typeof globalThis.fetch): typeof globalThis.fetch;
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
  const baseURL = envVar("OPENAI_BASE_URL") ?? OPENAI_BASE_URL;
  const where = baseURL === OPENAI_BASE_URL ? "the OpenAI API" : `an OpenAI-compatible server at ${safeUrl(baseURL)}`;
  const keyNote = envVar("OPENAI_API_KEY") ? "key from OPENAI_API_KEY" : "no key set";
  return { kind, baseURL, model, description: `${where} (${keyNote}); default model ${model}` };
}

function chooseBackendKind(): BackendKind {
  const asked = envVar("WORKBOOK_BACKEND")?.toLowerCase();
  if (asked === "offline" || asked === "openai") return asked;
  if (asked) {
    throw new Error(`WORKBOOK_BACKEND is "${asked}", but it must be "offline" or "openai" (or unset). Fix it in .env or your shell.`);
  }
  return envVar("OPENAI_API_KEY") || envVar("OPENAI_BASE_URL") ? "openai" : "offline";
}

/** Credentials in a URL (http://user:secret@host) must not reach a description or a log. */
function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    return u.toString().replace(/\/$/, "");
  } catch {
    return "(an invalid OPENAI_BASE_URL)";
  }
}

/** What client.ts needs of src/offline/fetch.ts (a local type, so TypeScript does not follow the import). */
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
  const specifier = "../offline/fetch";
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

/** A real `OpenAI` client on the backend the environment selects (see the README's "Backends"). */
export function createClient(options: CreateClientOptions = {}): OpenAI {
  const backend = currentBackend(options);
  if (backend.kind === "offline") {
    const fetch = lazyOfflineFetch(offlineOptions(options.offline));
    return new OpenAI({
      apiKey: "offline-no-key-needed",
      baseURL: backend.baseURL,
      fetch: options.wire ? options.wire.wrap(fetch) : fetch,
      maxRetries: options.maxRetries ?? 2,
      timeout: options.timeout,
    });
  }
  const key = envVar("OPENAI_API_KEY");
  if (!key && backend.baseURL === OPENAI_BASE_URL) {
    throw new Error(
      "The OpenAI backend needs a key: set OPENAI_API_KEY in .env (see .env.example), or unset WORKBOOK_BACKEND to use the offline model.",
    );
  }
  return new OpenAI({
    // Local OpenAI-compatible servers usually ignore the key but the SDK insists on one.
    apiKey: key ?? "not-needed-for-a-local-server",
    baseURL: backend.baseURL,
    fetch: options.wire ? options.wire.wrap(globalThis.fetch) : undefined,
    maxRetries: options.maxRetries,
    timeout: options.timeout,
  });
}
