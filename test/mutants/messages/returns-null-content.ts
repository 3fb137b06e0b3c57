// Returns content as it is, so a reply without text comes back as null instead of "".
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
      { role: "system", content: systemMessage },
      { role: "user", content: userQuery },
    ],
  });
  return response.choices[0]!.message.content as string;
}
