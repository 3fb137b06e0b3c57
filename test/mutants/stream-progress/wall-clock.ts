// Mistake: times with Date.now() instead of the clock it was given.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  protected override startClock(): void {
    this.startedAt = Date.now();
  }
  protected override elapsedSeconds(): number {
    return (Date.now() - this.startedAt) / 1000;
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
