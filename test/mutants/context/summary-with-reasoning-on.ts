// Mistake: asks a reasoning model for a short summary without turning reasoning off (no samplingOptions).
import type OpenAI from "openai";
import type {
  ChatCompletionCreateParamsNonStreaming,
  ChatCompletionMessageParam,
} from "openai/resources/chat/completions";
import { SmartContextManager as Reference } from "../../../solutions/context";
export * from "../../../solutions/context";

type Body = ChatCompletionCreateParamsNonStreaming;

export class SmartContextManager extends Reference {
  override async summarize(): Promise<void> {
    // The request this mistake sends: the reference's, rewritten on its way out.
    const self = this as unknown as { client: OpenAI };
    const real = self.client;
    const create = (body: Body) => real.chat.completions.create(rewrite(body, this.messages));
    self.client = { chat: { completions: { create } } } as unknown as OpenAI;
    try {
      await super.summarize();
    } finally {
      self.client = real;
    }
  }
}

function rewrite(body: Body, messages: readonly ChatCompletionMessageParam[]): Body {
  const prompt = String(body.messages[0]?.content ?? "");
  void messages;
  const { reasoning_effort: _dropped, ...rest } = body;
  return { ...rest, messages: [{ role: "user", content: prompt }] };
}
