// Mistake: parses the number but never checks it against the API's range.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  const [command, name, value] = line.trim().split(/\s+/);
  if (
    command === "/set" &&
    name &&
    name in state &&
    name !== "model" &&
    name !== "stop" &&
    value !== undefined &&
    !Number.isNaN(Number(value))
  ) {
    return { state: { ...state, [name]: Number(value) }, reply: `${name} = ${value}` };
  }
  return reference(state, line);
}
