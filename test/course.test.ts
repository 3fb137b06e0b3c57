/**
 * The course check (like rustlings' `dev check`): every exercise of the manifest has a stub, a
 * solution with the same exports, a grader, hints, mutants and a place in its notebook, and every
 * exercise file has a manifest entry. "Every stub reports not started and every solution passes"
 * is checked on the graders' own run by the summary reporter when WORKBOOK_COURSE_CHECK=1 (CI).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXERCISES } from "../src/course/exercises";
import { listMutants } from "./support/mutants";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const at = (...p: string[]) => path.join(root, ...p);
const read = (file: string) => fs.readFileSync(file, "utf8");
const tsNames = (dir: string, suffix = ".ts") =>
  fs.existsSync(at(dir))
    ? fs
        .readdirSync(at(dir))
        .filter((f) => f.endsWith(suffix) && !f.endsWith(".d.ts"))
        .map((f) => f.slice(0, -suffix.length))
    : [];

const names = EXERCISES.map((e) => e.name);

/**
 * What a module exports, by kind. (Arity is no use: `x?: T` and `x: T = v` are the same signature
 * but differ in `length`; a solution's private helper methods are invisible to TypeScript callers.)
 */
function kinds(module: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(module).map(([key, value]) => [key, kindOf(value)]));
}

function kindOf(value: unknown): string {
  if (typeof value === "function")
    return /^class\b/.test(Function.prototype.toString.call(value)) ? "class" : "function";
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** A class's prototype members (methods and accessors), without the constructor. */
function members(value: unknown): string[] {
  const proto = (value as { prototype?: object }).prototype;
  return proto ? Object.getOwnPropertyNames(proto).filter((m) => m !== "constructor") : [];
}

/** The code of a notebook: the code cells of notebooks/<name>.ipynb and the ```ts fences of its Markdown source, when they exist. */
function notebookCode(notebook: string): { file: string; code: string }[] {
  const found: { file: string; code: string }[] = [];
  const built = at("notebooks", notebook);
  if (fs.existsSync(built)) {
    const nb = JSON.parse(read(built)) as { cells: { cell_type: string; source: string | string[] }[] };
    const code = nb.cells
      .filter((c) => c.cell_type === "code")
      .map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source));
    found.push({ file: `notebooks/${notebook}`, code: code.join("\n") });
  }
  const source = at("notebooks/.source", notebook.replace(/\.ipynb$/, ".md"));
  if (fs.existsSync(source)) {
    const fences = [...read(source).matchAll(/^```(?:ts|typescript)[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]);
    found.push({ file: path.relative(root, source), code: fences.join("\n") });
  }
  return found;
}

describe("course check: the exercise manifest (src/workbook/exercises.ts)", () => {
  it("names each exercise once, with a title, a summary and a notebook", () => {
    const duplicates = names.filter((n, i) => names.indexOf(n) !== i);
    expect(duplicates, `exercise names must be unique; repeated: ${duplicates.join(", ")}`).toEqual([]);
    for (const e of EXERCISES) {
      expect(
        e.name,
        `exercise name ${JSON.stringify(e.name)} must be a file name: lower case, digits and dashes`,
      ).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.title.trim(), `${e.name} needs a title`).not.toBe("");
      expect(e.summary.trim(), `${e.name} needs a summary`).not.toBe("");
      expect(e.notebook, `${e.name}'s notebook must be a notebooks/*.ipynb file name`).toMatch(/^[\w.-]+\.ipynb$/);
    }
  });

  it("has an entry for every stub, solution, grader and mutant folder", () => {
    const known = new Set(names);
    const orphans = [
      ...tsNames("src/exercises").map((n) => `src/exercises/${n}.ts`),
      ...tsNames("solutions").map((n) => `solutions/${n}.ts`),
      ...tsNames("test/exercises", ".test.ts").map((n) => `test/exercises/${n}.test.ts`),
      ...[...new Set(listMutants(root).map((m) => m.exercise))].map((n) => `test/mutants/${n}/`),
    ].filter((file) => !known.has(file.replace(/^.*\/(?=[^/]+\/?$)/, "").replace(/(\.test)?\.ts$|\/$/g, "")));
    expect(
      orphans,
      `these files belong to no exercise of the manifest; add an entry to EXERCISES or remove them:\n  ${orphans.join("\n  ")}`,
    ).toEqual([]);
  });
});

for (const exercise of EXERCISES) {
  const { name } = exercise;
  describe(`course check: exercise ${name}`, () => {
    const stub = at("src/exercises", `${name}.ts`);
    const solution = at("solutions", `${name}.ts`);
    const grader = at("test/exercises", `${name}.test.ts`);

    it("has a stub in src/exercises that calls todo()", () => {
      expect(fs.existsSync(stub), `missing stub src/exercises/${name}.ts`).toBe(true);
      expect(read(stub), `src/exercises/${name}.ts should leave its bodies to the learner: todo("...")`).toMatch(
        /\btodo\(/,
      );
    });

    it("has a reference solution with the same exports as the stub", async () => {
      expect(fs.existsSync(solution), `missing solution solutions/${name}.ts`).toBe(true);
      expect(fs.existsSync(stub), `missing stub src/exercises/${name}.ts`).toBe(true);
      const [stubModule, solutionModule] = await Promise.all([import(stub), import(solution)]);
      expect(Object.keys(stubModule).length, `src/exercises/${name}.ts exports nothing`).toBeGreaterThan(0);
      expect(
        kinds(stubModule),
        `src/exercises/${name}.ts and solutions/${name}.ts must export the same names, of the same kinds`,
      ).toEqual(kinds(solutionModule));
      for (const [key, value] of Object.entries(stubModule)) {
        if (kindOf(value) !== "class") continue;
        const missing = members(value).filter((m) => !members(solutionModule[key]).includes(m));
        expect(missing, `class ${key}: the stub has members the solution lacks: ${missing.join(", ")}`).toEqual([]);
      }
    });

    it("has a grader in test/exercises", () => {
      expect(fs.existsSync(grader), `missing grader test/exercises/${name}.test.ts`).toBe(true);
      const text = read(grader);
      expect(text, `test/exercises/${name}.test.ts must import the exercise as "#exercises/${name}"`).toMatch(
        new RegExp(`from\\s+["']#exercises/${name}["']`),
      );
      expect(text, `test/exercises/${name}.test.ts must wrap its tasks in exercise("${name}", ...)`).toMatch(
        new RegExp(`exercise\\(\\s*["']${name}["']`),
      );
    });

    it("has at least one hint", () => {
      const hints = exercise.hints.filter((h) => h.trim() !== "");
      expect(hints.length, `${name} needs at least one hint in src/workbook/exercises.ts`).toBeGreaterThan(0);
    });

    it("has at least one wrong implementation in test/mutants", () => {
      const mine = listMutants(root).filter((m) => m.exercise === name);
      expect(
        mine.length,
        `${name} needs at least one mutant test/mutants/${name}/<mistake>.ts that proves its grader bites`,
      ).toBeGreaterThan(0);
    });

    it(`has a place in its notebook (${exercise.notebook})`, () => {
      const stem = exercise.notebook.replace(/\.ipynb$/, "");
      const found = notebookCode(exercise.notebook);
      expect(
        found.length,
        `neither notebooks/${exercise.notebook} nor its source notebooks/.source/${stem}.md exists`,
      ).toBeGreaterThan(0);
      const importer = new RegExp(`(from\\s+|import\\(\\s*|require\\(\\s*)["']\\./src/exercises/${name}["']`);
      expect(
        found.some((f) => importer.test(f.code)),
        `${found.map((f) => f.file).join(" or ")} should have a code cell that imports from "./src/exercises/${name}", so the learner can try it`,
      ).toBe(true);
    });
  });
}

/**
 * Contract and grader match both ways: every bullet of a stub's contract (and every "Default")
 * names the grader task(s) that check it, `[task: <id>]`; every task title ends with its id, `[<id>]`;
 * every tag names a task and every task is named by a tag. A learner who reads only the contract
 * then meets no hidden rule, and no sentence of the contract goes unchecked.
 */
const TAG = /\[tasks?: ([^\]]+)\]/g;
// A string literal in either quote (the formatter picks single quotes for a title that holds a double quote).
const TASK_TITLE = /\btask\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g;
const titleOf = (m: RegExpMatchArray) => (m[1] ?? m[2])!;
const STEP = /\bdescribe\(\s*"step (\d+): ([^"]+)"/g;

/** The doc comments of a stub after its imports (the file header says how to run, not what to build). */
function contractBlocks(source: string): string[] {
  const lastImport = [...source.matchAll(/^import .*$/gm)].at(-1);
  const body = lastImport ? source.slice(lastImport.index! + lastImport[0].length) : source;
  return [...body.matchAll(/\/\*\*([\s\S]*?)\*\//g)].map((m) =>
    m[1]!
      .split("\n")
      .map((l) => l.replace(/^\s*\*\s?/, ""))
      .join("\n"),
  );
}

/** The bullets of a block ("- ..." and its continuation lines, until a blank line, the next bullet or an @tag). */
function bullets(block: string): string[] {
  const out: string[] = [];
  let current: string[] | null = null;
  for (const line of block.split("\n")) {
    if (/^\s*- /.test(line)) {
      if (current) out.push(current.join(" "));
      current = [line.trim()];
    } else if (current && line.trim() !== "" && !line.trim().startsWith("@") && /^\s{2,}/.test(line)) {
      current.push(line.trim());
    } else if (current) {
      out.push(current.join(" "));
      current = null;
    }
  }
  if (current) out.push(current.join(" "));
  return out;
}

const tagsIn = (text: string) => [...text.matchAll(TAG)].flatMap((m) => m[1]!.split(/,\s*/).map((id) => id.trim()));

describe("course check: every contract sentence has a grader task, and every task a contract sentence", () => {
  for (const { name } of EXERCISES) {
    const stubFile = at("src/exercises", `${name}.ts`);
    const graderFile = at("test/exercises", `${name}.test.ts`);
    if (!fs.existsSync(stubFile) || !fs.existsSync(graderFile)) continue;

    it(`${name}: every task has an id, and the steps are numbered 1, 2, 3...`, () => {
      const titles = [...read(graderFile).matchAll(TASK_TITLE)].map(titleOf);
      expect(titles.length, `test/exercises/${name}.test.ts has no task("...") titles`).toBeGreaterThan(0);
      const untagged = titles.filter((t) => !/ \[[a-z0-9-]+\]$/.test(t));
      expect(
        untagged,
        `every task title in test/exercises/${name}.test.ts must end with its id, e.g. "... [keeps-order]"`,
      ).toEqual([]);
      const ids = titles.map((t) => / \[([a-z0-9-]+)\]$/.exec(t)![1]!);
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        `task ids of ${name} must be unique`,
      ).toEqual([]);
      const steps = [...read(graderFile).matchAll(STEP)].map((m) => Number(m[1]));
      expect(
        steps,
        `the steps of test/exercises/${name}.test.ts must be describe("step 1: ..."), describe("step 2: ...") and so on, in order`,
      ).toEqual(steps.map((_, i) => i + 1));
    });

    it(`${name}: the contract in src/exercises/${name}.ts and the grader name the same tasks`, () => {
      const ids = new Set(
        [...read(graderFile).matchAll(TASK_TITLE)].flatMap((m) => / \[([a-z0-9-]+)\]$/.exec(titleOf(m))?.[1] ?? []),
      );
      const blocks = contractBlocks(read(stubFile));
      const tags = new Set(blocks.flatMap(tagsIn));
      const unknown = [...tags].filter((t) => !ids.has(t));
      expect(unknown, `src/exercises/${name}.ts names tasks that test/exercises/${name}.test.ts does not have`).toEqual(
        [],
      );
      const unnamed = [...ids].filter((id) => !tags.has(id));
      expect(
        unnamed,
        `these tasks of test/exercises/${name}.test.ts check something no sentence of the contract in src/exercises/${name}.ts promises (tag the sentence with [task: <id>])`,
      ).toEqual([]);
      const bare = blocks.flatMap(bullets).filter((b) => tagsIn(b).length === 0);
      expect(
        bare,
        `every bullet of the contract in src/exercises/${name}.ts must name the task that checks it, [task: <id>]`,
      ).toEqual([]);
      const defaults = blocks.filter((b) => /\bDefault\b/.test(b) && bullets(b).length === 0 && tagsIn(b).length === 0);
      expect(
        defaults,
        `every documented default in src/exercises/${name}.ts must name the task that checks it, [task: <id>]`,
      ).toEqual([]);
      const silent = blocks
        .filter((b) => !/\(Given\b/.test(b) && tagsIn(b).length === 0)
        .map((b) => b.trim().split("\n")[0]);
      expect(
        silent,
        `every doc comment of src/exercises/${name}.ts that promises something must name the task that checks it (given code says "(Given: ...)")`,
      ).toEqual([]);
    });
  }
});

/** What a hint or a todo() text must not hold: code that is the solution. */
const CODE = /=>|\bconst |\blet |\bfor \(|\.push\(|\{ ?role:|\bcreate\(\{|\?\? ""|\)\s*\{/;

describe("course check: hints and todo() texts say what, not how", () => {
  for (const exercise of EXERCISES) {
    it(`${exercise.name}: no hint spells out the solution's code, and the step hints match the grader's steps`, () => {
      const all = [...exercise.hints, ...Object.values(exercise.stepHints ?? {}).flat()];
      expect(
        all.filter((h) => CODE.test(h)),
        `hints of ${exercise.name} in src/course/exercises.ts should point the way, not hold code`,
      ).toEqual([]);
      const graderFile = at("test/exercises", `${exercise.name}.test.ts`);
      const steps = fs.existsSync(graderFile) ? [...read(graderFile).matchAll(STEP)].map((m) => Number(m[1])) : [];
      const hinted = Object.keys(exercise.stepHints ?? {}).map(Number);
      expect(
        hinted.filter((n) => !steps.includes(n)),
        `stepHints of ${exercise.name} name steps its grader does not have`,
      ).toEqual([]);
    });

    it(`${exercise.name}: the stub's todo() texts say what to do, not how`, () => {
      const stubFile = at("src/exercises", `${exercise.name}.ts`);
      const texts = [...read(stubFile).matchAll(/\btodo\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')/g)].map(
        (m) => (m[1] ?? m[2])!,
      );
      expect(
        texts.filter((t) => CODE.test(t) || t.length > 140),
        `todo() texts in src/exercises/${exercise.name}.ts should be one short sentence of what to do`,
      ).toEqual([]);
    });
  }
});

/**
 * What a notebook asks of the learner is in the stub too: in a notebook's exercise cells ("## Exercise: ...",
 * "### Your turn ...", "### Your playground" and the like, up to their first code cell), every rule is a list item
 * (or a paragraph) that ends with `<!-- task: <id>, ... -->`, naming the grader tasks that check it. Jupyter hides
 * the marker; this check makes sure each id is a task of one of the notebook's exercises, tagged in its stub.
 */
const EXERCISE_HEADING = /^#{2,3} (Exercise: |Your turn\b|Your (playground|chatbot|version)\b)/;
const MARKER = /<!-- tasks?: ([^>]*?) -->/g;
const HAS_MARKER = /<!-- tasks?: [^>]*? -->/;

function exerciseCells(source: string): { heading: string; lines: string[] }[] {
  const cells: { heading: string; lines: string[] }[] = [];
  let current: { heading: string; lines: string[] } | null = null;
  for (const line of source.split("\n")) {
    if (EXERCISE_HEADING.test(line)) {
      current = { heading: line.replace(/^#+ /, ""), lines: [] };
      cells.push(current);
    } else if (current && (line.startsWith("```") || line.startsWith("#") || line.trim() === "+++")) {
      current = null;
    } else if (current) current.lines.push(line);
  }
  return cells;
}

/** List items ("- ", "1. ") with their continuation lines. */
function listItems(lines: string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    if (/^\s*(-|\d+\.) /.test(line)) items.push(line.trim());
    else if (items.length > 0 && /^\s{2,}\S/.test(line)) items[items.length - 1] += ` ${line.trim()}`;
    else if (line.trim() === "" || !/^\s/.test(line)) items.push("");
  }
  return items.filter((i) => i !== "");
}

describe("course check: every rule a notebook's exercise cells give is a task of the stub", () => {
  const notebooks = [...new Set(EXERCISES.map((e) => e.notebook))];
  for (const notebook of notebooks) {
    const source = at("notebooks/.source", notebook.replace(/\.ipynb$/, ".md"));
    if (!fs.existsSync(source)) continue;
    it(`${notebook}: each rule of its exercise cells names the grader tasks that check it`, () => {
      const exercises = EXERCISES.filter((e) => e.notebook === notebook).map((e) => e.name);
      const known = new Set(
        exercises.flatMap((name) => {
          const grader = at("test/exercises", `${name}.test.ts`);
          const stub = at("src/exercises", `${name}.ts`);
          if (!fs.existsSync(grader) || !fs.existsSync(stub)) return [];
          const tagged = new Set(contractBlocks(read(stub)).flatMap(tagsIn));
          return [...read(grader).matchAll(TASK_TITLE)]
            .flatMap((m) => / \[([a-z0-9-]+)\]$/.exec(titleOf(m))?.[1] ?? [])
            .filter((id) => tagged.has(id));
        }),
      );
      const cells = exerciseCells(read(source));
      expect(
        cells.length,
        `notebooks/.source/${path.basename(source)} has no exercise cell ("## Exercise: ..." or "### Your turn ...")`,
      ).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const cell of cells) {
        const text = cell.lines.join("\n");
        const ids = [...text.matchAll(MARKER)].flatMap((m) => m[1]!.split(/,\s*/).map((id) => id.trim()));
        if (ids.length === 0) problems.push(`"${cell.heading}": no rule names its task (<!-- task: <id> -->)`);
        for (const id of ids.filter((i) => !known.has(i)))
          problems.push(
            `"${cell.heading}": task "${id}" is not a task of ${exercises.join(" or ")} tagged in its stub`,
          );
        for (const item of listItems(cell.lines).filter((i) => !HAS_MARKER.test(i)))
          problems.push(`"${cell.heading}": this rule names no task: ${item.slice(0, 100)}`);
      }
      expect(
        problems,
        `every rule in the exercise cells of notebooks/.source/${path.basename(source)} must be in the stub and graded: end it with <!-- task: <id> --> naming the grader task(s), tagged [task: <id>] in the stub`,
      ).toEqual([]);
    });
  }
});
