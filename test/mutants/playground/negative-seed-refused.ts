// Mistake: takes only positive seeds, although any whole number is a seed.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  if (command === "/set" && name === "seed" && Number(values[0]) <= 0) {
    return { state, reply: "seed must be a whole number from 1. Nothing changed." };
  }
  return reference(state, line);
}
