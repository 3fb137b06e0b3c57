import type { Topic } from "./types";

const F = "```";

export const DECORATORS: Topic = {
  id: "decorators",
  title: "Python decorators",
  keywords: ["decorator", "decorators", "decorate", "decorated", "wrapper", "wraps", "functools", "@"],
  passages: [
    {
      language: "python",
      text:
        "A decorator in Python is a function that takes another function and returns a new function that usually does a little extra work before or after calling the original. You apply it with the @ syntax on the line above a definition: writing @timer above def load_data() is shorthand for load_data = timer(load_data).\n\n" +
        "Decorators let you add behaviour such as logging, timing, caching, access checks or retries without touching the body of the function you are decorating. The same decorator can be reused on many functions, which keeps that cross-cutting code in one place. The standard library ships several, including functools.lru_cache for memoisation, property for computed attributes and staticmethod and classmethod for methods.",
      cues: ["what", "decorator", "explain", "are"],
      points: [
        "A decorator is a function that takes a function and returns a new one.",
        "The @name line above a def is shorthand for func = name(func).",
        "Decorators add behaviour like logging, timing, caching or retries without editing the function.",
        "One decorator can be reused across many functions.",
        "The standard library includes functools.lru_cache, property, staticmethod and classmethod.",
      ],
    },
    {
      language: "python",
      text:
        "Think of a decorator as a wrapper you put around a function. Python functions are ordinary objects: you can pass them to other functions, store them in variables and return them. A decorator uses exactly that. It receives your function, defines an inner function that calls it, and hands back the inner function in its place.\n\n" +
        "From the outside nothing seems to change: you call the function by the same name with the same arguments. But every call now goes through the wrapper first, so the wrapper can measure how long the call took, print what was passed in, check a permission, or remember a previous result. Frameworks use this pattern everywhere, for example to register web routes or command-line commands with a single line.",
      cues: ["what", "how", "work", "works", "understand"],
      points: [
        "Functions in Python are objects you can pass around and return.",
        "A decorator defines an inner wrapper function that calls the original.",
        "Callers still use the same name and arguments.",
        "Every call passes through the wrapper, which can log, time, check or cache.",
        "Web and command-line frameworks use decorators to register handlers.",
      ],
    },
    {
      language: "python",
      text:
        "Here is a simple decorator that prints how long a function takes:\n\n" +
        `${F}python\nimport time\nfrom functools import wraps\n\n\ndef timer(func):\n    """Report how long each call to func takes."""\n    @wraps(func)  # keep the original name and docstring\n    def wrapper(*args, **kwargs):\n        start = time.perf_counter()\n        result = func(*args, **kwargs)  # call the original function\n        elapsed = time.perf_counter() - start\n        print(f"{func.__name__} took {elapsed:.3f}s")\n        return result  # hand back whatever func returned\n    return wrapper\n\n\n@timer\ndef slow_sum(n):\n    return sum(range(n))\n\n\nslow_sum(1_000_000)  # prints: slow_sum took 0.021s (or similar)\n${F}\n\n` +
        "The @timer line replaces slow_sum with the wrapper returned by timer. The wrapper accepts any arguments, calls the original function, prints the elapsed time and returns the original result, so callers see no difference apart from the printed line.",
      cues: ["example", "show", "simple", "sample", "code", "demonstrate", "write"],
      points: [
        "timer(func) defines a wrapper that records the start time, calls func and prints the elapsed time.",
        "@wraps(func) keeps the original function's name and docstring.",
        "The wrapper accepts *args and **kwargs so it works with any signature.",
        "It returns the original result, so callers notice nothing but the printed line.",
      ],
    },
    {
      language: "python",
      text:
        "A decorator is still a function, but it plays a different role from the regular functions you call to get work done. A regular function takes data, such as numbers or strings, and returns a result. A decorator takes a function as its input and returns another function, so it works on behaviour rather than on data.\n\n" +
        "The other difference is timing. You call a regular function whenever you need its result. A decorator runs once, when Python reaches the def statement it decorates, and its job is to build the replacement function. After that, each call goes to the wrapper it returned. So a regular function answers a question, while a decorator changes how another function answers: it adds logging, timing or checks around code without editing that code.",
      cues: [
        "differ",
        "difference",
        "different",
        "regular",
        "normal",
        "compare",
        "versus",
        "vs",
        "functions",
        "unlike",
      ],
      points: [
        "A regular function transforms data; a decorator transforms a function.",
        "A decorator takes a function and returns a new function.",
        "A decorator runs once, when the decorated def is executed; regular functions run when called.",
        "Decorators add behaviour around code without editing it.",
      ],
    },
    {
      language: "python",
      text:
        "When a decorator needs settings of its own, you add one more layer: a function that takes the settings and returns the actual decorator. For example, a retry decorator could be used as @retry(times=3).\n\n" +
        `${F}python\nfrom functools import wraps\n\n\ndef retry(times=3):\n    """Try the decorated function up to the given number of times."""\n    def decorator(func):\n        @wraps(func)\n        def wrapper(*args, **kwargs):\n            for attempt in range(1, times + 1):\n                try:\n                    return func(*args, **kwargs)\n                except Exception:\n                    if attempt == times:\n                        raise  # out of attempts: let the error through\n        return wrapper\n    return decorator\n${F}\n\n` +
        "Always use functools.wraps in the wrapper. Without it, the decorated function reports the wrapper's name and loses its docstring, which confuses debuggers, documentation tools and anyone reading a stack trace.",
      cues: ["arguments", "parameters", "settings", "wraps", "functools", "advanced", "retry", "options"],
      points: [
        "A decorator with arguments is a function that returns a decorator.",
        "Use it as @retry(times=3).",
        "functools.wraps keeps the decorated function's name and docstring.",
      ],
    },
  ],
};

export const PYTHON_PRACTICES: Topic = {
  id: "python-best-practices",
  title: "Python best practices",
  keywords: ["python", "pythonic", "pep", "practices", "practice", "idiomatic", "clean", "conventions"],
  passages: [
    {
      language: "python",
      text:
        "A few habits make Python code easier to read, test and maintain. Follow PEP 8, the community style guide, and let a formatter such as Black or Ruff apply it for you. Give each project its own virtual environment and pin its dependencies, so it runs the same way on every machine.\n\n" +
        "Add type hints to function signatures and check them with a type checker: they document intent and catch mistakes early. Write small functions that do one thing, with names that say what they do. Prefer f-strings for formatting, with statements for files and other resources, and comprehensions for simple transformations of lists. Handle specific exceptions rather than catching everything, and cover your code with automated tests using pytest.",
      cues: ["best", "practices", "tips", "list", "good", "habits", "advice"],
      points: [
        "Follow PEP 8 and let a formatter like Black or Ruff enforce it.",
        "Use a virtual environment per project and pin your dependencies.",
        "Add type hints and run a type checker.",
        "Write small, single-purpose functions with descriptive names.",
        "Use f-strings for string formatting.",
        "Open files and other resources with a with statement.",
        "Catch specific exceptions instead of a bare except.",
        "Write automated tests with pytest.",
      ],
    },
    {
      language: "python",
      text:
        "Good Python code reads almost like a description of what it does. Choose clear names over clever ones, keep functions short, and avoid deep nesting by returning early. Use the standard library before reaching for a new dependency: modules like pathlib, dataclasses, itertools and collections solve many everyday problems well.\n\n" +
        "Make errors loud and specific, so bugs surface where they start instead of far away. Keep configuration and secrets out of the code, for example in environment variables. And treat readability as a feature: code is read far more often than it is written, usually by someone who was not there when it was written, and that someone is often you, six months later.",
      cues: ["pythonic", "clean", "readable", "write", "better", "good"],
      points: [
        "Prefer clear names over clever ones.",
        "Keep functions short and return early to avoid deep nesting.",
        "Reach for the standard library (pathlib, dataclasses, itertools) first.",
        "Raise specific errors close to where problems start.",
        "Keep configuration and secrets out of the code.",
        "Optimise for readability: code is read far more than it is written.",
      ],
    },
    {
      language: "python",
      text:
        "Here is a small function that follows common Python best practices:\n\n" +
        `${F}python\nfrom pathlib import Path\n\n\ndef count_words(path: Path) -> dict[str, int]:\n    """Count how often each word appears in a text file."""\n    counts: dict[str, int] = {}\n    # "with" closes the file even if an error happens while reading\n    with path.open(encoding="utf-8") as file:\n        for line in file:\n            for word in line.lower().split():\n                counts[word] = counts.get(word, 0) + 1\n    return counts\n\n\nif __name__ == "__main__":\n    print(count_words(Path("notes.txt")))\n${F}\n\n` +
        'It has a type-annotated signature and a docstring, uses pathlib instead of string paths, opens the file with an explicit encoding inside a with block, and keeps the script entry point behind if __name__ == "__main__" so the module can be imported by tests without side effects.',
      cues: ["example", "code", "show", "sample"],
      points: [
        "Type hints on the signature and a docstring.",
        "pathlib.Path instead of string paths.",
        "An explicit encoding and a with block for the file.",
        'The script entry point behind if __name__ == "__main__".',
      ],
    },
  ],
};

export const TYPESCRIPT: Topic = {
  id: "typescript",
  title: "TypeScript",
  keywords: ["typescript", "javascript", "ts", "js", "node", "types", "interface", "npm"],
  passages: [
    {
      language: "typescript",
      text:
        "TypeScript is JavaScript with static types. You write ordinary JavaScript and add type annotations where they help, and the TypeScript compiler checks that values are used consistently before your code ever runs. The output is plain JavaScript, so it runs anywhere JavaScript does: in browsers, in Node.js and in serverless functions.\n\n" +
        "The payoff is that many mistakes, such as calling a method that does not exist or passing a string where a number is expected, show up in your editor as you type. Types also act as documentation that cannot go out of date, and they make large refactorings much safer. Most types are inferred, so you mainly annotate function parameters and the shapes of your data with interfaces.",
      cues: ["what", "typescript", "why", "explain"],
      points: [
        "TypeScript is JavaScript plus static types.",
        "The compiler checks types before the code runs and emits plain JavaScript.",
        "Type errors appear in the editor as you type.",
        "Types document the code and make refactoring safer.",
        "Most types are inferred; you annotate parameters and data shapes.",
      ],
    },
    {
      language: "typescript",
      text:
        "Asynchronous code in TypeScript is usually written with async and await. A function marked async always returns a Promise, and inside it await pauses until a Promise settles, without blocking the rest of the program.\n\n" +
        `${F}ts\n// Fetch a JSON document and return its title\nasync function fetchTitle(url: string): Promise<string> {\n  const response = await fetch(url); // wait for the HTTP response\n  if (!response.ok) {\n    throw new Error("Request failed with status " + response.status);\n  }\n  const data = (await response.json()) as { title: string };\n  return data.title;\n}\n${F}\n\n` +
        "Wrap awaited calls in try and catch where you can handle a failure, and use Promise.all to run independent requests at the same time instead of one after another.",
      cues: ["async", "await", "promise", "asynchronous", "fetch"],
      points: [
        "An async function always returns a Promise.",
        "await pauses the function until a Promise settles, without blocking the program.",
        "Handle failures with try and catch.",
        "Use Promise.all to run independent requests concurrently.",
      ],
    },
  ],
};
