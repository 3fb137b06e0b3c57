/**
 * Everyday terminal commands (bash or zsh on Linux or macOS), one task each, with the manual page
 * that documents the option used: GNU coreutils and grep manuals (the same options exist in the
 * BSD tools macOS ships). A task is matched by all of its `needs` words.
 */
import type { Source } from "./countries";

export interface ShellCommand {
  id: string;
  /** Words that must all be in the request (lower-cased). */
  needs: RegExp[];
  /** Words that mean another task. */
  not?: RegExp;
  /** The command, with {file}, {dir} or {text} where the request's own name goes. */
  command: string;
  /** What it does, as a sentence. */
  says: string;
  source: Source;
}

const coreutils = (node: string, says: string): Source => ({
  url: `https://www.gnu.org/software/coreutils/manual/html_node/${node}.html`,
  says,
});

const FILE_WORD = /\bfiles?\b|\.\w{1,5}\b/;

export const SHELL_COMMANDS: ShellCommand[] = [
  {
    id: "count-lines",
    needs: [/\b(?:count|number of|how many)\b/, /\blines?\b/],
    not: /\bwords?\b|\bcharacters?\b|\bcode\b/,
    command: "wc -l {file}",
    says: "`wc -l` prints the number of lines (newline characters) in the file, followed by its name; `wc -l < {file}` prints the number alone.",
    source: coreutils("wc-invocation", "wc -l prints only the newline counts."),
  },
  {
    id: "count-files",
    needs: [/\b(?:count|number of|how many)\b/, /\bfiles?\b|\bpics?\b|\bphotos?\b|\bimages?\b|\bpictures?\b/],
    not: /\blines?\b|\bwords?\b|\bcharacters?\b/,
    command: "ls{glob} | wc -l",
    says: "`ls{glob}` lists the files in the current folder, one per line when piped, and `wc -l` counts those lines; run it inside the folder (`cd` there first).",
    source: coreutils("wc-invocation", "wc -l prints only the newline counts."),
  },
  {
    id: "count-words",
    needs: [/\b(?:count|number of|how many)\b/, /\bwords?\b/],
    not: /\blines?\b|\bcharacters?\b/,
    command: "wc -w {file}",
    says: "`wc -w` prints the number of words (runs of characters between spaces) in the file.",
    source: coreutils("wc-invocation", "wc -w prints only the word counts."),
  },
  {
    id: "list-hidden",
    needs: [/\blist|\bshow|\bsee\b/, /\bhidden\b|\bdot ?files?\b|\ball (?:the )?files\b/],
    command: "ls -a",
    says: "`ls -a` lists every entry in the current folder, including the hidden ones whose names start with a dot (`ls -la` shows them as a detailed list).",
    source: coreutils(
      "Which-files-are-listed",
      "-a, --all: in directories, do not ignore file names that start with '.'.",
    ),
  },
  {
    id: "current-folder",
    needs: [/\b(?:which|what|current|where am i|working)\b/, /\b(?:folder|directory|dir)\b|\bwhere am i\b/],
    not: /\blist|\bfiles\b|\bmake|\bcreate|\bnew\b|\bdelete|\bremove/,
    command: "pwd",
    says: "`pwd` prints the full path of the folder you are in.",
    source: coreutils("pwd-invocation", "pwd prints the name of the current directory."),
  },
  {
    id: "make-folder",
    needs: [/\b(?:make|create|new)\b/, /\b(?:folder|directory)\b/],
    not: /\bfiles?\b(?! in)/,
    command: "mkdir {dir}",
    says: "`mkdir` creates the folder; `mkdir -p a/b/c` also creates any missing parent folders.",
    source: coreutils(
      "mkdir-invocation",
      "mkdir creates each given directory; -p makes any missing parent directories.",
    ),
  },
  {
    id: "first-lines",
    needs: [/\b(?:first|top)\b/, /\blines?\b/, FILE_WORD],
    command: "head -n {n} {file}",
    says: "`head -n {n}` prints the first {n} lines of the file.",
    source: coreutils("head-invocation", "head -n NUM outputs the first NUM lines."),
  },
  {
    id: "last-lines",
    needs: [/\b(?:last|bottom|end)\b/, /\blines?\b/, FILE_WORD],
    command: "tail -n {n} {file}",
    says: "`tail -n {n}` prints the last {n} lines of the file.",
    source: coreutils("tail-invocation", "tail -n NUM outputs the last NUM lines."),
  },
  {
    id: "rename",
    needs: [/\b(?:rename|move)\b/, FILE_WORD],
    command: "mv {file} {to}",
    says: "`mv` renames (moves) the file; if the new name is an existing folder, the file moves into it.",
    source: coreutils("mv-invocation", "mv moves or renames files."),
  },
  {
    id: "copy",
    needs: [/\b(?:copy|duplicate)\b/, FILE_WORD],
    not: /\bfolder\b|\bdirectory\b|\bclipboard\b/,
    command: "cp {file} {to}",
    says: "`cp` copies the file to the new name (or into a folder you give instead).",
    source: coreutils("cp-invocation", "cp copies files."),
  },
  {
    id: "show-file",
    needs: [/\b(?:show|print|display|see|read|view|look at)\b/, /\b(?:contents?|inside|what'?s in)\b/, FILE_WORD],
    not: /\bfirst\b|\blast\b|\bhidden\b/,
    command: "cat {file}",
    says: "`cat` prints the whole file to the terminal (for a long file, `less {file}` lets you scroll).",
    source: coreutils("cat-invocation", "cat copies each file to standard output."),
  },
  {
    id: "empty-file",
    needs: [/\b(?:create|make|new)\b/, /\b(?:empty|blank) file\b|\bnew file\b|\bcreate a file\b/],
    command: "touch {file}",
    says: "`touch` creates the file empty if it does not exist (and only updates its time if it does).",
    source: coreutils("touch-invocation", "touch creates an empty file if it does not exist."),
  },
  {
    id: "search-text",
    needs: [
      /\b(?:search|find|look for)\b/,
      /\b(?:word|text|string|lines? (?:containing|with|that contain))\b/,
      FILE_WORD,
    ],
    not: /\bfiles? (?:named|called)\b/,
    command: 'grep "{text}" {file}',
    says: "`grep` prints every line of the file that contains the text; add `-i` to ignore case, or `-c` to print only how many lines match.",
    source: {
      url: "https://www.gnu.org/software/grep/manual/grep.html",
      says: "grep searches input files for lines containing a match to a given pattern.",
    },
  },
];
