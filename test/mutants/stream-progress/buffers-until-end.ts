// Mistake: collects the pieces and writes the reply at the end, with the summary (pitfall: streaming the user cannot see).
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  private pieces: string[] = [];
  protected override showPiece(text: string): void {
    this.pieces.push(text);
  }
  protected override summaryLine(tokens: number, seconds: number): string {
    return `${this.pieces.join("")}\n\n${super.summaryLine(tokens, seconds)}`;
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
