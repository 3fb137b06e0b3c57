/**
 * A message that asks two things, one of which a skill answered ("how many protons does neon have
 * and is it a noble gas?"): the other part is never dropped in silence. A skill that computes or
 * looks it up answers it too; otherwise the reply names it as left out.
 */
import type { Filled } from "../language/templates";
import { leftOutNote, questionParts } from "../skills/decline";
import { firstReply } from "../skills/registry";
import type { Skill, SkillInput, SkillReply, TextReplies } from "../skills/skill";

/** The skill's replies with the rest of the message answered or named, or null when nothing is left over. */
export function withTheRest(found: { skill: Skill; reply: SkillReply }, asked: SkillInput): TextReplies | null {
  const { reply } = found;
  if (!("texts" in reply) || reply.declined || reply.asWritten || asked.json || asked.summarizing) return null;
  // The skill already says what it leaves out ("I have no largest cities in my country data").
  if (reply.texts.some((t) => /offline model/i.test(t.text))) return null;
  const { form, count, wordLimit, echo, brevity } = asked.instructions;
  // A reply with a shape (only the label, N words, one sentence) has no room for a second answer.
  if (form || count || wordLimit || echo || brevity === "sentence") return null;
  const parts = questionParts(asked.lastUser);
  if (parts.length < 2 || parts.length > 4) return null;
  const last = asked.turns.map((t) => t.role).lastIndexOf("user");
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
  const answered = replies.findIndex(
    (r) => r?.skill === found.skill && "texts" in r.reply && r.reply.texts[0]?.text === first,
  );
  if (answered < 0) return null;
  const more: string[] = [];
  const left: string[] = [];
  replies.forEach((r, i) => {
    if (i === answered) return;
    const other = r && "texts" in r.reply ? r.reply : null;
    // Only a computed or looked-up answer stands on its own; anything vaguer is named instead.
    if (other && !other.declined && !other.asWritten && (other.exact || other.fields) && other.texts[0])
      more.push(other.texts[0].text);
    else left.push(parts[i]);
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
