// completeWithLimit calls a reply truncated when it does not end like a sentence.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/parameters";

export async function completeWithLimit(client: OpenAI, prompt: string, limit: number) {
  const r = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    max_completion_tokens: limit,
  });
  const content = r.choices[0]?.message.content ?? "";
  return {
    content,
    finishReason: r.choices[0]?.finish_reason ?? "stop",
    truncated: content.length > 0 && !/[.!?]$/.test(content.trim()),
  };
}
