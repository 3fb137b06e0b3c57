// Mistake: an unknown "/..." command is silently ignored: no reply says it is unknown.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(state: PlaygroundState, line: string) {
  const result = reference(state, line);
  return result.reply.startsWith("Unknown command") ? { state, reply: "" } : result;
}
