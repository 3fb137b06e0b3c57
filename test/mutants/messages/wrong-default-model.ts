// Defaults to the lesson's old model instead of the workbook's default, gpt-4o-mini.
import type OpenAI from "openai";
export * from "../../../solutions/messages";

export async function testSystemMessage(
  client: OpenAI,
  systemMessage: string,
  userQuery: string,
  model = "gpt-3.5-turbo",
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
