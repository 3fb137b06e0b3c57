/**
 * "Put our cafe hours on a single line for the door sign: Monday to Friday 7am to 3pm, Saturday
 * 8am to 1pm, closed Sunday.": the user's own parts, laid on one line with a separator a sign
 * uses. Every word is the user's, so the line is only laid out, never filled in.
 */
import type { Skill } from "./skill";
import { namedSeparator } from "../language/separators";

const ORDERED =
  /\b(?:sort(?:ed)?|order|alphabeti[sz]e|alphabetical(?:ly)?|a\s*(?:to|-)\s*z|z\s*(?:to|-)\s*a|ascending|descending|reverse|smallest|largest|shortest|longest)\b/i;

/** The ask before the colon: a verb of laying out, then "on one line". */
const ASKS_ONE_LINE =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:put|write|lay|set|fit|format|turn|make|get|squeeze|rewrite)\b[^:?]{0,60}\b(?:on|in|into|onto|as)\s+(?:a\s+)?(?:single|one)\s+line\b[^:?]{0,60}:\s*/i;

export const oneLine: Skill = {
  name: "one-line",
  does: "lays the parts the user gives (hours, items, steps) on a single line, in the user's own words",
  reply({ lastUser, json }) {
    if (json || lastUser.length > 1000) return null;
    const ask = ASKS_ONE_LINE.exec(lastUser);
    if (!ask) return null;
    // "in alphabetical order on one line": an order to put them in is the given list's work (given-list.ts).
    if (ORDERED.test(ask[0])) return null;
    const mark = namedSeparator(ask[0]);
    const body = lastUser
      .slice(ask[0].length)
      .trim()
      .replace(/[.!]+$/, "");
    const parts = body
      .split(/\s*\n+\s*|\s*;\s*|\s*,\s*(?:and\s+)?/)
      .map((p) => p.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, "").trim())
      .filter(Boolean);
    if (parts.length < 2 || parts.length > 12 || parts.some((p) => p.split(/\s+/).length > 12)) return null;
    const cap = (p: string) => p.charAt(0).toUpperCase() + p.slice(1);
    if (mark) return { texts: [{ text: parts.join(mark), weight: 1 }], exact: true };
    return {
      texts: [
        { text: parts.map(cap).join(" | "), weight: 0.6 },
        { text: parts.map(cap).join(" · "), weight: 0.4 },
      ],
      exact: true,
    };
  },
};
