/**
 * Sums, percentages, tips and splits, worked out: the message's words become an expression
 * ("twelve times seven" -> 12 * 7), jsep parses it (a small, well-kept expression parser: no eval,
 * only an AST), and a walker that knows + - * / ** and a few functions computes it. Anything else
 * in the AST (names, members, calls it does not know) means the message is not a sum: the skill
 * passes. Percentages, tips and splits have their own patterns, tried first.
 */
import jsep from "jsep";
import { digitsForWords, formatMoney, formatNumber, poundsForPence } from "../language/numbers";
import { purchaseOf } from "../language/purchases";
import { rateChargeOf } from "../language/rate-charges";
import { partsOf, registerSolver, type Solved, phrased, solveParts, wantsOnlyYesNo } from "./computed";
import type { ConversationTurn } from "../read/conversation";
import type { Skill } from "./skill";
import { percentChangeWithContext, withStatedRate } from "./percent-stories";
import { solveFreeOfTotal, solveLinked, solveStory } from "./word-problems";

type Node = ReturnType<typeof jsep>;

const FUNCTIONS: Record<string, (x: number) => number> = {
  sqrt: Math.sqrt,
  cbrt: Math.cbrt,
  abs: Math.abs,
  fact: factorial,
};

function factorial(n: number): number {
  if (!Number.isInteger(n) || n < 0 || n > 170) return Number.NaN;
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
}

/** The value of an expression tree, or undefined when it holds anything but numbers and arithmetic. */
function evaluate(node: Node, depth = 0, x?: number): number | undefined {
  if (depth > 60) return undefined;
  switch (node.type) {
    case "Literal":
      return typeof node.value === "number" ? node.value : undefined;
    case "Identifier":
      // Only the unknown of an equation ("solve 2x + 3 = 11"), and only when one is being solved.
      return x !== undefined && node.name === "x" ? x : undefined;
    case "UnaryExpression": {
      const v = evaluate(node.argument as Node, depth + 1, x);
      if (v === undefined) return undefined;
      return node.operator === "-" ? -v : node.operator === "+" ? v : undefined;
    }
    case "BinaryExpression": {
      const leftNode = node.left as Node;
      // -2 ** 2 is -(2 ** 2) in arithmetic, though jsep reads (-2) ** 2.
      if (node.operator === "**" && leftNode.type === "UnaryExpression" && leftNode.operator === "-") {
        const v = evaluate({ ...node, left: leftNode.argument } as Node, depth + 1, x);
        return v === undefined ? undefined : -v;
      }
      const a = evaluate(leftNode, depth + 1, x);
      const b = evaluate(node.right as Node, depth + 1, x);
      if (a === undefined || b === undefined) return undefined;
      switch (node.operator) {
        case "+":
          return a + b;
        case "-":
          return a - b;
        case "*":
          return a * b;
        case "/":
          return a / b;
        case "%":
          return a % b;
        case "**":
          return a ** b;
        default:
          return undefined;
      }
    }
    case "CallExpression": {
      const callee = node.callee as Node;
      const args = node.arguments as Node[];
      if (callee.type !== "Identifier" || args.length !== 1) return undefined;
      const name = callee.name as string;
      // Only the four functions above: never a name the object inherits ("constructor").
      if (!Object.hasOwn(FUNCTIONS, name)) return undefined;
      const v = evaluate(args[0], depth + 1, x);
      return v === undefined ? undefined : FUNCTIONS[name](v);
    }
    case "Compound": {
      const body = node.body as Node[];
      return body.length === 1 ? evaluate(body[0], depth + 1, x) : undefined;
    }
    default:
      return undefined;
  }
}

const PRECEDENCE: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "**": 3 };
const SHOWN: Record<string, string> = { "*": "×", "/": "÷", "**": "^", "%": "mod" };

/** The expression as a person writes it: 17 × 23, (15 + 27) × 3, 2^10, √196. */
function show(node: Node, depth = 0): string {
  if (depth > 60) return "…";
  switch (node.type) {
    case "Literal":
      return formatNumber(node.value as number);
    case "Identifier":
      return String(node.name);
    case "UnaryExpression":
      return `${node.operator === "-" ? "-" : ""}${show(node.argument as Node, depth + 1)}`;
    case "BinaryExpression": {
      const op = node.operator as string;
      const p = PRECEDENCE[op];
      const side = (child: Node, right: boolean) => {
        const text = show(child, depth + 1);
        const cp = child.type === "BinaryExpression" ? PRECEDENCE[child.operator as string] : 4;
        return cp < p || (right && cp === p && op !== "+" && op !== "*") || (op === "**" && cp === p && !right)
          ? `(${text})`
          : text;
      };
      return op === "**"
        ? `${side(node.left as Node, false)}^${side(node.right as Node, true)}`
        : `${side(node.left as Node, false)} ${SHOWN[op] ?? op} ${side(node.right as Node, true)}`;
    }
    case "CallExpression": {
      const name = (node.callee as Node).name as string;
      const arg = (node.arguments as Node[])[0];
      const inner = show(arg, depth + 1);
      const wrapped = arg.type === "Literal" ? inner : `(${inner})`;
      return name === "sqrt"
        ? `√${wrapped}`
        : name === "cbrt"
          ? `∛${wrapped}`
          : name === "fact"
            ? `${wrapped}!`
            : `|${inner}|`;
    }
    case "Compound":
      return show((node.body as Node[])[0], depth + 1);
    default:
      return "?";
  }
}

/** Words a sum may be wrapped in; any other word means the message asks something else. */
const FILLER = new Set(
  (
    "what whats what's is are was the a an of answer result please calculate compute equals equal to how much " +
    "can could would you tell me work out solve evaluate quick question only just number give reply respond with " +
    "in one word i need know hey hi quickly do does make makes come comes get gets and then value figure final " +
    "exact exactly sum total it be will for us let's lets find determine mentally simplify result? whats? if " +
    "answer? times? thanks thank ok okay so that this real fast help start with begin take add up these those them pls plz together altogether all numbers sums"
  ).split(/\s+/),
);

/** "Divide 144 by 12, then add 5": each step applies to what came before it. */
const THEN =
  /^(.*\d.*?)[,;]?\s+(?:and\s+)?then\s+(add|plus|subtract|minus|take away|multiply(?: (?:it|that|the result))? by|times|divide(?: (?:it|that|the result))? by|divided by)\s+(-?\d+(?:\.\d+)?)\s*([?.!]*)\s*$/i;
const STEP: Record<string, string> = { add: "+", plus: "+", subtract: "-", minus: "-", "take away": "-", times: "*" };

/** The message in operators: "17 times 23" -> "17 * 23", "square root of 196" -> "sqrt(196)". */
function toExpression(raw: string): string {
  const chained = THEN.exec(raw.replace(/(\d),(?=\d{3}\b)/g, "$1"));
  if (chained) {
    const [, before, verb, n, end] = chained;
    const op = STEP[verb.toLowerCase()] ?? (/^multiply/i.test(verb) ? "*" : "/");
    const first = mathSpan(toExpression(before));
    if (first) return `${first.rest.trim()} (${first.expr.trim()}) ${op} ${n}${end}`;
  }
  let t = digitsForWords(raw.toLowerCase())
    .replace(/[’‘]/g, "'")
    .replace(/'s\b/g, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[$€£¥]\s*(?=\d)/g, "")
    .replace(/[−–—]/g, "-")
    .replace(/[×✕✖⋅·]/g, "*")
    .replace(/÷/g, "/");
  const N = String.raw`(-?\d+(?:\.\d+)?|\([^()]{1,200}\))`;
  const rules: [RegExp, string | ((m: string, ...g: string[]) => string)][] = [
    [/√\s*(\d+(?:\.\d+)?|\([^()]{1,200}\))/g, "sqrt($1)"],
    [/∛\s*(\d+(?:\.\d+)?|\([^()]{1,200}\))/g, "cbrt($1)"],
    [new RegExp(String.raw`\bsquare root of\s+${N}`, "g"), "sqrt($1)"],
    [new RegExp(String.raw`\bcube root of\s+${N}`, "g"), "cbrt($1)"],
    [new RegExp(String.raw`\b(?:the\s+)?factorial of\s+${N}`, "g"), "fact($1)"],
    [new RegExp(String.raw`${N}\s*!(?!=)`, "g"), "fact($1)"],
    [new RegExp(String.raw`${N}\s+factorial\b`, "g"), "fact($1)"],
    [new RegExp(String.raw`\b(?:the\s+)?square of\s+${N}`, "g"), "($1 ** 2)"],
    [new RegExp(String.raw`\b(?:the\s+)?cube of\s+${N}`, "g"), "($1 ** 3)"],
    [
      /\b(?:the\s+)?(sum|total|average|mean|product|add up|add together|sum up|total up|add) (?:of\s+|all\s+)?(-?\d+(?:\.\d+)?(?:\s*(?:,\s*and|,|and|&)\s*-?\d+(?:\.\d+)?){1,49})/g,
      (_m, how: string, list: string) => {
        const items = list.split(/\s*(?:,\s*and|,|and|&)\s*/);
        const op = how === "product" ? " * " : " + ";
        // "add up 12, 45": the list is the sum's.
        const joined = `(${items.join(op)})`;
        return how === "average" || how === "mean" ? `(${joined} / ${items.length})` : joined;
      },
    ],
    [new RegExp(String.raw`${N}\s+squared\b`, "g"), "$1 ** 2"],
    [new RegExp(String.raw`${N}\s+cubed\b`, "g"), "$1 ** 3"],
    [
      new RegExp(
        String.raw`\b(?:the\s+)?(?:sum|total) of\s+${N}\s*(?:,|and|\+|plus)\s*${N}(?:\s*(?:,|and)\s*${N})?`,
        "g",
      ),
      (_m, a, b, c) => (c ? `(${a} + ${b} + ${c})` : `(${a} + ${b})`),
    ],
    [new RegExp(String.raw`\b(?:the\s+)?difference between\s+${N}\s*and\s*${N}`, "g"), "($1 - $2)"],
    [
      new RegExp(
        String.raw`\b(?:the\s+)?(?:remainder|modulo|modulus) (?:of|when)\s+${N}\s*(?:is\s+)?(?:divided by|/|by)\s*${N}`,
        "g",
      ),
      "($1 % $2)",
    ],
    [new RegExp(String.raw`\badd\s+${N}\s+(?:and|to|plus)\s+${N}`, "g"), "($1 + $2)"],
    [new RegExp(String.raw`\bsubtract\s+${N}\s+from\s+${N}`, "g"), "($2 - $1)"],
    [new RegExp(String.raw`\btake\s+${N}\s+(?:away\s+)?from\s+${N}`, "g"), "($2 - $1)"],
    [new RegExp(String.raw`\bmultiply\s+${N}\s+(?:by|and|with|times)\s+${N}`, "g"), "($1 * $2)"],
    [new RegExp(String.raw`\bdivide\s+${N}\s+by\s+${N}`, "g"), "($1 / $2)"],
    [new RegExp(String.raw`\bdivide\s+${N}\s+into\s+${N}`, "g"), "($2 / $1)"],
    [new RegExp(String.raw`\b(\d+)\s*/\s*(\d+)\s+of\s+${N}`, "g"), "($3 * $1 / $2)"],
    [
      new RegExp(String.raw`\b(\d+)\s+(halves|thirds|quarters|fourths|fifths|sixths|eighths|tenths)\s+of\s+${N}`, "g"),
      (_m, k: string, part: string, x: string) => {
        const d =
          { halves: 2, thirds: 3, quarters: 4, fourths: 4, fifths: 5, sixths: 6, eighths: 8, tenths: 10 }[part] ?? 1;
        return `(${x} * ${k} / ${d})`;
      },
    ],
    [new RegExp(String.raw`\bhalf of\s+${N}`, "g"), "($1 / 2)"],
    [new RegExp(String.raw`\b(?:a\s+)?(?:third) of\s+${N}`, "g"), "($1 / 3)"],
    [new RegExp(String.raw`\b(?:a\s+)?(?:quarter) of\s+${N}`, "g"), "($1 / 4)"],
    [new RegExp(String.raw`\bdouble\s+${N}`, "g"), "($1 * 2)"],
    [new RegExp(String.raw`\btriple\s+${N}`, "g"), "($1 * 3)"],
    [
      /\b(?:to the power of|raised to(?: the power of)?|to the)\s+(-?\d+(?:\.\d+)?)(?:st|nd|rd|th)?(?:\s+power)?/g,
      "** $1",
    ],
    [/\^/g, "**"],
    [/\b(?:multiplied by|times|multiply by)\b/g, "*"],
    [/(\d|\))\s*x\s*(?=[\d(-])/g, "$1 * "],
    [/\b(?:divided by|over|divide by)\b/g, "/"],
    [/\b(?:plus|added to|and add)\b/g, "+"],
    [/\b(?:minus|take away|less)\b/g, "-"],
    [/\b(?:mod|modulo)\b/g, "%"],
  ];
  for (const [re, to] of rules) t = typeof to === "string" ? t.replace(re, to) : t.replace(re, to);
  return t;
}

const MATH_CHARS = /[\d.()+\-*/%\s]|sqrt|cbrt|fact|abs/y;

/** The longest run of math in the text, with what is left around it. */
function mathSpan(text: string): { expr: string; rest: string } | null {
  let best = { start: 0, end: 0 };
  for (let i = 0; i < text.length; i++) {
    if (!/[\d(s√cfa-]/.test(text[i])) continue;
    let j = i;
    MATH_CHARS.lastIndex = j;
    let m = MATH_CHARS.exec(text);
    while (m && j < text.length) {
      j += m[0].length;
      MATH_CHARS.lastIndex = j;
      m = MATH_CHARS.exec(text);
    }
    if (j - i > best.end - best.start) best = { start: i, end: j };
    i = j;
  }
  const expr = text.slice(best.start, best.end).trim();
  if (!expr) return null;
  return { expr, rest: `${text.slice(0, best.start)} ${text.slice(best.end)}` };
}

/** A sum: the message reduced to one expression with at least one operation, and nothing else asked. */
function solveExpression(message: string): Solved | null {
  // A date ("12/03/2026", "2026-12-07") is no sum; "12 - 6 / 2", with spaces and mixed signs, is.
  if (/\d{1,4}([-/.])\d{1,2}\1\d{1,4}\b|\d{1,4}\s*([-/.])\s*\d{1,2}\s*\2\s*\d{4}\b|\b\d{1,2}:\d{2}\b/.test(message))
    return null;
  if (/\b(random|pick|choose|roll|dice|die|coin|flip|between\b.*\band\b)/i.test(message)) return null;
  const span = mathSpan(toExpression(message).replace(/=\s*\?*\s*$|=\s*\?/g, " "));
  if (!span) return null;
  // A sentence's full stop after the sum is no decimal point.
  const expr = span.expr.replace(/\.+$/, "");
  if (!/[+\-*/%]|sqrt|cbrt|fact/.test(expr.replace(/^\s*-/, ""))) return null;
  const unknown = span.rest
    .replace(/[?!.,:;="'`]/g, " ")
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w));
  if (unknown.length > 0) return null;
  let tree: Node;
  try {
    tree = jsep(expr);
  } catch {
    return null;
  }
  const value = evaluate(tree);
  if (value === undefined) return null;
  const shown = show(tree);
  if (Number.isNaN(value))
    return one(
      `${shown} has no real-number answer (a square root of a negative number, or a factorial of a non-whole number).`,
      "undefined",
    );
  if (!Number.isFinite(value)) {
    if (/\//.test(expr) && /\/\s*\(?\s*0+(?:\.0+)?\s*\)?(?![\d.])/.test(expr))
      return one(
        `${shown} is undefined: no number multiplied by 0 gives a non-zero result, so dividing by zero has no answer.`,
        "undefined",
      );
    return one(`${shown} is too large for me to write exactly: it is more than 10^308.`, "too large");
  }
  const v = formatNumber(value);
  const approx = Math.abs(Number(v.replace(/,/g, "")) - value) > 1e-9 * Math.max(1, Math.abs(value)) ? "about " : "";
  const eq = approx ? "≈" : "=";
  if (/^(?:sqrt|cbrt)\(/.test(expr.trim()) && tree.type === "CallExpression") {
    const kind = expr.trim().startsWith("sqrt") ? "square" : "cube";
    const of = show((tree.arguments as Node[])[0]);
    return {
      value: v,
      texts: phrased([
        [`The ${kind} root of ${of} is ${approx}${v}.`, 0.5],
        [`${shown} ${eq} ${v}.`, 0.3],
        [`It's ${approx}${v}.`, 0.2],
      ]),
    };
  }
  // "3 cubed plus 4 squared": each power worked out on the way (3^3 + 4^2 = 27 + 16 = 43).
  const worked = tree.type === "BinaryExpression" && tree.operator !== "**" ? show(powersDone(tree)) : shown;
  const via = worked !== shown && worked !== v ? ` = ${worked}` : "";
  return {
    value: v,
    texts: phrased([
      [`${shown}${via} ${eq} ${v}.`, 0.45],
      [`${shown} is ${approx}${v}.`, 0.25],
      [`That's ${approx}${v}.`, 0.15],
      [`The answer is ${approx}${v}.`, 0.15],
    ]),
  };
}

/** The tree with each power of two numbers replaced by its value. */
function powersDone(node: Node, depth = 0): Node {
  if (depth > 60 || node.type !== "BinaryExpression") return node;
  const left = node.left as Node;
  const right = node.right as Node;
  if (node.operator === "**" && left.type === "Literal" && right.type === "Literal") {
    const value = evaluate(node);
    return value === undefined || !Number.isFinite(value)
      ? node
      : ({ type: "Literal", value, raw: String(value) } as Node);
  }
  return { ...node, left: powersDone(left, depth + 1), right: powersDone(right, depth + 1) } as Node;
}

const one = (text: string, value: string): Solved => ({ value, texts: [{ text, weight: 1 }] });

const MONEY = String.raw`([$€£¥])?\s*(\d+(?:\.\d+)?)`;
const PCT = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b)`;

/** Percentages, tips, discounts, splits: each pattern is one kind of question, computed. */
function solvePercent(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase())
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[’‘]/g, "'");
  const pct = (x: number) => `${formatNumber(x, 2)}%`;
  const n = (x: number) => formatNumber(x, 2);
  let m: RegExpExecArray | null;

  // Tip or tax on a bill, perhaps split: "an 18% tip on a $45.50 bill", "split $120 with a 15% tip among 4".
  // "the tip on $80 at 18%" says it the other way round.
  const turned =
    /\b(tip|gratuity|tax)\s+(?:on|for)\s+(?:an?\s+|the\s+|my\s+)?([$€£¥]?\s*\d+(?:\.\d+)?(?:\s+bill)?)\s+(?:at|of|with)\s+(?:an?\s+)?(\d+(?:\.\d+)?\s*%)/.exec(
      t,
    );
  if (turned) return solvePercent(t.replace(turned[0], `${turned[3]} ${turned[1]} on ${turned[2]}`));
  // "The sales tax is 8.25%": the rate said after the word, read as "8.25% tax".
  const rateAfter =
    /\b(?:the\s+)?(?:sales\s+)?(tip|gratuity|tax|vat|service charge)(?:\s+rate)?\s+(?:is|of|will be|at)\s+(\d+(?:\.\d+)?\s*%)/.exec(
      t,
    );
  if (rateAfter && !new RegExp(String.raw`${PCT}\s+(?:tip|gratuity|tax|service charge|vat)\b`).test(t))
    return solvePercent(t.replace(rateAfter[0], `${rateAfter[2]} ${rateAfter[1]}`));
  // "we want to tip 15%": the verb, read as "a 15% tip".
  const tipVerb = /\b(?:tip|tipping)\s+(?:them\s+|the\s+(?:waiter|waitress|server|driver)\s+)?(\d+(?:\.\d+)?\s*%)/.exec(
    t,
  );
  if (tipVerb && !new RegExp(String.raw`${PCT}\s+(?:tip|gratuity)\b`).test(t))
    return solvePercent(t.replace(tipVerb[0], `${tipVerb[1]} tip`));
  // "After a 25% discount, a lamp costs 45 dollars. What was the original price?": undo the discount.
  const undo = new RegExp(String.raw`${PCT}\s+(?:off|discount|sale|reduction)`).exec(t);
  if (
    undo &&
    /\b(?:original|full|regular|normal|old|usual)\s+price\b|\bbefore the (?:discount|sale)\b|\bwhat did it cost before\b/.test(
      t,
    )
  ) {
    const rest = t.replace(undo[0], " ");
    const paid = new RegExp(String.raw`${MONEY}\s*(euros?|dollars?|pounds?|bucks)?`).exec(rest);
    const rate = Number(undo[1]);
    if (!paid || rate >= 100 || leavesNumbers(t, undo[1], paid[2])) return null;
    const symbol = paid[1] ?? (/^euro/.test(paid[3] ?? "") ? "€" : /^pound/.test(paid[3] ?? "") ? "£" : "$");
    const money = (x: number) => formatMoney(x, symbol);
    const was = Number(paid[2]) / (1 - rate / 100);
    return {
      value: money(was),
      texts: phrased([
        [
          `The original price was ${money(was)}: ${money(Number(paid[2]))} is ${pct(100 - rate)} of it, and ${money(Number(paid[2]))} ÷ ${n(1 - rate / 100)} = ${money(was)}.`,
          0.6,
        ],
        [
          `${money(was)}. After ${pct(rate)} off you pay ${pct(100 - rate)} of the price, so ${money(Number(paid[2]))} ÷ ${n(1 - rate / 100)} = ${money(was)}.`,
          0.4,
        ],
      ]),
    };
  }
  const tip = new RegExp(String.raw`${PCT}\s+(tip|gratuity|tax|service charge|vat)\b`).exec(t);
  if (tip) {
    // "Three of us ... the bill was $90": the bill is the sum named as one, not the first number.
    const bill =
      new RegExp(String.raw`(?:on|of|for)\s+(?:an?\s+|the\s+|my\s+)?${MONEY}`).exec(
        t.slice(tip.index + tip[0].length),
      ) ??
      new RegExp(
        String.raw`\b(?:bill|total|meal|dinner|lunch|check|cheque)\b[^.?!\d$€£¥]{0,30}?\b(?:was|is|came to|comes to|of|totals|totalled|costs?|cost us)\s+${MONEY}`,
      ).exec(t) ??
      /([$€£¥])\s*(\d+(?:\.\d+)?)/.exec(t.replace(tip[0], " ")) ??
      // "120 euros": a sum with its currency said as a word.
      (() => {
        const w = /(?<![\d.])(\d+(?:\.\d+)?)\s*(euros?|dollars?|pounds?|bucks)\b/.exec(t.replace(tip[0], " "));
        return w
          ? ([w[0], /^euro/.test(w[2]) ? "€" : /^pound/.test(w[2]) ? "£" : "$", w[1]] as unknown as RegExpExecArray)
          : null;
      })() ??
      new RegExp(MONEY).exec(t.replace(tip[0], " "));
    if (!bill) return null;
    const symbol = bill[1] ?? (/[$€£¥]/.exec(t)?.[0] || "$");
    const amount = Number(bill[2]);
    const rate = Number(tip[1]);
    const extra = (amount * rate) / 100;
    const total = amount + extra;
    const what = tip[2] === "gratuity" ? "tip" : tip[2];
    const money = (x: number) => formatMoney(x, symbol);
    // {"bill": 52, "tip_percent": 15, "tip": 7.8, "total": 59.8}: each figure is the field it names.
    const cents = (x: number) => Math.round(x * 100) / 100;
    const fields: Record<string, number> = {
      bill: amount,
      subtotal: amount,
      amount,
      [what.replace(/\s+/g, "_")]: cents(extra),
      [`${what.replace(/\s+/g, "_")}_amount`]: cents(extra),
      [`${what.replace(/\s+/g, "_")}_percent`]: rate,
      [`${what.replace(/\s+/g, "_")}_rate`]: rate,
      percent: rate,
      total: cents(total),
      total_with_tip: cents(total),
    };
    // Who shares the bill: "4 people", "3 of us", "among 5", "split 4 ways", named anywhere once a split is asked.
    const splits =
      /\b(?:split|splitting|divided|dividing|shared|share|sharing|among|amongst|between|each|per person|equally|evenly)\b/.test(
        t,
      );
    const party = splits
      ? (/\b(\d+)\s+(?:ways|people|persons|friends|of us|guests|colleagues|diners)\b/.exec(t) ??
        /\b(?:among|amongst|between|by)\s+(\d+)\b(?!\s*%)/.exec(t))
      : null;
    const people = party ? Number(party[1]) : 0;
    if (people >= 2 && people <= 1000 && people !== rate && people !== amount) {
      const each = total / people;
      return {
        value: money(each),
        fields: { ...fields, people, per_person: cents(each), each: cents(each) },
        texts: phrased([
          [
            `With a ${pct(rate)} ${what} of ${money(extra)}, the total is ${money(total)}, so each of the ${people} pays ${money(each)}.`,
            0.6,
          ],
          [`The ${what} is ${money(extra)}, making ${money(total)} in all: ${money(each)} per person.`, 0.4],
        ]),
      };
    }
    return {
      value: money(extra),
      fields,
      texts: phrased([
        [`A ${pct(rate)} ${what} on ${money(amount)} is ${money(extra)}, so ${money(total)} in total.`, 0.6],
        [`The ${what} comes to ${money(extra)} (${money(total)} with the bill).`, 0.4],
      ]),
    };
  }

  // Splitting a sum: "split $84 between 3 people", "divide 90 euros among 4 friends".
  m =
    new RegExp(
      String.raw`\b(?:split|divide|share)\s+(?:an?\s+|the\s+)?${MONEY}\s*(?:euros?|dollars?|pounds?|bucks)?(?:\s+\w+){0,2}?\s+(?:between|among|amongst|by|with|into)\s+(\d+)\b`,
    ).exec(t) ??
    new RegExp(String.raw`${MONEY}\s*(?:euros?|dollars?|pounds?)?(?:\s+\w+){0,2}?\s+split\s+(\d+)\s+ways`).exec(t) ??
    // "The bill is 186 euros and there are 4 of us splitting it evenly": the people named before the split.
    (/\beach\b|\bper person\b|\bapiece\b/.test(t)
      ? new RegExp(
          String.raw`${MONEY}\s*(?:euros?|dollars?|pounds?|bucks)?\b[^.?!\d]{0,40}?\b(\d+)\s+(?:of us|people|persons|friends|ways|guests|colleagues)\b[^.?!\d]{0,30}?\b(?:split|splitting|share|sharing|divide|dividing)\b`,
        ).exec(t)
      : null);
  // "Divide 100 by 8" is a sum; a split is of money, or between people.
  if (
    m &&
    !m[1] &&
    !/\b(?:euros?|dollars?|pounds?|bucks|people|persons|friends|ways|of us|guests|kids|children|colleagues)\b/.test(t)
  )
    m = null;
  if (m) {
    const symbol = m[1] ?? (/euros?/.test(t) ? "€" : /pounds?/.test(t) ? "£" : "$");
    const amount = Number(m[2]);
    const people = Number(m[3]);
    if (people < 1 || people > 100000) return null;
    const each = amount / people;
    const money = (x: number) => formatMoney(x, symbol);
    const exact = Math.abs(Math.round(each * 100) - each * 100) < 1e-6;
    return {
      value: money(each),
      texts: phrased([
        [`${money(amount)} split ${people} ways is ${exact ? "" : "about "}${money(each)} each.`, 0.5],
        [`Each person pays ${exact ? "" : "about "}${money(each)} (${money(amount)} ÷ ${people}).`, 0.5],
      ]),
    };
  }

  // "I got 42 out of 50 on my test. What percentage is that?"
  m = new RegExp(String.raw`${MONEY}\s+out of\s+${MONEY}`).exec(t);
  if (
    m &&
    /\bwhat\s+(?:percent(?:age)?|%)|\b(?:as|in|into)\s+(?:a\s+)?(?:percent(?:age)?|%)|\bhow many percent\b/.test(t) &&
    !leavesNumbers(t, m[2], m[4])
  )
    return percentOf(Number(m[2]), Number(m[4]), pct, n);
  // "What percent of 72 is 18?", "18 is what percent of 72?", "what percentage is 30 of 120"
  m = new RegExp(String.raw`what\s+(?:percent(?:age)?|%)\s+of\s+${MONEY}\s+is\s+${MONEY}`).exec(t) ?? null;
  if (m) return percentOf(Number(m[4]), Number(m[2]), pct, n);
  m =
    new RegExp(String.raw`${MONEY}\s+(?:is|are|of)\s+what\s+(?:percent(?:age)?|%)\s+of\s+${MONEY}`).exec(t) ??
    new RegExp(String.raw`what\s+(?:percent(?:age)?|%)\s+(?:is|are)\s+${MONEY}\s+(?:of|out of)\s+${MONEY}`).exec(t) ??
    new RegExp(String.raw`${MONEY}\s+(?:out of|of)\s+${MONEY}\s+(?:as|in)\s+(?:a\s+)?(?:percent(?:age)?|%)`).exec(t);
  if (m) return percentOf(Number(m[2]), Number(m[4]), pct, n);

  // Percentage change: "from 40 to 50 ... percentage increase", "percent change from 80 to 60".
  if (
    /\bpercent(?:age)?\s+(?:increase|decrease|change|difference|rise|drop|growth|gain|loss)\b|\bby (?:what|how much) (?:percent|%)|\bhow many percent\b/.test(
      t,
    )
  ) {
    m = new RegExp(String.raw`from\s+${MONEY}\s+to\s+${MONEY}`).exec(t);
    if (m) {
      const a = Number(m[2]);
      const b = Number(m[4]);
      if (a === 0)
        return one(`A change from 0 has no percentage: any increase from 0 is infinitely many percent.`, "undefined");
      const change = ((b - a) / a) * 100;
      const word = change >= 0 ? "increase" : "decrease";
      return {
        value: pct(Math.abs(change)),
        texts: phrased([
          [`From ${n(a)} to ${n(b)} is a ${pct(Math.abs(change))} ${word}.`, 0.5],
          [`That's a ${pct(Math.abs(change))} ${word}: (${n(b)} - ${n(a)}) ÷ ${n(a)} = ${n(change / 100)}.`, 0.3],
          [`It ${change >= 0 ? "went up" : "went down"} by ${pct(Math.abs(change))}.`, 0.2],
        ]),
      };
    }
  }

  // Discounts: "a $60 jacket is 25% off", "25% off 80", "80 with 20% off".
  m =
    new RegExp(
      String.raw`${MONEY}\s*(?:[a-z]+\s+){0,3}?(?:is|are|at|with|marked|gets?|has|have)\s+(?:now\s+)?(?:an?\s+)?${PCT}\s+(?:off|discount)`,
    ).exec(t) ?? new RegExp(String.raw`${PCT}\s+(?:off|discount on|discount off)\s+(?:an?\s+|the\s+)?${MONEY}`).exec(t);
  if (m) {
    const priceFirst =
      m.length > 3 &&
      /^\d/.test(m[2] ?? "") &&
      m.index ===
        t.search(new RegExp(String.raw`${MONEY}\s*(?:[a-z]+\s+){0,3}?(?:is|are|at|with|marked|gets?|has|have)`));
    const [price, rate, given] = priceFirst ? [Number(m[2]), Number(m[3]), m[1]] : [Number(m[3]), Number(m[1]), m[2]];
    // "120 euros": the currency said in words.
    const symbol =
      given ?? (/\beuros?\b/.test(t) ? "€" : /\bpounds?\b/.test(t) ? "£" : /\bdollars?\b/.test(t) ? "$" : undefined);
    const money = (x: number) => (symbol ? formatMoney(x, symbol) : n(x));
    const sale = price * (1 - rate / 100);
    return {
      value: money(sale),
      texts: phrased([
        [`${pct(rate)} off ${money(price)} is ${money(sale)} (you save ${money(price - sale)}).`, 0.5],
        [`The sale price is ${money(sale)}: ${money(price)} minus ${pct(rate)} (${money(price - sale)}).`, 0.5],
      ]),
    };
  }

  // "Increase 250 by 12%", "250 decreased by 12 percent", "add 20% to 150".
  m =
    new RegExp(String.raw`\b(increase|decrease|reduce|raise|lower)\s+(?:the\s+)?${MONEY}\s+by\s+${PCT}`).exec(t) ??
    new RegExp(String.raw`${MONEY}\s+(increased|decreased|reduced|raised|lowered|plus|minus)\s+(?:by\s+)?${PCT}`).exec(
      t,
    );
  if (m) {
    const verbFirst = /^[a-z]/.test(m[1] ?? "");
    const [word, symbol, base, rate] = verbFirst
      ? [m[1], m[2], Number(m[3]), Number(m[4])]
      : [m[3], m[1], Number(m[2]), Number(m[4])];
    const up = /^(increase|raise|plus)/.test(word);
    const result = base * (1 + ((up ? 1 : -1) * rate) / 100);
    const money = (x: number) => (symbol ? formatMoney(x, symbol) : n(x));
    return {
      value: money(result),
      texts: phrased([
        [`${money(base)} ${up ? "increased" : "decreased"} by ${pct(rate)} is ${money(result)}.`, 0.5],
        [
          `That's ${money(result)}: ${pct(rate)} of ${money(base)} is ${money((base * rate) / 100)}, ${up ? "added" : "taken off"}.`,
          0.5,
        ],
      ]),
    };
  }
  m = new RegExp(String.raw`\badd\s+${PCT}\s+to\s+${MONEY}`).exec(t);
  if (m) {
    const base = Number(m[3]);
    const rate = Number(m[1]);
    const money = (x: number) => (m?.[2] ? formatMoney(x, m[2]) : n(x));
    const result = base * (1 + rate / 100);
    return { value: money(result), texts: phrased([[`${money(base)} plus ${pct(rate)} is ${money(result)}.`, 1]]) };
  }

  // "What is 15% of 80?", "15 percent of $240"
  m = new RegExp(String.raw`${PCT}\s+of\s+(?:an?\s+|the\s+)?${MONEY}`).exec(t);
  if (m) {
    const rate = Number(m[1]);
    const base = Number(m[3]);
    const symbol = m[2];
    const money = (x: number) => (symbol ? formatMoney(x, symbol) : n(x));
    const result = (base * rate) / 100;
    return {
      value: money(result),
      texts: phrased([
        [`${pct(rate)} of ${money(base)} is ${money(result)}.`, 0.55],
        [`That's ${money(result)}.`, 0.2],
        [`${money(base)} × ${n(rate / 100)} = ${money(result)}.`, 0.25],
      ]),
    };
  }
  return null;
}

function percentOf(part: number, whole: number, pct: (x: number) => string, n: (x: number) => string): Solved {
  if (whole === 0) return one(`A percentage of 0 is undefined: nothing can be divided by zero.`, "undefined");
  const p = (part / whole) * 100;
  return {
    value: pct(p),
    texts: phrased([
      [`${n(part)} is ${pct(p)} of ${n(whole)}.`, 0.5],
      [`That's ${pct(p)}: ${n(part)} ÷ ${n(whole)} = ${n(part / whole)}.`, 0.3],
      [`It's ${pct(p)}.`, 0.2],
    ]),
  };
}

/**
 * A one-step pattern answers only when it uses every number the problem gives: "4 pizzas with 8
 * slices each, and 6 of us" is not answered by 4 × 8 alone (the 6 is a step it did not take).
 */
function leavesNumbers(t: string, ...used: (string | number)[]): boolean {
  const left = [...t.matchAll(/(?<![\w.])\d+(?:\.\d+)?(?![\w.]*\d)/g)].map((m) => Number(m[0]));
  for (const u of used) {
    const i = left.indexOf(Number(u));
    if (i >= 0) left.splice(i, 1);
  }
  return left.length > 0;
}

/** "3 boxes with 24 eggs each", "5 packs of 12": counted things in groups, multiplied. */
function solveGroups(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase()).replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (!/\bhow many\b|\bhow much\b|\btotal\b|\baltogether\b|\bin all\b/.test(t)) return null;
  const m =
    /\b(\d+(?:\.\d+)?)\s+([a-z]+)\s+(?:with|of|containing|holding|that (?:hold|have|contain))\s+(\d+(?:\.\d+)?)\s+([a-z]+)(?:\s+(?:each|apiece|in each|per \w+))?/.exec(
      t,
    );
  if (!m) return null;
  if (!/\beach\b|\bper\b|\bapiece\b/.test(t) && !/\bof\b/.test(m[0])) return null;
  if (leavesNumbers(t, m[1], m[3])) return solveGroupsThen(t, m);
  const total = Number(m[1]) * Number(m[3]);
  const what = m[4];
  const v = formatNumber(total);
  return {
    value: v,
    texts: phrased([
      [`${m[1]} × ${m[3]} = ${v}, so you have ${v} ${what}.`, 0.6],
      [`That's ${v} ${what} (${m[1]} ${m[2]} × ${m[3]}).`, 0.4],
    ]),
  };
}

/**
 * Groups, then one more step: "3 packs of 12 eggs and I used 7: how many are left?" (36 - 7),
 * "4 pizzas with 8 slices each and 6 of us: how many each, and how many left over?" (32 ÷ 6 = 5 r 2).
 * Null when any number is still unused: no partial answer.
 */
function solveGroupsThen(t: string, g: RegExpExecArray): Solved | null {
  const total = Number(g[1]) * Number(g[3]);
  if (!Number.isInteger(total)) return null;
  const what = g[4];
  const n = (x: number) => formatNumber(x);
  const step = `${g[1]} × ${g[3]} = ${n(total)} ${what}`;
  const used =
    /\b(?:used|use|uses|ate|eat|eats|gave away|gave|give|sold|sell|broke|lost|took|take|drank|spent|cooked|baked with)\s+(\d+)\b/.exec(
      t,
    );
  if (used && /\b(?:left|remain(?:ing|s)?|still have|now)\b/.test(t) && !leavesNumbers(t, g[1], g[3], used[1])) {
    const k = Number(used[1]);
    if (k > total) return null;
    return {
      value: n(total - k),
      texts: phrased([
        [`${step}, and ${n(total)} - ${k} = ${n(total - k)}, so ${n(total - k)} ${what} are left.`, 0.6],
        [`${n(total - k)} ${what} are left: ${step}, minus the ${k} used.`, 0.4],
      ]),
    };
  }
  const share =
    /\b(\d+)\s+(?:of us|of them|people|persons|friends|kids|children|guests|students|players|family members|colleagues)\b/.exec(
      t,
    ) ?? /\b(?:shared?|split|divided?)\s+(?:equally\s+|evenly\s+)?(?:among|between|by|into)\s+(\d+)\b/.exec(t);
  if (share && /\beach\b|\bper person\b|\bapiece\b/.test(t) && !leavesNumbers(t, g[1], g[3], share[1])) {
    const k = Number(share[1]);
    if (!k) return null;
    const each = Math.floor(total / k);
    const rest = total % k;
    const left = rest
      ? `, with ${rest} ${rest === 1 ? what.replace(/s$/, "") : what} left over`
      : ", with none left over";
    return {
      value: n(each),
      texts: phrased([
        [`${step}; ${n(total)} ÷ ${k} = ${each} each${left} (${k} × ${each} = ${k * each}).`, 0.6],
        [`Each person gets ${each} ${what}${left}: ${step}, and ${k} × ${each} = ${k * each}.`, 0.4],
      ]),
    };
  }
  return null;
}

/**
 * "25 kids and each bus holds 8: how many buses do we need?": a whole number of containers, so
 * the division rounds up (4 buses, the last one not full).
 */
function solveContainers(t: string): Solved | null {
  if (!/\bhow many\b[^?.!]*\b(?:need|needed|required|have to|must|should|will it take|does it take)\b/.test(t))
    return null;
  const HOLDS =
    "(?:holds|takes|fits|carries|seats|can hold|can take|can fit|can carry|can seat|has room for|has space for)";
  const countFirst =
    new RegExp(
      String.raw`\b(\d+)\s+([a-z]+)\b[^?!]{0,80}?\b(?:each|every|one|a|an)\s+([a-z]+)\s+${HOLDS}\s+(\d+)\b`,
    ).exec(t) ??
    /\b(\d+)\s+([a-z]+)\b[^?!]{0,80}?\b([a-z]+)\s+(?:hold|take|fit|carry|seat)\s+(\d+)\s+(?:each|apiece)\b/.exec(t);
  // "A van takes 9 people and 40 people are coming": the container first.
  const boxFirst = countFirst
    ? null
    : new RegExp(
        String.raw`\b(?:each|every|one|a|an)\s+([a-z]+)\s+${HOLDS}\s+(\d+)(?:\s+[a-z]+)?\b[^?!]{0,40}?\b(\d+)\s+([a-z]+)`,
      ).exec(t);
  const m = countFirst ?? (boxFirst ? [boxFirst[0], boxFirst[3], boxFirst[4], boxFirst[1], boxFirst[2]] : null);
  if (!m || leavesNumbers(t, m[1], m[4])) return null;
  const [count, size] = [Number(m[1]), Number(m[4])];
  if (!size) return null;
  const need = Math.ceil(count / size);
  const one = (w: string) => (/(?:ss|us|is)$/.test(w) ? w : w.replace(/(ch|sh|x)es$/, "$1").replace(/s$/, ""));
  const many = (w: string) => (/(?:s|x|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
  const box = one(m[3]);
  const boxes = need === 1 ? box : many(box);
  const last = count % size;
  const full = need - 1 === 1 ? box : many(box);
  const note = last ? ` (${need - 1} full ${full}, and ${last} ${last === 1 ? one(m[2]) : m[2]} in the last one)` : "";
  return {
    value: String(need),
    texts: phrased([
      [`${count} ÷ ${size} = ${formatNumber(count / size, 2)}, so you need ${need} ${boxes}${note}.`, 0.6],
      [`You need ${need} ${boxes}: ${count} ÷ ${size} is ${formatNumber(count / size, 2)}, rounded up${note}.`, 0.4],
    ]),
  };
}

/**
 * "A recipe for 4 needs 300 g of flour, 2 eggs and 250 ml of milk: how much for 6?": every
 * quantity scaled by 6/4.
 */
function solveRecipe(t: string): Solved | null {
  const serves =
    /\b(?:serves|feeds|for|makes enough for|is for)\s+(\d+)(?:\s+(?:people|persons|servings|portions))?\b/.exec(t);
  const want =
    /\b(?:feed|serve|for|cook for|make it for|need it for|enough for)\s+(\d+)\s*(?:people|persons|guests|servings|portions|of us)?\s*(?:instead|now)?[^\d]*$/.exec(
      t.slice((serves?.index ?? 0) + (serves?.[0].length ?? 0)),
    );
  if (!serves || !want || !/\brecipe\b|\bserves\b|\bservings?\b/.test(t)) return null;
  const list = /\b(?:needs?|uses?|calls for|takes|requires?|with|:)\s+(.+?)(?:[.?!]\s|[.?!]?$)/.exec(
    t.slice(serves.index),
  );
  if (!list) return null;
  const UNIT =
    "g|kg|grams?|kilograms?|ml|l|litres?|liters?|cups?|tbsp|tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?";
  const items = [
    ...list[1].matchAll(new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(${UNIT})?\s+(?:of\s+)?([a-z]+(?:\s+[a-z]+)?)`, "g")),
  ].map((m) => ({ q: Number(m[1]), unit: m[2] ?? "", what: m[3].replace(/\s+(?:and|or)$/, "") }));
  if (!items.length) return null;
  if (leavesNumbers(t, serves[1], want[1], ...items.map((i) => i.q))) return null;
  const f = Number(want[1]) / Number(serves[1]);
  if (!f || !Number.isFinite(f)) return null;
  const said = items.map(
    (i) =>
      `${formatNumber(i.q * f, 2)}${i.unit ? `${/^(?:g|kg|ml|l)$/.test(i.unit) ? " " : " "}${i.unit}` : ""} ${i.unit ? "of " : ""}${i.what}`,
  );
  const joined = said.length > 1 ? `${said.slice(0, -1).join(", ")} and ${said.at(-1)}` : said[0];
  return {
    value: joined,
    texts: phrased([
      [`For ${want[1]} instead of ${serves[1]}, multiply everything by ${formatNumber(f, 3)}: ${joined}.`, 0.6],
      [`You need ${joined} (each amount × ${want[1]}/${serves[1]} = ${formatNumber(f, 3)}).`, 0.4],
    ]),
  };
}

/**
 * "250g butter for 12 cookies, how much for 30?", "3 eggs make 10 pancakes, how many eggs for 25?":
 * an amount for so many things, scaled to another number of them.
 */
function solveProportion(t: string): Solved | null {
  if (!/\bhow (?:much|many)\b/.test(t)) return null;
  const UNIT =
    "g|kg|grams?|kilograms?|ml|l|litres?|liters?|cups?|tbsp|tsp|tablespoons?|teaspoons?|oz|ounces?|lbs?|pounds?|scoops?|spoons?";
  const given = new RegExp(
    String.raw`(\d+(?:\.\d+)?)\s*(${UNIT})?\s+(?:of\s+)?([a-z]+(?:\s+[a-z]+)?)\s+(?:is enough for|are enough for|for|makes?|bakes?|gives?|feeds?)\s+(\d+)\s+([a-z]+)`,
  ).exec(t);
  if (!given) return null;
  const rest = t.slice(given.index + given[0].length);
  const asked = /\b(?:for|make|bake|feed|to make|to bake)\s+(\d+(?:\.\d+)?)(?:\s+([a-z]+))?/.exec(rest);
  if (!asked) return null;
  const [, q, unit, what, n, things] = given;
  const stemOf = (w: string) => w.replace(/(?:es|s)$/, "");
  // "... for 30 cookies": the same things, or none named.
  if (asked[2] && stemOf(asked[2]) !== stemOf(things) && !/^(?:of|instead|now|please)$/.test(asked[2])) return null;
  if (leavesNumbers(t, q, n, asked[1])) return null;
  const f = Number(asked[1]) / Number(n);
  if (!f || !Number.isFinite(f)) return null;
  const amount = Number(q) * f;
  const shown = formatNumber(amount, 2);
  const stuff = unit ? `${shown} ${unit} of ${what}` : `${shown} ${what}`;
  // Eggs come whole: a fraction of one is said, and what it rounds up to.
  const whole = !unit && !Number.isInteger(amount) ? ` (${Math.ceil(amount)} if you round up)` : "";
  return {
    value: shown,
    texts: phrased([
      [
        `You need ${stuff}${whole}: ${q}${unit ? ` ${unit}` : ""} for ${n} ${things} is ${formatNumber(Number(q) / Number(n), 3)} each, times ${asked[1]}.`,
        0.6,
      ],
      [`For ${asked[1]} ${things}: ${stuff}${whole}, since ${asked[1]} is ${formatNumber(f, 3)} times ${n}.`, 0.4],
    ]),
  };
}

const AMOUNT = String.raw`([$€£¥])?\s*(\d+(?:\.\d+)?)`;

/**
 * "I walked 3.2 km on Monday, 4.5 km on Tuesday and 2.8 km on Wednesday. How far in total?":
 * amounts of one unit, every number of the message, added up.
 */
function solveTotal(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase()).replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (!/\bhow (?:far|much|many|long)\b|\bwhat(?:'s| is) the total\b/.test(t)) return null;
  // The total is what the question asks ("how far in total?"), not a figure a puzzle states ("cost $1.10 in total").
  const question =
    /[^.?!]*\b(?:how (?:far|much|many|long)|what(?:'s| is) the total)\b[^.?!]*\??\s*$/.exec(t)?.[0] ?? "";
  if (!/\b(?:in total|total|altogether|all together|in all|combined|overall)\b/.test(question)) return null;
  if (/\b(?:more|less|fewer|longer|shorter|older|younger|cheaper) than\b|\btimes as\b/.test(t)) return null;
  const amounts = [
    ...t.matchAll(
      /([$€£])?(\d+(?:\.\d+)?)\s*(km|kilometres|kilometers|miles|mi|m|metres|meters|hours|hrs|minutes|mins|kg|g|l|litres|liters|ml|dollars|euros|pounds|pages|steps|points|laps)?\b/g,
    ),
  ];
  if (amounts.length < 2) return null;
  const unitOf = (m: RegExpMatchArray) => m[1] ?? m[3] ?? "";
  const unit = unitOf(amounts[0]);
  if (!unit && amounts.every((m) => !unitOf(m))) return countedTotal(t, question);
  if (!unit || amounts.some((m) => unitOf(m) !== unit)) return null;
  const xs = amounts.map((m) => Number(m[2]));
  if (leavesNumbers(t, ...xs)) return null;
  const sum = xs.reduce((a, b) => a + b, 0);
  const n = (x: number) => formatNumber(x, 2);
  const show = (x: number) => (/^[$€£]$/.test(unit) ? formatMoney(x, unit) : `${n(x)} ${unit}`);
  return {
    value: show(sum),
    texts: phrased([
      [`${xs.map(show).join(" + ")} = ${show(sum)} in total.`, 0.6],
      [`That's ${show(sum)} altogether (${xs.map(n).join(" + ")}).`, 0.4],
    ]),
  };
}

/**
 * "I bought 3 apples, 2 pears and a dozen grapes. How many pieces of fruit is that in total?":
 * every number before the question counts a thing ("3 apples"), and the things are summed.
 */
function countedTotal(t: string, question: string): Solved | null {
  const before = t.slice(0, t.length - question.length);
  const counted = [
    ...before.matchAll(/\b(\d{1,6})\s+(?:(?:big|small|red|green|ripe|more|extra|little|large)\s+)?([a-z]{3,20})\b/g),
  ];
  const numbers = before.match(/\d+(?:\.\d+)?/g) ?? [];
  // Every number must count a thing: a price or a date beside them is another kind of question.
  if (counted.length < 2 || counted.length !== numbers.length || /[$€£%]|\d[.:]\d/.test(before)) return null;
  if (/\b(?:each|per|every|times|left|gave|ate|lost|sold|broke|away)\b/.test(t)) return null;
  const what = /\bhow many\s+((?:pieces|items|kinds|bits) of\s+)?([a-z]{3,20}(?:\s+[a-z]{3,20})?)\b/.exec(question);
  // "52 children and 9 grown-ups. How many children?": a total of one thing adds only that thing's
  // counts; with one count of it here, the rest of the total is elsewhere (an earlier turn), not the grown-ups.
  const asked =
    what && !what[1]
      ? what[2]
          .split(/\s+/)[0]
          .replace(/(?:ies)$/, "y")
          .replace(/(?<!s)s$/, "")
      : "";
  const own = asked ? counted.filter((m) => m[2].startsWith(asked.slice(0, Math.max(4, asked.length - 1)))) : [];
  if (own.length && own.length < counted.length) return null;
  const xs = counted.map((m) => Number(m[1]));
  const sum = xs.reduce((a, b) => a + b, 0);
  const noun =
    what && !/^(?:is|are|do|does|did|have|has|in|of|that|there|things|total)\b/.test(what[2])
      ? `${what[1] ?? ""}${what[2]}`
      : "";
  const named = noun.replace(/\s+(?:is|are|do|does|did|have|has|in|that|there|altogether|total)\b.*$/, "");
  const tail = named ? ` ${named}` : "";
  return {
    value: String(sum),
    texts: phrased([
      [`${xs.join(" + ")} = ${sum}${tail} in total.`, 0.6],
      [`That's ${sum}${tail} altogether (${counted.map((m) => `${m[1]} ${m[2]}`).join(", ")}).`, 0.4],
    ]),
  };
}

/** "My scores were 78, 85, 91 and 94. What's my average?": the mean of the numbers listed. */
function solveAverage(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase()).replace(/(\d),(?=\d{3}\b)/g, "$1");
  if (!/\b(?:average|mean)\b/.test(t) || /\b(?:speed|per hour|mph|km\/h|weighted)\b/.test(t)) return null;
  const NUM = String.raw`\d+(?:\.\d+)?`;
  const list = new RegExp(String.raw`${NUM}(?:\s*,\s*(?!and\b)${NUM})*(?:,?\s+and\s+${NUM})`).exec(t);
  if (!list) return null;
  const xs = list[0].match(/\d+(?:\.\d+)?/g)?.map(Number) ?? [];
  if (xs.length < 2 || leavesNumbers(t, ...xs)) return null;
  const sum = xs.reduce((a, b) => a + b, 0);
  const mean = sum / xs.length;
  const n = (x: number) => formatNumber(x, 2);
  return {
    value: n(mean),
    texts: phrased([
      [
        `The average is ${n(mean)}: ${xs.map(n).join(" + ")} = ${n(sum)}, and ${n(sum)} ÷ ${xs.length} = ${n(mean)}.`,
        0.6,
      ],
      [`${n(sum)} ÷ ${xs.length} = ${n(mean)}, so the average is ${n(mean)}.`, 0.4],
    ]),
  };
}

/** Everyday word problems: what is left, what is added, rate × time, price × quantity, shares, savings. */
function solveWordProblem(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase())
    .replace(/[’‘]/g, "'")
    .replace(/(\d),(?=\d{3}\b)/g, "$1");
  // "I bought 3 coffees at 4.50 each, how much did I spend?"
  const bought = new RegExp(
    String.raw`\b(\d+)\s+([a-z]+)\s+(?:at|for|costing)\s+${AMOUNT}\s*(euros?|dollars?|pounds?|bucks)?\s+(?:each|apiece|a piece|per \w+)\b`,
  ).exec(t);
  if (bought && /\bhow much\b|\btotal\b|\bspen[dt]\b|\bcost\b/.test(t) && !leavesNumbers(t, bought[1], bought[4])) {
    const qty = Number(bought[1]);
    const price = Number(bought[4]);
    const word = bought[5];
    const money = (x: number) =>
      bought[3] ? formatMoney(x, bought[3]) : `${formatNumber(x, 2)}${word ? ` ${word.replace(/s?$/, "s")}` : ""}`;
    const total = qty * price;
    return {
      value: money(total),
      texts: phrased([
        [`${qty} ${bought[2]} × ${money(price)} = ${money(total)} in total.`, 0.6],
        [`That comes to ${money(total)} in total (${qty} ${bought[2]} at ${money(price)} each).`, 0.4],
      ]),
    };
  }
  // "£3.20 to start plus £1.80 per mile ... a 5 mile journey?": the fixed part plus the rate times the units.
  const charge = /\?\s*$|\bhow much\b|\bwhat(?:'s| is| does| will| would)\b|\bcost\b/.test(t)
    ? rateChargeOf(message)
    : null;
  if (charge) {
    const money = (x: number) => (charge.symbol ? formatMoney(x, charge.symbol) : formatNumber(x, 2));
    const sum = `${money(charge.fixed)} + ${formatNumber(charge.units, 2)} × ${money(charge.rate)}`;
    return {
      value: money(charge.total),
      fields: { total: charge.total },
      texts: phrased([
        [`${sum} = ${money(charge.total)} in total.`, 0.6],
        [
          `That comes to ${money(charge.total)}: ${money(charge.fixed)}, plus ${money(charge.rate)} for each of the ${formatNumber(charge.units, 2)} ${charge.unit}${charge.units === 1 ? "" : "s"} (${sum}).`,
          0.4,
        ],
      ]),
    };
  }
  if (
    !/\bhow (?:many|much|far|long)\b|\bwhat(?:'s| is) the (?:total|cost|price|distance)\b|\bwhat(?:'?s| is| does| do)? (?:that|it|this|they|all that) (?:comes?|adds?) (?:to|up)\b|\bwhat (?:did|have|do) (?:i|we) (?:take|taken|make|made|earn|earned|spend|spent|pay|paid)\b/.test(
      t,
    )
  )
    return null;
  let m: RegExpExecArray | null;
  const n = (x: number) => formatNumber(x, 2);

  // "4 notebooks at $3 each and one pen for $2": a bill, each line priced, added up.
  const bill = purchaseOf(message);
  if (bill) {
    const money = (x: number) => (bill.symbol ? formatMoney(x, bill.symbol) : n(x));
    const parts = bill.lines.map((l) => (l.qty === 1 ? money(l.price) : `${n(l.qty)} × ${money(l.price)}`));
    // "How many items, and what's the total?": the items are the quantities added, not the lines.
    const count = bill.lines.reduce((sum, l) => sum + l.qty, 0);
    if (/\bhow many\b/.test(t))
      return {
        value: String(count),
        fields: { items: count, total: bill.total },
        texts: phrased([
          [
            `${n(count)} items (${bill.lines.map((l) => `${n(l.qty)} ${l.what}`).join(", ")}), ${parts.join(" + ")} = ${money(bill.total)} in total.`,
            0.6,
          ],
          [`That's ${n(count)} items, and they come to ${money(bill.total)}: ${parts.join(" + ")}.`, 0.4],
        ]),
      };
    return {
      value: money(bill.total),
      texts: phrased([
        [`${parts.join(" + ")} = ${money(bill.total)} in total.`, 0.6],
        [
          `That comes to ${money(bill.total)} in total: ${bill.lines.map((l) => `${n(l.qty)} ${l.what} at ${money(l.price)}`).join(", ")}.`,
          0.4,
        ],
      ]),
    };
  }

  // "I had 20 apples and gave away 7", "a pizza has 8 slices and I eat 3": how many are left.
  m =
    /\b(?:had|have|has|bought|baked|made|picked|got|there (?:are|were)|starts? with|started with)\s+(\d+(?:\.\d+)?)\s+([a-z]+)(?:[^.?!\d]{0,60}?)\b(?:gave away|give away|gave|give|ate|eat|eats|lost|lose|sold|sell|used|use|spent|spend|broke|took|take|takes|drank|drink|threw away|donated|removed?)\s+(\d+(?:\.\d+)?)\b/.exec(
      t,
    );
  if (m && /\b(?:left|remain(?:ing|s)?|still have|now|are there)\b/.test(t)) {
    if (leavesNumbers(t, m[1], m[3])) return null;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (b > a) return null;
    return {
      value: n(a - b),
      texts: phrased([
        [`${n(a)} - ${n(b)} = ${n(a - b)}, so ${n(a - b)} ${m[2]} ${a - b === 1 ? "is" : "are"} left.`, 0.6],
        [`${n(a - b)} ${m[2]} left (${n(a)} - ${n(b)}).`, 0.4],
      ]),
    };
  }
  // "I have 12 stickers and get 5 more": how many now.
  m =
    /\b(?:had|have|has|there (?:are|were))\s+(\d+(?:\.\d+)?)\s+([a-z]+)[^.?!\d]{0,60}?\b(?:get|gets|got|buy|buys|bought|find|finds|found|receive|receives|received|add|adds|added|win|wins|won|give me|gives me|gave me|give him|give her|gives|pick|picks|picked)\s+(\d+(?:\.\d+)?)\s+(?:more|extra|additional|new)\b/.exec(
      t,
    );
  if (m) {
    if (leavesNumbers(t, m[1], m[3])) return null;
    const [a, b] = [Number(m[1]), Number(m[3])];
    return {
      value: n(a + b),
      texts: phrased([
        [`${n(a)} + ${n(b)} = ${n(a + b)} ${m[2]}.`, 0.6],
        [`That makes ${n(a + b)} ${m[2]}.`, 0.4],
      ]),
    };
  }
  // "travels at 60 miles per hour for 3 hours": how far.
  m =
    /\b(\d+(?:\.\d+)?)\s*(miles|mi|km|kilometers|kilometres|meters|metres|m)\s*(?:per|an|a|\/)\s*(hour|hr|h|minute|min|second|sec|s)\b[^.?!]{0,40}?\bfor\s+(\d+(?:\.\d+)?)\s*(hours?|hrs?|minutes?|mins?|seconds?|secs?)\b/.exec(
      t,
    );
  if (m && /\bhow far\b|\bdistance\b/.test(t) && !leavesNumbers(t, m[1], m[4])) {
    const unitOf = (u: string) => (u.startsWith("h") ? "h" : u.startsWith("m") ? "min" : "s");
    if (unitOf(m[3]) !== unitOf(m[5])) return null;
    const d = Number(m[1]) * Number(m[4]);
    const unit = /^(?:mi|miles)$/.test(m[2]) ? "miles" : /^k/.test(m[2]) ? "km" : "metres";
    return {
      value: n(d),
      texts: phrased([
        [`${n(Number(m[1]))} × ${n(Number(m[4]))} = ${n(d)}, so it goes ${n(d)} ${unit}.`, 0.6],
        [`${n(d)} ${unit}.`, 0.4],
      ]),
    };
  }
  // "one apple costs $0.50, how much do 6 apples cost", "tickets cost $12 each. How much for 5 tickets?"
  m =
    new RegExp(
      String.raw`\b(?:one|1|each|a single)\s+([a-z]+)\s+(?:costs?|is|sells for|goes for)\s+${AMOUNT}[^.?!]*[.?!,]?\s*[^\d]{0,40}?\b(\d+(?:\.\d+)?)\s+([a-z]+)`,
    ).exec(t) ??
    new RegExp(
      String.raw`\b([a-z]+)\s+(?:cost|costs|are|sell for|go for)\s+${AMOUNT}\s+(?:each|apiece|per \w+|a piece)\b[^\d]{0,60}?\b(\d+(?:\.\d+)?)\b`,
    ).exec(t);
  // The same things priced and counted ("one apple ... 6 apples"), and no puzzle ("$1.00 more than").
  const singular = (w: string) =>
    w
      .replace(/ies$/, "y")
      .replace(/(ch|sh|x|ss)es$/, "$1")
      .replace(/s$/, "");
  const same = m && (!m[5] || singular(m[5]) === singular(m[1]));
  if (
    m &&
    same &&
    /\bhow much\b|\btotal\b|\bcost\b/.test(t) &&
    !/\b(?:more|less|fewer) than\b/.test(t) &&
    // "One apple costs..." reads as "1 apple": that 1 is the unit priced, used too.
    !leavesNumbers(t, m[3], m[4], ...(/^(?:1|one|a single)\b/.test(m[0]) ? [1] : []))
  ) {
    const price = Number(m[3]);
    const qty = Number(m[4]);
    const symbol = m[2] ?? "";
    const money = (x: number) => (symbol ? formatMoney(x, symbol) : n(x));
    const total = price * qty;
    return {
      value: money(total),
      texts: phrased([
        [`${n(qty)} × ${money(price)} = ${money(total)}.`, 0.6],
        [`That comes to ${money(total)}.`, 0.4],
      ]),
    };
  }
  // "24 students in 6 groups: how many per group", "36 cookies shared equally among 4 friends"
  m =
    /\b(\d+(?:\.\d+)?)\s+([a-z]+)\s+(?:and|in|into|shared (?:equally )?(?:among|between|by)|split (?:equally )?(?:among|between|into)|divided (?:equally )?(?:among|between|into))\s+(\d+(?:\.\d+)?)\s+([a-z]+)/.exec(
      t,
    );
  if (
    m &&
    /\b(?:per|each|every)\b|\bin each\b/.test(t) &&
    /\bhow many\b|\bhow much\b/.test(t) &&
    !leavesNumbers(t, m[1], m[3])
  ) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (b === 0) return null;
    const each = a / b;
    const whole = Number.isInteger(each);
    return {
      value: n(each),
      texts: phrased([
        [
          `${n(a)} ÷ ${n(b)} = ${n(each)}, so ${whole ? "" : "about "}${n(each)} ${m[2]} per ${m[4].replace(/s$/, "")}.`,
          0.6,
        ],
        [`${n(each)} each (${n(a)} ÷ ${n(b)}).`, 0.4],
      ]),
    };
  }
  // "save $50 a month ... after a year / after 8 months"
  m = new RegExp(
    String.raw`\b(?:save|saves|saving|saving up|put away|putting away|put|putting|puts|set aside|setting aside|earn|earns|earning|spend|spends|spending|pay|pays|paying)\s+${AMOUNT}\s*(?:dollars|euros|pounds|bucks)?\s+(?:a|per|every|each)\s+(day|week|month|year)\b`,
  ).exec(t);
  if (m) {
    const word = /\b(dollars|euros|pounds|bucks)\s+(?:a|per|every|each)\b/.exec(t)?.[1];
    const after =
      /\b(?:after|in|for|over)\s+(?:a|one|1)\s+(?:full\s+|whole\s+|entire\s+)?(year|month|week|day)\b|\b(?:after|in|for|over)\s+(\d+(?:\.\d+)?)\s+(years?|months?|weeks?|days?)\b/.exec(
        t,
      );
    if (!after) return null;
    const perYear: Record<string, number> = { day: 365, week: 52, month: 12, year: 1 };
    const span = after[1] ?? after[3].replace(/s$/, "");
    const count = after[1] ? 1 : Number(after[2]);
    const periods = (count * perYear[m[3]]) / perYear[span];
    if (!Number.isFinite(periods)) return null;
    const total = Number(m[2]) * periods;
    const symbol = m[1] ?? "";
    const money = (x: number) => (symbol ? formatMoney(x, symbol) : `${n(x)}${word ? ` ${word}` : ""}`);
    return {
      value: money(total),
      texts: phrased([
        [`${money(Number(m[2]))} × ${n(periods)} = ${money(total)}.`, 0.6],
        [`That adds up to ${money(total)}.`, 0.4],
      ]),
    };
  }
  return null;
}

/** Areas and perimeters of rectangles, squares, circles and triangles. */
function solveGeometry(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase());
  const n = (x: number) => formatNumber(x, 2);
  const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
  let m = new RegExp(
    String.raw`\b(area|perimeter) of (?:a|the)\s+(rectangle|square)\b[^\d]{0,40}?${NUMBER}(?:\s*(?:cm|m|ft|in|mm|km|units?|metres?|meters?|feet|inches))?(?:\s*(?:by|x|×|and)\s*${NUMBER})?`,
  ).exec(t);
  if (m) {
    const a = Number(m[3]);
    const b = m[2] === "square" ? a : Number(m[4]);
    if (!Number.isFinite(b)) return null;
    const v = m[1] === "area" ? a * b : 2 * (a + b);
    const how = m[1] === "area" ? `${n(a)} × ${n(b)}` : `2 × (${n(a)} + ${n(b)})`;
    return {
      value: n(v),
      texts: phrased([
        [`The ${m[1]} is ${how} = ${n(v)}.`, 0.6],
        [`${n(v)}${m[1] === "area" ? " square units" : ""}.`, 0.4],
      ]),
    };
  }
  m = new RegExp(
    String.raw`\b(area|circumference|perimeter) of (?:a|the)\s+circle\b[^\d]{0,40}?\b(radius|diameter)\s*(?:of|is|=)?\s*${NUMBER}`,
  ).exec(t);
  if (m) {
    const r = Number(m[3]) / (m[2] === "diameter" ? 2 : 1);
    const v = m[1] === "area" ? Math.PI * r * r : 2 * Math.PI * r;
    const how = m[1] === "area" ? `π × ${n(r)}²` : `2 × π × ${n(r)}`;
    return { value: n(v), texts: phrased([[`The ${m[1]} is ${how} ≈ ${n(v)}.`, 1]]) };
  }
  m = new RegExp(
    String.raw`\barea of (?:a|the)\s+triangle\b[^\d]{0,40}?\bbase\s*(?:of|is|=)?\s*${NUMBER}[^\d]{0,30}?\bheight\s*(?:of|is|=)?\s*${NUMBER}`,
  ).exec(t);
  if (m) {
    const v = (Number(m[1]) * Number(m[2])) / 2;
    return { value: n(v), texts: phrased([[`The area is ${n(Number(m[1]))} × ${n(Number(m[2]))} ÷ 2 = ${n(v)}.`, 1]]) };
  }
  return null;
}

/** Fractions, decimals and percentages, and rounding: "1/4 as a decimal", "round 3.14159 to 2 decimal places". */
function solveForms(message: string): Solved | null {
  const t = digitsForWords(message.toLowerCase()).replace(/(\d),(?=\d{3}\b)/g, "$1");
  let m = /(-?\d+)\s*\/\s*(\d+)\s+(?:as|to|in|into)\s+(?:a\s+)?(decimal|percent(?:age)?|%)/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b === 0) return one(`${a}/0 is undefined: nothing can be divided by zero.`, "undefined");
    const v = a / b;
    const text = /dec/.test(m[3]) ? formatNumber(v, 6) : `${formatNumber(v * 100, 4)}%`;
    return {
      value: text,
      texts: phrased([
        [`${a}/${b} = ${text}.`, 0.6],
        [`That's ${text}.`, 0.4],
      ]),
    };
  }
  // "0.75 as a fraction", not the last number of a sum ("3/4 + 1/8 as a fraction" is the sum's).
  m = /(?<![\d./*+×÷^-]\s*)(-?\d*\.\d+|-?\d+)\s*(%|percent)?\s+(?:as|to|in|into)\s+(?:a\s+)?(fraction|decimal)\b/.exec(
    t,
  );
  if (m) {
    const v = Number(m[1]) / (m[2] ? 100 : 1);
    if (m[3] === "decimal")
      return { value: formatNumber(v), texts: phrased([[`${m[1]}${m[2] ? "%" : ""} = ${formatNumber(v)}.`, 1]]) };
    const [p, q] = fraction(v);
    if (!q) return null;
    const f = q === 1 ? String(p) : `${p}/${q}`;
    return {
      value: f,
      texts: phrased([
        [`${m[1]}${m[2] ? "%" : ""} = ${f}.`, 0.6],
        [`As a fraction, that's ${f}.`, 0.4],
      ]),
    };
  }
  m =
    /\bround\s+(-?\d+(?:\.\d+)?)\s+(?:off\s+)?to\s+(?:the\s+nearest\s+)?(?:(\d+)\s+decimal(?:\s+places?)?|(whole number|integer|ten|tens|hundred|hundreds|thousand|tenth|hundredth|thousandth))/.exec(
      t,
    );
  if (m) {
    const x = Number(m[1]);
    const place =
      m[2] !== undefined
        ? -Number(m[2])
        : ({
            "whole number": 0,
            integer: 0,
            ten: 1,
            tens: 1,
            hundred: 2,
            hundreds: 2,
            thousand: 3,
            tenth: -1,
            hundredth: -2,
            thousandth: -3,
          }[m[3]] ?? 0);
    if (place < -10) return null;
    const r = Math.round(x / 10 ** place) * 10 ** place;
    const text = place < 0 ? r.toFixed(-place) : formatNumber(r);
    return {
      value: text,
      texts: phrased([
        [`${m[1]} rounded is ${text}.`, 0.6],
        [`${text}.`, 0.4],
      ]),
    };
  }
  return null;
}

/** A decimal as a fraction with a small denominator (continued fractions), or [0, 0] if none fits. */
function fraction(x: number): [number, number] {
  for (let q = 1; q <= 10_000; q++) {
    const p = Math.round(x * q);
    if (Math.abs(p / q - x) < 1e-9) {
      return [p, q];
    }
  }
  return [0, 0];
}

/** Checking a sum and comparing two: "Is 7 × 8 = 56?", "What's bigger, 2^10 or 10^3?" */
function solveChecks(message: string, yesNoOnly: boolean): Solved | null {
  const t = message.toLowerCase();
  // "Is 0.5 the same as 50%?": a percent on the right is its hundredth.
  let m =
    /\b(?:is|does)\s+(.{1,80}?)\s*(?:=|equals?|equal to|make|come to|the same as)\s*(-?[\d.,]+)\s*(%|percent)?\s*\??\s*(?:(?:answer|just|only|reply|please|yes or no).*)?$/.exec(
      t,
    );
  if (m) {
    const left = numberIn(m[1]);
    const right = Number(m[2].replace(/,/g, "")) / (m[3] ? 100 : 1);
    if (left && Number.isFinite(right)) {
      const ok = Math.abs(left.value - right) < 1e-9 * Math.max(1, Math.abs(right));
      const word = ok ? "Yes" : "No";
      return {
        value: word,
        texts: [{ text: yesNoOnly ? `${word}.` : `${word}: ${left.shown} = ${formatNumber(left.value)}.`, weight: 1 }],
      };
    }
  }
  // "Is 100 greater than 99?": yes or no, from the two numbers.
  m =
    /^\s*(?:yes or no[:,]?\s*)?is\s+(.{1,60}?)\s+(bigger|larger|greater|more|higher|smaller|less|lower|fewer)\s+than\s+(.{1,60}?)\s*\??\s*(?:(?:just\s+|please\s+)?(?:answer|reply|say)?\s*(?:with\s+)?(?:only\s+)?yes\s+or\s+no\.?|one word\.?)?\s*$/.exec(
      t,
    );
  if (m) {
    const a = numberIn(m[1]);
    const b = numberIn(m[3]);
    if (a && b) {
      const big = /bigger|larger|greater|more|higher/.test(m[2]);
      const yes = big ? a.value > b.value : a.value < b.value;
      const word = yes ? "Yes" : "No";
      const how =
        a.value === b.value
          ? "they are equal"
          : `${formatNumber(a.value)} is ${a.value > b.value ? "greater" : "less"} than ${formatNumber(b.value)}`;
      return { value: word, texts: [{ text: yesNoOnly ? `${word}.` : `${word}: ${how}.`, weight: 1 }] };
    }
  }
  m =
    /\b(?:which|what)(?:'s| is)?\s+(bigger|larger|greater|more|smaller|less|lower)\b[,:]?\s*(.{1,60}?)\s+or\s+(.{1,60}?)\s*\??$/.exec(
      t,
    );
  if (m) {
    const a = numberIn(m[2]);
    const b = numberIn(m[3]);
    if (!a || !b) return null;
    if (a.value === b.value) return one(`Neither: both are ${formatNumber(a.value)}.`, "equal");
    const big = /bigger|larger|greater|more/.test(m[1]);
    const win = a.value > b.value === big ? a : b;
    const lose = win === a ? b : a;
    return {
      value: win.shown,
      texts: phrased([
        [
          `${win.shown} is ${big ? "bigger" : "smaller"}: ${formatNumber(win.value)} against ${formatNumber(lose.value)}.`,
          1,
        ],
      ]),
    };
  }
  return null;
}

/** A number or a sum written in words or symbols, worked out. */
function numberIn(text: string): { value: number; shown: string } | null {
  const expr = toExpression(text.replace(/[?!.]+$/, "")).trim();
  if (!/^[\d.()+\-*/%\s]*$|sqrt|cbrt|fact/.test(expr) || !/\d/.test(expr)) return null;
  try {
    const tree = jsep(expr);
    const value = evaluate(tree);
    return value === undefined || !Number.isFinite(value) ? null : { value, shown: show(tree) };
  } catch {
    return null;
  }
}

/** One linear equation in x: "Solve 2x + 3 = 11", "what is x if 5x - 4 = 16". */
function solveEquation(message: string): Solved | null {
  const t = message.toLowerCase();
  const m =
    /(?:^|[\s:,])([-\d.x()+*/ ]{1,80}?\bx\b[-\d.x()+*/ ]{0,80}|[-\d.()+*/ ]{1,80})=\s*([-\d.x()+*/ ]{1,80})\s*[?.!]?\s*$/.exec(
      t
        .replace(/(\d)\s*x\b/g, "$1*x")
        .replace(/(\d)x/g, "$1*x")
        .replace(/(\d|x)\s*\(/g, "$1*("),
    );
  if (!m || !/\bx\b/.test(m[0]) || !/\b(?:solve|find x|what is x|what's x|x =|for x)\b|solve/.test(t)) return null;
  try {
    const left = jsep(m[1].trim());
    const right = jsep(m[2].trim());
    const f = (x: number) => {
      const a = evaluate(left, 0, x);
      const b = evaluate(right, 0, x);
      return a === undefined || b === undefined ? undefined : a - b;
    };
    const [f0, f1, f2] = [f(0), f(1), f(2)];
    if (f0 === undefined || f1 === undefined || f2 === undefined) return null;
    const slope = f1 - f0;
    // Linear only: the same step from 0 to 1 as from 1 to 2.
    if (Math.abs(f2 - f1 - slope) > 1e-9 || slope === 0) return null;
    const x = -f0 / slope;
    const v = formatNumber(x);
    const eq = `${show(left)} = ${show(right)}`.replace(/(\d) × x/g, "$1x");
    return {
      value: v,
      texts: phrased([
        [`x = ${v}. (Check: with x = ${v}, ${eq}.)`, 0.5],
        [`Solving ${eq} gives x = ${v}.`, 0.5],
      ]),
    };
  } catch {
    return null;
  }
}

/** "Is 97 a prime number?", "is 1234 even?", "is 91 divisible by 7?" */
function solveNumberFacts(message: string, yesNoOnly: boolean): Solved | null {
  const t = digitsForWords(message.toLowerCase()).replace(/(\d),(?=\d{3}\b)/g, "$1");
  let m = /\bis\s+(\d{1,15})\s+(?:an?\s+)?(prime|even|odd|composite)(?:\s+number)?\b/.exec(t);
  const yes = (ok: boolean, why: string): Solved => ({
    value: ok ? "Yes" : "No",
    texts: yesNoOnly
      ? [{ text: ok ? "Yes." : "No.", weight: 1 }]
      : [{ text: `${ok ? "Yes" : "No"}, ${why}`, weight: 1 }],
  });
  if (m) {
    const x = Number(m[1]);
    if (!Number.isSafeInteger(x)) return null;
    if (m[2] === "even" || m[2] === "odd") {
      const even = x % 2 === 0;
      return yes(
        even === (m[2] === "even"),
        `${x} is ${even ? "even" : "odd"}${even ? "" : ": it leaves 1 when divided by 2"}.`,
      );
    }
    const f = smallestFactor(x);
    const prime = x >= 2 && f === x;
    if (m[2] === "composite") return yes(!prime && x > 1, prime ? `${x} is prime.` : `${x} = ${f} × ${x / f}.`);
    if (x < 2) return yes(false, `${x} is not prime: primes start at 2.`);
    return yes(
      prime,
      prime
        ? `${x} is a prime number: nothing but 1 and ${x} divides it.`
        : `${x} is not prime: ${x} = ${f} × ${x / f}.`,
    );
  }
  m = /\bis\s+(\d{1,15})\s+(?:an?\s+)?(?:perfect\s+)?(square|cube)(?:\s+number)?\b/.exec(t);
  if (m && (/perfect/.test(m[0]) || /number/.test(m[0]))) {
    const x = Number(m[1]);
    const k = m[2] === "square" ? 2 : 3;
    const r = Math.round(x ** (1 / k));
    const ok = Number.isSafeInteger(x) && r ** k === x;
    const op = k === 2 ? "²" : "³";
    const below = Math.floor(x ** (1 / k) + 1e-9);
    const between = `${x} lies between ${below}${op} = ${below ** k} and ${below + 1}${op} = ${(below + 1) ** k}.`;
    return yes(ok, ok ? `${x} = ${r}${op}.` : between);
  }
  m = /\bis\s+(\d{1,15})\s+(?:divisible\s+by|a\s+multiple\s+of)\s+(\d{1,15})\b/.exec(t);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b === 0) return one("Nothing is divisible by 0: dividing by zero is undefined.", "No");
    const ok = a % b === 0;
    return yes(ok, ok ? `${a} ÷ ${b} = ${a / b}.` : `${a} ÷ ${b} leaves a remainder of ${a % b}.`);
  }
  return null;
}

function smallestFactor(x: number): number {
  if (x % 2 === 0) return 2;
  for (let d = 3; d * d <= x && d < 4_000_000; d += 2) if (x % d === 0) return d;
  return x;
}

const solveArithmetic = (said: string, yesNoOnly = false) => solveInPounds(poundsForPence(said), yesNoOnly);
const solveInPounds = (text: string, yesNoOnly: boolean) =>
  solveNumberFacts(text, yesNoOnly) ??
  solveChecks(text, yesNoOnly) ??
  solvePercent(text) ??
  solveForms(text) ??
  solveRecipe(digitsForWords(text.toLowerCase())) ??
  solveProportion(digitsForWords(text.toLowerCase()).replace(/(\d)\s*(g|kg|ml)\b/g, "$1 $2")) ??
  solveContainers(digitsForWords(text.toLowerCase()).replace(/(\d),(?=\d{3}\b)/g, "$1")) ??
  solveGroups(text) ??
  solveAverage(text) ??
  solveTotal(text) ??
  solveWordProblem(text) ??
  solveGeometry(text) ??
  solveEquation(text) ??
  solveExpression(text);
registerSolver(solveArithmetic);
// A word problem told over several sentences is computable too: memory must not answer "how many pots do I have?" of it.
registerSolver(solveStory);

/**
 * "I put 35 dollars a week into a jar." ... "How much will I have after 52 weeks?": a question
 * with no numbers of its own to work on, asked after the user stated them, is the word problem
 * the two messages make together. Only the word-problem kinds are tried on the pair.
 */
export function solveWithContext(turns: readonly ConversationTurn[], lastUser: string): Solved | null {
  const change = percentChangeWithContext(turns, lastUser);
  if (change) return change;
  // "If 87 are booked tonight, how many are still free?": a condition before the question is part of it.
  const asks = /^\s*(?:and\s+|so\s+)?(?:if\s+[^?.]{1,80},\s*)?how (?:much|many|far|long)\b/i.test(lastUser);
  // "This month it was 35% more than that. How many parcels ...?": a remark with a number, then the question,
  // is read with the message before it by the kinds that link the two ("more than that", "every bin").
  const remarked = !asks && /(?:^|[.!]\s+)how (?:much|many)\b[^.!?]*\??\s*$/i.test(lastUser) && /\d/.test(lastUser);
  if ((!asks && !remarked) || lastUser.length > 200) return null;
  const users = turns.filter((t) => t.role === "user");
  const before = users.at(-2)?.text;
  if (!before || before.length > 300 || !/\d/.test(before) || /\?/.test(before)) return null;
  // "How much have I made so far?" after sales told over several messages: the last one alone is not the total.
  const MONEY = /[$€£]\s?\d/;
  const running =
    /\b(?:so far|up to now|until now|to date)\b/i.test(lastUser) ||
    (/\b(?:in total|altogether|all together)\b/i.test(lastUser) && MONEY.test(before));
  if (running && users.slice(0, -2).some((t) => /\d/.test(t.text) && !/\?\s*$/.test(t.text))) return null;
  const both = `${before.replace(/[.!]*\s*$/, ".")} ${lastUser}`;
  if (remarked) return users.slice(0, -2).some((t) => /\d/.test(t.text)) ? null : solveLinked(both);
  return solveGroups(both) ?? solveWordProblem(both) ?? solveFreeOfTotal(both);
}

const LEAD_IN =
  /^\s*(?:quick (?:one|question|q)|question|hey|ok(?:ay)?|so|hmm+|help|math(?:s)? (?:question|help))\s*[:,!-]\s*/i;

const FRACTION_ASKED =
  /\b(?:as|in|into)\s+(?:a\s+|the\s+)?(?:simple\s+|simplest\s+)?fraction(?:\s+form)?(?:,?\s+not\s+(?:a\s+)?decimals?)?\b|\bfraction,?\s+not\s+(?:a\s+)?decimals?\b/i;

/** "to the nearest whole number", "rounded to 1 decimal place": how many decimals the answer is given to. */
const ROUNDING_ASKED =
  /\b(?:to|rounded(?:\s+off)?\s+to|round(?:\s+it)?\s+to)\s+(?:the\s+nearest\s+)?(?:(whole|(\d|one|two|three)\s+decimal)(?:\s+(?:number|percent(?:age)?|per\s*cent|places?|place))?|(?:nearest\s+)?(integer|percent|per\s*cent))\b|\bas\s+a\s+whole\s+(number|percent(?:age)?)\b/i;

function roundingAsked(text: string): number | undefined {
  const m = ROUNDING_ASKED.exec(text);
  if (!m) return undefined;
  const d = m[2]?.toLowerCase();
  return d === undefined ? 0 : (({ one: 1, two: 2, three: 3 } as Record<string, number>)[d] ?? Number(d));
}

/** A worked decimal answer at the precision asked ("82.14%" to the nearest whole number is "82%"). */
function asRounded(solved: Solved | null, places: number): Solved | null {
  if (!solved) return null;
  const raw = solved.value.replace(/,/g, "");
  const v = Number(raw.replace(/%$/, ""));
  if (!Number.isFinite(v)) return solved;
  const shown = v.toFixed(places);
  if (Number(shown) === v) return solved;
  const percent = /%$/.test(raw) || solved.texts.some((t) => t.text.includes(`${solved.value}%`));
  const r = `${formatNumber(Number(shown), places)}${percent ? "%" : ""}`;
  const exact = `${solved.value}${percent && !/%$/.test(solved.value) ? "%" : ""}`;
  return {
    value: r,
    texts: phrased([
      [`That's about ${r} (${exact} before rounding).`, 0.6],
      [`About ${r}.`, 0.4],
    ]),
    fields: { ...(solved.fields ?? {}), answer: Number(shown), rounded: Number(shown) },
  };
}

/** A worked answer that is a decimal, written as the fraction it is ("0.875" -> "7/8"). */
function asFraction(solved: Solved | null): Solved | null {
  if (!solved) return null;
  const v = Number(solved.value.replace(/,/g, ""));
  if (!Number.isFinite(v) || Number.isInteger(v)) return solved;
  const [p, q] = fraction(v);
  if (!q || Math.abs(p / q - v) > 1e-9) return solved;
  const f = `${p}/${q}`;
  return {
    value: f,
    texts: phrased([
      [`As a fraction, that's ${f} (${solved.value} as a decimal).`, 0.6],
      [`It's ${f}.`, 0.4],
    ]),
    fields: { fraction: f, decimal: v },
  };
}

export const arithmetic: Skill = {
  name: "arithmetic",
  does: "sums, powers, roots, percentages, tips and splits, worked out (jsep parses, no eval)",
  reply(input) {
    if (input.summarizing) return null;
    const yesNoOnly = wantsOnlyYesNo(input);
    // "The bill was £64 ... a 10% tip. There are 2 of us. How much each?": a split said over several
    // sentences is one question; its first sentence alone would be answered with the tip only.
    const split = solvePercent(input.lastUser);
    if (split?.texts.some((f) => /\bper person\b|\beach of the \d+ pays\b/.test(f.text)))
      return solveParts(input, (text) => (text === input.lastUser ? split : null));
    // A word problem over several sentences is one question: its parts alone would be answered wrong.
    const places = /\bround\s+-?\d/i.test(input.lastUser) ? undefined : roundingAsked(input.lastUser);
    const storied = solveStory(input.lastUser);
    // "..., to the nearest whole number?": a story's percentages are given at the precision asked.
    const story =
      storied && places !== undefined
        ? {
            ...storied,
            texts: storied.texts.map((t) => ({
              ...t,
              text: t.text.replace(
                /(\d+\.\d+)%/g,
                (_m, x: string) => `${formatNumber(Number(Number(x).toFixed(places)), places)}%`,
              ),
            })),
          }
        : storied;
    if (story) {
      // Its first sentences, when they are the whole story, leave a last question out ("Also, the forecast?").
      const parts = partsOf(input.lastUser);
      const flat = (x: string) => x.replace(/\s+/g, " ").trim();
      const leads = new Set(parts.slice(1, -1).map((_, k) => flat(parts.slice(0, k + 2).join(" "))));
      return solveParts(input, (text) =>
        text === input.lastUser ? story : leads.has(flat(text)) ? solveStory(text) : null,
      );
    }
    // "3/4 + 1/8? ... as a fraction not decimal": the sum, worked out, is written as a fraction.
    const fractionAsked = FRACTION_ASKED.test(input.lastUser);
    // "round 3.14159 to 2 decimal places" is its own sum; "What percentage ..., to the nearest whole number?" rounds the answer.
    const solve = (text: string) =>
      fractionAsked
        ? asFraction(solveArithmetic(text, yesNoOnly) ?? solveArithmetic(text.replace(FRACTION_ASKED, " "), yesNoOnly))
        : places !== undefined
          ? asRounded(
              solveArithmetic(text, yesNoOnly) ?? solveArithmetic(text.replace(ROUNDING_ASKED, " "), yesNoOnly),
              places,
            )
          : solveArithmetic(text, yesNoOnly);
    const own =
      solveParts(input, solve) ??
      // "quick one: 3 cubed plus 4 squared?": the lead-in before the colon is no part of the sum.
      (LEAD_IN.test(input.lastUser)
        ? solveParts({ ...input, lastUser: input.lastUser.replace(LEAD_IN, "") }, (text) =>
            solveArithmetic(text, yesNoOnly),
          )
        : null);
    if (own) return own;
    const rated = withStatedRate(input.turns, input.lastUser);
    if (rated) return { texts: rated.texts, exact: true };
    const paired = solveWithContext(input.turns, input.lastUser);
    return paired ? { texts: paired.texts, exact: true } : null;
  },
};
