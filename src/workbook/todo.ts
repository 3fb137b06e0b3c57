/** Thrown by an exercise the learner has not started yet; the graders report it as "not started". */
export class NotStartedError extends Error {
  readonly hint: string;
  constructor(hint: string) {
    super(`Not started yet. ${hint}`);
    this.name = "NotStartedError";
    this.hint = hint;
  }
}

/** Marks the body of an exercise stub. Replace the call with your own code. */
export function todo(hint = "Replace this todo() call with your own code."): never {
  throw new NotStartedError(hint);
}

export function isNotStarted(error: unknown): error is NotStartedError {
  return error instanceof Error && error.name === "NotStartedError";
}
