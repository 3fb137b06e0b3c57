/** Short ways to write an everyday prompt: a question, a conversation, a schema, a tool round trip. */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import { about, all, inWords } from "./checks";
import type { Check, EverydayPrompt, EverydayRequest, Family } from "./types";

export const user = (content: string): ChatCompletionMessageParam => ({ role: "user", content });
export const system = (content: string): ChatCompletionMessageParam => ({ role: "system", content });
export const developer = (content: string): ChatCompletionMessageParam => ({ role: "developer", content });
export const assistant = (content: string): ChatCompletionMessageParam => ({ role: "assistant", content });

/** A JSON object is not an answer in words (nobody asked these prompts for JSON). */
const noJson: Check = (reply) => (/^\s*[{[]\s*"/.test(reply.text) ? "JSON instead of words" : true);

/** A one-message prompt to answer. */
export const ask = (family: Family, id: string, text: string, check: Check, params: object = {}): EverydayPrompt => ({
  id: `${family}/${id}`,
  family,
  request: { messages: [user(text)], ...params },
  expect: "answer",
  check: all(noJson, check),
});

/** A conversation (its last message is the user's) to answer. */
export const chat = (
  family: Family,
  id: string,
  messages: ChatCompletionMessageParam[],
  check: Check,
  params: object = {},
): EverydayPrompt => ({
  id: `${family}/${id}`,
  family,
  request: { messages, ...params },
  expect: "answer",
  check: all(noJson, check),
});

/** A prompt nothing can ground (live data, the unknowable): an honest decline is the right outcome. */
export const cannot = (id: string, messages: string | ChatCompletionMessageParam[]): EverydayPrompt => ({
  id: `out-of-scope/${id}`,
  family: "out-of-scope",
  request: { messages: typeof messages === "string" ? [user(messages)] : messages },
  expect: "decline",
  check: () => "nothing can ground this",
});

/** A strict JSON schema response_format over the given properties (all required). */
export function schema(name: string, properties: Record<string, object>): object {
  return {
    response_format: {
      type: "json_schema",
      json_schema: {
        name,
        strict: true,
        schema: { type: "object", properties, required: Object.keys(properties), additionalProperties: false },
      },
    },
  };
}

/** A structured-output prompt: the question, the schema's properties and the check of the JSON. */
export const structured = (
  id: string,
  text: string,
  properties: Record<string, object>,
  check: Check,
  before: ChatCompletionMessageParam[] = [],
): EverydayPrompt => ({
  id: `structured/${id}`,
  family: "structured",
  request: { messages: [...before, user(text)], ...schema(id.replace(/[^\w-]/g, "_"), properties) },
  expect: "answer",
  check,
});

export interface ToolTrip {
  question: string;
  tool: string;
  description: string;
  parameters: Record<string, object>;
  args: Record<string, unknown>;
  result: unknown;
  system?: string;
}

/**
 * A tool round trip: the user asks, the assistant called the tool, the tool answered; the model
 * must now answer the question in words with the result (the check), never dump the JSON.
 */
export function toolTrip(id: string, trip: ToolTrip, check: Check): EverydayPrompt {
  const callId = `call_${id.replace(/[^\w]/g, "_")}`;
  const request: EverydayRequest = {
    messages: [
      ...(trip.system ? [system(trip.system)] : []),
      user(trip.question),
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: callId, type: "function", function: { name: trip.tool, arguments: JSON.stringify(trip.args) } },
        ],
      },
      { role: "tool", tool_call_id: callId, content: JSON.stringify(trip.result) },
    ],
    tools: [
      {
        type: "function",
        function: {
          name: trip.tool,
          description: trip.description,
          parameters: {
            type: "object",
            properties: trip.parameters,
            required: Object.keys(trip.parameters),
            additionalProperties: false,
          },
        },
      },
    ],
  };
  return { id: `tools/${id}`, family: "tools", request, expect: "answer", check: all(inWords(), check) };
}

/**
 * Each listed prompt's check also asks that the reply be about the question (see `about` in
 * checks.ts): the topic words a correct reply that is more than a bare answer names.
 */
export function withTopics(prompts: EverydayPrompt[], topics: Record<string, (string | RegExp)[]>): EverydayPrompt[] {
  const unknown = Object.keys(topics).filter((id) => !prompts.some((p) => p.id === id));
  if (unknown.length > 0) throw new Error(`topics for unknown prompts: ${unknown.join(", ")}`);
  return prompts.map((p) => (topics[p.id] ? { ...p, check: about(p.check, ...topics[p.id]) } : p));
}
