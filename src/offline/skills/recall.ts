/**
 * Recall of anything the user said about themselves, even in passing ("I'm off to Lisbon next
 * week with my sister Ana, any tips?"), for questions no fact key names: "Where am I going?",
 * "What's my sister's name?", "When am I leaving?", "How old is my daughter?". The question's
 * wh-word says what kind of value it wants (a place, a time, a name, a number); the user's
 * clause that shares most words with the question and holds such a value answers it, and is
 * said back as the evidence. Nothing is guessed: no such clause, no answer.
 */
import { stem, terms } from "../language/text";
import { toSecondPerson } from "./user-facts";
import { periodOf } from "./user-sums";

/** What a question wants back. */
type Want = "name" | "place" | "time" | "number" | "kind" | "any" | "none";

const FIRST_PERSON =
  /^(?:(?:hi|hey|hello|so|also|oh|well|btw|by the way|ok|okay|and|but)\b[,!]?\s*)*(?:i|i'm|im|i've|i'll|i'd|my|we|we're|we've|we'll|our)\b/i;

/**
 * The user's first-person clauses, oldest first: whole statements, and the statement part of a
 * message that goes on to ask something ("I'm off to Lisbon ..., any tips?").
 */
export function saidClauses(texts: readonly string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const sentence of text.slice(0, 4000).split(/(?<=[.!?])\s+|\n+/)) {
      const s = sentence.trim();
      if (!s) continue;
      if (/\?\s*$/.test(s)) {
        // Only the comma-parts that state something: "I'm off to Lisbon with my sister Ana" of "..., any tips?".
        for (const part of s.split(/,\s+|\s+[-–—]\s+/).slice(0, -1))
          if (FIRST_PERSON.test(part) && !/\b(?:should|can|could|would|will) (?:i|we)\b/i.test(part))
            out.push(part.trim());
        continue;
      }
      // "locker number is 417, dont let me forget": "me" makes it the user's own too.
      if (/\b(?:i|i'm|im|i've|i'll|i'd|my|me|we|we're|we've|our)\b/i.test(s))
        out.push(
          s
            .replace(/[.!;]+$/, "")
            .replace(/^(?:please\s+)?(?:remember|note|fyi|just so you know)\s*[:,-]\s*/i, "")
            // "..., dont let me forget": the reminder is no part of the fact said back.
            .replace(
              /,?\s*(?:(?:please|pls)\s+)?(?:(?:don'?t|do not) let me forget|remember (?:that|it|this)(?: for me)?|so i don'?t forget|for later)\s*$/i,
              "",
            ),
        );
    }
  }
  return out;
}

/** Questions that ask how to do something, or for live data, are not about what was said. */
const NOT_RECALL =
  /\b(how (?:do|can|could|should|would) (?:i|we)|should (?:i|we)|can (?:i|we)|could (?:i|we)|do (?:i|we) need|what should|am i right|am i allowed|do i have to|ip address|weather|time is it|right now|current(?:ly)?|today's|latest|news|my location|where am i right now|my screen|my computer|my code|my question|my problem|my homework|my task)\b|\bhow many (?:days|weeks|months|years|hours|minutes)\b[^?]{0,40}\b(?:until|till|before|left|since|ago)\b/;

const RECALL_CUE =
  /\b(?:do you (?:remember|recall|know)|remind me|did i (?:say|tell you|mention)|did i just say|i (?:said|told you|mentioned))\b/;

/** The question's wh-word read as the kind of value it asks for; null when it is not a recall question. */
function wanted(q: string): { want: Want; noun?: string } | null {
  if (NOT_RECALL.test(q)) return null;
  if (!/\b(i|my|me|we|our|mine)\b/.test(q)) return null;
  const cued = RECALL_CUE.test(q);
  const wh =
    /^(?:(?:and|so|ok|okay|hey|wait|sorry|remind me|do you remember|quick question|great|thanks|thank you|cool|perfect|nice|awesome|got it|right|alright|oh)[,!.]?\s+)*(what kind of|what type of|what sort of|which kind of|how many|how much|how old|what time|what day|what date|which day|who|whom|whose|where|when|what|which)\b/.exec(
      q,
    );
  const noun =
    /\bmy ((?:little |older |younger |big |baby |best )?[a-z]+(?: (?:number|code|name|password|pin|address)(?=\s*(?:\?|$|again\b|is\b|was\b)))?)\b/.exec(
      q,
    )?.[1];
  if (!wh) {
    // "Do you remember my sister's name?", "Remind me where I'm going."
    if (!cued) return null;
    const inner = /\b(who|where|when|how many|how much|how old|what time)\b/.exec(q)?.[1];
    if (inner) return fromWh(inner, q, noun);
    if (/\bname\b|\bcalled\b/.test(q)) return { want: "name", noun };
    return { want: "any", noun };
  }
  // The question must be about the user's own doings: "What do I ...", "Where am I ...", "my X".
  if (
    !/\b(?:do|did|am|was|were|have|had|will|are|is|'s|'m)(?:n't)?\s+(?:i|we|my)\b|\bmy\b|\bi\b.*\b(said|told|mentioned)\b|\b(?:i'm|we're|am i|are we)\b|\b(?:i|we) (?:have|own|got|keep|drive|play|speak|live|work|study)\b/.test(
      q,
    )
  )
    return null;
  return fromWh(wh[1], q, noun);
}

function fromWh(wh: string, q: string, noun?: string): { want: Want; noun?: string } {
  // "What pet do I have?", "What kind of dog do I have?": the animal, or its breed.
  const animal = /\bwhat (?:kind of |type of |sort of |breed of )?(pet|animal|dog|cat)s?\b/.exec(q);
  if (animal) return { want: "kind", noun: animal[1] };
  if (/kind|type|sort/.test(wh)) return { want: "kind", noun: /\bof ([a-z]+)/.exec(q)?.[1] ?? noun };
  if (/how many|how much|how old/.test(wh)) {
    // "How much will I have after 10 weeks?", "How many hours do I work?": a sum over what was said, not a number said.
    if (
      /\d|\b(?:after|between|left|remaining|together|add up|in total|altogether|combined|each|every|per|if|hours|minutes)\b/.test(
        q,
      )
    )
      return { want: "none" };
    return { want: "number", noun };
  }
  if (/time|day|date|when/.test(wh)) return { want: "time", noun };
  if (wh === "where") return { want: "place", noun };
  if (/who|whom|whose/.test(wh)) return { want: "name", noun };
  if (/\b(?:name|called|named)\b/.test(q)) return { want: "name", noun };
  return { want: "any", noun };
}

const ANIMALS =
  "dog|cat|puppy|kitten|hamster|rabbit|bunny|parrot|bird|fish|goldfish|horse|pony|turtle|tortoise|snake|lizard|ferret|mouse|rat|budgie|guinea pig|iguana|gecko|chinchilla|cockatiel|canary|chicken|goat";

const NAME = "[A-Z][\\p{L}'-]+";
const NOT_A_NAME =
  /^(I|I'm|I've|I'll|I'd|My|We|Our|The|A|An|Hi|Hey|Hello|So|Also|And|But|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Any|Can|Could|What|OK|Ok|By|Btw)$/;

const TIME =
  /\b(?:(?:next|this|last|every) (?:week(?:end)?|month|year|summer|winter|spring|autumn|fall|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|evening|night)|tomorrow(?: (?:morning|afternoon|evening|night))?|tonight|today|this (?:morning|afternoon|evening)|in (?:\d+|a|two|three|four|five|a few) (?:days?|weeks?|months?|years?)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on |in )?(?:the )?\d{1,2}(?:st|nd|rd|th)?(?: of)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?: \d{4})?|(?:on |in )?(?:january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? \d{4})?|at \d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)?|\d{1,2}(?::\d\d)? ?(?:am|pm)|at noon|at midnight|in \d{4}|(?:on )?the \d{1,2}(?:st|nd|rd|th))\b/i;

/** The value of the wanted kind a clause holds, near the noun the question names; null when it holds none. */
function valueIn(clause: string, want: Want, noun?: string, clockWanted = false): string | null {
  const at = noun ? clause.toLowerCase().indexOf(noun.toLowerCase()) : -1;
  const after = at >= 0 ? clause.slice(at + (noun?.length ?? 0)) : clause;
  if (want === "name") {
    // "my sister Ana", "my cat, Miso", "my dog, a beagle named Rocket", "my son Leo"
    if (at >= 0) {
      const m =
        new RegExp(`^(?:'s name is|'s called|,)?\\s*(${NAME}(?:\\s+(?:and\\s+)?${NAME})*)`, "u").exec(after) ??
        new RegExp(`^[^.;]{0,40}?\\b(?:named|called|name is)\\s+(${NAME}(?:\\s+(?:and\\s+)?${NAME})*)`, "u").exec(
          after,
        );
      if (m && !NOT_A_NAME.test(m[1].split(/\s+/)[0])) return m[1];
      return null;
    }
    const any =
      new RegExp(`\\b(?:named|called|with|is)\\s+(${NAME}(?:\\s+${NAME})?)`, "u").exec(clause) ??
      new RegExp(`\\b[Mm]y [a-z]+,?\\s+(${NAME})\\b`, "u").exec(clause);
    return any && !NOT_A_NAME.test(any[1].split(/\s+/)[0]) ? any[1] : null;
  }
  if (want === "place") {
    const m = new RegExp(
      `\\b(?:to|in|at|from|for|visiting|visit|near|into)\\s+(?:the\\s+)?(${NAME}(?:\\s+${NAME})*)`,
      "u",
    ).exec(clause);
    if (m && !NOT_A_NAME.test(m[1].split(/\s+/)[0])) return m[1];
    // "Where did I park?" after "My parking spot is B12": the clause itself, said back.
    return /\bmy [a-z ]{2,30}\b(?:is|are|was)\s+\S/i.test(clause) ? clause : null;
  }
  if (want === "time") {
    // "What time is my class?" wants the clock time, not the day said before it.
    const clock =
      /\b(?:at )?\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|\bat \d{1,2}(?::\d\d)?\b|\bat (?:noon|midnight)\b/i;
    if (clockWanted) return clock.exec(after)?.[0] ?? clock.exec(clause)?.[0] ?? null;
    return TIME.exec(after)?.[0] ?? TIME.exec(clause)?.[0] ?? null;
  }
  if (want === "number") {
    const scope = at >= 0 ? after : clause;
    // "my sister is 3 years older" gives a difference, not her age: no such number answers.
    const relative =
      /^\s*(?:years?\s+|more\s+|fewer\s+|less\s+)?(?:older|younger|more|less|fewer|bigger|smaller|taller|shorter|than)\b/i;
    const all = [
      ...scope.matchAll(
        /(?:[$€£]\s?)?\b\d[\d,.]*(?:\s?(?:euros?|dollars?|pounds?|years? old|kg|km|miles|%)(?![a-z]))?/gi,
      ),
      ...scope.matchAll(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi),
    ].sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    const m = all.find((x) => !relative.test(scope.slice((x.index ?? 0) + x[0].length)));
    if (!m && all.length) return null;
    return m ? m[0].trim() : null;
  }
  if (want === "kind") {
    const m =
      /\b(?:a|an|the)\s+((?:[a-z-]+\s+){0,3}?[A-Za-z-]+)(?=\s+(?:named|called|who|which|that|and|to|for|in|at|on|with)\b|,|$)/.exec(
        clause,
      );
    return m ? m[1] : null;
  }
  return clause;
}

const ASK_WORDS =
  /^(remember|recal|remind|tell|told|said|say|mention|again|earlier|befor|name|call|kind|type|sort|old|many|much|time|day|date)$/;

/**
 * The answer to a recall question from the user's own clauses: the value and the clause it came
 * from, said in the second person. Null when the message is not such a question or nothing said
 * answers it (the caller then says honestly what it was not told).
 */
export function recallAnswer(question: string, texts: readonly string[]): { value: string; said: string } | null {
  const q = question.toLowerCase().trim();
  const w = wanted(q);
  if (!w || w.want === "none") return null;
  const asked = new Set(terms(q).filter((t) => !ASK_WORDS.test(t)));
  const nounStem = w.noun ? stem(w.noun.split(" ").pop() ?? "") : undefined;
  // "What kind of pet do I have?" is answered by the animal, which the clause names instead of "pet".
  // "my cousin's phone number": a clause about the cousin answers only if it names the phone number too.
  const owned = /\bmy [a-z]+'s ([a-z]+(?: [a-z]+)?)/.exec(q)?.[1];
  const ownedTerms = owned && !/^(name|names)\b/.test(owned) ? terms(owned) : [];
  const anyAnimal = w.want === "kind" && /^(pet|animal|dog|cat)s?$/.test(w.noun ?? "");
  let best: { value: string; said: string; score: number } | null = null;
  saidClauses(texts).forEach((clause, i) => {
    const have = new Set(terms(clause));
    let score = 0;
    for (const t of have) if (asked.has(t)) score += 1;
    // "saved" meets "saving": half a point for a shared start.
    for (const t of have)
      if (!asked.has(t) && t.length >= 5 && [...asked].some((a) => a.length >= 5 && a.slice(0, 3) === t.slice(0, 3)))
        score += 0.5;
    if (anyAnimal) {
      const animal = new RegExp(`\\b(?:an?|one|two|three|\\d+)\\s+((?:[a-z]+\\s)?(?:${ANIMALS})s?)\\b`, "i").exec(
        clause,
      );
      // "a golden retriever called Bruno" is a dog whose kind the clause names before its name.
      const breed = /^(dog|cat|pet|animal)s?$/.test(w.noun ?? "")
        ? /\b(?:an?)\s+((?:[a-z-]+\s){0,2}[a-z-]+)\s+(?:called|named)\s+[A-Z]/.exec(clause)
        : null;
      const kind = animal?.[1] ?? breed?.[1];
      if (kind && (!best || best.score < 1 + i * 0.001))
        best = { value: kind, said: toSecondPerson(clause), score: 1 + i * 0.001 };
      return;
    }
    // A question naming "my X" is answered only by a clause about that X.
    if (nounStem && !have.has(nounStem) && !terms(clause.replace(/'s\b/g, "")).includes(nounStem)) return;
    if (w.want === "any" && score < 1) return;
    // "What does my mum love?": the clause must say the verb ("she loves orchids"), not only name the mum.
    const verb = /\b(?:does|did|do)\s+my\s+[a-z]+\s+([a-z]{3,})\b/.exec(q)?.[1];
    if (
      w.want === "any" &&
      verb &&
      !/^(have|has|like|say|tell|mention|remember)$/.test(verb) &&
      !terms(clause).some((t) => t.startsWith(verb.slice(0, 4)))
    )
      return;
    if (!ownedTerms.every((t) => have.has(t))) return;
    // "How many coffees do I drink in a week?" is not answered by "two coffees a day".
    const periods = [periodOf(q), periodOf(clause)];
    if (w.want === "number" && periods[0] && periods[1] && periods[0] !== periods[1]) return;
    const value = valueIn(clause, w.want, w.noun, /\bwhat time\b/.test(q));
    if (!value) return;
    score += i * 0.001;
    if (!best || score >= best.score) best = { value, said: toSecondPerson(clause), score };
  });
  const found = best as { value: string; said: string; score: number } | null;
  if (!found) return null;
  // A clause that shares nothing with the question and names no asked noun is a guess.
  if (found.score < 0.5 && !nounStem && !/^(place|time)$/.test(w.want)) return null;
  if (
    found.score < 1 &&
    !nounStem &&
    !/\b(go|going|off|travel|trip|fly|flying|leav|visit|head|move|mov)/.test(q + found.said)
  )
    return null;
  return { value: found.value, said: found.said };
}

/**
 * "Am I vegetarian?", "Do I like cilantro?", "Do I have a dog?": yes or no from the user's own
 * clause that holds every content word of the question, with the clause as the evidence. The
 * answer is no when the clause says the opposite (hate for like, a "not"); null when no clause
 * holds the question's words.
 */
export function yesNoAnswer(question: string, texts: readonly string[]): { yes: boolean; said: string } | null {
  const q = question.toLowerCase().trim();
  const m =
    /^(?:(?:and|so|ok|wait|remind me)[,!]?\s+)?(am i|do i|did i|have i|is my|are my|are we|was i|do we|have we)\b(.*?)\??$/.exec(
      q,
    );
  if (!m || NOT_RECALL.test(q)) return null;
  const asked = terms(m[2]).filter((t) => !/^(actual|realy|still|again)$/.test(t));
  const likeWord = /\b(like|love|enjoy|hate|dislike)\b/.exec(m[2])?.[1];
  if (!asked.length) return null;
  const clauses = saidClauses(texts).reverse();
  for (const clause of clauses) {
    const have = terms(clause);
    if (!asked.every((t) => have.includes(t))) continue;
    const c = clause.toLowerCase();
    const negated = /\b(not|never|no longer|don't|do not|didn't|isn't|aren't|wasn't|can't stand)\b|n't\b/.test(c);
    const hates = /\b(hate|dislike|can't stand|don't like|do not like|loathe|not a fan|not into)\b/.test(c);
    const likes = !hates && /\b(like|love|enjoy|adore|a fan of|into)\b/.test(c);
    let yes: boolean;
    if (likeWord) {
      if (!hates && !likes) continue;
      yes = /like|love|enjoy/.test(likeWord) ? likes : hates;
    } else yes = !negated;
    return { yes, said: toSecondPerson(clause) };
  }
  return null;
}

/**
 * "What's the wifi password?" after the user wrote "The wifi password is sunflower88." (or "Remember
 * the code word: lighthouse."): the value the user gave for that exact phrase. Null when the user
 * never wrote "the <phrase> is" or "the <phrase>: ".
 */
export function definedAnswer(question: string, texts: readonly string[]): string | null {
  const m =
    /^(?:(?:and|so|ok|okay|wait|sorry|remind me)[,!]?\s+)?(?:what|when|where|who)(?:'s| is| was) (the|our) ([a-z][a-z -]{2,40}?)(?: again| you remember)?\s*\??$/.exec(
      question.toLowerCase().trim(),
    );
  if (!m) return null;
  const phrase = m[2].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  for (const text of [...texts].reverse()) {
    // "the parcel tracking number is ...", "our team name for the quiz is ...": a word or two more is the same thing.
    const d = new RegExp(
      `\\b(?:the|our|my) (?:[a-z]+ ){0,2}?${phrase}(?: (?:for|of|at|on) (?:the |our |my )?[a-z]+(?: [a-z]+)?)?(?: (?:is|was|will be)\\s+|\\s*[:=]\\s*)([^,;!?\\n]{1,60}?)\\s*(?:[.,;!?\\n](?!\\d)|$)`,
      "i",
    ).exec(text);
    if (d) return `${m[1]} ${m[2]} is ${d[1].trim()}`;
  }
  return null;
}

/**
 * A list the user keeps in the conversation: "My shopping list: milk, eggs, bread", then "Add
 * apples", "Remove the eggs". Returns the list's name and items when the question asks for it
 * ("What's on my shopping list?", "Read me my list"), else null.
 */
export function keptList(question: string, texts: readonly string[]): { name: string; items: string[] } | null {
  const q = question.toLowerCase();
  const asked =
    /\b(?:what(?:'s| is| are| was)|read (?:me )?|tell me|show me|remind me (?:of|what's on)|what do i have on|what's left on|list)\b[^?]{0,30}\b(?:on |in )?my ((?:[a-z]+ ){0,2}?list)\b/.exec(
      q,
    ) ??
    /\bwhat(?:'s|s| is) on (?:the|my) ((?:[a-z]+ ){0,2}?list)\b/.exec(q) ??
    // "add lemons. whats on it now?": "it" is the list the conversation keeps.
    /\bwhat(?:'s|s| is) (?:on|in) (it)(?: now)?\s*\??\s*$/.exec(q) ??
    /\bhow many (?:items|things)\b[^?]{0,30}\b(?:on|in) (?:the|my) ((?:[a-z]+ ){0,2}?list)\b/.exec(q) ??
    // "Can you list everything I need?", "What do I still need to get?": the things the user said they need.
    /\b(?:list|what(?:'s| is| are)|tell me|remind me(?: of)?|read (?:me )?(?:back )?)\s+(?:(?:everything|all(?: the things)?|the things|what)\s+)?(?:that\s+)?(?:i|we)\s+(?:still\s+)?(need|have to (?:buy|get|bring|pack)|must (?:buy|get|bring))\b/.exec(
      q,
    ) ??
    /^(?:(?:so|ok|okay|and)[,]?\s+)?what do (?:i|we) (?:still )?(need)(?: to (?:buy|get|bring|pack))?(?: again)?(?: for [a-z ]{2,30})?\s*\??$/.exec(
      q.trim(),
    );
  if (!asked) return null;
  const name = /^(?:need|have to|must|it$)/.test(asked[1]) ? "list" : asked[1].trim();
  let items: string[] | null = null;
  const split = (s: string) =>
    s
      .replace(/[.!]+$/, "")
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
      .map((x) => x.trim().replace(/^(?:some|a|an|the)\s+/i, ""))
      .filter((x) => x && x.split(/\s+/).length <= 5);
  // "add lemons. whats on the list now?": the changes said with the question count too.
  const changes = question
    .split(/(?<=[.!?])\s+/)
    .filter(
      (l) =>
        !/\?\s*$/.test(l) &&
        /^\W*(?:(?:ok|okay|also|and|please|oh)[,!]?\s+)*(?:add|put|remove|delete|take off|cross off|drop)\b/i.test(l),
    )
    .join(" ");
  for (const text of changes ? [...texts, changes] : texts) {
    // "Remove the socks and add a towel": each change on its own.
    for (const line of text.split(
      /\n+|(?<=[.!?])\s+|,?\s+(?:and|then)\s+(?=(?:add|put|remove|delete|take off|cross off|drop)\b)/i,
    )) {
      const l = line.trim();
      const start =
        /\bmy ((?:[a-z]+ ){0,2}?list)(?: is|:| has)\s*(.+)$/i.exec(l) ??
        /^((?:[a-z]+ ){0,2}?list)\s*:\s*(.+)$/i.exec(l) ??
        /\b(?:start|make|create) (?:a|my) ((?:[a-z]+ ){0,2}?list)(?: with|:)\s*(.+)$/i.exec(l);
      if (start) {
        items = split(start[2]);
        continue;
      }
      // "For the party I need balloons, candles and a cake.": a list of needs, of two things or more.
      // The things the user said they need make a list for "What's on my list?" too.
      const needs: RegExpExecArray | null = !items
        ? /\b(?:i|we)\s+(?:still\s+)?(?:need|have to (?:buy|get|bring|pack)|must (?:buy|get|bring)|need to (?:buy|get|bring|pack))\s+(?:to (?:buy|get|bring|pack)\s+)?(.+)$/i.exec(
            l,
          )
        : null;
      const needed: string[] = needs ? split(needs[1].replace(/\s+for (?:the|my|our|a) [a-z ]{2,30}[.!]*$/i, "")) : [];
      if (needed.length >= 2 && !/\?\s*$/.test(l)) {
        items = needed;
        continue;
      }
      // "Oh, and napkins too.": one more thing, said after the list.
      const more =
        items && l.length <= 50 && !/\?\s*$/.test(l)
          ? /^(?:(?:oh|ok|okay|also|and|plus)[,!]?\s+)+(?:(?:i|we) (?:also )?need\s+)?([a-z][a-z ,]{1,40}?)\s*(?:,?\s*(?:too|as well|also))?[.!]*$/i.exec(
              l,
            )
          : null;
      if (more && items) {
        for (const x of split(more[1])) if (!items.some((i) => i.toLowerCase() === x.toLowerCase())) items.push(x);
        continue;
      }
      const add =
        /^(?:(?:ok|okay|also|and|please|oh)[,!]?\s+)*(?:add|put)\s+(.+?)(?:\s+(?:to|on|onto) (?:the|my) (?:[a-z]+ )?list)?[.!]*$/i.exec(
          l,
        );
      if (add && items) {
        for (const x of split(add[1])) if (!items.some((i) => i.toLowerCase() === x.toLowerCase())) items.push(x);
        continue;
      }
      const remove =
        /^(?:(?:ok|okay|also|and|please|oh)[,!]?\s+)*(?:remove|delete|take off|cross off|drop)\s+(.+?)(?:\s+(?:from|off) (?:the|my) (?:[a-z]+ )?list)?[.!]*$/i.exec(
          l,
        );
      if (remove && items) {
        const gone = split(remove[1]).map((x) => x.toLowerCase());
        items = items.filter((i) => !gone.includes(i.toLowerCase()));
      }
    }
  }
  return items ? { name, items } : null;
}

/**
 * A person the user named with who they are ("my brother Tom", "my wife's name is Julia"), when a
 * question names them bare ("How old is Tom?", "Who is Julia?"): the relation, the name, and the
 * clause that said it. Null when the question names no such person.
 */
export function namedPerson(
  question: string,
  texts: readonly string[],
): { name: string; relation: string; said: string } | null {
  const names = [...question.matchAll(/(?<!^)\b([A-Z][\p{L}'-]+)\b/gu)]
    .map((m) => m[1])
    .filter((n) => !NOT_A_NAME.test(n));
  if (names.length !== 1) return null;
  const name = names[0];
  for (const clause of saidClauses(texts).reverse()) {
    const m =
      new RegExp(`\\b[Mm]y ((?:little |older |younger |big |best )?[a-z]+),? ${name}\\b`, "u").exec(clause) ??
      new RegExp(`\\b[Mm]y ([a-z]+)(?:'s name is| is called| is named|, called|, named) ${name}\\b`, "u").exec(
        clause,
      ) ??
      new RegExp(`\\b(?:an?|one) ([a-z]+) (?:named|called) ${name}\\b`, "u").exec(clause);
    if (m && !/^(name|names|friend's)$/.test(m[1])) return { name, relation: m[1], said: toSecondPerson(clause) };
  }
  return null;
}
