// Mistake: sends response_format json_object for every format.
import type OpenAI from "openai";
import { StructuredRequest, type Format } from "../../../solutions/parts/advanced";
export * from "../../../solutions/advanced";

class Wrong extends StructuredRequest {
  protected override responseFormat() {
    return { response_format: { type: "json_object" as const } };
  }
}

export async function getStructuredResponse(client: OpenAI, prompt: string, format: Format): Promise<string> {
  return new Wrong(client, prompt, format).run();
}
