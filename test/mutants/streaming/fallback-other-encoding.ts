// Mistake: the fallback counts with gpt-4's encoding (cl100k_base, the one most tutorials show), not DEFAULT_MODEL's.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
import { countTokens } from "../../../src/api/tokens";
export * from "../../../solutions/streaming";

type Options = { now?: () => number; onDelta?: (text: string) => void };

export async function streamWithStats(client: OpenAI, prompt: string, options: Options = {}) {
  const now = options.now ?? (() => performance.now());
  const start = now();
  const stream = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    stream: true,
    stream_options: { include_usage: true },
  });

  const pieces: string[] = [];
  let chunks = 0;
  let firstTextAt: number | null = null;
  let usageTokens: number | null = null;
  for await (const chunk of stream) {
    chunks += 1;
    if (chunk.usage) usageTokens = chunk.usage.completion_tokens;

    const text = chunk.choices[0]?.delta?.content;
    if (!text) continue;
    if (firstTextAt === null) firstTextAt = now();
    pieces.push(text);
    options.onDelta?.(text);
  }
  const end = now();
  const content = pieces.join("");
  const completionTokens = usageTokens ?? countTokens(content, "gpt-4");
  void chunks;
  void DEFAULT_MODEL;
  const seconds = (end - start) / 1000;
  return {
    content,
    completionTokens,
    seconds,
    tokensPerSecond: seconds > 0 ? completionTokens / seconds : 0,
    timeToFirstTokenSeconds: ((firstTextAt ?? end) - start) / 1000,
  };
}
