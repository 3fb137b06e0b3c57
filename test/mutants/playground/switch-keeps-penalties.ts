// Mistake: switching to a model that takes only default sampling resets temperature and top_p, not the penalties.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  const result = reference(state, line);
  if (command !== "/set" || name !== "model") return result;
  return {
    ...result,
    state: { ...result.state, presence_penalty: state.presence_penalty, frequency_penalty: state.frequency_penalty },
  };
}
