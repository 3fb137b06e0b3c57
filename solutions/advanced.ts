/**
 * Reference solution of the "advanced" exercise (lesson section 5): asking for a format, JSON mode,
 * and a retry loop with exponential backoff, jitter and retry-after. The work is done by the classes
 * of solutions/parts/advanced.ts, one method per decision, so that each mutant in
 * test/mutants/advanced overrides one of them.
 */
import type OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { RetryLoop, StructuredRequest } from "./parts/advanced";

export async function getStructuredResponse(
  client: OpenAI,
  prompt: string,
  format: "json" | "markdown" | "bullet" | "code",
): Promise<string> {
  return new StructuredRequest(client, prompt, format).run();
}

export async function robustCompletion(
  client: OpenAI,
  params: ChatCompletionCreateParamsNonStreaming,
  options: {
    maxRetries?: number;
    baseDelayMs?: number;
    sleep?: (ms: number) => Promise<void>;
    random?: () => number;
  } = {},
): Promise<ChatCompletion> {
  return new RetryLoop(client, params, options).run();
}
