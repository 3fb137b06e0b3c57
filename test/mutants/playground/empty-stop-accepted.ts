// Mistake: "/set stop" with no sequence sets stop to an empty list instead of refusing it.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  if (command === "/set" && name === "stop" && values.length === 0) {
    return { state: { ...state, stop: [] }, reply: "stop = []" };
  }
  return reference(state, line);
}
