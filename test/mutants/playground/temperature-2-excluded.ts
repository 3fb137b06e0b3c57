// Mistake: temperature must be below 2 (an exclusive upper bound), so the valid value 2 is refused.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  if (command === "/set" && name === "temperature" && Number(values[0]) >= 2) {
    return { state, reply: "temperature must be from 0 to less than 2. Nothing changed." };
  }
  return reference(state, line);
}
