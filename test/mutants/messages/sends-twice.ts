// Sends the request twice (for example once to "check" it) and returns the second reply.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/messages";

export async function testSystemMessage(
  client: OpenAI,
  systemMessage: string,
  userQuery: string,
  model: string = DEFAULT_MODEL,
): Promise<string> {
  const body = {
    model,
    messages: [
      { role: "system" as const, content: systemMessage },
      { role: "user" as const, content: userQuery },
    ],
  };
  await client.chat.completions.create(body);
  const response = await client.chat.completions.create(body);
  return response.choices[0]?.message.content ?? "";
}
