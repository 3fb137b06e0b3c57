/**
 * "let x = 10; x += 5; x *= 2; console.log(x)", "what do console.log("5" + 3) and console.log("5" - 3)
 * print?": a short straight-line program is run statement by statement with run-js.ts's evaluator,
 * and what console.log prints is said line by line, with why the operator gave it. Only variable
 * declarations, compound assignments, ++/-- and console.log calls are read; a loop, a function or
 * anything else between them leaves the program unread (the coding skill then declines).
 */
import jsep from "jsep";
import { evaluateIn } from "./run-js";

type Value = unknown;

export interface Logged {
  /** The printed lines, as Node writes them. */
  lines: string[];
  /** Each console.log call's code and what it printed, with the operator's rule when one explains it. */
  calls: { code: string; printed: string; why?: string }[];
  /** "x starts at 10; x += 5 makes it 15": the values a variable went through, when it changed. */
  trace: string[];
  /** The MDN pages of the operators the notes lean on. */
  refs: string[];
}

const MDN = "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/";
const OPS: Record<string, string> = {
  "+": "Addition",
  "-": "Subtraction",
  "*": "Multiplication",
  "/": "Division",
  "%": "Remainder",
  "**": "Exponentiation",
};

/** The end of a balanced (...) starting at `open`, skipping strings; -1 when unbalanced. */
function closing(text: string, open: number): number {
  let depth = 0;
  let quote = "";
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** The end of an expression statement: the next ";" or newline outside strings and brackets. */
function statementEnd(text: string, from: number): number {
  let depth = 0;
  let quote = "";
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (depth === 0 && (c === ";" || c === "\n")) return i;
  }
  return text.length;
}

/** A value as console.log writes it: strings bare at the top, quoted inside arrays. */
function logged(v: Value, top = true): string | undefined {
  if (typeof v === "string") return top ? v : `'${v}'`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (typeof v === "boolean" || v === undefined || v === null) return String(v);
  if (Array.isArray(v)) {
    if (v.length > 6) return undefined;
    const items = v.map((x) => logged(x, false));
    if (items.some((x) => x === undefined)) return undefined;
    return items.length ? `[ ${items.join(", ")} ]` : "[]";
  }
  return undefined;
}

const kind = (v: Value) => (typeof v === "string" ? "string" : typeof v === "number" ? "number" : "other");

/** Why a mixed string-and-number operator gave what it gave ("5" + 3 is "53", "5" - 3 is 2). */
function why(tree: ReturnType<typeof jsep>, scope: Map<string, Value>): { text: string; op: string } | undefined {
  if (tree.type !== "BinaryExpression") return undefined;
  const op = tree.operator as string;
  if (!OPS[op]) return undefined;
  const l = evaluateIn(tree.left as never, scope);
  const r = evaluateIn(tree.right as never, scope);
  if (kind(l) === "other" || kind(r) === "other") return undefined;
  if (op === "+" && kind(l) !== kind(r))
    return {
      text: "when either side of `+` is a string, JavaScript turns the other side into a string and joins them",
      op,
    };
  if (op === "+" || (kind(l) === "number" && kind(r) === "number")) return undefined;
  return { text: `\`${op}\` only works on numbers, so JavaScript converts the string to a number first`, op };
}

const START = /\b(?:let|const|var)\s+[A-Za-z_$]|\bconsole\.log\s*\(/;
const CODE_LEFT = /[;{}=]|\bconsole\.|\bfunction\b|=>|\b(?:for|while|if)\s*\(/;

/** What the program in the message prints, or undefined when it is not one this can run. */
export function runLogged(text: string): Logged | undefined {
  if (text.length > 800) return undefined;
  const src = text.replace(/```\w*/g, "\n").replace(/`/g, " ");
  const first = START.exec(src);
  if (!first) return undefined;
  // Code before the first statement ("function f() {...}") is code this cannot read.
  if (CODE_LEFT.test(src.slice(0, first.index))) return undefined;
  const scope = new Map<string, Value>();
  const constant = new Set<string>();
  const history = new Map<string, string[]>();
  const out: Logged = { lines: [], calls: [], trace: [], refs: [] };
  let p = first.index;
  let steps = 0;
  try {
    for (;;) {
      const gap = /^(?:\s|;|,|\band\b|\bthen\b)*/.exec(src.slice(p))?.[0] ?? "";
      p += gap.length;
      const rest = src.slice(p);
      if (!rest.trim()) break;
      if (++steps > 30) return undefined;
      let m = /^console\.log\s*\(/.exec(rest);
      if (m) {
        const close = closing(src, p + m[0].length - 1);
        if (close < 0) return undefined;
        const inner = src.slice(p + m[0].length, close);
        const args = inner.trim()
          ? (jsep(`[${inner}]`) as unknown as { elements: ReturnType<typeof jsep>[] })
          : { elements: [] };
        const values = args.elements.map((e) => evaluateIn(e as never, scope));
        const shown = values.map((v) => logged(v));
        if (shown.some((s) => s === undefined)) return undefined;
        const printed = shown.join(" ");
        const w = args.elements.length === 1 ? why(args.elements[0], scope) : undefined;
        if (w) out.refs.push(`${MDN}${OPS[w.op]}`);
        out.lines.push(printed);
        out.calls.push({ code: `console.log(${inner.trim()})`, printed, why: w?.text });
        p = close + 1;
        continue;
      }
      m = /^(let|const|var)\s+([A-Za-z_$][\w$]*)\s*=\s*/.exec(rest);
      if (m) {
        const end = statementEnd(src, p + m[0].length);
        const value = evaluateIn(jsep(src.slice(p + m[0].length, end)) as never, scope);
        if (scope.has(m[2]) && m[1] !== "var") return undefined;
        scope.set(m[2], value);
        if (m[1] === "const") constant.add(m[2]);
        history.set(m[2], [`\`${m[2]}\` starts at ${logged(value, false)}`]);
        p = end;
        continue;
      }
      m = /^([A-Za-z_$][\w$]*)\s*(\+|-|\*\*|\*|\/|%)?=(?!=)\s*/.exec(rest);
      if (m) {
        const name = m[1];
        if (!scope.has(name) || constant.has(name)) return undefined;
        const end = statementEnd(src, p + m[0].length);
        const code = src.slice(p + m[0].length, end).trim();
        const right = m[2] ? `${name} ${m[2]} (${code})` : code;
        const value = evaluateIn(jsep(right) as never, scope);
        scope.set(name, value);
        history.get(name)?.push(`\`${name} ${m[2] ?? ""}= ${code}\` makes it ${logged(value, false)}`);
        p = end;
        continue;
      }
      m = /^(?:([A-Za-z_$][\w$]*)(\+\+|--)|(\+\+|--)([A-Za-z_$][\w$]*))/.exec(rest);
      if (m) {
        const name = m[1] ?? m[4];
        const op = m[2] ?? m[3];
        const v = scope.get(name);
        if (typeof v !== "number" || constant.has(name)) return undefined;
        scope.set(name, op === "++" ? v + 1 : v - 1);
        history.get(name)?.push(`\`${m[0]}\` makes it ${v + (op === "++" ? 1 : -1)}`);
        p += m[0].length;
        continue;
      }
      // Prose after the program ("what does this print?") ends it; more code after it is code this cannot read.
      if (CODE_LEFT.test(rest)) return undefined;
      break;
    }
  } catch {
    return undefined;
  }
  if (!out.lines.length) return undefined;
  for (const steps of history.values()) if (steps.length > 1) out.trace.push(steps.join("; "));
  out.refs = [...new Set(out.refs)];
  return out;
}
