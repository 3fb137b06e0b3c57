/** A chat request as the model reads it, once http/validate has checked and normalised it. */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { ModelInfo, ReasoningEffort } from "../../api/catalog";
import { isObject } from "./json-schema";

export type ResponseFormatSpec = { type: "text" } | { type: "json_object" } | { type: "json_schema"; schema: unknown };

export interface ToolSpec {
  name: string;
  parameters: unknown;
}

export interface ChatRequest {
  model: string;
  info: ModelInfo;
  messages: ChatCompletionMessageParam[];
  temperature: number;
  topP: number;
  n: number;
  stop: string[];
  /** max_completion_tokens, else the deprecated max_tokens; null = up to the model's limit. */
  maxTokens: number | null;
  presencePenalty: number;
  frequencyPenalty: number;
  logitBias: Map<number, number> | null;
  logprobs: boolean;
  topLogprobs: number;
  seed: number | null;
  stream: boolean;
  includeUsage: boolean;
  responseFormat: ResponseFormatSpec;
  /** The effort a reasoning model runs at (the one sent, else the model's default); null for other models. */
  reasoningEffort: ReasoningEffort | null;
  /** How much the answer says: "low" keeps it short, "high" adds detail; null is the default (medium). */
  verbosity: "low" | "medium" | "high" | null;
  serviceTier: string;
  tools: ToolSpec[];
  /** "none" | "auto" | "required" | a function name. */
  toolChoice: string;
  /** parallel_tool_calls: false asks for at most one call per reply (the API's default is true). */
  parallelToolCalls: boolean;
}

/** The text of a message's content, whatever its shape (the request is validated first). */
export function messageText(m: ChatCompletionMessageParam): string {
  const c = (m as { content?: unknown }).content;
  if (typeof c === "string") return c;
  if (Array.isArray(c))
    return c
      .map((p) =>
        isObject(p) && typeof p.text === "string"
          ? p.text
          : isObject(p) && typeof p.refusal === "string"
            ? p.refusal
            : "",
      )
      .join("");
  return "";
}
