/**
 * A message that asks two things, one of which a skill answered ("how many protons does neon have
 * and is it a noble gas?"): the other part is never dropped in silence. A skill that computes or
 * looks it up answers it too; otherwise the reply names it as left out.
 */
import type { Filled } from "../language/templates";
import { leftOutNote, questionParts } from "../skills/decline";
import { firstReply } from "../skills/registry";
import { answerPart } from "../skills/computed";
import type { Skill, SkillInput, SkillReply, TextReplies } from "../skills/skill";

/** The skill's replies with the rest of the message answered or named, or null when nothing is left over. */
export function withTheRest(found: { skill: Skill; reply: SkillReply }, asked: SkillInput): TextReplies | null {
  const { reply } = found;
  if (asked.json || asked.summarizing) return null;
  // "what's the capital of peru? and of chile?": both questions, each answered by its own skill.
  const swapped = ofAnotherParts(asked.lastUser);
  const last = asked.turns.map((t) => t.role).lastIndexOf("user");
  if (swapped && last >= 0 && !asked.instructions.form && !asked.instructions.wordLimit) {
    const answers = swapped.map((part) => partAnswer(asked, part, last));
    if (answers.every((a) => a)) return { texts: [{ text: answers.join("\n\n"), weight: 1 }], exact: true };
  }
  if (!("texts" in reply) || reply.declined || reply.asWritten) return null;
  // The skill already says what it leaves out ("I have no largest cities in my country data").
  if (reply.texts.some((t) => /offline model/i.test(t.text))) return null;
  const { form, count, wordLimit, echo, brevity } = asked.instructions;
  // A reply with a shape (only the label, N words, one sentence) has no room for a second answer.
  if (form || count || wordLimit || echo || brevity === "sentence") return null;
  const parts = questionParts(asked.lastUser);
  if (parts.length < 2 || parts.length > 4) return null;
  if (last < 0) return null;
  const replies = parts.map((part) =>
    firstReply({
      ...asked,
      lastUser: part,
      turns: asked.turns.map((t, i) => (i === last ? { ...t, text: part } : t)),
    }),
  );
  const first = reply.texts[0]?.text;
  // Only a reply that is exactly one part's own answer left the others out.
  // The same look-up worded for the question ("Budapest is the capital of Hungary" or "The capital of Hungary
  // is Budapest") is the same answer: its values say so.
  const whole = reply.fields;
  const sameFields = (f?: Record<string, unknown>) =>
    !!f && !!whole && Object.keys(whole).length > 0 && Object.entries(whole).every(([k, v]) => f[k] === v);
  const answered = replies.findIndex(
    (r) =>
      r?.skill === found.skill &&
      "texts" in r.reply &&
      (r.reply.texts[0]?.text === first || sameFields(r.reply.fields)),
  );
  if (answered < 0) return null;
  // Worded otherwise than that part's own answer, the reply may hold more ("What is the capital of Chile? And the
  // currency?" says both): a part is added when answered, never named as left out.
  const reworded = !replies.some((r) => r && "texts" in r.reply && r.reply.texts[0]?.text === first);
  const more: string[] = [];
  const left: string[] = [];
  replies.forEach((r, i) => {
    if (i === answered) return;
    // Only a computed or looked-up answer stands on its own; anything vaguer is named instead.
    const other = partAnswer(asked, parts[i], last, r);
    if (other) more.push(other);
    else if (!reworded) left.push(parts[i]);
  });
  const tails: Filled[] = left.length ? leftOutNote(left) : [{ text: "", weight: 1 }];
  const texts = reply.texts.flatMap((t) =>
    tails.map((tail) => ({
      text: [t.text, ...more, tail.text].filter(Boolean).join("\n\n"),
      weight: t.weight * tail.weight,
    })),
  );
  return { ...reply, texts, fields: more.length || left.length ? undefined : reply.fields };
}

/** A part's own answer: its skill's likeliest computed or looked-up reply, else the fact data's (which a corpus passage may hold too). */
function partAnswer(
  asked: SkillInput,
  part: string,
  last: number,
  // The part's skill reply, when the caller has already asked for it.
  r = firstReply({
    ...asked,
    lastUser: part,
    turns: asked.turns.map((t, i) => (i === last ? { ...t, text: part } : t)),
  }),
): string | null {
  const own = r && "texts" in r.reply ? r.reply : null;
  if (own && !own.declined && !own.asWritten && (own.exact || own.fields) && own.texts[0])
    return [...own.texts].sort((a, b) => b.weight - a.weight)[0].text;
  // "the capital of kenya": the course's own passage says it, so the facts skill stands aside; the data still knows it.
  return answerPart(part)?.texts[0]?.text ?? null;
}

/**
 * "whats the plural of cactus? and of moose": the follow-on asks the same question of another
 * thing, so it is that question with the thing swapped. Null when the message is not so shaped.
 */
function ofAnotherParts(message: string): string[] | null {
  const m =
    /^(.{8,200}?\b(of|for|in|about)\s+[^?]{1,60}\?)\s*(?:and|also|plus|what about|how about)\s+(?:the\s+)?(?:(of|for|in|about)\s+)?([^?.!]{1,40}?)\s*[?.!]*\s*$/i.exec(
      message.trim(),
    );
  if (!m || (m[3] && m[3].toLowerCase() !== m[2].toLowerCase())) return null;
  // The other thing is a name or a short noun phrase, not a question of its own ("how much each if we add a tip").
  if (
    m[4].split(/\s+/).length > 4 ||
    /\b(?:how|what|why|when|where|who|if|is|are|do|does|did|we|i|you|it)\b/i.test(m[4])
  )
    return null;
  const first = m[1];
  const second = first.replace(new RegExp(`\\b${m[2]}\\s+[^?]+\\?$`, "i"), `${m[2]} ${m[4]}?`);
  return second !== first ? [first, second] : null;
}

/** Stands in the candidates' source for replies put together part by part. */
export const PARTS: Skill = {
  name: "parts",
  does: "a message of several questions no skill answers whole: each part its own skill's answer, the rest named",
  reply: () => null,
};

/**
 * A message of two to four questions that no skill answers whole ("£86.40 split between 4 of us,
 * how much each? and how much each with a £10 tip?"): each part a skill answers is answered, in
 * order, and the others are named as left out. Null when no part has a skill's answer (the
 * passages and the partial reader take it then): a passage never stands in for a computed part.
 */
export function partsAnswered(asked: SkillInput): TextReplies | null {
  if (asked.json || asked.summarizing) return null;
  const { form, count, wordLimit, echo } = asked.instructions;
  if (form || count || wordLimit || echo) return null;
  const parts = ofAnotherParts(asked.lastUser) ?? questionParts(asked.lastUser);
  if (parts.length < 2 || parts.length > 4) return null;
  const last = asked.turns.map((t) => t.role).lastIndexOf("user");
  if (last < 0) return null;
  const said: string[] = [];
  const left: string[] = [];
  for (const part of parts) {
    const answer = partAnswer(asked, part, last);
    if (answer) said.push(answer);
    else left.push(part);
  }
  if (!said.length) return null;
  const tails: Filled[] = left.length ? leftOutNote(left) : [{ text: "", weight: 1 }];
  return {
    texts: tails.map((tail) => ({
      text: [said.join(" "), tail.text].filter(Boolean).join("\n\n"),
      weight: tail.weight,
    })),
    exact: true,
  };
}
