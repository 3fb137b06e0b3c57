// Mistake: always sends DEFAULT_MODEL, whatever model was asked for.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

import { DEFAULT_MODEL } from "../../../src/api/catalog";
class Wrong extends ProgressStream {
  protected override request() {
    return { ...super.request(), model: DEFAULT_MODEL };
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
