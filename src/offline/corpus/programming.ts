/**
 * The questions a new programmer asks around the course rather than inside it: what an API is,
 * which language to learn, how to install Python, how to start, what Git and a function are.
 * Learners try them first; without a passage of their own they borrowed a neighbour's (the API
 * question got the tokens passage). Facts here are stable and checked against python.org,
 * git-scm.com and MDN; nothing here dates quickly.
 */
import type { Topic } from "./types";

const t = (id: string, title: string, keywords: string[], text: string, points: string[]): Topic => ({
  id,
  title,
  keywords,
  passages: [{ text, cues: [...new Set(keywords.flatMap((k) => k.split(" ")))], points }],
});

/** How long learning takes is asked as often as how to start: a second passage of the learning topic. */
const HOW_LONG =
  "How long it takes to learn a language like Python depends on the time you give it and on what you want to do with it. With regular practice, say an hour a day, most beginners write small useful scripts within a few weeks and feel at home in the language after a few months; becoming confident enough for a programming job usually takes a year or more of building real projects. Steady daily practice counts for more than long sessions now and then.";

export const PROGRAMMING: Topic[] = [
  t(
    "api",
    "APIs",
    ["api", "apis", "application programming interface", "rest api", "web api", "endpoint", "endpoints"],
    "An API (application programming interface) is the set of rules one program uses to ask another for something: which requests it may send, what each must contain, and what comes back. A web API is reached over HTTP: your code sends a request to an endpoint, a URL such as https://api.openai.com/v1/chat/completions, usually with a JSON body, and gets a JSON response back. A REST API names its resources by URL and acts on them with the HTTP methods GET, POST, PUT and DELETE. The Chat Completions API this workbook teaches is one of them: you POST the conversation, and it returns the model's reply.",
    [
      "An API is the set of rules one program uses to ask another for something",
      "A web API is reached over HTTP, usually with JSON bodies",
      "An endpoint is the URL a request goes to",
      "A REST API acts on resources with GET, POST, PUT and DELETE",
    ],
  ),
  t(
    "first-language",
    "Choosing a programming language",
    [
      "programming language",
      "programming languages",
      "best language",
      "first language",
      "which language",
      "language to learn",
      "best programming language",
    ],
    "No programming language is best at everything: the right one depends on what you want to build. Python is a common first choice for beginners, because its code reads almost like English and it leads in data analysis, machine learning and automation. JavaScript runs in every web browser, and TypeScript, JavaScript with types, is the usual choice for web apps (this workbook is written in it). Pick the language that fits your first project and learn it well: variables, loops, functions and data structures carry over to the next one.",
    [
      "No language is best at everything: it depends on what you build",
      "Python: readable, strong in data, machine learning and automation",
      "JavaScript runs in every browser; TypeScript adds types for web apps",
      "The core ideas carry over from one language to the next",
    ],
  ),
  t(
    "learn-to-code",
    "Learning to code",
    [
      "learn to code",
      "learning to code",
      "learn coding",
      "learn programming",
      "learning programming",
      "learn to program",
      "start coding",
      "beginner programmer",
      "coding tips",
      "learn python",
      "learning python",
      "learn javascript",
      "learn typescript",
    ],
    "Learning to program goes fastest by building things. Choose one language and one small project you care about, such as a to-do list, a quiz game or a script that tidies your downloads folder, and write a little code every day. Type examples out instead of pasting them, read error messages closely (they usually say what went wrong and on which line), and change working code to see what happens. When you are stuck, explain the problem step by step or search for the exact error text, and keep your first projects small enough to finish.",
    [
      "Pick one language and one small project you care about",
      "Write a little code every day",
      "Type examples out instead of pasting them",
      "Read error messages closely: they say what went wrong and where",
      "Keep first projects small enough to finish",
    ],
  ),
  t(
    "install-python",
    "Installing Python",
    [
      "install python",
      "installing python",
      "python installer",
      "download python",
      "set up python",
      "python installed",
      "mac",
      "macos",
      "windows",
      "linux",
      "ubuntu",
    ],
    'Download Python from python.org, where the Downloads page offers installers for Windows and macOS; on Windows, tick "Add python.exe to PATH" on the installer\'s first screen. On macOS you can also install it with Homebrew (`brew install python`). Most Linux distributions ship Python 3 already, or install it with their package manager, such as `sudo apt install python3` on Debian and Ubuntu. To check that it worked, open a terminal and run `python3 --version` (`py --version` on Windows).',
    [
      "Download the installer from python.org",
      'On Windows, tick "Add python.exe to PATH"',
      "On macOS, Homebrew works too: brew install python",
      "On Debian or Ubuntu: sudo apt install python3",
      "Check with python3 --version",
    ],
  ),
  t(
    "git",
    "Git and version control",
    [
      "git",
      "version control",
      "commit",
      "commits",
      "repository",
      "github",
      "gitlab",
      "branch",
      "branches",
      "undo a commit",
    ],
    'Git is a version control system: it records snapshots of a project\'s files, called commits, so you can see what changed and when, go back to an earlier version, and work on branches side by side before merging them. GitHub and GitLab are websites that host Git repositories so people can share and review code. The everyday commands are `git add` to stage changes, `git commit -m "message"` to record them, and `git push` and `git pull` to sync with the shared copy. `git switch -c name` creates a new branch and moves onto it, and `git reset --soft HEAD~1` undoes the last commit while keeping its changes.',
    [
      "Git records snapshots of a project's files, called commits",
      "Branches let work go on side by side before it is merged",
      "GitHub and GitLab host repositories for sharing and review",
      "Everyday commands: git add, git commit, git push, git pull",
    ],
  ),
  t(
    "functions",
    "Functions",
    ["function", "functions", "parameter", "parameters", "argument", "arguments", "return value"],
    "A function is a named, reusable block of code that does one job: it takes inputs, called parameters, and usually returns a result. In Python you write `def add(a, b): return a + b`, and in TypeScript `function add(a: number, b: number) { return a + b; }`; calling `add(2, 3)` gives 5. Functions let you write a piece of logic once, give it a name that says what it does, and test it on its own.",
    [
      "A function is a named, reusable block of code that does one job",
      "It takes inputs, called parameters, and usually returns a result",
      "Write the logic once, name it, and test it on its own",
    ],
  ),
  // MDN Glossary "Loop" and the Python tutorial's "for Statements" (docs.python.org/3/tutorial/controlflow.html#for-statements).
  t(
    "for-loop",
    "For loops",
    ["for loop", "for loops", "for-loop", "for statement"],
    "A for loop runs the same block of code once for each item in a sequence, such as each element of a list or each number in a range. In Python, `for n in [1, 2, 3]: print(n)` prints 1, 2 and 3, and `for i in range(5)` counts from 0 to 4; in JavaScript, `for (const n of [1, 2, 3]) console.log(n);` does the same. Use a for loop when you know what you are going through; the loop ends by itself after the last item.",
    [
      "A for loop runs a block of code once for each item in a sequence",
      "Python: for n in items, or for i in range(5) to count from 0 to 4",
      "JavaScript: for (const n of items) { ... }",
      "It stops by itself after the last item",
    ],
  ),
  // MDN Reference "while" (developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/while) and the
  // Python reference's "The while statement" (docs.python.org/3/reference/compound_stmts.html#while).
  t(
    "while-loop",
    "While loops",
    ["while loop", "while loops", "while-loop", "while statement"],
    "A while loop repeats a block of code as long as a condition stays true, checking the condition before each round. In Python, `n = 3` then `while n > 0: print(n); n -= 1` prints 3, 2 and 1; JavaScript writes it `while (n > 0) { console.log(n); n--; }`. Something inside the loop must eventually make the condition false, or the loop runs forever; use a while loop when you don't know in advance how many rounds you need.",
    [
      "A while loop repeats code as long as a condition is true",
      "The condition is checked before each round",
      "Something in the loop must make the condition false, or it never ends",
      "Use it when you don't know in advance how many rounds you need",
    ],
  ),
  // MDN Glossary "Variable" (developer.mozilla.org/en-US/docs/Glossary/Variable) and the Python tutorial 3.1.
  t(
    "variable",
    "Variables",
    ["variable", "variables", "a variable", "variable in programming"],
    "A variable is a name that refers to a value stored in the program's memory, so you can use the value later and change it. In Python you create one by assigning to it, `age = 34`, and in JavaScript or TypeScript with `let age = 34` (or `const` for a name you will not reassign). After that, `age + 1` gives 35. Good variable names say what the value means, such as `total_price` rather than `x`.",
    [
      "A variable is a name that refers to a stored value",
      "Python: age = 34; JavaScript: let age = 34 or const",
      "You can read the value later and change it",
      "Names should say what the value means",
    ],
  ),
  // MDN Glossary "Array" (developer.mozilla.org/en-US/docs/Glossary/Array) and the Python tutorial's "Lists".
  t(
    "array",
    "Arrays",
    ["array", "arrays", "an array"],
    'An array is an ordered list of values kept under one name. You reach a value by its position, its index, which starts at 0. In JavaScript `const fruits = ["apple", "pear"]` makes one, `fruits[0]` is "apple" and `fruits.length` is 2; Python calls the same thing a list and writes it the same way. You can add items, remove them, sort them and loop over them.',
    [
      "An array is an ordered list of values under one name",
      "Each value is reached by its index, starting at 0",
      "Python calls it a list",
    ],
  ),
  // MDN Glossary "String" (developer.mozilla.org/en-US/docs/Glossary/String) and the Python tutorial's "Text".
  t(
    "string",
    "Strings",
    ["string", "strings", "a string", "string in programming"],
    'A string is a piece of text in a program: a sequence of characters written between quotes, such as `"hello"` or `\'Paris\'`. You can join strings with +, measure them (`len("hello")` is 5 in Python, `"hello".length` in JavaScript), change their case and search them. Strings cannot be changed in place in Python or JavaScript: methods such as upper() return a new string.',
    [
      "A string is text: characters between quotes",
      "Join with +, measure with len() or .length",
      "Methods return a new string instead of changing it",
    ],
  ),
  // MDN Glossary "Boolean" (developer.mozilla.org/en-US/docs/Glossary/Boolean) and the Python reference's bool.
  t(
    "boolean",
    "Booleans",
    ["boolean", "booleans", "bool", "true or false"],
    "A boolean is a value that is either true or false. Comparisons give booleans: `3 > 2` is true, and `5 == 4` is false in Python (`5 === 4` in JavaScript). Programs use them to decide what to do, in if statements and loop conditions. Python writes them `True` and `False`, JavaScript and TypeScript `true` and `false`.",
    [
      "A boolean is either true or false",
      "Comparisons such as 3 > 2 give booleans",
      "If statements and loops use them to decide what to do",
    ],
  ),
  // MDN Reference "if...else" (developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/if...else) and the
  // Python tutorial's "if Statements" (docs.python.org/3/tutorial/controlflow.html#if-statements).
  t(
    "if-statement",
    "If statements",
    ["if statement", "if statements", "if else", "if-else", "conditional", "conditionals", "elif"],
    'An if statement runs a block of code only when a condition is true, and an else block when it is not. In Python: `if age >= 18: print("adult")` then `else: print("minor")`, with elif for more cases; in JavaScript: `if (age >= 18) { ... } else { ... }`. It is how a program makes decisions.',
    [
      "An if statement runs code only when a condition is true",
      "else runs when it is false; elif or else if adds more cases",
      "It is how a program makes decisions",
    ],
  ),
  // MDN Reference "let" and "const" (developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/let, .../const).
  t(
    "js-let-const",
    "let and const in JavaScript",
    [
      "let and const",
      "let vs const",
      "const and let",
      "const vs let",
      "var let const",
      "let const var",
      "let or const",
    ],
    "Both declare a variable that lives only inside the block where it is declared. A name declared with `let` can be given a new value later (`let count = 0; count = 1;`); a name declared with `const` cannot be reassigned, and must get its value when declared (`const max = 10;`). `const` does not freeze an object or array: `const list = []; list.push(1);` still works, since the name still points to the same array. Use `const` by default and `let` for values that change; the older `var` is scoped to the whole function and is best avoided.",
    [
      "let and const both declare block-scoped variables",
      "let can be reassigned; const cannot",
      "const does not freeze an object's contents",
      "Use const by default, let when the value changes",
    ],
  ),
  // MDN Guide "Working with objects" (developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Working_with_objects).
  t(
    "js-object",
    "Objects in JavaScript",
    [
      "object in javascript",
      "javascript object",
      "javascript objects",
      "js object",
      "objects in javascript",
      "object literal",
    ],
    'An object in JavaScript is a collection of named values, its properties, written in curly braces: `const user = { name: "Ada", age: 36 };`. You read a property with a dot, `user.name`, or with brackets, `user["age"]`, and add or change one by assigning to it. A property can hold any value, including a function, which is then called a method. Objects are how JavaScript groups data that belongs together, much like a dictionary in Python.',
    [
      "An object is a collection of named values, its properties",
      'Read them with user.name or user["name"]',
      "A property that holds a function is a method",
    ],
  ),
  // MDN Reference "return" (developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/return) and the
  // Python reference's "The return statement" (docs.python.org/3/reference/simple_stmts.html#return).
  t(
    "return-statement",
    "The return statement",
    ["return statement", "return keyword", "what does return do", "return value", "return in a function"],
    "The return statement ends a function and hands a value back to the code that called it: after `def double(n): return n * 2`, the call `double(4)` gives 8, which you can store or print. Nothing after a return in the same function runs. A function with no return, or a bare `return`, gives back None in Python and undefined in JavaScript. Printing a value only shows it; returning it lets the rest of the program use it.",
    [
      "return ends a function and hands a value back to its caller",
      "Code after return in the same function does not run",
      "No return gives None in Python, undefined in JavaScript",
      "print shows a value; return lets the program use it",
    ],
  ),
  // MDN Reference "Equality (==)" and "Strict equality (===)" (developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Strict_equality).
  t(
    "js-equality",
    "== and === in JavaScript",
    [
      "== and ===",
      "=== and ==",
      "== vs ===",
      "=== vs ==",
      "double equals",
      "triple equals",
      "strict equality",
      "loose equality",
    ],
    'In JavaScript, `===` (strict equality) is true only when both sides have the same type and value, while `==` (loose equality) first converts the values to a common type: `5 == "5"` is true, but `5 === "5"` is false, and `0 == false` is true while `0 === false` is not. Because those conversions surprise people, use `===` (and `!==`) by default.',
    [
      "=== compares type and value, with no conversion",
      "== converts the values to a common type first",
      '5 == "5" is true; 5 === "5" is false',
      "Use === by default",
    ],
  ),
  // MDN Glossary "Syntax error" (developer.mozilla.org/en-US/docs/Glossary/Syntax_error) and the Python tutorial's
  // "Syntax Errors" (docs.python.org/3/tutorial/errors.html#syntax-errors).
  t(
    "syntax-error",
    "Syntax errors",
    ["syntax error", "syntax errors", "syntaxerror", "invalid syntax"],
    "A syntax error means the code breaks the grammar of the language, so it cannot even start running: a missing colon after `if x > 3`, an unclosed bracket or quote, or a misspelled keyword. The error message points to the line where the parser got confused; the real mistake is often on that line or just before it. Fix the typo and run the code again.",
    [
      "The code breaks the language's grammar, so it cannot run",
      "Missing colons, unclosed brackets or quotes are common causes",
      "The message points at the line where the parser got confused",
    ],
  ),
  // MDN Glossary "Bug" (developer.mozilla.org/en-US/docs/Glossary/Bug).
  t(
    "bug",
    "Bugs",
    ["bug in programming", "a bug", "software bug", "what is a bug", "debugging", "what is debugging"],
    "A bug is a mistake in a program that makes it behave differently from what was intended: a wrong result, a crash or a page that will not load. Debugging is finding and fixing it: reproduce the problem, read the error message, print or inspect the values at each step to see where they first go wrong, change one thing, and test again.",
    [
      "A bug is a mistake that makes a program behave wrongly",
      "Debugging is finding and fixing it",
      "Reproduce it, read the error, inspect values, change one thing, test again",
    ],
  ),
  // MDN Glossary "Integer" (developer.mozilla.org/en-US/docs/Glossary/Integer) and Python's int (docs.python.org/3/library/functions.html#int).
  t(
    "integer",
    "Integers",
    ["integer", "integers", "an integer", "int type", "whole number"],
    'An integer is a whole number with no fractional part, such as -3, 0 or 42. In Python its type is int, `int("42")` turns text into one and `int(3.9)` drops the fraction to give 3; 3.5 is a float instead. JavaScript has a single number type for both, and `Number.isInteger(5)` tells you whether a number is whole.',
    [
      "An integer is a whole number: -3, 0, 42",
      "Python's int type; int() converts text or drops a fraction",
      "JavaScript uses one number type; Number.isInteger checks",
    ],
  ),
  // MDN Glossary "Index" of arrays (developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array) and
  // the Python tutorial's "Lists" (docs.python.org/3/tutorial/introduction.html#lists).
  t(
    "index",
    "Indexes",
    ["index", "an index", "indexes", "indices", "index in a list", "zero-based", "zero indexed"],
    'An index is the position of an item in a list, array or string, counted from 0: in `colors = ["red", "green", "blue"]`, `colors[0]` is "red" and `colors[2]` is "blue". Asking for an index past the end is an error in Python (IndexError) and gives undefined in JavaScript. Python also counts from the end with negative indexes: `colors[-1]` is "blue".',
    [
      "An index is an item's position, counted from 0",
      "colors[0] is the first item",
      "Past the end: IndexError in Python, undefined in JavaScript",
      "Python's -1 is the last item",
    ],
  ),
];

// The learning topic's second passage, cued by the duration words its question uses.
PROGRAMMING.find((topic) => topic.id === "learn-to-code")?.passages.push({
  text: HOW_LONG,
  cues: ["long", "take", "takes", "time", "months", "weeks", "learn", "learning", "python", "javascript", "typescript"],
  points: [
    "Small useful scripts after a few weeks of regular practice",
    "At home in the language after a few months",
    "Job-ready usually takes a year or more of real projects",
  ],
});

// "For loop or while loop?": both topics' pages above; a passage of its own, cued by the comparing words.
PROGRAMMING.find((topic) => topic.id === "while-loop")?.passages.push({
  text: "A for loop goes through a sequence you already have, one item at a time, and stops after the last one: `for name in names:` in Python. A while loop repeats as long as a condition is true and stops when it turns false: `while guess != answer:`. Use for when you know what you are going through (a list, a range of numbers) and while when you don't know in advance how many rounds it takes, such as asking until the user types a valid answer.",
  cues: ["difference", "differences", "between", "vs", "versus", "compare", "or", "for", "when", "which"],
  points: [
    "A for loop goes through a sequence and stops after its last item",
    "A while loop repeats as long as a condition is true",
    "for when you know what you go through; while when you don't know how many rounds",
  ],
});
