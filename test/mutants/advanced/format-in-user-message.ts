// Mistake: glues the instruction onto the prompt instead of sending it as a system message.
import type OpenAI from "openai";
import { StructuredRequest, type Format } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends StructuredRequest {
  protected override messages() {
    const [instruction, prompt] = super.messages();
    return [{ role: "user" as const, content: `${prompt!.content}\n\n${instruction!.content}` }];
  }
}

export async function getStructuredResponse(client: OpenAI, prompt: string, format: Format): Promise<string> {
  return new Wrong(client, prompt, format).run();
}
