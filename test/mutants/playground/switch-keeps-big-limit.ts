// Mistake: switching the model keeps a max_completion_tokens above the new model's maximum.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  if (command === "/set" && name === "model") {
    const result = reference(state, line);
    return { ...result, state: { ...result.state, max_completion_tokens: state.max_completion_tokens } };
  }
  return reference(state, line);
}
