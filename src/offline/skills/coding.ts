/**
 * Small coding asks: the model writes only code it can ground. A request that names one of the
 * everyday tasks of corpus/snippets.ts (reverse a string, FizzBuzz, read a file, sort a list, a for
 * loop, a palindrome check...) gets that snippet, written for the language asked (TypeScript,
 * JavaScript or Python) with the function name and parameters the request gives, and the page it
 * follows. Any other request for code is declined plainly, unless a corpus passage holds code that
 * does exactly what was asked: an unrelated code passage (a word-count script for "Python best
 * practices") is never an answer.
 */
import { acrosticReply } from "./creative";
import { type CodeLanguage, SNIPPETS, type Snippet } from "../corpus/snippets";
import { expand, type Filled, readCreative } from "../language/templates";
import { codeBlocks, stem, terms } from "../language/text";
import type { ConversationTurn } from "../read/conversation";
import { type Grounding, judgeGrounding } from "../read/grounding";
import type { Scored } from "../read/retrieval";
import { declineTexts, thingAsked } from "./decline";
import { evaluateJs, expressionAsked } from "./run-js";
import { runLogged } from "./run-js-log";
import { specFunction } from "./spec-function";
import { pythonAsked, runPython } from "./run-python";
import type { Skill } from "./skill";

/** "What does this print? print(len('hello'))": a question about what some Python prints. */
const ASKS_OUTPUT =
  /\bwhat (?:does|will|would|is|gets)\b[^?:]{0,60}\b(?:print|prints|printed|output|outputs|display|displays|show|shows|result|give|log)\b|\b(?:the )?output of\b|\bwhat (?:gets|is) printed\b/i;

/** "What does this python do?", "explain this code": what the code does is asked, and its output says it. */
const ASKS_DOES =
  /\bwhat (?:does|will|would)\s+(?:this|that|the following|my)\s+(?:\w+\s+){0,3}?(?:do|does)\b|\b(?:explain|walk me through)\b/i;

/** The Python worked out: what it prints, exactly, and the built-in it leans on. */
function printedReplies(text: string): Filled[] | null {
  const does = !ASKS_OUTPUT.test(text) && ASKS_DOES.test(text);
  if ((!ASKS_OUTPUT.test(text) && !does) || /console\.log|=>|\bfunction\b|\blet\b|\bconst\b/.test(text)) return null;
  const code = pythonAsked(text);
  const done = code ? runPython(code) : undefined;
  if (!code || !done) return null;
  const shown = done.output.includes("\n") ? `:\n\n\`\`\`\n${done.output}\n\`\`\`\n\n` : ` \`${done.output}\`. `;
  // A comprehension is said in words; the general note would only repeat it.
  const comp = /\[\s*([^[\]]+?)\s+for\s+([A-Za-z_]\w*)\s+in\s+([^[\]]+?)(?:\s+if\s+([^[\]]+?))?\s*\]/.exec(code);
  const said = comp
    ? `\`[${comp[1]} for ${comp[2]} in ${comp[3]}${comp[4] ? ` if ${comp[4]}` : ""}]\` is a list comprehension: for each \`${comp[2]}\` in \`${comp[3]}\`${comp[4] ? ` for which \`${comp[4]}\` is true` : ""}${rangeSaid(comp[3])}, it works out \`${comp[1]}\` and collects the results, in order, in a new list. `
    : "";
  const why = done.note && !comp ? `${done.note.does}.` : "";
  const ref = done.note ? `\n\nReference: ${done.note.url}` : "";
  const body = `${shown}${why}`.replace(/\s+$/, "");
  if (does || comp)
    return [
      { text: `${said}It prints${body}${ref}`, weight: 0.6 },
      { text: `${said}The output is${body}${ref}`, weight: 0.4 },
    ];
  return [
    { text: `It prints${body}${ref}`, weight: 0.6 },
    { text: `The output is${body}${ref}`, weight: 0.4 },
  ];
}

/**
 * "In Python, what does len(['rice', 'beans']) return?": one expression's value, worked out as the
 * Python prompt shows it (its repr: 'abc' in quotes, [1, 2] for a list).
 */
function returnedReplies(text: string): Filled[] | null {
  const m =
    /\bwhat (?:does|will|would|is)\s+`?([^`?\n]{3,200}?)`?\s+(?:return|returns|evaluate to|evaluates to|give back|equal)\s*\??\s*$/i.exec(
      text.trim().replace(/\s+in python\s*\??$/i, "?"),
    );
  if (!m || !/\bpython\b/i.test(text) || !/[()[\]+*/%<>=-]/.test(m[1])) return null;
  const expr = m[1].trim();
  const done = runPython(`print(repr(${expr}))`);
  if (!done || done.output.includes("\n")) return null;
  const why = done.note ? ` ${done.note.does}.` : "";
  const ref = done.note ? `\n\nReference: ${done.note.url}` : "";
  return [
    { text: `It returns \`${done.output}\`.${why}${ref}`, weight: 0.6 },
    { text: `\`${expr}\` returns \`${done.output}\`.${why}${ref}`, weight: 0.4 },
  ];
}

/** "range(5)" -> " (0 to 4)": the numbers a range gives, said, since its stop is left out. */
function rangeSaid(iter: string): string {
  const m = /^range\(\s*(?:(-?\d+)\s*,\s*)?(-?\d+)\s*\)$/.exec(iter.trim());
  if (!m) return "";
  const lo = Number(m[1] ?? 0);
  const hi = Number(m[2]) - 1;
  return hi >= lo ? ` (${lo} to ${hi})` : "";
}

/**
 * "Explain this line and tell me what squares ends up holding: squares = [n * n for n in range(4)]":
 * the Python run with the name printed, and a list comprehension said in words.
 */
function heldReplies(text: string): Filled[] | null {
  if (!/\b(?:python|list comprehension)\b/i.test(text) && !/\bfor\s+\w+\s+in\b/.test(text)) return null;
  if (!/\b(?:explain|what does|what is|what's|hold(?:s|ing)?|contain(?:s|ing)?|end(?:s)? up|value of)\b/i.test(text))
    return null;
  if (/\bprint\s*\(/.test(text)) return null;
  const code =
    /```(?:python|py)?\s*\n([\s\S]*?)```/i.exec(text)?.[1] ??
    /`([A-Za-z_]\w*\s*=[^`]+)`/.exec(text)?.[1] ??
    /[:?]\s*([A-Za-z_]\w*\s*=(?!=)[^\n]+)$/.exec(text.trim())?.[1];
  if (!code) return null;
  const lines = code
    .trim()
    .split(/\n|;/)
    .map((l) => l.trim())
    .filter(Boolean);
  const last = /^([A-Za-z_]\w*)\s*=(?!=)\s*(.+)$/.exec(lines[lines.length - 1] ?? "");
  if (!last || lines.length > 10) return null;
  const done = runPython(`${lines.join("\n")}\nprint(${last[1]})`);
  if (!done || done.output.includes("\n")) return null;
  const comp = /^\[\s*(.+?)\s+for\s+([A-Za-z_]\w*)\s+in\s+(.+?)(?:\s+if\s+(.+?))?\s*\]$/.exec(last[2].trim());
  const said = comp
    ? `\`${last[0]}\` is a list comprehension: for each \`${comp[2]}\` in \`${comp[3]}\`${comp[4] ? ` for which \`${comp[4]}\` is true` : ""}, it works out \`${comp[1]}\` and collects the results, in order, in a new list named \`${last[1]}\`.`
    : `\`${last[0]}\` works out the value on the right and stores it in \`${last[1]}\`.`;
  const why = done.note && !comp ? ` (${done.note.does}.)` : "";
  const ref = done.note ? `\n\nReference: ${done.note.url}` : "";
  return [
    { text: `${said} \`${last[1]}\` ends up holding \`${done.output}\`.${why}${ref}`, weight: 0.6 },
    { text: `\`${last[1]}\` ends up holding \`${done.output}\`. ${said}${why}${ref}`, weight: 0.4 },
  ];
}

/**
 * "Rewrite this loop using .map(): const doubled = []; for (let i = 0; i < prices.length; i++) {
 * doubled.push(prices[i] * 2); }": a loop that only pushes one value per item is a map
 * (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/map).
 */
function mapRewrite(text: string): Filled[] | null {
  if (!/\.?\bmap\b/i.test(text) || !/\b(?:rewrite|re-write|convert|turn|change|refactor|use|using|with)\b/i.test(text))
    return null;
  const start = /\b(const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*\[\s*\]\s*;?/.exec(text);
  if (!start) return null;
  const out = start[2];
  const rest = text.slice(start.index + start[0].length);
  const indexed = new RegExp(
    String.raw`^\s*for\s*\(\s*(?:let|var)\s+(\w+)\s*=\s*0\s*;\s*\1\s*<\s*([A-Za-z_$][\w$]*)\.length\s*;\s*(?:\1\+\+|\+\+\1|\1\s*\+=\s*1)\s*\)\s*\{\s*${out}\.push\(([^;{}]+)\)\s*;?\s*\}`,
  ).exec(rest);
  const ofLoop = new RegExp(
    String.raw`^\s*for\s*\(\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s+of\s+([A-Za-z_$][\w$]*)\s*\)\s*\{\s*${out}\.push\(([^;{}]+)\)\s*;?\s*\}`,
  ).exec(rest);
  const loop = indexed ?? ofLoop;
  if (!loop) return null;
  const list = loop[2];
  const item = indexed ? (/^(\w+?)s$/.exec(list)?.[1] ?? "item") : loop[1];
  let body = loop[3].trim();
  if (indexed) {
    body = body.replace(new RegExp(String.raw`\b${list}\s*\[\s*${loop[1]}\s*\]`, "g"), item);
    // The index used for anything else would need map's second argument.
    if (new RegExp(String.raw`\b${loop[1]}\b`).test(body) || body.includes(`${list}[`)) return null;
  }
  const before = text
    .slice(0, start.index)
    .replace(/^[\s\S]*?[:?]\s*(?=(?:const|let|var)\b)/, "")
    .trim();
  const prelude = /^(?:(?:const|let|var)\s+[^;]+;\s*)+$/.test(before)
    ? `${before.replace(/;\s*/g, ";\n").trim()}\n`
    : "";
  const code = `${prelude}${start[1] === "var" ? "const" : start[1]} ${out} = ${list}.map((${item}) => ${body});`;
  const tail = `\n\n\`\`\`js\n${code}\n\`\`\`\n\n\`map()\` calls the arrow function once for each item of \`${list}\` and returns a new array of the results, so there is no empty array to fill and no index to manage; \`${list}\` itself is not changed.\n\nReference: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array/map`;
  return [
    { text: `Here it is with \`.map()\`:${tail}`, weight: 0.5 },
    { text: `With \`map()\` the loop becomes one line:${tail}`, weight: 0.5 },
  ];
}

/** Operations a function's name says, and the operator that does each. */
const NAMED_OPS: [RegExp, string, string][] = [
  [/^(?:add|sum|plus|add_?numbers|add_?two|addition)$/i, "+", "adds"],
  [/^(?:subtract|sub|minus|difference|diff)$/i, "-", "subtracts"],
  [/^(?:multiply|mul|mult|times|product)$/i, "*", "multiplies"],
  [/^(?:divide|div|quotient)$/i, "/", "divides"],
];

/**
 * "Fix the bug: def add(a, b): return a - b": a function whose name says one operation and whose
 * one line does another gets the operator its name asks for. Only that shape: any other bug is
 * not something the model can see.
 */
function fixReplies(text: string): Filled[] | null {
  if (
    !/\b(?:fix|bug|wrong|broken|debug|doesn't work|does not work|not working|error|crash(?:es|ed|ing)?|fails?)\b/i.test(
      text,
    )
  )
    return null;
  const py = /\bdef\s+(\w+)\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*:\s*(?:\n\s*)?return\s+(\w+)\s*([-+*/])\s*(\w+)\s*$/.exec(
    text.trim().replace(/[`]+$/, "").trim(),
  );
  const js = /\bfunction\s+(\w+)\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*\{\s*return\s+(\w+)\s*([-+*/])\s*(\w+)\s*;?\s*\}/.exec(
    text,
  );
  const m = py ?? js;
  if (!m) return missingColon(text) ?? concatFix(text);
  const [, name, p1, p2, l, op, r] = m;
  if (!((l === p1 && r === p2) || (l === p2 && r === p1))) return null;
  const want = NAMED_OPS.find(([re]) => re.test(name.replace(/([a-z])([A-Z])/g, "$1_$2")));
  if (!want || want[1] === op) return null;
  const fixed = py
    ? `def ${name}(${p1}, ${p2}):\n    return ${p1} ${want[1]} ${p2}`
    : `function ${name}(${p1}, ${p2}) {\n  return ${p1} ${want[1]} ${p2};\n}`;
  const fence = py ? "python" : "js";
  const says = `The function is called \`${name}\`, so it should use \`${want[1]}\`, but it uses \`${op}\`.`;
  const ref = py
    ? "https://docs.python.org/3/reference/expressions.html#binary-arithmetic-operations"
    : "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators";
  const tail = `\n\n\`\`\`${fence}\n${fixed}\n\`\`\`\n\nNow \`${name}(6, 3)\` gives ${compute(want[1], 6, 3)}.\n\nReference: ${ref}`;
  return [
    { text: `${says} Here it is fixed:${tail}`, weight: 0.6 },
    { text: `The bug is the operator: ${says.charAt(0).toLowerCase()}${says.slice(1)} Fixed:${tail}`, weight: 0.4 },
  ];
}

/**
 * "age = 12 / print("I am " + age + " years old")" and its TypeError: Python's + joins a str only
 * to a str (https://docs.python.org/3/library/stdtypes.html#str), so the number is turned into text
 * with str() or put in an f-string (https://docs.python.org/3/tutorial/inputoutput.html#formatted-string-literals).
 */
function concatFix(text: string): Filled[] | null {
  if (!/\bprint\s*\(/.test(text)) return null;
  const call = /\bprint\s*\((.+)\)/.exec(text);
  if (!call) return null;
  const parts: string[] = [];
  const re = /\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[A-Za-z_]\w*)\s*(\+|$)/gy;
  let end = 0;
  while (end < call[1].length) {
    const m = re.exec(call[1]);
    if (!m) break;
    parts.push(m[1]);
    end = re.lastIndex;
    if (!m[2]) break;
  }
  if (end < call[1].trimEnd().length || parts.length < 2) return null;
  const numbers = new Map<string, string>();
  for (const a of text.matchAll(/(?:^|[\s;])([A-Za-z_]\w*)\s*=\s*(-?\d+(?:\.\d+)?)(?![\w.])/g)) numbers.set(a[1], a[2]);
  const isText = (p: string) => /^["']/.test(p);
  const numeric = parts.filter((p) => !isText(p) && numbers.has(p));
  // Only a string joined to a name that holds a number, every other part a string literal.
  if (!numeric.length || !parts.some(isText) || parts.some((p) => !isText(p) && !numbers.has(p))) return null;
  const literal = (p: string) => p.slice(1, -1).replace(/\\(["'\\])/g, "$1");
  const printed = parts.map((p) => (isText(p) ? literal(p) : numbers.get(p))).join("");
  const assigns = [...new Set(numeric)].map((v) => `${v} = ${numbers.get(v)}`).join("\n");
  const withStr = `print(${parts.map((p) => (isText(p) ? p : `str(${p})`)).join(" + ")})`;
  const fString = `print(f"${parts.map((p) => (isText(p) ? literal(p).replace(/[{}"]/g, (c) => (c === '"' ? '\\"' : c + c)) : `{${p}}`)).join("")}")`;
  const name = numeric[0];
  const tail = `\n\n\`\`\`python\n${assigns}\n${withStr}\n# or, with an f-string:\n${fString}\n\`\`\`\n\nBoth print: ${printed}\n\nReference: https://docs.python.org/3/tutorial/inputoutput.html#formatted-string-literals`;
  const says = `\`${name}\` holds the number ${numbers.get(name)}, and Python's \`+\` only joins text to text, so \`"..." + ${name}\` raises TypeError: can only concatenate str (not "${/\./.test(numbers.get(name) ?? "") ? "float" : "int"}") to str.`;
  return [
    { text: `${says} Turn the number into text with \`str(${name})\`, or put it in an f-string:${tail}`, weight: 0.6 },
    {
      text: `The fix: ${says.charAt(0).toLowerCase()}${says.slice(1)} Convert it with \`str()\` or use an f-string:${tail}`,
      weight: 0.4,
    },
  ];
}

/** "for i in range(10) print(i)": a Python header with no colon before its body. */
function missingColon(text: string): Filled[] | null {
  const code =
    /[:?]\s*(.+)$/
      .exec(text.trim())?.[1]
      ?.replace(/^`+|`+$/g, "")
      .trim() ?? "";
  const m =
    /^((?:for\s+\w+\s+in\s+\S.*?|while\s+\S.*?|if\s+\S.*?|def\s+\w+\s*\([^()]*\)))\s+((?:print|return)\b.*)$/.exec(
      code,
    );
  if (!m || /:/.test(m[1])) return null;
  const fixed = `${m[1]}:\n    ${m[2]}`;
  const ran = runPython(fixed);
  const shows = ran
    ? ran.output.includes("\n")
      ? ` It then prints ${ran.output.split("\n").length} lines, from \`${ran.output.split("\n")[0]}\` to \`${ran.output.split("\n").at(-1)}\`.`
      : ` It then prints \`${ran.output}\`.`
    : "";
  const says = `A \`${m[1].split(/\s/)[0]}\` line must end with a colon, and the body goes on the next line, indented.`;
  const tail = `\n\n\`\`\`python\n${fixed}\n\`\`\`\n${shows ? `\n${shows.trim()}\n` : ""}\nReference: https://docs.python.org/3/reference/compound_stmts.html`;
  return [
    { text: `${says} Fixed:${tail}`, weight: 0.6 },
    { text: `The colon is missing. ${says}${tail}`, weight: 0.4 },
  ];
}

/**
 * "Why is this if always true? if (x = 5) {...}": one = in a condition assigns, and the condition is
 * then the value assigned (https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/if...else).
 */
function assignInCondition(text: string): Filled[] | null {
  if (!/\b(?:why|always|never|bug|fix|wrong|broken|not working|doesn't work|does not work)\b/i.test(text)) return null;
  const m = /\b(if|while)\s*\(\s*([A-Za-z_$][\w$.]*)\s*=(?![=>])\s*([^()=;{}]+?)\s*\)\s*(\{[^{}]*\}|[^;{}]*;)?/.exec(
    text,
  );
  if (!m) return null;
  const [, kw, name, value, body] = m;
  const v = value.trim();
  const falsy = /^(?:0|0\.0|-0|""|''|``|null|undefined|false|NaN)$/.test(v);
  const truthy = /^(?:-?\d+(?:\.\d+)?|"[^"]+"|'[^']+'|true|\[.*\]|\{.*\})$/.test(v) && !falsy;
  if (!falsy && !truthy) return null;
  const fixed = `${kw} (${name} === ${v}) ${body?.trim() ?? "{ ... }"}`;
  const says = `\`${name} = ${v}\` inside the \`${kw}\` is an assignment, not a comparison: it stores ${v} in \`${name}\`, and the condition is then the value ${v}, which is always ${falsy ? "falsy, so the block never runs" : "truthy, so the block always runs"}. Compare with \`===\` instead:`;
  const tail = `\n\n\`\`\`js\n${fixed}\n\`\`\`\n\nReference: https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Strict_equality`;
  return [
    { text: `${says}${tail}`, weight: 0.6 },
    { text: `It's the single \`=\`. ${says}${tail}`, weight: 0.4 },
  ];
}

function compute(op: string, a: number, b: number): number {
  return op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
}

/** "What does [1, 2, 3].map(x => x * 2) return?": the value worked out, with what the method does. */
function ranReplies(text: string): Filled[] | null {
  const code = expressionAsked(text);
  const done = code ? evaluateJs(code) : undefined;
  if (!done) return null;
  // The method's own name leads, in code: "`map` calls the function on every element...".
  const why = done.method ? ` ${done.method.does.replace(/^(\w+)/, "`$1`")}.` : "";
  const ref = done.method ? `\n\nReference: ${done.method.url}` : "";
  return [
    { text: `It returns \`${done.value}\`.${why}${ref}`, weight: 0.6 },
    { text: `\`${done.code}\` evaluates to \`${done.value}\`.${why}${ref}`, weight: 0.4 },
  ];
}

/** A short JavaScript program's console.log lines, worked out statement by statement. */
function loggedReplies(text: string): Filled[] | null {
  if (!/console\.log\s*\(/.test(text)) return null;
  const run = runLogged(text);
  if (!run) return null;
  const shown = run.lines.length === 1 ? ` \`${run.lines[0]}\`.` : `:\n\n\`\`\`\n${run.lines.join("\n")}\n\`\`\``;
  const steps = run.trace.length ? ` ${run.trace.map((t) => `${t}.`).join(" ")}` : "";
  const notes =
    run.calls.length > 1
      ? run.calls.map((c) => `- \`${c.code}\` prints \`${c.printed}\`${c.why ? `: ${c.why}` : ""}.`).join("\n")
      : run.calls[0].why
        ? `${run.calls[0].why.charAt(0).toUpperCase()}${run.calls[0].why.slice(1)}.`
        : "";
  const body = [steps.trim(), notes].filter(Boolean).join(run.calls.length > 1 ? "\n\n" : " ");
  const ref = run.refs.length ? `\n\nReference: ${run.refs.join(" and ")}` : "";
  const tail = `${body ? (run.lines.length > 1 || run.calls.length > 1 ? `\n\n${body}` : ` ${body}`) : ""}${ref}`;
  return [
    { text: `It prints${shown}${tail}`, weight: 0.6 },
    { text: `The output is${shown}${tail}`, weight: 0.4 },
  ];
}

const LANGS: [RegExp, CodeLanguage][] = [
  [/\b(?:typescript|ts)\b/i, "typescript"],
  // An arrow function or console.log is JavaScript's own: "What does [1, 2].map(x => x * 2) return?".
  [/\b(?:javascript|js|node(?:\.?js)?|ecmascript)\b|=>|\bconsole\.log\(/i, "javascript"],
  [/\b(?:python3?|py)\b|\bdef\s+\w+\s*\(/i, "python"],
];
/** Languages the snippets are not written in: a request in one of them is declined. */
const OTHER_LANG =
  /\b(?:java|kotlin|scala|c\+\+|cpp|c#|csharp|rust|go|golang|ruby|php|perl|swift|haskell|elixir|erlang|lua|r|matlab|julia|dart|sql|mysql|postgres(?:ql)?|bash|shell|powershell|zsh|html|css|assembly|fortran|cobol|excel formula)\b|(?:^|\s)c(?=\s+(?:program|code|function)\b)/i;
const LABEL: Record<CodeLanguage, string> = { typescript: "TypeScript", javascript: "JavaScript", python: "Python" };
const FENCE: Record<CodeLanguage, string> = { typescript: "ts", javascript: "js", python: "python" };

/** A request for code: write/show a function, script, program, snippet, loop... or "how do I X in <language>". */
const CODE_WORDS =
  /\b(?:functions?|methods?|scripts?|programs?|snippets?|code|loops?|classes|class|one-liner|lambda|regex|regular expression|quer(?:y|ies)|algorithm|implementation|implement)\b/i;
const WRITE_VERBS =
  /^(?:please\s+)?(?:sort|reverse|check|read|count|find|remove|convert|print|loop|capitali[sz]e|parse|compute|calculate)\b|\b(?:write|show|give|create|implement|code up|make|build|generate|how (?:do|can|would|should) (?:i|you|we|one)|how to|example of)\b/i;
const CODE_FOR_TASK =
  /\b(?:functions?|methods?|scripts?|programs?|snippets?|one[- ]?liners?|code|quer(?:y|ies)|lambdas?|regex)\s+(?:that|which|to|for)\s+\w/i;
const NAMED_FN = /\b(?:def\s+)?([A-Za-z_$][\w$]{1,40})\s*\(([^()]{0,80})\)/;

/** Constraints a plain snippet does not meet: the request asks for more than the table holds. */
const CONSTRAINTS =
  /\b(?:without (?:using|built-?in|\.?reverse|slicing|loops?|recursion)|recursive(?:ly)?|using recursion|with recursion|in[- ]place|no built-?ins?|time complexity|big[- ]o|O\(|unit tests?|tests? for|generic|async|await|promise|class|decorator|type[- ]safe|memoi[sz]\w*|benchmark|streams?|threads?|multi|parallel|gui|web ?page|api|database|sql|regex|regular expression|command[- ]line|cli|argument|user input|input\(\)|prompt the user|ask the user)\b/i;

const ONE_LINER = /\bone[- ]?liners?\b|\bone line\b|\bsingle line\b/;

/** Words any code request may use besides its task: they say how, not what. */
const GENERIC = new Set(
  (
    "write writes show give gives create implement code make build generate example examples function functions method " +
    "script program snippet simple small short quick basic that which returns return take takes given input output " +
    "accept accepts receive receives check checks whether true false value values result call called named name " +
    "typescript javascript python node use using please can could would you me how do does to in a an the of for with " +
    "is it its if and or each every all variable variables arg args argument parameter parameters param print prints " +
    "printing printed log console help want need should way ways type typed annotation annotations i my we our new " +
    "line lines out works work correct correctly properly nice clean many ones too also u ur pls plz thanks " +
    "one liner oneliner single boolean bool void any"
  )
    .split(/\s+/)
    .map(stem),
);

export interface CodeAsk {
  lang: CodeLanguage | "other";
  /** The language was named (else TypeScript, the course's, is assumed). */
  named: boolean;
  fnName?: string;
  params?: string[];
  /** The request asks what a piece of code returns: the model does not run code. */
  run?: boolean;
  /** The request asks what a given piece of code does. */
  explain?: boolean;
}

/** Reads a request for code; null when the message asks for no code. */
export function readCodeAsk(text: string): CodeAsk | null {
  if (text.length > 1500 || /```/.test(text)) return null;
  const lang = LANGS.find(([re]) => re.test(text))?.[1];
  const other = !lang && OTHER_LANG.test(text);
  const named = NAMED_FN.exec(text);
  const fn =
    named &&
    /[A-Z_]|^(?:is|has|get|to|count|sum|max|min|find|reverse|sort|parse|capitali[sz]e|average|fizz|fib|fact|mean|avg)/.test(
      named[1],
    )
      ? named
      : null;
  // "Call it reverse", "a function called add_numbers": the name asked, without parentheses.
  const called = fn
    ? null
    : /\b(?:call|name)\s+it\s+[`"']?([A-Za-z_$][\w$]{1,40})\b|\b(?:function|method)\s+(?:called|named)\s+[`"']?([A-Za-z_$][\w$]{1,40})\b/i.exec(
        text,
      );
  const calledName = called ? (called[1] ?? called[2]) : undefined;
  const asks =
    (WRITE_VERBS.test(text) && (CODE_WORDS.test(text) || lang !== undefined || other)) ||
    // "js function that reverses a string", "python one liner to get...": no verb, but a language and a task.
    ((lang !== undefined || other) && CODE_FOR_TASK.test(text)) ||
    fn !== null ||
    (/\bfizz ?buzz\b/i.test(text) && !/\bwhat is\b/i.test(text));
  // "What does [3, 1, 2].sort() return in JavaScript?": running code is not something the model can ground.
  const runIt =
    /\bwhat (?:does|will|would|is)\b[^?]{1,120}\b(?:return|print|output|log|give|evaluate to|result)\b/i.test(text) &&
    /[()[\]=>.]/.test(text);
  if (runIt && (lang || other)) return { lang: lang ?? "other", named: true, run: true };
  // "What does this code do? print(len(x))", "Explain this code: ...": reading code is not grounded yet.
  if (
    /\b(?:explain|what does|what is|what's|walk me through|describe)\b[^?:]{0,40}\b(?:this|the following|that|my)\s+(?:\w+\s+)?(?:code|snippet|function|line|script|program|one-liner)\b/i.test(
      text,
    ) &&
    /[()[\]=;{}]/.test(text)
  )
    return { lang: lang ?? (other ? "other" : "typescript"), named: true, explain: true };
  if (!asks) return null;
  // "How do I say hello in Spanish?" names no programming language: not a code request.
  if (!CODE_WORDS.test(text) && !lang && !other && !fn && !/\bfizz ?buzz\b/i.test(text)) return null;
  const out: CodeAsk = { lang: lang ?? (other ? "other" : "typescript"), named: lang !== undefined || other };
  if (fn) {
    out.fnName = fn[1];
    out.params = fn[2]
      .split(",")
      .map((p) =>
        p
          .trim()
          .replace(/[:=].*$/, "")
          .replace(/^\.\.\./, "")
          .trim(),
      )
      .filter((p) => /^[A-Za-z_$][\w$]*$/.test(p));
  } else if (calledName && !/^(?:something|anything|whatever|that|this|it|what|the|a|an)$/i.test(calledName))
    out.fnName = calledName;
  return out;
}

/** The one snippet the request names, or null (none, several different tasks, or more asked than it does). */
export function matchSnippet(text: string, ask: CodeAsk): Snippet | null {
  const low = text.toLowerCase();
  // The function's own name says the task too: "isPalindrome(s)", "reverse_string".
  const withName = `${low} ${ask.fnName ? splitName(ask.fnName) : ""}`;
  const hits = SNIPPETS.filter((s) => s.needs.every((re) => re.test(withName)) && !s.not?.test(low));
  if (hits.length === 0) return null;
  const pick = pickOne(hits, ask);
  if (!pick) return null;
  if (CONSTRAINTS.test(low.replace(/\bfunction\b/g, ""))) return null;
  if (!explains(low, pick, ask)) return null;
  // A one-liner is honoured only by a function whose body is one line.
  if (ONE_LINER.test(low)) {
    const lang = ask.lang === "other" ? "typescript" : ask.lang;
    const body = pick.write(lang, pick.name, pick.params, low).code.split("\n").length;
    if (pick.kind !== "function" || body > (lang === "python" ? 2 : 3)) return null;
  }
  return pick;
}

/** Two matches of one task family (max of two / max of a list) are told apart by the parameters; else ambiguous. */
function pickOne(hits: Snippet[], ask: CodeAsk): Snippet | null {
  if (hits.length === 1) return hits[0];
  const two = (ask.params?.length ?? 0) >= 2;
  const max = hits.filter((h) => h.id === (two ? "max-two" : "max-list"));
  if (max.length === 1 && hits.every((h) => /^max-/.test(h.id))) return max[0];
  // A palindrome check reverses a string; counting vowels counts in a word: the narrower task wins.
  const order = [
    "filter-even",
    "filter-odd",
    "palindrome",
    "count-vowels",
    "fizzbuzz",
    "is-prime",
    "factorial",
    "fibonacci",
    "average",
    "remove-duplicates",
  ];
  for (const id of order) {
    const h = hits.find((x) => x.id === id);
    if (h) return h;
  }
  if (hits.some((h) => h.id === "is-even") && hits.some((h) => h.id === "is-odd")) return hits[0];
  return null;
}

/**
 * Every content word of the request is either generic code talk, the task's own words, the
 * function's name and parameters, or a number: a word left over ("...and email it to me") is a
 * part of the request the snippet does not do.
 */
export function explains(low: string, snippet: Snippet, ask: CodeAsk): boolean {
  const own = new Set([
    ...terms(snippet.does),
    ...terms(snippet.id.replace(/-/g, " ")),
    ...terms(snippet.needs.map((re) => re.source.replace(/\\[bswd]|[^a-z ]/gi, " ")).join(" ")),
    ...terms(snippet.not?.source.replace(/\\[bswd]|[^a-z ]/gi, " ") ?? ""),
    ...(ask.fnName ? [...terms(splitName(ask.fnName)), ...terms(ask.fnName)] : []),
    ...(ask.params ?? []).flatMap((p) => terms(splitName(p))),
    ...TASK_WORDS,
  ]);
  const quoted = withoutContext(low, snippet).replace(/"[^"]{0,60}"|'[^']{0,60}'|`[^`]{0,60}`/g, " ");
  const left = terms(quoted).filter((w) => !GENERIC.has(w) && !own.has(w) && !/^\d+$/.test(w) && w.length > 2);
  return left.length === 0;
}

/**
 * What the request says around the task, not what the code must do: "for our trail weather
 * widget", "I run a cafe and I'm learning JS.", "ignoring case" for a snippet that ignores it.
 */
function withoutContext(low: string, snippet: Snippet): string {
  const kept = low
    .split(/(?<=[.!?])\s+/)
    .filter((x) => !/^(?:i|i'm|im|we|we're|my|our)\b/.test(x) || /\b(?:function|code|write|script|program)\b/.test(x))
    .join(" ")
    .replace(
      /\b(?:for|in|on) (?:my|our|the|a|an) (?:[a-z'-]+ ){0,3}(?:app|widget|website|site|project|page|game|class|course|homework|dashboard|tool|bot|shop|store|cafe|blog|form|team|business|salon)\b/g,
      " ",
    );
  return /^(?:count-vowels|palindrome)$/.test(snippet.id)
    ? kept.replace(
        /\b(?:ignoring|ignore|regardless of) (?:the )?(?:upper|lower)?[- ]?case\b|\bcase[- ]insensitive(?:ly)?\b/g,
        " ",
      )
    : kept;
}

/** Everyday words of the tasks' descriptions that carry no other task. */
const TASK_WORDS = (
  "nth number numbers integer integers list lists array arrays string strings text word words letter letters character " +
  "characters item items element elements sentence file files txt read reads open contents content from range start end " +
  "loop iterate go goes through up down back backwards reversed order ascending descending smallest largest lowest highest " +
  "first last when otherwise else divisible multiple multiples fizz buzz n num nums x y a b s str arr lst even odd prime " +
  "vowel vowels case upper lower uppercase lowercase capital letter given positive negative whole float decimal " +
  "find finds get gets maximum minimum max min"
)
  .split(/\s+/)
  .map(stem);

/** "isPalindrome" -> "is palindrome", "reverse_string" -> "reverse string". */
function splitName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_$]+/g, " ")
    .toLowerCase();
}

function snake(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
}

/** The whole replies for a snippet: a lead in a few phrasings, then the exact code, its note and its source. */
function snippetReplies(snippet: Snippet, ask: CodeAsk, request: string): Filled[] {
  const lang = ask.lang === "other" ? "typescript" : ask.lang;
  const given = ask.fnName && snippet.kind === "function";
  let name = given ? (ask.fnName as string) : snippet.name;
  if (lang === "python" && !given) name = snake(name);
  const params =
    given && ask.params?.length ? ask.params : snippet.params.map((p) => (lang === "python" ? snake(p) : p));
  const written = snippet.write(lang, name, params, request.toLowerCase());
  // The note's example call uses the name the code was given: "add_numbers(2, 3) gives 5".
  const note = written.note.replace(new RegExp(`\\b${snippet.name}\\(`, "g"), `${name}(`);
  const label = LABEL[lang];
  const what = snippet.kind === "function" ? `\`${name}\`` : "a short version";
  const leads = expand(
    snippet.kind === "function"
      ? `[Here is|Here's] ${what} in ${label}[:|, a function that ${snippet.does}:]`
      : `[Here is|Here's] [how to do it|a short script that ${snippet.does.replace(/s /, " ")}s|one way] in ${label}:`,
  );
  const assumed = ask.named
    ? ""
    : ` (You didn't name a language, so this is ${label}; ask for Python or JavaScript if you prefer.)`;
  const tail = `\n\n\`\`\`${FENCE[lang]}\n${written.code}\n\`\`\`\n\n${note}${assumed}\n\nReference: ${(lang === "python" ? (snippet.pySource ?? snippet.source) : snippet.source).url}`;
  return leads.map((l) => ({ text: `${l.text}${tail}`, weight: l.weight }));
}

/** "a JS function fare(miles)", "def half_price(p)": the name and parameters a request gives, lower-case names too. */
const SIGNATURE =
  /\b(?:function|def|method|fn)\s+(?:called\s+|named\s+)?`?([A-Za-z_$][\w$]{1,40})\s*\(([^()]{0,80})\)/i;

/** A function the request names, written from its one-line spec by skills/spec-function.ts and run before it is offered. */
function specReplies(ask: CodeAsk, request: string): Filled[] | null {
  const sig = SIGNATURE.exec(request);
  const name = ask.fnName ?? sig?.[1];
  if (!name) return null;
  const params =
    ask.fnName && ask.params
      ? ask.params
      : (sig?.[2] ?? "")
          .split(",")
          .map((p) =>
            p
              .trim()
              .replace(/[:=].*$/, "")
              .trim(),
          )
          .filter(Boolean);
  if (!params.every((p) => /^[A-Za-z_$][\w$]*$/.test(p))) return null;
  const lang = ask.lang === "other" ? "typescript" : ask.lang;
  const built = specFunction(request, lang, name, params);
  if (!built) return null;
  const label = LABEL[lang];
  const assumed = ask.named
    ? ""
    : ` (You didn't name a language, so this is ${label}; ask for Python or JavaScript if you prefer.)`;
  const tail = `\n\n\`\`\`${FENCE[lang]}\n${built.code}\n\`\`\`\n\n${built.note}${assumed}\n\nReference: ${built.ref}`;
  return expand(`[Here is|Here's] \`${name}\` in ${label}:`).map((l) => ({
    text: `${l.text}${tail}`,
    weight: l.weight,
  }));
}

/** Words that ask for code to be written, not for an explanation. */
const WANTS_CODE =
  /\b(?:write|implement|code (?:for|to|that)|function|script|snippet|program (?:that|to|which)|class that|one-liner|regex|show me|example|in (?:python|typescript|javascript|js|ts|node))\b/i;

/** A passage that holds code doing what was asked, in the language asked: it may answer instead of a decline. */
function passageFits(g: Grounding, ask: CodeAsk, request: string): boolean {
  if (ask.lang === "other") return false;
  if (!g.grounded || !g.entry) return false;
  const text = g.entry.passage.text;
  const blocks = codeBlocks(text);
  const fence = /```(\w+)/.exec(text)?.[1]?.toLowerCase() ?? "";
  const langOk =
    !ask.named || (ask.lang === "python" ? /^py/.test(fence) : /^(?:ts|js|typescript|javascript)$/.test(fence));
  if (!blocks.length || !langOk) return false;
  // Every word of the task is in the passage itself, not only somewhere in its topic.
  // In its prose, not only in its code: "reverse=True" in a sorting example does not reverse a list.
  const own = new Set(terms(text.replace(/```[\s\S]*?```/g, " ")));
  const task = terms(request).filter((w) => !GENERIC.has(w) && w.length > 2 && !/^\d+$/.test(w));
  return task.every((w) => own.has(w));
}

export const coding: Skill = {
  name: "coding",
  does: "small code for everyday tasks (reverse a string, FizzBuzz, read a file, sort a list...) in TypeScript, JavaScript or Python; other code asks declined",
  reply: ({ lastUser, turns, ranked, json }) => {
    if (json) return null;
    const printed =
      mapRewrite(lastUser) ??
      loggedReplies(lastUser) ??
      returnedReplies(lastUser) ??
      printedReplies(lastUser) ??
      heldReplies(lastUser) ??
      fixReplies(lastUser) ??
      assignInCondition(lastUser);
    if (printed) return { texts: printed, exact: true };
    // "what does '5' + 3 give in JavaScript?": an expression with no brackets is worked out too.
    const bare =
      /\b(?:javascript|js|typescript|ts|node)\b/i.test(lastUser) && /['"\d]\s*[-+*/%]\s*['"\d]/.test(lastUser)
        ? ranReplies(lastUser)
        : null;
    if (bare) return { texts: bare, exact: true, fields: { answer: bare[0].text } };
    // A JavaScript program the runner cannot read is never answered with a passage about other code.
    const ask =
      readCodeAsk(lastUser) ??
      (/\bconsole\.log\s*\(|\b(?:let|const|var)\s+[A-Za-z_$][\w$]*\s*=[^;]{1,200};/.test(lastUser)
        ? ({ lang: "javascript", named: true, run: true } as CodeAsk)
        : null);
    if (!ask) return null;
    // "A subject line telling my class...", "a title for my report on the recycling program": words, not code.
    const short = readCreative(lastUser)?.kind;
    // "An acrostic poem for SUN (one line per letter)": a poem the creative skill writes, not code.
    if (acrosticReply(lastUser) && !/```|\b(?:code|function|program|script)\b/i.test(lastUser)) return null;
    // "a function makeSlug(title) that lowercases a title" is code about a title, not a title to write.
    if (
      (short === "subject" || short === "title") &&
      !ask.explain &&
      !ask.run &&
      !/```/.test(lastUser) &&
      !(ask.fnName && /\bfunction\b/i.test(lastUser))
    )
      return null;
    const ran = ask.run && (ask.lang === "javascript" || ask.lang === "typescript") ? ranReplies(lastUser) : null;
    if (ran) return { texts: ran, exact: true, fields: { answer: ran[0].text } };
    // A function written from its spec and run on the request's own examples first: a snippet is not run on them.
    const built = ask.lang === "other" || ask.run || ask.explain ? null : specReplies(ask, lastUser);
    if (built) return { texts: built, exact: true };
    const snippet = ask.lang === "other" || ask.run || ask.explain ? null : matchSnippet(lastUser, ask);
    if (snippet) return { texts: snippetReplies(snippet, ask, lastUser), exact: true };
    const grounding = ask.run || ask.explain ? null : judgeGrounding(turns, ranked);
    if (grounding && passageFits(grounding, ask, lastUser)) return null;
    // "How do I install Python?", "a tip for learning to code": a question about programming, not a
    // request for code, is the passages' to answer when one grounds it.
    // A request in a language the snippets lack ("In bash, how do I...") is not answered with a passage's Python.
    const otherCode = ask.lang === "other" && /```/.test(grounding?.entry?.passage.text ?? "");
    if (grounding?.grounded && !WANTS_CODE.test(lastUser) && !otherCode) return null;
    const asked = thingAsked(lastUser);
    const scope = ask.run
      ? "I don't run code, so I can't tell you what it returns; run it in the notebook or in Node to see."
      : ask.explain
        ? "I can't read code someone gives me and explain it reliably; running it in the notebook and printing what each step gives is a good way to see what it does."
        : ask.lang === "other"
          ? "I only write small snippets in TypeScript, JavaScript and Python."
          : "I can only write a few small, common snippets (reverse a string, FizzBuzz, read a file, sort a list, a for loop, a palindrome check) in TypeScript, JavaScript and Python.";
    return {
      texts: declineTexts(
        asked ?? { kind: "task", text: ask.run ? "work out what that code prints" : "write that code" },
        false,
        scope,
      ),
      asWritten: true,
      declined: true,
    };
  },
};
