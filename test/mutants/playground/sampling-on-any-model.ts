// Mistake: checks only the ranges, so temperature 0.2 is accepted on a model that takes only the default.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  const m = /^\s*\/set\s+(temperature|top_p|presence_penalty|frequency_penalty)\s+(\S+)\s*$/.exec(line);
  if (m && /^gpt-5/.test(state.model)) {
    const onClassic = reference({ ...state, model: "gpt-4.1" }, line);
    return onClassic.state.model === "gpt-4.1" && onClassic.state !== state
      ? { state: { ...onClassic.state, model: state.model }, reply: onClassic.reply }
      : { state, reply: onClassic.reply };
  }
  return reference(state, line);
}
