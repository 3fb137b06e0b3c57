/**
 * Small code snippets for the everyday tasks learners ask for first (reverse a string, FizzBuzz,
 * read a file, sort a list, a for loop, a palindrome check...), each written for TypeScript,
 * JavaScript and Python, and each with the reference page it follows. A snippet is a function of
 * the name and parameters the request gives ("a function isEven(n)"), so the code uses them.
 * Which request a snippet answers is decided in skills/coding.ts; this file only holds the code.
 */
import type { Source } from "./countries";

export type CodeLanguage = "typescript" | "javascript" | "python";

/** The code of one snippet in one language, for the function name and parameter names asked. */
export interface Written {
  code: string;
  /** One short sentence after the code: what it does or the trap it avoids. */
  note: string;
}

export interface Snippet {
  id: string;
  /** What it does, as a phrase: "reverses a string". */
  does: string;
  /**
   * Words that must all be in the request (each a bounded pattern on the lower-cased request): a
   * snippet answers only a request that names its task.
   */
  needs: RegExp[];
  /** Words that mean another task ("reverse the words", "in place"): the snippet steps aside. */
  not?: RegExp;
  /** The default function name (camelCase; Python gets snake_case) and parameters, when the request names none. */
  name: string;
  params: string[];
  /** Is the answer a function (a name and parameters apply) or a few lines of script? */
  kind: "function" | "script";
  write(lang: CodeLanguage, name: string, params: readonly string[], request: string): Written;
  source: Source;
  /** The Python page, when the JavaScript one does not cover Python's code. */
  pySource?: Source;
}

const mdn = (path: string, says: string): Source => ({
  url: `https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/${path}`,
  says,
});
const pydoc = (path: string, says: string): Source => ({ url: `https://docs.python.org/3/${path}`, says });
const nodedoc = (path: string, says: string): Source => ({ url: `https://nodejs.org/api/${path}`, says });

/** TypeScript annotations, left out for JavaScript. */
const t = (lang: CodeLanguage, annotation: string) => (lang === "typescript" ? annotation : "");

/** A JS/TS function or a Python def, from its body lines (already indented by two or four spaces). */
function fn(
  lang: CodeLanguage,
  name: string,
  params: readonly string[],
  types: { params: string[]; returns: string },
  body: { js: string[]; py: string[] },
): string {
  if (lang === "python") return [`def ${name}(${params.join(", ")}):`, ...body.py.map((l) => `    ${l}`)].join("\n");
  const list = params.map((p, i) => `${p}${t(lang, `: ${types.params[i] ?? types.params[0] ?? "unknown"}`)}`);
  return [
    `function ${name}(${list.join(", ")})${t(lang, `: ${types.returns}`)} {`,
    ...body.js.map((l) => `  ${l}`),
    "}",
  ].join("\n");
}

/** The first number after "to"/"up to"/"through" in the request, within bounds: "print 1 to 20" -> 20. */
function upTo(request: string, fallback: number): number {
  const m =
    /\b(?:to|through|until|till|up to)\s+(\d{1,4})\b/.exec(request) ?? /\b(?:first)\s+(\d{1,4})\b/.exec(request);
  const n = m ? Number(m[1]) : fallback;
  return n >= 1 && n <= 1000 ? n : fallback;
}
function from(request: string): number {
  const m =
    /\bfrom\s+(-?\d{1,4})\s+(?:to|through|until|up to)\b/.exec(request) ??
    /\b(-?\d{1,4})\s+(?:to|through)\s+\d/.exec(request);
  return m ? Number(m[1]) : 1;
}

/** One-number arithmetic a learner asks for first: square, cube, double, half. */
const POWERS: {
  id: string;
  does: string;
  needs: RegExp[];
  not: RegExp;
  name: string;
  js: (n: string) => string;
  py: (n: string) => string;
  note: string;
  /** The MDN page of the operator it uses, and what that page says. */
  op: [string, string];
}[] = [
  {
    id: "square",
    does: "returns the square of a number",
    needs: [/\bsquares?\b|\bsquared\b/, /\b(?:numbers?|integers?|n|num|x|value|function)\b/],
    not: /\bsquare roots?\b|\bsum of\b|\b(?:list|array|area|matrix|perfect|brackets?|each|every|all)\b/,
    name: "square",
    js: (n) => `return ${n} * ${n};`,
    py: (n) => `return ${n} * ${n}`,
    note: "square(4) gives 16; a negative number squares to a positive one.",
    op: ["Multiplication", "The multiplication (*) operator produces the product of the operands."],
  },
  {
    id: "cube",
    does: "returns the cube of a number",
    needs: [/\bcubes?\b|\bcubed\b/, /\b(?:numbers?|integers?|n|num|x|value|function)\b/],
    not: /\bcube roots?\b|\bsum of\b|\b(?:list|array|volume|rubik|each|every|all)\b/,
    name: "cube",
    js: (n) => `return ${n} ** 3;`,
    py: (n) => `return ${n} ** 3`,
    note: "cube(3) gives 27; ** raises a number to a power.",
    op: [
      "Exponentiation",
      "The exponentiation (**) operator returns the result of raising the first operand to the power of the second operand.",
    ],
  },
  {
    id: "double",
    does: "doubles a number",
    needs: [
      /\bdoubles?\b|\bdoubled\b|\btwice\b|\bmultipl\w* (?:it |a number |the number )?by (?:2|two)\b/,
      /\b(?:numbers?|integers?|n|num|x|value|function)\b/,
    ],
    not: /\bdouble[- ](?:quotes?|check|click|linked|precision|equals)\b|\b(?:list|array|each|every|all|string)\b/,
    name: "double",
    js: (n) => `return ${n} * 2;`,
    py: (n) => `return ${n} * 2`,
    note: "double(21) gives 42.",
    op: ["Multiplication", "The multiplication (*) operator produces the product of the operands."],
  },
  {
    id: "half",
    does: "halves a number",
    needs: [
      /\bhalves?\b|\bhalve\b|\bdivide\w* (?:it |a number |the number )?by (?:2|two)\b/,
      /\b(?:numbers?|integers?|n|num|x|value|function)\b/,
    ],
    not: /\b(?:list|array|each|every|all|string)\b/,
    name: "half",
    js: (n) => `return ${n} / 2;`,
    py: (n) => `return ${n} / 2`,
    note: "half(7) gives 3.5: / divides without rounding.",
    op: ["Division", "The division (/) operator produces the quotient of its operands."],
  },
];

export const SNIPPETS: Snippet[] = [
  {
    id: "reverse-string",
    does: "reverses a string",
    needs: [/\brevers\w*\b/, /\b(?:string|text|word|str|characters?|letters?)\b/],
    not: /\b(?:words? order|order of (?:the )?words|each word|the words|sentence|list|array)\b/,
    name: "reverseString",
    params: ["s"],
    kind: "function",
    write: (lang, name, [s]) =>
      lang === "python"
        ? {
            code: fn(lang, name, [s], { params: [], returns: "" }, { js: [], py: [`return ${s}[::-1]`] }),
            note: `The slice [::-1] walks the string backwards.`,
          }
        : {
            code: fn(
              lang,
              name,
              [s],
              { params: ["string"], returns: "string" },
              { js: [`return [...${s}].reverse().join("");`], py: [] },
            ),
            note: "Spreading the string into an array of characters keeps emoji and accented letters whole.",
          },
    source: mdn(
      "Global_Objects/Array/reverse",
      "reverse() reverses an array in place; a string is spread into an array first.",
    ),
    pySource: pydoc(
      "library/stdtypes.html#common-sequence-operations",
      "s[i:j:k] is the slice of s from i to j with step k; a step of -1 walks backwards.",
    ),
  },
  {
    id: "reverse-list",
    does: "reverses a list",
    needs: [/\brevers\w*\b/, /\b(?:list|array|items|elements)\b/],
    not: /\b(?:string|text|words?|sentence|characters?|letters?|linked|sort\w*|order of the words)\b/,
    name: "reverseList",
    params: ["items"],
    kind: "function",
    write: (lang, name, [items]) =>
      lang === "python"
        ? {
            code: fn(lang, name, [items], { params: [], returns: "" }, { js: [], py: [`return ${items}[::-1]`] }),
            note: `The slice [::-1] is a reversed copy; ${items}.reverse() would reverse the list in place instead.`,
          }
        : {
            code: fn(
              lang,
              name,
              [items],
              { params: ["T[]"], returns: "T[]" },
              { js: [`return [...${items}].reverse();`], py: [] },
            ).replace(`function ${name}(`, lang === "typescript" ? `function ${name}<T>(` : `function ${name}(`),
            note: "reverse() changes the array it is called on, so the copy [...items] keeps the original as it was.",
          },
    source: mdn("Global_Objects/Array/reverse", "reverse() reverses an array in place and returns it."),
    pySource: pydoc(
      "library/stdtypes.html#common-sequence-operations",
      "s[i:j:k] is the slice of s from i to j with step k; a step of -1 walks backwards.",
    ),
  },
  {
    id: "palindrome",
    does: "checks whether a word is a palindrome (it ignores case)",
    needs: [/\bpalindrom\w*/],
    name: "isPalindrome",
    params: ["text"],
    kind: "function",
    write: (lang, name, [s]) =>
      lang === "python"
        ? {
            code: fn(
              lang,
              name,
              [s],
              { params: [], returns: "" },
              {
                js: [],
                py: [`cleaned = "".join(c.lower() for c in ${s} if c.isalnum())`, "return cleaned == cleaned[::-1]"],
              },
            ),
            note: 'Case, spaces and punctuation are ignored, so "Never odd or even" counts.',
          }
        : {
            code: fn(
              lang,
              name,
              [s],
              { params: ["string"], returns: "boolean" },
              {
                js: [
                  `const cleaned = ${s}.toLowerCase().replace(/[^a-z0-9]/g, "");`,
                  `return cleaned === [...cleaned].reverse().join("");`,
                ],
                py: [],
              },
            ),
            note: 'Case, spaces and punctuation are ignored, so "Never odd or even" counts.',
          },
    source: mdn("Global_Objects/String/toLowerCase", "toLowerCase() returns the string converted to lower case."),
    pySource: pydoc(
      "library/stdtypes.html#str.isalnum",
      "str.isalnum() is true if all characters in the string are alphanumeric.",
    ),
  },
  {
    id: "fizzbuzz",
    does: "prints FizzBuzz",
    needs: [/\bfizz ?buzz\b/],
    name: "fizzBuzz",
    params: ["n"],
    kind: "script",
    write: (lang, _name, _params, request) => {
      const n = upTo(request, 100);
      return lang === "python"
        ? {
            code: [
              `for i in range(1, ${n + 1}):`,
              "    if i % 15 == 0:",
              '        print("FizzBuzz")',
              "    elif i % 3 == 0:",
              '        print("Fizz")',
              "    elif i % 5 == 0:",
              '        print("Buzz")',
              "    else:",
              "        print(i)",
            ].join("\n"),
            note: `It prints the numbers 1 to ${n}, with Fizz for multiples of 3, Buzz for multiples of 5 and FizzBuzz for both.`,
          }
        : {
            code: [
              `for (let i = 1; i <= ${n}; i++) {`,
              '  if (i % 15 === 0) console.log("FizzBuzz");',
              '  else if (i % 3 === 0) console.log("Fizz");',
              '  else if (i % 5 === 0) console.log("Buzz");',
              "  else console.log(i);",
              "}",
            ].join("\n"),
            note: `It prints the numbers 1 to ${n}, with Fizz for multiples of 3, Buzz for multiples of 5 and FizzBuzz for both.`,
          };
    },
    source: mdn(
      "Operators/Remainder",
      "The remainder operator (%) returns the remainder left over when one operand is divided by a second.",
    ),
    pySource: pydoc(
      "reference/expressions.html#binary-arithmetic-operations",
      "The % (modulo) operator yields the remainder from the division of the first argument by the second.",
    ),
  },
  {
    id: "read-file",
    does: "reads a text file",
    needs: [/\bread\w*\b|\bopen\w*\b|\bload\w*\b/, /\b(?:files?|txt)\b/],
    not: /\b(?:csv|json|excel|xlsx|pdf|binary|image|write|writing|upload|url|web)\b/,
    name: "readText",
    params: ["path"],
    kind: "script",
    write: (lang) =>
      lang === "python"
        ? {
            code: ['with open("notes.txt", encoding="utf-8") as f:', "    text = f.read()", "print(text)"].join("\n"),
            note: "The with block closes the file even if something fails; name the encoding so the text reads the same everywhere.",
          }
        : {
            code: [
              'import { readFileSync } from "node:fs";',
              "",
              `const text${t(lang, ": string")} = readFileSync("notes.txt", "utf8");`,
              "console.log(text);",
            ].join("\n"),
            note: 'In Node.js, readFileSync returns the text when you give it an encoding ("utf8"); use readFile from "node:fs/promises" with await to read without blocking.',
          },
    source: nodedoc(
      "fs.html#fsreadfilesyncpath-options",
      "fs.readFileSync returns the contents of the path; if the encoding option is given, it returns a string.",
    ),
    pySource: pydoc(
      "tutorial/inputoutput.html#reading-and-writing-files",
      "It is good practice to use the with keyword when dealing with file objects: the file is properly closed after its suite finishes.",
    ),
  },
  {
    id: "sort-list",
    does: "sorts a list of numbers",
    needs: [/\bsort\w*\b/, /\b(?:list|array|numbers?|items|values|strings|names)\b/],
    not: /\b(?:dict|dictionar\w*|objects?|by (?:key|age|name|field)|linked|quick ?sort|merge ?sort|bubble|insertion|algorithm|implement)\b/,
    name: "sortNumbers",
    params: ["numbers"],
    kind: "script",
    write: (lang, _name, _params, request) => {
      const strings = /\b(?:strings|names|words|alphabetical\w*)\b/.test(request);
      const desc = /\b(?:descending|reverse|largest first|biggest first|high(?:est)? to low(?:est)?)\b/.test(request);
      if (lang === "python")
        return strings
          ? {
              code: [
                'names = ["pear", "apple", "fig"]',
                `print(sorted(names${desc ? ", reverse=True" : ""}))  # ${desc ? "['pear', 'fig', 'apple']" : "['apple', 'fig', 'pear']"}`,
              ].join("\n"),
              note: "sorted() returns a new list; names.sort() sorts the list in place.",
            }
          : {
              code: [
                "numbers = [5, 2, 9, 1]",
                `print(sorted(numbers${desc ? ", reverse=True" : ""}))  # ${desc ? "[9, 5, 2, 1]" : "[1, 2, 5, 9]"}`,
              ].join("\n"),
              note: "sorted() returns a new list; numbers.sort() sorts the list in place.",
            };
      return strings
        ? {
            code: [
              `const names${t(lang, ": string[]")} = ["pear", "apple", "fig"];`,
              `const sorted = [...names].sort(${desc ? "(a, b) => b.localeCompare(a)" : "(a, b) => a.localeCompare(b)"});`,
              `console.log(sorted); // ${desc ? '["pear", "fig", "apple"]' : '["apple", "fig", "pear"]'}`,
            ].join("\n"),
            note: "localeCompare orders words as a dictionary would; copying with [...names] leaves the original alone.",
          }
        : {
            code: [
              `const numbers${t(lang, ": number[]")} = [5, 2, 9, 1];`,
              `const sorted = [...numbers].sort((a, b) => ${desc ? "b - a" : "a - b"});`,
              `console.log(sorted); // ${desc ? "[9, 5, 2, 1]" : "[1, 2, 5, 9]"}`,
            ].join("\n"),
            note: "Without the comparator, sort() compares numbers as strings, so [10, 9, 1] would become [1, 10, 9].",
          };
    },
    source: mdn("Global_Objects/Array/sort", "sort() converts elements to strings unless a compare function is given."),
    pySource: pydoc(
      "howto/sorting.html",
      "The sorted() function builds a new sorted list from an iterable; list.sort() modifies the list in place.",
    ),
  },
  {
    id: "for-loop",
    does: "loops over the numbers in a range",
    needs: [
      /\b(?:for[- ]loop|for loops?|loop|count(?:s|ing)? from|prints? (?:the )?numbers?|print (?:out )?\d+ to \d+|prints? \d+ (?:to|through) \d+)\b/,
    ],
    not: /\b(?:while|dict|dictionar\w*|object|keys|map|file|lines)\b/,
    name: "countUp",
    params: ["n"],
    kind: "script",
    write: (lang, _name, _params, request) => {
      const lo = from(request);
      const hi = Math.max(lo, upTo(request, lo + 4));
      return lang === "python"
        ? {
            code: [`for i in range(${lo}, ${hi + 1}):`, "    print(i)"].join("\n"),
            note: `range(${lo}, ${hi + 1}) stops before ${hi + 1}, so the loop prints ${lo} to ${hi}.`,
          }
        : {
            code: [`for (let i = ${lo}; i <= ${hi}; i++) {`, "  console.log(i);", "}"].join("\n"),
            note: `The loop starts at ${lo}, runs while i <= ${hi}, and adds 1 each time, so it prints ${lo} to ${hi}.`,
          };
    },
    source: mdn(
      "Statements/for",
      "The for statement creates a loop that consists of three optional expressions and a statement.",
    ),
    pySource: pydoc("library/stdtypes.html#range", "range(start, stop) stops before stop."),
  },
  {
    id: "is-even",
    does: "tells whether a number is even",
    needs: [/\beven\b/, /\b(?:numbers?|integers?|n|num|int|function|check\w*|is ?even)\b/],
    not: /\bodd\b.*\beven\b.*\bodd\b|\beven if\b|\beven though\b/,
    name: "isEven",
    params: ["n"],
    kind: "function",
    write: (lang, name, [n]) => ({
      code: fn(
        lang,
        name,
        [n],
        { params: ["number"], returns: "boolean" },
        { js: [`return ${n} % 2 === 0;`], py: [`return ${n} % 2 == 0`] },
      ),
      note: "A number is even when dividing it by 2 leaves no remainder.",
    }),
    source: mdn(
      "Operators/Remainder",
      "The remainder operator (%) returns the remainder left over when one operand is divided by a second.",
    ),
    pySource: pydoc(
      "reference/expressions.html#binary-arithmetic-operations",
      "The % (modulo) operator yields the remainder from the division of the first argument by the second.",
    ),
  },
  // "The even numbers out of a list": a filter over a list, not the yes/no check above.
  ...(["even", "odd"] as const).map(
    (parity): Snippet => ({
      id: `filter-${parity}`,
      does: `keeps the ${parity} numbers of a list`,
      needs: [
        new RegExp(`\\b${parity}s?\\b`),
        /\b(?:lists?|arrays?|numbers|integers|nums)\b/,
        /\b(?:get|gets|filter\w*|keep\w*|only|extract\w*|select\w*|pick\w*|out of|from)\b/,
      ],
      not: /\b(?:sum|count|how many|average|square\w*|index\w*|positions?)\b/,
      name: parity === "even" ? "evens" : "odds",
      params: ["numbers"],
      kind: "function",
      write: (lang, name, [xs]) => {
        const [js, py] = parity === "even" ? ["=== 0", "== 0"] : ["!== 0", "!= 0"];
        return {
          code: fn(
            lang,
            name,
            [xs],
            { params: ["number[]"], returns: "number[]" },
            {
              js: [`return ${xs}.filter((n${t(lang, ": number")}) => n % 2 ${js});`],
              py: [`return [n for n in ${xs} if n % 2 ${py}]`],
            },
          ),
          note: `${name}([1, 2, 3, 4, 5, 6]) gives ${parity === "even" ? "[2, 4, 6]" : "[1, 3, 5]"}; the list you pass in is left as it was.`,
        };
      },
      source: mdn(
        "Global_Objects/Array/filter",
        "The filter() method creates a shallow copy of a portion of a given array, filtered down to just the elements that pass the test implemented by the provided function.",
      ),
      pySource: pydoc(
        "tutorial/datastructures.html#list-comprehensions",
        "A list comprehension consists of brackets containing an expression followed by a for clause, then zero or more for or if clauses.",
      ),
    }),
  ),
  {
    id: "is-odd",
    does: "tells whether a number is odd",
    needs: [/\bodd\b/, /\b(?:numbers?|integers?|n|num|int|function|check\w*|is ?odd)\b/],
    name: "isOdd",
    params: ["n"],
    kind: "function",
    write: (lang, name, [n]) => ({
      code: fn(
        lang,
        name,
        [n],
        { params: ["number"], returns: "boolean" },
        { js: [`return Math.abs(${n} % 2) === 1;`], py: [`return ${n} % 2 == 1`] },
      ),
      note:
        lang === "python"
          ? "Python's % is never negative for a positive divisor, so -3 counts as odd too."
          : "Math.abs keeps negative odd numbers odd: -3 % 2 is -1 in JavaScript.",
    }),
    source: mdn(
      "Operators/Remainder",
      "The remainder operator (%) returns the remainder left over when one operand is divided by a second.",
    ),
    pySource: pydoc(
      "reference/expressions.html#binary-arithmetic-operations",
      "The modulo operator always yields a result with the same sign as its second operand.",
    ),
  },
  {
    id: "sum",
    does: "adds up a list of numbers",
    needs: [/\b(?:sum\w*|adds? up|total)\b/, /\b(?:list|array|numbers)\b/],
    not: /\b(?:digits|squares|even|odd|matrix|two numbers)\b/,
    name: "sum",
    params: ["numbers"],
    kind: "function",
    write: (lang, name, [xs]) => ({
      code: fn(
        lang,
        name === "sum" && lang === "python" ? "total" : name,
        [xs],
        { params: ["number[]"], returns: "number" },
        {
          js: [`return ${xs}.reduce((total, n) => total + n, 0);`],
          py: [`return sum(${xs})`],
        },
      ),
      note:
        lang === "python"
          ? "The built-in sum() adds the items; an empty list gives 0."
          : "reduce starts from 0, so an empty array gives 0 instead of an error.",
    }),
    source: mdn(
      "Global_Objects/Array/reduce",
      "reduce() runs a reducer on each element, passing in the return value from the calculation on the preceding element.",
    ),
    pySource: pydoc(
      "library/functions.html#sum",
      "sum(iterable, /, start=0) sums start and the items of an iterable from left to right and returns the total.",
    ),
  },
  {
    id: "max-two",
    does: "returns the larger of two numbers",
    needs: [
      /\b(?:max\w*|larger|largest|bigger|biggest|greater|greatest)\b/,
      /\b(?:two numbers|two values|of two|a and b|x and y)\b|\(\s*\w+\s*,\s*\w+\s*\)/,
    ],
    name: "max",
    params: ["a", "b"],
    kind: "function",
    write: (lang, name, params) => {
      const [a, b] = params.length >= 2 ? params : ["a", "b"];
      return {
        code: fn(
          lang,
          name,
          [a, b],
          { params: ["number", "number"], returns: "number" },
          { js: [`return ${a} > ${b} ? ${a} : ${b};`], py: [`return ${a} if ${a} > ${b} else ${b}`] },
        ),
        note: lang === "python" ? "The built-in max(a, b) does the same." : "Math.max(a, b) does the same.",
      };
    },
    source: mdn("Global_Objects/Math/max", "Math.max() returns the largest of the numbers given as input parameters."),
    pySource: pydoc(
      "library/functions.html#max",
      "max() returns the largest item in an iterable or the largest of two or more arguments.",
    ),
  },
  {
    id: "max-list",
    does: "finds the largest number in a list",
    needs: [/\b(?:max\w*|largest|biggest|greatest|highest)\b/, /\b(?:list|array|numbers)\b/],
    not: /\b(?:two numbers|of two|second|key|dict)\b/,
    name: "largest",
    params: ["numbers"],
    kind: "function",
    write: (lang, name, [xs]) => ({
      code: fn(
        lang,
        name === "max" && lang === "python" ? "largest" : name,
        [xs],
        { params: ["number[]"], returns: "number" },
        { js: [`return Math.max(...${xs});`], py: [`return max(${xs})`] },
      ),
      note:
        lang === "python"
          ? "max() raises a ValueError on an empty list."
          : "Math.max() of an empty array is -Infinity.",
    }),
    source: mdn("Global_Objects/Math/max", "Math.max() returns the largest of the numbers given as input parameters."),
    pySource: pydoc(
      "library/functions.html#max",
      "max() returns the largest item in an iterable; an empty iterable raises ValueError.",
    ),
  },
  {
    id: "min-list",
    does: "finds the smallest number in a list",
    needs: [/\b(?:min\w*|smallest|lowest|least)\b/, /\b(?:list|array|numbers)\b/],
    not: /\b(?:second|key|dict|minutes?)\b/,
    name: "smallest",
    params: ["numbers"],
    kind: "function",
    write: (lang, name, [xs]) => ({
      code: fn(
        lang,
        name === "min" && lang === "python" ? "smallest" : name,
        [xs],
        { params: ["number[]"], returns: "number" },
        { js: [`return Math.min(...${xs});`], py: [`return min(${xs})`] },
      ),
      note:
        lang === "python" ? "min() raises a ValueError on an empty list." : "Math.min() of an empty array is Infinity.",
    }),
    source: mdn("Global_Objects/Math/min", "Math.min() returns the smallest of the numbers given as input parameters."),
    pySource: pydoc(
      "library/functions.html#min",
      "min() returns the smallest item in an iterable; an empty iterable raises ValueError.",
    ),
  },
  {
    id: "average",
    does: "computes the average of a list of numbers",
    needs: [/\b(?:average|mean)\b/, /\b(?:list|array|numbers)\b/],
    not: /\b(?:median|mode|moving|weighted)\b/,
    name: "average",
    params: ["numbers"],
    kind: "function",
    write: (lang, name, [xs]) => ({
      code: fn(
        lang,
        name,
        [xs],
        { params: ["number[]"], returns: "number" },
        {
          js: [`if (${xs}.length === 0) return 0;`, `return ${xs}.reduce((total, n) => total + n, 0) / ${xs}.length;`],
          py: [`if not ${xs}:`, "    return 0", `return sum(${xs}) / len(${xs})`],
        },
      ),
      note: "An empty list gives 0 instead of dividing by zero.",
    }),
    source: mdn(
      "Global_Objects/Array/reduce",
      "reduce() runs a reducer on each element, passing in the return value from the calculation on the preceding element.",
    ),
    pySource: pydoc(
      "library/functions.html#sum",
      "sum(iterable) returns the total of the items; len(s) returns the number of items.",
    ),
  },
  {
    id: "factorial",
    does: "computes a factorial",
    needs: [/\bfactorial\b/],
    name: "factorial",
    params: ["n"],
    kind: "function",
    write: (lang, name, [n]) => ({
      code: fn(
        lang,
        name,
        [n],
        { params: ["number"], returns: "number" },
        {
          js: ["let result = 1;", `for (let i = 2; i <= ${n}; i++) result *= i;`, "return result;"],
          py: ["result = 1", `for i in range(2, ${n} + 1):`, "    result *= i", "return result"],
        },
      ),
      note: "A loop instead of recursion: no stack limit for big n, and 0! is 1.",
    }),
    source: mdn(
      "Statements/for",
      "The for statement creates a loop that consists of three optional expressions and a statement.",
    ),
    pySource: pydoc(
      "library/math.html#math.factorial",
      "math.factorial(n) returns n factorial; the loop computes the same.",
    ),
  },
  {
    id: "fibonacci",
    does: "computes the nth Fibonacci number",
    needs: [/\bfibonacci\b/],
    not: /\b(?:sequence up to|list of|first \d+|print)\b/,
    name: "fibonacci",
    params: ["n"],
    kind: "function",
    write: (lang, name, [n]) => ({
      code: fn(
        lang,
        name,
        [n],
        { params: ["number"], returns: "number" },
        {
          js: ["let a = 0;", "let b = 1;", `for (let i = 0; i < ${n}; i++) [a, b] = [b, a + b];`, "return a;"],
          py: ["a, b = 0, 1", `for _ in range(${n}):`, "    a, b = b, a + b", "return a"],
        },
      ),
      note: `It counts from fibonacci(0) = 0 and fibonacci(1) = 1, in a loop, so large n stays fast.`,
    }),
    source: mdn(
      "Operators/Destructuring_assignment",
      "Destructuring assignment can swap two variables in one expression.",
    ),
    pySource: pydoc(
      "tutorial/introduction.html#first-steps-towards-programming",
      "The tutorial writes the Fibonacci series with the multiple assignment a, b = b, a+b.",
    ),
  },
  {
    id: "is-prime",
    does: "tells whether a number is prime",
    needs: [/\bprimes?\b/],
    not: /\b(?:factori[sz]\w*|list of|all primes|primes (?:up to|below|under|less than)|sieve)\b/,
    name: "isPrime",
    params: ["n"],
    kind: "function",
    write: (lang, name, [n]) => ({
      code: fn(
        lang,
        name,
        [n],
        { params: ["number"], returns: "boolean" },
        {
          js: [
            `if (${n} < 2 || !Number.isInteger(${n})) return false;`,
            `for (let d = 2; d * d <= ${n}; d++) {`,
            `  if (${n} % d === 0) return false;`,
            "}",
            "return true;",
          ],
          py: [
            `if ${n} < 2:`,
            "    return False",
            "d = 2",
            `while d * d <= ${n}:`,
            `    if ${n} % d == 0:`,
            "        return False",
            "    d += 1",
            "return True",
          ],
        },
      ),
      note: "Divisors are tried up to the square root: a bigger one would pair with a smaller one already tried.",
    }),
    source: mdn(
      "Operators/Remainder",
      "The remainder operator (%) returns the remainder left over when one operand is divided by a second.",
    ),
    pySource: pydoc(
      "reference/expressions.html#binary-arithmetic-operations",
      "The % (modulo) operator yields the remainder from the division of the first argument by the second.",
    ),
  },
  {
    id: "count-vowels",
    does: "counts the vowels in a string",
    needs: [/\bvowels?\b/, /\b(?:count\w*|how many|number of)\b/],
    name: "countVowels",
    params: ["text"],
    kind: "function",
    write: (lang, name, [s]) => ({
      code: fn(
        lang,
        name,
        [s],
        { params: ["string"], returns: "number" },
        {
          js: [`return (${s}.match(/[aeiou]/gi) ?? []).length;`],
          py: [`return sum(1 for c in ${s}.lower() if c in "aeiou")`],
        },
      ),
      note: 'Upper- and lower-case vowels both count; "y" does not.',
    }),
    source: mdn(
      "Global_Objects/String/match",
      "match() with a global regular expression returns all matches, or null if none.",
    ),
    pySource: pydoc(
      "library/stdtypes.html#str.lower",
      "str.lower() returns a copy of the string with all cased characters converted to lowercase.",
    ),
  },
  {
    id: "capitalize",
    does: "capitalizes the first letter of a word",
    needs: [/\b(?:capitali[sz]\w*|upper ?case\w* the first|first letter\w*)\b/],
    not: /\b(?:every word|each word|all words|title case)\b/,
    name: "capitalize",
    params: ["word"],
    kind: "function",
    write: (lang, name, [s]) => ({
      code: fn(
        lang,
        name,
        [s],
        { params: ["string"], returns: "string" },
        {
          js: [`return ${s}.charAt(0).toUpperCase() + ${s}.slice(1);`],
          py: [`return ${s}[:1].upper() + ${s}[1:]`],
        },
      ),
      note: "The rest of the word is left as it was; an empty string stays empty.",
    }),
    source: mdn(
      "Global_Objects/String/toUpperCase",
      "toUpperCase() returns the calling string value converted to uppercase.",
    ),
    pySource: pydoc(
      "library/stdtypes.html#str.upper",
      "str.upper() returns a copy of the string with all cased characters converted to uppercase.",
    ),
  },
  {
    id: "remove-duplicates",
    does: "removes duplicates from a list",
    needs: [/\b(?:duplicates?|dupes|unique|distinct|dedup\w*)\b/, /\b(?:list|array|items|values|elements|numbers)\b/],
    not: /\b(?:sql|table|rows|emails|database|count)\b/,
    name: "unique",
    params: ["items"],
    kind: "function",
    write: (lang, name, [xs]) => ({
      code: fn(
        lang,
        name,
        [xs],
        { params: ["T[]"], returns: "T[]" },
        {
          js: [`return [...new Set(${xs})];`],
          py: [`return list(dict.fromkeys(${xs}))`],
        },
      ),
      note:
        lang === "python"
          ? "dict.fromkeys keeps the first of each item in its original order (set() would lose the order)."
          : "A Set keeps one of each value, in the order they first appear.",
    }),
    source: mdn("Global_Objects/Set", "A value in a Set may only occur once; it is unique in the Set's collection."),
    pySource: pydoc(
      "library/stdtypes.html#dict.fromkeys",
      "dict.fromkeys(iterable) creates a new dictionary with keys from iterable; dictionaries keep insertion order.",
    ),
  },
  ...POWERS.map(
    ({ id, does, needs, not, name, js, py, note, op }): Snippet => ({
      id,
      does,
      needs,
      not,
      name,
      params: ["n"],
      kind: "function",
      write: (lang, fname, [n]) => ({
        code: fn(lang, fname, [n], { params: ["number"], returns: "number" }, { js: [js(n)], py: [py(n)] }),
        note,
      }),
      source: mdn(`Operators/${op[0]}`, op[1]),
      pySource: pydoc(
        "reference/expressions.html#binary-arithmetic-operations",
        "The * (multiplication) operator yields the product of its arguments; ** is the power operator.",
      ),
    }),
  ),
  {
    id: "last-item",
    does: "returns the last element of a list",
    needs: [/\blast\b/, /\b(?:element|item|value|entry)\b/, /\b(?:list|array)\b/],
    not: /\b(?:remove|delete|pop|index of|occurrence|second|two|n)\b/,
    name: "last",
    params: ["items"],
    kind: "function",
    write: (lang, name, [xs]) => ({
      code: fn(
        lang,
        name,
        [xs],
        { params: ["T[]"], returns: "T | undefined" },
        { js: [`return ${xs}[${xs}.length - 1];`], py: [`return ${xs}[-1]`] },
      ).replace(`function ${name}(`, lang === "typescript" ? `function ${name}<T>(` : `function ${name}(`),
      note:
        lang === "python"
          ? "Index -1 counts from the end; an empty list raises an IndexError."
          : "An empty array gives undefined; items.at(-1) does the same in newer engines.",
    }),
    source: mdn("Global_Objects/Array/length", "The length property of an array is one more than its highest index."),
    pySource: pydoc(
      "library/stdtypes.html#common-sequence-operations",
      "If i is negative, the index is relative to the end of the sequence: len(s) + i is substituted.",
    ),
  },
  {
    id: "is-empty-string",
    does: "tells whether a string is empty",
    needs: [/\bempty\b/, /\b(?:string|str|text)\b/],
    not: /\b(?:list|array|dict|object|whitespace|blank|null|none|undefined)\b/,
    name: "isEmpty",
    params: ["s"],
    kind: "function",
    write: (lang, name, [v]) => ({
      code: fn(
        lang,
        name,
        [v],
        { params: ["string"], returns: "boolean" },
        { js: [`return ${v}.length === 0;`], py: [`return len(${v}) == 0`] },
      ),
      note: 'A string of spaces is not empty: trim it first if "   " should count.',
    }),
    source: mdn("Global_Objects/String/length", "The length of an empty string is 0."),
    pySource: pydoc("library/functions.html#len", "len(s) returns the length (the number of items) of an object."),
  },
  {
    id: "minutes-hours",
    does: "converts minutes to hours",
    needs: [/\bminutes?\b/, /\bhours?\b/],
    not: /\b(?:seconds?|days?|format|hh|clock|string|and minutes)\b/,
    name: "minutesToHours",
    params: ["minutes"],
    kind: "function",
    write: (lang, name, [m]) => ({
      code: fn(
        lang,
        name,
        [m],
        { params: ["number"], returns: "number" },
        { js: [`return ${m} / 60;`], py: [`return ${m} / 60`] },
      ),
      note: "An hour has 60 minutes: 90 minutes gives 1.5 hours.",
    }),
    source: { url: "https://www.bipm.org/en/publications/si-brochure", says: "1 h = 60 min (SI Brochure, Table 8)." },
  },
  {
    id: "add-two",
    does: "adds two numbers",
    needs: [/\b(?:add\w*|sum|plus)\b/, /\btwo numbers\b|\b(?:a|x) and (?:b|y)\b/],
    not: /\b(?:list|array|strings?|fractions?|binary|matrix|matrices|complex)\b/,
    name: "add",
    params: ["a", "b"],
    kind: "function",
    write: (lang, name, [a, b]) => ({
      code: fn(
        lang,
        name,
        [a, b ?? "b"],
        { params: ["number", "number"], returns: "number" },
        { js: [`return ${a} + ${b ?? "b"};`], py: [`return ${a} + ${b ?? "b"}`] },
      ),
      note: `add(2, 3) gives 5.`,
    }),
    source: mdn("Operators/Addition", "The addition (+) operator produces the sum of numeric operands."),
    pySource: pydoc(
      "reference/expressions.html#binary-arithmetic-operations",
      "The + (addition) operator yields the sum of its arguments.",
    ),
  },
  {
    id: "celsius-fahrenheit",
    does: "converts a temperature from Celsius to Fahrenheit",
    needs: [/\bcelsius\b|°c\b/, /\bfahrenheit\b|°f\b/],
    name: "celsiusToFahrenheit",
    params: ["celsius"],
    kind: "function",
    write: (lang, name, [c], request) => {
      const back = /\bfahrenheit\b[^.?!]{0,20}\bto\b[^.?!]{0,10}\bcelsius\b/.test(request);
      const fname =
        back && name === "celsiusToFahrenheit"
          ? lang === "python"
            ? "fahrenheit_to_celsius"
            : "fahrenheitToCelsius"
          : name;
      const p = back && c === "celsius" ? "fahrenheit" : c;
      return {
        code: fn(
          lang,
          fname,
          [p],
          { params: ["number"], returns: "number" },
          {
            js: [back ? `return ((${p} - 32) * 5) / 9;` : `return (${p} * 9) / 5 + 32;`],
            py: [back ? `return (${p} - 32) * 5 / 9` : `return ${p} * 9 / 5 + 32`],
          },
        ),
        note: back
          ? "Subtract 32, then multiply by 5/9: 212 °F gives 100 °C."
          : "Multiply by 9/5, then add 32: 100 °C gives 212 °F.",
      };
    },
    source: { url: "https://www.nist.gov/pml/owm/si-units-temperature", says: "t/°F = (t/°C) × 9/5 + 32." },
  },
  {
    id: "slugify",
    does: "turns a title (of a blog post or a page) into a URL slug: lowercased, trimmed, spaces replaced with hyphens",
    needs: [/\bslug\w*|\b(?:hyphens?|dashes?)\b/, /\bslug\w*|\bspaces?\b/],
    not: /\b(?:accents?|diacritics?|unicode|emoji|punctuation|special characters?|symbols?|unique)\b/,
    name: "slugify",
    params: ["title"],
    kind: "function",
    write: (lang, name, [title]) => ({
      code: fn(
        lang,
        name,
        [title],
        { params: ["string"], returns: "string" },
        {
          js: [`return ${title}.trim().toLowerCase().replace(/\\s+/g, "-");`],
          py: [`return "-".join(${title}.lower().split())`],
        },
      ),
      note:
        lang === "python"
          ? `${name}("My First Post") gives "my-first-post"; split() with no argument splits on any run of spaces.`
          : `${name}("My First Post") gives "my-first-post"; \\s+ with the g flag replaces every run of spaces, not only the first.`,
    }),
    source: mdn(
      "Global_Objects/String/replace",
      "replace() returns a new string with one, some, or all matches of a pattern replaced; a regular expression with the g flag replaces all.",
    ),
    pySource: pydoc(
      "library/stdtypes.html#str.split",
      "If sep is not specified or is None, runs of consecutive whitespace are regarded as a single separator.",
    ),
  },
  {
    id: "percent-of",
    does: "returns the tip (or any percent) of a bill: the amount times the percent, divided by 100",
    needs: [/\btips?\b|\bpercent\w*|%/, /\b(?:bill|amount|total|price|tip)\w*/],
    not: /\b(?:split|each person|per person|people|round\w*|tax|discount|increase|decrease|change|list|array)\b/,
    name: "tipAmount",
    params: ["bill", "percent"],
    kind: "function",
    write: (lang, name, [bill, percent]) => ({
      code: fn(
        lang,
        name,
        [bill, percent ?? "percent"],
        { params: ["number"], returns: "number" },
        {
          js: [`return (${bill} * ${percent ?? "percent"}) / 100;`],
          py: [`return ${bill} * ${percent ?? "percent"} / 100`],
        },
      ),
      note: `${name}(40, 15) gives 6: 15 % of 40.`,
    }),
    source: mdn("Operators/Multiplication", "The multiplication (*) operator produces the product of the operands."),
    pySource: pydoc(
      "reference/expressions.html#binary-arithmetic-operations",
      "The * (multiplication) operator yields the product of its arguments.",
    ),
  },
  {
    id: "multiply-by",
    does: "multiplies a number by a fixed factor",
    needs: [/\bmultipl\w* (?:\w+ ){0,2}by (?:[3-9]|\d{2,})\b|\btimes (?:[3-9]|\d{2,})\b/],
    not: /\b(?:list|array|each|every|all|string|table|matrix|multiplication table)\b/,
    name: "multiplyBy",
    params: ["n"],
    kind: "function",
    write: (lang, name, [n], request) => {
      const k = /\b(?:by|times) (\d{1,6}(?:\.\d+)?)\b/.exec(request)?.[1] ?? "7";
      return {
        code: fn(
          lang,
          name,
          [n],
          { params: ["number"], returns: "number" },
          { js: [`return ${n} * ${k};`], py: [`return ${n} * ${k}`] },
        ),
        note: `${name}(3) gives ${Number(k) * 3}.`,
      };
    },
    source: mdn("Operators/Multiplication", "The multiplication (*) operator produces the product of the operands."),
    pySource: pydoc(
      "reference/expressions.html#binary-arithmetic-operations",
      "The * (multiplication) operator yields the product of its arguments.",
    ),
  },
  {
    id: "count-words",
    does: "counts the words in a string",
    needs: [/\bwords?\b/, /\b(?:count\w*|how many|number of)\b/],
    not: /\b(?:each word|every word|frequen\w*|file|most common|occurrences?)\b/,
    name: "countWords",
    params: ["text"],
    kind: "function",
    write: (lang, name, [s]) => ({
      code: fn(
        lang,
        name,
        [s],
        { params: ["string"], returns: "number" },
        {
          js: [`return ${s}.split(/\\s+/).filter(Boolean).length;`],
          py: [`return len(${s}.split())`],
        },
      ),
      note: "Splitting on runs of whitespace means double spaces and line breaks do not add empty words.",
    }),
    source: mdn(
      "Global_Objects/String/split",
      "split() divides a string into an ordered list of substrings by a pattern.",
    ),
    pySource: pydoc(
      "library/stdtypes.html#str.split",
      "With no separator, runs of consecutive whitespace are regarded as a single separator.",
    ),
  },
  {
    id: "parse-number",
    does: "turns a string into a number",
    needs: [
      /\b(?:string|text|"\d+")\b|"\d+(?:\.\d+)?"/,
      /\b(?:into|to) an? (?:number|integer|int|float)\b|\bparse\w*\b|\bconvert\w* [^.?!]{0,20}\bnumber\b/,
    ],
    name: "toNumber",
    params: ["text"],
    kind: "script",
    write: (lang, _name, _params, request) => {
      const literal = /"(-?\d+(?:\.\d+)?)"/.exec(request)?.[1] ?? "42";
      return lang === "python"
        ? {
            code: [
              `n = int("${literal.split(".")[0]}")    # ${literal.split(".")[0]}`,
              `x = float("${literal}")  # ${Number(literal)}`,
            ].join("\n"),
            note: 'int() raises a ValueError when the text is not a whole number, such as "abc".',
          }
        : {
            code: [
              `const n = Number("${literal}"); // ${Number(literal)}`,
              `const whole = parseInt("${literal}", 10); // ${Number.parseInt(literal, 10)}`,
            ].join("\n"),
            note: 'Number("abc") gives NaN, so check the result with Number.isNaN before using it.',
          };
    },
    source: mdn("Global_Objects/Number/Number", "Number() converts its argument to a number, or NaN if it cannot."),
    pySource: pydoc(
      "library/functions.html#int",
      "int(x) returns an integer object constructed from a number or string x.",
    ),
  },
  {
    id: "hello-world",
    does: "prints Hello, World!",
    needs: [/\bhello,? world\b/],
    name: "main",
    params: [],
    kind: "script",
    write: (lang) => ({
      code: lang === "python" ? 'print("Hello, World!")' : 'console.log("Hello, World!");',
      note: lang === "python" ? "print writes the text and a new line." : "console.log writes the text and a new line.",
    }),
    source: mdn("../../API/console/log_static", "console.log() outputs a message to the console."),
    pySource: pydoc(
      "library/functions.html#print",
      "print() prints objects to the text stream, followed by end (a newline by default).",
    ),
  },
  {
    id: "dict-loop",
    does: "loops over the keys and values of a dictionary",
    needs: [/\b(?:loop|iterate|go through|for each)\w*\b/, /\b(?:dict\w*|object|keys)\b/],
    name: "main",
    params: [],
    kind: "script",
    write: (lang) =>
      lang === "python"
        ? {
            code: ['ages = {"Ada": 36, "Alan": 41}', "for name, age in ages.items():", "    print(name, age)"].join(
              "\n",
            ),
            note: "items() gives each key with its value; looping over the dictionary alone gives only the keys.",
          }
        : {
            code: [
              `const ages${lang === "typescript" ? ": Record<string, number>" : ""} = { Ada: 36, Alan: 41 };`,
              "for (const [name, age] of Object.entries(ages)) {",
              "  console.log(name, age);",
              "}",
            ].join("\n"),
            note: "Object.entries gives [key, value] pairs; for...in would also walk inherited keys.",
          },
    source: mdn(
      "Global_Objects/Object/entries",
      "Object.entries() returns an array of a given object's own enumerable string-keyed property key-value pairs.",
    ),
    pySource: pydoc(
      "tutorial/datastructures.html#looping-techniques",
      "When looping through dictionaries, the key and corresponding value can be retrieved at the same time using the items() method.",
    ),
  },
  {
    id: "list-length",
    does: "gets the length of a list",
    needs: [/\b(?:length|size|how many (?:items|elements)|number of (?:items|elements))\b/, /\b(?:list|array)\b/],
    not: /\bstring\b/,
    name: "main",
    params: [],
    kind: "script",
    write: (lang) =>
      lang === "python"
        ? {
            code: ['fruits = ["apple", "pear", "plum"]', "print(len(fruits))  # 3"].join("\n"),
            note: "len() works on any sequence: lists, strings, tuples.",
          }
        : {
            code: ['const fruits = ["apple", "pear", "plum"];', "console.log(fruits.length); // 3"].join("\n"),
            note: "length is a property, not a method: no parentheses.",
          },
    source: mdn(
      "Global_Objects/Array/length",
      "The length data property of an Array instance represents the number of elements in that array.",
    ),
    pySource: pydoc("library/functions.html#len", "len() returns the length (the number of items) of an object."),
  },
  {
    id: "append",
    does: "adds an item to the end of a list",
    needs: [/\b(?:add|append|push|insert)\b/, /\b(?:list|array)\b/],
    not: /\b(?:numbers? (?:in|of)|sum|total|up)\b/,
    name: "main",
    params: [],
    kind: "script",
    write: (lang) =>
      lang === "python"
        ? {
            code: [
              'fruits = ["apple", "pear"]',
              'fruits.append("plum")',
              'print(fruits)  # ["apple", "pear", "plum"]',
            ].join("\n"),
            note: "append adds one item at the end; extend adds every item of another list.",
          }
        : {
            code: [
              'const fruits = ["apple", "pear"];',
              'fruits.push("plum");',
              'console.log(fruits); // ["apple", "pear", "plum"]',
            ].join("\n"),
            note: "push changes the array in place and returns its new length.",
          },
    source: mdn(
      "Global_Objects/Array/push",
      "The push() method adds the specified elements to the end of an array and returns the new length of the array.",
    ),
    pySource: pydoc(
      "tutorial/datastructures.html#more-on-lists",
      "list.append(x) adds an item to the end of the list.",
    ),
  },
  {
    id: "comment",
    does: "writes a comment",
    needs: [/\b(?:write|add|make|do|comment out)\b/, /\bcomments?\b/],
    not: /\b(?:review|explain|docstring)\b/,
    name: "main",
    params: [],
    kind: "script",
    write: (lang) =>
      lang === "python"
        ? {
            code: ["# A comment runs from the hash to the end of the line", "total = 0  # it can follow code too"].join(
              "\n",
            ),
            note: "Python has no block comment: put a # on each line.",
          }
        : {
            code: [
              "// A comment runs to the end of the line",
              "let total = 0; // it can follow code too",
              "/* A block comment",
              "   can span several lines */",
            ].join("\n"),
            note: "// comments one line; /* ... */ can span several.",
          },
    source: mdn(
      "../../Guide/Grammar_and_types#comments",
      "Comments in JavaScript: // for a single line, /* */ for several lines.",
    ),
    pySource: pydoc(
      "reference/lexical_analysis.html#comments",
      "A comment starts with a hash character (#) that is not part of a string literal, and ends at the end of the physical line.",
    ),
  },
  {
    id: "declare-variable",
    does: "declares a variable",
    needs: [/\b(?:declare|create|define|make|set)\b/, /\bvariables?\b/],
    name: "main",
    params: [],
    kind: "script",
    write: (lang) =>
      lang === "python"
        ? {
            code: ['name = "Ada"', "count = 0", "count = count + 1"].join("\n"),
            note: "Python needs no keyword: assigning a value creates the variable.",
          }
        : {
            code: [
              'const name = "Ada"; // never reassigned',
              "let count = 0; // may change",
              "count = count + 1;",
            ].join("\n"),
            note: "Use const unless the value changes, then let; avoid the old var.",
          },
    source: mdn("Statements/let", "The let declaration declares re-assignable, block-scoped local variables."),
    pySource: pydoc(
      "tutorial/introduction.html#numbers",
      "The equal sign (=) is used to assign a value to a variable.",
    ),
  },
  {
    id: "map",
    does: "applies a function to every item of a list",
    needs: [/\bmap\b/],
    not: /\b(?:dict|hash ?map|object)\b/,
    name: "main",
    params: [],
    kind: "script",
    write: (lang) =>
      lang === "python"
        ? {
            code: [
              "numbers = [1, 2, 3]",
              "doubled = [n * 2 for n in numbers]  # or list(map(lambda n: n * 2, numbers))",
              "print(doubled)  # [2, 4, 6]",
            ].join("\n"),
            note: "A list comprehension is the usual way in Python; map() returns an iterator.",
          }
        : {
            code: [
              "const numbers = [1, 2, 3];",
              `const doubled = numbers.map((n${t(lang, ": number")}) => n * 2);`,
              "console.log(doubled); // [2, 4, 6]",
            ].join("\n"),
            note: "map returns a new array of the results and leaves the original as it was.",
          },
    source: mdn(
      "Global_Objects/Array/map",
      "The map() method creates a new array populated with the results of calling a provided function on every element in the calling array.",
    ),
    pySource: pydoc(
      "library/functions.html#map",
      "map(function, iterable) returns an iterator that applies function to every item of iterable.",
    ),
  },
];
