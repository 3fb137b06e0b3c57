// Mistake: checks the range of n and max_completion_tokens but not that they are whole numbers.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  const [command, name, value] = line.trim().split(/\s+/);
  const n = Number(value);
  if (command === "/set" && (name === "n" || name === "max_completion_tokens") && n >= 1 && n <= 128) {
    return { state: { ...state, [name]: n }, reply: `${name} = ${n}` };
  }
  return reference(state, line);
}
