/** Small terminal helpers: colors that switch off when they would be noise, and a status line that stays put. */

import { colors, wantsColor, type Colors } from "../course/ansi";

type Out = NodeJS.WriteStream;

export type Styles = Colors;

/** Colors only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function styles(out: Out): Styles {
  return colors(wantsColor(out));
}

export const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

/**
 * A status line pinned to the bottom row while text streams above it. The rows above become a
 * scroll region, so the streaming text scrolls without ever touching the status; stop() gives the
 * screen back. On anything but a terminal it does nothing (piped output gets the final stats only).
 *
 * Drawing saves the cursor, moves to the last row and restores it (ESC 7 / ESC 8). A cursor that
 * has just written the last column of a row waits there for the next character to wrap it, and
 * restoring the cursor forgets that wait in common terminals: the next character then overwrote
 * the last one ("the" showed as "th"). So while active, the status watches what is written to the
 * terminal, keeps the cursor's column, and puts off a redraw while the cursor is at the margin.
 */
export class LiveStatus {
  private active = false;
  private rows = 0;
  private column = 0;
  private pending: string | null = null;
  private restoreWrite: (() => void) | null = null;

  constructor(private readonly out: Out) {}

  get enabled(): boolean {
    return Boolean(this.out.isTTY) && (this.out.rows ?? 0) >= 4;
  }

  /** Call at the start of a line. */
  start(): void {
    if (!this.enabled || this.active) return;
    this.rows = this.out.rows;
    this.column = 0;
    this.watchWrites();
    // Make sure a row exists below the cursor, then keep the last row out of the scroll region.
    this.raw(`\n\x1b[1A\x1b7\x1b[1;${this.rows - 1}r\x1b8`);
    this.active = true;
  }

  draw(text: string): void {
    if (!this.active) return;
    const columns = this.out.columns ?? 80;
    // Two columns of slack: a character whose width this guesses wrong must not cost a letter.
    if (this.column >= columns - 2) {
      this.pending = text;
      return;
    }
    this.pending = null;
    const width = Math.max(10, columns - 1);
    const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    this.raw(`\x1b7\x1b[${this.rows};1H\x1b[2K${line}\x1b8`);
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.pending = null;
    this.restoreWrite?.();
    this.restoreWrite = null;
    this.raw(`\x1b7\x1b[${this.rows};1H\x1b[2K\x1b[r\x1b8`);
  }

  /** Writes that bypass the column tracking (the status's own escape sequences). */
  private raw(text: string): void {
    if (this.writeUntracked) this.writeUntracked(text);
    else this.out.write(text);
  }

  private writeUntracked: ((text: string) => void) | null = null;

  /** Until stop(), every write to the terminal moves the tracked column (and may let a put-off redraw through). */
  private watchWrites(): void {
    const out = this.out;
    const original = out.write;
    const send = original.bind(out) as (...args: unknown[]) => boolean;
    this.writeUntracked = (text) => void send(text);
    out.write = ((chunk: unknown, ...rest: unknown[]) => {
      const text =
        typeof chunk === "string" ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk).toString("utf8") : "";
      this.column = advanceColumn(this.column, text, out.columns ?? 80);
      const result = send(chunk, ...rest);
      if (this.pending !== null) this.draw(this.pending);
      return result;
    }) as Out["write"];
    this.restoreWrite = () => {
      out.write = original;
      this.writeUntracked = null;
    };
  }
}

/** Where the cursor is after `text` is written from `column`, wrapping at `columns` as terminals do. */
export function advanceColumn(column: number, text: string, columns: number): number {
  let col = column;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    if (code === 0x1b) {
      i = skipEscape(text, i);
      continue;
    }
    if (code === 0x0a || code === 0x0d) col = 0;
    else if (code === 0x08) col = Math.max(0, col - 1);
    else if (code === 0x09) col = Math.min(columns - 1, (Math.floor(col / 8) + 1) * 8);
    else if (code >= 0x20) {
      const w = charWidth(code);
      if (w === 0) continue;
      // At the margin (col == columns) the cursor waits; the next character wraps first.
      if (col + w > columns) col = 0;
      col += w;
    }
  }
  return col;
}

/** Index of the last character of the escape sequence starting at `i`. */
function skipEscape(text: string, i: number): number {
  const next = text[i + 1];
  if (next === "[") {
    let j = i + 2;
    while (j < text.length && !/[@-~]/.test(text[j]!)) j++;
    return j;
  }
  if (next === "]") {
    const bel = text.indexOf("\x07", i);
    const st = text.indexOf("\x1b\\", i);
    const end = [bel, st === -1 ? -1 : st + 1].filter((n) => n !== -1);
    return end.length ? Math.min(...end) : text.length;
  }
  return i + 1;
}

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const WIDE = /^\p{Emoji_Presentation}$/u;

/** Columns a character takes: 0 for combining marks and format characters, 2 for East Asian wide ones and emoji. */
export function charWidth(code: number): number {
  const ch = String.fromCodePoint(code);
  if (ZERO_WIDTH.test(ch) || (code >= 0xfe00 && code <= 0xfe0f)) return 0;
  if (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) ||
    WIDE.test(ch)
  ) {
    return 2;
  }
  return 1;
}

/** A one-line spinner redrawn with \r, for waits that print nothing else (a non-streaming request). */
export class Spinner {
  private timer: NodeJS.Timeout | null = null;
  private frame = 0;

  constructor(private readonly out: Out) {}

  start(label: () => string): void {
    if (!this.out.isTTY) return;
    const draw = () => this.out.write(`\r\x1b[2K${SPINNER[this.frame++ % SPINNER.length]} ${label()}`);
    draw();
    this.timer = setInterval(draw, 80);
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.out.write("\r\x1b[2K");
  }
}
