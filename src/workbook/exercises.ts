/**
 * The course's exercise manifest (like rustlings' info.toml): one entry per exercise, in the order a
 * learner meets them. Each `name` is a file in src/exercises/ and solutions/, and a grader in
 * test/exercises/<name>.test.ts; `notebook` is where the learner tries it.
 */
export interface ExerciseInfo {
  name: string;
  title: string;
  /** The notebook (in notebooks/) that introduces the exercise and has a cell to try it. */
  notebook: string;
  /** What the learner writes, one line. */
  summary: string;
  /** Shown by `npm run grade -- <name>` when a task fails, first to last. */
  hints: string[];
}

export const EXERCISES: readonly ExerciseInfo[] = [
  {
    name: "messages",
    title: "Message lists and system messages",
    notebook: "01-message-format.ipynb",
    summary: "withSystemMessage() puts exactly one system message first; testSystemMessage() sends [system, user] and returns the reply.",
    hints: [
      "Build a new array (spread or slice): the caller's list must come back unchanged.",
      "If messages[0] is a system message, replace it; otherwise put the new one in front. Either way, there is one system message and it is first.",
      "For testSystemMessage, send exactly two messages, system then user, and return response.choices[0].message.content (it can be null: return \"\" then).",
    ],
  },
];

export function findExercise(name: string): ExerciseInfo | undefined {
  return EXERCISES.find((e) => e.name === name);
}
