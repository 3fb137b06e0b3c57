/**
 * Parallel tool calls share one generated stream: each call's arguments are one JSON object, written
 * one after another. These split that stream back into calls, whole or as it streams.
 */

/** Follows the stream character by character: which call each piece of text belongs to. */
export class ArgumentSplitter {
  private depth = 0;
  private inString = false;
  private escaped = false;
  private call = 0;
  private closed = false;

  /** The text, cut where a new call's object begins (`begins`); `call` counts from 0. */
  push(text: string): { call: number; text: string; begins: boolean }[] {
    const out: { call: number; text: string; begins: boolean }[] = [];
    let start = 0;
    let begins = false;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === "\\") this.escaped = true;
        else if (ch === '"') this.inString = false;
        continue;
      }
      if (ch === '"') this.inString = true;
      else if (ch === "{" || ch === "[") {
        if (this.depth === 0 && this.closed) {
          if (i > start) out.push({ call: this.call, text: text.slice(start, i), begins });
          start = i;
          begins = true;
          this.call++;
          this.closed = false;
        }
        this.depth++;
      } else if (ch === "}" || ch === "]") {
        this.depth = Math.max(0, this.depth - 1);
        if (this.depth === 0) this.closed = true;
      }
    }
    if (start < text.length) out.push({ call: this.call, text: text.slice(start), begins });
    return out;
  }
}

/** The arguments of each of `calls` calls in a finished stream (a call cut short by max_tokens keeps what it has). */
export function splitArguments(text: string, calls: number): string[] {
  const parts: string[] = Array.from({ length: calls }, () => "");
  for (const piece of new ArgumentSplitter().push(text)) parts[Math.min(piece.call, calls - 1)] += piece.text;
  // Calls the stream never reached (max_tokens ran out first) are not made.
  return parts.filter((p, i) => i === 0 || p);
}
