// Mistake: the live counter counts characters, not pieces.
import type OpenAI from "openai";
import { ProgressStream, type StreamProgressOptions } from "../../../solutions/parts/stream-progress";
export * from "../../../solutions/stream-progress";

class Wrong extends ProgressStream {
  private characters = 0;
  protected override showPiece(text: string): void {
    this.characters += text.length;
    super.showPiece(text);
  }
  protected override statusLine(_tokens: number, seconds: number): string {
    return super.statusLine(this.characters, seconds);
  }
}

export async function streamWithProgress(client: OpenAI, prompt: string, options: StreamProgressOptions = {}) {
  return new Wrong(client, prompt, options).run();
}
