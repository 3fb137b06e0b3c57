// Mistake: hands onDelta every chunk's delta.content as it is, null included.
import type { ChatCompletionCreateParamsBase } from "openai/resources/chat/completions";
import { type ChatOptions, MultiModeChatApp as Reference } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override async streamReply(request: ChatCompletionCreateParamsBase, options: ChatOptions): Promise<string> {
    const stream = await this.client.chat.completions.create(
      { ...request, stream: true, stream_options: { include_usage: true } },
      { signal: options.signal },
    );
    let text = "";
    for await (const chunk of stream) {
      if (chunk.usage) this.addUsage(chunk.usage);
      if (chunk.choices.length === 0) continue;
      const delta = chunk.choices[0]!.delta.content as string;
      options.onDelta?.(delta);
      text += delta ?? "";
    }
    return text;
  }
}
