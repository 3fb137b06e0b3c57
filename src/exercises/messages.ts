/**
 * Exercise `messages`: message lists and system messages.
 *
 * Replace each `todo(...)` with your own code, then check your work with
 *   npm run grade -- messages
 * (`npm run watch` re-grades every time you save). The notebook 01-message-format.ipynb shows
 * these functions in use; after you save, re-run the cell that imports this file (or restart the kernel).
 */
import type OpenAI from "openai";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { DEFAULT_MODEL } from "../api/catalog";
import { todo } from "../workbook";

/**
 * Returns a new message list that starts with the system message `content`.
 *
 * The list is the model's whole memory of the conversation, and the system message is the standing
 * instruction at the top of it, so there must be exactly one and it must come first.
 *
 * - A list that starts with a system message: that message is replaced by the new one.
 * - A list with no system message: the new one is put in front.
 * - A list with a system message further down (say after a user message): the result still has
 *   exactly one system message, the new one, first; the old one is dropped.
 * - Every other message (user, assistant, developer, tool) keeps its place in the same order.
 * - The list you are given is never changed: build and return a new array.
 *
 * @example
 * withSystemMessage([{ role: "user", content: "Hi!" }], "You are a pirate.")
 * // => [{ role: "system", content: "You are a pirate." }, { role: "user", content: "Hi!" }]
 *
 * withSystemMessage([{ role: "system", content: "Be brief." }, { role: "user", content: "Hi!" }], "Be verbose.")
 * // => [{ role: "system", content: "Be verbose." }, { role: "user", content: "Hi!" }]
 *
 * withSystemMessage([], "Be brief.")
 * // => [{ role: "system", content: "Be brief." }]
 */
export function withSystemMessage(messages: ChatCompletionMessageParam[], content: string): ChatCompletionMessageParam[] {
  return todo("Return a new list: the system message `content` first, then every message of `messages` that is not a system message.");
}

/**
 * Asks the model one question under a system message and returns the text of its answer.
 *
 * Sends exactly one chat completion request whose `messages` are two messages, in this order:
 * the system message `systemMessage`, then the user message `userQuery`. Uses `model` when given,
 * otherwise the workbook's default model, gpt-4o-mini (`DEFAULT_MODEL`).
 *
 * Returns the assistant's text, `choices[0].message.content`, as a string: not the whole response,
 * not the choice. When the reply has no text (`content` is null), returns "".
 *
 * @example
 * const answer = await testSystemMessage(client, "You are a pirate.", "What is the capital of France?");
 * console.log(answer); // "Arr, 'tis Paris, matey!"
 */
export async function testSystemMessage(
  client: OpenAI,
  systemMessage: string,
  userQuery: string,
  model: string = DEFAULT_MODEL,
): Promise<string> {
  return todo("Call client.chat.completions.create({ model, messages: [system, user] }) and return the reply's text.");
}
