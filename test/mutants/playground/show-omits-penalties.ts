// Mistake: /show lists the sampling settings but leaves out n, the penalties, seed and stop.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  const result = reference(state, line);
  if (command !== "/show") return result;
  const kept = result.reply
    .split("\n")
    .filter((l) => !/^\s*(n|presence_penalty|frequency_penalty|seed|stop)\b/.test(l));
  return { ...result, reply: kept.join("\n") };
}
