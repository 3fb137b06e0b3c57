/**
 * "What does HTTP status 404 mean?", "what's an HTTP 503?": the reason phrase and the class
 * of the code, from corpus/http-statuses.ts. A question about the API's own errors is left to the
 * passages that explain them.
 */
import { HTTP_CLASS_SOURCE, HTTP_STATUS_SOURCE, httpStatus } from "../corpus/http-statuses";
import { expand } from "../language/templates";
import type { Skill } from "./skill";

const ASKED =
  /\b(?:what(?:'s| is| does)|meaning of|explain|mean)\b[^?]{0,40}\b(?:http\s+)?(?:status(?:\s+code)?|code|error|response)\s+(\d{3})\b|\b(?:http\s+)?(?:status(?:\s+code)?\s+)?(\d{3})\s+(?:status(?:\s+code)?|error|response)\b[^?]{0,20}\b(?:mean|means)\b|\bwhat(?:'s| is| does)\s+(?:an?\s+)?(?:http\s+)?(\d{3})\s+(?:status(?:\s+code)?|error|response)\b/i;

export const httpStatusSkill: Skill = {
  name: "http-status",
  does: "what an HTTP status code means (404 Not Found, a client error)",
  reply: ({ lastUser }) => {
    // "What does a 401 status mean?" in this course is the API's error: only a question that says HTTP is a web question.
    if (lastUser.length > 200 || !/\bhttp\b/i.test(lastUser)) return null;
    if (/\b(?:api|openai|chat completions?|sdk|rate limit)\b/i.test(lastUser)) return null;
    const m = ASKED.exec(lastUser);
    const status = m ? httpStatus(Number(m[1] ?? m[2] ?? m[3])) : undefined;
    if (!status) return null;
    const { code, phrase, kind, isError } = status;
    const texts = expand(
      `[HTTP ${code} means ${phrase}. It is ${kind}.|${code} is "${phrase}", ${kind}.]\n\nReferences: ${HTTP_STATUS_SOURCE.url} and ${HTTP_CLASS_SOURCE.url}`,
    );
    return {
      texts,
      exact: true,
      fields: {
        code,
        status: code,
        meaning: phrase,
        phrase,
        description: phrase,
        is_error: String(isError),
        error: String(isError),
      },
    };
  },
};
