/** Helpers for the offline model's tests: call the handler directly, or through the real SDK. */
import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { createOfflineFetch } from "../../src/offline/http/fetch";
import { handleRequest, type OfflineOptions } from "../../src/offline/http/handler";

export const URL_CHAT = "https://api.openai.com/v1/chat/completions";

export interface Reply {
  status: number;
  headers: Headers;
  body: any;
}

/** POSTs a body (object, or raw text) to the handler and parses the JSON reply. */
export async function post(
  body: unknown,
  init: { headers?: Record<string, string>; options?: OfflineOptions } = {},
): Promise<Reply> {
  const response = await handleRequest(
    new Request(URL_CHAT, {
      method: "POST",
      headers: { "content-type": "application/json", ...init.headers },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    init.options,
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

/** A chat completion from the handler (throws on an error status). */
export async function complete(
  params: Partial<ChatCompletionCreateParams> & Record<string, unknown>,
): Promise<ChatCompletion> {
  const reply = await post({ model: "gpt-4o-mini", ...params });
  if (reply.status !== 200) throw new Error(`status ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body as ChatCompletion;
}

export const user = (content: string) => ({ role: "user" as const, content });
export const system = (content: string) => ({ role: "system" as const, content });
export const assistant = (content: string) => ({ role: "assistant" as const, content });

/** The official SDK on the in-process offline model. */
export function sdk(options: OfflineOptions & { maxRetries?: number } = {}): OpenAI {
  const { maxRetries = 0, ...offline } = options;
  return new OpenAI({
    apiKey: "sk-offline-test",
    baseURL: "https://api.openai.com/v1",
    fetch: createOfflineFetch(offline),
    maxRetries,
  });
}

/** Texts of `n` completions of the same request with seeds 1..n. */
export async function samples(n: number, params: Record<string, unknown>): Promise<string[]> {
  const out: string[] = [];
  for (let seed = 1; seed <= n; seed++) {
    const r = await complete({ seed, ...params });
    out.push(r.choices[0].message.content ?? "");
  }
  return out;
}

export const distinct = (texts: string[]) => new Set(texts).size;
