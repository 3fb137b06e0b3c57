// Sends the two messages in the wrong order: user first, system second.
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
      { role: "user", content: userQuery },
      { role: "system", content: systemMessage },
    ],
  });
  return response.choices[0]?.message.content ?? "";
}
