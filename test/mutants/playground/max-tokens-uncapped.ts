// Mistake: max_completion_tokens is any whole number from 1 up, over the model's maxOutputTokens too.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  const value = Number(values[0]);
  if (command === "/set" && name === "max_completion_tokens" && Number.isInteger(value) && value >= 1) {
    return { state: { ...state, max_completion_tokens: value }, reply: `max_completion_tokens = ${value}` };
  }
  return reference(state, line);
}
