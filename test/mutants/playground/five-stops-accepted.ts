// Mistake: "/set stop" takes any number of sequences, five included.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  if (command === "/set" && name === "stop" && values.length > 4) {
    return { state: { ...state, stop: values }, reply: `stop = ${JSON.stringify(values)}` };
  }
  return reference(state, line);
}
