/**
 * What the offline model reads of a long conversation. Its retrieval and instruction reading take
 * time in proportion to the text (about 30 ms per 1,000 tokens), synchronously: one 160k-token
 * prompt held the server for 5 s. Usage is still counted on the whole request; the model reads
 * each message's beginning and end (where instructions and questions sit) and the newest
 * messages, up to a bound no lesson's conversation comes near.
 */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { ChatRequest } from "../request/chat-request";

/** Characters the model reads of one message: its first and last halves of this. */
export const MESSAGE_READ_CHARS = 16_000;
/** Characters the model reads of the whole conversation, newest messages first (system messages always). */
export const CONVERSATION_READ_CHARS = 64_000;

export function modelView(req: ChatRequest): ChatRequest {
  const sizes = req.messages.map(textLength);
  if (sizes.reduce((a, b) => a + b, 0) <= CONVERSATION_READ_CHARS && sizes.every((n) => n <= MESSAGE_READ_CHARS))
    return req;
  const shortened = req.messages.map(shorten);
  const keep: ChatCompletionMessageParam[] = [];
  let budget = CONVERSATION_READ_CHARS;
  for (let i = shortened.length - 1; i >= 0; i--) {
    const m = shortened[i]!;
    const n = textLength(m);
    const pinned = m.role === "system" || m.role === "developer";
    if (pinned || n <= budget || keep.length === 0) {
      keep.unshift(m);
      budget -= n;
    }
  }
  // A tool reply must keep the assistant message that asked for it, or the model would not see it as one.
  return {
    ...req,
    messages: keep.filter((m, i) => m.role !== "tool" || keep.slice(0, i).some((p) => p.role === "assistant")),
  };
}

function textLength(m: ChatCompletionMessageParam): number {
  const c = (m as { content?: unknown }).content;
  if (typeof c === "string") return c.length;
  if (Array.isArray(c))
    return c.reduce(
      (n: number, p: unknown) =>
        n + (typeof (p as { text?: unknown })?.text === "string" ? (p as { text: string }).text.length : 0),
      0,
    );
  return 0;
}

function cut(text: string): string {
  if (text.length <= MESSAGE_READ_CHARS) return text;
  const half = MESSAGE_READ_CHARS / 2;
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

function shorten(m: ChatCompletionMessageParam): ChatCompletionMessageParam {
  const c = (m as { content?: unknown }).content;
  if (typeof c === "string") return { ...m, content: cut(c) } as ChatCompletionMessageParam;
  if (Array.isArray(c)) {
    return {
      ...m,
      content: c.map((p: unknown) =>
        typeof (p as { text?: unknown })?.text === "string"
          ? { ...(p as object), text: cut((p as { text: string }).text) }
          : p,
      ),
    } as ChatCompletionMessageParam;
  }
  return m;
}
