// Mistake: sends the mode's temperature and top_p without samplingOptions(model), which a reasoning default model refuses.
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { MultiModeChatApp as Reference, MODES } from "../../../solutions/multi-mode-chat";
export * from "../../../solutions/multi-mode-chat";

export class MultiModeChatApp extends Reference {
  protected override async reply(
    branch: Parameters<Reference["reply"]>[0],
    options: Parameters<Reference["chat"]>[1] = {},
  ): Promise<string> {
    const mode = this.currentMode;
    const request = {
      model: this.model,
      messages: this.context(branch) as ChatCompletionMessageParam[],
      ...MODES[mode],
    };
    const text = options.stream ? await this.streamReply(request, options) : await this.wholeReply(request, options);
    branch.entries.push({ message: { role: "assistant", content: text }, mode });
    return text;
  }
}
