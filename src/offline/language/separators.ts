/**
 * "separated by semicolons", "with a slash between them", "pipe-separated": the mark an instruction
 * names to put between items on one line; undefined when it names none.
 */
const MARKS: [RegExp, string][] = [
  [/semi-?colons?/i, "; "],
  [/commas?/i, ", "],
  [/pipes?|vertical bars?/i, " | "],
  [/slash(?:es)?|forward slash(?:es)?/i, " / "],
  [/dashes|hyphens?|dash/i, " - "],
  [/bullets?|middle dots?|dots?/i, " · "],
  [/spaces?/i, " "],
];

export function namedSeparator(instruction: string): string | undefined {
  for (const [word, mark] of MARKS) {
    const w = word.source;
    if (
      new RegExp(
        `\\b(?:separated|separate|split|divided|delimited|joined)\\s+(?:them\\s+)?(?:by|with)\\s+(?:a\\s+|an\\s+)?(?:${w})\\b|\\b(?:${w})[- ](?:separated|delimited)\\b|\\bwith\\s+(?:a\\s+|an\\s+)?(?:${w})\\s+between\\b|\\bwith\\s+(?:${w})\\b(?!\\s+(?:in|on)\\b)`,
        "i",
      ).test(instruction)
    )
      return mark;
  }
  return undefined;
}
