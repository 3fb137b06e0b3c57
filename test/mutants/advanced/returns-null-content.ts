// Mistake: returns the reply content as it is, null when the reply has no text.
import type OpenAI from "openai";
import { StructuredRequest, type Format } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends StructuredRequest {
  override async run(): Promise<string> {
    const response = await this.client.chat.completions.create(this.request());
    const content = response.choices[0]?.message.content as string;
    if (this.format === "json") this.checkJson(content ?? "", null);
    return content;
  }
}

export async function getStructuredResponse(client: OpenAI, prompt: string, format: Format): Promise<string> {
  return new Wrong(client, prompt, format).run();
}
