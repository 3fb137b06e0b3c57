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
import { DEFAULT_MODEL, todo } from "../workbook";

/**
 * Step 1. Returns a new message list whose instructions are the system message `content`.
 *
 * The list is the model's whole memory of the conversation. Its instructions are ONE message at
 * index 0, a system or a developer message: `developer` is today's name for `system`, and both mean
 * the same, so a list never holds two sets of instructions. What an application adds later for the
 * model to know, such as a summary of turns it dropped, is not an instruction: it is what was said,
 * carried as a user message ("Previous conversation summary: ..."), and this function leaves it
 * where it is.
 *
 * - A list with no instructions: the new system message is put in front. [task: insert-first]
 * - A list that starts with instructions, a system OR a developer message: that message is
 *   replaced by the new one, not joined by a second one. [task: replace-leading, replace-developer]
 * - A list with a system or developer message further down (say after a user message): the result
 *   still has exactly one instruction message, the new one, first; the old one is dropped. [task: drop-later-system]
 * - An empty list becomes a list of just the system message. [task: empty-list]
 * - Every other message (user, assistant, tool, a carried summary) keeps its place in the same order. [task: keeps-others, insert-first]
 * - The list you are given is never changed: the result is a new array. [task: new-list]
 *
 * @example
 * withSystemMessage([{ role: "user", content: "Hi!" }], "You are a pirate.")
 * // => [{ role: "system", content: "You are a pirate." }, { role: "user", content: "Hi!" }]
 *
 * withSystemMessage([{ role: "system", content: "Be brief." }, { role: "user", content: "Hi!" }], "Be verbose.")
 * // => [{ role: "system", content: "Be verbose." }, { role: "user", content: "Hi!" }]
 */
export function withSystemMessage(
  messages: ChatCompletionMessageParam[],
  content: string,
): ChatCompletionMessageParam[] {
  return todo("Step 1: return a new list whose one system message, first, is `content`.");
}

/**
 * Step 2. Asks the model one question under a system message and returns the text of its answer.
 *
 * - Sends exactly one chat completion request whose `messages` are the system message
 *   `systemMessage`, then the user message `userQuery`, in that order. [task: one-request]
 * - Uses `model` when given, otherwise the workbook's default model, `DEFAULT_MODEL`. [task: default-model, model-passed]
 * - Returns the assistant's text, `choices[0].message.content`, as a string: not the whole
 *   response, not the choice. [task: returns-text]
 * - When the reply has no text (`content` is null), returns "". [task: null-content]
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
  return todo("Step 2: ask `userQuery` under the system message and return the answer's text.");
}
