/**
 * "What does [1, 2, 3].map(x => x * 2) return in JavaScript?": the expression is worked out, not
 * guessed. jsep parses it (with its arrow-function plugin, from the same maintainers) and a small
 * interpreter evaluates a safe subset: literals, arrays, arrow functions, operators, and the
 * everyday array, string and Math methods below, with caps on sizes and steps. Anything else (a
 * variable the question never defines, an unknown method, an object literal) is not evaluated:
 * the coding skill then says plainly that it does not run code.
 */
import jsep from "jsep";
import jsepArrow from "@jsep-plugin/arrow";

jsep.plugins.register(jsepArrow);

type Node = ReturnType<typeof jsep> & Record<string, unknown>;
type Value = unknown;

class Unsupported extends Error {}
const no = (why: string): never => {
  throw new Unsupported(why);
};

const MAX_ITEMS = 1000;
const MAX_STEPS = 20000;

/** What each method does, in a clause, and its MDN page: said after the result. */
const METHODS: Record<string, { does: string; page: string }> = {
  map: { does: "map calls the function on every element and collects the results in a new array", page: "Array/map" },
  filter: { does: "filter keeps the elements for which the function returns true", page: "Array/filter" },
  reduce: {
    does: "reduce folds the array into one value, passing the running total and each element to the function",
    page: "Array/reduce",
  },
  join: { does: "join puts the elements into one string with the separator between them", page: "Array/join" },
  slice: {
    does: "slice returns a copy of the part from the start index up to, not including, the end index",
    page: "Array/slice",
  },
  includes: { does: "includes says whether the value is there", page: "Array/includes" },
  indexOf: { does: "indexOf gives the position of the first match, or -1", page: "Array/indexOf" },
  reverse: { does: "reverse reverses the array in place and returns it", page: "Array/reverse" },
  sort: {
    does: "sort without a compare function sorts the elements as strings; with (a, b) => a - b it sorts numbers",
    page: "Array/sort",
  },
  concat: { does: "concat returns a new array with the other arrays' elements appended", page: "Array/concat" },
  some: { does: "some is true when the function returns true for at least one element", page: "Array/some" },
  every: { does: "every is true when the function returns true for all elements", page: "Array/every" },
  find: {
    does: "find returns the first element for which the function returns true, or undefined",
    page: "Array/find",
  },
  findIndex: {
    does: "findIndex returns the position of the first element that passes, or -1",
    page: "Array/findIndex",
  },
  flat: { does: "flat flattens nested arrays one level deep", page: "Array/flat" },
  at: { does: "at reads the element at the index, counting from the end when it is negative", page: "Array/at" },
  split: { does: "split cuts the string at every separator into an array", page: "String/split" },
  toUpperCase: { does: "toUpperCase returns the string in capital letters", page: "String/toUpperCase" },
  toLowerCase: { does: "toLowerCase returns the string in small letters", page: "String/toLowerCase" },
  trim: { does: "trim removes the spaces at both ends", page: "String/trim" },
  repeat: { does: "repeat joins that many copies of the string", page: "String/repeat" },
  startsWith: { does: "startsWith says whether the string begins with the text", page: "String/startsWith" },
  endsWith: { does: "endsWith says whether the string ends with the text", page: "String/endsWith" },
  padStart: { does: "padStart pads the string at the start to the length given", page: "String/padStart" },
  replace: { does: "replace swaps the first match for the new text", page: "String/replace" },
  replaceAll: { does: "replaceAll swaps every match for the new text", page: "String/replaceAll" },
  charAt: { does: "charAt returns the character at the index", page: "String/charAt" },
  length: { does: "length counts the elements (or the UTF-16 code units of a string)", page: "Array/length" },
};

const MATH: Record<string, (...a: number[]) => number> = {
  max: Math.max,
  min: Math.min,
  round: Math.round,
  floor: Math.floor,
  ceil: Math.ceil,
  abs: Math.abs,
  sqrt: Math.sqrt,
  pow: Math.pow,
  trunc: Math.trunc,
};

interface Run {
  steps: number;
}

function evaluate(node: Node, scope: Map<string, Value>, run: Run): Value {
  if (++run.steps > MAX_STEPS) no("too many steps");
  switch (node.type) {
    case "Literal":
      return node.value;
    case "ArrayExpression": {
      const els = node.elements as (Node | null)[];
      if (els.length > MAX_ITEMS) no("too long");
      return els.map((e) => (e ? evaluate(e, scope, run) : no("hole")));
    }
    case "Identifier": {
      const name = node.name as string;
      if (scope.has(name)) return scope.get(name);
      if (name === "undefined") return undefined;
      if (name === "NaN") return Number.NaN;
      if (name === "Infinity") return Number.POSITIVE_INFINITY;
      return no(`unknown name ${name}`);
    }
    case "UnaryExpression": {
      const v = evaluate(node.argument as Node, scope, run);
      if (node.operator === "-") return -(v as number);
      if (node.operator === "+") return +(v as number);
      if (node.operator === "!") return !v;
      return no("operator");
    }
    case "BinaryExpression":
      return binary(node.operator as string, node.left as Node, node.right as Node, scope, run);
    case "ConditionalExpression":
      return evaluate(node.test as Node, scope, run)
        ? evaluate(node.consequent as Node, scope, run)
        : evaluate(node.alternate as Node, scope, run);
    case "ArrowFunctionExpression":
      return closure(node, scope, run);
    case "MemberExpression": {
      const o = node.object as Node;
      if (!node.computed && o.type === "Identifier" && o.name === "Math" && !scope.has("Math")) {
        const k = (node.property as Node).name as string;
        return k === "PI" ? Math.PI : k === "E" ? Math.E : no(`Math.${k}`);
      }
      const obj = evaluate(o, scope, run);
      if (node.computed) {
        const key = evaluate(node.property as Node, scope, run);
        if ((Array.isArray(obj) || typeof obj === "string") && typeof key === "number") return obj[key];
        // A plain object's own key: { Mon: 46 }["Mon"].
        if (isRecord(obj) && typeof key === "string" && Object.hasOwn(obj, key)) return obj[key];
        return no("index");
      }
      const prop = (node.property as Node).name as string;
      if (prop === "length" && (Array.isArray(obj) || typeof obj === "string")) return obj.length;
      if (isRecord(obj) && Object.hasOwn(obj, prop)) return obj[prop];
      return no(`property ${prop}`);
    }
    case "CallExpression":
      return call(node, scope, run);
    default:
      return no(node.type);
  }
}

function binary(op: string, l: Node, r: Node, scope: Map<string, Value>, run: Run): Value {
  const a = evaluate(l, scope, run);
  if (op === "&&") return a && evaluate(r, scope, run);
  if (op === "||") return a || evaluate(r, scope, run);
  if (op === "??") return a ?? evaluate(r, scope, run);
  const b = evaluate(r, scope, run);
  const x = a as number;
  const y = b as number;
  switch (op) {
    case "+": {
      // Only numbers and strings: "[] + {}" is a trap, not an everyday question.
      const ok = (v: unknown) => typeof v === "number" || typeof v === "string";
      if (!ok(a) || !ok(b)) return no("+");
      const out = (a as string) + (b as string);
      if (typeof out === "string" && out.length > 10000) no("long");
      return out;
    }
    case "-":
      return x - y;
    case "*":
      return x * y;
    case "/":
      return x / y;
    case "%":
      return x % y;
    case "**":
      return x ** y;
    case "===":
      return a === b;
    case "!==":
      return a !== b;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    case ">=":
      return x >= y;
    default:
      return no(op);
  }
}

function closure(node: Node, scope: Map<string, Value>, run: Run): (...args: Value[]) => Value {
  const params = ((node.params as Node[] | undefined) ?? []).map((p) =>
    p.type === "Identifier" ? (p.name as string) : no("pattern"),
  );
  return (...args: Value[]) => {
    const inner = new Map(scope);
    params.forEach((p, i) => inner.set(p, args[i]));
    return evaluate(node.body as Node, inner, run);
  };
}

function call(node: Node, scope: Map<string, Value>, run: Run): Value {
  const callee = node.callee as Node;
  const args = (node.arguments as Node[]).map((a) => evaluate(a, scope, run));
  if (callee.type === "Identifier") {
    const name = callee.name as string;
    if (name === "String") return String(args[0]);
    if (name === "Number") return Number(args[0]);
    if (name === "parseInt") return Number.parseInt(String(args[0]), (args[1] as number) ?? 10);
    if (name === "parseFloat") return Number.parseFloat(String(args[0]));
    const fn = scope.get(name);
    if (typeof fn === "function") return fn(...args);
    return no(`function ${name}`);
  }
  if (callee.type !== "MemberExpression" || callee.computed) return no("callee");
  const method = (callee.property as Node).name as string;
  const objNode = callee.object as Node;
  if (objNode.type === "Identifier" && objNode.name === "Math" && !scope.has("Math")) {
    const m = MATH[method];
    if (!m || !args.every((a) => typeof a === "number")) return no("Math");
    return m(...(args as number[]));
  }
  if (objNode.type === "Identifier" && objNode.name === "Array" && method === "isArray") return Array.isArray(args[0]);
  if (objNode.type === "Identifier" && objNode.name === "Object" && !scope.has("Object")) {
    const o = isRecord(args[0]) ? args[0] : no("Object of a non-object");
    if (method === "keys") return Object.keys(o);
    if (method === "values") return Object.values(o);
    if (method === "entries") return Object.entries(o);
    return no(`Object.${method}`);
  }
  const obj = evaluate(objNode, scope, run);
  // A regular expression bound in the scope (jsep reads no literal): /^\d{5}$/.test(code).
  if (obj instanceof RegExp && method === "test") return obj.test(typeof args[0] === "string" ? args[0] : no("test"));
  if (Array.isArray(obj)) return arrayMethod(obj, method, args);
  if (typeof obj === "string") return stringMethod(obj, method, args);
  if (typeof obj === "number" && method === "toFixed") return obj.toFixed(Number(args[0] ?? 0));
  return no(`method ${method}`);
}

/** A plain object of data ({ Mon: 46 }), not an array, a function or a regular expression. */
const isRecord = (v: Value): v is Record<string, Value> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof RegExp);

const fnArg = (v: Value): ((...a: Value[]) => Value) => (typeof v === "function" ? (v as never) : no("callback"));

function arrayMethod(a: Value[], method: string, args: Value[]): Value {
  switch (method) {
    case "map":
      return a.map((x, i) => fnArg(args[0])(x, i));
    case "filter":
      return a.filter((x, i) => fnArg(args[0])(x, i));
    case "reduce":
      if (args.length < 2 && a.length === 0) return no("empty reduce");
      return args.length >= 2
        ? a.reduce((acc, x, i) => fnArg(args[0])(acc, x, i), args[1])
        : a.reduce((acc, x, i) => fnArg(args[0])(acc, x, i));
    case "some":
      return a.some((x, i) => fnArg(args[0])(x, i));
    case "every":
      return a.every((x, i) => fnArg(args[0])(x, i));
    case "find":
      return a.find((x, i) => fnArg(args[0])(x, i));
    case "findIndex":
      return a.findIndex((x, i) => fnArg(args[0])(x, i));
    case "join":
      return a.join(args[0] === undefined ? "," : String(args[0]));
    case "slice":
      return a.slice(args[0] as number, args[1] as number);
    case "includes":
      return a.includes(args[0]);
    case "indexOf":
      return a.indexOf(args[0]);
    case "reverse":
      return [...a].reverse();
    case "sort":
      return args[0] === undefined ? [...a].sort() : [...a].sort((x, y) => fnArg(args[0])(x, y) as number);
    case "concat":
      return a.concat(...(args as Value[][]));
    case "flat":
      return a.flat();
    case "at":
      return a.at(args[0] as number);
    default:
      return no(`array ${method}`);
  }
}

function stringMethod(s: string, method: string, args: Value[]): Value {
  const str = (i: number) => (typeof args[i] === "string" ? (args[i] as string) : no("string arg"));
  switch (method) {
    case "toUpperCase":
      return s.toUpperCase();
    case "toLowerCase":
      return s.toLowerCase();
    case "trim":
      return s.trim();
    case "split":
      return args[0] === undefined ? [s] : s.split(str(0));
    case "includes":
      return s.includes(str(0));
    case "startsWith":
      return s.startsWith(str(0));
    case "endsWith":
      return s.endsWith(str(0));
    case "indexOf":
      return s.indexOf(str(0));
    case "slice":
      return s.slice(args[0] as number, args[1] as number);
    case "charAt":
      return s.charAt(args[0] as number);
    case "at":
      return s.at(args[0] as number);
    case "repeat": {
      const n = args[0] as number;
      return n >= 0 && n * s.length <= 10000 ? s.repeat(n) : no("repeat");
    }
    case "replace":
      return s.replace(str(0), str(1));
    case "replaceAll":
      return s.replaceAll(str(0), str(1));
    case "padStart":
      return (args[0] as number) <= 1000 ? s.padStart(args[0] as number, (args[1] as string) ?? " ") : no("pad");
    default:
      return no(`string ${method}`);
  }
}

/** A value as JavaScript code would write it: [2, 4, 6], "HELLO", true. */
export function show(v: Value): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(show).join(", ")}]`;
  if (v === undefined) return "undefined";
  if (typeof v === "number" && Number.isNaN(v)) return "NaN";
  if (typeof v === "function") return no("function value");
  return String(v);
}

/** A parsed expression's value with the variables given; throws when it is outside the subset. */
export const evaluateIn = (node: Node, scope: Map<string, Value>): Value => evaluate(node, scope, { steps: 0 });

/** The outermost method of an expression ("map" in "[1, 2].map(...).join()" is "join"). */
function outerMethod(node: Node): string | undefined {
  if (node.type === "CallExpression" && (node.callee as Node).type === "MemberExpression")
    return ((node.callee as Node).property as Node).name as string;
  if (node.type === "MemberExpression" && !node.computed) return (node.property as Node).name as string;
  return undefined;
}

export interface Evaluated {
  code: string;
  value: string;
  /** What the outer method does, and its reference page. */
  method?: { does: string; url: string };
}

/** The expression's value, or undefined when it is outside the subset this can work out. */
export function evaluateJs(code: string): Evaluated | undefined {
  const src = code.trim().replace(/;$/, "");
  if (!src || src.length > 300) return undefined;
  try {
    const tree = jsep(src) as Node;
    const value = show(evaluate(tree, new Map(), { steps: 0 }));
    const m = outerMethod(tree);
    const info = m ? METHODS[m] : undefined;
    return {
      code: src,
      value,
      method: info
        ? {
            does: info.does,
            url: `https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/${info.page}`,
          }
        : undefined,
    };
  } catch {
    return undefined;
  }
}

/** The code a "what does X return?" question asks about: in backticks, else between "does" and "return". */
export function expressionAsked(text: string): string | undefined {
  const ticked = /`([^`\n]{1,300})`/.exec(text);
  if (ticked) return ticked[1];
  const m =
    /\bwhat (?:does|will|would)\s+(.+?)\s+(?:return|evaluate to|give(?: back)?|output|produce|log|print)\b/i.exec(
      text,
    ) ??
    /\bwhat is (?:the (?:result|value|output) of\s+)?(.+?)\s+in (?:javascript|js|typescript|ts|node)\b/i.exec(text) ??
    // "In JavaScript, what is '5' + 3?"
    /\bin (?:javascript|js|typescript|ts|node)[,:]?\s+what(?:'s| is)\s+(.+?)\s*\?*\s*$/i.exec(text);
  return m?.[1];
}
