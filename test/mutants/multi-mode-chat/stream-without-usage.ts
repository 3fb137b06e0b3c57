// Mistake: streams without stream_options.include_usage, so streamed replies cost nothing on paper.
import type { ChatCompletionCreateParamsBase } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override async streamReply(
    request: ChatCompletionCreateParamsBase,
    options: Parameters<Reference["chat"]>[1] = {},
  ): Promise<string> {
    const stream = await this.client.chat.completions.create({ ...request, stream: true });
    let text = "";
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta?.content;
      if (delta) {
        text += delta;
        options.onDelta?.(delta);
      }
    }
    return text;
  }
}
