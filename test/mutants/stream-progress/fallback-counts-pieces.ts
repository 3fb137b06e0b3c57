// Mistake: without usage, the count is the number of pieces, not the tokens of the content.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  private pieces = 0;
  protected override showPiece(text: string): void {
    this.pieces += 1;
    super.showPiece(text);
  }
  protected override finalTokens(reported: number | null): number {
    return reported ?? this.pieces;
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
