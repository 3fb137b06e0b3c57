// Mistake: caps max_completion_tokens at 16384 for a model the catalog does not know.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  if (command === "/set" && name === "max_completion_tokens" && Number(values[0]) > 16_384) {
    return { state, reply: "max_completion_tokens must be a whole number from 1 to 16384. Nothing changed." };
  }
  return reference(state, line);
}
