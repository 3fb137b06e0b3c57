/**
 * Questions put to the persona itself ("Introduce yourself", "What did you do today?", "What's your
 * favourite thing to do?", "Tell me about your ship") answered from what the system message made
 * it: a knight introduces himself as a knight, a cat's day is a cat's day (skills/styles.ts holds
 * their lines, and makes a few for any described character). A question about the persona that
 * none of its lines answers is declined plainly, never answered with a passage that shares a word
 * ("your ship" is not a shipping policy). And "Announce that dinner is ready" says the news it was
 * given, "Say good morning to Anna" the greeting. The voice is added later, with the form
 * (reply/forms.ts), so these texts are the plain content.
 */
import { expand, type Filled } from "../language/templates";
import { sentences } from "../language/text";
import { characterOf, readVoice, type SelfLines } from "./styles";
import { declineTexts, thingAsked } from "./decline";
import { FIRST_SIGHTS, OLD_ERA } from "../corpus/first-sights";
import type { Skill, SkillInput, SkillReply } from "./skill";

const ASKS: [RegExp, keyof SelfLines][] = [
  [
    /\b(?:describe|tell (?:me|us) (?:a bit |a little |more )?about|what(?:'s|s| is)) your (?:job|work|trade|role|profession|occupation|line of work)\b|\bwhat do you do(?: for (?:a living|work))?\s*\??\s*$|\bwhat(?:'s|s| is) it like being\b|\bwhat(?:'s|s| is) your job like\b/i,
    "work",
  ],
  [
    /\bwhat are you (?:making|cooking|baking|building|brewing|working on|planting|fixing|writing|painting|mixing)\b/i,
    "work",
  ],
  [
    /\b(introduce yourself|say (?:something|a few words|hi|hello)(?: (?:in character|to me|as (?:yourself|the character)))?\s*[.!?]*\s*$|talk to me\s*[.!?]*\s*$|stay in character|who are you|who might you be|tell (?:me|us) who you are|tell (?:me|us) (?:a bit |a little )?about yourself|what(?:'s|s| is) your name|describe yourself|what are you\s*\??\s*$|what do you do(?: for (?:a living|work))?\s*\??\s*$)/i,
    "intro",
  ],
  [
    /\bhow(?:'s| was| is| has been| did) your (?:day|morning|afternoon|evening|week|weekend|shift|night)\b|\bwhat(?:'s|s| is| was) (?:your|a typical) (?:day|life|job|work|week)(?: \w+){0,3} like\b|\b(?:a|your) day in (?:your|the) life\b|\bwhat do you do (?:every|each) day\b|\bwhat have you been up to\b|\bwhat are you (?:up to|doing)(?: (?:right now|now|today|these days))?\s*[?.!]*\s*$|\bhow are you(?: doing| today| feeling)?\b|\bhow'?s it going\b|\bwhat did you do (?:today|this morning|yesterday|all day)\b|\bhow do you feel\b(?!\s+about)|\bhow have you been\b|\byour (?:typical|usual|normal|average) day\b|\bwhat do you do all (?:day|night|year|week)\b|\babout your day\b|\b(?:describe|tell (?:me|us) about|talk about) your (?:day|morning|evening|week|weekend)\b/i,
    "day",
  ],
  [
    /\bwhat do you do (?:at night|in the (?:morning|evening|winter|summer)|on (?:weekends|sundays|holidays))\b|\bwhat time do you (?:wake|get) up\b|\bwhen do you (?:wake up|get up|go to bed|go to sleep)\b|\bhow was (?:school|work|class|college|practice|training|your shift)\b|\bwhat did you (?:see|do|hear) (?:last night|yesterday|today|this morning)\b/i,
    "day",
  ],
  [
    /\bwhat(?:'s|s| is) your favou?rite (?:thing|activity|pastime|hobby|way to spend|part of (?:the|your) (?:day|week|year|job))\b|\bwhat do you (?:like|love|enjoy)(?: to do| doing| most)?\b|\bfavou?rite thing\b|\bwhat do you do for fun\b|\byour (?:perfect|ideal|dream) day\b|\byour hobb(?:y|ies)\b/i,
    "favourite",
  ],
  [
    /\bwhere do you (?:live|come from|sleep|stay)\b|\bwhere(?:'s| is) your (?:home|house|nest|den|lair)\b|\bwhere are you from\b|\b(?:tell (?:me|us) (?:more )?about|describe) your (?:home|house|nest|den|lair|castle|cave|hive)\b/i,
    "home",
  ],
  [
    /\b(?:recommend|suggest)\b[^.?!]{0,40}\b(?:something|a book|anything|a novel|a dish|a recipe|what)\b|\bwhat (?:do|would|can) you (?:recommend|suggest)\b|\bany (?:recommendations|suggestions)\b|\bwhat (?:[a-z]+ )?(?:should|can|could|shall) (?:i|we) (?:cook|make|bake|eat|read|have|order|drink|plant|grow|try|get|bring|buy|give|take)\b|\bwhat(?:'s|s| is) good(?: for (?:breakfast|lunch|dinner|supper))?(?: here| today| tonight)\b|\bwhat(?:'s|s| is) good for (?:breakfast|lunch|dinner|supper)\b|\bwhat should (?:i|we) do(?: (?:today|now|first))?\s*\??\s*$|\bany ideas?(?: (?:for )?what (?:i|we) (?:could|can|should|might) do)?\s*\??\s*$|\bwhat (?:could|can) (?:i|we) do(?: today| now)?\s*\??\s*$/i,
    "recommend",
  ],
];

/** "What's your favourite food?": a favourite of one kind, answered only by a line that names one. */
const FAVOURITE_OF = /\bfavou?rite\s+([a-z]+)\b/i;
const KINDS: Record<string, RegExp> = {
  food: /\b(?:food|eat|tuna|fish|pie|cake|beans|treats?|tomato\w*|basil|sauce|bread|soup|pasta|tea|meal|dish|fruit|honey|cheese)\b/i,
  meal: /\b(?:food|eat|tuna|fish|pie|cake|beans|treats?|sauce|bread|soup|pasta|meal|dish|lunch|dinner)\b/i,
  drink: /\b(?:tea|coffee|milk|water|juice|drink)\b/i,
  place:
    /\b(?:park|sea|seas|beach|island|tower|kitchen|library|range|castle|realm|garden|sunbeam|spot|windowsill|moon|deck)\b/i,
  spot: /\b(?:park|sea|beach|island|tower|kitchen|library|range|castle|garden|sunbeam|spot|windowsill|deck)\b/i,
  time: /\b(?:morning|dawn|sunrise|sunset|dusk|evening|night|hour|sunday)\b/i,
  book: /\b(?:book|novel|scrolls?|story)\b/i,
  toy: /\b(?:ball|toy|stick|yarn|rope|squeaky|teddy)\b/i,
};

/** "Tell me about your ship", "Where do you live?", "How old are you?": a question about the persona itself. */
const ABOUT_YOU =
  /\b(?:tell (?:me|us) (?:more )?about|describe|what(?:'s|s| is| are)|how (?:big|old|fast|many) (?:is|are))\s+your\s+([a-z]+(?:\s+(?!on\b|about\b|of\b|for\b)[a-z]+)?)\b(?!\s+(?:on|about|of|for)\b)|\b(where do you (?:live|come from|work|sleep)|where are you from|how old are you|do you have (?:a|any) [a-z]+|what do you (?:eat|look like))\b/i;

const YOUR_THING =
  /^\s*(?:(?:where|how|when|why|what)\s+(?:is|are|was|were|does|do|did)|(?:is|are|was|were|does|do|did))\s+your\s+(?!(?:own|answer|reply|response|opinion|view|take|name|favou?rite|job|work|day|life|advice|recommendation)\b)([a-z]{3,20})\b/i;

/** "Do you like humans?", "What do you think of Mondays?": the persona's opinion, answered only by its own lines. */
const OPINION =
  /\b(?:do you (?:like|love|hate|enjoy|prefer|miss|fear|believe in)|what do you think (?:of|about)|how do you feel about|are you (?:afraid|scared|fond) of|what(?:'s|s| is) your (?:opinion|view|take) (?:of|on|about))\s+(?:(?:the )?most\s+|more\s+)?(?:about\s+)?((?:the |a |an )?[a-z]+(?:\s+[a-z]+)?)/i;

/** Open asks no line of a persona grounds ("Give me some advice", "Tell me a secret"): declined plainly. */
const OPEN_ASK =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:give|share|offer|tell)\s+(?:me|us)\s+(?:some|a|an|your|any)?\s*(?:piece of |bit of |words of )?(?:advice|wisdom|tips?|secrets?|fun fact|life lesson)\s*(?:,?\s*please)?\s*[.!?]*\s*$/i;

/** "Announce that dinner is ready", "Tell everyone the show starts at eight": the news to give. */
const ANNOUNCE =
  /^\s*(?:please\s+)?(?:now\s+)?(?:can you\s+|could you\s+)?(?:announce|declare|proclaim|shout|(?:report|broadcast)(?=\s+that\b)|tell (?:everyone|everybody|them|the (?:family|kids|children|team|crowd|guests|audience|listeners|class))|let (?:everyone|everybody|them|the (?:family|team|class)) know)\s*(?:to \w+\s*)?[:,]?\s*(?:that\s+)?(.{3,200}?)\s*[.!]?\s*$/i;

/** "what's on sale", "who won", "when it starts": a question put as news, which the message does not answer. */
const WH_NEWS = /^(?:what|which|who|whom|whose|where|when|why|how|whether|if)\b/i;

/** "Where should I visit first?", "What should we see?": where a guide starts a visit. */
const VISIT_FIRST =
  /\b(?:where|what)\s+(?:should|shall|must|can|could|do you (?:recommend|suggest))\s+(?:i|we)?\s*(?:visit|go|see|start|begin|head)\b|\bwhere (?:do|should) (?:i|we) start\b|\bwhat(?:'s|s| is) (?:the )?(?:first|best) (?:thing|place|sight) to (?:see|visit)\b/i;

/** "Tell me that dinner is ready", "Could you please tell me that it's going to rain?": a line for the character to say. */
const TELL_ME_THAT =
  /^\s*(?:please\s+)?(?:(?:can|could|would|will) you\s+(?:please\s+)?)?(?:tell|inform|warn|remind) (?:me|us)\s+that\s+(.{3,160}?)\s*(?:,?\s*please)?\s*[.!?]*\s*$/i;

/** "Say good morning to me", "Could you say hello to my friend Anna?": the greeting, to whom it is for. */
const GREET =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+|would you\s+)?(?:say|wish)\s+(hello|hi|hey|good morning|good afternoon|good evening|good night|goodbye|bye|happy birthday|merry christmas|happy new year|congratulations|thank you|thanks|welcome)\s+to\s+(?:me|us|everyone|everybody|(?:my|our)\s+[a-z]+(?:\s+([A-Z][a-z]{1,20}))?|([A-Z][a-z]{1,20}))\s*(?:,?\s*please)?\s*[.!?]?\s*$/i;

/** "Say good morning like a pirate", "Write a short greeting as a butler": the greeting, in the voice. */
const SAY_LIKE =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:(?:say|shout|whisper)\s+(hello|hi|good morning|good afternoon|good evening|good night|goodbye|bye|thank you|thanks|happy birthday|welcome)|write\s+(?:me\s+)?(?:a|an)\s+(?:short\s+|quick\s+|friendly\s+)?(greeting|welcome|hello))\s+(?:like|as)\s+(?:a|an|the)\s+[a-z' -]{2,40}?\s*[.!]?\s*$/i;
/** "Take my order": a character with a trade asks, and recommends. */
const TAKE_ORDER = /\btake (?:my|our) order\b/i;
/** "Greet the guests": a welcome. */
const WELCOME =
  /^\s*(?:please\s+)?(?:now\s+)?(?:can you\s+|could you\s+)?(?:greet|welcome)\s+(?:the\s+|my\s+|our\s+|all\s+(?:the\s+)?)?(?:guests|visitors|customers|audience|class|children|kids|crowd|team|everyone|everybody|listeners|viewers|passengers|travellers|travelers)\s*(?:,?\s*please)?\s*[.!]?\s*$/i;

/** "What's your favourite snack?", "What do you like to eat?": what the character eats. */
const FOOD = /^(?:food|foods|meal|meals|snack|snacks|treat|treats|dish|dishes|thing to eat|breakfast|lunch|dinner)$/;
const EATS =
  /\bwhat do you (?:like to )?eat\b|\bwhat(?:'s|s| is) your (?:diet|usual (?:meal|food))\b|\bwhat did you (?:have|eat) for (?:breakfast|lunch|dinner)\b|\bwhat did you eat(?: today| this morning| yesterday)?\s*\??\s*$|\bwhat (?:do|would) you (?:want|like|fancy|feel like)(?: to eat| for (?:breakfast|lunch|dinner|supper|tea|a snack))\b|\bare you hungry\b|\bwhat are you (?:having|eating|cooking|making) for (?:breakfast|lunch|dinner|supper|tea)\b/i;

/**
 * More questions put to the character itself, answered from its own sketch (what it does, where
 * it lives, what it loves), never from the real world: "How old are you?", "Tell me about your
 * family", "What are you afraid of?", "What's your biggest dream?", "Do you want to go for a walk?",
 * "Are you scary?".
 */
const AGE =
  /\bhow old are you\b|\bwhat(?:'s|s| is) your age\b|\bwhen were you born\b|\bhow long have you been (?:alive|around)\b/i;
const FAMILY =
  /\b(?:tell (?:me|us) (?:a bit |a little |more )?about|describe|what(?:'s|s| is)) your family\b|\bdo you have (?:a |any )?(?:family|brothers?|sisters?|siblings|children|kids|parents|friends)\b|\bwho (?:is|are) your (?:family|friends?|parents)\b/i;
const FEAR =
  /\bwhat makes you (?:sad|angry|upset|grumpy|cross|cry)\b|\bwhat are you (?:most )?(?:afraid|scared|frightened) of\b|\bwhat(?:'s|s| is) your (?:biggest |greatest |only |one )?weakness\b|\bwhat (?:scares|frightens) you\b|\bwhat(?:'s|s| is) your (?:biggest |greatest |worst )?fear\b|\bare you (?:afraid|scared) of anything\b|\bdo you fear anything\b/i;
const DREAM =
  /\bwhat(?:'s|s| is) your (?:biggest |greatest |one |secret |wildest )?(?:dream|wish|ambition)\b|\bwhat do you (?:dream (?:of|about)|wish for|hope for)\b|\bwhat do you want to be when you grow up\b|\bif you could have (?:one|a|any) wish\b|\bwhat do you want (?:most|for (?:christmas|your birthday))\b/i;
const HAPPY = /\bwhat makes you (?:happy|smile|laugh|glad)\b|\bwhat (?:cheers you up|brings you joy)\b/i;
const GET_FEELING = /^\s*do you (?:ever )?(?:get|feel) (?:lonely|bored|tired|sad|scared|grumpy|angry|homesick)\b/i;
const WOULD_DO = /\bwhat would you do (?:with|if)\b/i;

/** "Do you want to go for a walk?": an invitation, taken up when it is what the character loves. */
const INVITE =
  /^\s*(?:(?:do|would) you )?(?:want|like|fancy) to ([a-z][a-z' ]{1,60}?)(?: with me| today| now| later)?\s*\?*\s*$/i;
/** "Are you scary?": a trait, owned when the description gave it. */
const TRAIT = /^\s*are you (?:very |really |a bit |at all |always )?([a-z]{3,20})\s*\?*\s*$/i;
/** Traits about the model's real nature, not the character's: left to the other skills. */
const REAL_TRAIT =
  /^(?:real|human|alive|ai|sentient|conscious|online|connected|sure|certain|serious|kidding|joking|okay|ok|there|listening|able|allowed|lying|correct|right|wrong|free|programmed|chatgpt|openai|working|broken|ready|done|finished|still)$/i;

const NAME =
  /\bwhat(?:'s|s| is) your name\b|\bwhat (?:are you called|should I call you|do (?:people|they|I) call you)\b|\bdo you have a name\b/i;

const SIGNATURE =
  /\bwhat(?:'s|s| is) your (?:signature|special|speciality|specialty|best[- ]selling|most popular|house)\b/i;
/** "Tell me a fun fact about yourself": something it loves or does. */
const FACT_ABOUT_YOU =
  /\b(?:tell|give|share)\s+(?:me|us)\s+(?:a|one|an?\s+\w+)\s+(?:fun\s+|interesting\s+|surprising\s+)?(?:fact|thing|secret)\s+about\s+(?:yourself|you)\b/i;
/** "What is it like under the sea?", "What's life like in the castle?": its world, from its own lines. */
const LIKE_THERE =
  /\bwhat(?:'s|s| is) (?:it|life) like\b(?:\s+(?:under|in|at|on|up|down|inside|living|being)\b([^?.!]{0,40}))?/i;
/** "What have you seen in your life?": what it has done. */
const SEEN =
  /\bwhat (?:have you|did you) (?:seen|see|done|learn(?:ed|t)?)\b|\bwhat(?:'s|s| is) the (?:most \w+|best|strangest|funniest) thing you(?:'ve| have)? (?:ever )?(?:seen|done)\b/i;
/** "Why do you knock things off tables?", "Why are you haunting this house?": because it is what it does. */
const WHY =
  /^\s*why (?:do|are) you\b(?! (?:think|say|know|mean|ask|need|want to know|pick|choose)\b)(?! (?:so |always |feeling |looking |being )?(?:sad|unhappy|upset|angry|mad|cross|grumpy|happy|tired|sleepy|scared|afraid|worried|quiet|lonely|bored|nervous|excited|late|here|crying|laughing|smiling|shouting)\b)/i;
/** "I'm feeling sad", "Cheer me up": comfort, in the character's own way. */
const COMFORT =
  /^\s*(?:i(?:'m| am) (?:feeling |so |really |a bit |very )*(?:sad|down|low|lonely|blue|stressed|tired|upset|unhappy|worried|anxious|nervous|bored)\b|i(?:'ve| have)? had a (?:bad|rough|hard|terrible|long) day\b|(?:please |can you |could you )?cheer me up\b)/i;

/** "I lost my umbrella", "I spilled my coffee": a small mishap, met with sympathy and a practical next step. */
const MISHAP =
  /^\s*(?:oh no[,!.]*\s*|ugh[,!.]*\s*)?i(?:'ve| have)?\s+(?:just\s+)?(lost|broke|spilled|spilt|dropped|forgot|burnt|burned|ripped|tore|missed|failed|flunked)\s+((?:my|the|a|an|our)\s+[a-z][a-z ]{1,30}?)\s*(?:again|today|this morning|yesterday)?\s*[.!]*(?:\s*(?:[:;]-?[(/|]+|[☹😞😢😭🙁]))*\s*$/iu;
const MISHAP_FIX: [RegExp, string][] = [
  [
    /^lost$/i,
    "[Retrace your steps: lost things are most often found in the last place you had them.|Ask at the last place you were: someone may have handed it in.]",
  ],
  [
    /^(?:spilled|spilt)$/i,
    "[Blot it up with a cloth straight away, before it soaks in.|Grab a cloth and blot, don't rub: it comes out easier.]",
  ],
  [
    /^(?:broke|dropped|ripped|tore)$/i,
    "[Check whether it can be mended before you throw it out.|Sometimes a little glue or a few stitches work wonders.]",
  ],
  [
    /^(?:forgot|missed)$/i,
    "[Set a reminder for next time, and don't be too hard on yourself.|It happens to everyone: a note on your phone helps next time.]",
  ],
  [/^(?:burnt|burned)$/i, "[Start again on a lower heat, and keep an eye on it.|Next time, a timer helps.]"],
  [
    /^(?:failed|flunked)$/i,
    "[Lots of people don't pass the first time: you'll know what to expect next time.|Many people need more than one try, and you can take it again.]",
  ],
];
/** "I don't feel like doing my homework": encouragement from a character with advice of its own. */
const RELUCTANT =
  /^\s*(?:ugh[,!.]*\s*)?i\s+(?:really\s+)?(?:don'?t|dont|do not)\s+(?:really\s+)?(feel like|want to|wanna)\s+([a-z][a-z' ]{2,50}?)\s*(?:today|tonight|right now|now)?\s*[.!]*\s*$/i;
/** "Will I have a good week?" put to a fortune teller. */
const FUTURE_ASKED =
  /^\s*(?:will|shall) (?:i|we|my \w+) \b|^\s*(?:am i|are we) going to\b|\bwhat does (?:my|the) future hold\b|\bwhat do you see in my future\b/i;
const SEER = /\b(?:crystal ball|cards|tarot|mists|fortune)\b/i;
/** "my umbrella" said back: "your umbrella". */
function toYou(t: string): string {
  return t
    .replace(/\bmy\b/gi, "your")
    .replace(/\bour\b/gi, "your")
    .replace(/\bmyself\b/gi, "yourself")
    .replace(/\bme\b/gi, "you")
    .trim();
}
function cap(t: string): string {
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** The character's own sentence of what it does (its work, or its day when it has no trade). */
const doing = (self: SelfLines) => self.work ?? self.intro;

/** The answer the character's own sketch gives to one of the questions above, if it has one. */
function ownAnswer(self: SelfLines, input: SkillInput, system: string): SkillReply | undefined {
  const { lastUser } = input;
  const loves = self.loves;
  // A character the description gave no name says it has none (a known one has its own: Captain Saltbeard).
  if (self.name && NAME.test(lastUser) && !GIVEN_NAME.test(system)) return said(self.name);
  if (AGE.test(lastUser))
    return said(
      `[I've lost count of the years.|Older than I look, I'm told.|Old enough to know my own mind: I stopped counting long ago.] ${doing(self)}`,
    );
  if (FAMILY.test(lastUser)) {
    const friends = /\bfriends?\b/i.test(lastUser);
    return said(
      `${friends ? "[Friends?|My friends?] [Only a few, but good ones.|I have a few, and they mean the world to me.]" : "[Family?|My family?] [It's a small one, but it means the world to me.|We're a close bunch, in our own way.]"} ${self.home ?? doing(self)}`,
    );
  }
  if (FEAR.test(lastUser))
    return loves
      ? said(
          `[Not much, to be honest.|Hardly anything.|Very little, really.] [Only a day without the chance to ${loves}.|Except, perhaps, a day when I couldn't ${loves}.]`,
        )
      : plainDecline(input);
  if (HAPPY.test(lastUser) && loves) return said(`[What makes me happy?|Easy!] [To ${loves}.|The chance to ${loves}.]`);
  const feeling = GET_FEELING.exec(lastUser);
  if (feeling && loves)
    return said(
      `[Sometimes, I suppose.|Now and then.] [But then I ${loves}, and all is well again.|Then I ${loves}, and I feel much better.]`,
    );
  if (WOULD_DO.test(lastUser) && loves)
    return said(`[Oh, that's easy.|Easy!] I'd ${loves}, [all day long.|every single day.]`);
  if (DREAM.test(lastUser))
    return said(
      loves
        ? `[My biggest dream?|My dream?] To ${loves}, [every single day.|for ever and ever.]`
        : `[My biggest dream?|My dream?] ${self.favourite}`,
    );
  if (COMFORT.test(lastUser) && loves)
    return said(
      `[Oh, I'm sorry to hear that.|Oh no, I'm sorry you're feeling low.] [Take a deep breath: tomorrow is a new day.|Be kind to yourself today: bad days pass.] [When I feel low, I ${loves}, and it always helps.|What always cheers me up is to ${loves}. Maybe find your own version of that today.]`,
    );
  const mishap = MISHAP.exec(lastUser);
  if (mishap) {
    const thing = toYou(mishap[2]);
    const fix = MISHAP_FIX.find(([re]) => re.test(mishap[1]))?.[1] ?? "";
    return said(
      `[Oh no, ${thing}!|${cap(thing)}? Oh no!] [What rotten luck.|That's a real shame.] ${fix}${loves ? ` [And then, to cheer up, do what I do: ${loves}.|When things go wrong, I ${loves}, and it always helps.]` : ""}`,
    );
  }
  const reluctant = RELUCTANT.exec(lastUser);
  if (reluctant && self.advice) {
    const task = toYou(reluctant[2].replace(/[.!?]+$/, ""));
    const asked = /^feel/i.test(reluctant[1])
      ? `[Not in the mood for ${task}? I hear you!|You don't feel like ${task}? That's okay, it happens to everyone!]`
      : `[You don't want to ${task}? I hear you!|Not feeling up to it today? That's okay, it happens to everyone!]`;
    return said(
      `${asked} [Start with just five minutes: once you begin, the rest gets easier.|Break it into small pieces and do the first one right now.] ${self.advice}`,
    );
  }
  if (FUTURE_ASKED.test(lastUser) && SEER.test(`${self.work ?? ""} ${self.loves ?? ""}`))
    return said(
      `[*gazes into the crystal ball* The mists are swirling...|*turns over a card* Ahh, I see...] [The cards say the week will be what you make of it.|I see hard work, and hard work is rewarded.] [But a crystal ball is only a fairground game: nobody can truly see what is coming.|But mind, the mists are only a fairground game: no one can truly see your future.] ${self.advice ?? ""}`,
    );
  // "What's your signature dish?": what its trade recommends, else what it eats.
  if (SIGNATURE.test(lastUser) && (self.recommend || self.food)) return said((self.recommend ?? self.food) as string);
  if (FACT_ABOUT_YOU.test(lastUser)) return said(`[Here's one.|A fun fact about me?] ${self.favourite}`);
  const there = LIKE_THERE.exec(lastUser);
  if (there) {
    const named = there[1] && lineAbout(self, there[1].replace(/\b(?:the|a|an|my|your|here|there)\b/gi, " ").trim());
    return said(named || self.home || self.day);
  }
  if (SEEN.test(lastUser) && !/\b(?:last night|yesterday|today|this morning)\b/i.test(lastUser))
    return said(`[Oh, a great deal.|More than you'd think.] ${doing(self)}`);
  if (WHY.test(lastUser) && !/\b(?:can't|cannot|won't|don't|didn't)\b/i.test(lastUser))
    return said(`[Because it's what I do!|Why not? It's who I am.] ${doing(self)}`);
  const invite = INVITE.exec(lastUser);
  if (
    invite &&
    /^(?:go|come|play|dance|sing|swim|fly|run|walk|sail|visit|meet|join|grab|race|explore|ride|hang out|watch|cook|bake|share|have (?:a|some|dinner|lunch|tea|coffee|breakfast))\b/i.test(
      invite[1],
    )
  ) {
    const wants = (invite[1].match(/[a-z]{4,}/gi) ?? [])
      .filter((w) => !/^(?:with|some|have|come|your|that|this|there|about)$/i.test(w))
      .map(STEM);
    const own = `${loves ?? ""} ${self.favourite} ${self.day} ${self.food ?? ""}`;
    const ownWords = (own.match(/\p{L}+/gu) ?? []).map(STEM);
    if (wants.some((w) => ownWords.includes(w))) return said(`[Yes, please!|Oh, yes!|I'd love to!] ${self.favourite}`);
    return loves
      ? said(
          `[Maybe another time.|Perhaps later.|Not just now, thank you.] [Right now I'd rather ${loves}.|Just now, all I want is to ${loves}.]`,
        )
      : undefined;
  }
  const trait = TRAIT.exec(lastUser);
  if (trait && !REAL_TRAIT.test(trait[1])) {
    const stem = STEM(trait[1]).slice(0, 5);
    const given = (system.match(/\p{L}+/gu) ?? []).some((w) => STEM(w).startsWith(stem));
    return said(
      given
        ? `[Yes, I suppose I am.|I'm afraid so!|Guilty as charged.] ${doing(self)}`
        : `[Me? That depends on who you ask!|Only to those who don't know me.|Some might say so, others not.] ${doing(self)}`,
    );
  }
  return undefined;
}
/** "Give me some advice", "Any tips for me?": advice from the character's own world. */
const ADVICE =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+|would you\s+)?(?:give|share|offer|tell)\s+(?:me|us)\s+(?:some|a|an|your|any|one|a few|a quick|a good|quick|good|your best|your top|a single|two|three)?\s*(?:good |quick |little |useful |single )?(?:piece of |bit of |words of )?(?:advice|wisdom|tips?|life lesson)\b|\b(?:any|what(?:'s|s| is)(?: your| one| a good)?(?: best| top)?) (?:advice|tips?|words of wisdom)\b|\bwhat advice (?:would|do|can) you (?:give|have)\b/i;
/** "Can you breathe fire?", "Can you fly?": a yes from the character's own lines, else left to others. */
const CAN_YOU = /^\s*(?:so\s+)?can you (?:really\s+|actually\s+)?([a-z][a-z ]{2,40}?)\s*\?*\s*$/i;
const CAN_STOP =
  /^(?:help|tell|explain|give|show|please|about|really|actually|some|that|this|with|have|know|speak|remember|understand|think|write|make|what)$/i;
const HOME_WORDS =
  /^(?:home|house|kingdom|realm|land|world|palace|castle|village|town|city|planet|island|forest|ship|hive|nest|den|cave|lair|tower)$/i;
/** "Give me a pep talk", "Motivate me": encouragement, from a character with advice of its own. */
const PEP =
  /\b(?:(?:give|need) (?:me |us )?(?:a |some )?(?:quick |little |short )?pep talk|motivate me|encourage me|cheer me on|inspire me|(?:give me |need )?(?:a |some )?(?:words of )?(?:encouragement|motivation))\b/i;
/** "Introduce the next contestant, Maria", "Introduce our guest, Tom": a welcome for the one named. */
const INTRODUCE =
  /^\s*(?:please\s+)?(?:now\s+)?(?:can you\s+|could you\s+)?introduce\s+(?:the\s+|our\s+|my\s+)?(?:next\s+|first\s+|last\s+|special\s+)?(contestant|guest|speaker|act|band|singer|player|performer|champion|challenger|winner)\s*,?\s*(?:named\s+|called\s+)?([a-z]{2,20}(?:\s+[a-z]{2,20})?)?\s*[.!]?\s*$/i;
/** "Where are the history books?", "Where is the treasure?": a place in the character's own world. */
const WHERE_THING =
  /^\s*where\s+(?:is|are|can i find|do you keep|did you (?:hide|put))\s+(?:the|your|my|all the)\s+([a-z][a-z ]{1,30}?)\s*\??\s*$/i;
/** Advice asked about nothing in particular: "Give me some advice.", "Any advice?". */
const BARE_ADVICE =
  /^\s*(?:please\s+)?(?:can you\s+|could you\s+)?(?:(?:give|share|offer|tell)\s+(?:me|us)\s+)?(?:some|any|a|your|one|a piece of|a bit of|a few words of)?\s*(?:good\s+|wise\s+|general\s+)?(?:advice|wisdom|words of wisdom|life advice)\s*(?:,?\s*please)?\s*[.!?]*\s*$/i;
/**
 * "Give me some advice" is the character's own advice; "three tips for learning Python" is about
 * something else, and a pirate's advice about maps is no answer to it: only a subject its own
 * lines talk about ("tips for the forge" to a blacksmith) is answered from them.
 */
function adviceInItsWorld(self: SelfLines, asked: string): boolean {
  const topic = /\b(?:advice|wisdom|tips?|lessons?)\b\s+(?:for|on|about|to|regarding|when|with|if)\s+(.{2,60})$/i.exec(
    asked.replace(/[.!?]+\s*$/, ""),
  );
  if (!topic) return true;
  const wants = (topic[1].match(/[a-z]{4,}/gi) ?? [])
    .filter(
      (w) =>
        !/^(?:someone|something|anyone|people|being|getting|making|doing|having|your|yours|with|from|into|like|life|living|better|more|good|great|long|short|first|little|next|real|whole|very)$/i.test(
          w,
        ),
    )
    .map(STEM);
  const own = [self.advice, self.work, self.day, self.favourite, self.home, self.food, self.loves]
    .filter((l): l is string => !!l)
    .join(" ");
  const ownWords = (own.match(/\p{L}+/gu) ?? []).map(STEM);
  return (
    wants.length === 0 ||
    wants.some((w) => ownWords.some((o) => o.slice(0, 5) === w.slice(0, 5))) ||
    // Life's everyday trials take any character's advice: an exam, homework, a hard Monday.
    LIFE.test(topic[1])
  );
}
/** A recommendation asked about a subject ("to learn Python", "about black holes") its own lines do not cover. */
function recommendInItsWorld(self: SelfLines, asked: string): boolean {
  const topic =
    /\b(?:about|on|to learn|for learning|to understand|to study|to improve|to get better at)\s+(.{2,50})$/i.exec(
      asked.replace(/[.!?]+\s*$/, ""),
    );
  if (!topic) return true;
  const wants = (topic[1].match(/[a-z]{4,}/gi) ?? []).map(STEM);
  const own = [self.recommend, self.work, self.favourite, self.food].filter((l): l is string => !!l).join(" ");
  const ownWords = (own.match(/\p{L}+/gu) ?? []).map(STEM);
  return wants.length === 0 || wants.some((w) => ownWords.includes(w));
}
const LIFE =
  /\b(?:exams?|tests?|homework|school|studying|study|work|jobs?|interviews?|life|friends?|friendship|love|stress|worr(?:y|ies)|mondays?|mornings?|days?|week|confidence|motivation|happiness|patience|kindness|courage|growing up|family|first day|nerves|being (?:brave|happy|kind))\b/i;

/** "What's the weather like where you are?": the character's imagined world, never a live report. */
const WEATHER =
  /\bweather\b[^.?!]{0,30}\b(?:where you (?:are|live)|in your (?:world|home|forest|town|village|kingdom|neck of the woods)|at your place|(?:up|out|down) there)\b/i;
const NOT_LIVE =
  "[That's my own little world, mind: I have no live data, so I can't tell you the real weather where you are.|Only in my own story, though: I have no live data, so for your real weather, check a forecast.]";

/** The character's take on anything everyday: Mondays, rain, homework, the city. */
function opinionOf(thing: string, loves: string): string {
  const t = thing.trim().replace(/[[\]|{}]/g, "");
  const x = t.charAt(0).toUpperCase() + t.slice(1);
  const them = /s$/i.test(t) && !/ss$/i.test(t) ? "them" : "it";
  return `[${x}? Fine by me, as long as I can ${loves}.|${x}? I don't think about ${them} much: I'd rather ${loves}.|${x}? Honestly, all I really want is to ${loves}.]`;
}

const STEM = (w: string) =>
  w
    .toLowerCase()
    .replace(/(?:ies|es|s)$/, "")
    .slice(0, 6);

/** The persona's line that names `thing` ("ship" -> "master of the fastest ship"), if any. */
function lineAbout(self: SelfLines, thing: string): string | undefined {
  const words = thing.split(/\s+/).filter((w) => w.length >= 3 && !/^(?:the|and|own)$/i.test(w));
  if (!words.length) return undefined;
  const stems = words.map(STEM);
  for (const key of ["intro", "day", "favourite", "recommend", "home"] as const) {
    const line = self[key];
    if (!line) continue;
    const said = (line.match(/\p{L}+/gu) ?? []).map(STEM);
    if (stems.every((s) => said.includes(s))) return line;
  }
  return undefined;
}

function plainDecline(input: SkillInput): SkillReply {
  // "What's your favourite food?" asks about the persona: the decline quotes it rather than say "your".
  const asked = thingAsked(input.lastUser);
  const quoted = {
    kind: "thing" as const,
    text: `the answer to "${input.lastUser.trim().replace(/["\n]/g, "").slice(0, 80)}"`,
  };
  return {
    texts: declineTexts(asked && !/\byou(?:r|rself)?\b/i.test(asked.text) ? asked : quoted, false),
    asWritten: true,
    declined: true,
  };
}

const said = (template: string): SkillReply => ({ texts: expand(template) as Filled[] });

/** "Your name is Captain Jack", "a dragon named Ember": the name the system message gave. */
const GIVEN_NAME =
  /\b[Yy]our name is ([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})|\b(?:named|called) ([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})|\b(?:[Yy]ou are|[Yy]ou're) ([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}), (?:a|an|the) |\b(?:[Yy]ou are|[Yy]ou're) (?!(?:A|An|The|I|My|Your|Now)\b)([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2})\s*(?:[.!]|$)/m;

/** The introduction under the name it was given: the line's own name ("Captain Saltbeard") gives way. */
function introAs(intro: string, name: string): string {
  if (intro.includes(name)) return intro;
  return expand(intro)
    .map((f) => {
      const [first, ...rest] = f.text.split(/(?<=[.!?])\s+/);
      const named = /\s[A-Z][a-z]+/.test(first.replace(/^\S+/, "").replace(/\bI\b/g, ""));
      return `My name is ${name}. ${(named ? rest : [first, ...rest]).join(" ")}`.trim();
    })
    .filter((t, i, all) => all.indexOf(t) === i)
    .map((t) => t.replace(/[[\]|{}]/g, ""))
    .join("|")
    .replace(/^(.*\|.*)$/, "[$1]");
}

export const persona: Skill = {
  name: "persona",
  does: "a persona's answers about itself (who it is, its day, its favourite things), the news it is asked to announce, a greeting to pass on",
  reply(input) {
    const reply = selfReply(input);
    const wanted = input.instructions.form?.sentences ?? (input.instructions.brevity === "sentence" ? 1 : undefined);
    if (!reply || !wanted || !("texts" in reply) || reply.declined || reply.asWritten) return reply;
    // "Tell me about your day in one sentence": the day itself, not its "Purrfect, thank you." opening.
    const trimmed = reply.texts.map((f) => {
      const said = sentences(f.text);
      while (said.length > wanted && (said[0].match(/\p{L}+/gu) ?? []).length <= 4) said.shift();
      return { ...f, text: said.join(" ") };
    });
    // "Describe your perfect day in three sentences": one line of the character's is too short,
    // so its other lines follow (the form then cuts the reply to the count asked).
    const self = selfOf(input);
    if (!self) return { ...reply, texts: trimmed };
    // Whole sentences first: a kind's favourite is often a phrase ("Curling up on a warm pile of gold").
    const more = [self.home, self.day, self.favourite, self.work, self.food].filter((l): l is string => !!l);
    return {
      ...reply,
      texts: trimmed.map((f) => {
        let text = f.text;
        for (const line of more) {
          if (sentences(text).length >= wanted) break;
          const said = expand(line)[0]?.text;
          if (said && !text.includes(said.slice(0, 30))) text = `${text} ${said}`;
        }
        return { ...f, text };
      }),
    };
  },
};

/** The character's lines, when the conversation made the model one. */
function selfOf(input: SkillInput): SelfLines | undefined {
  const system = input.turns
    .filter((t) => t.role === "system" || t.role === "developer")
    .map((t) => t.text)
    .join("\n");
  const voice = readVoice(system, input.lastUser);
  return (voice && characterOf(voice)?.self) || undefined;
}

function selfReply(input: SkillInput): SkillReply | null {
  {
    const { turns, lastUser } = input;
    const system = turns
      .filter((t) => t.role === "system" || t.role === "developer")
      .map((t) => t.text)
      .join("\n");
    const news = ANNOUNCE.exec(lastUser);
    // "Tell everyone what's on sale today" asks for news the message does not give: a character
    // with a trade cries its own wares; anyone else has no news to give, and the words are no news.
    if (news && WH_NEWS.test(news[1])) {
      const wares = selfOf(input)?.recommend;
      if (wares && /\b(?:sale|sell|selling|offer|special|specials|menu|stock|stall|fresh|today)\b/i.test(news[1]))
        return said(wares);
      return null;
    }
    if (news && !/[?]$/.test(lastUser.trim())) {
      const told = news[1].replace(/^["'“]|["'”]$/g, "").trim();
      const text = `${told.charAt(0).toUpperCase()}${told.slice(1)}`.replace(/[.!]*$/, "!");
      return { texts: [{ text, weight: 1 }] };
    }
    const introduced = INTRODUCE.exec(lastUser);
    if (introduced) {
      const who = introduced[1].toLowerCase();
      const name = introduced[2] && /^[A-Z]/.test(introduced[2]) ? introduced[2] : undefined;
      return said(
        `[Ladies and gentlemen, please welcome our next ${who}${name ? `, ${name}` : ""}!|Give it up, everyone, for our next ${who}${name ? `: ${name}` : ""}!] [Let's hear a big round of applause!|The stage is yours!]`,
      );
    }
    const like = SAY_LIKE.exec(lastUser);
    if (like) {
      const words = (like[1] ?? "hello").toLowerCase().replace(/^(?:greeting|welcome)$/, "hello, and welcome");
      return { texts: [{ text: `${words.charAt(0).toUpperCase()}${words.slice(1)}!`, weight: 1 }] };
    }
    if (WELCOME.test(lastUser))
      return said(
        "[Welcome, everyone!|Good evening, and welcome, everyone!] [It's a pleasure to have you here.|How lovely to see you all.]",
      );
    const greet = GREET.exec(lastUser);
    if (greet) {
      const words = greet[1].toLowerCase();
      const name = greet[2] ?? greet[3];
      const text = `${words.charAt(0).toUpperCase()}${words.slice(1)}${name ? `, ${name}` : ""}!`;
      return { texts: [{ text, weight: 1 }] };
    }
    if (lastUser.length > 300) return null;
    const voice = readVoice(system, lastUser);
    // "Could you please tell me that it is going to rain tomorrow?" to a character: the line to say, in its voice.
    const line = voice && characterOf(voice) ? TELL_ME_THAT.exec(lastUser) : null;
    if (line) {
      const told = toYou(line[1].replace(/^["'“]|["'”]$/g, "").trim());
      return { texts: [{ text: cap(told).replace(/[.!?]*$/, "!"), weight: 1 }] };
    }
    // "Give me some advice." with no subject and no character to give it: no passage that says
    // "advice" somewhere answers it.
    if (BARE_ADVICE.test(lastUser) && !(voice && characterOf(voice)?.self?.advice))
      return {
        texts: declineTexts({ kind: "task", text: "give you advice without knowing what it should be about" }, false),
        asWritten: true,
        declined: true,
      };
    const self = voice && characterOf(voice)?.self;
    // "Where should I visit first?" to a guide in Rome: the sights its place holds (and its era allows).
    if (VISIT_FIRST.test(lastUser) && (self || /\bguides?\b|\bdocents?\b/i.test(system))) {
      const old = OLD_ERA.test(system);
      const sight = FIRST_SIGHTS.find((f) => f.test.test(system) && !(f.modern && old));
      if (sight) return said(sight.first);
    }
    if (!self) {
      // A mood alone ("You are grumpy") says nothing about who the model is: a question put to
      // it is declined, never answered with a passage that shares a word.
      const toSelf =
        ASKS.some(([re, key]) => key !== "recommend" && re.test(lastUser)) ||
        ABOUT_YOU.test(lastUser) ||
        OPINION.test(lastUser) ||
        OPEN_ASK.test(lastUser) ||
        [AGE, FAMILY, FEAR, DREAM].some((re) => re.test(lastUser));
      return voice && toSelf ? plainDecline(input) : null;
    }
    const own = ownAnswer(self, input, system);
    if (own) return own;
    const can = CAN_YOU.exec(lastUser);
    if (can) {
      // "Can you breathe fire?" to a dragon: yes, when its own lines say it does.
      const wants = (can[1].match(/[a-z]{4,}/gi) ?? []).filter((w) => !CAN_STOP.test(w)).map(STEM);
      const lines = [self.work, self.day, self.favourite, self.home, self.intro].filter((l): l is string => !!l);
      const line = lines.find((l) => {
        const own = (l.match(/\p{L}+/gu) ?? []).map(STEM);
        return wants.length > 0 && wants.every((w) => own.includes(w));
      });
      if (line) return said(`[Yes, of course!|I certainly can!|Of course I can!] ${line}`);
    }
    if (self.recommend && TAKE_ORDER.test(lastUser))
      return said(`[What can I get you today?|What would you like?] ${self.recommend}`);
    if (self.advice && PEP.test(lastUser))
      return said(
        `[You've got this!|You can do this!|Come on, you can do it!] ${self.advice} [Now go and show them what you can do!|I believe in you!]`,
      );
    const where = WHERE_THING.exec(lastUser);
    if (where) {
      const line = lineAbout({ ...self, intro: self.home ?? self.intro }, where[1]);
      return line ? said(line) : plainDecline(input);
    }
    const favourite = FAVOURITE_OF.exec(lastUser);
    const kind = favourite?.[1].toLowerCase();
    if (self.food && ((kind && FOOD.test(kind)) || EATS.test(lastUser))) return said(self.food);
    if (self.weather && WEATHER.test(lastUser)) return said(`${self.weather} ${NOT_LIVE}`);
    if (kind && !/^(?:thing|things|activity|pastime|hobby|way|part)$/.test(kind)) {
      const line = self.favourite;
      const test = KINDS[kind] ?? KINDS[kind.replace(/s$/, "")] ?? new RegExp(`\\b${STEM(kind)}`, "i");
      if (line && test.test(line)) return said(line);
      // "What's your favourite colour?" with no line that names one: no made-up favourite. The
      // character declines in its own voice, saying what speaks (the offline model), and what it loves.
      return self.loves
        ? said(
            `[My favourite ${kind}?|Hmm, my favourite ${kind}?] [I can't tell you that: I'm the workbook's offline model, and nobody told me one.|I can't say: I'm only the workbook's offline model, and I was never given one.] [What I love most is to ${self.loves}.|What I really love is to ${self.loves}.]`,
          )
        : plainDecline(input);
    }
    const name = GIVEN_NAME.exec(system);
    for (const [re, key] of ASKS) {
      // "Describe your job" to a character that says no more than who it is: its introduction;
      // "What should I cook for dinner?" to one with no trade to recommend from: what it eats.
      const line =
        self[key] ??
        (key === "work" ? self.intro : undefined) ??
        (key === "recommend" && /\b(?:cook|make|bake|eat|dinner|lunch|breakfast|supper|snack)\b/i.test(lastUser)
          ? self.food
          : undefined);
      // "What book should I read to learn Python?": a librarian's favourite novel is no answer.
      if (key === "recommend" && line && re.test(lastUser) && !recommendInItsWorld(self, lastUser)) continue;
      if (line && re.test(lastUser))
        return said(key === "intro" && name ? introAs(line, name[1] ?? name[2] ?? name[3] ?? name[4]) : line);
    }
    const opinion = OPINION.exec(lastUser);
    if (opinion) {
      const thing = opinion[1].replace(/^(?:the|a|an) /i, "");
      const line = lineAbout(self, thing);
      if (line) return said(line);
      return self.loves ? said(opinionOf(thing, self.loves)) : plainDecline(input);
    }
    if (self.advice && ADVICE.test(lastUser) && adviceInItsWorld(self, lastUser)) return said(self.advice);
    if (OPEN_ASK.test(lastUser)) return plainDecline(input);
    // "Where is your ship now?", "Is your castle big?": about the persona's own things, answered
    // from a line naming them (where it lives first, for "where"), never from a passage ("shipping").
    const yours = YOUR_THING.exec(lastUser);
    if (yours) {
      const thing = yours[1];
      const home =
        /^\s*where\b/i.test(lastUser) &&
        self.home &&
        lineAbout({ ...self, intro: self.home, day: "", favourite: "" }, thing);
      const line = home || lineAbout(self, thing);
      return line ? said(line) : plainDecline(input);
    }
    const about = ABOUT_YOU.exec(lastUser);
    if (about) {
      const thing = (about[1] ?? about[2]).replace(
        /^(?:where do you|where are you|how old are you|do you have (?:a|any)|what do you)\s*/i,
        "",
      );
      const line = thing ? lineAbout(self, thing) : undefined;
      // "Tell me about your kingdom": where the character lives, whatever it calls it.
      const home = !line && self.home && HOME_WORDS.test(thing) ? self.home : undefined;
      return line || home ? said((line ?? home) as string) : plainDecline(input);
    }
    return null;
  }
}
