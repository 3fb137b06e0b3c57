// Sends the system prompt with role "user", so the model sees two user messages.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/messages";

export async function testSystemMessage(
  client: OpenAI,
  systemMessage: string,
  userQuery: string,
  model: string = DEFAULT_MODEL,
): Promise<string> {
  const response = await client.chat.completions.create({
    model,
    messages: [
      { role: "user", content: systemMessage },
      { role: "user", content: userQuery },
    ],
  });
  return response.choices[0]?.message.content ?? "";
}
