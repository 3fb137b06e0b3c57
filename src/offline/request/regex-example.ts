/**
 * A string that matches a regular expression, for Structured Outputs' `pattern`. Handles the
 * constructs schemas use (anchors, classes, escapes, groups, alternation, quantifiers) and
 * returns undefined for anything else; the caller then falls back to trying candidate strings.
 */
import { compilePattern } from "./pattern";

type Node =
  | { kind: "seq"; items: Node[] }
  | { kind: "alt"; options: Node[] }
  | { kind: "chars"; sample: string }
  | { kind: "repeat"; node: Node; min: number; max: number };

export function regexExample(source: string, preferredLength = 3): string | undefined {
  const pattern = compilePattern(source);
  if (typeof pattern === "string") return undefined;
  try {
    const parser = new Parser(source);
    const node = parser.alternation();
    if (!parser.done()) return undefined;
    const out = generate(node, preferredLength, { left: MAX_EXAMPLE_LENGTH });
    return pattern.test(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** Longer examples are abandoned (nested repeats multiply); the caller falls back to candidates. */
const MAX_EXAMPLE_LENGTH = 20_000;

function generate(node: Node, preferred: number, budget: { left: number }): string {
  switch (node.kind) {
    case "seq":
      return node.items.map((n) => generate(n, preferred, budget)).join("");
    case "alt":
      return generate(node.options[0], preferred, budget);
    case "chars":
      budget.left -= node.sample.length;
      if (budget.left < 0) throw new Error("example too long");
      return node.sample;
    case "repeat": {
      const count = Math.min(Math.max(node.min, Math.min(preferred, node.max)), Math.max(node.min, 64));
      let s = "";
      for (let i = 0; i < count; i++) s += generate(node.node, preferred, budget);
      return s;
    }
  }
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  done(): boolean {
    return this.i >= this.src.length;
  }

  alternation(): Node {
    const options = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      options.push(this.sequence());
    }
    return options.length === 1 ? options[0] : { kind: "alt", options };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      if (atom) items.push(this.quantified(atom));
    }
    return { kind: "seq", items };
  }

  private atom(): Node | null {
    const c = this.src[this.i++];
    switch (c) {
      case "^":
      case "$":
        return null;
      case "(": {
        if (this.src.startsWith("?:", this.i)) this.i += 2;
        else if (this.src[this.i] === "?") throw new Error("lookaround");
        const inner = this.alternation();
        if (this.src[this.i++] !== ")") throw new Error("unclosed group");
        return inner;
      }
      case "[":
        return this.charClass();
      case ".":
        return { kind: "chars", sample: "a" };
      case "\\":
        return this.escape();
      default:
        if ("*+?{".includes(c)) throw new Error("dangling quantifier");
        return { kind: "chars", sample: c };
    }
  }

  private escape(): Node {
    const c = this.src[this.i++];
    const classes: Record<string, string> = { d: "1", w: "a", s: " ", D: "a", W: "-", S: "a", b: "", B: "" };
    if (c in classes) return { kind: "chars", sample: classes[c] };
    if (c === "u" && this.src[this.i] === "{") {
      const end = this.src.indexOf("}", this.i);
      const code = parseInt(this.src.slice(this.i + 1, end), 16);
      this.i = end + 1;
      return { kind: "chars", sample: String.fromCodePoint(code) };
    }
    return { kind: "chars", sample: c };
  }

  private charClass(): Node {
    const negated = this.src[this.i] === "^";
    if (negated) this.i++;
    const members: string[] = [];
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== "]" || first)) {
      first = false;
      let c = this.src[this.i++];
      if (c === "\\") {
        const e = this.src[this.i++];
        const classes: Record<string, string> = { d: "1", w: "a", s: " " };
        c = classes[e] ?? e;
      }
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        let to = this.src[this.i++];
        if (to === "\\") to = this.src[this.i++];
        members.push(
          c <= "a" && to >= "a"
            ? "a"
            : c <= "A" && to >= "A"
              ? "A"
              : c <= "0" && to >= "0"
                ? "1" <= to && c <= "1"
                  ? "1"
                  : "0"
                : c,
        );
      } else members.push(c);
    }
    if (this.src[this.i++] !== "]") throw new Error("unclosed class");
    if (!negated) return { kind: "chars", sample: members[0] ?? "a" };
    const pick = ["a", "x", "1", "A", "_", " "].find((candidate) => !members.includes(candidate));
    return { kind: "chars", sample: pick ?? "~" };
  }

  private quantified(node: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.src.slice(this.i));
      if (!m) return node;
      min = m[1] ? Number(m[1]) : 0;
      max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      this.i += m[0].length - 1;
    } else return node;
    this.i++;
    if (this.src[this.i] === "?" || this.src[this.i] === "+") this.i++;
    return { kind: "repeat", node, min, max };
  }
}
