// Mistake: treats every line as a prompt unless it is exactly a known command, blank lines included.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  if (!line.startsWith("/")) return { state, reply: "", prompt: line };
  return reference(state, line);
}
