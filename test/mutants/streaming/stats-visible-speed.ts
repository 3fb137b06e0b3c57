// streamWithStats divides the tokens it counted in the text, not the billed completionTokens, by the time.
/** Reference solution of the `streaming` exercise (see src/exercises/streaming.ts for the task). */
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
import { countTokens } from "../../../src/api/tokens";

export async function streamResponse(
  client: OpenAI,
  prompt: string,
  onDelta?: (text: string) => void,
): Promise<string> {
  const stream = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    stream: true,
  });
  const pieces: string[] = [];
  for await (const chunk of stream) {
    // Role-only, finish-only and usage chunks carry no text; `?.` also covers `choices: []`.
    const text = chunk.choices[0]?.delta?.content;
    if (!text) continue;
    pieces.push(text);
    onDelta?.(text);
  }
  return pieces.join("");
}

export async function streamWithStats(
  client: OpenAI,
  prompt: string,
  options: { now?: () => number; onDelta?: (text: string) => void } = {},
): Promise<{
  content: string;
  completionTokens: number;
  seconds: number;
  tokensPerSecond: number;
  timeToFirstTokenSeconds: number;
}> {
  const now = options.now ?? (() => performance.now());
  // The user waits from the moment they ask, so the clock starts before the request, not when headers arrive.
  const start = now();
  const stream = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [{ role: "user", content: prompt }],
    stream: true,
    stream_options: { include_usage: true },
  });

  const pieces: string[] = [];
  let firstTextAt: number | null = null;
  let usageTokens: number | null = null;
  for await (const chunk of stream) {
    if (chunk.usage) usageTokens = chunk.usage.completion_tokens;
    const text = chunk.choices[0]?.delta?.content;
    if (!text) continue;
    if (firstTextAt === null) firstTextAt = now();
    pieces.push(text);
    options.onDelta?.(text);
  }
  const end = now();

  const content = pieces.join("");
  const completionTokens = usageTokens ?? countTokens(content, DEFAULT_MODEL);
  const seconds = (end - start) / 1000;
  return {
    content,
    completionTokens,
    seconds,
    tokensPerSecond: seconds > 0 ? countTokens(content, DEFAULT_MODEL) / seconds : 0,
    timeToFirstTokenSeconds: ((firstTextAt ?? end) - start) / 1000,
  };
}
