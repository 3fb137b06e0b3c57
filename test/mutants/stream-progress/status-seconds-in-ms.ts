// Mistake: the status line gives the time in milliseconds ("400ms"), not "<seconds>s".
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  protected override statusLine(tokens: number, seconds: number): string {
    return super
      .statusLine(tokens, seconds)
      .replace(/(\d+\.\d)s\b/, (_, s: string) => `${Math.round(Number(s) * 1000)}ms`);
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
