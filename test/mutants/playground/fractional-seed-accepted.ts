// Mistake: a seed that is not whole (1.5) is accepted.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  if (command === "/set" && name === "seed" && Number(values[0]) === 1.5) {
    return { state: { ...state, seed: 1.5 }, reply: "seed = 1.5" };
  }
  return reference(state, line);
}
