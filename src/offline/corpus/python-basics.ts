/**
 * Short answers to the Python questions a tutor is asked first (notebook 04 sends twenty of them):
 * one topic per idea, a few sentences and a small example each, as a brief tutor would answer.
 */
import type { Topic } from "./types";

const F = "```";

const t = (id: string, title: string, keywords: string[], text: string, points?: string[]): Topic => ({
  id,
  title,
  keywords,
  // The topic's own words pick it out against broader Python passages that share "python" and "what".
  passages: [
    {
      text,
      language: "python",
      cues: [
        ...new Set(keywords.flatMap((k) => k.split(" ")).filter((w) => !/^(a|an|the|python|in|of|good)$/.test(w))),
      ],
      ...(points ? { points } : {}),
    },
  ],
});

export const PYTHON_BASICS: Topic[] = [
  t(
    "py-list",
    "Python lists",
    ["a python list", "python lists", "list in python", "a list"],
    `A list is an ordered, changeable sequence of values, written in square brackets: ${"`"}fruits = ["apple", "pear"]${"`"}. You can add items with append, remove them, sort the list in place and reach any item by its index, starting from 0.`,
  ),
  t(
    "py-tuple",
    "Python tuples",
    ["tuple", "tuples"],
    `A tuple is like a list that cannot change once it is made: ${"`"}point = (3, 4)${"`"}. Use a tuple for a fixed group of values that belong together, such as coordinates or a function's several return values; use a list when the collection grows or changes.`,
  ),
  t(
    "py-dict",
    "Python dictionaries",
    ["dictionary", "dictionaries", "dict", "dicts"],
    `Use a dictionary when you look things up by a key rather than by position: ${"`"}ages = {"ana": 31, "ben": 27}${"`"}, then ${"`"}ages["ana"]${"`"}. Lookups are fast whatever the size, keys must be unique and hashable, and since Python 3.7 a dictionary keeps the order in which keys were added.`,
  ),
  t(
    "py-set",
    "Python sets",
    ["a set", "python set", "sets", "set good"],
    `A set holds unique values with no order: ${"`"}tags = {"python", "web"}${"`"}. It is good for removing duplicates (${"`"}set(items)${"`"}), for fast membership tests with in, and for comparing collections with union, intersection and difference.`,
  ),
  t(
    "py-comprehension",
    "List comprehensions",
    ["comprehension", "comprehensions"],
    `A list comprehension builds a new list from an existing sequence in one expression: ${"`"}squares = [n * n for n in range(10) if n % 2 == 0]${"`"}. It reads as "this value, for each item, if a condition holds", and it replaces a loop that appends to an empty list.`,
  ),
  t(
    "py-generator",
    "Generators",
    ["generator", "generators"],
    `A generator produces values one at a time, only when they are asked for, instead of building a whole list in memory. You write one as a function that uses yield, or as an expression in round brackets: ${"`"}(n * n for n in range(1_000_000))${"`"}. Generators suit long or endless sequences, such as the lines of a big file.`,
  ),
  t(
    "py-yield",
    "How yield works",
    ["yield", "yields"],
    `When a function contains yield, calling it returns a generator instead of running the body. Each time the loop asks for the next value, the function runs until the next yield, hands that value out and pauses there, keeping its local variables, until it is asked again:\n\n${F}python\ndef countdown(n):\n    while n > 0:\n        yield n  # pause here and hand out n\n        n -= 1\n\nfor x in countdown(3):\n    print(x)  # 3, 2, 1\n${F}`,
  ),
  t(
    "py-closure",
    "Closures",
    ["closure", "closures"],
    `A closure is a function that remembers the variables of the function it was created in, even after that function has returned:\n\n${F}python\ndef make_counter():\n    count = 0\n    def counter():\n        nonlocal count  # the enclosing variable, kept alive\n        count += 1\n        return count\n    return counter\n${F}\n\nEach counter keeps its own count. Decorators rely on closures.`,
  ),
  t(
    "py-type-hints",
    "Type hints",
    ["type hints", "type hint", "annotations", "annotation", "mypy"],
    `Type hints say what types a function expects and returns: ${"`"}def greet(name: str) -> str:${"`"}. Python does not enforce them when the code runs; they document intent and let tools such as mypy, Pyright and your editor catch mistakes before the program runs.`,
  ),
  t(
    "py-class",
    "Writing a class",
    ["class", "classes", "__init__", "self"],
    `Define a class with the class keyword and an __init__ method that sets up each new object:\n\n${F}python\nclass Dog:\n    def __init__(self, name: str):\n        self.name = name  # stored on this object\n\n    def speak(self) -> str:\n        return f"{self.name} says woof"\n\nprint(Dog("Rex").speak())\n${F}\n\nself is the object the method was called on.`,
  ),
  t(
    "py-dataclass",
    "Dataclasses",
    ["dataclass", "dataclasses"],
    `A dataclass is a class for holding data, where Python writes __init__, __repr__ and __eq__ for you from the fields you list:\n\n${F}python\nfrom dataclasses import dataclass\n\n@dataclass\nclass Point:\n    x: float\n    y: float\n${F}\n\n${"`"}Point(1, 2)${"`"} then prints as Point(x=1, y=2) and compares by value.`,
  ),
  t(
    "py-exceptions",
    "Exceptions",
    ["exception", "exceptions", "try", "except", "raise", "errors"],
    `An exception stops normal execution when something goes wrong and travels up the call stack until a try/except block handles it:\n\n${F}python\ntry:\n    value = int(text)\nexcept ValueError:\n    value = 0  # the text was not a number\n${F}\n\nCatch only the exceptions you can handle, and use raise to signal your own errors.`,
  ),
  t(
    "py-context-manager",
    "Context managers",
    ["context manager", "context managers", "with statement", "with block"],
    `A context manager sets something up and guarantees it is cleaned up, whatever happens in between. The with statement uses it: ${"`"}with open("notes.txt") as f:${"`"} closes the file when the block ends, even if an exception is raised. Locks, database transactions and temporary settings work the same way.`,
  ),
  t(
    "py-files",
    "Reading files safely",
    ["read a file", "reading a file", "open a file", "file", "files"],
    `Open the file in a with block and name its encoding, so it is closed even if something fails:\n\n${F}python\nfrom pathlib import Path\n\nwith Path("notes.txt").open(encoding="utf-8") as f:\n    for line in f:  # one line at a time, even for big files\n        print(line.rstrip())\n${F}\n\nCatch FileNotFoundError if the file may be missing.`,
  ),
  t(
    "py-venv",
    "Virtual environments",
    ["virtual environment", "virtual environments", "venv", "virtualenv"],
    `A virtual environment is a folder with its own Python and its own installed packages, so each project keeps the versions it needs without touching the others. Create one with ${"`"}python -m venv .venv${"`"}, activate it, then install packages with pip inside it.`,
  ),
  t(
    "py-unit-test",
    "Unit tests",
    ["unit test", "unit tests", "pytest", "unittest", "test", "tests", "testing"],
    `With pytest, a unit test is a function whose name starts with test_ and that asserts what should be true:\n\n${F}python\n# test_maths.py\nfrom maths import add\n\ndef test_add():\n    assert add(2, 3) == 5\n${F}\n\nRun ${"`"}pytest${"`"} in the project folder: it finds the tests and reports any that fail.`,
  ),
  t(
    "py-sort-dicts",
    "Sorting a list of dictionaries",
    ["list of dictionaries", "list of dicts", "sort dictionaries", "itemgetter"],
    `Pass sorted a key function that picks the field to sort by:\n\n${F}python\npeople = [{"name": "Ana", "age": 31}, {"name": "Ben", "age": 27}]\nby_age = sorted(people, key=lambda p: p["age"])\n${F}\n\nAdd reverse=True for descending order, or use people.sort(key=...) to sort the list in place.`,
  ),
  t(
    "py-async",
    "async and await",
    ["async", "await", "asyncio", "coroutine", "coroutines"],
    `async and await let one thread juggle many tasks that spend most of their time waiting, such as network requests. An async def function returns a coroutine; await pauses it until the awaited work is done, and the event loop runs other tasks meanwhile. ${"`"}asyncio.run(main())${"`"} starts the loop.`,
  ),
  // The built-in len(): docs.python.org/3/library/functions.html#len.
  t(
    "py-len",
    "len() in Python",
    ["len", "len()", "length of a list", "length of a string", "len function"],
    `len() gives the number of items in a list, tuple or dictionary, or the number of characters in a string:\n\n${F}python\nprint(len([3, 1, 2]))   # 3\nprint(len("hello"))      # 5\nprint(len({"a": 1}))    # 1\n${F}\n\nAn empty list or string has length 0.`,
  ),
  // The built-in input(): docs.python.org/3/library/functions.html#input.
  t(
    "py-input",
    "Reading user input in Python",
    ["user input", "input()", "read input", "ask the user", "input function"],
    `To read user input, call input(): it prints a prompt, waits for the user to type a line and press Enter, and returns what they typed as a string:\n\n${F}python\nname = input("What is your name? ")\nage = int(input("How old are you? "))  # convert text to a number\nprint(f"Hi {name}, next year you will be {age + 1}.")\n${F}\n\nWrap int() in try/except ValueError if the user may type something that is not a number.`,
  ),
  // The built-in round(): docs.python.org/3/library/functions.html#round.
  t(
    "py-round",
    "Rounding numbers in Python",
    ["round", "round a number", "decimal places", "rounding", "round()"],
    `round(number, digits) rounds to that many decimal places, and an f-string can show a number with a fixed number of places:\n\n${F}python\nprint(round(3.14159, 2))   # 3.14\nprice = 2.5\nprint(f"{price:.2f}")      # 2.50\n${F}\n\nround() rounds a tie to the even neighbour, so round(2.5) is 2; the f-string only changes how the number is shown.`,
  ),
  // Assignment to a tuple of targets: docs.python.org/3/reference/simple_stmts.html#assignment-statements.
  t(
    "py-swap",
    "Swapping two variables in Python",
    ["swap two variables", "swap variables", "swap values", "swap two values", "swap"],
    `Python swaps two variables in one line, by assigning a tuple:\n\n${F}python\na, b = 1, 2\na, b = b, a\nprint(a, b)  # 2 1\n${F}\n\nThe right side is evaluated first, so no temporary variable is needed.`,
  ),
  // The built-in print(): docs.python.org/3/library/functions.html#print.
  t(
    "py-print",
    "Printing in Python",
    ["print", "print something", "print in python", "print function", "print text", "print a message"],
    `To print something (text, numbers or variables), use the built-in print function; it writes its values and a new line:\n\n${F}python\nprint("Hello")            # Hello\nprint("Total:", 42)       # Total: 42\nname = "Ada"\nprint(f"Hi, {name}!")     # Hi, Ada!\n${F}\n\nSeveral values are joined with a space; sep= and end= change the separator and the line ending.`,
  ),
  // type() and isinstance(): docs.python.org/3/library/functions.html#type and #isinstance.
  t(
    "py-type",
    "Checking a value's type",
    ["type of a variable", "check the type", "type of a value", "isinstance", "what type", "data type of"],
    `Call type() to see the type of a value or variable, and isinstance() to check it in code:\n\n${F}python\nx = 42\nprint(type(x))             # <class 'int'>\nprint(isinstance(x, int))  # True\n${F}\n\nisinstance also accepts subclasses, so it is the usual way to check a type.`,
  ),
];
