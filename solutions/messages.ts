/** Reference solution of the `messages` exercise (see src/exercises/messages.ts for the task). */
import type OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DEFAULT_MODEL } from "../src/api/catalog";

export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  // system and developer are two names for the instructions: dropping every one of them, not only a
  // leading one, is what keeps "exactly one set of instructions, first" true.
  return [{ role: "system", content }, ...messages.filter((m) => m.role !== "system" && m.role !== "developer")];
}

export async function testSystemMessage(
  client: OpenAI,
  systemMessage: string,
  userQuery: string,
  model: string = DEFAULT_MODEL,
): Promise<string> {
  const response = await client.chat.completions.create({
    model,
    messages: [
      { role: "system", content: systemMessage },
      { role: "user", content: userQuery },
    ],
  });
  return response.choices[0]?.message.content ?? "";
}
