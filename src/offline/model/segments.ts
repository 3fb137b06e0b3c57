import { FIDELITY, type Segment } from "./generate";

/** Collects fixed and free text into the segments a generator follows. */
export class SegmentWriter {
  private readonly out: Segment[] = [];
  private buffer = "";

  fixed(text: string): this {
    this.buffer += text;
    return this;
  }

  free(text: string, options: { fidelity?: number; json?: boolean } = {}): this {
    this.flush();
    this.out.push({ kind: "free", text, ...options });
    return this;
  }

  /** Prose and code blocks as separate free segments: code is followed more faithfully. */
  prose(text: string, fidelity: number = FIDELITY.PROSE): this {
    for (const part of text.split(/(```[\s\S]*?```)/)) {
      if (!part) continue;
      this.free(part, { fidelity: part.startsWith("```") ? FIDELITY.CODE : fidelity });
    }
    return this;
  }

  /** A JSON string whose content is generated: the quotes are fixed, the text inside is free but stays valid. */
  jsonString(text: string): this {
    this.fixed('"');
    this.free(jsonSafe(text), { json: true });
    return this.fixed('"');
  }

  done(): Segment[] {
    this.flush();
    return this.out;
  }

  private flush() {
    if (this.buffer) this.out.push({ kind: "fixed", text: this.buffer });
    this.buffer = "";
  }
}

/** Text that can sit between JSON quotes without escapes. */
export function jsonSafe(text: string): string {
  return text
    .replace(/```[a-z]*\n?/g, "")
    .replace(/\s*\n\s*/g, " ")
    .replace(/"/g, "'")
    .replace(/\\/g, "/")
    .replace(/[\u0000-\u001f]/g, " ")
    .trim();
}
