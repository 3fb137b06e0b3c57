// Mistake: a reply without any text reports a time to first token of 0 instead of the whole time.
import type OpenAI from "openai";
import { streamWithStats as reference } from "../../../solutions/streaming";
export * from "../../../solutions/streaming";

export async function streamWithStats(
  client: OpenAI,
  prompt: string,
  options: { now?: () => number; onDelta?: (text: string) => void } = {},
) {
  const stats = await reference(client, prompt, options);
  return stats.content === "" ? { ...stats, timeToFirstTokenSeconds: 0 } : stats;
}
