/**
 * General knowledge from data: capitals and other country facts (countries-list), chemical
 * elements (chemical-elements), planets (NASA's fact sheet) and a small table of everyday facts
 * with sources (corpus/facts.ts). The answer is looked up, then written in the form the request
 * asks: a sentence in a few phrasings, one word, a short sentence under a word limit, or JSON
 * whose fields hold the bare values ("capital": "Lima").
 *
 * Where the corpus already says the same thing (the course's Paris passages, the capitals of
 * corpus/world.ts), the passages answer as they always have, so the course's outputs stay put.
 */
import { detectLanguage } from "../language/languages";
import { countWords } from "../language/text";
import { expand, type Filled } from "../language/templates";
import { resolveFollowUp } from "../read/follow-up";
import { asksForLiveData, withoutFormWords } from "../read/grounding";
import type { Scored } from "../read/retrieval";
import { declineTexts, questionParts, thingAsked } from "./decline";
import { answerFact, answerFromContext, type FactAnswer, severalCapitals, severalElements } from "./fact-answers";
import type { Skill, SkillInput, TextReplies } from "./skill";
import { instructionText, registerPartAnswerer } from "./computed";

export const facts: Skill = {
  name: "facts",
  does: "general knowledge looked up in data: capitals, countries, elements, planets, everyday facts and their sources",
  reply(input) {
    const looked = lookUp(input);
    if (!looked) return null;
    // "Does the Earth orbit the Sun? One word.": a bare value that is neither yes nor no ("365") answers another question.
    const form = input.instructions.form;
    const bareAsked =
      (input.instructions.wordLimit ?? 99) <= 3 || (form?.words ?? 99) <= 3 || !!form?.yesNo || !!form?.number;
    if (bareAsked && asksYesNo(input.lastUser) && !looked.lacking && !/^(?:yes|no)\b/i.test(looked.word)) return null;
    const found = withPartLeftOut(looked, input.lastUser);
    const { json, ranked } = input;
    // Asked in another language, the corpus's English passage would come with an "I can't"; the bare fact is said in any language.
    const speak = input.instructions.speak;
    // A yes or no is the fact's to say: the corpus's passage would not start with it.
    const yesNo = /^(?:yes|no)\b/i.test(found.texts[0] ?? "");
    // "In exactly three words": the fact's own short phrasings ("It is Tokyo.") fit where the passage may not.
    const exactly = input.instructions.form?.words;
    const fits = !!exactly && !found.lacking && inWords(found, exactly).length > 0;
    // "Reply with just the city name": the bare value, which the corpus's passage is not.
    const bare = BARE.test(instructionText(input)) || NO_SENTENCE.test(instructionText(input));
    // A question the passages cannot be matched to as written (a described name) keeps the fact's own answer.
    const described = DESCRIBED.test(input.lastUser) || POINTED.test(input.lastUser);
    if (
      !json &&
      found.corpusSays &&
      !speak?.short &&
      !yesNo &&
      !fits &&
      !bare &&
      !described &&
      corpusSays(ranked, found.corpusSays)
    )
      return null;
    // The corpus's own French, Spanish or German passage with the fact ("La capitale de la France est Paris").
    // Only the passage that opens on the fact answers: the museums passage names Paris too, in passing.
    if (!json && speak?.lang) {
      const own = ranked.find(
        (r) => r.entry.passage.lang === speak.lang && saysWord(firstSentence(r.entry.passage.text), found.word),
      );
      if (own) return { texts: [{ text: own.entry.passage.text, weight: 1 }], fields: found.fields };
      if (ranked.some((r) => r.entry.passage.lang === speak.lang && saysWord(r.entry.passage.text, found.word)))
        return null;
    }
    return write(found, input);
  },
};

const firstSentence = (text: string) => /^[^.!?]*[.!?]?/.exec(text)?.[0] ?? text;

/** The passage names the fact as a word of its own: oxygen's "O" is not the "O" inside "Oslo". */
function saysWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

/** "..., the capital of portugal, which city is that again?": a thing described, then asked for by "that". */
const POINTED =
  /\b(the\s+(?:[a-z]+\s+){0,3}(?:of|from|in)\s+(?:the\s+)?[^,.?!]{2,40}?)\s*[,;-]+\s*(?:so\s+)?(?:which|what)\s+(?:city|country|planet|element|one|place|town)?\s*(?:is|was|'s)\s+(?:that|it|this)(?:\s+again)?\s*\??\s*$/i;

/** "And what about its neighbour to the north, Switzerland?": a description, then the name asked about. */
const DESCRIBED =
  /^\s*(?:[Aa]nd\s+)?(?:[Ww]hat|[Hh]ow)\s+about\s+(?:its|their|the)\s+[^,?]{3,60},\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3})\s*\??\s*$/u;

/** The fact the last question asks, read against the turns before it ("And its population?"). */
function lookUp({ turns, lastUser, instructions }: SkillInput): FactAnswer | null {
  if (instructions.echo || instructions.summarize || instructions.format === "code") return null;
  // A question in French, Spanish or German is the corpus's translations' to answer.
  if (detectLanguage(lastUser)) return null;
  // "Give me a one-line answer: what is the capital of Canada?": the form first, then the question,
  // which is looked up alone so the form's words ("Respond with only yes or no") do not hide it.
  // "Answer in two lines: the capital of Italy, then of Spain": several capitals, before the form's lead-in is read as one.
  const several = severalCapitals(lastUser) ?? severalElements(lastUser);
  if (several) return several;
  const lead = /^([^:?]{3,80}):\s*(\S[^:]{5,})$/.exec(lastUser);
  if (
    lead &&
    /\b(?:answer|reply|respond|caps|capitals|line|words?|sentences?|characters|short|briefly|only|just|true or false|yes or no)\b/i.test(
      lead[1],
    )
  ) {
    // "True or false: Sydney is the capital of Australia." is asked as "Is Sydney the capital of Australia?".
    const claim = /^(.+?)\s+(is|are|was|were)\s+(.+?)[.!?]*$/i.exec(lead[2].trim());
    const turned =
      claim && /\btrue or false\b/i.test(lead[1]) ? answerFact(`${claim[2]} ${claim[1]} ${claim[3]}?`) : null;
    if (turned) return turned;
    const asked = answerFact(lead[2]);
    if (asked) return asked;
  }
  // "Tell me how many legs a spider has": the question inside the ask, put as a question.
  const embedded = EMBEDDED.exec(lastUser);
  if (embedded) {
    const asked = answerFact(
      `How many ${embedded[1]} ${/^have$/i.test(embedded[3]) ? "do" : "does"} ${embedded[2]} have?`,
    );
    if (asked) return asked;
  }
  // "a night stop in the capital of portugal, which city is that again?": the phrase "that" points to, asked.
  const pointed = POINTED.exec(lastUser);
  const described = pointed ? answerFact(`What is ${pointed[1]}?`) : null;
  if (described) return described;
  // "Is Venus the second planet from the sun?": the claim is checked before Venus's own facts answer.
  const checked = claimChecked(lastUser);
  if (checked) return checked;
  // "Tell me in one line about the Eiffel Tower": the question without the words on its form.
  const direct = answerFact(lastUser) ?? answerFact(withoutFormWords(lastUser).replace(/\s+/g, " ").trim());
  if (direct) return direct;
  // "And what about its neighbour to the north, Switzerland?": the name after the description is what is asked about.
  const named = DESCRIBED.exec(lastUser);
  const asked = named
    ? turns.map((t, i) =>
        i === turns.length - 1 && t.role === "user" ? { ...t, text: `And what about ${named[1]}?` } : t,
      )
    : turns;
  const resolved = resolveFollowUp(asked);
  const followed = resolved ? answerFact(resolved) : null;
  if (followed) return followed;
  // The turns before: "Now give me that answer in one word", "Who wrote that book again?".
  const last = turns.map((t) => t.role).lastIndexOf("user");
  const earlier = turns.slice(0, Math.max(0, last));
  const previousQuestion = [...earlier].reverse().find((t) => t.role === "user")?.text;
  const again = REPEAT.test(lastUser) && previousQuestion ? answerFact(previousQuestion) : null;
  const fromContext =
    again ??
    answerFromContext(
      lastUser,
      earlier
        .filter((t) => t.role === "user" || t.role === "assistant")
        .map((t) => t.text)
        .reverse(),
    );
  // The corpus cannot read "that answer": the conversation decides, not the best passage.
  return fromContext ? { ...fromContext, corpusSays: undefined } : null;
}

/** The question is one a yes or a no answers: "Is ...?", "Does ...?", "Yes or no: can ...?". */
function asksYesNo(text: string): boolean {
  const q = text.replace(/^[^:?]{3,80}:\s*/, "").trim();
  // "Do you know the capital of Peru?" and "Can you tell me..." ask for the value.
  if (/^(?:do|can|could|would|will)\s+you\b/i.test(q)) return false;
  // "Is a whale a fish or a mammal?" asks which.
  if (/\s+or\s+(?:an?\s+|the\s+)?[a-z]+/i.test(q.replace(/\b(?:yes|true)\s+or\s+(?:no|false)\b/gi, ""))) return false;
  return /^(?:is|are|was|were|does|do|did|has|have|had|can|could|will|would|should|isn't|aren't|doesn't|don't)\b/i.test(
    q,
  );
}

const EMBEDDED =
  /^\s*(?:please\s+)?(?:(?:can|could) you\s+)?(?:tell me|say|remind me|i(?:'d| would) like to know|i wonder|do you know)\s+how many\s+([a-z]+(?:\s+[a-z]+)?)\s+((?:a|an|the|my)\s+[a-z]+(?:\s+[a-z]+)?|[a-z]+s)\s+(has|have)\b\s*[?.!]*\s*$/i;

/** The last question asks for the previous answer again, in another form. */
const REPEAT =
  /\b(that|your|the same|this|the) (answer|reply)\b|\b(say|repeat|give me|tell me) (it|that) again\b|^\s*(again|shorter|now in one word)\b/i;

/** True when the best passage names every one of these words: the corpus answers this already. */
function corpusSays(ranked: readonly Scored[], words: readonly string[]): boolean {
  const top = ranked[0];
  if (!top || top.entry.topic.fallback) return false;
  const text = top.entry.passage.text.toLowerCase();
  return words.every((w) => text.includes(w.toLowerCase()));
}

/**
 * "What's the capital of Chile, and what's the weather there right now?": the fact is answered, and
 * the part no data holds is named as left out, in the words of the model's other "I can't" replies.
 */
const leftOutNote = (what: string) =>
  ` [As for|About] ${what}: [I can't answer that part|that part I can't answer], [since|because] I'm the workbook's offline model and know only a few topics. For a real answer, set OPENAI_API_KEY, or point OPENAI_BASE_URL at a local server such as Ollama.`;

/** A question about what is still to come: "how crowded will the airport be when I land?". */
const FORETOLD =
  /\b(?:will|going to)\b[^?.!]{0,40}\b(?:be|get|rain|snow)\b|\bwhen (?:i|we) (?:land|arrive|get there)\b|\b(?:crowded|busy|queues?|delays?)\b/i;

const NAME_ASK = /\b(?:called|named|(?:its|the|their) name|(?:which|what) (?:city|town|one|place))\b/i;

function withPartLeftOut(found: FactAnswer, lastUser: string): FactAnswer {
  const parts = questionParts(lastUser);
  // "What's the city called, and how crowded will the airport be?": the name part reads as no question of its own,
  // so the one question left asks what no table holds (live or still to come), and is named as left out.
  const onlyLive =
    parts.length === 1 &&
    !found.lacking &&
    !answerFact(parts[0]) &&
    (asksForLiveData(parts[0]) || FORETOLD.test(parts[0])) &&
    parts[0].length < lastUser.length;
  if (onlyLive)
    return { ...found, texts: found.texts.map((t) => t + leftOutNote(`"${parts[0]}"`)), corpusSays: undefined };
  if (found.lacking || parts.length < 2 || parts.length > 4) return found;
  // "...and what currency do they use there?": the later part is about the country the first one named.
  const place = typeof found.fields.country === "string" ? found.fields.country : undefined;
  const alsoAnswered: FactAnswer[] = [];
  const left = parts.filter((p) => {
    if (answerFact(p)) return false;
    // "What's the city called?" asks the name the answer gives, of the place an earlier sentence set out.
    if (NAME_ASK.test(p) && !/\b(?:how|when|why|will|would)\b/i.test(p)) return false;
    // "...and what is its atomic number?": the element or planet the first part named.
    const thing = [found.fields.element, found.fields.planet].find((v) => typeof v === "string") as string | undefined;
    const ofThing =
      thing && POINTS_AT.test(p)
        ? answerFact(p.replace(/\b(?:its|their)\b/i, `${thing}'s`).replace(/\bit\b/i, thing))
        : null;
    if (ofThing && !ofThing.lacking) {
      if (!found.texts.every((t) => t.includes(ofThing.word))) alsoAnswered.push(ofThing);
      return false;
    }
    const about = place && POINTS_AT.test(p) ? answerFact(aboutPlace(p, place)) : null;
    // A bare "the population?" the data lacks says so itself, once, in the fact's own words.
    const bareWord = /^\s*the\s+([a-z]+)/i.exec(p)?.[1]?.toLowerCase();
    if (about?.lacking && bareWord && found.texts.some((t) => t.toLowerCase().includes(bareWord))) return false;
    if (about && (!about.lacking || bareWord) && about.key !== found.key) {
      alsoAnswered.push(about);
      return false;
    }
    return true;
  });
  if (alsoAnswered.length && !left.length) {
    const more = alsoAnswered.map((a) => a.short).join(" ");
    const words = [found.name ?? found.word, ...alsoAnswered.map((a) => a.name ?? a.word)];
    return {
      ...found,
      texts: found.texts.map((t) => `${t.replace(/\[[^\]]*\|\]$/, "")} ${more}`),
      // Joined with "and", the values are no bare name another language could wrap ("C'est Berlin, German"):
      // asked in French, the answer is said in English with a note, whole.
      word: words.join(" and "),
      name: words.join(" and "),
      short: `${found.short} ${more}`,
      // The corpus's passage holds the first part only.
      corpusSays: undefined,
    };
  }
  // The fact already says, in its own words, what the data lacks.
  if (!left.length || left.length === parts.length || found.texts.some((t) => /offline model/i.test(t))) return found;
  const names = left.map((p) => {
    const a = thingAsked(p);
    return (a ? (a.kind === "task" ? `the request to ${a.text}` : a.text) : `"${p}"`).replace(/[[\]|{}]/g, "");
  });
  const what = names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const note = leftOutNote(what);
  return { ...found, texts: found.texts.map((t) => t + note) };
}

/** A part that points back to the place named before it: "they", "there", "its". */
const POINTS_AT =
  /\b(?:they|there|its|their|it)\b|^\s*(?:and|also|plus|what about|how about)\b(?:\s+\S+){0,4}\s*\?*\s*$|^\s*the\s+[a-z][a-z ]{1,30}\?*\s*$/i;

/** The part asked of the place itself: "what currency do they use there" -> "... use in Japan". */
function aboutPlace(part: string, place: string): string {
  // "the currency?" -> "What is the currency of Chile?"
  const bare = /^\s*(?:(?:and|also|plus|what about|how about)\s+)?the\s+([a-z][a-z ]{1,30}?)\s*\?*\s*$/i.exec(part);
  if (bare) return `What is the ${bare[1]} of ${place}?`;
  const asked = part
    .replace(/\s*\bthere\b/i, "")
    .replace(/\b(?:its|their)\b/i, `${place}'s`)
    // "And the currency?" -> "the currency in Brazil?"
    .replace(/^\s*(?:and|also|plus|what about|how about)\s+/i, "");
  return asked.includes(place) ? asked : `${asked.replace(/[?.!\s]+$/, "")} in ${place}?`;
}

/** "Just the name:", "Reply with only the year", "Only give the number": which bare value is asked. */
const BARE =
  /\b(?:only|just)\s+(?:(?:give|reply|answer|respond|return|write|say|tell)\s+(?:me\s+)?(?:with\s+)?)?(?:the\s+|a\s+)?(number|year|name|country|city|capital|date|value|answer|symbol|element|planet)\b|\b(number|year|name|country|city|symbol|answer)\s+only\b|\bnothing (?:else )?(?:but|except) the (number|year|name|country|city|symbol)\b|\bthe (?:name of the )?(number|year|name|country|city|symbol)\b[^.?!]{0,20}?\bnothing (?:else|more)\b/i;

/** "Reply with the answer only, no sentence": a bare value, not a sentence around it. */
const NO_SENTENCE = /\bno (?:full |complete |whole )?sentences?\b|\bnot (?:in )?a (?:full |complete )?sentence\b/i;

/** The bare value of that kind, from the fact's fields; undefined when the fact has none. */
function bareValue(found: FactAnswer, kind: string): string | undefined {
  const f = found.fields;
  const numeric = Object.values(f).find((v) => typeof v === "number");
  const value: Record<string, unknown> = {
    number: f.count ?? f.number ?? (/^\d[\d,.]*$/.test(found.word) ? found.word : numeric),
    year: f.year ?? (/^\d{4}$/.test(found.word) ? found.word : undefined),
    name: f.name ?? f.person ?? found.name ?? found.word,
    country: f.country,
    city: f.city ?? f.capital,
    capital: f.capital,
    date: f.date ?? f.year,
    value: found.name ?? found.word,
    answer: found.name ?? found.word,
    symbol: f.symbol,
    element: f.element,
    planet: f.planet ?? (found.key.startsWith("planet") ? (found.name ?? found.word) : undefined),
  };
  const v = value[kind.toLowerCase()];
  return v === undefined || v === null ? undefined : String(v);
}

/** A question that asks for a reason or a way ("why", "how does"), which a bare value cannot be. */
const REASON_ASKED = /\b(?:why|how (?:does|do|did|is|are|can|come)|explain|what causes|what makes)\b/i;

function write(found: FactAnswer, input: SkillInput): TextReplies {
  const { instructions, lastUser } = input;
  const limit = instructions.wordLimit;
  const fields = found.fields;
  // "True or false: ...": a yes becomes "True"; a statement the fact bears out is true; anything else is not judged here.
  if (/\btrue or false\b/i.test(lastUser) && !found.lacking) {
    const first = found.texts[0] ?? "";
    const statement = lastUser
      .replace(/^[^:]*\btrue or false\b[^:]*:\s*/i, "")
      .replace(/\banswer true or false\b.*$/i, "");
    const agrees =
      /^yes\b/i.test(first) ||
      (!/^no\b/i.test(first) &&
        (found.word.match(/\d[\d,.]*/g) ?? [found.word]).every((v) =>
          statement.toLowerCase().includes(v.toLowerCase()),
        ));
    const said = (word: string, lead: RegExp) =>
      phrasings(
        found.texts.map((t) => `${word}. ${t.replace(lead, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase())}`.trim()),
      );
    if (/^no\b/i.test(first)) return { texts: said("False", /^no\b[,.:]?\s*/i), exact: true, fields };
    if (agrees) return { texts: said("True", /^yes\b[,.:]?\s*/i), exact: true, fields };
  }
  // "yes or no first, then one sentence": a bare "No." leaves out the sentence asked for.
  const sentenceToo =
    /\b(?:then|and|plus)\s+(?:(?:give|add|write)\s+)?(?:one|a|1)\s+sentence\b|\b(?:and|then)\s+(?:explain|say why|why)\b/i.test(
      lastUser,
    );
  // "Answer with the city name only, nothing else." said once in a system or developer message holds for every question.
  const bare = sentenceToo ? null : (BARE.exec(lastUser) ?? BARE.exec(instructionText(input)));
  // "no sentence", "no full sentences": the bare answer too.
  const kind = bare
    ? (bare[1] ?? bare[2] ?? bare[3] ?? bare[4])
    : NO_SENTENCE.test(instructionText(input))
      ? "answer"
      : undefined;
  const value = kind && !sentenceToo && !found.lacking ? bareValue(found, kind) : undefined;
  if (value) return { texts: [{ text: value, weight: 1 }], exact: true, fields };
  // "Answer in one word": the bare answer, followed to the letter.
  // "Answer in French": the bare answer is the same in every language (reply/language.ts gives it its lead-in).
  // Two values joined ("Ni and 28") are no bare answer: the whole English sentence, with the language's note.
  if (instructions.speak?.short && !found.lacking && !/ and /.test(found.word))
    return { texts: [{ text: tidy(`${found.name ?? oneWord(found.word)}.`), weight: 1 }], exact: true, fields };
  // "One word each": a two-part answer keeps both words ("Berlin and German").
  const each = / and /.test(found.word) ? found.word : oneWord(found.word);
  if (limit === 1) return { texts: [{ text: tidy(`${each}.`), weight: 1 }], exact: true, fields };
  const exactly = instructions.form?.words;
  if (exactly && !found.lacking) {
    const fit = inWords(found, exactly);
    if (fit.length) return { texts: fit, exact: true, fields };
  }
  let texts = phrasings(found.texts);
  if (sentenceToo) {
    const said = texts.filter((t) => !/^\s*(?:yes|no)[.!]?\s*$/i.test(t.text));
    if (said.length) texts = said;
  }
  if (limit !== undefined) {
    const fit = texts.filter((t) => countWords(t.text) <= limit);
    // "Why is the sky blue? Under 20 words": the fact's value ("Blue.") answers what, not why.
    if (!fit.length && countWords(found.short) > limit && REASON_ASKED.test(lastUser))
      return {
        texts: declineTexts({ kind: "task", text: "explain that in so few words" }, false),
        exact: true,
        declined: true,
      };
    texts = fit.length
      ? fit
      : countWords(found.short) <= limit
        ? [{ text: found.short, weight: 1 }]
        : [{ text: tidy(`${found.word}.`), weight: 1 }];
  } else if (instructions.brevity === "sentence") {
    // "yes or no first, then one sentence": the yes or no, then the sentence.
    const sentence = (text: string) => {
      const first = firstSentenceOf(text);
      return /^\s*(?:yes|no)[.!]\s*$/i.test(first)
        ? `${first} ${firstSentenceOf(text.slice(first.length).trim())}`
        : first;
    };
    texts = mergeSame(texts.map((t) => ({ text: sentence(t.text), weight: t.weight })));
  }
  return { texts, exact: true, fields };
}

/**
 * "In exactly three words": the answer said in that many, from its own phrasings and shorter cuts
 * of them (a trailing clause or place dropped: "Jupiter is the largest planet."), never padded
 * beyond "It is Rome.".
 */
function inWords(found: FactAnswer, n: number): Filled[] {
  const word = oneWord(found.word);
  const firsts = phrasings(found.texts).map((t) => firstSentenceOf(t.text));
  const cuts = [found.short, ...firsts].flatMap((s) => {
    const body = s.replace(/[.!]$/, "");
    return [
      s,
      `${body.replace(/,[^,]*$/, "")}.`,
      `${body.replace(/\s+(?:in|on|of|across|from)\s+(?:the\s+)?[\w\s]+$/, "")}.`,
      `${body.replace(/,[^,]*$/, "").replace(/\s+(?:in|on|of|across|from)\s+(?:the\s+)?[\w\s]+$/, "")}.`,
    ];
  });
  const pool = [`${word}.`, `It's ${word}.`, `It is ${word}.`, ...cuts].map(tidy);
  const fit = [...new Set(pool)].filter((t) => countWords(t) === n && t.includes(word));
  return fit.slice(0, 3).map((text, i) => ({ text, weight: 0.6 ** i }));
}

/** A one-word answer is one word: "Buenos Aires" stays a name, "Mount Everest" is "Everest". */
function oneWord(word: string): string {
  // "a mammal" in one word is "Mammal", not "A".
  const w = word.replace(/\.$/, "").replace(/^(?:a|an|the)\s+(?=\S)/i, "");
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** Every phrasing of every answer, the first answers a little more likely, as a model's favourites. */
function phrasings(templates: readonly string[]): Filled[] {
  const out: Filled[] = [];
  templates.forEach((t, i) => {
    const expanded = expand(t);
    const total = expanded.reduce((a, e) => a + e.weight, 0);
    // The first answer keeps over half the mass, so temperature 0 writes it.
    for (const e of expanded) out.push({ text: tidy(e.text), weight: (0.45 ** i * e.weight) / total });
  });
  return mergeSame(out);
}

/** One space between words, one full stop after "Washington D.C.". */
function tidy(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\.\./g, ".").trim();
}

function mergeSame(list: Filled[]): Filled[] {
  const byText = new Map<string, number>();
  for (const f of list) byText.set(f.text, (byText.get(f.text) ?? 0) + f.weight);
  return [...byText].map(([text, weight]) => ({ text, weight }));
}

function firstSentenceOf(text: string): string {
  const m = /^.*?[.!?](?=\s+[A-Z(]|$)/.exec(text);
  return m ? m[0] : text;
}

// A fact asked beside a sum ("15% of 80, and the capital of Peru?") is answered with it, not left out.
registerPartAnswerer((text) => {
  const fact = answerFact(text);
  return fact && !fact.lacking
    ? { value: fact.word, texts: [{ text: fact.short, weight: 1 }], fields: fact.fields }
    : null;
});

/**
 * "Is Venus the second planet from the sun?": the claim checked against the looked-up answer to
 * "What is the second planet from the sun?". Yes only when the name asked is the name found.
 */
function claimChecked(text: string): FactAnswer | null {
  const m =
    /(?:^|[.!?]\s+)(?:[Ii]s|[Ww]as)\s+(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})\s+(the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|closest|nearest|farthest|furthest|largest|biggest|smallest|hottest|coldest|lightest|heaviest)\b)[^?.!]{2,80})\?/u.exec(
      text,
    );
  if (!m) return null;
  const found = answerFact(`What is ${m[2]}?`);
  if (!found || found.lacking || !found.word || /^(?:yes|no)\b/i.test(found.word)) return null;
  const name = m[1].trim();
  const claim = `${name} is ${m[2]}`;
  const agrees = found.word.toLowerCase() === name.toLowerCase() || found.name?.toLowerCase() === name.toLowerCase();
  const answer = found.texts[0].replace(/\[([^|\]]*)(?:\|[^\]]*)*\]/g, "$1");
  return {
    key: `claim:${found.key}:${agrees ? "yes" : "no"}`,
    texts: agrees ? [`Yes, ${claim}.`, `Yes. ${answer}`] : [`No. ${answer}`],
    word: agrees ? "Yes" : "No",
    short: agrees ? `Yes, ${claim}.` : `No. ${answer}`,
    fields: { ...found.fields, answer: agrees ? "yes" : "no" },
  };
}
