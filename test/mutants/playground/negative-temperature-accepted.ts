// Mistake: only the upper bound of temperature is checked.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  const value = Number(values[0]);
  if (command === "/set" && name === "temperature" && value < 0) {
    return { state: { ...state, temperature: value }, reply: `temperature = ${value}` };
  }
  return reference(state, line);
}
