/**
 * "What does this code print? print(len('hello'))": a few lines of beginner Python worked out, not
 * guessed. A small tokenizer and parser read a safe subset (numbers, strings, lists, names set by
 * `x = ...`, arithmetic with Python's own rules for /, //, % and **, comparisons, and/or/not,
 * indexing and slicing, and the everyday built-ins and string methods below); print() writes what
 * Python's print writes (3.0 for a float that is whole, lists in Python's repr). Anything outside
 * the subset (a loop, a def, an import, f-strings, a method it does not know) is not run: the
 * coding skill then says plainly that it does not run code.
 */

class Unsupported extends Error {}
const no = (why: string): never => {
  throw new Unsupported(why);
};

type Value =
  | { t: "int"; v: number }
  | { t: "float"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "none" }
  /** `range` marks a range(): Python shows it as range(0, 3), not as a list, and it does not add to one. */
  | { t: "list"; v: Value[]; range?: boolean };

const int = (v: number): Value => (Number.isSafeInteger(v) ? { t: "int", v } : no("big int"));
const float = (v: number): Value => (Number.isFinite(v) ? { t: "float", v } : no("inf"));
const str = (v: string): Value => (v.length <= 10000 ? { t: "str", v } : no("long"));
const bool = (v: boolean): Value => ({ t: "bool", v });
const NONE: Value = { t: "none" };

/** Python's repr of a float: "3.0", "0.5", "0.30000000000000004"; exponents are left out of the subset. */
function floatText(v: number): string {
  if (Number.isInteger(v)) return Math.abs(v) < 1e16 ? `${v}.0` : no("exponent");
  const s = String(v);
  return /e/.test(s) ? no("exponent") : s;
}

function strRepr(s: string): string {
  const q = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t");
  return q === "'" ? `'${body.replace(/'/g, "\\'")}'` : `"${body}"`;
}

function repr(x: Value): string {
  switch (x.t) {
    case "int":
      return String(x.v);
    case "float":
      return floatText(x.v);
    case "str":
      return strRepr(x.v);
    case "bool":
      return x.v ? "True" : "False";
    case "none":
      return "None";
    case "list":
      return x.range ? no("range repr") : `[${x.v.map(repr).join(", ")}]`;
  }
}

/** What print() writes for a value: a string as it is, anything else as its repr. */
function printed(x: Value): string {
  return x.t === "str" ? x.v : repr(x);
}

// ---- tokens ---------------------------------------------------------------------------------

type Tok = { k: "num" | "str" | "name" | "op" | "end"; s: string };

const OPS = [
  "**",
  "//",
  "==",
  "!=",
  "<=",
  ">=",
  "+",
  "-",
  "*",
  "/",
  "%",
  "<",
  ">",
  "(",
  ")",
  "[",
  "]",
  ",",
  ":",
  "=",
  ".",
];

function tokenize(line: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " " || c === "\t") {
      i++;
      continue;
    }
    if (c === "#") break;
    const num = /^(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?/.exec(line.slice(i));
    if (num && /\d/.test(c + (line[i + 1] ?? ""))) {
      if (/[eE]/.test(num[0])) no("exponent");
      out.push({ k: "num", s: num[0] });
      i += num[0].length;
      continue;
    }
    if (c === "'" || c === '"') {
      if (line.startsWith(c.repeat(3), i)) no("triple quotes");
      let j = i + 1;
      let s = "";
      while (j < line.length && line[j] !== c) {
        if (line[j] === "\\") {
          const e = line[j + 1];
          s += e === "n" ? "\n" : e === "t" ? "\t" : e === "\\" || e === "'" || e === '"' ? e : no("escape");
          j += 2;
        } else s += line[j++];
      }
      if (j >= line.length) no("unclosed string");
      // f-strings, bytes and raw strings are outside the subset.
      if (out.length && out[out.length - 1].k === "name" && /^[fbru]+$/i.test(out[out.length - 1].s)) no("prefix");
      out.push({ k: "str", s });
      i = j + 1;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(line.slice(i));
    if (name) {
      out.push({ k: "name", s: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => line.startsWith(o, i));
    if (!op) return no(`character ${c}`);
    out.push({ k: "op", s: op });
    i += op.length;
  }
  out.push({ k: "end", s: "" });
  return out;
}

// ---- parsing and evaluation together (the subset has no functions, so one pass will do) -------------

interface Run {
  vars: Map<string, Value>;
  steps: number;
  out: string[];
  /** The built-ins and methods the code called, for the explanation after the result. */
  used: string[];
}

class Parser {
  private i = 0;
  constructor(
    private readonly toks: Tok[],
    private readonly run: Run,
  ) {}

  private peek(): Tok {
    return this.toks[this.i];
  }
  private next(): Tok {
    return this.toks[this.i++];
  }
  private isOp(s: string): boolean {
    const t = this.peek();
    return t.k === "op" && t.s === s;
  }
  private isName(s: string): boolean {
    const t = this.peek();
    return t.k === "name" && t.s === s;
  }
  private expect(s: string): void {
    if (!this.isOp(s)) no(`expected ${s}`);
    this.i++;
  }
  atEnd(): boolean {
    return this.peek().k === "end";
  }

  /**
   * "[n * n for n in range(4) if n % 2 == 0]", read just after its "[": the element and the
   * condition are read again for each item, with the loop's name set; the name does not outlive it.
   */
  comprehension(): Value | undefined {
    const start = this.i;
    let depth = 0;
    let at = -1;
    for (let k = start; k < this.toks.length; k++) {
      const t = this.toks[k];
      if (t.k === "end") return undefined;
      if (t.k === "op" && (t.s === "[" || t.s === "(")) depth++;
      if (t.k === "op" && (t.s === "]" || t.s === ")")) {
        if (depth === 0) return undefined;
        depth--;
      }
      if (depth === 0 && t.k === "name" && t.s === "for") {
        at = k;
        break;
      }
    }
    if (at < 0) return undefined;
    this.i = at + 1;
    const name = this.next();
    if (name.k !== "name" || !this.isName("in")) return no("comprehension");
    this.i++;
    const source = this.expr();
    const seq = source.t === "list" ? source.v : source.t === "str" ? [...source.v].map(str) : no("iterable");
    let cond = -1;
    if (this.isName("if")) {
      cond = ++this.i;
      this.skipTo("]");
    }
    this.expect("]");
    const after = this.i;
    const before = this.run.vars.get(name.s);
    const out: Value[] = [];
    for (const item of seq) {
      if (++this.run.steps > 2000) no("steps");
      this.run.vars.set(name.s, item);
      if (cond >= 0) {
        this.i = cond;
        if (!truthy(this.expr()) || !this.isOp("]")) {
          if (!this.isOp("]")) no("condition");
          continue;
        }
      }
      this.i = start;
      out.push(this.expr());
      if (this.i !== at) no("element");
    }
    if (before) this.run.vars.set(name.s, before);
    else this.run.vars.delete(name.s);
    this.run.used.unshift("comprehension");
    this.i = after;
    return { t: "list", v: out };
  }

  /** Moves to the next "close" at this depth. */
  private skipTo(close: string): void {
    let depth = 0;
    while (this.peek().k !== "end") {
      const t = this.peek();
      if (t.k === "op" && (t.s === "[" || t.s === "(")) depth++;
      if (t.k === "op" && (t.s === "]" || t.s === ")")) {
        if (depth === 0 && t.s === close) return;
        depth--;
      }
      this.i++;
    }
  }

  statement(): void {
    if (++this.run.steps > 200) no("steps");
    const t = this.peek();
    const after = this.toks[this.i + 1];
    if (t.k === "name" && after?.k === "op" && after.s === "=") {
      if (/^(?:print|len|str|int|float|sum|max|min|sorted|abs|True|False|None)$/.test(t.s)) no("shadowing");
      this.i += 2;
      this.run.vars.set(t.s, this.expr());
      return;
    }
    if (t.k === "name" && t.s === "print" && after?.k === "op" && after.s === "(") {
      this.i += 2;
      const args: Value[] = [];
      while (!this.isOp(")")) {
        args.push(this.expr());
        if (!this.isOp(")")) this.expect(",");
      }
      this.expect(")");
      this.run.out.push(args.map(printed).join(" "));
      return;
    }
    // A bare expression prints nothing in a script.
    this.expr();
  }

  expr(): Value {
    return this.or();
  }

  private or(): Value {
    let a = this.and();
    while (this.isName("or")) {
      this.i++;
      const b = this.and();
      a = truthy(a) ? a : b;
    }
    return a;
  }

  private and(): Value {
    let a = this.not();
    while (this.isName("and")) {
      this.i++;
      const b = this.not();
      a = truthy(a) ? b : a;
    }
    return a;
  }

  private not(): Value {
    if (this.isName("not")) {
      this.i++;
      return bool(!truthy(this.not()));
    }
    return this.comparison();
  }

  private comparison(): Value {
    const a = this.sum();
    const t = this.peek();
    const op =
      t.k === "op" && ["==", "!=", "<", ">", "<=", ">="].includes(t.s)
        ? t.s
        : t.k === "name" && t.s === "in"
          ? "in"
          : t.k === "name" && t.s === "not" && this.toks[this.i + 1]?.s === "in"
            ? "not in"
            : undefined;
    if (!op) return a;
    this.i += op === "not in" ? 2 : 1;
    const b = this.sum();
    // A chain (1 < x < 3) is outside the subset.
    const next = this.peek();
    if (next.k === "op" && ["==", "!=", "<", ">", "<=", ">="].includes(next.s)) no("chained comparison");
    return compare(op, a, b);
  }

  private sum(): Value {
    let a = this.term();
    while (this.isOp("+") || this.isOp("-")) {
      const op = this.next().s;
      a = arith(op, a, this.term());
    }
    return a;
  }

  private term(): Value {
    let a = this.unary();
    while (this.isOp("*") || this.isOp("/") || this.isOp("//") || this.isOp("%")) {
      const op = this.next().s;
      a = arith(op, a, this.unary());
    }
    return a;
  }

  private unary(): Value {
    if (this.isOp("-")) {
      this.i++;
      const v = this.unary();
      return v.t === "int" ? int(-v.v) : v.t === "float" ? float(-v.v) : no("unary -");
    }
    if (this.isOp("+")) {
      this.i++;
      const v = this.unary();
      return v.t === "int" || v.t === "float" ? v : no("unary +");
    }
    return this.power();
  }

  private power(): Value {
    const base = this.postfix();
    if (this.isOp("**")) {
      this.i++;
      // ** binds tighter than a unary minus on its left and looser on its right: -2 ** 2 is -4.
      return arith("**", base, this.unary());
    }
    return base;
  }

  private postfix(): Value {
    let v = this.atom();
    for (;;) {
      if (this.isOp("[")) {
        this.i++;
        v = this.subscript(v);
      } else if (this.isOp(".")) {
        this.i++;
        const name = this.next();
        if (name.k !== "name") no("attribute");
        this.expect("(");
        const args = this.args();
        v = method(v, name.s, args, this.run);
      } else return v;
    }
  }

  private args(): Value[] {
    const args: Value[] = [];
    while (!this.isOp(")")) {
      if (this.peek().k === "name" && this.toks[this.i + 1]?.s === "=") no("keyword argument");
      args.push(this.expr());
      if (!this.isOp(")")) this.expect(",");
    }
    this.expect(")");
    return args;
  }

  private subscript(v: Value): Value {
    const part = (): Value | undefined => (this.isOp(":") || this.isOp("]") ? undefined : this.expr());
    const start = part();
    if (this.isOp("]")) {
      this.i++;
      if (!start) return no("empty index");
      return index(v, start);
    }
    this.expect(":");
    const stop = part();
    let step: Value | undefined;
    if (this.isOp(":")) {
      this.i++;
      step = part();
    }
    this.expect("]");
    return slice(v, start, stop, step);
  }

  private atom(): Value {
    const t = this.next();
    if (t.k === "num") return /[.]/.test(t.s) ? float(Number(t.s)) : int(Number(t.s));
    if (t.k === "str") {
      // Adjacent literals join: "ab" "cd".
      let s = t.s;
      while (this.peek().k === "str") s += this.next().s;
      return str(s);
    }
    if (t.k === "op" && t.s === "(") {
      const v = this.expr();
      if (this.isOp(",")) no("tuple");
      this.expect(")");
      return v;
    }
    if (t.k === "op" && t.s === "[") {
      const made = this.comprehension();
      if (made) return made;
      const items: Value[] = [];
      while (!this.isOp("]")) {
        items.push(this.expr());
        if (items.length > 1000) no("long list");
        if (!this.isOp("]")) this.expect(",");
      }
      this.i++;
      return { t: "list", v: items };
    }
    if (t.k === "name") {
      if (t.s === "True") return bool(true);
      if (t.s === "False") return bool(false);
      if (t.s === "None") return NONE;
      if (this.isOp("(")) {
        this.i++;
        return builtin(t.s, this.args(), this.run);
      }
      const v = this.run.vars.get(t.s);
      return v ?? no(`name ${t.s}`);
    }
    return no(`token ${t.s}`);
  }
}

function truthy(x: Value): boolean {
  switch (x.t) {
    case "int":
    case "float":
      return x.v !== 0;
    case "str":
      return x.v !== "";
    case "bool":
      return x.v;
    case "none":
      return false;
    case "list":
      return x.v.length > 0;
  }
}

const numeric = (x: Value): x is { t: "int" | "float"; v: number } => x.t === "int" || x.t === "float";

function arith(op: string, a: Value, b: Value): Value {
  if (numeric(a) && numeric(b)) {
    const isInt = a.t === "int" && b.t === "int";
    const x = a.v;
    const y = b.v;
    const make = (v: number) => (isInt ? int(v) : float(v));
    switch (op) {
      case "+":
        return make(x + y);
      case "-":
        return make(x - y);
      case "*":
        return make(x * y);
      case "/":
        return y === 0 ? no("ZeroDivisionError") : float(x / y);
      case "//":
        return y === 0 ? no("ZeroDivisionError") : make(Math.floor(x / y));
      case "%": {
        if (y === 0) return no("ZeroDivisionError");
        // Python's remainder takes the sign of the divisor: -7 % 3 is 2.
        return make(((x % y) + y) % y);
      }
      case "**":
        if (isInt && y >= 0) return int(x ** y);
        return float(x ** y);
    }
  }
  if (op === "+" && a.t === "str" && b.t === "str") return str(a.v + b.v);
  if ((a.t === "list" && a.range) || (b.t === "list" && b.range)) return no("range arithmetic");
  if (op === "+" && a.t === "list" && b.t === "list") return { t: "list", v: [...a.v, ...b.v] };
  if (op === "*") {
    const [s, n] = a.t === "int" ? [b, a] : [a, b];
    if (n.t === "int" && s.t === "str") return str(n.v > 0 ? s.v.repeat(Math.min(n.v, 10001)) : "");
    if (n.t === "int" && s.t === "list" && n.v * s.v.length <= 1000)
      return { t: "list", v: Array.from({ length: Math.max(0, n.v) }, () => s.v).flat() };
  }
  return no(`${a.t} ${op} ${b.t}`);
}

function equal(a: Value, b: Value): boolean {
  if (numeric(a) && numeric(b)) return a.v === b.v;
  if ((a.t === "list" && a.range) || (b.t === "list" && b.range)) return no("range equality");
  if (a.t === "list" && b.t === "list") return a.v.length === b.v.length && a.v.every((x, i) => equal(x, b.v[i]));
  if (a.t !== b.t) return false;
  if (a.t === "none") return true;
  return (a as { v: unknown }).v === (b as { v: unknown }).v;
}

function compare(op: string, a: Value, b: Value): Value {
  if (op === "==") return bool(equal(a, b));
  if (op === "!=") return bool(!equal(a, b));
  if (op === "in" || op === "not in") {
    let found: boolean;
    if (b.t === "str" && a.t === "str") found = b.v.includes(a.v);
    else if (b.t === "list") found = b.v.some((x) => equal(x, a));
    else return no("in");
    return bool(op === "in" ? found : !found);
  }
  const pair = numeric(a) && numeric(b) ? [a.v, b.v] : a.t === "str" && b.t === "str" ? [a.v, b.v] : no("ordering");
  const [x, y] = pair as [number, number];
  return bool(op === "<" ? x < y : op === ">" ? x > y : op === "<=" ? x <= y : x >= y);
}

function position(i: Value, length: number): number {
  if (i.t !== "int") return no("index type");
  const at = i.v < 0 ? length + i.v : i.v;
  return at >= 0 && at < length ? at : no("IndexError");
}

function index(v: Value, i: Value): Value {
  if (v.t === "str") return str(v.v[position(i, v.v.length)]);
  if (v.t === "list") return v.v[position(i, v.v.length)];
  return no("subscript");
}

function slice(v: Value, start?: Value, stop?: Value, step?: Value): Value {
  const n = (x: Value | undefined) =>
    x === undefined || x.t === "none" ? undefined : x.t === "int" ? x.v : no("slice");
  const s = n(step) ?? 1;
  if (s === 0) return no("slice step 0");
  const items: unknown[] = v.t === "str" ? [...v.v] : v.t === "list" && !v.range ? v.v : no("slice");
  if ([...(v.t === "str" ? v.v : "")].length !== (v.t === "str" ? v.v.length : 0)) no("astral");
  const len = items.length;
  const clamp = (x: number, lo: number, hi: number) => Math.min(Math.max(x, lo), hi);
  const norm = (x: number | undefined, dflt: number, lo: number, hi: number) =>
    x === undefined ? dflt : clamp(x < 0 ? x + len : x, lo, hi);
  const out: unknown[] = [];
  if (s > 0) {
    for (let i = norm(n(start), 0, 0, len); i < norm(n(stop), len, 0, len); i += s) out.push(items[i]);
  } else {
    for (let i = norm(n(start), len - 1, -1, len - 1); i > norm(n(stop), -1, -1, len - 1); i += s) out.push(items[i]);
  }
  return v.t === "str" ? str((out as string[]).join("")) : { t: "list", v: out as Value[] };
}

function numbers(xs: Value[]): Value[] {
  return xs.every(numeric) ? xs : no("numbers");
}

function builtin(name: string, args: Value[], run: Run): Value {
  run.used.push(name);
  const [a] = args;
  switch (name) {
    case "len":
      if (args.length !== 1) return no("len args");
      return a.t === "str" ? int([...a.v].length) : a.t === "list" ? int(a.v.length) : no("len");
    case "str":
      return str(args.length ? printed(a) : "");
    case "repr":
      if (args.length !== 1) return no("repr args");
      return str(repr(a));
    case "int":
      if (a.t === "int") return a;
      if (a.t === "float") return int(Math.trunc(a.v));
      if (a.t === "bool") return int(a.v ? 1 : 0);
      if (a.t === "str" && /^\s*[+-]?\d+\s*$/.test(a.v)) return int(Number(a.v));
      return no("int()");
    case "float":
      if (numeric(a)) return float(a.v);
      if (a.t === "str" && /^\s*[+-]?(?:\d+\.?\d*|\.\d+)\s*$/.test(a.v)) return float(Number(a.v));
      return no("float()");
    case "abs":
      return a.t === "int" ? int(Math.abs(a.v)) : a.t === "float" ? float(Math.abs(a.v)) : no("abs");
    case "sum": {
      const xs = a?.t === "list" ? numbers(a.v) : no("sum");
      return xs.reduce((acc, x) => arith("+", acc, x), int(0) as Value);
    }
    case "max":
    case "min": {
      const xs = args.length === 1 ? (a.t === "list" ? a.v : no("max")) : args;
      if (!xs.length) return no("ValueError");
      return xs.reduce((best, x) => (truthy(compare(name === "max" ? ">" : "<", x, best)) ? x : best));
    }
    case "sorted": {
      const xs = a?.t === "list" && args.length === 1 ? [...a.v] : no("sorted");
      xs.sort((x, y) => (truthy(compare("<", x, y)) ? -1 : truthy(compare(">", x, y)) ? 1 : 0));
      return { t: "list", v: xs };
    }
    case "bool":
      return bool(args.length ? truthy(a) : false);
    case "range": {
      const ns = args.map((x) => (x.t === "int" ? x.v : no("range arg")));
      const [start, stop, step] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2] ?? 1];
      if (step === 0 || ns.length === 0 || ns.length > 3) return no("range");
      const count = Math.max(0, Math.ceil((stop - start) / step));
      if (count > 1000) return no("long range");
      return { t: "list", v: Array.from({ length: count }, (_, k) => int(start + k * step)), range: true };
    }
    default:
      return no(`function ${name}`);
  }
}

function method(v: Value, name: string, args: Value[], run: Run): Value {
  run.used.push(`${v.t}.${name}`);
  const s = (i: number) => (args[i]?.t === "str" ? (args[i] as { v: string }).v : no("str arg"));
  if (v.t === "str") {
    switch (name) {
      case "upper":
        return str(v.v.toUpperCase());
      case "lower":
        return str(v.v.toLowerCase());
      // Python's title(): every run of letters starts with a capital, so "they're" becomes "They'Re".
      case "title":
        return str(v.v.replace(/\p{L}+/gu, (w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()));
      case "capitalize":
        return str(v.v.charAt(0).toUpperCase() + v.v.slice(1).toLowerCase());
      case "strip":
        return args.length ? no("strip chars") : str(v.v.trim());
      case "replace":
        return str(v.v.split(s(0)).join(s(1)));
      case "startswith":
        return bool(v.v.startsWith(s(0)));
      case "endswith":
        return bool(v.v.endsWith(s(0)));
      case "count":
        return s(0) ? int(v.v.split(s(0)).length - 1) : no("count empty");
      case "find":
        return int(v.v.indexOf(s(0)));
      case "split":
        return args.length
          ? s(0)
            ? { t: "list", v: v.v.split(s(0)).map(str) }
            : no("empty separator")
          : { t: "list", v: v.v.split(/\s+/).filter(Boolean).map(str) };
      case "join":
        return args[0]?.t === "list" && args[0].v.every((x) => x.t === "str")
          ? str(args[0].v.map((x) => (x as { v: string }).v).join(v.v))
          : no("join");
      default:
        return no(`str.${name}`);
    }
  }
  if (v.t === "list") {
    switch (name) {
      case "index": {
        const at = v.v.findIndex((x) => equal(x, args[0]));
        return at >= 0 ? int(at) : no("ValueError");
      }
      case "count":
        return int(v.v.filter((x) => equal(x, args[0])).length);
      default:
        return no(`list.${name}`);
    }
  }
  return no(`method ${name}`);
}

/** What the built-in or method the code used does, and its page in the Python docs. */
const DOCS: Record<string, { does: string; url: string }> = {
  len: { does: "`len()` counts the items of a list or the characters of a string", url: "library/functions.html#len" },
  sum: { does: "`sum()` adds up the items", url: "library/functions.html#sum" },
  max: { does: "`max()` gives the largest item", url: "library/functions.html#max" },
  min: { does: "`min()` gives the smallest item", url: "library/functions.html#min" },
  range: { does: "`range(n)` counts from 0 up to, not including, n", url: "library/stdtypes.html#range" },
  sorted: { does: "`sorted()` returns a new list in ascending order", url: "library/functions.html#sorted" },
  int: { does: "`int()` makes a whole number, dropping any fraction", url: "library/functions.html#int" },
  str: { does: "`str()` turns the value into text", url: "library/functions.html#func-str" },
  abs: { does: "`abs()` drops the minus sign", url: "library/functions.html#abs" },
  "str.upper": { does: "`upper()` returns the string in capital letters", url: "library/stdtypes.html#str.upper" },
  "str.lower": { does: "`lower()` returns the string in small letters", url: "library/stdtypes.html#str.lower" },
  "str.replace": { does: "`replace()` swaps every match for the new text", url: "library/stdtypes.html#str.replace" },
  "str.title": {
    does: "`title()` starts every word with a capital letter and makes the other letters small",
    url: "library/stdtypes.html#str.title",
  },
  "str.capitalize": {
    does: "`capitalize()` makes the first character a capital and the rest small",
    url: "library/stdtypes.html#str.capitalize",
  },
  comprehension: {
    does: "A list comprehension builds a new list from the expression before `for`, once for each item",
    url: "tutorial/datastructures.html#list-comprehensions",
  },
  "str.split": { does: "`split()` cuts the string into a list of words", url: "library/stdtypes.html#str.split" },
};

export interface PythonRun {
  output: string;
  /** A clause on the built-in the code leans on, with its page, when one is known. */
  note?: { does: string; url: string };
}

/** What the code prints, or undefined when it is outside the subset (or prints nothing). */
export function runPython(code: string): PythonRun | undefined {
  const rows = code
    .replace(/\r/g, "")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""))
    .filter((l) => l.trim() && !/^\s*#/.test(l));
  if (!rows.length || rows.length > 30 || code.length > 1500) return undefined;
  const run: Run = { vars: new Map(), steps: 0, out: [], used: [] };
  try {
    for (let r = 0; r < rows.length; r++) {
      if (/^\s/.test(rows[r])) return undefined;
      // One loop: "for x in ...:" with its body inline or on the indented lines below.
      const loop = /^for\s+([A-Za-z_]\w*)\s+in\s+(.+?):\s*(.*)$/.exec(rows[r]);
      if (loop) {
        const body = loop[3] ? [loop[3]] : [];
        while (!loop[3] && r + 1 < rows.length && /^\s+\S/.test(rows[r + 1])) body.push(rows[++r].trim());
        if (!body.length) return undefined;
        const items = new Parser(tokenize(loop[2]), run).expr();
        const seq = items.t === "list" ? items.v : items.t === "str" ? [...items.v].map(str) : no("iterable");
        for (const item of seq) {
          run.vars.set(loop[1], item);
          for (const line of simple(body)) statement(line, run);
        }
        continue;
      }
      for (const line of simple([rows[r]])) statement(line, run);
    }
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  if (!run.out.length) return undefined;
  const known = run.used.find((u) => DOCS[u]);
  const doc = known ? DOCS[known] : undefined;
  return {
    output: run.out.join("\n"),
    note: doc ? { does: doc.does, url: `https://docs.python.org/3/${doc.url}` } : undefined,
  };
}

/** Lines of simple statements, split at semicolons; a block, an import or a def is outside the subset. */
function simple(rows: string[]): string[] {
  const lines = rows
    .flatMap((l) => l.split(";"))
    .map((l) => l.trim())
    .filter(Boolean);
  for (const l of lines)
    if (/:\s*$/.test(l) || /^(?:import|from|def|class|for|while|if|elif|else|try|with|return|lambda)\b/.test(l))
      no("block");
  return lines;
}

function statement(line: string, run: Run): void {
  const p = new Parser(tokenize(line), run);
  p.statement();
  if (!p.atEnd()) no("trailing tokens");
  if (run.out.length > 200) no("too much output");
}

/**
 * The Python a "what does this print?" message gives: a fenced or backticked block, else the text
 * after the question that holds a print() call. Undefined when there is none.
 */
export function pythonAsked(text: string): string | undefined {
  const fenced = /```(?:python|py)?\s*\n([\s\S]*?)```/i.exec(text);
  if (fenced) return fenced[1];
  const ticked = /`([^`]*\bprint\s*\([^`]*)`/.exec(text);
  if (ticked) return ticked[1];
  const m = /[?:]+\s*((?:[^\n]*\n)*?[^\n]*\bprint\s*\([\s\S]*)$/.exec(text);
  // "im learning print(...)": words before the code on its first line are not code.
  if (m) return m[1].trim().replace(/^[a-z' ]*?\s(?=print\s*\(|[A-Za-z_]\w*\s*=[^=])/i, "");
  // "What does print(10 // 3) print?": the code between the question's words.
  const inline = /\bwhat (?:does|will|would)\s+(print\s*\(.+\))\s+(?:print|output|show|display|give)\b/i.exec(text);
  return inline?.[1];
}
