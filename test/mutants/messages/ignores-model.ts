// Always sends gpt-4o-mini, whatever model the caller passed.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/messages";

export async function testSystemMessage(
  client: OpenAI,
  systemMessage: string,
  userQuery: string,
  _model: string = DEFAULT_MODEL,
): Promise<string> {
  const response = await client.chat.completions.create({
    model: DEFAULT_MODEL,
    messages: [
      { role: "system", content: systemMessage },
      { role: "user", content: userQuery },
    ],
  });
  return response.choices[0]?.message.content ?? "";
}
