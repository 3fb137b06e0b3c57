// Mistake: /set model switches the model and nothing else, so a limit or a temperature the new model refuses is sent anyway.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  const m = /^\s*\/set\s+model\s+(\S+)\s*$/.exec(line);
  if (m) return { state: { ...state, model: m[1]! }, reply: `model = ${m[1]}` };
  return reference(state, line);
}
