// completeWithLimit sends the limit under the deprecated name max_tokens.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/parameters";

export async function completeWithLimit(client: OpenAI, prompt: string, limit: number) {
  const r = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    max_tokens: limit,
  });
  const finishReason = r.choices[0]?.finish_reason ?? "stop";
  return { content: r.choices[0]?.message.content ?? "", finishReason, truncated: finishReason === "length" };
}
