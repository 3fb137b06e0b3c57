/**
 * "How many tokens is 'Hello, world!'?": counted, not guessed, with the request's own model's
 * tokenizer (js-tiktoken through src/api/tokens.ts), naming the encoding, since the answer
 * differs between o200k_base and cl100k_base. Per-message overhead follows the OpenAI Cookbook,
 * "How to count tokens with tiktoken" (3 per message, 3 more to prime the reply).
 */
import { DEFAULT_MODEL, encodingForModel } from "../../api/catalog";
import { decode, encode } from "../../api/tokens";
import type { Skill } from "./skill";

const ASKS = /\b(?:how many tokens|count (?:the |all the )?tokens|number of tokens|token count|tokeni[sz]e)\b/i;

/** The text to count: quoted, else what follows a colon. */
function material(text: string): string | undefined {
  const quoted =
    /"([^"\n]{1,2000})"|“([^”\n]{1,2000})”|`([^`\n]{1,2000})`|(?:^|[\s(:])'([^'\n]{1,2000}?)'(?=[\s.,!?;:)]|$)/.exec(
      text,
    );
  if (quoted) return quoted[1] ?? quoted[2] ?? quoted[3] ?? quoted[4];
  const colon = /:\s*([\s\S]{1,4000}?)\s*$/.exec(text);
  return colon ? colon[1] : undefined;
}

/** The pieces, shown when few: "Hello", ",", " world", "!". */
function pieces(ids: number[], model: string): string {
  return ids.map((id) => JSON.stringify(decode([id], model))).join(", ");
}

export const tokenCount: Skill = {
  name: "token-count",
  does: "counts the tokens of a quoted or colon-given text with the request's model's tokenizer",
  reply: ({ lastUser, model }) => {
    if (!ASKS.test(lastUser)) return null;
    const text = material(lastUser);
    if (!text?.trim()) return null;
    const id = model ?? DEFAULT_MODEL;
    const ids = encode(text, id);
    const encoding = encodingForModel(id);
    const n = ids.length;
    const count = `${n} ${n === 1 ? "token" : "tokens"}`;
    const shown = n <= 16 ? `: ${pieces(ids, id)}` : "";
    const quote = text.length <= 80 ? `"${text}"` : "That text";
    const overhead = "Sent as a message it costs a few more: about 3 per message, and 3 to start the reply.";
    return {
      texts: [
        { text: `${quote} is ${count} in ${encoding}, the encoding ${id} uses${shown}. ${overhead}`, weight: 0.6 },
        { text: `${count}, counted with ${encoding} (the tokenizer of ${id})${shown}. ${overhead}`, weight: 0.4 },
      ],
      exact: true,
      fields: { tokens: n, encoding },
    };
  },
};
