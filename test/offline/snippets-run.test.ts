import { execFileSync } from "node:child_process";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { type CodeLanguage, SNIPPETS } from "../../src/offline/corpus/snippets";

/**
 * Every snippet in every language is code that parses, and the function snippets give the right
 * answer when run: a snippet is sent as an answer, so it must be correct, not only plausible.
 */
const LANGS: CodeLanguage[] = ["typescript", "javascript", "python"];

const hasPython = (() => {
  try {
    execFileSync("python3", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

/** Calls of a function snippet (default name and parameters) and what each returns. */
const CALLS: Record<string, [unknown[], unknown][]> = {
  "reverse-string": [[["stressed"], "desserts"]],
  "reverse-list": [[[[1, 2, 3]], [3, 2, 1]]],
  palindrome: [
    [["Racecar"], true],
    [["kayaks"], false],
  ],
  "is-even": [
    [[4], true],
    [[7], false],
  ],
  "is-odd": [
    [[7], true],
    [[4], false],
  ],
  "filter-even": [[[[1, 2, 3, 4, 5, 6, -2]], [2, 4, 6, -2]]],
  "filter-odd": [[[[1, 2, 3, 4, 5, -3]], [1, 3, 5, -3]]],
  "max-list": [[[[3, 9, 2]], 9]],
  "min-list": [[[[3, 9, 2]], 2]],
  factorial: [[[5], 120]],
  "is-prime": [
    [[13], true],
    [[15], false],
  ],
  "count-vowels": [[["banana"], 3]],
  "remove-duplicates": [[[[1, 2, 2, 3, 1]], [1, 2, 3]]],
  "celsius-fahrenheit": [[[100], 212]],
  square: [[[7], 49]],
};

const jsOf = (lang: CodeLanguage, code: string) => {
  const js = lang === "typescript" ? ts.transpileModule(code, { compilerOptions: { target: 99 } }).outputText : code;
  return js.replace(/^import .*$/gm, "");
};

describe("snippets are correct code", () => {
  for (const s of SNIPPETS)
    for (const lang of LANGS) {
      const written = s.write(lang, s.name, s.params, "");
      if (lang === "python")
        it.skipIf(!hasPython)(`${s.id} in Python parses${CALLS[s.id] ? " and runs" : ""}`, () => {
          const name = s.name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
          const code = s.write(lang, name, s.params, "").code;
          const calls = (CALLS[s.id] ?? []).map(
            ([args]) => `print(json.dumps(${name}(*json.loads(${JSON.stringify(JSON.stringify(args))}))))`,
          );
          const program = calls.length
            ? `import json\n${code}\n${calls.join("\n")}`
            : `import ast\nast.parse(${JSON.stringify(code)})`;
          const out = execFileSync("python3", ["-c", program], { encoding: "utf8" }).trim().split("\n");
          if (calls.length)
            expect(
              out.map((l) => JSON.parse(l)),
              s.id,
            ).toEqual((CALLS[s.id] ?? []).map(([, r]) => r));
        });
      else
        it(`${s.id} in ${lang} ${lang === "typescript" ? "type-checks" : "parses"}${CALLS[s.id] ? " and runs" : ""}`, () => {
          if (lang === "typescript") {
            const out = ts.transpileModule(written.code, { reportDiagnostics: true, compilerOptions: { target: 99 } });
            expect(out.diagnostics ?? [], s.id).toEqual([]);
          }
          const run = new Function(
            `${jsOf(lang, written.code)}\nreturn typeof ${s.name} === "function" ? ${s.name} : undefined;`,
          );
          const f = s.kind === "function" ? run() : undefined;
          for (const [args, want] of CALLS[s.id] ?? []) expect(f(...args), s.id).toEqual(want);
        });
    }
});
