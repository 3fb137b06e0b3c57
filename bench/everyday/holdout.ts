/**
 * ============================================================================================
 *  HOLDOUT SET. SKILL BUILDERS: DO NOT READ THIS FILE, do not grep it, do not tune against it.
 * ============================================================================================
 * The everyday suite's holdout prompts: the same families as dev.ts, with different numbers,
 * subjects, names and phrasings. The goal figures of issue 16 (wrong at most 1 in 20, answered at
 * least 7 in 10) are judged here, on prompts the model's skills were not shaped on; reading them
 * would make those figures meaningless. Use the dev set (dev.ts) and `EVERYDAY_SHOW=wrong` on it
 * to debug, and read only the totals of this set in `npm run bench -- everyday`.
 */
import { ask, assistant, cannot, chat, developer, structured, system, toolTrip, user, withTopics } from "./build";
import {
  admits,
  all,
  allCaps,
  any,
  dateIs,
  haiku,
  has,
  hasAny,
  inOrder,
  isInteger,
  isNumber,
  isString,
  joke,
  json,
  lang,
  limerick,
  linesEach,
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
  stringOrNull,
  weekday,
  wordCount,
  wordsOf,
} from "./checks";
import type { EverydayPrompt } from "./types";

const VEGETABLE =
  /^(?:an?\s+)?(carrots?|potato(?:es)?|broccoli|spinach|lettuce|cabbages?|onions?|garlic|peas?|beans?|green beans?|cucumbers?|tomato(?:es)?|peppers?|bell peppers?|zucchinis?|courgettes?|eggplants?|aubergines?|cauliflower|celery|kale|beets?|beetroots?|radish(?:es)?|leeks?|asparagus|corn|sweet potato(?:es)?|pumpkins?|squash|artichokes?|brussels sprouts?|turnips?|parsnips?|mushrooms?)\b/i;

const COWBOY = [
  "howdy",
  "partner",
  "pardner",
  "y'all",
  "reckon",
  "ranch",
  "saddle",
  "yeehaw",
  "cattle",
  "horse",
  "cowboy",
  "ain't",
  "mighty",
  "darn",
  "well now",
];
const PUPPY = [
  "woof",
  "bark",
  "barks",
  "wag",
  "wagging",
  "tail",
  "ball",
  "fetch",
  "walk",
  "walkies",
  "treat",
  "treats",
  "sniff",
  "squirrel",
  "paws",
  "ruff",
  "arf",
  "zoomies",
  "yes yes",
];
const YOGA = [
  "breathe",
  "breath",
  "breathing",
  "calm",
  "relax",
  "mindful",
  "present",
  "gently",
  "peace",
  "stretch",
  "inhale",
  "exhale",
  "namaste",
  "moment",
  "center",
  "centre",
  "kindness",
  "body",
];
const DETECTIVE = [
  "clue",
  "clues",
  "case",
  "evidence",
  "deduce",
  "deduction",
  "elementary",
  "observe",
  "observed",
  "suspect",
  "mystery",
  "magnifying",
  "investigation",
  "conclude",
  "conclusion",
  "indeed",
  "precisely",
];
const DINER = [
  "hon",
  "honey",
  "sugar",
  "sweetie",
  "darlin'",
  "darling",
  "milkshake",
  "burger",
  "fries",
  "pie",
  "coffee",
  "jukebox",
  "order",
  "special",
  "booth",
  "malt",
  "cherry on top",
];

const BEES =
  "Honeybees pollinate around a third of the crops we eat, from apples to almonds. Over the past two decades, beekeepers in Europe and North America have reported heavy winter losses of their colonies. Researchers point to a mix of causes: pesticides, parasites such as the varroa mite, disease, and the loss of wildflower meadows where bees feed.";
const KETTLE =
  "I bought this electric kettle a month ago and I'm mostly happy with it. It boils a full litre in under three minutes and switches off on its own, which is great. The only downside is that the lid is stiff and a bit hard to open with one hand, and the handle gets warm.";
const GUITAR = [
  user("I want to learn guitar as an adult. Is it too late?"),
  assistant(
    "Not at all. Adults often learn faster at first because they practise with a plan and understand music theory more easily.",
  ),
  user("How long should I practise each day?"),
  assistant("Twenty to thirty minutes a day works well; short daily sessions beat one long session a week."),
];
const BUTTERMILK = [
  user("My pancake recipe needs buttermilk but I don't have any. What can I use?"),
  assistant(
    "Stir one tablespoon of lemon juice or white vinegar into a cup of milk and let it stand for five minutes.",
  ),
  user("Will the pancakes taste different?"),
  assistant("Barely: they will be just as fluffy, maybe a touch less tangy."),
];
const text = (m: { content?: unknown }[]) => m.map((x) => String(x.content)).join(" ");
const SPEAKER = hasAny("you", "user", "asked", "we", "i", "assistant");

const PROMPTS: EverydayPrompt[] = [
  // ---- facts ---------------------------------------------------------------------------------
  ask("capitals", "argentina", "What's the capital of Argentina?", has("Buenos Aires")),
  ask("capitals", "turkey", "which city is the capital of turkey", has("Ankara")),
  ask("capitals", "egypt", "Egypt's capital is which city?", has("Cairo")),
  ask("capitals", "new-zealand", "capital of new zealand pls", has("Wellington")),
  ask(
    "capitals",
    "chile-rain",
    "What's the capital of Chile, and is it raining there now?",
    all(has("Santiago"), admits()),
  ),
  ask("capitals", "poland", "Can you tell me what the capital of Poland is?", hasAny("Warsaw", "Warszawa")),

  ask("elements", "silver", "What's the chemical symbol for silver?", has(/\bAg\b/)),
  ask("elements", "twenty-six", "Which element has the atomic number 26?", has("iron")),
  ask("elements", "k", "what element has the symbol K", has("potassium")),
  ask("elements", "nitrogen", "What is the atomic number of nitrogen?", num(7)),

  ask("planets", "smallest", "What's the smallest planet in the solar system?", has("Mercury")),
  ask("planets", "farthest", "Which planet is farthest from the sun?", has("Neptune")),
  ask("planets", "third", "What is the third planet from the sun?", has("Earth")),

  // ---- arithmetic, percentages ---------------------------------------------------------------
  ask("arithmetic", "mul", "What is 38 times 47?", num(1786)),
  ask("arithmetic", "sub", "what's 9,876 minus 5,432", num(4444)),
  ask("arithmetic", "pow", "What is 3 to the power of 5?", num(243)),
  ask("arithmetic", "div", "Divide 630 by 14.", num(45)),
  ask("arithmetic", "add3", "whats 125 + 375 + 250", num(750)),
  ask("arithmetic", "pencils", "A pack holds 6 pencils. How many pencils are in 15 packs?", num(90)),

  ask("percentages", "of", "What is 35% of 240?", num(84)),
  ask("percentages", "discount", "A $80 pair of shoes is 15% off. How much do I pay?", num(68)),
  ask("percentages", "what-percent", "What percentage is 45 out of 60?", num(75)),
  ask("percentages", "drop", "The price dropped from 200 to 150. By what percent did it fall?", num(25)),

  // ---- conversions, dates --------------------------------------------------------------------
  ask("conversions", "f-to-c", "Convert 68 Fahrenheit to Celsius", num(20, 0.05)),
  ask("conversions", "c-to-f", "What's -10 °C in Fahrenheit?", num(14, 0.05)),
  ask("conversions", "km-miles", "How many miles is 42.195 km?", num(26.22, 0.03)),
  ask("conversions", "lb-kg", "Convert 150 pounds to kilograms.", num(68.04, 0.06)),
  ask("conversions", "m-in", "How many inches are in 2 meters?", num(78.74, 0.1)),
  ask(
    "conversions",
    "km-and-traffic",
    "Convert 10 km to miles, and tell me how bad the traffic is on my way to work today.",
    all(num(6.21, 0.03), admits()),
  ),
  ask("conversions", "hours-seconds", "How many seconds are in 3 hours?", num(10800)),

  ask("dates", "between", "How many days are there from June 1, 2026 to September 1, 2026?", num(92)),
  ask("dates", "weekday", "What day of the week is January 1, 2030?", weekday("Tuesday")),
  ask("dates", "after", "What's the date 45 days after 10 November 2026?", dateIs(2026, 12, 25)),
  ask("dates", "leap", "Was 2024 a leap year?", startsYesNo("yes")),

  // ---- word tasks ----------------------------------------------------------------------------
  ask("counting", "letters", "How many letters does the word 'rhythm' have?", num(6)),
  ask("counting", "es", "How many e's are in 'excellence'?", num(4)),
  ask("counting", "words", "Count the words: 'Pack my box with five dozen liquor jugs'", num(8)),
  ask("counting", "vowels", "How many vowels are in the word banana?", num(3)),

  ask("word-tasks", "backwards", "Write the word 'stressed' backwards.", has("desserts")),
  ask("word-tasks", "spell", "Spell 'queue' one letter at a time.", spelled("queue")),
  ask(
    "word-tasks",
    "sort",
    "Put these in alphabetical order: zebra, lion, bear, otter",
    inOrder("bear", "lion", "otter", "zebra"),
  ),
  ask(
    "word-tasks",
    "repeat",
    "Repeat exactly what I say: purple elephants dance on Tuesdays",
    has("purple elephants dance on Tuesdays"),
  ),
  ask(
    "word-tasks",
    "sort-numbers",
    "Sort these numbers from smallest to largest: 42, 7, 19, 3",
    has(/\b3,?\s+7,?\s+19,?\s+42\b/),
  ),

  ask("random-pick", "hundred", "Pick a number between 1 and 100 at random.", pick(1, 100)),
  ask("random-pick", "twenty", "Give me a random whole number from 10 to 20, please.", pick(10, 20)),

  // ---- forms ---------------------------------------------------------------------------------
  ask(
    "label-yes-no",
    "sentiment",
    "What's the sentiment of 'I absolutely loved this movie!'? Only the label: positive, negative or neutral.",
    onlyLabel("positive"),
  ),
  ask("label-yes-no", "whale", "Is a whale a fish? Just yes or no.", onlyLabel("no")),
  ask(
    "label-yes-no",
    "spam",
    "Label this email as spam or not_spam, nothing else: 'You won a free cruise, click here now!'",
    onlyLabel("spam"),
  ),
  ask("label-yes-no", "prime", "Is 51 a prime number? Yes or no.", startsYesNo("no")),

  ask(
    "exact-counts",
    "six-words",
    "Describe a forest in exactly six words.",
    all(
      wordCount(6),
      marks(
        1,
        "tree",
        "trees",
        "forest",
        "green",
        "leaves",
        "wood",
        "woods",
        "moss",
        "pine",
        "pines",
        "shade",
        "quiet",
        "branches",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "three-sentences",
    "Write exactly three sentences about bees.",
    all(sentenceCount(3), hasAny("bee", "bees", "honey", "hive", "pollen")),
  ),
  ask("exact-counts", "vegetables", "List four vegetables, one per line.", linesEach(4, VEGETABLE)),
  ask(
    "exact-counts",
    "language-tips",
    "Give me exactly 3 tips for learning a language, numbered.",
    all(
      listOf(3, "numbered"),
      marks(
        1,
        "practice",
        "practise",
        "vocabulary",
        "words",
        "speak",
        "speaking",
        "listen",
        "listening",
        "read",
        "reading",
        "native",
        "daily",
        "app",
        "flashcards",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "moon",
    "Tell me about the moon in one sentence.",
    all(sentenceCount(1), hasAny("moon", "lunar"), (r) =>
      wordsOf(r.text).length >= 6 ? true : "too short to tell about it",
    ),
  ),

  ask("layout", "caps", "Reply in capital letters only: what's the opposite of hot?", all(allCaps(), has("COLD"))),
  ask(
    "layout",
    "seasons",
    "Make a bulleted list of the four seasons.",
    all(listOf(4, "bullet"), has("spring", "summer", "winter"), hasAny("autumn", "fall")),
  ),
  ask(
    "layout",
    "title",
    "Give me a title for an article about saving money on groceries.",
    all(
      singleLine(),
      maxWords(14),
      hasAny("grocery", "groceries", "food", "shopping", "supermarket"),
      hasAny("save", "saving", "savings", "money", "budget", "cheap", "cheaper", "less", "cost", "costs", "bill"),
    ),
  ),
  ask(
    "layout",
    "subject",
    "Write a subject line for an email inviting coworkers to a birthday lunch on Thursday.",
    all(singleLine(), maxWords(14), has("Thursday"), hasAny("birthday", "lunch")),
  ),
  ask(
    "layout",
    "under-40",
    "Describe a thunderstorm in under 40 characters.",
    all(
      maxChars(40),
      hasAny("thunder", "thunderstorm", "storm", "lightning", "rain", "clouds", "wind", "flash", "boom", "rumble"),
    ),
  ),

  // ---- creative short forms ------------------------------------------------------------------
  ask(
    "creative",
    "limerick",
    "Write a limerick about a dog who hates baths.",
    all(limerick(), hasAny("dog", "bath", "baths", "tub")),
  ),
  ask(
    "creative",
    "haiku-snow",
    "Write a haiku about snow.",
    all(haiku(), hasAny("snow", "snowflake", "snowflakes", "winter", "frost", "flakes")),
  ),
  ask(
    "creative",
    "two-sentence",
    "Write a two-sentence horror story about a mirror.",
    all(sentenceCount(2), hasAny("mirror", "reflection")),
  ),
  ask(
    "creative",
    "joke-cheese",
    "Tell me a joke about cheese.",
    all(hasAny("cheese", "cheddar", "brie", "gouda", "mozzarella", "swiss", "parmesan", "feta"), joke()),
  ),
  ask(
    "creative",
    "slogan-dogs",
    "Come up with a slogan for a dog-walking service.",
    all(
      singleLine(),
      maxWords(15),
      hasAny(
        "dog",
        "dogs",
        "walk",
        "walks",
        "walking",
        "paws",
        "pup",
        "pups",
        "puppy",
        "leash",
        "tail",
        "tails",
        "wag",
        "woof",
      ),
    ),
  ),

  ask("name-ideas", "turtle", "Suggest 5 names for a pet turtle.", names(5)),
  ask("name-ideas", "jazz", "Give me four name ideas for a jazz trio.", names(4)),
  ask("name-ideas", "sailboat", "Three name ideas for a sailboat, please.", names(3)),

  // ---- personas ------------------------------------------------------------------------------
  chat(
    "personas",
    "cowboy-sum",
    [system("You are a cowboy on a ranch. Stay in character."), user("What's 9 plus 16?")],
    all(num(25), marks(2, ...COWBOY)),
  ),
  chat(
    "personas",
    "puppy",
    [system("You are an excited puppy."), user("Do you want to go outside?")],
    all(marks(2, ...PUPPY), has(/!/)),
  ),
  chat(
    "personas",
    "yoga",
    [developer("You are a calm yoga teacher."), user("Any advice for a stressful Monday?")],
    marks(2, ...YOGA),
  ),
  chat(
    "personas",
    "detective",
    [system("You are a detective who explains everything as a deduction."), user("Describe your morning.")],
    marks(2, ...DETECTIVE),
  ),
  chat(
    "personas",
    "diner",
    [system("You are a waitress in a 1950s diner."), user("What do you recommend?")],
    marks(2, ...DINER),
  ),

  // ---- languages -----------------------------------------------------------------------------
  ask(
    "languages",
    "spanish",
    "Answer in Spanish: what is the capital of Portugal?",
    all(lang("es"), hasAny("Lisboa", "Lisbon")),
  ),
  ask(
    "languages",
    "french-asked",
    "Réponds en français : combien de jours y a-t-il dans une semaine ?",
    all(lang("fr"), any(num(7), has("sept"))),
  ),
  chat(
    "languages",
    "dutch-system",
    [system("You only speak Dutch."), user("What is the capital of Belgium?")],
    all(lang("nl"), hasAny("Brussel", "Brussels", "Bruxelles")),
  ),
  ask(
    "languages",
    "portuguese",
    "In Portuguese, please: what is the largest ocean?",
    all(lang("pt"), hasAny("Pacífico", "Pacific")),
  ),
  ask("languages", "japanese", "Answer in Japanese: what is the capital of Japan?", all(lang("ja"), has(/東京|Tokyo/))),

  // ---- memory, follow-ups --------------------------------------------------------------------
  chat(
    "memory",
    "name",
    [user("I'm Tomasz, by the way."), assistant("Nice to meet you, Tomasz!"), user("Do you remember my name?")],
    has("Tomasz"),
  ),
  chat(
    "memory",
    "parrot",
    [
      user("We just adopted a parrot named Kiwi."),
      assistant("Congratulations on your new parrot!"),
      user("What's my parrot's name?"),
    ],
    has("Kiwi"),
  ),
  chat(
    "memory",
    "locker",
    [user("My locker code is 8391."), assistant("Noted."), user("What's my locker code?")],
    num(8391),
  ),
  chat(
    "memory",
    "allergy",
    [user("I'm allergic to peanuts."), assistant("Thanks, I'll keep that in mind."), user("What am I allergic to?")],
    hasAny("peanut", "peanuts"),
  ),
  chat(
    "memory",
    "trip",
    [user("I'm flying to Oslo on June 3rd."), assistant("Have a great trip!"), user("Where am I flying, and when?")],
    all(has("Oslo"), has(/June\s+3(?:rd)?\b|\b3(?:rd)?\s+(?:of\s+)?June/i)),
  ),

  chat(
    "follow-ups",
    "director",
    [
      user("Recommend a good science fiction film."),
      assistant("Try Arrival (2016), directed by Denis Villeneuve, about a linguist who learns to talk with aliens."),
      user("Who directed that film?"),
    ],
    has("Villeneuve"),
  ),
  chat(
    "follow-ups",
    "third-idea",
    [
      user("Give me three ideas for dinner."),
      assistant("1. Mushroom risotto\n2. Chicken tacos\n3. Lentil soup"),
      user("What was the third idea again?"),
    ],
    has("lentil soup"),
  ),
  chat(
    "follow-ups",
    "backwards-name",
    [
      user("What's a good name for a goldfish?"),
      assistant("How about Bubbles?"),
      user("Spell the name you suggested backwards."),
    ],
    has(/selbbub/i),
  ),
  chat(
    "follow-ups",
    "how-many",
    [
      user("Name some rivers in Europe."),
      assistant("The Danube and the Rhine."),
      user("How many rivers did you name?"),
    ],
    num(2),
  ),

  // ---- summaries -----------------------------------------------------------------------------
  chat(
    "summaries",
    "conversation-guitar",
    [...GUITAR, user("Summarize our chat in one sentence.")],
    all(sentenceCount(1), has("guitar"), SPEAKER, noCopy(text(GUITAR))),
  ),
  ask(
    "summaries",
    "bees",
    `Summarize this in under 20 words: ${BEES}`,
    all(
      maxWords(19),
      marks(
        2,
        "bee",
        "bees",
        "honeybees",
        "colonies",
        "pesticides",
        "mites",
        "parasites",
        "decline",
        "losses",
        "pollinate",
        "crops",
      ),
      noCopy(BEES),
    ),
  ),
  ask(
    "summaries",
    "kettle-review",
    `Sum up this review in one sentence: ${KETTLE}`,
    all(sentenceCount(1), has("kettle"), hasAny("lid", "handle", "stiff"), noCopy(KETTLE)),
  ),
  chat(
    "summaries",
    "conversation-buttermilk",
    [...BUTTERMILK, user("Can you summarize this conversation in two sentences?")],
    all(sentenceCount(2), has("buttermilk"), hasAny("lemon", "vinegar", "milk"), SPEAKER, noCopy(text(BUTTERMILK))),
  ),

  // ---- structured outputs --------------------------------------------------------------------
  structured(
    "berlin-wall",
    "Where and when did the Berlin Wall fall?",
    { city: { type: "string" }, year: { type: "integer" }, source: { type: ["string", "null"] } },
    json({ city: isString(/^Berlin$/i), year: isInteger(1989), source: stringOrNull() }),
  ),
  structured(
    "extract-age",
    "Extract the name and age: 'Kenji turned 34 last week.'",
    { name: { type: "string" }, age: { type: "integer" } },
    json({ name: isString(/^Kenji$/i), age: isInteger(34) }),
  ),
  structured(
    "review",
    "Is this review positive, negative or neutral? 'Delivery was on time and the box was intact.'",
    { label: { type: "string", enum: ["positive", "negative", "neutral"] } },
    json({ label: oneOf("positive") }),
  ),
  structured(
    "capital",
    "What's the capital of Japan?",
    { country: { type: "string" }, capital: { type: "string" } },
    json({ country: isString(/^Japan$/i), capital: isString(/^Tokyo$/i) }),
  ),
  structured(
    "percent",
    "What is 15% of 200?",
    { question: { type: "string" }, answer: { type: "number" } },
    json({ question: isString(undefined, 120), answer: isNumber(30) }),
  ),

  // ---- tool round trips ----------------------------------------------------------------------
  toolTrip(
    "weather",
    {
      question: "Is it cold in Oslo right now?",
      tool: "current_weather",
      description: "The current weather at a place",
      parameters: { location: { type: "string" } },
      args: { location: "Oslo" },
      result: { location: "Oslo", temp_c: -3, sky: "snow showers" },
    },
    all(num(-3), has("snow")),
  ),
  toolTrip(
    "order",
    {
      question: "Where is my order #5521?",
      tool: "get_order_status",
      description: "Status of an order",
      parameters: { order_id: { type: "string" } },
      args: { order_id: "5521" },
      result: { order_id: "5521", status: "shipped", carrier: "DHL", eta: "2026-12-09" },
    },
    all(has("shipped"), any(has("DHL"), dateIs(2026, 12, 9))),
  ),
  toolTrip(
    "population",
    {
      question: "How many people live in Reykjavik?",
      tool: "lookup_city",
      description: "Facts about a city",
      parameters: { name: { type: "string" } },
      args: { name: "Reykjavik" },
      result: { name: "Reykjavik", population: 139875, country: "Iceland" },
    },
    all(num(139875), hasAny("Reykjavik", "people", "inhabitants", "residents", "population")),
  ),
  toolTrip(
    "route",
    {
      question: "How long will it take me to drive to Lyon?",
      tool: "get_route",
      description: "Driving route to a destination",
      parameters: { destination: { type: "string" } },
      args: { destination: "Lyon" },
      result: { destination: "Lyon", duration_minutes: 95, distance_km: 112 },
    },
    all(
      any(num(95), has(/1\s*(?:h|hr|hour)\w*\s*(?:and\s+)?35/i)),
      hasAny("Lyon", "drive", "driving", "minutes", "hour"),
    ),
  ),

  // ---- small coding asks ---------------------------------------------------------------------
  ask(
    "coding",
    "palindrome",
    "Write a JavaScript function isPalindrome(s) that returns true if s reads the same backwards.",
    runs("isPalindrome", [
      [["racecar"], true],
      [["hello"], false],
    ]),
  ),
  ask(
    "coding",
    "max",
    "Write a TypeScript function max(nums: number[]) that returns the largest number.",
    runs("max", [
      [[[3, 9, 2]], 9],
      [[[-5, -2]], -2],
    ]),
  ),
  ask("coding", "upper", "What does 'abc'.toUpperCase() return in JavaScript?", has(/\bABC\b/)),
  ask(
    "coding",
    "vowels",
    "Write a JavaScript function countVowels(str) that counts the vowels a, e, i, o and u.",
    runs("countVowels", [
      [["banana"], 3],
      [["sky"], 0],
    ]),
  ),

  // ---- what it cannot know -------------------------------------------------------------------
  cannot("gold", "How much does an ounce of gold cost today?"),
  cannot("mars-news", "What's the latest news about the Mars missions this week?"),
  cannot("dublin-rain", "Is it raining in Dublin at the moment?"),
  cannot("score", "What's the score of the basketball game right now?"),
  cannot("tram", "Which tram line should I take from my flat to my aunt's house in Ghent?"),
  cannot("rome-coffee", "How much does an espresso cost in Rome these days?"),
  cannot("baker", "Who was the head baker on the Tuesday shift at the Tartine bakery in March 2011?"),
];

// What a reply longer than a bare answer must name (see `about` in checks.ts).
const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/twenty-six": ["26", "atomic", "element", "Fe", "metal"],
  "elements/nitrogen": ["nitrogen", "atomic"],
  "planets/third": ["third", "planet", "home", "we live"],
  "arithmetic/mul": ["38", "47", "times", /[×*]/],
  "arithmetic/div": ["630", "14", "divided", /÷|\//],
  "arithmetic/add3": ["125", "375", "250", /\+/, "plus", "sum", "total"],
  "arithmetic/pencils": ["pencil", "pencils"],
  "percentages/of": [/%|percent/i, "240"],
  "percentages/discount": [/\$|price|pay|cost|dollar|off/i],
  "percentages/what-percent": [/%|percent/i],
  "percentages/drop": [/%|percent/i],
  "conversions/f-to-c": [/°C|celsius|\bC\b/i],
  "conversions/c-to-f": [/°F|fahrenheit|\bF\b/i],
  "conversions/km-miles": [/mile/i],
  "conversions/lb-kg": [/\bkg\b|kilo/i],
  "conversions/m-in": [/inch|\bin\b/i],
  "dates/between": ["day", "days"],
  "dates/weekday": ["2030", "January", "New Year", "is a", "be a", "falls on"],
  "dates/leap": ["leap", "2024"],
  "counting/letters": ["letter", "letters", "rhythm"],
  "counting/es": ["excellence", "times", /\be's\b|\be\b/i],
  "counting/words": ["word", "words"],
  "counting/vowels": ["vowel", "vowels", "banana"],
  "random-pick/hundred": [
    /\b(?:pick|picked|picking|chose|choose|chosen|random|randomly|roll|rolled|rolling|landed|got|go with|how about)\b/i,
  ],
  "random-pick/twenty": [
    /\b(?:pick|picked|picking|chose|choose|chosen|random|randomly|roll|rolled|rolling|landed|got|go with|how about)\b/i,
  ],
  "label-yes-no/prime": ["prime", "51"],
  "memory/name": ["name", "you're", "you are", "told", "remember", "called"],
  "memory/parrot": ["parrot", "name", "called", "named", "told", "said"],
  "memory/allergy": ["allergic", "allergy", "allergies", "told", "said"],
  "follow-ups/how-many": ["river", "rivers"],
};

export const HOLDOUT: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);

/** A correct reply for every holdout prompt to answer (the test asserts each is judged answered). */
export const HOLDOUT_EXAMPLES: Record<string, string> = {
  "capitals/argentina": "Buenos Aires.",
  "capitals/turkey": "The capital of Turkey is Ankara, not Istanbul.",
  "capitals/egypt": "Cairo is Egypt's capital.",
  "capitals/new-zealand": "Wellington is the capital of New Zealand.",
  "capitals/poland": "Sure, it's Warsaw (Warszawa in Polish).",
  "capitals/chile-rain":
    "Santiago is the capital of Chile. Whether it is raining there now I don't know: I have no live weather data.",
  "elements/silver": "Ag, from the Latin argentum.",
  "elements/twenty-six": "Iron (Fe) has atomic number 26.",
  "elements/k": "K is the symbol for potassium.",
  "elements/nitrogen": "Nitrogen's atomic number is 7.",
  "planets/smallest": "Mercury is the smallest planet.",
  "planets/farthest": "Neptune is the farthest planet from the sun.",
  "planets/third": "Earth, our home.",
  "arithmetic/mul": "38 × 47 = 1,786",
  "arithmetic/sub": "9,876 − 5,432 = 4,444",
  "arithmetic/pow": "3^5 = 243",
  "arithmetic/div": "630 ÷ 14 = 45",
  "arithmetic/add3": "125 + 375 + 250 = 750",
  "arithmetic/pencils": "15 packs × 6 pencils = 90 pencils.",
  "percentages/of": "35% of 240 is 84.",
  "percentages/discount": "You pay $68.00.",
  "percentages/what-percent": "45 out of 60 is 75%.",
  "percentages/drop": "It fell by 25%.",
  "conversions/f-to-c": "68 °F is 20 °C.",
  "conversions/c-to-f": "−10 °C is 14 °F.",
  "conversions/km-miles": "42.195 km is about 26.2 miles.",
  "conversions/lb-kg": "150 pounds is about 68 kg.",
  "conversions/m-in": "2 meters is about 78.74 inches.",
  "conversions/hours-seconds": "3 hours is 10,800 seconds.",
  "conversions/km-and-traffic": "10 km is about 6.21 miles. I can't see today's traffic, though.",
  "dates/between": "There are 92 days from June 1 to September 1, 2026.",
  "dates/weekday": "January 1, 2030 is a Tuesday.",
  "dates/after": "45 days after 10 November 2026 is 25 December 2026, Christmas Day.",
  "dates/leap": "Yes, 2024 was a leap year.",
  "counting/letters": "'Rhythm' has 6 letters.",
  "counting/es": "There are four e's in 'excellence'.",
  "counting/words": "That sentence has 8 words.",
  "counting/vowels": "Banana has 3 vowels, all of them a.",
  "word-tasks/backwards": "desserts",
  "word-tasks/spell": "q, u, e, u, e",
  "word-tasks/sort": "bear, lion, otter, zebra",
  "word-tasks/repeat": "Purple elephants dance on Tuesdays",
  "word-tasks/sort-numbers": "3, 7, 19, 42",
  "random-pick/hundred": "63",
  "random-pick/twenty": "Your number is 17.",
  "label-yes-no/sentiment": "Positive",
  "label-yes-no/whale": "No.",
  "label-yes-no/spam": "spam",
  "label-yes-no/prime": "No, 51 is 3 × 17.",
  "exact-counts/six-words": "Tall green trees whisper in shade.",
  "exact-counts/three-sentences":
    "Bees collect nectar and pollen from flowers. They turn the nectar into honey inside the hive. Along the way they pollinate many of the crops we eat.",
  "exact-counts/vegetables": "Carrot\nBroccoli\nSpinach\nPeas",
  "exact-counts/language-tips":
    "1. Practise a little every day.\n2. Learn the most common words first.\n3. Speak with native speakers.",
  "exact-counts/moon": "The Moon is Earth's only natural satellite, about 384,000 km away.",
  "layout/caps": "COLD",
  "layout/seasons": "• Spring\n• Summer\n• Autumn\n• Winter",
  "layout/title": "Ten Easy Ways to Save Money on Groceries",
  "layout/subject": "You're invited: birthday lunch on Thursday!",
  "layout/under-40": "Dark clouds, loud thunder, sudden rain.",
  "creative/limerick":
    "A dog who was scruffy and brave\nwould flee from the tub like a knave;\nhe would howl and would hide\nfrom the bubbles inside,\nand refused every bath that we gave.",
  "creative/haiku-snow": "White snow falls softly\ncovering the sleeping town\nwinter holds its breath",
  "creative/two-sentence":
    "I brushed my teeth in front of the mirror, as I do every night. My reflection finished a second after I did, and then it smiled.",
  "creative/joke-cheese": "What do you call cheese that isn't yours? Nacho cheese!",
  "creative/slogan-dogs": "Happy dogs, tired paws: we walk, you relax.",
  "name-ideas/turtle": "Shelly, Sheldon, Speedy, Pebble, Tank",
  "name-ideas/jazz": "1. Blue Hour Trio\n2. The Late Notes\n3. Velvet Brush\n4. Three on a Groove",
  "name-ideas/sailboat": "- Sea Breeze\n- Wind Dancer\n- Salt & Silver",
  "personas/cowboy-sum": "Well howdy, partner! I reckon 9 plus 16 makes 25, sure as my horse loves hay.",
  "personas/puppy": "Woof woof! Yes yes YES! Outside! Can we play fetch with the ball? My tail won't stop wagging!",
  "personas/yoga":
    "Take a slow breath in, and exhale gently. Let Monday unfold one moment at a time, and stay present with each task.",
  "personas/detective":
    "Elementary. The coffee ring on my desk is evidence of an early start, and the missing biscuit is a clue I shall deduce later.",
  "personas/diner": "Well hon, you can't go wrong with the burger and fries, and save room for a slice of cherry pie!",
  "languages/spanish": "La capital de Portugal es Lisboa.",
  "languages/french-asked": "Il y a sept jours dans une semaine.",
  "languages/dutch-system": "De hoofdstad van België is Brussel.",
  "languages/portuguese": "O maior oceano é o Oceano Pacífico.",
  "languages/japanese": "日本の首都は東京です。",
  "memory/name": "Of course, your name is Tomasz.",
  "memory/parrot": "Your parrot is called Kiwi.",
  "memory/locker": "Your locker code is 8391.",
  "memory/allergy": "You're allergic to peanuts.",
  "memory/trip": "You're flying to Oslo on June 3rd.",
  "follow-ups/director": "Arrival was directed by Denis Villeneuve.",
  "follow-ups/third-idea": "The third idea was lentil soup.",
  "follow-ups/backwards-name": "Bubbles backwards is selbbuB.",
  "follow-ups/how-many": "I named two rivers: the Danube and the Rhine.",
  "summaries/conversation-guitar":
    "You asked whether it is too late to learn guitar as an adult, and I reassured you and suggested short daily practice.",
  "summaries/bees":
    "Honeybees, vital crop pollinators, are dying off from pesticides, mites, disease and lost meadows.",
  "summaries/kettle-review":
    "The kettle is fast and switches itself off, but its lid is stiff and its handle warms up.",
  "summaries/conversation-buttermilk":
    "You needed a buttermilk substitute for pancakes, and I suggested milk soured with lemon juice or vinegar. I added that the pancakes would taste almost the same.",
  "structured/berlin-wall": '{"city": "Berlin", "year": 1989, "source": "Encyclopaedia Britannica"}',
  "structured/extract-age": '{"name": "Kenji", "age": 34}',
  "structured/review": '{"label": "positive"}',
  "structured/capital": '{"country": "Japan", "capital": "Tokyo"}',
  "structured/percent": '{"question": "What is 15% of 200?", "answer": 30}',
  "tools/weather": "Yes, it's cold: −3 °C in Oslo, with snow showers.",
  "tools/order": "Your order #5521 has shipped with DHL and should arrive on December 9.",
  "tools/population": "About 139,875 people live in Reykjavik.",
  "tools/route": "The drive to Lyon takes about 1 hour 35 minutes (112 km).",
  "coding/palindrome": "```js\nfunction isPalindrome(s) {\n  return s === s.split('').reverse().join('');\n}\n```",
  "coding/max": "```ts\nfunction max(nums: number[]): number {\n  return Math.max(...nums);\n}\n```",
  "coding/upper": "It returns the string 'ABC'.",
  "coding/vowels": "```js\nfunction countVowels(str) {\n  return (str.match(/[aeiou]/gi) || []).length;\n}\n```",
};
