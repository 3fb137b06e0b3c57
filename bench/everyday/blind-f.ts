/**
 * A BLIND everyday set (F), written without looking at the offline model: structured outputs,
 * summaries, follow-ups, personas, labels and yes/no, exact counts, memory, layout, and prompts
 * nothing offline can ground.
 */
import { ask, assistant, cannot, chat, developer, structured, system, user, withTopics } from "./build";
import {
  all,
  allCaps,
  any,
  has,
  hasAny,
  inOrder,
  isBoolean,
  isInteger,
  isNumber,
  isString,
  joke,
  json,
  lacks,
  lang,
  lineCount,
  linesEach,
  listOf,
  marks,
  maxChars,
  maxWords,
  noCopy,
  num,
  occurrences,
  oneOf,
  onlyLabel,
  plain,
  sentenceCount,
  singleLine,
  startsYesNo,
  stringArray,
  wordCount,
  type Value,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

const text = (m: { content?: unknown }[]) => m.map((x) => String(x.content)).join(" ");
const SPEAKER = hasAny("you", "user", "asked", "we", "i", "assistant", "they", "discussed", "talked");

// ---- small checks of this set ------------------------------------------------------------------

const isNull: Value = (v) => (v === null ? true : `${JSON.stringify(v)}, not null`);
const intArray =
  (expected: number[]): Value =>
  (v) =>
    Array.isArray(v) && JSON.stringify(v) === JSON.stringify(expected)
      ? true
      : `${JSON.stringify(v)?.slice(0, 60)}, not ${JSON.stringify(expected)}`;

/** A table: at least `rows` data rows of cells split by pipes (a header line besides). */
const table =
  (rows: number): Check =>
  (reply) => {
    const piped = reply.text.split("\n").filter((l) => (l.match(/\|/g) ?? []).length >= 2 && /[\p{L}\p{N}]/u.test(l));
    return piped.length >= rows + 1 ? true : `${piped.length} table lines with pipes, not ${rows + 1} or more`;
  };

/** No capital letters at all. */
const lowercase = (): Check => (reply) => {
  const letters = plain(reply.text).replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toLowerCase() ? true : "has capital letters";
};

/** A heading line holding just this word (# Word, **Word**, Word:). */
const heading = (word: string): Check => {
  const re = new RegExp(
    `^\\s*(?:#{1,6}\\s*)?(?:\\*\\*|__)?\\s*${word}\\s*(?:\\*\\*|__)?\\s*:?\\s*(?:\\*\\*|__)?\\s*$`,
    "mi",
  );
  return (reply) => (re.test(reply.text) ? true : `no heading "${word}"`);
};

/** n comma-separated single words that rhyme with "cat" (and are not "cat"). */
const rhymesWithCat =
  (n: number): Check =>
  (reply) => {
    const lines = plain(reply.text)
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const line = (lines.at(-1) ?? "").replace(/^[^:]*:\s*/, "");
    const items = line
      .split(/\s*,\s*/)
      .map((w) =>
        w
          .replace(/^and\s+/i, "")
          .replace(/[."'!]/g, "")
          .trim()
          .toLowerCase(),
      )
      .filter(Boolean);
    if (items.length !== n) return `${items.length} comma-separated words, not ${n}`;
    const bad = items.filter((w) => !/^[a-z]+at$/.test(w) || w === "cat");
    return bad.length === 0 ? true : `not rhymes of cat: ${bad.join(", ")}`;
  };

/** The reply ends with the phrase (a trailing full stop or exclamation mark allowed). */
const endsWith =
  (phrase: RegExp): Check =>
  (reply) =>
    phrase.test(plain(reply.text).trim()) ? true : `does not end with ${phrase}`;

// ---- word lists -------------------------------------------------------------------------------

const AFRICA =
  /^(nigeria|kenya|egypt|ghana|ethiopia|south africa|morocco|algeria|tunisia|libya|sudan|south sudan|tanzania|uganda|rwanda|burundi|somalia|senegal|mali|niger|chad|cameroon|angola|zambia|zimbabwe|botswana|namibia|mozambique|madagascar|malawi|ivory coast|côte d'ivoire|cote d'ivoire|benin|togo|burkina faso|guinea|sierra leone|liberia|gabon|congo|dr congo|democratic republic of the congo|republic of the congo|eritrea|djibouti|mauritania|lesotho|eswatini|swaziland|gambia|the gambia|cape verde|cabo verde|mauritius|seychelles|comoros|equatorial guinea|guinea-bissau|central african republic|são tomé and príncipe)\.?$/i;
const VEG =
  /^(carrots?|broccoli|spinach|potato(?:es)?|sweet potato(?:es)?|onions?|peas|cucumbers?|lettuce|cabbages?|cauliflower|zucchini|courgettes?|peppers?|bell peppers?|tomato(?:es)?|kale|celery|beets?|beetroots?|radish(?:es)?|eggplants?|aubergines?|green beans|beans|asparagus|leeks?|garlic|corn|sweetcorn|pumpkins?|squash|brussels sprouts|artichokes?|turnips?|parsnips?|mushrooms?|okra|chard|swiss chard)\b/i;
const RAINBOW = /^(red|orange|yellow|green|blue|indigo|violet)$/i;

const WAITRESS = [
  "hon",
  "honey",
  "sugar",
  "sweetie",
  "darlin'",
  "darling",
  "doll",
  "sweetheart",
  "burger",
  "burgers",
  "milkshake",
  "shake",
  "fries",
  "pie",
  "diner",
  "coffee",
  "special",
  "blue plate",
  "meatloaf",
  "grilled cheese",
  "jukebox",
  "order up",
  "coming right up",
];
const DOG = [
  "woof",
  "bark",
  "arf",
  "ruff",
  "ball",
  "fetch",
  "tail",
  "wag",
  "wagging",
  "walk",
  "walkies",
  "squirrel",
  "squirrels",
  "treat",
  "treats",
  "sniff",
  "sniffing",
  "human",
  "leash",
  "stick",
  "good boy",
  "good girl",
  "paws",
  "zoomies",
  "yes yes",
];
const DETECTIVE = [
  "deduce",
  "deduction",
  "deduced",
  "elementary",
  "clue",
  "clues",
  "evidence",
  "observe",
  "observation",
  "mystery",
  "case",
  "investigation",
  "magnifying glass",
  "watson",
  "my dear",
  "indeed",
  "conclude",
  "conclusion",
  "logic",
  "suspect",
  "solved",
];
const ROMAN = [
  "rome",
  "roman",
  "romans",
  "legion",
  "legionaries",
  "emperor",
  "caesar",
  "bread",
  "wine",
  "olives",
  "garum",
  "centurion",
  "soldiers",
  "camp",
  "gods",
  "jupiter",
  "mars",
  "porridge",
  "march",
  "cohort",
  "empire",
  "barley",
  "lentils",
  "gladiator",
  "forum",
];
const COACH = [
  "let's go",
  "reps",
  "squats",
  "push-ups",
  "pushups",
  "jumping jacks",
  "burpees",
  "plank",
  "lunges",
  "workout",
  "sweat",
  "you got this",
  "you've got this",
  "champ",
  "energy",
  "heart rate",
  "warm up",
  "warm-up",
  "cardio",
  "crush",
  "circuit",
  "go go go",
  "rest",
  "seconds",
];
const GRANDMA = [
  "dear",
  "dearie",
  "sweetheart",
  "honey",
  "darling",
  "love",
  "cookies",
  "cookie",
  "cake",
  "tea",
  "bake",
  "baking",
  "kitchen",
  "pie",
  "oven",
  "next time",
  "grandma",
  "granny",
  "pet",
  "biscuits",
  "hug",
  "proud",
  "chin up",
];
const TEEN = [
  "like",
  "whatever",
  "literally",
  "ugh",
  "seriously",
  "duh",
  "totally",
  "omg",
  "obviously",
  "lol",
  "bro",
  "boring",
  "can't believe",
  "for real",
  "fr",
  "no cap",
  "bruh",
  "kinda",
  "sooo",
  "eye roll",
  "*eye roll*",
  "*rolls eyes*",
  "rolls eyes",
  "calculator",
  "google",
];
const YOGA = [
  "breathe",
  "breath",
  "breathing",
  "inhale",
  "exhale",
  "relax",
  "calm",
  "gently",
  "gentle",
  "mindful",
  "mindfulness",
  "present",
  "moment",
  "body",
  "namaste",
  "peace",
  "stretch",
  "let go",
  "release",
  "centered",
  "centred",
  "balance",
  "meditation",
  "slowly",
];
const COWBOY = [
  "howdy",
  "partner",
  "pardner",
  "y'all",
  "reckon",
  "ranch",
  "horse",
  "saddle",
  "cattle",
  "yeehaw",
  "ma'am",
  "sheriff",
  "frontier",
  "trail",
  "ol'",
  "yonder",
  "darn",
  "mighty",
  "buckaroo",
  "cowpoke",
  "well now",
  "fixin'",
];
const ALIEN = [
  "earthling",
  "earthlings",
  "humans",
  "human",
  "planet",
  "home planet",
  "spaceship",
  "ship",
  "fascinating",
  "strange",
  "curious",
  "species",
  "mothership",
  "tentacles",
  "tentacle",
  "antennae",
  "greetings",
  "ritual",
  "custom",
  "customs",
  "galaxy",
  "our world",
];

// ---- texts to summarize -----------------------------------------------------------------------

const DENTIST =
  "Hello Mr. Okafor, this is a reminder from Brightsmile Dental. Unfortunately your check-up on Wednesday 3 May at 10:00 has to be moved, because Dr. Lin will be away at a conference that week. We can offer you Thursday 4 May at 14:30 instead. Please call us on 020 7946 0321 to confirm, or simply reply to this email if the new time does not suit you. Kind regards, the Brightsmile reception team.";
const MEETING =
  "Marketing meeting notes, 14 Feb. The website launch is pushed back from March 1 to March 15 because the designer is off sick. The ads budget of $2,000 for the spring campaign was approved. Sam will write the three launch blog posts, and Aisha will handle the social media posts. The next meeting is on Monday at 10am in room B.";
const BRIDGE =
  "The Old Mill Bridge in Harwick will close to all traffic for six weeks starting on 2 September so that engineers can repair cracks found in its supports during a routine inspection. Drivers will be sent on a signed diversion through Lowfield, adding about fifteen minutes to most journeys. A temporary footbridge will let pedestrians and cyclists keep crossing the river. The council says the work should be finished before the first winter frosts.";
const GUACAMOLE =
  "Cut three ripe avocados in half, take out the stones and scoop the flesh into a bowl. Mash it with a fork, leaving it a little chunky. Finely chop half a red onion, a handful of fresh coriander and one small chilli, and stir them in. Squeeze in the juice of a lime, add a good pinch of salt, taste, and adjust. Serve straight away with tortilla chips, or cover it tightly so it does not turn brown.";
const PHOTOSYNTHESIS =
  "Photosynthesis is the process plants use to make their own food. Inside the leaves, a green pigment called chlorophyll captures energy from sunlight. The plant takes in carbon dioxide from the air through tiny pores and water from the soil through its roots. Using the light energy, it turns these into glucose, a sugar it uses for energy and growth, and releases oxygen into the air as a by-product.";
const BLENDER =
  "I've had the Vortex 500 blender for two months now. It's really powerful: it crushes ice in seconds and makes the smoothest smoothies I've ever had, and the jug is easy to clean. On the other hand, it is incredibly loud, loud enough to wake the whole house in the morning, and the lid sometimes leaks if you fill it past the halfway line. For the price, I'd still buy it again.";
const APOLLO =
  "On 20 July 1969, the American Apollo 11 mission landed on the Moon. Neil Armstrong became the first person to walk on its surface, followed shortly by Buzz Aldrin, while Michael Collins stayed in orbit in the command module. The astronauts collected rock samples, planted a flag and returned safely to Earth four days later. Around 600 million people watched the landing on television.";
const VOICEMAIL =
  "Hi, it's Gerald, your landlord. Just letting you know the boiler engineer is coming on Thursday morning, somewhere between eight and twelve, to do the yearly safety check. If you won't be in, could you leave the key with Mrs. Patel next door? Thanks, and give me a ring if that's a problem.";
const CLUB =
  "The Hillside Chess Club is moving! From the first week of October, our Tuesday evening sessions will be held in the upstairs room of the Riverside Community Centre instead of the old church hall, which is being sold. Sessions still start at 7pm. Membership stays at £30 a year, and juniors under 16 still play for free. There is a lift for anyone who cannot manage the stairs.";

const LAPTOP = [
  user("I'm starting university in September and need a laptop. I'll mostly write essays and watch lectures."),
  assistant(
    "For essays and lectures you don't need anything powerful. A light laptop with at least 8 GB of RAM, a good keyboard and long battery life will do. A budget of around 500 to 700 pounds is plenty.",
  ),
  user("Should I get a Mac or Windows?"),
  assistant(
    "Either works. Check whether your course uses any software that only runs on one of them; if not, pick whichever you find more comfortable. A Chromebook is also fine if everything you use runs in a browser.",
  ),
];
const BASIL = [
  user("The leaves on my basil plant are turning yellow. What am I doing wrong?"),
  assistant(
    "Yellow basil leaves usually mean too much water. Let the top of the soil dry out before watering again, and make sure the pot has drainage holes.",
  ),
  user("It's on a windowsill facing north. Is that ok?"),
  assistant(
    "Basil loves sun and wants at least six hours of light a day, so a north-facing window is probably too dark. Move it to a south-facing spot if you can.",
  ),
];
const BUDGET = [
  user("I want to save for a trip to Japan next year. It'll cost about 3,000 dollars."),
  assistant("That's a great goal! If you have 12 months, you'd need to save 250 dollars a month."),
  user("I can only do 200 a month."),
  assistant(
    "Then it would take 15 months to reach 3,000 dollars, or you could trim the trip cost, for example by staying in hostels or going outside the cherry blossom season.",
  ),
];

const PROMPTS: EverydayPrompt[] = [
  // ---- structured outputs --------------------------------------------------------------------
  structured(
    "f-book",
    "Pull the book details out of this: 'Just finished The Night Circus by Erin Morgenstern. It came out in 2011 and it's 387 pages, and thankfully it's a standalone, not part of a series.'",
    {
      title: { type: "string" },
      author: { type: "string" },
      year: { type: "integer" },
      pages: { type: "integer" },
      part_of_series: { type: "boolean" },
    },
    json({
      title: isString(/Night Circus/i),
      author: isString(/Erin Morgenstern/i),
      year: isInteger(2011),
      pages: isInteger(387),
      part_of_series: isBoolean(false),
    }),
  ),
  structured(
    "f-pancakes",
    "Here's my pancake recipe: 2 eggs, 250 ml milk, 120 g flour and a pinch of salt. Serves 4 and takes about 20 minutes. It's vegetarian. Fill in the fields please.",
    {
      dish: { type: "string" },
      servings: { type: "integer" },
      minutes: { type: "integer" },
      vegetarian: { type: "boolean" },
      ingredients: { type: "array", items: { type: "string" } },
    },
    json({
      dish: isString(/pancake/i),
      servings: isInteger(4),
      minutes: isInteger(20),
      vegetarian: isBoolean(true),
      ingredients: stringArray(4, /egg|milk|flour|salt/i),
    }),
  ),
  structured(
    "f-mars",
    "Tell me about Mars: its position counting from the sun, whether it has rings, and how many moons it has.",
    {
      planet: { type: "string" },
      position_from_sun: { type: "integer" },
      has_rings: { type: "boolean" },
      moons: { type: "integer" },
    },
    json({
      planet: isString(/^Mars$/i),
      position_from_sun: isInteger(4),
      has_rings: isBoolean(false),
      moons: isInteger(2),
    }),
  ),
  structured(
    "f-listing",
    "parse this flat listing: 'Sunny 2-bedroom flat in Porto, 850 euros a month, pets allowed, no parking space.'",
    {
      city: { type: "string" },
      bedrooms: { type: "integer" },
      monthly_rent: { type: "number" },
      currency: { type: "string", enum: ["EUR", "USD", "GBP"] },
      pets_allowed: { type: "boolean" },
      parking: { type: "boolean" },
    },
    json({
      city: isString(/^Porto$/i),
      bedrooms: isInteger(2),
      monthly_rent: isNumber(850),
      currency: oneOf("EUR"),
      pets_allowed: isBoolean(true),
      parking: isBoolean(false),
    }),
  ),
  structured(
    "f-signature",
    "Extract the contact details from this email signature. Use null for anything that isn't there.\n\nBest wishes,\nTomás Ruiz\nSales Manager, Greenfield Tiles\ntomas.ruiz@greenfieldtiles.com",
    {
      name: { type: "string" },
      job_title: { type: "string" },
      company: { type: "string" },
      email: { type: "string" },
      phone: { type: ["string", "null"] },
    },
    json({
      name: isString(/Tom[aá]s Ruiz/i),
      job_title: isString(/sales manager/i),
      company: isString(/Greenfield/i),
      email: isString(/^tomas\.ruiz@greenfieldtiles\.com$/i),
      phone: isNull,
    }),
  ),
  structured(
    "f-ticket",
    "Triage this support ticket: 'Nobody on our team can log in since this morning and payroll has to be sent in an hour!!'",
    {
      category: { type: "string", enum: ["billing", "login", "shipping", "other"] },
      priority: { type: "string", enum: ["low", "medium", "high", "urgent"] },
      mentions_deadline: { type: "boolean" },
    },
    json({
      category: oneOf("login"),
      priority: oneOf("high", "urgent"),
      mentions_deadline: isBoolean(true),
    }),
  ),
  structured(
    "f-egypt",
    "Give me some basic facts about Egypt: its capital, its continent, and whether it has a coast on the Mediterranean Sea.",
    {
      country: { type: "string" },
      capital: { type: "string" },
      continent: {
        type: "string",
        enum: ["Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica"],
      },
      mediterranean_coast: { type: "boolean" },
    },
    json({
      country: isString(/^Egypt$/i),
      capital: isString(/^Cairo$/i),
      continent: oneOf("Africa"),
      mediterranean_coast: isBoolean(true),
    }),
  ),
  structured(
    "f-shopping",
    "turn this into a shopping list: 'ok so we need milk, a dozen eggs, two loaves of bread and some apples'",
    { items: { type: "array", items: { type: "string" } }, item_count: { type: "integer" } },
    json({ items: stringArray(4, /milk|egg|bread|loa|apple/i), item_count: isInteger(4) }),
  ),
  structured(
    "f-squares",
    "List the first five square numbers (starting from 1) and their sum.",
    { squares: { type: "array", items: { type: "integer" } }, sum: { type: "integer" } },
    json({ squares: intArray([1, 4, 9, 16, 25]), sum: isInteger(55) }),
  ),
  structured(
    "f-flight",
    "Can you extract the booking info? 'Your flight BA 117 from London Heathrow to New York JFK departs on 12 June at 08:35. Seat 23A. Checked baggage: not included.'",
    {
      flight_number: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      departure_time: { type: "string" },
      seat: { type: "string" },
      checked_bag_included: { type: "boolean" },
    },
    json({
      flight_number: isString(/^BA\s?117$/i),
      from: isString(/London|Heathrow|LHR/i),
      to: isString(/New York|JFK/i),
      departure_time: isString(/0?8:35/),
      seat: isString(/^23A$/i),
      checked_bag_included: isBoolean(false),
    }),
  ),
  structured(
    "f-name-parts",
    "Split this name into first, middle and last name (null if there is no middle name): 'Daniel Okoro'",
    { first_name: { type: "string" }, middle_name: { type: ["string", "null"] }, last_name: { type: "string" } },
    json({ first_name: isString(/^Daniel$/), middle_name: isNull, last_name: isString(/^Okoro$/) }),
  ),
  structured(
    "f-boiling",
    "At sea level, at what temperature does water boil in Celsius and in Fahrenheit? And does it boil at a lower temperature high up on a mountain?",
    {
      celsius: { type: "number" },
      fahrenheit: { type: "number" },
      lower_on_mountain: { type: "boolean" },
    },
    json({ celsius: isNumber(100), fahrenheit: isNumber(212), lower_on_mountain: isBoolean(true) }),
  ),

  // ---- summaries -----------------------------------------------------------------------------
  ask(
    "summaries",
    "f-dentist-email",
    `Summarize this email in one sentence:\n\n${DENTIST}`,
    all(
      sentenceCount(1),
      hasAny("Thursday", /4 May|May 4/i, "14:30", "2:30"),
      hasAny("dentist", "dental", "check-up", "checkup", "appointment", "Brightsmile"),
      noCopy(DENTIST),
    ),
  ),
  ask(
    "summaries",
    "f-meeting-bullets",
    `Could you turn these meeting notes into a summary of 3 bullet points?\n\n${MEETING}`,
    all(
      listOf(3, "bullet"),
      has(/March 15|15 March|15th/i),
      marks(2, "Sam", "Aisha", "budget", "ads", "$2,000", "2,000", "blog", "social media", "Monday", "designer"),
    ),
  ),
  ask(
    "summaries",
    "f-bridge-news",
    `Summarize this news story in under 30 words: ${BRIDGE}`,
    all(
      maxWords(29),
      hasAny("bridge", "Old Mill"),
      marks(
        1,
        "six weeks",
        "6 weeks",
        "repair",
        "repairs",
        "cracks",
        "diversion",
        "closed",
        "close",
        "closure",
        "closing",
      ),
      noCopy(BRIDGE),
    ),
  ),
  ask(
    "summaries",
    "f-guacamole",
    `sum up this recipe in two sentences for me: ${GUACAMOLE}`,
    all(
      sentenceCount(2),
      hasAny("avocado", "avocados", "guacamole"),
      marks(1, "lime", "onion", "coriander", "cilantro", "chilli", "chili", "salt", "mash", "mashed", "tortilla"),
      noCopy(GUACAMOLE),
    ),
  ),
  ask(
    "summaries",
    "f-revision-card",
    `I'm making revision cards. Give me a one-line summary of this: ${PHOTOSYNTHESIS}`,
    all(
      singleLine(),
      maxWords(35),
      hasAny("light", "sunlight", "sun"),
      hasAny("glucose", "sugar", "oxygen", "food"),
      noCopy(PHOTOSYNTHESIS),
    ),
  ),
  chat(
    "summaries",
    "f-laptop-chat",
    [...LAPTOP, user("Sum up this chat in two sentences.")],
    all(
      sentenceCount(2),
      hasAny("laptop", "laptops", "computer"),
      marks(1, "university", "uni", "essays", "lectures", "Mac", "Windows", "Chromebook", "RAM", "battery", "budget"),
      SPEAKER,
      noCopy(text(LAPTOP)),
    ),
  ),
  chat(
    "summaries",
    "f-basil-chat",
    [...BASIL, user("ok tl;dr of what we discussed?")],
    all(
      maxWords(60),
      has("basil"),
      hasAny("water", "watering", "overwatering", "overwatered"),
      hasAny("sun", "sunlight", "light", "window", "south-facing", "north-facing"),
      noCopy(text(BASIL)),
    ),
  ),
  ask(
    "summaries",
    "f-blender-review",
    `Summarize the pros and cons of this review, one sentence for the pros and one for the cons.\n\n"${BLENDER}"`,
    all(
      sentenceCount(2),
      hasAny("loud", "noisy", "noise"),
      hasAny("powerful", "ice", "smoothie", "smoothies", "easy to clean", "clean"),
      noCopy(BLENDER),
    ),
  ),
  ask(
    "summaries",
    "f-apollo",
    `Summarize in under 20 words: ${APOLLO}`,
    all(
      maxWords(19),
      hasAny("Moon", "lunar"),
      marks(1, "Apollo", "Armstrong", "Aldrin", "1969", "landed", "landing", "astronauts"),
      noCopy(APOLLO),
    ),
  ),
  ask(
    "summaries",
    "f-voicemail",
    `This is a voicemail from my landlord. Summarize it in 15 words or fewer: "${VOICEMAIL}"`,
    all(
      maxWords(15),
      hasAny("boiler", "engineer", "safety check", "check", "inspection"),
      hasAny("Thursday", "key", "Patel", "neighbour", "neighbor"),
    ),
  ),
  chat(
    "summaries",
    "f-budget-bullets",
    [...BUDGET, user("Can you summarize our conversation in exactly three bullet points?")],
    all(listOf(3, "bullet"), has("Japan"), hasAny("15 months", "fifteen months", "200"), noCopy(text(BUDGET))),
  ),
  ask(
    "summaries",
    "f-club-headline",
    `Write a one-line headline that sums up this notice: ${CLUB}`,
    all(
      singleLine(),
      maxWords(15),
      hasAny("chess", "club"),
      hasAny(
        "move",
        "moves",
        "moving",
        "new venue",
        "new home",
        "new location",
        "relocates",
        "Riverside",
        "community centre",
        "community center",
      ),
    ),
  ),

  // ---- follow-ups ----------------------------------------------------------------------------
  chat(
    "follow-ups",
    "f-why-jacket",
    [
      user("What should I pack for a camping trip in the Sahara?"),
      assistant(
        "Pack loose, light-coloured clothes, a wide-brimmed hat, sunscreen, plenty of water, a head torch and a warm jacket.",
      ),
      user("why a warm jacket?? isn't it super hot there"),
    ],
    all(
      hasAny("night", "nights", "nighttime", "night-time", "after dark", "evening", "evenings"),
      hasAny("cold", "cool", "drop", "drops", "chilly", "freezing", "temperature", "temperatures"),
    ),
  ),
  chat(
    "follow-ups",
    "f-shorter-jupiter",
    [
      user("Tell me about Jupiter."),
      assistant(
        "Jupiter is the fifth planet from the Sun and the largest in the Solar System, more than eleven times wider than Earth. It is a gas giant made mostly of hydrogen and helium, with colourful bands of clouds and a huge storm called the Great Red Spot that has raged for centuries. Jupiter has dozens of moons, including Ganymede, the largest moon in the Solar System, and it has faint rings too.",
      ),
      user("shorter please"),
    ],
    all(maxWords(40), has("Jupiter")),
  ),
  chat(
    "follow-ups",
    "f-translate-french",
    [
      user("I have a bad cold and a fever. Any advice?"),
      assistant(
        "Drink plenty of water, rest for a few days, and see a doctor if the fever lasts more than three days.",
      ),
      user("Translate that to French please"),
    ],
    all(lang("fr"), has("eau"), hasAny("médecin", "medecin", "docteur")),
  ),
  chat(
    "follow-ups",
    "f-another-joke",
    [
      user("Tell me a joke about dogs."),
      assistant("Why did the dog sit in the shade? Because he didn't want to be a hot dog!"),
      user("haha give me another one"),
    ],
    all(
      joke(),
      hasAny("dog", "dogs", "puppy", "puppies", "bark", "barks", "woof", "bone", "paw", "paws", "tail", "leash"),
      lacks("hot dog"),
    ),
  ),
  chat(
    "follow-ups",
    "f-second-country",
    [
      user("Name four countries in South America."),
      assistant("Sure: Brazil, Chile, Peru and Colombia."),
      user("what was the second one again?"),
    ],
    has("Chile"),
  ),
  chat(
    "follow-ups",
    "f-translate-spanish",
    [
      user("When is the city museum open?"),
      assistant(
        "The museum opens at nine in the morning and closes at five in the afternoon, but it is closed on Mondays.",
      ),
      user("Can you say that in Spanish?"),
    ],
    all(lang("es"), has("museo"), has("lunes")),
  ),
  chat(
    "follow-ups",
    "f-eli5",
    [
      user("How do plants make food?"),
      assistant(
        "Through photosynthesis: chlorophyll in the chloroplasts absorbs light energy, which drives the conversion of carbon dioxide and water into glucose, releasing oxygen as a by-product.",
      ),
      user("I didn't get that. Explain it like I'm five?"),
    ],
    all(maxWords(150), hasAny("sun", "sunlight", "sunshine", "light"), hasAny("plant", "plants", "leaves", "leaf")),
  ),
  chat(
    "follow-ups",
    "f-pizza-more-friends",
    [
      user("We have a 12-slice pizza and there are 4 of us. How many slices each?"),
      assistant("12 slices shared by 4 people is 3 slices each."),
      user("what if 2 more friends turn up?"),
    ],
    num(2),
  ),
  chat(
    "follow-ups",
    "f-another-egg-mammal",
    [
      user("Name a mammal that lays eggs."),
      assistant("The platypus is a mammal that lays eggs."),
      user("Give me another one."),
    ],
    hasAny("echidna", "echidnas", "spiny anteater"),
  ),
  chat(
    "follow-ups",
    "f-blind-bake",
    [
      user("How do I make a lemon tart?"),
      assistant(
        "Line a tart tin with shortcrust pastry, blind-bake it for 15 minutes, then pour in a mix of eggs, sugar, cream and lemon juice and zest, and bake at 150°C until just set.",
      ),
      user("what do you mean by blind-bake?"),
    ],
    all(
      hasAny("pastry", "crust", "case", "shell"),
      hasAny(
        "without the filling",
        "without filling",
        "without any filling",
        "before adding",
        "before you add",
        "before the filling",
        "empty",
        "baking beans",
        "pie weights",
        "weights",
        "beans",
        "rice",
        "parchment",
        "on its own",
        "first",
      ),
    ),
  ),
  chat(
    "follow-ups",
    "f-as-bullets",
    [
      user("How can I save money on groceries?"),
      assistant(
        "Plan your meals for the week before you shop, always bring a shopping list and stick to it, and buy store brands instead of the big names.",
      ),
      user("can you put that as a bullet list"),
    ],
    all(
      listOf(3, "bullet"),
      marks(2, "plan", "meals", "list", "shopping list", "store brands", "own brands", "brands", "stick"),
    ),
  ),
  chat(
    "follow-ups",
    "f-hike-km",
    [
      user("How long is the coastal trail?"),
      assistant("The full coastal trail is 10 miles long, and most people take about four hours to walk it."),
      user("how much is that in km?"),
    ],
    num(16.09, 0.1),
  ),

  // ---- personas ------------------------------------------------------------------------------
  chat(
    "personas",
    "f-diner",
    [
      system("You are a friendly waitress in a 1950s American diner. Talk like one."),
      user("What's good for lunch today?"),
    ],
    marks(2, ...WAITRESS),
  ),
  chat(
    "personas",
    "f-golden-retriever",
    [developer("You are an excitable golden retriever. Reply as the dog."), user("Do you want to go to the park?")],
    marks(2, ...DOG),
  ),
  chat(
    "personas",
    "f-detective",
    [
      system("You are a Victorian detective in the style of Sherlock Holmes. Answer everything as a deduction."),
      user("How many legs do three spiders have altogether?"),
    ],
    all(num(24), marks(1, ...DETECTIVE)),
  ),
  chat(
    "personas",
    "f-centurion",
    [
      system("You are a Roman centurion in the year 50 AD. Stay in character."),
      user("What are you having for dinner tonight?"),
    ],
    marks(2, ...ROMAN),
  ),
  chat(
    "personas",
    "f-coach",
    [
      developer("You are a super enthusiastic fitness coach. Lots of energy!"),
      user("I've only got 10 minutes today. What should I do?"),
    ],
    marks(2, ...COACH),
  ),
  chat(
    "personas",
    "f-grandma",
    [
      system("You are a kind grandmother who loves baking and gives gentle advice."),
      user("I failed my driving test today :("),
    ],
    all(marks(2, ...GRANDMA), hasAny("test", "driving", "drive", "exam", "try again", "next time", "again")),
  ),
  chat(
    "personas",
    "f-teen",
    [system("You are a sarcastic teenager who is bored by everything."), user("Can you tell me what 15 plus 27 is?")],
    all(num(42), marks(1, ...TEEN)),
  ),
  chat(
    "personas",
    "f-yoga",
    [system("You are a calm, soft-spoken yoga teacher."), user("I'm so stressed about my exams next week.")],
    marks(2, ...YOGA),
  ),
  chat(
    "personas",
    "f-cowboy",
    [system("You're a cowboy from the Old West. Talk like it."), user("What's the capital of Spain?")],
    all(has("Madrid"), marks(1, ...COWBOY)),
  ),
  chat(
    "personas",
    "f-rome-guide",
    [
      developer("You are a tour guide in Rome. Keep every answer under 60 words."),
      user("It's my first day here. What should I see first?"),
    ],
    all(
      maxWords(59),
      hasAny(
        "Colosseum",
        "Coliseum",
        "Forum",
        "Roman Forum",
        "Pantheon",
        "Trevi",
        "Vatican",
        "St. Peter's",
        "St Peter's",
        "Spanish Steps",
        "Palatine",
        "Piazza Navona",
        "Sistine",
      ),
    ),
  ),
  chat(
    "personas",
    "f-alien",
    [
      system("You are an alien visiting Earth for the first time, puzzled by human customs."),
      user("Why do people shake hands when they meet?"),
    ],
    all(marks(2, ...ALIEN), hasAny("hand", "hands", "handshake", "greet", "greeting", "greetings")),
  ),
  chat(
    "personas",
    "f-sign-off",
    [
      system("You are a helpful hotel receptionist. Always end every answer with the words 'Enjoy your stay!'"),
      user("What's the capital of Portugal?"),
    ],
    all(has("Lisbon"), endsWith(/Enjoy your stay!?\s*["']?$/i)),
  ),

  // ---- labels, yes or no ---------------------------------------------------------------------
  ask(
    "label-yes-no",
    "f-urgent",
    "Label this message as urgent or not urgent. Reply with just the label. 'The server room is flooding, come now!'",
    onlyLabel("urgent"),
  ),
  ask(
    "label-yes-no",
    "f-shop-sunday",
    "Based only on this sign, is the shop open on Sundays? Yes or no.\n\n'Open Monday to Saturday, 9 to 6. Closed Sundays and bank holidays.'",
    startsYesNo("no"),
  ),
  ask("label-yes-no", "f-penguins", "Do penguins live at the North Pole? yes or no", startsYesNo("no")),
  ask("label-yes-no", "f-whale", "Is a whale a fish? Just answer yes or no.", onlyLabel("no")),
  ask(
    "label-yes-no",
    "f-headline",
    "Which section does this headline belong in: Sports, Weather, Health or Business? Only the section name.\n\n'Heavy snow expected across the north this weekend'",
    onlyLabel("weather"),
  ),
  ask(
    "label-yes-no",
    "f-emotion",
    "Label the emotion as joy, anger, sadness or fear. One word only: 'I can't believe they cancelled my flight AGAIN without even telling me.'",
    onlyLabel("anger"),
  ),
  ask(
    "label-yes-no",
    "f-bat",
    "mammal, bird, reptile or fish - what is a bat? answer with one word",
    onlyLabel("mammal"),
  ),
  ask("label-yes-no", "f-leap", "Is 2024 a leap year? Yes or no.", startsYesNo("yes")),
  ask("label-yes-no", "f-water-made", "Is water made of hydrogen and oxygen? yes or no please", startsYesNo("yes")),
  ask(
    "label-yes-no",
    "f-sentence-type",
    "Is this a question, a statement or a command? Reply with one of those words only: 'Close the window before you leave.'",
    onlyLabel("command"),
  ),
  ask(
    "label-yes-no",
    "f-fruit-veg",
    "Label each one as fruit or vegetable, one per line like 'item: label': carrot, banana, broccoli",
    all(
      linesEach(3, /^(carrot|banana|broccoli)s?\b/i),
      has(/carrots?\W{1,4}vegetable/i, /bananas?\W{1,4}fruit/i, /broccoli\W{1,4}vegetable/i),
    ),
  ),
  ask(
    "label-yes-no",
    "f-train-time",
    "My ticket says: 'Departs Leeds 7:40, arrives York 9:15.' Does the journey take more than two hours? Yes or no.",
    startsYesNo("no"),
  ),

  // ---- exact counts --------------------------------------------------------------------------
  ask(
    "exact-counts",
    "f-swim-reasons",
    "Give me exactly 3 reasons to learn to swim, as a numbered list.",
    all(
      listOf(3, "numbered"),
      marks(
        1,
        "swim",
        "swimming",
        "water",
        "safety",
        "safe",
        "exercise",
        "fitness",
        "fit",
        "pool",
        "drowning",
        "beach",
        "health",
        "healthy",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "f-breakfast-six",
    "Describe a perfect breakfast in exactly six words.",
    all(
      wordCount(6),
      marks(
        1,
        "coffee",
        "tea",
        "toast",
        "eggs",
        "egg",
        "pancakes",
        "bacon",
        "fruit",
        "juice",
        "croissant",
        "croissants",
        "butter",
        "jam",
        "honey",
        "yogurt",
        "oats",
        "porridge",
        "breakfast",
        "morning",
        "waffles",
        "berries",
        "avocado",
        "sunshine",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "f-elephants",
    "Write exactly 4 sentences about elephants.",
    all(sentenceCount(4), hasAny("elephant", "elephants")),
  ),
  ask("exact-counts", "f-africa", "Name 4 countries in Africa, one per line, nothing else.", linesEach(4, AFRICA)),
  ask(
    "exact-counts",
    "f-veg-bullets",
    "List exactly five vegetables as bullet points.",
    all(listOf(5, "bullet"), linesEach(5, VEG)),
  ),
  ask(
    "exact-counts",
    "f-sky-two",
    "In exactly two sentences, explain why the sky is blue.",
    all(
      sentenceCount(2),
      hasAny("scatter", "scatters", "scattering", "scattered", "wavelength", "wavelengths", "Rayleigh"),
    ),
  ),
  ask("exact-counts", "f-cat-rhymes", "Give me 3 words that rhyme with 'cat', separated by commas.", rhymesWithCat(3)),
  ask(
    "exact-counts",
    "f-bus-poem",
    "Write a 3-line poem about a bus ride in the rain.",
    all(
      lineCount(3),
      hasAny("bus", "ride", "seat", "window", "windows", "stop", "driver", "rain", "raindrops", "glass", "wipers"),
    ),
  ),
  ask(
    "exact-counts",
    "f-moon-facts",
    "Tell me exactly 2 facts about the Moon, as bullet points.",
    all(listOf(2, "bullet"), hasAny("Moon", "moon's", "lunar")),
  ),
  ask(
    "exact-counts",
    "f-cinderella",
    "Summarize the story of Cinderella in exactly three sentences.",
    all(
      sentenceCount(3),
      marks(
        2,
        "Cinderella",
        "slipper",
        "glass slipper",
        "prince",
        "ball",
        "stepmother",
        "stepsisters",
        "fairy godmother",
        "midnight",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "f-hello-four",
    "Say 'hello' exactly four times and nothing else.",
    all(occurrences("hello", 4), maxWords(4)),
  ),

  // ---- memory --------------------------------------------------------------------------------
  chat(
    "memory",
    "f-peanuts",
    [
      user("Just so you know, I'm allergic to peanuts."),
      assistant("Thanks for telling me, I'll keep that in mind."),
      user("What's a good snack for a long hike?"),
      assistant("Dried fruit, a banana, cheese and crackers, or a granola bar without nuts would all work well."),
      user("Could I eat a Snickers bar then?"),
    ],
    all(
      hasAny("peanut", "peanuts", "allergy", "allergic"),
      hasAny(/\bno\b/i, "not", "avoid", "shouldn't", "should not", "better not"),
    ),
  ),
  chat(
    "memory",
    "f-train-time",
    [
      user("My train to Glasgow is at 6:45 tomorrow morning, so I need an early night."),
      assistant("Good idea! Set two alarms just in case."),
      user("Any tips for sleeping well before an early start?"),
      assistant("Avoid screens for an hour before bed, keep the room cool and lay out your clothes tonight."),
      user("what time did I say my train was?"),
    ],
    has(/6[:.]45/),
  ),
  chat(
    "memory",
    "f-son-name",
    [
      user("A bit about me: I'm 34, I work as a nurse, and I have a son named Leo who is 6."),
      assistant("Nice to meet you! Nursing is demanding work. How can I help today?"),
      user("I need ideas for a rainy weekend at home."),
      assistant("Build a blanket fort, bake cookies together, do a puzzle, or have a movie afternoon with popcorn."),
      user("what's my son's name btw? testing your memory"),
    ],
    has("Leo"),
  ),
  chat(
    "memory",
    "f-money-left",
    [
      user("I have 120 euros to last me the week."),
      assistant("OK, that's about 17 euros a day."),
      user("I just spent 45 on groceries."),
      assistant("Good to know."),
      user("So how much do I have left for the week?"),
    ],
    num(75),
  ),
  chat(
    "memory",
    "f-brother-city",
    [
      user("My sister Ana lives in Madrid and my brother Tom lives in Oslo."),
      assistant("You have family in two lovely cities!"),
      user("Where does my brother live?"),
    ],
    has("Oslo"),
  ),
  chat(
    "memory",
    "f-changed-sport",
    [
      user("My favourite sport is tennis."),
      assistant("Tennis is great fun!"),
      user("Actually, I changed my mind. It's badminton now."),
      assistant("Badminton it is!"),
      user("So what's my favourite sport?"),
    ],
    has("badminton"),
  ),
  chat(
    "memory",
    "f-party-list",
    [
      user("For the party I need balloons, candles and a cake."),
      assistant("That sounds like a fun party!"),
      user("Oh, and napkins too."),
      assistant("Got it, napkins added."),
      user("Can you list everything I need?"),
    ],
    has("balloons", "candles", "cake", "napkins"),
  ),
  chat(
    "memory",
    "f-profile-city",
    [
      system("User profile: name Kofi, age 29, lives in Accra, prefers short answers."),
      user("Which city do I live in?"),
    ],
    has("Accra"),
  ),
  chat(
    "memory",
    "f-books-total",
    [
      user("I read 3 books in January."),
      assistant("Nice start to the year!"),
      user("And 5 in February."),
      assistant("Even better!"),
      user("How many books did I read across those two months?"),
    ],
    num(8),
  ),
  chat(
    "memory",
    "f-cat-age",
    [
      user("My cat Mochi was born in 2019."),
      assistant("Mochi is a cute name!"),
      user("How old will Mochi be in 2027?"),
    ],
    num(8),
  ),
  chat(
    "memory",
    "f-call-me-captain",
    [user("From now on, please call me Captain."), assistant("Aye aye, Captain!"), user("What's 9 plus 6?")],
    all(num(15), has("Captain")),
  ),

  // ---- layout --------------------------------------------------------------------------------
  ask(
    "layout",
    "f-moons-table",
    "Make a table with two columns, Planet and Number of moons, for Earth and Mars.",
    all(table(2), has("Earth", "Mars"), num(1), num(2)),
  ),
  ask(
    "layout",
    "f-tea-steps",
    "What are the steps to make a cup of tea? Numbered list please.",
    all(
      any(...[3, 4, 5, 6, 7, 8, 9].map((n) => listOf(n, "numbered"))),
      hasAny("kettle", "boil", "boiling", "water"),
      hasAny("tea bag", "teabag", "leaves", "steep", "brew", "brewing"),
    ),
  ),
  ask(
    "layout",
    "f-dog-headings",
    "Write a short guide to looking after a dog with two headings: Food and Exercise.",
    all(heading("Food"), heading("Exercise"), inOrder("Food", "Exercise"), hasAny("dog", "dogs", "walk", "walks")),
  ),
  ask(
    "layout",
    "f-rainbow",
    "List the colours of the rainbow, one per line.",
    all(linesEach(7, RAINBOW), inOrder("red", "orange", "yellow", "green", "blue", "indigo", "violet")),
  ),
  ask("layout", "f-caps-opposite", "REPLY IN ALL CAPS: what's the opposite of cold?", all(allCaps(), has("HOT"))),
  ask(
    "layout",
    "f-picnic-tweet",
    "Write a tweet under 100 characters inviting my friends to a picnic on Sunday.",
    all(maxChars(100), has("Sunday"), hasAny("picnic", "picnics")),
  ),
  ask(
    "layout",
    "f-lowercase-traffic",
    "answer only in lowercase letters: what are the three colours of a traffic light?",
    all(lowercase(), has("red", "green"), hasAny("yellow", "amber", "orange")),
  ),
  ask(
    "layout",
    "f-fruit-table",
    "Create a markdown table of three fruits and their colours.",
    all(
      table(3),
      has(/\|\s*:?-{3,}/),
      hasAny(
        "apple",
        "banana",
        "lemon",
        "orange",
        "strawberry",
        "grape",
        "grapes",
        "kiwi",
        "cherry",
        "blueberry",
        "lime",
        "plum",
      ),
    ),
  ),
  ask(
    "layout",
    "f-seasons-line",
    "Give me the four seasons on a single line, separated by commas.",
    all(singleLine(), has("spring", "summer", "winter"), hasAny("autumn", "fall"), has(/,/)),
  ),
  ask(
    "layout",
    "f-qa-format",
    "Format your answer as 'Q: ... A: ...'. What is the boiling point of water in Celsius?",
    all(has(/Q:/), has(/A:/), num(100)),
  ),

  // ---- what it cannot know -------------------------------------------------------------------
  cannot("f-yen-rate", "What's the exchange rate between the euro and the Japanese yen right now?"),
  cannot("f-flight-status", "Is my flight BA 2490 on time today?"),
  cannot("f-steps-yesterday", "How many steps did I walk yesterday?"),
  cannot("f-middle-name", [
    user("Hi, I'm Joanna and I'm learning to bake bread."),
    assistant("Hi Joanna! Bread baking is very rewarding. What would you like to know?"),
    user("Before that, what's my middle name?"),
  ]),
  cannot("f-queue-now", "Which café in my town has the shortest queue right now?"),
  cannot("f-yesterday-chat", [
    user("Hello again!"),
    assistant("Hello! How can I help you today?"),
    user("What was the first thing I asked you yesterday?"),
  ]),
  cannot("f-pirate-weather", [
    system("You are a pirate captain. Stay in character."),
    user("What's the weather like in Lisbon right now?"),
  ]),
  cannot("f-exam-grade", "What grade will I get on my maths exam next week?"),
];

// What a reply longer than a bare answer must name, so that another answer holding the same number
// or word does not pass.
const TOPICS: Record<string, (string | RegExp)[]> = {
  "follow-ups/f-pizza-more-friends": ["slice", "slices"],
  "follow-ups/f-hike-km": ["km", "kilometres", "kilometers", "kilometre", "kilometer", "trail", "miles"],
  "memory/f-money-left": ["euro", "euros", "€", "left", "remaining", "120", "45"],
  "memory/f-books-total": ["book", "books"],
  "memory/f-cat-age": ["Mochi", "old", "years", "age"],
  "memory/f-brother-city": ["brother", "Tom"],
  "memory/f-son-name": ["son", "name"],
  "memory/f-train-time": ["train", "Glasgow"],
  "memory/f-profile-city": ["live", "city", "Kofi", "profile"],
  "layout/f-qa-format": ["water", "boil", "boils", "boiling"],
};

export const BLIND_F: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
