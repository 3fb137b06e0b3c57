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
    "No programming language is best at everything: the right one depends on what you want to build. Python is a common first choice, because its code reads almost like English and it leads in data analysis, machine learning and automation. JavaScript runs in every web browser, and TypeScript, JavaScript with types, is the usual choice for web apps (this workbook is written in it). Pick the language that fits your first project and learn it well: variables, loops, functions and data structures carry over to the next one.",
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
