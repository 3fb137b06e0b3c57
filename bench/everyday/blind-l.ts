/**
 * A BLIND everyday set (tester L): everyday prompts written by an outside tester, without looking at
 * the model. People typing into a chat assistant the way they really do: a parent helping with
 * homework, a traveller, a cook, an office worker, a hobby programmer, a non-native English speaker
 * (lowercase, typos, "pls", numbers in words). Dates are given in the prompts (today is 2026-12-07).
 */
import { ask, assistant, cannot, chat, developer, structured, system, toolTrip, user, withTopics } from "./build";
import {
  all,
  any,
  dateIs,
  haiku,
  has,
  hasAny,
  inOrder,
  isBoolean,
  isInteger,
  isString,
  json,
  lacks,
  lang,
  limerick,
  listOf,
  marks,
  maxChars,
  maxWords,
  names,
  noCopy,
  num,
  oneOf,
  onlyLabel,
  pick,
  runs,
  sentenceCount,
  singleLine,
  spelled,
  startsYesNo,
  stringArray,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** Heads or tails: only one of them, or one named as the result ("it landed on tails"). */
const coinSide: Check = any(
  all(has(/\bheads\b/i), lacks(/\btails\b/i)),
  all(has(/\btails\b/i), lacks(/\bheads\b/i)),
  has(/\b(?:it'?s|it is|landed on|lands on|came up|comes up|result:?|got|you got)\s+(?:a\s+)?(?:heads|tails)\b/i),
);

/**
 * At least three different words that rhyme with "cat": a consonant then -at (bat, flat, chat; not
 * great or boat), leaving out "what" and the "cat" and "that" of the reply's own sentence.
 */
const rhymesWithCat: Check = (reply) => {
  const words = new Set(
    (reply.text.toLowerCase().match(/\b[a-z]*[b-df-hj-np-tv-z]at\b/g) ?? []).filter(
      (w) => !["cat", "what", "that"].includes(w),
    ),
  );
  return words.size >= 3 ? true : `only ${words.size} rhymes with cat: ${[...words].join(", ")}`;
};

/** A Markdown table: a separator row and at least three rows holding the capitals asked for. */
const capitalsTable: Check = all(
  (reply) => (/^\s*\|?\s*:?-{3,}:?\s*\|/m.test(reply.text) ? true : "no Markdown table separator row"),
  (reply) => {
    const rows = reply.text.split("\n").filter((l) => (l.match(/\|/g) ?? []).length >= 2);
    return rows.length >= 5 ? true : `${rows.length} table rows, not a header, separator and 3 rows`;
  },
  has("Madrid", "Tokyo", "Cairo"),
);

/**
 * The check on an email's body: without a greeting line ("Hi Sam,"), a subject line and a sign-off
 * ("Best regards,\nAlex"), which a polite rewrite may add around the sentences asked for.
 */
const emailBody =
  (check: Check): Check =>
  (reply) => {
    const lines = reply.text.split("\n").map((l) => l.trim());
    const kept: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (/^(?:subject:|(?:hi|hello|dear|hey|good morning)\b[^.!?]*,$)/i.test(line)) continue;
      if (
        /^(?:best|thanks|thank you|many thanks|kind regards|best regards|warm regards|regards|cheers|sincerely)\b[^.!?]{0,20}[,!]?$/i.test(
          line,
        )
      ) {
        if (i + 1 < lines.length && /^\[?[\p{L} ]{1,30}\]?$/u.test(lines[i + 1])) i++;
        continue;
      }
      kept.push(line);
    }
    return check({ ...reply, text: kept.join("\n") });
  };

const MEETING = `Anna: Okay, quick sync. The client moved the website launch from March 3 to March 17 because their legal team needs more time.
Ben: Honestly that helps us, the checkout page still has two bugs.
Anna: Good. Ben, can you fix the checkout bugs by March 10?
Ben: Yes, should be fine.
Carla: I'll update the launch email and send it to the client on Friday.
Anna: Great. Also the budget stays the same, no extra hours approved. Next sync is Thursday at 10.`;

const GARDEN_ARTICLE = `Residents of Elm Street turned an empty parking lot into a community garden this summer. More than forty families now rent small plots for ten dollars a season, and the city donated soil and two water tanks. Volunteers run a weekly workshop for kids on Saturdays, and extra vegetables go to the local food bank, which says it received over 300 kilos of tomatoes, beans and squash since July. The organisers hope to add a greenhouse next year if they can raise the money.`;

const LANDLORD_EMAIL = `Hi all, just a heads up: the water will be shut off in the whole building on Wednesday from 9am to 1pm because the plumbers are replacing the main pipe. Please fill some bottles beforehand if you need water. Also, the bins are now collected on Tuesdays instead of Mondays, starting next week. And a reminder that bikes cannot be left in the hallway anymore, the fire inspector complained. Thanks, Mr. Okafor`;

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals (and other country facts a traveller asks) ----
  ask(
    "capitals",
    "l-australia",
    "whats the capital of australia?? i always mix it up with sydney lol",
    has("Canberra"),
  ),
  ask(
    "capitals",
    "l-canada-nonnative",
    "My son ask me what is the capital city of Canada, I think it is Toronto but I am not sure?",
    has("Ottawa"),
  ),
  ask(
    "capitals",
    "l-japan-currency",
    "what currency do they use in japan? first time going there, want to get some cash before",
    hasAny("yen", "JPY", /¥/),
  ),

  // ---- elements ----
  ask("elements", "l-gold-symbol", "whats the chemical symbol for gold", has(/\bAu\b/)),
  ask(
    "elements",
    "l-oxygen-number",
    "helping my daughter with chemistry homework, what is the atomic number of oxygen?",
    num(8),
  ),
  ask("elements", "l-symbol-fe", "which element has the symbol Fe? pls", has("iron")),

  // ---- planets ----
  ask(
    "planets",
    "l-order",
    "can u list the planets in order from the sun? my kid has a test tomorrow",
    inOrder("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"),
  ),
  ask("planets", "l-largest", "biggest planet in our solar system?", has("Jupiter")),
  ask(
    "planets",
    "l-mars-moons",
    "how many moons does mars have and what r they called",
    all(num(2), has("Phobos", "Deimos")),
  ),

  // ---- arithmetic ----
  ask(
    "arithmetic",
    "l-fraction-add",
    "what is 3/4 + 1/8? my son needs the answer as a fraction not decimal",
    has(/\b7\s*\/\s*8\b|seven[- ]eighths/i),
  ),
  ask("arithmetic", "l-times", "quick one: 47 times 23", num(1081)),
  ask(
    "arithmetic",
    "l-scale-recipe",
    "my recipe is for 4 people and needs 300g pasta and 2 eggs. I'm cooking for 6, how much of each do i need?",
    all(num(450), num(3), has(/pasta|\bg\b|grams?/i), has(/eggs?/i)),
  ),

  // ---- percentages ----
  ask("percentages", "l-from", "how much is 15 percent from 80?", num(12)),
  ask(
    "percentages",
    "l-tip",
    "dinner bill was $64 and we want to leave a 20% tip. how much is the tip and whats the total?",
    all(num(12.8, 0.01), num(76.8, 0.01)),
  ),
  ask("percentages", "l-test-score", "I got 18 out of 24 on my spanish test, what percent is that?", num(75)),

  // ---- conversions ----
  ask(
    "conversions",
    "l-oven",
    "recipe says bake at 350°F but my oven is in celsius, what do i set it to?",
    num(177, 4),
  ),
  ask("conversions", "l-marathon", "how many miles is 42 km? signing up for my first marathon", num(26.1, 0.15)),
  ask("conversions", "l-height", "im 5 feet 10 inches, how tall is that in cm?", num(178, 1)),

  // ---- dates ----
  ask("dates", "l-weekday-1976", "what day of the week was july 4, 1976?", weekday("Sunday")),
  ask(
    "dates",
    "l-plus-30",
    "I start a new job on 15 January 2027. my probation ends 30 days after that, what date is that?",
    dateIs(2027, 2, 14),
  ),
  ask("dates", "l-christmas", "today is december 7 2026. how many days until christmas day?", num(18)),
  ask("dates", "l-new-year-weekday", "on what weekday does new year's day 2027 fall?", weekday("Friday")),

  // ---- counting ----
  ask("counting", "l-vowels", "count the vowels in 'banana bread' pls", num(5)),
  ask("counting", "l-letters", "how many letters are in the word encyclopedia", num(12)),
  ask("counting", "l-strawberry", "how many r's are in strawberry?", num(3)),

  // ---- word tasks ----
  ask("word-tasks", "l-backwards", "spell 'pineapple' backwards", any(has("elppaenip"), spelled("elppaenip"))),
  ask(
    "word-tasks",
    "l-alphabetical",
    "put these in alphabetical order: mango, apple, cherry, banana, kiwi",
    inOrder("apple", "banana", "cherry", "kiwi", "mango"),
  ),
  ask(
    "word-tasks",
    "l-plurals",
    "english is not my first language. what is plural of 'mouse' and plural of 'child'?",
    all(has("mice"), has("children")),
  ),
  ask("word-tasks", "l-rhyme-cat", "give me 3 words that rhyme with cat, for a kids poem", rhymesWithCat),

  // ---- random picks ----
  ask("random-pick", "l-1-to-50", "pick a number between 1 and 50", pick(1, 50)),
  ask("random-pick", "l-coin", "flip a coin for me, heads i cook tonight, tails my husband does", coinSide),
  ask("random-pick", "l-dice", "roll a dice pls", pick(1, 6)),

  // ---- labels and yes/no ----
  ask(
    "label-yes-no",
    "l-review-label",
    'Classify this review as positive, negative or neutral. Reply with the label only.\n\nReview: "The soup was cold and the waiter ignored us for 20 minutes."',
    onlyLabel("negative"),
  ),
  ask("label-yes-no", "l-leap-2028", "is 2028 a leap year? yes or no", startsYesNo("yes")),
  ask("label-yes-no", "l-prime-91", "is 91 a prime number? answer yes or no first pls", startsYesNo("no")),
  ask(
    "label-yes-no",
    "l-spam",
    'spam or not spam? answer with just the label.\n\n"Congratulations!! You WON a $1000 gift card, click here to claim now before it expires"',
    onlyLabel("spam"),
  ),

  // ---- exact counts ----
  ask(
    "exact-counts",
    "l-sky-3-sentences",
    "explain why the sky is blue in exactly 3 sentences, it's for my 10 year old",
    all(sentenceCount(3), hasAny(/\blight\b/i, /\bsun/i, /scatter/i)),
  ),
  ask(
    "exact-counts",
    "l-autumn-5-words",
    "describe autumn in exactly five words",
    all(
      wordCount(5),
      hasAny(
        /\b(?:autumn|fall(?:ing)?|lea(?:f|ves)|crisp|golden|gold|amber|orange|red|harvest|pumpkins?|cool|chill(?:y)?|sweaters?|cozy|cosy|apples?|brown|rain|wind|rustling|mist|misty)\b/i,
      ),
    ),
  ),
  ask(
    "exact-counts",
    "l-polite-email",
    'Rewrite this email politely in 2 sentences: "You still didnt send the report. I need it today."',
    all(
      emailBody(sentenceCount(2)),
      has(/report/i),
      hasAny(/please|could you|would you|kindly|appreciate|thank|grateful/i),
    ),
  ),
  ask(
    "exact-counts",
    "l-subject-line",
    "write a subject line under 50 characters for an email telling the team the office is closed this friday",
    all(singleLine(), maxChars(50), has(/clos/i), has(/fri/i)),
  ),

  // ---- layout ----
  ask(
    "layout",
    "l-bullets-notes",
    "turn these notes into bullet points: bought milk, called the plumber, dentist moved to thursday, need to pay electricity bill",
    all(listOf(4, "bullet"), has(/milk/i, /plumber/i, /dentist/i, /electric/i)),
  ),
  ask(
    "layout",
    "l-markdown-table",
    "make a markdown table with two columns, country and capital, for spain, japan and egypt",
    capitalsTable,
  ),
  ask(
    "layout",
    "l-egg-steps",
    "how do i boil an egg? give it as a numbered list with exactly 4 steps",
    all(listOf(4, "numbered"), has(/water/i)),
  ),

  // ---- creative ----
  ask(
    "creative",
    "l-haiku-rain",
    "write a haiku about rain",
    all(haiku(), hasAny(/\b(?:rain\w*|drops?|droplets?|puddles?|drizzle|storm\w*|wet|showers?|clouds?)\b/i)),
  ),
  ask(
    "creative",
    "l-limerick-cat",
    "limerick about a cat pls",
    all(limerick(), hasAny(/\b(?:cats?|kitt(?:y|en|ens)|feline|purr\w*|meow\w*|tabby|whiskers)\b/i)),
  ),
  ask("creative", "l-horror-two", "tell me a two-sentence horror story", all(sentenceCount(2), maxWords(80))),
  ask(
    "creative",
    "l-bakery-slogan",
    "i'm opening a small bakery called Golden Crust, can u give me a short slogan for it",
    all(
      maxWords(20),
      hasAny(/\b(?:bread|bak\w*|crust\w*|golden|fresh\w*|oven|dough|loa(?:f|ves)|pastr\w*|warm|rise|flour|sweet)\b/i),
    ),
  ),

  // ---- name ideas ----
  ask("name-ideas", "l-hamster", "we just got a hamster!! give me 5 name ideas", names(5)),
  ask("name-ideas", "l-surf-band", "need 3 names for our garage band, we play surf rock", names(3)),
  ask("name-ideas", "l-bakery-shop", "suggest 3 names for a small neighbourhood bakery shop", names(3, true)),

  // ---- personas ----
  chat(
    "personas",
    "l-grumpy-librarian",
    [
      system("You are a grumpy old librarian. You do help, but you sigh, complain and shush people a lot."),
      user("hi! where can i find books about dinosaurs?"),
    ],
    all(
      hasAny(/dinosaur/i),
      marks(
        1,
        "sigh",
        "sighs",
        "ugh",
        "hmph",
        "harrumph",
        "shh",
        "shhh",
        "shush",
        "quiet",
        "honestly",
        "fine",
        "kids",
        "nowadays",
        "these days",
        "bother",
        "grumble",
        "grumbles",
        "keep your voice down",
      ),
    ),
  ),
  chat(
    "personas",
    "l-cheerful-coach",
    [
      developer("You are a cheerful, upbeat sports coach. Keep replies short and always encourage the user."),
      user("only ran 2 km today instead of 5... feel so lazy tbh"),
    ],
    all(
      hasAny(/\b(?:ran|run|running|runs|km|kilomet\w*)\b/i),
      marks(
        2,
        /!/,
        "great",
        "awesome",
        "proud",
        "champ",
        "progress",
        "you got this",
        "you've got this",
        "keep going",
        "well done",
        "nice",
        "good job",
        "fantastic",
        "amazing",
        "let's go",
        "every step",
        "counts",
        "not lazy",
      ),
    ),
  ),
  chat(
    "personas",
    "l-knight",
    [
      system("You are a medieval knight. Always speak like one, whatever you are asked."),
      user("whats a good quick breakfast before work?"),
    ],
    all(
      hasAny(
        /\b(?:eggs?|bread|oats?|oatmeal|porridge|fruit|toast|apples?|cheese|bacon|ham|honey|ale|yogh?urt|bananas?|meat|berries|pottage|mead|bowl)\b/i,
      ),
      marks(
        2,
        "thee",
        "thou",
        "thy",
        "thine",
        "sire",
        "my lord",
        "my lady",
        "good sir",
        "m'lord",
        "milord",
        "m'lady",
        "forsooth",
        "verily",
        "hark",
        /(?<!\p{L})'?tis(?!\p{L})/iu,
        "ye",
        "hath",
        "doth",
        "dost",
        "noble",
        "quest",
        "steed",
        "realm",
        "huzzah",
        "aye",
        "squire",
        "knight",
        "ere",
        "anon",
        "valiant",
        "fair",
        "morrow",
        "lance",
        "sword",
      ),
    ),
  ),
  chat(
    "personas",
    "l-shakespeare",
    [system("Answer everything in the style of Shakespeare."), user("should i text my ex at 2am? be honest")],
    all(
      hasAny(
        /\b(?:text\w*|message\w*|missive|letter|love\w*|heart|former|ex|hour|night|midnight|morn\w*|quill|send)\b/i,
      ),
      marks(
        2,
        "thee",
        "thou",
        "thy",
        "thine",
        "dost",
        "doth",
        "hath",
        /(?<!\p{L})'?tis(?!\p{L})/iu,
        "art",
        "ere",
        "wherefore",
        "prithee",
        "forsooth",
        "alas",
        "nay",
        "methinks",
        /\bO\b(?!')/,
        "hast",
        "shalt",
        "wilt",
        "whence",
        "hence",
        "fie",
        "mayhap",
        "perchance",
        "anon",
      ),
    ),
  ),

  // ---- languages ----
  ask(
    "languages",
    "l-spanish-fruits",
    "hola! can u answer in spanish pls: name three fruits that are red",
    all(
      any(lang("es"), has(/\b(?:frutas?|rojas?)\b/i)),
      hasAny(/\b(?:fresas?|cerezas?|manzanas?|frambuesas?|sand[ií]as?|granadas?|tomates?|ar[aá]ndanos?)\b/i),
    ),
  ),
  ask(
    "languages",
    "l-french-sky",
    "Réponds en français stp : de quelle couleur est le ciel quand il fait beau ?",
    all(has(/\bbleu/i), any(lang("fr"), maxWords(3))),
  ),
  ask(
    "languages",
    "l-german-week",
    "Antworte bitte auf Deutsch: Wie viele Tage hat eine Woche?",
    all(hasAny("sieben", /\b7\b/), any(lang("de"), has(/\bTage\b/))),
  ),
  ask(
    "languages",
    "l-italian-capital",
    "answer in italian please: what's the capital of japan?",
    all(has(/Tok[iy]o/i), any(lang("it"), has(/\b(?:Giappone|capitale)\b/i))),
  ),
  ask(
    "languages",
    "l-swahili-kenya",
    "please reply in swahili: what is the capital city of kenya?",
    all(has("Nairobi"), any(lang("sw"), has(/\bmji mkuu\b/i))),
  ),

  // ---- memory ----
  chat(
    "memory",
    "l-sister-name",
    [
      user("my sister's name is Priya, she is turning 30 next week"),
      assistant("How exciting, a big birthday! Are you planning something for her?"),
      user("maybe a picnic if the weather is ok. wait, what did i say my sister is called?"),
    ],
    has("Priya"),
  ),
  chat(
    "memory",
    "l-allergy",
    [
      user("fyi im allergic to peanuts, keep that in mind"),
      assistant("Got it, I'll keep that in mind for any food suggestions."),
      user("thx. totally unrelated but whats a good movie for a rainy day?"),
      assistant("A cozy classic like 'The Princess Bride' is a great pick for a rainy day."),
      user("nice. ok remind me, what am i allergic to?"),
    ],
    has(/\bpeanuts?\b/i),
  ),
  chat(
    "memory",
    "l-locker",
    [
      user("gym locker number is 417, code is the same as my birthday, dont let me forget"),
      assistant("Noted: locker 417."),
      user("what's a good 20 min workout for legs?"),
      assistant("Try 3 rounds of: 15 squats, 12 lunges per leg, 20 glute bridges and a 30-second wall sit."),
      user("great. and what was my locker number again"),
    ],
    num(417),
  ),
  chat(
    "memory",
    "l-dog-ages",
    [
      user("I have two dogs, Max is 7 years old and Luna is 4"),
      assistant("Lovely! Max and Luna sound like a great pair."),
      user("how many years older is Max than Luna?"),
    ],
    num(3),
  ),

  // ---- follow-ups ----
  chat(
    "follow-ups",
    "l-shorter-tip",
    [
      user("give me one tip for sleeping better"),
      assistant(
        "Try to keep a consistent sleep schedule: go to bed and wake up at the same time every day, even on weekends, so your body clock stays steady.",
      ),
      user("shorter pls, max 8 words"),
    ],
    all(maxWords(8), hasAny(/same time|consistent|schedule|routine|regular|bedtime/i)),
  ),
  chat(
    "follow-ups",
    "l-double-pancakes",
    [
      user("simple pancake recipe for 2 people?"),
      assistant(
        "Mix 150 g flour, 1 egg, 250 ml milk, 1 tbsp sugar and a pinch of salt into a smooth batter, then fry small ladles of it in a buttered pan for about 1 minute per side.",
      ),
      user("double it for 4 ppl. how much milk now?"),
    ],
    num(500),
  ),
  chat(
    "follow-ups",
    "l-second-place",
    [
      user("3 places to visit in portugal? just names"),
      assistant("1. Lisbon\n2. Porto\n3. Sintra"),
      user("tell me a bit more about the second one"),
    ],
    has("Porto"),
  ),

  // ---- summaries ----
  ask(
    "summaries",
    "l-meeting-40",
    `can you summarize this meeting in 40 words max? I missed it\n\n${MEETING}`,
    all(maxWords(40), has(/\b17(?:th)?\b/), has(/launch/i), hasAny(/checkout|bugs?/i), noCopy(MEETING, 10)),
  ),
  ask(
    "summaries",
    "l-garden-tldr",
    `tl;dr in one sentence pls:\n\n${GARDEN_ARTICLE}`,
    all(sentenceCount(1), has(/garden/i), noCopy(GARDEN_ARTICLE, 10)),
  ),
  ask(
    "summaries",
    "l-landlord-bullets",
    `My landlord sent this, can you give me the 3 main points as bullet points?\n\n${LANDLORD_EMAIL}`,
    all(listOf(3, "bullet"), has(/water/i), has(/bins?|rubbish|trash|garbage|waste/i), has(/bikes?|bicycles?/i)),
  ),

  // ---- structured ----
  structured(
    "l-contact",
    "extract the name, email and age from this: 'Hi, I'm Tomás Ruiz, 34, you can write me at tomas.ruiz@example.com'",
    { name: { type: "string" }, email: { type: "string" }, age: { type: "integer" } },
    json({
      name: isString(/^Tom[aá]s Ruiz$/),
      email: isString(/^tomas\.ruiz@example\.com$/),
      age: isInteger(34),
    }),
  ),
  structured(
    "l-saturn",
    "give me some facts about Saturn for my kid's school project",
    { name: { type: "string" }, position_from_sun: { type: "integer" }, has_rings: { type: "boolean" } },
    json({ name: isString(/^saturn$/i), position_from_sun: isInteger(6), has_rings: isBoolean(true) }),
  ),
  structured(
    "l-review",
    'Rate this review: "Honestly the best ramen I\'ve had in years, friendly staff too. Easy 5 stars!"',
    {
      sentiment: { type: "string", enum: ["positive", "negative", "neutral"] },
      stars: { type: "integer", description: "the stars the reviewer gave, 1 to 5" },
    },
    json({ sentiment: oneOf("positive"), stars: isInteger(5) }),
  ),
  structured(
    "l-shopping",
    "turn my shopping list into data: 2 onions, a dozen eggs, 1 litre of milk",
    { items: { type: "array", items: { type: "string" } }, item_count: { type: "integer" } },
    json({ items: stringArray(3), item_count: isInteger(3) }),
  ),

  // ---- tools ----
  toolTrip(
    "l-oslo-weather",
    {
      question: "do i need a big coat in oslo today?",
      tool: "get_weather",
      description: "Current weather for a city.",
      parameters: { city: { type: "string" } },
      args: { city: "Oslo" },
      result: { city: "Oslo", temperature_c: -3, condition: "light snow", wind_kph: 14 },
    },
    all(any(num(-3), has(/\b3\s*°?\s*(?:degrees?)?\s*(?:C|celsius)?\s*below/i)), has(/snow/i)),
  ),
  toolTrip(
    "l-order-status",
    {
      question: "where is my order 55812?? it's been days",
      tool: "get_order_status",
      description: "Look up the shipping status of an order by its id.",
      parameters: { order_id: { type: "string" } },
      args: { order_id: "55812" },
      result: { order_id: "55812", status: "shipped", carrier: "DHL", estimated_delivery: "2026-12-10" },
    },
    all(
      has(/\b(?:shipped|on (?:its|the) way|in transit|dispatched|sent out)\b/i),
      any(dateIs(2026, 12, 10), has(/\b(?:12\/10|10\/12|10\.12)\b/)),
    ),
  ),
  toolTrip(
    "l-eur-usd",
    {
      question: "how much is 100 euros in dollars?",
      tool: "convert_currency",
      description: "Convert an amount between currencies at today's rate.",
      parameters: { amount: { type: "number" }, from: { type: "string" }, to: { type: "string" } },
      args: { amount: 100, from: "EUR", to: "USD" },
      result: { amount: 100, from: "EUR", to: "USD", rate: 1.0847, converted: 108.47 },
    },
    num(108.47, 0.05),
  ),

  // ---- coding ----
  ask(
    "coding",
    "l-py-reverse",
    "python one liner to reverse a string s?",
    hasAny(/\[\s*::\s*-1\s*\]/, /reversed\s*\(/),
  ),
  ask(
    "coding",
    "l-js-sum",
    "write a javascript function sumArray(arr) that adds up all the numbers in an array",
    runs("sumArray", [
      [[[1, 2, 3]], 6],
      [[[]], 0],
      [[[-1, 5, 10]], 14],
    ]),
  ),
  ask(
    "coding",
    "l-explain-squares",
    "what does this python do? im learning\n\nprint([x*x for x in range(5)])",
    hasAny(/squar/i, /0,\s*1,\s*4,\s*9,\s*16/, /multipl\w* by itself/i),
  ),
  ask(
    "coding",
    "l-js-if-bug",
    "why is this js if always true?? `if (x = 5) { console.log('five') }`",
    all(has(/assign/i), hasAny(/==/, /compar/i)),
  ),

  // ---- out of scope: nothing offline can know ----
  cannot("l-bitcoin-now", "whats the bitcoin price right now?"),
  cannot("l-rain-tomorrow", "will it rain in Manchester tomorrow afternoon? planning a bbq"),
  cannot("l-traffic", "how bad is traffic on the M25 right now, should i leave now or wait an hour?"),
  cannot("l-neighbour-phone", "what's the phone number of Karen Lindqvist, she lives on Storgatan in Uppsala"),
  cannot("l-next-year-eggs", "how much will a dozen eggs cost next year in the US?"),
  cannot("l-inbox", "did my boss reply to my email yet? pls check my inbox"),
  cannot("l-pizzeria-open", "is Luigi's pizzeria on Main Street open right now? want to go in 30 min"),
  cannot("l-lakers-last-night", "who won the lakers game last night and what was the score"),
];

export const BLIND_L: EverydayPrompt[] = withTopics(PROMPTS, {
  "elements/l-oxygen-number": ["oxygen", "atomic", "protons"],
  "arithmetic/l-times": ["47", "23", /×|\*|times|multipl/i],
  "percentages/l-from": ["15", "80", "percent", /%/],
  "percentages/l-test-score": ["18", "24", "percent", /%/],
  "conversions/l-oven": ["celsius", /°/, "degrees"],
  "conversions/l-marathon": ["miles", "mi", "42"],
  "conversions/l-height": ["cm", "centimeters", "centimetres", "inches"],
  "dates/l-christmas": ["christmas", "days", "december", "dec"],
  "counting/l-vowels": ["vowel", "vowels", "banana", "bread"],
  "counting/l-letters": ["letter", "letters", "encyclopedia"],
  "counting/l-strawberry": [/\br'?s\b/i, "strawberry"],
  "memory/l-locker": ["locker"],
  "memory/l-dog-ages": ["Max", "Luna", "older", "years"],
  "follow-ups/l-double-pancakes": ["milk", "ml"],
});
