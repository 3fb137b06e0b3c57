/** Reference solution of the `multi-mode-chat` assignment (see src/exercises/multi-mode-chat.ts for the task). */
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsBase, ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DEFAULT_MODEL, costUsd, findModel, samplingOptions } from "../src/api/catalog";
import { contentText, countMessageTokens } from "../src/api/tokens";

export const MODES = {
  creative: { temperature: 1.2, top_p: 0.95 },
  precise: { temperature: 0.3, top_p: 0.5 },
  balanced: { temperature: 0.7, top_p: 0.85 },
} as const;

export type ModeName = keyof typeof MODES;

export interface MultiModeChatOptions {
  model?: string;
  maxContextTokens?: number;
  systemMessage?: string;
}

export interface ChatOptions {
  stream?: boolean;
  onDelta?: (text: string) => void;
  /** Aborting stops the reply; text that already arrived is kept as the reply. */
  signal?: AbortSignal;
}

export interface ChatUsage {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

/** One message of a branch, and for replies the mode that produced them. */
interface Entry {
  message: ChatCompletionMessageParam;
  mode?: ModeName;
}

interface Branch {
  id: string;
  /** The branch it was forked from; null for "main". */
  parent: string | null;
  entries: Entry[];
}

const EXPORT_FORMAT = "multi-mode-chat";
const EXPORT_VERSION = 1;
const MODE_NAMES = Object.keys(MODES) as ModeName[];
const ROLES = new Set(["system", "developer", "user", "assistant"]);

const isModeName = (value: unknown): value is ModeName =>
  typeof value === "string" && (MODE_NAMES as string[]).includes(value);

export class MultiModeChatApp {
  readonly model: string;
  readonly maxContextTokens: number;
  readonly systemMessage: string | null;
  protected readonly client: OpenAI;
  protected currentMode: ModeName = "balanced";
  protected branchMap = new Map<string, Branch>([["main", { id: "main", parent: null, entries: [] }]]);
  protected currentBranch = "main";
  protected branchCounter = 0;
  protected totals: ChatUsage = { promptTokens: 0, completionTokens: 0, costUsd: 0 };

  constructor(client: OpenAI, options: MultiModeChatOptions = {}) {
    this.client = client;
    this.model = options.model ?? DEFAULT_MODEL;
    this.maxContextTokens = options.maxContextTokens ?? 4000;
    this.systemMessage = options.systemMessage ?? null;
  }

  get mode(): ModeName {
    return this.currentMode;
  }

  setMode(mode: string): void {
    if (!isModeName(mode)) {
      throw new Error(`Unknown mode "${mode}". The modes are: ${MODE_NAMES.join(", ")}.`);
    }
    this.currentMode = mode;
  }

  get branches(): string[] {
    return [...this.branchMap.keys()];
  }

  get messages(): ChatCompletionMessageParam[] {
    return this.messagesOf(this.current());
  }

  get usage(): ChatUsage {
    return { ...this.totals };
  }

  async chat(input: string, options: ChatOptions = {}): Promise<string> {
    const branch = this.current();
    const question: Entry = { message: { role: "user", content: input } };
    branch.entries.push(question);
    try {
      return await this.reply(branch, options);
    } catch (error) {
      branch.entries.splice(branch.entries.indexOf(question), 1);
      throw error;
    }
  }

  async regenerate(options: ChatOptions = {}): Promise<string> {
    const branch = this.current();
    const last = branch.entries.at(-1);
    if (!last || last.message.role !== "assistant") {
      throw new Error("There is no reply to regenerate yet: send a message first.");
    }
    // The old reply must not be in the request, or the model would just see it and continue from it.
    branch.entries.pop();
    try {
      return await this.reply(branch, options);
    } catch (error) {
      branch.entries.push(last);
      throw error;
    }
  }

  branch(): string {
    return this.fork();
  }

  switchBranch(id: string): void {
    if (!this.branchMap.has(id)) {
      throw new Error(`Unknown branch "${id}". The branches are: ${this.branches.join(", ")}.`);
    }
    this.currentBranch = id;
  }

  exportConversation(format: "json" | "markdown"): string {
    if (format === "json") return JSON.stringify(this.toExport(), null, 2);
    if (format === "markdown") return this.toMarkdown();
    throw new Error(`Unknown export format "${String(format)}": use "json" or "markdown".`);
  }

  static fromJSON(client: OpenAI, json: string): MultiModeChatApp {
    const data = parseExport(json);
    const app = new MultiModeChatApp(client, {
      model: data.model,
      maxContextTokens: data.maxContextTokens,
      systemMessage: data.systemMessage ?? undefined,
    });
    app.restore(data);
    return app;
  }

  // ---- internals ---------------------------------------------------------------------------

  protected current(): Branch {
    return this.branchMap.get(this.currentBranch)!;
  }

  protected fork(): string {
    let id: string;
    do id = `branch-${++this.branchCounter}`;
    while (this.branchMap.has(id));
    const from = this.current();
    // A deep copy: editing either branch later (a new turn, a regenerated reply) must not touch the other.
    this.branchMap.set(id, { id, parent: from.id, entries: structuredClone(from.entries) });
    this.currentBranch = id;
    return id;
  }

  protected messagesOf(branch: Branch): ChatCompletionMessageParam[] {
    const system: ChatCompletionMessageParam[] =
      this.systemMessage === null ? [] : [{ role: "system", content: this.systemMessage }];
    return [...system, ...branch.entries.map((e) => structuredClone(e.message))];
  }

  /** Asks for a reply to the branch as it is, and appends it. */
  protected async reply(branch: Branch, options: ChatOptions): Promise<string> {
    const mode = this.currentMode;
    // A reasoning model takes the mode's sampling settings only at the effort samplingOptions names.
    const request: ChatCompletionCreateParamsBase = {
      model: this.model,
      messages: this.context(branch),
      ...MODES[mode],
      ...samplingOptions(this.model),
    };
    const text = options.stream ? await this.streamReply(request, options) : await this.wholeReply(request, options);
    branch.entries.push({ message: { role: "assistant", content: text }, mode });
    return text;
  }

  protected async wholeReply(request: ChatCompletionCreateParamsBase, options: ChatOptions): Promise<string> {
    const response = await this.client.chat.completions.create(
      { ...request, stream: false },
      { signal: options.signal },
    );
    if (response.usage) this.addUsage(response.usage);
    const text = response.choices[0]?.message.content ?? "";
    options.onDelta?.(text);
    return text;
  }

  protected async streamReply(request: ChatCompletionCreateParamsBase, options: ChatOptions): Promise<string> {
    const stream = await this.client.chat.completions.create(
      { ...request, stream: true, stream_options: { include_usage: true } },
      { signal: options.signal },
    );
    let text = "";
    try {
      for await (const chunk of stream) {
        if (chunk.usage) this.addUsage(chunk.usage);
        const delta = chunk.choices[0]?.delta?.content;
        if (!delta) continue;
        text += delta;
        options.onDelta?.(delta);
      }
    } catch (error) {
      // Stopped by the user: what they already read stays in the conversation.
      if (options.signal?.aborted && text !== "") return text;
      throw error;
    }
    return text;
  }

  /** Prices come from the usage the API reported, never from our own estimate. */
  protected addUsage(usage: OpenAI.CompletionUsage): void {
    this.totals.promptTokens += usage.prompt_tokens;
    this.totals.completionTokens += usage.completion_tokens;
    // Models the catalog does not know (local servers) have no price: they add tokens, not dollars.
    if (findModel(this.model)) this.totals.costUsd += costUsd(this.model, usage);
  }

  /**
   * The system message and the newest messages that fit in maxContextTokens. The branch keeps its
   * whole history (an export loses nothing); only the request is trimmed.
   */
  protected context(branch: Branch): ChatCompletionMessageParam[] {
    const all = this.messagesOf(branch);
    const pinned = all[0]?.role === "system" ? 1 : 0;
    const head = all.slice(0, pinned);
    let start = all.length;
    let tokens = countMessageTokens(head, this.model);
    while (start > pinned) {
      const cost = countMessageTokens([all[start - 1]!], this.model) - countMessageTokens([], this.model);
      if (tokens + cost > this.maxContextTokens) break;
      tokens += cost;
      start -= 1;
    }
    if (start === all.length) {
      const needed = countMessageTokens([...head, all.at(-1)!], this.model);
      throw new Error(
        `This message needs ${needed} tokens with the system message, more than maxContextTokens (${this.maxContextTokens}). Send a shorter one.`,
      );
    }
    // A context that starts with a reply to a question it no longer contains reads as nonsense.
    while (start < all.length - 1 && all[start]!.role === "assistant") start += 1;
    return [...head, ...all.slice(start)];
  }

  protected toExport(): ChatExport {
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      model: this.model,
      maxContextTokens: this.maxContextTokens,
      systemMessage: this.systemMessage,
      mode: this.currentMode,
      currentBranch: this.currentBranch,
      branches: [...this.branchMap.values()].map((b) => ({
        id: b.id,
        parent: b.parent,
        messages: b.entries.map((e) => ({ ...(e.message as ExportedMessage), ...(e.mode ? { mode: e.mode } : {}) })),
      })),
      usage: { ...this.totals },
    };
  }

  protected restore(data: ChatExport): void {
    this.currentMode = data.mode;
    this.branchMap = new Map(
      data.branches.map((b) => [
        b.id,
        {
          id: b.id,
          parent: b.parent,
          entries: b.messages.map(({ mode, ...message }) => ({
            message: message as ChatCompletionMessageParam,
            ...(mode ? { mode } : {}),
          })),
        },
      ]),
    );
    this.currentBranch = data.currentBranch;
    this.branchCounter = data.branches.length - 1;
    this.totals = { ...data.usage };
  }

  protected toMarkdown(): string {
    const { promptTokens, completionTokens, costUsd: cost } = this.totals;
    const lines = [
      "# Multi-Mode Chat",
      "",
      `- Model: ${this.model}`,
      `- Mode: ${this.currentMode} (temperature ${MODES[this.currentMode].temperature}, top_p ${MODES[this.currentMode].top_p})`,
      `- Branches: ${this.branches.join(", ")} (current: ${this.currentBranch})`,
      `- Usage: ${promptTokens} prompt tokens, ${completionTokens} completion tokens, $${cost.toFixed(6)}`,
      "",
    ];
    if (this.systemMessage !== null) lines.push(`> **System:** ${this.systemMessage}`, "");
    for (const branch of this.branchMap.values()) {
      const parent = branch.parent ? this.branchMap.get(branch.parent) : undefined;
      const shared = parent ? sharedPrefix(parent.entries, branch.entries) : 0;
      lines.push(`## Branch ${branch.id}${branch.parent ? ` (forked from ${branch.parent})` : ""}`, "");
      if (shared > 0) lines.push(`_The first ${shared} messages are the same as on ${branch.parent}._`, "");
      for (const entry of branch.entries.slice(shared)) {
        const who =
          entry.message.role === "assistant"
            ? `Assistant${entry.mode ? ` (${entry.mode})` : ""}`
            : capitalize(entry.message.role);
        lines.push(`**${who}:**`, "", contentText(entry.message.content), "");
      }
    }
    return lines.join("\n");
  }
}

// ---- the export format -------------------------------------------------------------------------

type ExportedMessage = { role: "system" | "developer" | "user" | "assistant"; content: string; mode?: ModeName };

interface ChatExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  model: string;
  maxContextTokens: number;
  systemMessage: string | null;
  mode: ModeName;
  currentBranch: string;
  branches: { id: string; parent: string | null; messages: ExportedMessage[] }[];
  usage: ChatUsage;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sharedPrefix(a: Entry[], b: Entry[]): number {
  let i = 0;
  while (i < a.length && i < b.length && JSON.stringify(a[i]) === JSON.stringify(b[i])) i += 1;
  return i;
}

class ImportError extends Error {
  constructor(problem: string) {
    super(`Cannot import this conversation: ${problem}`);
    this.name = "ImportError";
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;
const isWhole = (v: unknown): v is number => isCount(v) && Number.isInteger(v);
const BRANCH_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** Names an object already has: an id like these could reach a prototype wherever ids become keys. */
const RESERVED_IDS = new Set(["constructor", "prototype", "hasOwnProperty", "toString", "valueOf"]);

/** Checks every field an export needs, so a bad file fails here, with a reason, and not three turns later. */
function parseExport(json: string): ChatExport {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ImportError(`it is not valid JSON (${(error as Error).message}).`);
  }
  if (!isObject(data)) throw new ImportError('expected a JSON object made by exportConversation("json").');
  if (data.format !== EXPORT_FORMAT)
    throw new ImportError(`"format" should be "${EXPORT_FORMAT}"; this is not a Multi-Mode Chat export.`);
  if (data.version !== EXPORT_VERSION)
    throw new ImportError(`"version" ${JSON.stringify(data.version)} is not supported (expected ${EXPORT_VERSION}).`);
  if (typeof data.model !== "string" || data.model === "") throw new ImportError('"model" should be a model name.');
  // The same rule as the app's --max-context.
  if (!Number.isInteger(data.maxContextTokens) || (data.maxContextTokens as number) < 100)
    throw new ImportError('"maxContextTokens" should be a whole number of tokens, at least 100.');
  if (data.systemMessage !== null && typeof data.systemMessage !== "string")
    throw new ImportError('"systemMessage" should be a string or null.');
  if (!isModeName(data.mode))
    throw new ImportError(
      `"mode" ${JSON.stringify(data.mode)} is not a mode; the modes are: ${MODE_NAMES.join(", ")}.`,
    );
  if (!Array.isArray(data.branches) || data.branches.length === 0)
    throw new ImportError('"branches" should be a non-empty list.');
  const ids = new Set<string>();
  data.branches.forEach((branch: unknown, b: number) => {
    if (!isObject(branch) || typeof branch.id !== "string" || branch.id === "")
      throw new ImportError(`branch ${b + 1} has no "id".`);
    if (!BRANCH_ID.test(branch.id) || RESERVED_IDS.has(branch.id))
      throw new ImportError(
        `branch ${b + 1} has the id ${JSON.stringify(branch.id)}; ids are letters, digits, "-" and "_", like "main" or "branch-2".`,
      );
    if (ids.has(branch.id)) throw new ImportError(`branch "${branch.id}" appears twice.`);
    if (b === 0 && branch.id !== "main") throw new ImportError('the first branch should be "main".');
    if (branch.parent !== null && (typeof branch.parent !== "string" || !ids.has(branch.parent))) {
      throw new ImportError(
        `branch "${branch.id}" has parent ${JSON.stringify(branch.parent)}, which is not an earlier branch.`,
      );
    }
    ids.add(branch.id);
    if (!Array.isArray(branch.messages)) throw new ImportError(`branch "${branch.id}" has no "messages" list.`);
    branch.messages.forEach((m: unknown, i: number) => {
      const where = `message ${i + 1} of branch "${branch.id}"`;
      if (!isObject(m)) throw new ImportError(`${where} is not an object.`);
      if (typeof m.role !== "string" || !ROLES.has(m.role))
        throw new ImportError(
          `${where} has role ${JSON.stringify(m.role)}; expected user, assistant, system or developer.`,
        );
      if (typeof m.content !== "string") throw new ImportError(`${where} has no text "content".`);
      if (m.mode !== undefined && !isModeName(m.mode))
        throw new ImportError(`${where} has mode ${JSON.stringify(m.mode)}, which is not a mode.`);
    });
  });
  if (typeof data.currentBranch !== "string" || !ids.has(data.currentBranch)) {
    throw new ImportError(
      `"currentBranch" ${JSON.stringify(data.currentBranch)} is not one of the branches (${[...ids].join(", ")}).`,
    );
  }
  const usage = data.usage;
  if (!isObject(usage) || !isWhole(usage.promptTokens) || !isWhole(usage.completionTokens) || !isCount(usage.costUsd)) {
    throw new ImportError(
      '"usage" should have promptTokens and completionTokens (whole numbers) and costUsd, each 0 or more.',
    );
  }
  return data as unknown as ChatExport;
}
