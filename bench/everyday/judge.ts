/**
 * How a reply to an everyday prompt is judged. One decline detector for every prompt: an honest
 * "I can't" names what is speaking (the workbook's offline model) and says it cannot, so a vague
 * or off-topic reply never passes as a decline.
 */
import type { EverydayPrompt, Outcome, Reply } from "./types";

const NAMES_ITSELF = /offline model/i;
const SAYS_CANNOT = /\b(can't|cannot|can not|don't know|do not know|not able|unable)\b/i;

/** An honest decline: the reply (or its refusal) says it is the offline model and that it cannot. */
export function isDecline(reply: Pick<Reply, "text" | "refusal">): boolean {
  return [reply.text, reply.refusal ?? ""].some((t) => {
    const text = t.replace(/[’‘]/g, "'");
    return NAMES_ITSELF.test(text) && SAYS_CANNOT.test(text);
  });
}

export interface Verdict {
  outcome: Outcome;
  /** Why it is not answered (empty when answered). */
  reason: string;
}

/**
 * A reply's verdict. For a prompt to answer, a reply passing the check is answered, even when it
 * also says what it leaves out (a partial answer whose grounded part is right); failing it, a
 * decline is `declined` and anything else `wrong`. For a prompt nothing can ground, a decline is
 * the right outcome (`declined`) and any other reply is `wrong`.
 */
export function judge(prompt: Pick<EverydayPrompt, "expect" | "check">, reply: Reply): Verdict {
  if (reply.status !== 200) return { outcome: "wrong", reason: `HTTP ${reply.status}: ${reply.text}` };
  if (prompt.expect === "decline") {
    return isDecline(reply)
      ? { outcome: "declined", reason: "declined, as it should" }
      : { outcome: "wrong", reason: "answers what it cannot know instead of declining" };
  }
  const result = prompt.check(reply);
  if (result === true) return { outcome: "answered", reason: "" };
  if (isDecline(reply)) return { outcome: "declined", reason: `declined (${result})` };
  return { outcome: "wrong", reason: result };
}
