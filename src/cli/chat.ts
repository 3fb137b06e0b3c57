/**
 * `npm run chat`: the Multi-Mode Chat assignment as a terminal app.
 *   npm run chat                  the reference solution (solutions/multi-mode-chat.ts)
 *   npm run chat -- --yours       your own (src/exercises/multi-mode-chat.ts)
 *   options: --model <id>, --max-context <tokens>, --module <file> (any implementation with the same exports)
 * Replies stream with a live status line; /help lists the commands; Ctrl-C stops a reply, and at
 * the prompt it quits.
 */
import * as path from "node:path";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { MultiModeChatApp as AppClass, ModeName } from "../exercises/multi-mode-chat";
import { costUsd, findModel, PRICES_AS_OF } from "../api/catalog";
import { formatNumber, formatUsd } from "../workbook/format";
import { countMessageTokens, contentText } from "../api/tokens";
import { isNotStarted } from "../workbook/todo";
import { createAppClient, warmUp } from "./backend";
import { describeError } from "./errors";
import { FileExistsError, inspectTarget, NotAFileError, writeFileAtomic } from "./files";
import { LineInput } from "./input";
import { loadTarget, notStartedMessage, parseAppArgs } from "./target";
import { LiveStatus, SPINNER, styles } from "./terminal";

type ChatModule = typeof import("../exercises/multi-mode-chat");
type App = AppClass;

const SYSTEM_MESSAGE =
  "You are a helpful assistant in a terminal chat. Answer clearly; keep it short unless asked for more.";
const DEFAULT_MAX_CONTEXT = 4000;

const out = process.stdout;
const s = styles(out);

const HELP = `Commands:
  /mode [creative|precise|balanced]   show the modes, or switch to one
  /regen                              ask again for the last reply (it replaces the old one)
  /branch                             fork the conversation here and switch to the new branch
  /branches                           list the branches
  /switch <id>                        go to another branch
  /history                            show the current branch
  /export json|md [file]              save the conversation (never overwrites without asking)
  /usage                              tokens and cost so far, as the API reported them
  /help                               this list
  /quit                               leave (Ctrl-C at the prompt does too)
Anything else is a message. Ctrl-C while a reply streams stops that reply and keeps the conversation.`;

async function main(): Promise<number> {
  const args = parseAppArgs(
    "Usage: npm run chat [-- --yours | --module <file>] [--model <id>] [--max-context <tokens>]",
    ["model", "max-context"],
  );
  const target = await loadTarget<ChatModule>("multi-mode-chat", args);

  let setup: ReturnType<typeof createAppClient>;
  try {
    setup = createAppClient();
  } catch (error) {
    console.error(s.red(describeError(error, "")));
    return 1;
  }
  const { client, backend } = setup;
  const model = args.model ?? backend.model;
  const maxContextTokens = Number(args["max-context"] ?? DEFAULT_MAX_CONTEXT);
  if (!Number.isInteger(maxContextTokens) || maxContextTokens < 100) {
    console.error(s.red("--max-context must be a whole number of tokens, at least 100."));
    return 1;
  }

  let app: App;
  try {
    app = new target.module.MultiModeChatApp(client, { model, maxContextTokens, systemMessage: SYSTEM_MESSAGE });
    void app.mode;
  } catch (error) {
    console.error(
      isNotStarted(error)
        ? notStartedMessage("multi-mode-chat", "chat", error)
        : s.red(describeError(error, backend.baseURL)),
    );
    return 1;
  }

  out.write(
    [
      `${s.bold("Multi-Mode Chat")} · ${target.label} (${target.file})`,
      `Backend: ${backend.description}`,
      `Model ${model} · context budget ${formatNumber(maxContextTokens)} tokens · /help for the commands · Ctrl-C stops a reply, Ctrl-C at the prompt quits`,
      "",
    ].join("\n"),
  );
  await warmUp(client, backend, model, (text) => out.write(s.dim(text)));
  out.write(out.isTTY ? "\r\x1b[2K" : "\n");

  const chat = new ChatSession(
    app,
    target.module.MODES,
    target.yours ? target.file : null,
    model,
    maxContextTokens,
    backend.baseURL,
  );
  return chat.run();
}

class ChatSession {
  private readonly input = new LineInput();
  private readonly status = new LiveStatus(out);
  private branchId = "main";
  private busy: AbortController | null = null;
  private quitting = false;
  /** A yes/no question is open: Ctrl-C answers it with "no" instead of quitting. */
  private confirming = false;
  /** Replies stopped with Ctrl-C: billed (the prompt at least) but never reported, so estimated here. */
  private readonly stopped = { replies: 0, promptTokens: 0, completionTokens: 0 };

  constructor(
    private readonly app: App,
    private readonly modes: ChatModule["MODES"],
    /** The learner's file with --yours, else null. */
    private readonly yours: string | null,
    private readonly model: string,
    private readonly maxContextTokens: number,
    private readonly baseURL: string,
  ) {
    this.input.interrupt((atPrompt) => {
      if (this.busy) {
        this.busy.abort();
      } else if (atPrompt) {
        if (!this.confirming) this.quitting = true;
        this.input.cancel();
      }
    });
    process.on("exit", () => this.status.stop());
  }

  async run(): Promise<number> {
    try {
      for (;;) {
        const line = await this.input.ask(this.prompt());
        if (line === null || this.quitting) break;
        const text = line.trim();
        if (text === "") continue;
        try {
          if (text.startsWith("/")) {
            if (!(await this.command(text))) break;
          } else {
            await this.reply((options) => this.app.chat(text, options));
          }
        } catch (error) {
          this.error(error);
        }
      }
    } finally {
      this.status.stop();
      this.input.close();
    }
    out.write(`\nBye. ${this.usageLine()}\n`);
    return 0;
  }

  private prompt(): string {
    const mode = this.safe(() => this.app.mode, "?");
    const cost = this.safe(() => formatUsd(this.app.usage.costUsd), "$?");
    return `${this.colorMode(mode)} · ${this.branchId} · ${cost} ${s.bold("›")} `;
  }

  private colorMode(mode: string): string {
    return mode === "creative"
      ? s.magenta(mode)
      : mode === "precise"
        ? s.cyan(mode)
        : mode === "balanced"
          ? s.green(mode)
          : mode;
  }

  /** Reads a property of the learner's app that may still be a todo(). */
  private safe<T>(read: () => T, fallback: T): T {
    try {
      return read();
    } catch {
      return fallback;
    }
  }

  private error(error: unknown): void {
    if (isNotStarted(error) && this.yours) {
      out.write(`${s.yellow(`Not implemented yet in ${this.yours}: ${error.hint}`)}\n`);
      return;
    }
    out.write(`${s.red(describeError(error, this.baseURL))}\n`);
  }

  /** Returns false to quit. */
  private async command(text: string): Promise<boolean> {
    const [command, ...args] = text.split(/\s+/);
    switch (command) {
      case "/quit":
      case "/exit":
        return false;
      case "/help":
        out.write(`${HELP}\n`);
        return true;
      case "/mode":
        this.mode(args[0]);
        return true;
      case "/regen":
        await this.reply((options) => this.app.regenerate(options));
        return true;
      case "/branch": {
        const from = this.branchId;
        const count = this.app.messages.length;
        this.branchId = this.app.branch();
        out.write(
          `Forked ${s.bold(this.branchId)} from ${from} at ${count} messages; you are on ${this.branchId} now. /switch ${from} goes back.\n`,
        );
        return true;
      }
      case "/branches":
        this.listBranches();
        return true;
      case "/switch":
        this.switchTo(args[0]);
        return true;
      case "/history":
        this.showHistory(this.app.messages);
        return true;
      case "/export":
        await this.export(args[0], args.slice(1).join(" "));
        return true;
      case "/usage":
        this.showUsage();
        return true;
      default:
        out.write(`Unknown command ${command}. /help lists the commands.\n`);
        return true;
    }
  }

  private mode(name: string | undefined): void {
    const modes = this.modes;
    if (!name) {
      const current = this.app.mode;
      for (const [mode, params] of Object.entries(modes)) {
        const mark = mode === current ? "*" : " ";
        out.write(
          `${mark} ${this.colorMode(mode.padEnd(9))} temperature ${params.temperature}, top_p ${params.top_p}\n`,
        );
      }
      out.write(s.dim("/mode <name> switches.\n"));
      return;
    }
    this.app.setMode(name);
    const params = modes[this.app.mode as ModeName];
    out.write(`Mode: ${this.colorMode(this.app.mode)} (temperature ${params.temperature}, top_p ${params.top_p}).\n`);
  }

  private listBranches(): void {
    const current = this.branchId;
    for (const id of this.app.branches) {
      this.app.switchBranch(id);
      const turns = this.app.messages.filter((m) => m.role !== "system").length;
      out.write(`${id === current ? "*" : " "} ${id.padEnd(12)} ${turns} messages\n`);
    }
    this.app.switchBranch(current);
  }

  private switchTo(id: string | undefined): void {
    if (!id) {
      out.write(`/switch needs a branch id: ${this.app.branches.join(", ")}.\n`);
      return;
    }
    this.app.switchBranch(id);
    this.branchId = id;
    const messages = this.app.messages.filter((m) => m.role !== "system");
    out.write(`On ${s.bold(id)} (${messages.length} messages).${messages.length ? " It ends with:" : ""}\n`);
    this.showHistory(messages.slice(-2));
  }

  private showHistory(messages: ChatCompletionMessageParam[]): void {
    if (messages.length === 0) out.write(s.dim("(no messages yet)\n"));
    for (const m of messages) {
      const who = m.role === "user" ? s.bold("you") : m.role === "assistant" ? s.bold("assistant") : s.dim(m.role);
      out.write(`${who}: ${contentText(m.content)}\n`);
    }
  }

  private async export(kind: string | undefined, file: string): Promise<void> {
    const format = kind === "json" ? "json" : kind === "md" || kind === "markdown" ? "markdown" : null;
    if (!format) {
      out.write("Usage: /export json|md [file]\n");
      return;
    }
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
    const target = path.resolve(file || `chat-${stamp}.${format === "json" ? "json" : "md"}`);
    const text = this.app.exportConversation(format);
    let overwrite = false;
    const existing = await inspectTarget(target).catch(() => ({ kind: "missing" as const }));
    if (existing.kind === "other") {
      out.write(s.red(`${new NotAFileError(target, existing.what).message}\n`));
      return;
    }
    if (existing.kind === "file") {
      this.confirming = true;
      const question = existing.readOnly
        ? `${target} is read-only. Replace it anyway? [y/N] `
        : `${target} exists. Overwrite it? [y/N] `;
      const answer = await this.input.ask(question).finally(() => (this.confirming = false));
      if (!/^y(es)?$/i.test(answer?.trim() ?? "")) {
        out.write("Not saved.\n");
        return;
      }
      overwrite = true;
    }
    try {
      await writeFileAtomic(target, text, { overwrite });
    } catch (error) {
      if (error instanceof NotAFileError) {
        out.write(s.red(`${error.message}\n`));
        return;
      }
      if (error instanceof FileExistsError) {
        out.write(`${target} appeared while saving; not overwritten. Try again.\n`);
        return;
      }
      const code = (error as NodeJS.ErrnoException).code;
      out.write(
        s.red(
          code === "ENOENT"
            ? `There is no folder ${path.dirname(target)}.\n`
            : `Could not save ${target}: ${(error as Error).message}\n`,
        ),
      );
      return;
    }
    out.write(
      `Saved ${format === "json" ? "JSON" : "Markdown"} to ${target} (${formatNumber(Buffer.byteLength(text))} bytes).\n`,
    );
  }

  private showUsage(): void {
    const usage = this.app.usage;
    const info = findModel(this.model);
    const price = info
      ? `${this.model}: ${formatUsd(info.price.input)} in, ${formatUsd(info.price.output)} out per 1M tokens (prices of ${PRICES_AS_OF})`
      : `${this.model} is not in the catalog: no price`;
    const history = countMessageTokens(this.app.messages, this.model);
    out.write(
      [
        "Usage so far, all branches, as the API reported it:",
        `  prompt tokens      ${formatNumber(usage.promptTokens).padStart(10)}`,
        `  completion tokens  ${formatNumber(usage.completionTokens).padStart(10)}`,
        `  cost               ${formatUsd(usage.costUsd).padStart(10)}   ${s.dim(price)}`,
        ...this.stoppedLines(),
        `  this branch        ${formatNumber(history).padStart(10)} tokens of history; a request sends at most ${formatNumber(this.maxContextTokens)}`,
        "",
      ].join("\n"),
    );
  }

  /** What stopped replies cost: the API bills their prompt (and what was written) but reports no usage for them. */
  private stoppedLines(): string[] {
    const { replies, promptTokens, completionTokens } = this.stopped;
    if (replies === 0) return [];
    const cost = findModel(this.model)
      ? ` ≈ ${formatUsd(costUsd(this.model, { prompt_tokens: promptTokens, completion_tokens: completionTokens }))}`
      : "";
    return [
      `  + ${replies} stopped repl${replies === 1 ? "y" : "ies"}: about ${formatNumber(promptTokens)} prompt + ${formatNumber(completionTokens)} completion tokens${cost},`,
      `    billed but not reported (a stopped stream sends no usage), so not in the totals above`,
    ];
  }

  private usageLine(): string {
    return this.safe(() => {
      const u = this.app.usage;
      return `${formatNumber(u.promptTokens)} prompt + ${formatNumber(u.completionTokens)} completion tokens, ${formatUsd(u.costUsd)}.`;
    }, "");
  }

  /** Streams one reply (a chat turn or a regeneration) with live stats, and Ctrl-C to stop it. */
  private async reply(
    send: (options: { stream: boolean; onDelta: (text: string) => void; signal: AbortSignal }) => Promise<string>,
  ): Promise<void> {
    const controller = new AbortController();
    const before = this.safe(() => this.app.usage, null);
    const mode = this.safe(() => this.app.mode, "?");
    const started = performance.now();
    let firstAt: number | null = null;
    let pieces = 0;
    let printed = "";
    let frame = 0;

    out.write(`${s.bold("assistant")} ${s.dim(`(${mode})`)}\n`);
    this.status.start();
    const tick = () => {
      const seconds = (performance.now() - started) / 1000;
      const rate =
        firstAt !== null && pieces > 1
          ? ` · ${formatNumber(pieces / ((performance.now() - firstAt) / 1000), 1)} tok/s`
          : "";
      const what = firstAt === null ? "waiting for the first token" : `~${pieces} tokens`;
      this.status.draw(
        s.dim(
          `${SPINNER[frame++ % SPINNER.length]} ${mode} · ${what} · ${formatNumber(seconds, 1)} s${rate} · Ctrl-C stops`,
        ),
      );
    };
    tick();
    const timer = setInterval(tick, 100);

    this.busy = controller;
    const onDelta = (text: string) => {
      if (controller.signal.aborted) return;
      if (firstAt === null) firstAt = performance.now();
      pieces += 1;
      printed += text;
      out.write(text);
      tick();
    };

    const pending = send({ stream: true, onDelta, signal: controller.signal });
    const stopped = new Promise<"stopped">((resolve) =>
      controller.signal.addEventListener("abort", () => resolve("stopped")),
    );
    let outcome: { text: string } | { error: unknown } | "stopped";
    try {
      outcome = await Promise.race([
        pending.then(
          (text) => ({ text }),
          (error: unknown) => ({ error }),
        ),
        stopped,
      ]);
      if (outcome === "stopped") {
        // The reference stops at once; an implementation that ignores the signal finishes in the background.
        const settled = await Promise.race([
          pending.then(
            () => true,
            () => true,
          ),
          new Promise<false>((r) => setTimeout(() => r(false), 3000)),
        ]);
        if (!settled && this.yours) {
          this.status.stop();
          out.write(
            s.yellow(
              "\n(your chat() does not pass options.signal to the SDK, so the reply keeps running in the background)",
            ),
          );
        }
      }
    } finally {
      clearInterval(timer);
      this.busy = null;
      this.status.stop();
    }

    const seconds = (performance.now() - started) / 1000;
    if (outcome === "stopped") {
      const kept = printed !== "" && this.lastReply() === printed;
      const what = kept ? "the part you saw stays in the conversation" : "nothing was kept";
      // The prompt was sent, so it is billed, and so is what was written; the estimate stands in for the missing usage.
      const sent = this.safe(() => (kept ? this.app.messages.slice(0, -1) : this.app.messages), []);
      const prompt = Math.min(countMessageTokens(sent, this.model), this.maxContextTokens);
      this.stopped.replies += 1;
      this.stopped.promptTokens += prompt;
      this.stopped.completionTokens += pieces;
      out.write(
        `${printed.endsWith("\n") ? "" : "\n"}${s.yellow(`[stopped: ${what}; the prompt (about ${formatNumber(prompt)} tokens) was billed, but a stopped stream reports no usage: see /usage]`)}\n`,
      );
      return;
    }
    if ("error" in outcome) {
      if (printed !== "") out.write("\n");
      this.error(outcome.error);
      return;
    }
    // An implementation that ignores onDelta still gets its reply shown.
    if (printed === "" && outcome.text !== "") out.write(outcome.text);
    out.write(
      `${outcome.text.endsWith("\n") ? "" : "\n"}${s.dim(this.stats(before, pieces, seconds, firstAt === null ? null : (firstAt - started) / 1000))}\n`,
    );
  }

  private lastReply(): string | null {
    const last = this.safe(() => this.app.messages.at(-1), undefined);
    return last?.role === "assistant" ? contentText(last.content) : null;
  }

  private stats(
    before: { promptTokens: number; completionTokens: number; costUsd: number } | null,
    pieces: number,
    seconds: number,
    ttft: number | null,
  ): string {
    const after = this.safe(() => this.app.usage, null);
    const completion = before && after ? after.completionTokens - before.completionTokens : 0;
    const tokens = completion > 0 ? `${formatNumber(completion)} tokens` : `~${pieces} tokens (no usage reported)`;
    const count = completion > 0 ? completion : pieces;
    const parts = [
      tokens,
      `${formatNumber(seconds, 2)} s`,
      ttft !== null ? `first token after ${formatNumber(ttft, 2)} s` : "",
      // Speed while writing, after the first token: the wait before it is latency, not slowness.
      seconds - (ttft ?? 0) > 0 ? `${formatNumber(count / (seconds - (ttft ?? 0)), 1)} tok/s` : "",
      before && after && findModel(this.model) ? formatUsd(after.costUsd - before.costUsd) : "",
    ].filter(Boolean);
    return `  ↳ ${parts.join(" · ")}`;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(describeError(error, ""));
    process.exitCode = 1;
  },
);
