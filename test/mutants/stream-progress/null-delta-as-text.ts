// Mistake: turns a missing or null delta into the text "null" / "undefined".
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  protected override textOf(chunk: Parameters<ProgressStream["textOf"]>[0]): string {
    return chunk.choices.length > 0 && chunk.choices[0]!.delta.role === undefined
      ? `${chunk.choices[0]!.delta.content}`
      : "";
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
