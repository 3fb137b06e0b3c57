// Mistake: changes the state it was given instead of returning a new one.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  const result = reference(state, line);
  if (result.state === state) return result;
  try {
    Object.assign(state, result.state);
  } catch {
    // the frozen default state refuses: a learner would see a TypeError here
  }
  return { ...result, state };
}
