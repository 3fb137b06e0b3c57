// Mistake: a blank line goes out as an empty prompt.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(state: PlaygroundState, line: string) {
  return line.trim() === "" ? { state, reply: "", prompt: "" } : reference(state, line);
}
