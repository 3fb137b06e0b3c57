// Mistake: the summary gives tokens and seconds but not the speed.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  protected override summaryLine(tokens: number, seconds: number): string {
    return `${tokens} tokens in ${seconds.toFixed(2)}s`;
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
