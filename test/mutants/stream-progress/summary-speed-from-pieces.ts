// Mistake: the summary's speed divides the pieces, not the reported tokens, by the time.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  private pieces = 0;
  protected override showPiece(text: string): void {
    this.pieces += 1;
    super.showPiece(text);
  }
  protected override summaryLine(tokens: number, seconds: number): string {
    const speed = seconds > 0 ? this.pieces / seconds : 0;
    return `${tokens} tokens in ${seconds.toFixed(2)}s (${speed.toFixed(1)} tokens/s)`;
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
