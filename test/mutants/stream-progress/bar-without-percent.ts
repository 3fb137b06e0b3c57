// Mistake: the bar comes without the percentage.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  protected override bar(tokens: number, maxTokens: number): string {
    return super.bar(tokens, maxTokens).replace(/ \d+%$/, "");
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
