/**
 * Two tasks the course's prompts set that retrieval cannot answer: corporate jargon into plain
 * English (notebook 04's few-shot example), and "what went wrong?" about a log pasted earlier in
 * the conversation (notebook 08). Both answer from the learner's own text.
 */
import type { ConversationTurn } from "../read/conversation";
import { expand, type Filled } from "../language/templates";

const JARGON: [RegExp, string][] = [
  [/\b(a |this |the )?late pivot\b/gi, "$1last-minute change of plan"],
  [/\bpivot\b/gi, "change of plan"],
  [/\bboil the ocean\b/gi, "do everything at once"],
  [/\b(the )?client deliverable\b/gi, "what we owe the client"],
  [/\bdeliverables?\b/gi, "work"],
  [/\bnew synergies\b/gi, "things working well together"],
  [/\bsynerg(?:y|ies)\b/gi, "working together"],
  [/\bdrive top-line growth\b/gi, "increase revenue"],
  [/\btop-line growth\b/gi, "more revenue"],
  [/\bcircle back\b/gi, "talk again later"],
  [/\btouch base\b/gi, "talk"],
  [/\bbandwidth\b/gi, "time"],
  [/\blow-hanging fruit\b/gi, "easy wins"],
  [/\bmove the needle\b/gi, "make a real difference"],
  [/\bdeep dive\b/gi, "close look"],
  [/\bleverage\b/gi, "use"],
  [/\bgoing forward\b/gi, "from now on"],
  [/\baction items?\b/gi, "tasks"],
  [/\bparadigm shift\b/gi, "big change"],
  [/\bstakeholders\b/gi, "people involved"],
  [/\bbest-in-class\b/gi, "very good"],
  [/\bthink outside the box\b/gi, "try new ideas"],
  [/\bon the same page\b/gi, "in agreement"],
  [/\bin the loop\b/gi, "informed"],
  [/\bsunset\b/gi, "retire"],
  [/\bideate\b/gi, "come up with ideas"],
];

/** Plain English for a jargon-laden last message, when the system message asks for that translation. */
export function plainEnglish(turns: readonly ConversationTurn[]): Filled[] | null {
  const system = turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .map((t) => t.text)
    .join("\n");
  if (!/\bjargon\b|\bplain (english|language|words)\b/i.test(system)) return null;
  const last = [...turns].reverse().find((t) => t.role === "user")?.text ?? "";
  let out = last;
  for (const [re, plain] of JARGON) out = out.replace(re, plain);
  if (out === last) return null;
  return [{ text: out.charAt(0).toUpperCase() + out.slice(1), weight: 1 }];
}

const ASKS =
  /\b(what went wrong|what('s| is) wrong|why did (it|the build|the job|the test)s? fail|what failed|any errors?|find the (error|problem|bug)|what('s| is) the (error|problem))\b/i;
const UNDEFINED =
  /\b(?:is|gives?|returns?|get|getting|prints?|logs?|shows?)\s+(?:me\s+)?(?:back\s+)?undefined\b|\bundefined\b[^.?!]{0,20}\?/i;
const ERROR = /\b(ERROR|FATAL|FAILED|FAILURE|Exception|Traceback|error TS\d+|npm ERR!|panic)\b|\berror:/;
const WARNING = /\b(WARN|WARNING|warning:)\b/;
/** How much of a long conversation is searched for log lines: the newest text first. */
const SCAN = 2_000_000;

/** "What went wrong in the build?" after log text: the first error line, or what the warnings say when there is none. */
export function logReplies(turns: readonly ConversationTurn[]): Filled[] | null {
  const lastIndex = turns.map((t) => t.role).lastIndexOf("user");
  if (lastIndex < 0) return null;
  // "function double(n) { n * 2; } What's wrong?": code in the question is what to read, not a log.
  const own = turns[lastIndex].text;
  if (UNDEFINED.test(own)) return missingReturn(own);
  if (!ASKS.test(own)) return null;
  const missing = missingReturn(own);
  if (missing) return missing;
  if (/\bfunction\b|=>|\bdef\s+\w+\s*\(/.test(own)) return null;
  let scanned = 0;
  let error: string | undefined;
  let warning: string | undefined;
  let warnings = 0;
  for (let i = lastIndex - 1; i >= 0 && scanned < SCAN; i--) {
    if (turns[i].role !== "user" && turns[i].role !== "tool") continue;
    const text = turns[i].text;
    scanned += text.length;
    for (const line of text.split("\n")) {
      if (ERROR.test(line)) error = line.trim();
      else if (WARNING.test(line)) {
        warnings++;
        warning ??= line.trim();
      }
    }
    if (error) break;
  }
  if (error)
    return expand(
      `[The build failed on this line:|The first error in the log is this one:|This line is where it went wrong:]\n\n    ${esc(error)}\n\n[Fix that error first; the lines after it usually follow from it.|Start there: later failures often follow from the first one.]`,
    );
  if (warning)
    return expand(
      `[I don't see an error in the log you sent,|There is no error line in the parts you sent,] only warnings (${warnings} of them), such as:\n\n    ${esc(warning)}\n\n[If the build really failed, the error is probably in a part of the log I haven't seen.|If the build failed, send the end of the log: the error is usually in the last lines.]`,
    );
  return expand(
    "[I don't see a log in our conversation yet.|There is no log in our conversation for me to read.] [Could you paste the output of the failing run?|Paste the last lines of the build output and I'll look for the error.]",
  );
}

/**
 * A JavaScript function whose body works something out but never returns it: the classic
 * "my function gives undefined" (MDN: a function without a return statement returns undefined).
 */
function missingReturn(text: string): Filled[] | null {
  const m = /\bfunction\s+(\w+)\s*\(([^)]*)\)\s*\{([^{}]{1,300})\}/.exec(text);
  if (!m || /\breturn\b/.test(m[3])) return null;
  const last = m[3]
    .split(/;|\n/)
    .map((x) => x.trim())
    .filter(Boolean)
    .at(-1);
  if (!last || /^(?:console\.|let |const |var |if\b|for\b|while\b)/.test(last) || /(?<![=!<>])=(?!=)/.test(last))
    return null;
  const fixed = `function ${m[1]}(${m[2].trim()}) { return ${last}; }`;
  return expand(
    `[\`${m[1]}\` works out \`${esc(last)}\` but never returns it, and a JavaScript function without a return statement gives back undefined.|The body computes \`${esc(last)}\` and then throws it away: with no \`return\`, \`${m[1]}\` returns undefined.] [Add the return:|The fix is one word:]\n\n    ${esc(fixed)}\n\n(MDN, "return": https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/return)`,
  );
}

function esc(line: string): string {
  return line.replace(/\[/g, "(").replace(/\]/g, ")").replace(/\|/g, "/").slice(0, 300);
}
