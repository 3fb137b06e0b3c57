/**
 * Line input for the apps, on node:readline/promises. Lines that arrive while the app is busy (typed
 * ahead, or piped in by a script) wait in a queue instead of being lost, and Ctrl-C is reported to
 * the app, which decides what it means: stop the reply, or quit.
 */
import * as readline from "node:readline/promises";

export class LineInput {
  readonly tty: boolean;
  private readonly rl: readline.Interface;
  private readonly queue: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private closed = false;
  private onInterrupt: () => void = () => {};
  private readonly sigint = () => this.onInterrupt();

  constructor(
    private readonly input: NodeJS.ReadStream = process.stdin,
    private readonly output: NodeJS.WriteStream = process.stdout,
  ) {
    this.tty = Boolean(input.isTTY && output.isTTY);
    this.rl = readline.createInterface({ input, output, terminal: this.tty, historySize: 200 });
    this.rl.on("line", (line) => {
      const waiting = this.waiting;
      if (waiting) {
        this.waiting = null;
        waiting(line);
      } else {
        this.queue.push(line);
      }
    });
    this.rl.on("close", () => {
      this.closed = true;
      const waiting = this.waiting;
      this.waiting = null;
      waiting?.(null);
    });
    // On a terminal readline sees Ctrl-C as a key; with piped input it arrives as a signal.
    this.rl.on("SIGINT", this.sigint);
    process.on("SIGINT", this.sigint);
  }

  /** What Ctrl-C does; `waitingForInput` says whether the user was at a prompt. */
  interrupt(handler: (waitingForInput: boolean) => void): void {
    this.onInterrupt = () => handler(this.waiting !== null);
  }

  /** The next line, or null when input ended (Ctrl-D, end of a piped script) or the question was cancelled. */
  async ask(prompt: string): Promise<string | null> {
    if (this.queue.length > 0) {
      const line = this.queue.shift()!;
      // A piped line is not echoed by anyone: show it after the prompt, as a terminal would.
      this.output.write(`${prompt}${line}\n`);
      return line;
    }
    if (this.closed) return null;
    this.rl.setPrompt(prompt);
    this.rl.prompt();
    return new Promise((resolve) => {
      this.waiting = (line) => {
        if (!this.tty && line !== null) this.output.write(`${line}\n`);
        resolve(line);
      };
    });
  }

  /** Ends a pending ask() with null (Ctrl-C at a question). */
  cancel(): void {
    const waiting = this.waiting;
    this.waiting = null;
    if (waiting) {
      if (this.tty) this.output.write("\n");
      waiting(null);
    }
  }

  close(): void {
    process.off("SIGINT", this.sigint);
    this.rl.close();
  }
}
