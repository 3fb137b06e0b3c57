// Mistake: starts the clock when the first text arrives, so the wait for the reply is not counted.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  private began = false;
  protected override showPiece(text: string): void {
    if (!this.began) this.startClock();
    this.began = true;
    super.showPiece(text);
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
