/**
 * What a skill is: a small, named ability of the offline model that reads the conversation and
 * either writes whole replies (each with its weight, the prior the sampler draws from) or passes.
 * The registry (registry.ts) lists every skill in the order they are asked.
 */
import type { Scored } from "../read/retrieval";
import type { ConversationTurn } from "../read/conversation";
import type { Instructions } from "../read/instructions";
import type { CreativeRequest, Filled } from "../language/templates";

export interface SkillInput {
  /** The whole conversation, oldest first, with the carried summary split out of instructions. */
  turns: readonly ConversationTurn[];
  /** The last user message. */
  lastUser: string;
  /** What the instructions ask of the reply's form (format, count, word limit, persona, ...). */
  instructions: Instructions;
  /** The corpus passages ranked for this conversation, best first. */
  ranked: readonly Scored[];
  /** True when the reply must be JSON (response_format or an instruction). */
  json: boolean;
  /** True when a json_schema shapes the reply: its fields are read from the prompt's text field by field. */
  schema?: boolean;
  /** True when the request asks for a summary of a text or of the conversation. */
  summarizing: boolean;
  /** The request's model, for what depends on it (its tokenizer). */
  model?: string;
}

/**
 * Replies a skill writes. `exact` replies are followed almost word for word (a computed number, a
 * label); others may be phrased a little differently, like prose. `asWritten` replies ignore the
 * form the request asks for (a refusal is not put into bullets).
 */
export interface TextReplies {
  texts: Filled[];
  exact?: boolean;
  asWritten?: boolean;
  /** Bare values for the fields of a JSON answer, by field name ("capital": "Lima"). */
  fields?: Record<string, string | number>;
  /** The model cannot answer: JSON replies say so with null fields and an "error" (reply/compose.ts). */
  declined?: boolean;
}

/** A creative piece: the templates write it, in lists or alone (reply/compose.ts renders it). */
export interface CreativeReplies {
  creative: CreativeRequest;
}

export type SkillReply = TextReplies | CreativeReplies;

export interface Skill {
  /** A short id, used as the candidates' source ("skill:memory") in tests and debugging. */
  name: string;
  /** One line: what the skill answers. */
  does: string;
  /** Asked even when the request is for a summary (most skills step aside then). */
  whileSummarizing?: boolean;
  /** Replies, or null when the skill has nothing to say to this conversation. */
  reply(input: SkillInput): SkillReply | null;
}
