// Mistake: /reset goes back to the whole default state, model included.
import {
  DEFAULT_PLAYGROUND_STATE,
  applyPlaygroundCommand as reference,
  type PlaygroundState,
} from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  if (line.trim() === "/reset") return { state: { ...DEFAULT_PLAYGROUND_STATE }, reply: "Reset." };
  return reference(state, line);
}
