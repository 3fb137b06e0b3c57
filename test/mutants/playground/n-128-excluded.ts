// Mistake: n must be below 128, so the valid value 128 is refused.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  if (command === "/set" && name === "n" && Number(values[0]) >= 128) {
    return { state, reply: "n must be a whole number from 1 to 127. Nothing changed." };
  }
  return reference(state, line);
}
