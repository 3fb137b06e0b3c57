// Mistake: draws the status line into the reply with "\r" instead of giving it to status (the old one-line design).
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  constructor(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
    super(client, prompt, options);
    const write = this.write;
    this.status = (line) => write(`\r${line}`);
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
