import { randomBytes } from "node:crypto";
import { frame, publish } from "./display";
import { el, FAINT_LINE, MONO, PRE_STYLE, textLines } from "./html";

/** One output that changes in place, such as a reply arriving token by token. */
export interface LiveDisplay {
  /**
   * Replaces what is shown with `text` (the whole text so far, not a delta). In a notebook `html`,
   * when given, is the rich form and `text` its plain-text twin.
   */
  update(text: string, html?: string): void;
  /** Shows the final state; outside a notebook, prints the text. Call it once the text is complete. */
  done(): void;
}

// Redrawing on every token of a fast stream floods the kernel's channel; 20 frames a second looks live.
const MIN_INTERVAL_MS = 50;

/**
 * In a notebook, one output updated in place (tslab's newDisplay). In a terminal, a status line that
 * is rewritten as the text grows; elsewhere (tests, pipes), the text is printed once, at `done()`.
 */
export function liveDisplay(): LiveDisplay {
  return new Live();
}

class Live implements LiveDisplay {
  private mode: "unknown" | "rich" | "text" = "unknown";
  private readonly id = randomBytes(8).toString("hex");
  private shown = false;
  private text = "";
  private html: string | undefined;
  private lastDraw = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private finished = false;
  private updated = false;

  update(text: string, html?: string): void {
    if (this.finished) return;
    this.updated = true;
    this.text = text;
    this.html = html;
    const wait = this.lastDraw + MIN_INTERVAL_MS - Date.now();
    if (wait <= 0) this.draw();
    else if (!this.timer) this.timer = setTimeout(() => this.draw(), wait);
  }

  done(): void {
    if (this.finished) return;
    this.finished = true;
    // Nothing was ever shown (the stream failed before its first piece): leave no empty output behind.
    if (!this.updated) return;
    this.draw();
    if (this.mode === "text") {
      if (process.stdout.isTTY) process.stdout.write("\r\x1b[2K");
      console.log(this.text);
    }
  }

  private draw(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastDraw = Date.now();
    if (this.mode !== "text" && this.drawRich()) return;
    if (process.stdout.isTTY && !this.finished) process.stdout.write("\r\x1b[2K" + statusLine(this.text));
  }

  private drawRich(): boolean {
    const sent = publish(
      { "text/html": this.html ?? liveHtml(this.text), "text/plain": this.text },
      { id: this.id, update: this.shown },
    );
    this.shown ||= sent;
    this.mode = sent ? "rich" : "text";
    return sent;
  }
}

export function liveHtml(text: string): string {
  return frame("wb-live", undefined, el("div", "wb-live-text", PRE_STYLE, textLines(text)));
}

/** The end of the text on one line, as wide as the terminal allows. */
function statusLine(text: string): string {
  const width = Math.max(20, (process.stdout.columns ?? 80) - 1);
  const flat = text.replace(/\s+/g, " ");
  return flat.length > width ? "…" + flat.slice(flat.length - width + 1) : flat;
}

/** A reply being written with one status line kept below it, as a streaming app shows them. */
export interface StatusScreen {
  /** Appends a piece of the reply. */
  write(text: string): void;
  /** Replaces the status line. */
  status(line: string): void;
  /** Shows the final state; returns how many pieces and status lines were shown. */
  done(): { writes: number; statusUpdates: number };
}

/**
 * One live output holding a growing reply and, below it, a status line that each `status()` call
 * replaces: pass `screen.write` and `screen.status` where an app expects a writer and a status display.
 */
export function statusScreen(): StatusScreen {
  const live = liveDisplay();
  let text = "";
  let line = "";
  let writes = 0;
  let statusUpdates = 0;
  const draw = () => live.update(line ? `${text}\n${line}` : text, statusScreenHtml(text, line));
  return {
    write: (piece: string) => {
      text += piece;
      writes += 1;
      draw();
    },
    status: (next: string) => {
      line = next;
      statusUpdates += 1;
      draw();
    },
    done: () => {
      live.done();
      return { writes, statusUpdates };
    },
  };
}

export function statusScreenHtml(text: string, status: string): string {
  const reply = el(
    "div",
    "wb-screen-text",
    `${PRE_STYLE}font-family:${MONO};font-size:12px;min-height:1.45em;`,
    textLines(text),
  );
  const line = el(
    "div",
    "wb-screen-status",
    `${PRE_STYLE}font-family:${MONO};font-size:12px;border-top:1px solid ${FAINT_LINE};margin-top:4px;padding-top:3px;opacity:0.85;`,
    textLines(status || " "),
  );
  return frame("wb-screen", undefined, reply + line);
}
