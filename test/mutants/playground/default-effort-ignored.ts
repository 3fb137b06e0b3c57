// Mistake: any reasoning model refuses a temperature unless samplingOptions turns its reasoning off, even one that samples by default.
import { findModel, samplingOptions } from "../../../src/api/catalog";
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

type Result = { state: PlaygroundState; reply: string; prompt?: string };

export function applyPlaygroundCommand(state: PlaygroundState, line: string): Result {
  const [command, name, ...values] = line.trim().split(/\s+/);
  void values;
  const info = findModel(state.model);
  if (
    command === "/set" &&
    name === "temperature" &&
    info?.reasoning &&
    samplingOptions(state.model).reasoning_effort === undefined &&
    Number(values[0]) !== 1
  ) {
    return { state, reply: `${state.model} takes only temperature 1. Nothing changed.` };
  }
  return reference(state, line);
}
