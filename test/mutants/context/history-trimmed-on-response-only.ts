// ConversationManager trims the history only after a reply, not after addUserMessage.
/**
 * Reference solution of the "context" exercise (lesson section 4): counting tokens the way the API
 * bills them, trimming a conversation to a budget, a conversation manager and a summarizing manager.
 */
import type OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DEFAULT_MODEL, samplingOptions } from "../../../src/api/catalog";
import { contentText, countTokens } from "../../../src/api/tokens";

// The OpenAI Cookbook's framing: <|start|>{role}<|message|>{content}<|end|> around every message,
// one more token for a name, and <|start|>assistant<|message|> to prime the reply.
const TOKENS_PER_MESSAGE = 3;
const TOKENS_PER_NAME = 1;
const REPLY_PRIMING_TOKENS = 3;

const SUMMARY_PREFIX = "Previous conversation summary: ";

/** One message's share of the prompt: framing, role, content and name. */
function messageTokens(message: ChatCompletionMessageParam, model: string): number {
  let tokens = TOKENS_PER_MESSAGE + countTokens(message.role, model) + countTokens(contentText(message.content), model);
  if ("name" in message && typeof message.name === "string") {
    tokens += TOKENS_PER_NAME + countTokens(message.name, model);
  }
  return tokens;
}

export function countChatTokens(messages: ChatCompletionMessageParam[], model: string): number {
  let total = REPLY_PRIMING_TOKENS;
  for (const message of messages) total += messageTokens(message, model);
  return total;
}

function isInstruction(message: ChatCompletionMessageParam | undefined): boolean {
  return message !== undefined && (message.role === "system" || message.role === "developer");
}

export function trimToTokenBudget(
  messages: ChatCompletionMessageParam[],
  maxTokens: number,
  model: string,
): ChatCompletionMessageParam[] {
  const pinned = isInstruction(messages[0]) ? 1 : 0;
  let used = REPLY_PRIMING_TOKENS + (pinned ? messageTokens(messages[0], model) : 0);
  if (used > maxTokens) return messages.slice(0, pinned);
  // Walk from the newest message back and stop at the first that does not fit: the cost depends on
  // the budget, not on how long the history is, and what is kept stays one contiguous stretch.
  let start = messages.length;
  while (start > pinned) {
    const cost = messageTokens(messages[start - 1], model);
    if (used + cost > maxTokens) break;
    used += cost;
    start -= 1;
  }
  return [...messages.slice(0, pinned), ...messages.slice(start)];
}

/**
 * Remembers each message's token count, so counting a long conversation after every turn encodes
 * only the new messages. A message that was edited in place is counted again.
 */
class TokenTally {
  private readonly counts = new WeakMap<ChatCompletionMessageParam, { key: string; tokens: number }>();
  constructor(private readonly model: string) {}

  count(messages: readonly ChatCompletionMessageParam[]): number {
    let total = REPLY_PRIMING_TOKENS;
    for (const message of messages) {
      const key = `${message.role}\u0000${contentText(message.content)}\u0000${"name" in message ? (message.name ?? "") : ""}`;
      let entry = this.counts.get(message);
      if (!entry || entry.key !== key) {
        entry = { key, tokens: messageTokens(message, this.model) };
        this.counts.set(message, entry);
      }
      total += entry.tokens;
    }
    return total;
  }
}

export class ConversationManager {
  readonly messages: ChatCompletionMessageParam[] = [];
  readonly model: string;
  readonly maxHistory: number;
  private readonly client: OpenAI;
  private readonly tally: TokenTally;

  constructor(client: OpenAI, options: { model?: string; maxHistory?: number } = {}) {
    this.client = client;
    this.model = options.model ?? DEFAULT_MODEL;
    this.maxHistory = options.maxHistory ?? 10;
    this.tally = new TokenTally(this.model);
  }

  setSystemMessage(content: string): void {
    const system: ChatCompletionMessageParam = { role: "system", content };
    if (this.messages[0]?.role === "system") this.messages[0] = system;
    else this.messages.unshift(system);
  }

  addUserMessage(content: string): void {
    this.messages.push({ role: "user", content });
  }

  addAssistantMessage(content: string): void {
    this.messages.push({ role: "assistant", content });
    this.trimHistory();
  }

  async getResponse(userInput: string): Promise<string> {
    this.addUserMessage(userInput);
    const response = await this.client.chat.completions.create({ model: this.model, messages: [...this.messages] });
    const reply = response.choices[0]?.message.content ?? "";
    // The API keeps nothing between requests: the reply only becomes context if we store it.
    this.addAssistantMessage(reply);
    return reply;
  }

  tokenCount(): number {
    return this.tally.count(this.messages);
  }

  reset(): void {
    const keep = this.messages[0]?.role === "system" ? 1 : 0;
    this.messages.splice(keep);
  }

  /** The system message plus the last maxHistory messages. */
  private trimHistory(): void {
    const keep = this.messages[0]?.role === "system" ? 1 : 0;
    const excess = this.messages.length - keep - this.maxHistory;
    if (excess > 0) this.messages.splice(keep, excess);
  }
}

export class SmartContextManager {
  readonly messages: ChatCompletionMessageParam[] = [];
  readonly model: string;
  readonly maxTokens: number;
  private readonly client: OpenAI;
  private readonly tally: TokenTally;
  private latestSummary: string | null = null;

  constructor(client: OpenAI, options: { model?: string; maxTokens?: number } = {}) {
    this.client = client;
    this.model = options.model ?? DEFAULT_MODEL;
    this.maxTokens = options.maxTokens ?? 4000;
    this.tally = new TokenTally(this.model);
  }

  get summary(): string | null {
    return this.latestSummary;
  }

  addMessage(message: ChatCompletionMessageParam): void {
    this.messages.push(message);
  }

  shouldSummarize(): boolean {
    return this.tally.count(this.messages) > 0.7 * this.maxTokens;
  }

  async summarize(): Promise<void> {
    // The instructions stay as they are; an earlier summary is one of the turns, folded into the new one.
    const keep = isInstruction(this.messages[0]) ? 1 : 0;
    const conversation = this.messages.slice(keep);
    if (conversation.length < 4) return;
    const older = conversation.slice(0, -2);
    const transcript = older.map((m) => `${m.role}: ${contentText(m.content)}`).join("\n");
    const response = await this.client.chat.completions.create({
      model: this.model,
      messages: [
        {
          role: "user",
          content: `Summarize this conversation concisely. Keep the facts, names, decisions and open questions a reader would need to continue it.\n\n${transcript}`,
        },
      ],
      // Reasoning off where the model allows it: 200 tokens of hidden reasoning would leave no summary.
      ...samplingOptions(this.model),
      max_completion_tokens: 200,
    });
    const summary = response.choices[0]?.message.content ?? "";
    this.latestSummary = summary;
    // What was said, not an instruction: a user message, so it gains no authority over the instructions.
    this.messages.splice(keep, older.length, { role: "user", content: SUMMARY_PREFIX + summary });
  }
}
