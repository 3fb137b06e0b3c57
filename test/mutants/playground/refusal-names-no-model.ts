// Mistake: refuses a sampling setting on gpt-5 without saying which model refuses it.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  const result = reference(state, line);
  return { ...result, reply: result.reply.replaceAll(state.model, "this model") };
}
