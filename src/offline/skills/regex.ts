/**
 * Simple regular expressions, read piece by piece: "What does ^\d{3}-\d{4}$ match? Give an example."
 * is said in words with one example string built from the pieces and checked against the pattern
 * itself; "a function isZip(s) that uses a regex to check a string is exactly 5 digits" is written.
 * Only anchors, \d \w \s ., short character classes, literal characters and the quantifiers
 * ? * + {n} {n,m} are read (MDN's regular expressions cheat sheet:
 * https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions/Cheatsheet);
 * a group, an alternation or a lookaround is left to the coding skill's decline.
 */
import type { Skill } from "./skill";

const REF = "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions/Cheatsheet";

interface Piece {
  /** "a digit", "a letter a to z", "the character '-'". */
  one: string;
  many: string;
  /** A character that matches. */
  sample: string;
}

function pieces(
  src: string,
): { parts: { piece: Piece; min: number; max: number }[]; start: boolean; end: boolean } | null {
  let s = src;
  const start = s.startsWith("^");
  if (start) s = s.slice(1);
  const end = s.endsWith("$") && !s.endsWith("\\$");
  if (end) s = s.slice(0, -1);
  const parts: { piece: Piece; min: number; max: number }[] = [];
  let i = 0;
  while (i < s.length) {
    let piece: Piece;
    const c = s[i];
    if (c === "\\") {
      const e = s[i + 1];
      if (e === "d") piece = { one: "a digit", many: "digits", sample: "1" };
      else if (e === "w")
        piece = { one: "a letter, digit or underscore", many: "letters, digits or underscores", sample: "a" };
      else if (e === "s") piece = { one: "a space", many: "spaces", sample: " " };
      else if (e && /[.\-+*?()[\]{}^$\\/]/.test(e))
        piece = { one: `the character '${e}'`, many: `'${e}' characters`, sample: e };
      else return null;
      i += 2;
    } else if (c === "[") {
      const close = s.indexOf("]", i);
      if (close < 0) return null;
      const body = s.slice(i + 1, close);
      if (!/^[A-Za-z0-9-]+$/.test(body) || body.startsWith("^")) return null;
      const ranges = body.match(/[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9-]/g) ?? [];
      if (!ranges[0]) return null;
      const said = ranges.map((r) => (r.length === 3 ? `${r[0]} to ${r[2]}` : `'${r}'`)).join(" or ");
      piece = { one: `one of ${said}`, many: `characters from ${said}`, sample: ranges[0][0] };
      i = close + 1;
    } else if (c === ".") {
      piece = { one: "any character", many: "characters of any kind", sample: "x" };
      i++;
    } else if (/[A-Za-z0-9 _\-@:,/#!%&=<>'"]/.test(c)) {
      piece = { one: `the character '${c}'`, many: `'${c}' characters`, sample: c };
      i++;
    } else return null;
    let min = 1;
    let max = 1;
    const q = /^(?:\{(\d{1,3})(?:,(\d{0,3}))?\}|[?*+])/.exec(s.slice(i));
    if (q) {
      if (q[0] === "?") [min, max] = [0, 1];
      else if (q[0] === "*") [min, max] = [0, Number.POSITIVE_INFINITY];
      else if (q[0] === "+") [min, max] = [1, Number.POSITIVE_INFINITY];
      else {
        min = Number(q[1]);
        max = q[2] === undefined ? min : q[2] === "" ? Number.POSITIVE_INFINITY : Number(q[2]);
      }
      i += q[0].length;
    }
    parts.push({ piece, min, max });
  }
  return parts.length ? { parts, start, end } : null;
}

function say(p: { piece: Piece; min: number; max: number }): string {
  const { piece, min, max } = p;
  if (min === 1 && max === 1) return piece.one;
  if (min === 0 && max === 1) return `optionally ${piece.one}`;
  if (min === max) return `exactly ${min} ${piece.many}`;
  if (max === Number.POSITIVE_INFINITY)
    return min === 0
      ? `any number of ${piece.many} (or none)`
      : `${min === 1 ? "one or more" : `${min} or more`} ${piece.many}`;
  return `${min} to ${max} ${piece.many}`;
}

/** A string the pattern matches: each piece its least count (at least once), digits counting up. */
function example(parts: { piece: Piece; min: number }[]): string {
  let digit = 5;
  return parts
    .map((p) =>
      Array.from({ length: Math.max(p.min, p.min === 0 ? 0 : 1) }, () => {
        if (p.piece.sample === "1") return String(digit++ % 10);
        return p.piece.sample;
      }).join(""),
    )
    .join("");
}

function explain(src: string): string | null {
  const read = pieces(src);
  if (!read) return null;
  const sample = example(read.parts);
  let re: RegExp;
  try {
    re = new RegExp(src);
  } catch {
    return null;
  }
  if (!sample || !re.test(sample)) return null;
  const list = read.parts.map(say);
  const seq = list.length > 1 ? `${list.slice(0, -1).join(", then ")}, then ${list[list.length - 1]}` : list[0];
  const whole = read.start && read.end;
  const lead = whole
    ? `It matches a whole string that is ${seq}, and nothing else`
    : read.start
      ? `It matches text that starts with ${seq}`
      : read.end
        ? `It matches text that ends with ${seq}`
        : `It matches ${seq} anywhere in the text`;
  return `${lead}. For example: \`${sample}\`.`;
}

/** "a function isZip(s) that uses a regex to check whether a string is exactly 5 digits". */
function written(text: string): string | null {
  const fn = /\b([A-Za-z_$][\w$]{1,40})\s*\(\s*([A-Za-z_$][\w$]*)\s*\)/.exec(text);
  const what = /\bexactly\s+(\d{1,3})\s+(digits|letters|characters)\b/i.exec(text);
  if (!fn || !what || !/\bregex|regular expression\b/i.test(text)) return null;
  const lang = /\bpython\b/i.test(text)
    ? "python"
    : /\btypescript\b|\bts\b/i.test(text)
      ? "ts"
      : /\bjavascript\b|\bjs\b/i.test(text)
        ? "js"
        : null;
  if (!lang) return null;
  const cls = /digit/i.test(what[2]) ? "\\d" : /letter/i.test(what[2]) ? "[A-Za-z]" : ".";
  const pattern = `^${cls}{${what[1]}}$`;
  const [name, p] = [fn[1], fn[2]];
  const code =
    lang === "python"
      ? `import re\n\ndef ${name}(${p}):\n    return re.fullmatch(r"${cls}{${what[1]}}", ${p}) is not None`
      : `function ${name}(${p}${lang === "ts" ? ": string" : ""})${lang === "ts" ? ": boolean" : ""} {\n  return /${pattern}/.test(${p});\n}`;
  // Examples built for this N and checked against the pattern itself.
  const n = Number(what[1]);
  const good = (cls === "\\d" ? "1234567890" : "abcdefghij").repeat(Math.ceil(n / 10) + 1).slice(0, n);
  const long = `${good}${good.charAt(0) || "1"}`;
  const bad = n > 1 ? `${good.slice(0, -1)}!` : "!";
  const re = new RegExp(pattern);
  if (!n || !re.test(good) || re.test(long) || re.test(bad)) return null;
  const t = lang === "python" ? ["True", "False"] : ["true", "false"];
  const note =
    lang === "python"
      ? `\`re.fullmatch\` only succeeds when the whole string matches: "${good}" gives ${t[0]}, "${long}" and "${bad}" give ${t[1]}.`
      : `\`^\` and \`$\` tie the pattern to the start and end: "${good}" gives ${t[0]}, "${long}" and "${bad}" give ${t[1]}.`;
  const fence = lang === "python" ? "python" : lang;
  const ref = lang === "python" ? "https://docs.python.org/3/library/re.html#re.fullmatch" : REF;
  return `Here's \`${name}\`:\n\n\`\`\`${fence}\n${code}\n\`\`\`\n\n${note}\n\nReference: ${ref}`;
}

export const regex: Skill = {
  name: "regex",
  does: "says what a simple regular expression matches, with an example it matches, or writes an exactly-N-characters check",
  reply({ lastUser, json }) {
    if (json || lastUser.length > 600) return null;
    const made = written(lastUser);
    if (made) return { texts: [{ text: made, weight: 1 }], exact: true };
    if (!/\b(?:regex|regexp|regular expression|pattern)\b/i.test(lastUser)) return null;
    if (!/\b(?:what|explain|match(?:es)?|mean)\b/i.test(lastUser)) return null;
    const src =
      /`\/?([^`]+?)\/?`/.exec(lastUser)?.[1] ??
      /\/(\^?[^\s/]+\$?)\/[gimsuy]*/.exec(lastUser)?.[1] ??
      /(?:^|\s|:)(\^[^\s]*?\$?)(?=\s|$|\s*\?)/.exec(lastUser)?.[1];
    if (!src) return null;
    const said = explain(src);
    if (!said) return null;
    return {
      texts: [
        { text: `${said}\n\nReference: ${REF}`, weight: 0.6 },
        { text: `\`${src}\`: ${said.charAt(0).toLowerCase()}${said.slice(1)}\n\nReference: ${REF}`, weight: 0.4 },
      ],
      exact: true,
    };
  },
};
