// Mistake: never passes options.signal to the SDK, so Ctrl-C cannot stop a reply.
import type OpenAI from "openai";
import type { ChatCompletionCreateParamsBase } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override async streamReply(
    request: ChatCompletionCreateParamsBase,
    options: Parameters<Reference["chat"]>[1] = {},
  ): Promise<string> {
    const stream = await this.client.chat.completions.create({
      ...request,
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    for await (const chunk of stream) {
      if (chunk.usage) this.addUsage(chunk.usage as OpenAI.CompletionUsage);
      const delta = chunk.choices[0]?.delta?.content;
      if (!delta) continue;
      text += delta;
      options.onDelta?.(delta);
    }
    return text;
  }
}
