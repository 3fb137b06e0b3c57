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
 */
export class LiveStatus {
  private active = false;
  private rows = 0;

  constructor(private readonly out: Out) {}

  get enabled(): boolean {
    return Boolean(this.out.isTTY) && (this.out.rows ?? 0) >= 4;
  }

  /** Call at the start of a line. */
  start(): void {
    if (!this.enabled || this.active) return;
    this.rows = this.out.rows;
    // Make sure a row exists below the cursor, then keep the last row out of the scroll region.
    this.out.write(`\n\x1b[1A\x1b7\x1b[1;${this.rows - 1}r\x1b8`);
    this.active = true;
  }

  draw(text: string): void {
    if (!this.active) return;
    const width = Math.max(10, (this.out.columns ?? 80) - 1);
    const line = text.length > width ? `${text.slice(0, width - 1)}…` : text;
    this.out.write(`\x1b7\x1b[${this.rows};1H\x1b[2K${line}\x1b8`);
  }

  stop(): void {
    if (!this.active) return;
    this.active = false;
    this.out.write(`\x1b7\x1b[${this.rows};1H\x1b[2K\x1b[r\x1b8`);
  }
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
