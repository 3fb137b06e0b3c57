// Mistake: n 0 is accepted (the range starts at 1).
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  if (command === "/set" && name === "n" && values[0] === "0") {
    return { state: { ...state, n: 0 }, reply: "n = 0" };
  }
  return reference(state, line);
}
