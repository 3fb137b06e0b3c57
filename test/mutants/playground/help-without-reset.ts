// Mistake: /help lists /set, /show and /help, and forgets /reset.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void name;
  void values;
  if (command === "/help") return { state, reply: "Commands: /set <setting> <value>, /show, /help" };
  return reference(state, line);
}
