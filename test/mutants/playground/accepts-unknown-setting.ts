// Mistake: /set stores any name it is given, so a typo ("temprature") silently adds a new field.
import { applyPlaygroundCommand as reference, type PlaygroundState } from "../../../solutions/playground";
export * from "../../../solutions/playground";

export function applyPlaygroundCommand(
  state: PlaygroundState,
  line: string,
): { state: PlaygroundState; reply: string; prompt?: string } {
  const [command, name, value] = line.trim().split(/\s+/);
  if (command === "/set" && name && !(name in state) && !["seed", "stop"].includes(name)) {
    return { state: { ...state, [name]: Number(value) } as PlaygroundState, reply: `${name} = ${value}` };
  }
  return reference(state, line);
}
