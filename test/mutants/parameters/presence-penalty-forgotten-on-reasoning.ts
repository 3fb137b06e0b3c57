// The reasoning-model check lists temperature, top_p and frequency_penalty, and forgets presence_penalty.
import type { ChatCompletionCreateParams } from "openai/resources/chat/completions";
import { validateParams as reference } from "../../../solutions/parameters";
export * from "../../../solutions/parameters";

export function validateParams(params: Partial<ChatCompletionCreateParams>): string[] {
  return reference(params).filter((p) => !/^presence_penalty is not supported/.test(p));
}
