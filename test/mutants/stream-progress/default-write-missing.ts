// Mistake: without options.write, the reply goes nowhere.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  constructor(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
    super(client, prompt, options);
    if (!options.write) this.write = () => {};
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
