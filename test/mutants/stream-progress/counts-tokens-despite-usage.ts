// Mistake: counts the tokens of the text itself even though the API reported them.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

import { countTokens } from "../../../src/api/tokens";
class Wrong extends ProgressStream {
  protected override finalTokens(_reported: number | null, content: string): number {
    return countTokens(content, this.model);
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
