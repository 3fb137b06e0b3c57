/** The shapes of the everyday suite: a prompt (a full request and its check) and a judged reply. */
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";

/** What a reply did: the job asked, an honest "I can't", or anything else (off task, wrong, a dump). */
export type Outcome = "answered" | "declined" | "wrong";

/** The parts of a reply the checks read. */
export interface Reply {
  status: number;
  /** message.content, or the error message when the status is not 200. */
  text: string;
  refusal: string | null;
  /** How many tool calls the reply made instead of answering. */
  toolCalls: number;
}

/** A check passes (true) or says why not, so a wrong reply can be debugged from the report. */
export type Check = (reply: Reply) => true | string;

export const FAMILIES = [
  "capitals",
  "elements",
  "planets",
  "arithmetic",
  "percentages",
  "conversions",
  "dates",
  "counting",
  "word-tasks",
  "random-pick",
  "label-yes-no",
  "exact-counts",
  "layout",
  "creative",
  "name-ideas",
  "personas",
  "languages",
  "memory",
  "follow-ups",
  "summaries",
  "structured",
  "tools",
  "coding",
  "out-of-scope",
] as const;
export type Family = (typeof FAMILIES)[number];

/** The request body without `model` (the runner adds it, with the seed and temperature). */
export interface EverydayRequest {
  messages: ChatCompletionMessageParam[];
  [param: string]: unknown;
}

export interface EverydayPrompt {
  id: string;
  family: Family;
  request: EverydayRequest;
  /**
   * "answer": the check decides answered or wrong (a decline is `declined`). "decline": nothing in
   * the conversation, a computation or a data set can answer it, so an honest decline is the right
   * outcome and any confident reply is wrong.
   */
  expect: "answer" | "decline";
  check: Check;
}
