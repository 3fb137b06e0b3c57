// Mistake: the fallback counts with countTokens(content), the default model's encoding, whatever `model` is.
import type OpenAI from "openai";
import { countTokens } from "../../../src/api/tokens";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  protected override finalTokens(reported: number | null, content: string): number {
    return reported ?? countTokens(content);
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
