// Mistake: top_p is checked against 0 to 2, like temperature.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  const value = Number(values[0]);
  if (command === "/set" && name === "top_p" && value > 1 && value <= 2) {
    return { state: { ...state, top_p: value }, reply: `top_p = ${value}` };
  }
  return reference(state, line);
}
