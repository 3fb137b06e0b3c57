import type { Topic } from "./types";

const F = "```";

export const RECURSION: Topic = {
  id: "recursion",
  title: "Recursion",
  keywords: ["recursion", "recursive", "recursively", "recurse", "factorial", "fibonacci", "base case"],
  passages: [
    {
      language: "python",
      text:
        "Recursion is when a function solves a problem by calling itself on a smaller version of the same problem. Every recursive function needs two parts: a base case, which is small enough to answer directly, and a recursive case, which breaks the problem down and calls the function again on the smaller piece.\n\n" +
        "The classic example is the factorial, where n! means n multiplied by every whole number below it:\n\n" +
        `${F}python\ndef factorial(n):\n    # Base case: 0! is 1, so the calls stop here\n    if n == 0:\n        return 1\n    # Recursive case: n! is n times (n - 1)!\n    return n * factorial(n - 1)\n\n\nprint(factorial(5))  # 120\n${F}\n\n` +
        "Calling factorial(5) asks for 5 * factorial(4), which asks for 4 * factorial(3), and so on down to factorial(0), which returns 1. Then the pending multiplications finish on the way back up: 1, 1, 2, 6, 24 and finally 120.",
      cues: ["explain", "example", "what", "recursion", "show"],
      points: [
        "A recursive function calls itself on a smaller version of the problem.",
        "It needs a base case that is answered directly.",
        "It needs a recursive case that moves towards the base case.",
        "factorial(n) returns 1 for n == 0 and n * factorial(n - 1) otherwise.",
        "The results combine as the calls return.",
      ],
    },
    {
      language: "typescript",
      text:
        "Recursion means defining something in terms of a smaller copy of itself. Picture a set of nesting dolls: to count them, you open the outer doll, count one, and then count the dolls inside in exactly the same way, until you reach the smallest doll, which holds nothing.\n\n" +
        "In code, recursion shines on data that is itself nested, such as folders inside folders or comments with replies:\n\n" +
        `${F}ts\ninterface Folder {\n  name: string;\n  files: number;\n  children: Folder[];\n}\n\n// Count the files in a folder and in every folder below it\nfunction countFiles(folder: Folder): number {\n  let total = folder.files; // the files directly in this folder\n  for (const child of folder.children) {\n    total += countFiles(child); // the same question, one level down\n  }\n  return total; // a folder with no children is the base case\n}\n${F}\n\n` +
        "The function never needs to know how deep the tree goes: each call handles one level and trusts the recursive calls to handle the rest.",
      cues: ["explain", "example", "tree", "nested", "folders", "typescript", "real", "life", "everyday", "analogy"],
      points: [
        "Recursion defines a problem in terms of a smaller copy of itself.",
        "It fits nested data such as folders or threaded comments.",
        "Each call handles one level and delegates the rest.",
        "A folder without children is the base case.",
      ],
    },
    {
      language: "python",
      text:
        "Every recursive function must reach a base case, a condition where it returns without calling itself again. If it never does, the calls pile up until the program runs out of stack space. In Python that ends with a RecursionError once about a thousand calls are waiting, and in JavaScript with a RangeError: Maximum call stack size exceeded.\n\n" +
        "To avoid it, check that each recursive call works on a strictly smaller input, such as n - 1, half of a list or a child node, and that the base case covers the smallest inputs, including empty ones. For problems that can be very deep, such as walking a long linked list, a loop with an explicit stack is often the safer choice.",
      cues: ["base", "stack", "overflow", "error", "infinite", "limit", "deep", "recursionerror"],
      points: [
        "A recursive function must always reach a base case.",
        "Without one, calls pile up until the stack overflows.",
        "Python raises RecursionError after about a thousand nested calls.",
        "Each call should work on a strictly smaller input.",
        "For very deep problems, a loop with an explicit stack is safer.",
      ],
    },
    {
      language: "python",
      text:
        "Anything you can write recursively you can also write with a loop, and the choice is mostly about clarity. Recursion reads naturally when the problem is recursive by nature: trees, nested lists, divide-and-conquer algorithms like merge sort, or searching every path through a maze. A loop is usually clearer, and cheaper, for simple repetition such as summing a list or counting down.\n\n" +
        "Each recursive call costs a little memory on the call stack, and most languages, Python and JavaScript included, do not optimise tail calls away. So for long, flat sequences a loop wins, while for branching structures recursion often gives the shortest and most obviously correct code.",
      cues: ["iteration", "loop", "loops", "iterative", "versus", "vs", "instead", "when", "better"],
      points: [
        "Recursion and loops can express the same computations.",
        "Recursion suits trees, nested data and divide-and-conquer.",
        "Loops suit simple repetition over flat sequences.",
        "Each recursive call uses stack memory; Python does not optimise tail calls.",
      ],
    },
    {
      language: "python",
      text:
        "The Fibonacci numbers show both the charm and the trap of recursion. Each number is the sum of the two before it, which translates directly into code:\n\n" +
        `${F}python\nfrom functools import lru_cache\n\n\n@lru_cache(maxsize=None)  # remember results already computed\ndef fib(n):\n    if n < 2:  # base cases: fib(0) = 0, fib(1) = 1\n        return n\n    return fib(n - 1) + fib(n - 2)\n\n\nprint(fib(50))  # 12586269025, instantly\n${F}\n\n` +
        "Without the cache, fib(50) would take hours, because the same values are recomputed billions of times. With lru_cache, each value is computed once. This technique, memoisation, turns many slow recursive solutions into fast ones.",
      cues: ["fibonacci", "memo", "memoization", "slow", "cache", "fast"],
      points: [
        "fib(n) = fib(n - 1) + fib(n - 2) translates directly into recursion.",
        "Naive recursion recomputes the same values many times.",
        "functools.lru_cache remembers results, so each is computed once.",
      ],
    },
  ],
};

export const SORTING: Topic = {
  id: "sorting",
  title: "Sorting",
  keywords: ["sort", "sorting", "sorted", "quicksort", "mergesort", "bubble", "order", "ascending", "descending"],
  passages: [
    {
      language: "typescript",
      text:
        "Here's a quicksort implementation in TypeScript, with comments explaining each step:\n\n" +
        `${F}ts\n/** Returns a new array with the numbers sorted in ascending order. */\nfunction quicksort(items: number[]): number[] {\n  // Base case: zero or one element is already sorted\n  if (items.length <= 1) return items;\n\n  // Pick the middle element as the pivot\n  const pivot = items[Math.floor(items.length / 2)];\n\n  // Partition into smaller, equal and larger values\n  const smaller = items.filter((x) => x < pivot);\n  const equal = items.filter((x) => x === pivot);\n  const larger = items.filter((x) => x > pivot);\n\n  // Sort both sides recursively and join the pieces\n  return [...quicksort(smaller), ...equal, ...quicksort(larger)];\n}\n\nconsole.log(quicksort([5, 3, 8, 1, 9, 2])); // [1, 2, 3, 5, 8, 9]\n${F}\n\n` +
        "Quicksort takes O(n log n) time on average. This version favours clarity over speed because it builds new arrays; in real code, the built-in sort with a comparator, items.sort((a, b) => a - b), is the better choice.",
      cues: ["write", "function", "implement", "quicksort", "code", "sorting", "sort"],
      points: [
        "Pick a pivot element.",
        "Partition the values into smaller, equal and larger.",
        "Sort the smaller and larger parts recursively.",
        "Concatenate the pieces.",
        "Average running time is O(n log n).",
      ],
    },
    {
      language: "python",
      text:
        "Here's a quicksort function in Python, with comments on each step:\n\n" +
        `${F}python\ndef quicksort(items):\n    """Return a new list with the items in ascending order."""\n    # A list of zero or one items is already sorted\n    if len(items) <= 1:\n        return items\n    pivot = items[len(items) // 2]  # middle element as the pivot\n    smaller = [x for x in items if x < pivot]\n    equal = [x for x in items if x == pivot]\n    larger = [x for x in items if x > pivot]\n    # Sort each side the same way, then join the pieces\n    return quicksort(smaller) + equal + quicksort(larger)\n\n\nprint(quicksort([5, 3, 8, 1, 9, 2]))  # [1, 2, 3, 5, 8, 9]\n${F}\n\n` +
        "For everyday work, use the built-in sorted(items) or items.sort(): they implement Timsort, which is stable, fast on partly sorted data and written in C.",
      cues: ["write", "function", "implement", "quicksort", "python", "code"],
      points: [
        "Lists of length 0 or 1 are returned as they are.",
        "The middle element is the pivot.",
        "Comprehensions split the list into smaller, equal and larger.",
        "Both sides are sorted recursively and concatenated.",
        "In practice, use sorted() or list.sort().",
      ],
    },
    {
      language: "typescript",
      text:
        "Merge sort splits the array in half, sorts each half, and then merges the two sorted halves by repeatedly taking the smaller front element:\n\n" +
        `${F}ts\nfunction mergeSort(items: number[]): number[] {\n  if (items.length <= 1) return items; // already sorted\n  const middle = Math.floor(items.length / 2);\n  const left = mergeSort(items.slice(0, middle));\n  const right = mergeSort(items.slice(middle));\n\n  // Merge: always take the smaller of the two front elements\n  const merged: number[] = [];\n  let i = 0;\n  let j = 0;\n  while (i < left.length && j < right.length) {\n    merged.push(left[i] <= right[j] ? left[i++] : right[j++]);\n  }\n  return merged.concat(left.slice(i), right.slice(j));\n}\n${F}\n\n` +
        "It always runs in O(n log n) time and is stable, meaning equal elements keep their original order, which matters when you sort records by one field after another.",
      cues: ["merge", "mergesort", "stable", "guaranteed"],
      points: [
        "Split the array in half.",
        "Sort each half recursively.",
        "Merge by taking the smaller front element each time.",
        "Always O(n log n), and stable.",
      ],
    },
    {
      language: "typescript",
      text:
        "Most of the time you should not write your own sort. JavaScript arrays have a built-in sort method, but it has one famous trap: without a comparator, it converts the elements to strings and sorts them alphabetically, so [10, 9, 1].sort() gives [1, 10, 9]. Pass a comparator that returns a negative number, zero or a positive number:\n\n" +
        `${F}ts\nconst numbers = [10, 9, 1];\nnumbers.sort((a, b) => a - b); // ascending: [1, 9, 10]\n\nconst people = [{ name: "Ada", age: 36 }, { name: "Alan", age: 41 }];\npeople.sort((a, b) => a.name.localeCompare(b.name)); // by name\n\nconst copy = numbers.toSorted((a, b) => b - a); // descending, original untouched\n${F}\n\n` +
        "sort changes the array in place, while toSorted returns a sorted copy. Both are stable in modern engines.",
      cues: ["built", "builtin", "array", "comparator", "numbers", "javascript", "strings", "trap"],
      points: [
        "Array.prototype.sort sorts in place.",
        "Without a comparator it compares elements as strings.",
        "Use (a, b) => a - b for numbers.",
        "Use localeCompare for strings.",
        "toSorted returns a sorted copy.",
      ],
    },
    {
      text:
        "Sorting algorithms differ in speed, memory use and stability. Bubble sort and insertion sort are simple and take O(n²) time, which is fine for a handful of items; insertion sort is even quick on data that is almost sorted. Merge sort and heapsort guarantee O(n log n) time, and merge sort is stable but needs extra memory. Quicksort is O(n log n) on average and very fast in practice, though a bad choice of pivot can make it O(n²).\n\n" +
        "Real libraries combine these ideas. Python's Timsort and the sort in modern JavaScript engines mix merge sort with insertion sort to exploit runs that are already in order. Unless you have unusual data or constraints, the built-in sort is the right tool.",
      cues: ["algorithms", "algorithm", "complexity", "compare", "which", "fastest", "best", "types", "big"],
      points: [
        "Bubble and insertion sort: O(n²), simple, fine for small inputs.",
        "Merge sort: O(n log n) guaranteed, stable, uses extra memory.",
        "Heapsort: O(n log n) guaranteed, in place, not stable.",
        "Quicksort: O(n log n) on average, O(n²) in the worst case.",
        "Built-in sorts such as Timsort combine merge and insertion sort.",
      ],
    },
  ],
};
