/**
 * "Three reasons to drink water", "why is exercise good for you?", "benefits of walking as
 * bullet points": reasons are listed only from the sourced table of corpus/benefits.ts. A passage's
 * points are its tips or guidelines (150 minutes a week, eat vegetables), not reasons, and a
 * counted list of them answers another question; so a reason list for a habit the table lacks is
 * declined, and a prose "why" for one is left to the passages.
 */
import { benefitsOf, type Ways, waysOf } from "../corpus/benefits";
import type { Filled } from "../language/templates";
import { numberWord } from "../read/form";
import { declineTexts, thingAsked } from "./decline";
import type { Skill, SkillInput, SkillReply } from "./skill";

const N = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|a few|some)`;

/** What is asked reasons for, read from the request's own words; undefined when it asks none. */
export function reasonsAsked(text: string): { thing: string; count?: number } | undefined {
  const t = text.slice(0, 300).replace(/[?.!]+\s*$/, "");
  const m =
    new RegExp(
      String.raw`\b(?:${N}\s+)?(?:good\s+|main\s+|key\s+|top\s+|big\s+|health\s+)?(?:reasons?|benefits?|advantages?|pros|upsides?|good things)\s+(?:of|to|for|about|why)\s+(?:(?:i|you|we|people|everyone|one)\s+should\s+)?(.{3,80})$`,
      "i",
    ).exec(t) ??
    new RegExp(
      String.raw`\bwhy\s+(?:${N}\s+)?(?:bullet points?\s+)?(?:it\s+is\s+|it's\s+)?(.{3,60}?)\s+(?:is|are)\s+(?:so\s+|really\s+)?(?:good|important|healthy|beneficial|worth it|useful|great|helpful|a good idea)\b`,
      "i",
    ).exec(t) ??
    /\bwhy\s+(?:is|are)\s+(.{3,60}?)\s+(?:so\s+|really\s+)?(?:good|important|healthy|beneficial|worth it|useful|great|helpful|a good idea)\b/i.exec(
      t,
    ) ??
    /\bwhy\s+(?:should|do|must)\s+(?:i|we|you|people|one)\s+(.{3,60})$/i.exec(t) ??
    /\bhow\s+(?:does|do|can)\s+(.{3,60}?)\s+(?:help|benefit|improve)\b/i.exec(t);
  if (!m) return undefined;
  const thing = m[m.length - 1]
    .replace(
      /\s+(?:as|in|with|using)\s+(?:a\s+)?(?:numbered|bulleted|bullet)?\s*(?:list|bullet points?|bullets|points).*$/i,
      "",
    )
    .replace(/,?\s*(?:one per line|each on its own line|numbered|please)\b.*$/i, "")
    .replace(/\s+for\s+(?:you|your health|the body|people|kids|children|us|me)\s*$/i, "")
    .trim();
  const lead = new RegExp(
    String.raw`\b${N}\s+(?:\w+\s+){0,2}?(?:reasons?|benefits?|advantages?|pros|bullet points?|bullets|points|ways)\b`,
    "i",
  ).exec(t);
  const raw = lead?.[1] ?? m[1];
  const count = raw && !/^(?:a few|some)$/i.test(raw) ? numberWord(raw) : raw ? 3 : undefined;
  return { thing, ...(count ? { count } : {}) };
}

/** "Three ways to save water", "tips for saving energy": an aim the ways table holds; undefined otherwise. */
function waysAsked(text: string): { found: Ways; count?: number } | undefined {
  const m = new RegExp(
    String.raw`\b(?:${N}\s+)?(?:\w+\s+)?(?:ways|tips|ideas|things i can do|things to do)\s+(?:to|for|on|of|how to)\s+(.{3,60})$`,
    "i",
  ).exec(text.slice(0, 300).replace(/[?.!]+\s*$/, ""));
  if (!m) return undefined;
  const found = waysOf(m[2]);
  if (!found) return undefined;
  const raw = m[1];
  const count = raw && !/^(?:a few|some)$/i.test(raw) ? numberWord(raw) : undefined;
  return { found, ...(count ? { count } : {}) };
}

/** A list is asked: a count, bullets, numbers or lines; else a prose "why". */
function listAsked(input: SkillInput, count: number | undefined): boolean {
  const f = input.instructions.form;
  return !!(count || input.instructions.count || f?.list || f?.onePerLine || f?.lines);
}

/** "It lowers...", "It helps..." said of the habit in one sentence: "lowers ..., helps ... and strengthens ...". */
function joined(list: string[]): string {
  const parts = list.map((r) => r.replace(/^(?:It|They)\s+/, "").replace(/[.!]$/, ""));
  if (parts.length === 1) return parts[0];
  // Parts with commas of their own are kept apart by semicolons.
  const sep = parts.some((p) => /[,:]/.test(p)) ? "; " : ", ";
  return `${parts.slice(0, -1).join(sep)}${sep === "; " ? ";" : ""} and ${parts[parts.length - 1]}`;
}

export const reasons: Skill = {
  name: "reasons",
  does: "reasons and benefits of everyday habits (exercise, water, sleep, reading...) and ways to save water or energy, from public sources",
  reply(input): SkillReply | null {
    const { lastUser, json } = input;
    if (lastUser.length > 300 || input.instructions.summarize || input.instructions.format === "code") return null;
    const ways = waysAsked(lastUser);
    if (ways) {
      const n = Math.min(input.instructions.count ?? ways.count ?? 3, ways.found.ways.length);
      const chosen = ways.found.ways.slice(0, n);
      return {
        texts: [{ text: chosen.map((w, i) => `${i + 1}. ${w}`).join("\n"), weight: 1 }],
        exact: true,
        fields: { answer: chosen.join(" "), source: ways.found.source.url },
      };
    }
    const asked = reasonsAsked(lastUser);
    if (!asked) return null;
    // "Two reasons why exercise improves mood" asks about one effect, which the table does not break down.
    const known = benefitsOf(asked.thing);
    const rest = known
      ? asked.thing
          .toLowerCase()
          .replace(known.test, " ")
          .replace(
            /\b(?:a|an|the|more|less|regularly|regular|every day|daily|each day|enough|some|is|are|so|good|important|healthy|beneficial|useful|great|helpful|for|you|your|health|people|kids|children|everyone)\b/g,
            " ",
          )
          .trim()
      : "";
    const found = rest ? undefined : known;
    const list = listAsked(input, asked.count);
    if (!found) {
      if (!list || json) return null;
      return {
        texts: declineTexts(thingAsked(lastUser) ?? { kind: "task", text: "list those reasons" }, false),
        asWritten: true,
        declined: true,
      };
    }
    const n = Math.min(
      input.instructions.count ?? asked.count ?? (list ? 3 : found.reasons.length),
      found.reasons.length,
    );
    const chosen = found.reasons.slice(0, n);
    // Items only: forms.ts lays them out as the request asks (bullets, numbers, lines).
    const texts: Filled[] = list
      ? [{ text: chosen.map((r, i) => `${i + 1}. ${r}`).join("\n"), weight: 1 }]
      : [
          { text: `${found.name} ${joined(found.reasons.slice(0, 3))}.`, weight: 0.6 },
          { text: `${found.name} ${joined(found.reasons)}.`, weight: 0.4 },
          // A reason a sentence, the first naming the habit: "in two sentences" is cut from it.
          {
            text: [`${found.name} ${joined(found.reasons.slice(0, 1))}.`, ...found.reasons.slice(1)].join(" "),
            weight: 0.3,
          },
        ];
    return { texts, exact: true, fields: { answer: chosen.join(" "), source: found.source.url } };
  },
};
