/**
 * A BLIND everyday set (tester J): prompts written as a busy adult types into a chat assistant,
 * without looking at the offline model. Terse, typos, mixed asks, pasted texts, personas, schemas
 * and tool round trips.
 */
import { ask, assistant, cannot, chat, developer, structured, system, toolTrip, user, withTopics } from "./build";
import {
  all,
  allCaps,
  any,
  dateIs,
  haiku,
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
  limerick,
  linesEach,
  listOf,
  marks,
  maxSentences,
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
  startsYesNo,
  weekday,
  wordCount,
} from "./checks";
import type { EverydayPrompt } from "./types";

const ROOT_VEG =
  /^(?:an?\s+)?(carrots?|potato(?:es)?|sweet potato(?:es)?|beets?|beetroots?|parsnips?|turnips?|radish(?:es)?|rutabagas?|swedes?|yams?|cassava|taro|ginger|celeriac|jicama|daikon|horseradish|onions?|garlic|kohlrabi|salsify|burdock|turmeric|jerusalem artichokes?)\b/i;

const COWBOY = [
  "howdy",
  "partner",
  "pardner",
  "y'all",
  "yall",
  "reckon",
  "ranch",
  "cattle",
  "saddle",
  "horse",
  "trail",
  "cowboy",
  "yeehaw",
  "ma'am",
  "darlin",
  "lasso",
  "rodeo",
  "prairie",
  "critter",
  "hen",
  "hens",
  "coop",
  "well now",
  "sure as",
  "dust",
];
const COACH = [
  "workout",
  "workouts",
  "gym",
  "reps",
  "rep",
  "sweat",
  "push",
  "crush",
  "champ",
  "let's go",
  "lets go",
  "you got this",
  "you've got this",
  "muscles",
  "training",
  "squats",
  "burpees",
  "cardio",
  "energy",
  "comeback",
  "tomorrow",
  "goals",
  "pushups",
  "push-ups",
  "stretch",
  "move",
];
const GHOST = [
  "ghost",
  "haunt",
  "haunting",
  "haunted",
  "boo",
  "spirit",
  "spirits",
  "beyond",
  "centuries",
  "century",
  "mortal",
  "mortals",
  "living",
  "candle",
  "candles",
  "chains",
  "attic",
  "restless",
  "whisper",
  "whispers",
  "oooo",
  "ooooh",
  "wooo",
  "afterlife",
  "eternity",
  "1800s",
  "victorian",
  "manor",
  "house",
  "floorboards",
  "dead",
];
const COMMENTATOR = [
  "and he",
  "and she",
  "what a",
  "incredible",
  "unbelievable",
  "the crowd",
  "crowd",
  "folks",
  "ladies and gentlemen",
  "goes",
  "here we go",
  "oh my",
  "what a play",
  "what a move",
  "stunning",
  "scores",
  "goal",
  "champion",
  "move",
  "moment",
  "play",
  "fans",
  "going for it",
  "it's in",
  "live",
];

const FIELD_TRIP =
  "Dear parents, on Thursday 12 March the Year 4 classes will visit the Riverside Science Museum. The coach leaves school at 8:45 sharp and we return by 3:30. Please send your child with a packed lunch, a refillable water bottle and a waterproof coat, as part of the visit is outdoors. The trip costs £8, payable through the school app by Monday. Children who have not returned the signed consent form cannot attend. Thank you, Mrs Adeyemi";
const DAL_RECIPE =
  "Red lentil dal. Rinse 200 g red lentils until the water runs clear. In a large pot, fry one chopped onion in two tablespoons of oil until soft, then add two cloves of garlic, a thumb of grated ginger, one teaspoon of turmeric and one teaspoon of cumin and cook for a minute. Add the lentils and 800 ml of water, bring to the boil, then simmer for 20 to 25 minutes, stirring now and then, until the lentils break down. Season with salt, squeeze in half a lemon and finish with fresh coriander. Serve with rice or flatbread.";
const HOA_NOTES =
  "residents meeting notes, tues. - bins: recycling pickup moving from wed to fri starting next month. - parking: visitor spots by gate B repainted, no overnight parking there anymore. - garden: volunteers needed sat morning to plant bulbs, sign up w/ Marco in flat 3. - lift in block C still broken, engineer booked for the 14th. - next meeting in 6 weeks.";
const BIKE_CHAT = [
  user("my bike tyres keep going flat every few days, no visible holes"),
  assistant(
    "A slow leak with no visible hole is often a loose or damaged valve, or a tiny thorn still stuck in the tyre. Pump it up, then dip the tube in a bowl of water and look for bubbles.",
  ),
  user("found bubbles near the valve"),
  assistant(
    "Then the valve core is probably loose or worn. Tighten it with a valve core tool, and if it still leaks, replace the inner tube, which is cheap and quick.",
  ),
];
const BIKE_TEXT = BIKE_CHAT.map((m) => String(m.content)).join(" ");

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  ask(
    "capitals",
    "j-mongolia",
    "capital of mongolia?? i can never spell it",
    hasAny("Ulaanbaatar", "Ulan Bator", "Ulaan Baatar"),
  ),
  ask(
    "capitals",
    "j-swiss-argument",
    "my coworker swears zurich is the capital of switzerland. settle this pls",
    hasAny("Bern", "Berne"),
  ),
  ask(
    "capitals",
    "j-ghana-two-part",
    "whats the capital of ghana and also what currency do they use there",
    all(has("Accra"), hasAny("cedi", "cedis", "GHS")),
  ),
  ask("capitals", "j-tagalog", "capital city of the country where most ppl speak tagalog", has("Manila")),

  // ---- elements ------------------------------------------------------------------------------
  ask("elements", "j-w", "what element is W on the periodic table, always forget that one", has("tungsten")),
  ask(
    "elements",
    "j-neon",
    "how many protons does neon have and is it one of the noble gases",
    all(num(10), has("noble")),
  ),
  ask("elements", "j-potassium", "symbol for potassium? (not P, i know that much lol)", has(/\bK\b/)),

  // ---- planets -------------------------------------------------------------------------------
  ask("planets", "j-shortest-year", "which planet has the shortest year", has("Mercury")),
  ask(
    "planets",
    "j-pluto",
    "my kid's old workbook says there are 9 planets incl pluto. is pluto still a planet?",
    all(has("dwarf"), hasAny("Pluto")),
  ),
  ask(
    "planets",
    "j-first-four",
    "list the first four planets from the sun in order, just names",
    inOrder("Mercury", "Venus", "Earth", "Mars"),
  ),

  // ---- arithmetic ----------------------------------------------------------------------------
  ask("arithmetic", "j-48x25", "48 * 25", num(1200)),
  ask(
    "arithmetic",
    "j-allowance",
    "i have 3 kids and each gets 7.50 pocket money a week. how much is that per month if i count a month as 4 weeks",
    num(90),
  ),
  ask("arithmetic", "j-1000-387", "quick one: 1000 minus 387", num(613)),
  ask(
    "arithmetic",
    "j-two-thirds",
    "what's two thirds of 84, and is the answer an even number?",
    all(num(56), hasAny("even", "yes")),
  ),

  // ---- percentages ---------------------------------------------------------------------------
  ask(
    "percentages",
    "j-rent",
    "landlord is raising rent from 1150 to 1242 a month. what percent increase is that??",
    all(num(8), lacks("92%")),
  ),
  ask(
    "percentages",
    "j-split-tip",
    "dinner bill was 86.40, we're adding a 15% tip and splitting it 4 ways evenly. how much does each person pay",
    num(24.84, 0.01),
  ),
  ask("percentages", "j-sales-tax", "7.5% sales tax on a 240 dollar bike, how much is the tax", num(18)),
  ask(
    "percentages",
    "j-quiz",
    "got 34 out of 40 on my driving theory practice test, what's that as a percentage",
    num(85),
  ),

  // ---- conversions ---------------------------------------------------------------------------
  ask(
    "conversions",
    "j-oven",
    "recipe says 180C but my oven dial is fahrenheit only. what do i set it to",
    num(356, 1),
  ),
  ask("conversions", "j-10k", "signed up for a 10k run. how many miles is that", num(6.21, 0.03)),
  ask(
    "conversions",
    "j-baby",
    "my niece was born at 3400 grams, what is that in pounds?",
    any(num(7.5, 0.01), all(has(/\b7\s*(?:lb|lbs|pounds?)\b/i), has(/\b(?:8|7\.9\d*)\s*(?:oz|ounces?)\b/i))),
  ),
  ask("conversions", "j-tbsp", "how many tablespoons are in a quarter cup", num(4)),

  // ---- dates ---------------------------------------------------------------------------------
  ask(
    "dates",
    "j-passport",
    "my passport expires on 2027-03-09. how many days is that from christmas day 2026?",
    num(74),
  ),
  ask("dates", "j-xmas-weekday", "what day of the week is christmas 2026 on", weekday("Friday")),
  ask(
    "dates",
    "j-course-end",
    "pottery course starts monday 14 september 2026 and runs 6 weeks. when does it finish",
    any(dateIs(2026, 10, 25), dateIs(2026, 10, 26), dateIs(2026, 10, 19), dateIs(2026, 10, 23)),
  ),
  ask("dates", "j-leapling", "someone born on 29 feb 1992, how old are they on 1 march 2026?", num(34)),

  // ---- counting ------------------------------------------------------------------------------
  ask("counting", "j-ferns", "how many words are in this: please remember to water the ferns on thursday", num(8)),
  ask("counting", "j-sleepwalker", "count the e's in sleepwalker", num(3)),
  ask("counting", "j-onomatopoeia", "how many letters does onomatopoeia have", num(12)),
  ask(
    "counting",
    "j-utensils",
    "drawer has: spoons, forks, ladle, whisk, spatula, tongs. how many different things is that",
    num(6),
  ),

  // ---- word tasks ----------------------------------------------------------------------------
  ask(
    "word-tasks",
    "j-veg-sort",
    "alphabetize these for my seed list: zucchini, basil, okra, fennel, leek",
    inOrder("basil", "fennel", "leek", "okra", "zucchini"),
  ),
  ask("word-tasks", "j-parsnip", "write parsnip backwards", has("pinsrap")),
  ask(
    "word-tasks",
    "j-plurals",
    "whats the plural of cactus? and of moose",
    all(hasAny("cacti", "cactuses"), has("moose")),
  ),
  ask(
    "word-tasks",
    "j-title-case",
    "put this in title case for a book club flyer: the wind in the willows",
    has(/The Wind (?:in|In) (?:the|The) Willows/),
  ),

  // ---- random picks --------------------------------------------------------------------------
  ask("random-pick", "j-raffle", "pick a number 1-100 for the office raffle, go", pick(1, 100)),
  ask(
    "random-pick",
    "j-book-club-day",
    "book club can't agree on a date, just pick a random day of the month between 1 and 28",
    pick(1, 28),
  ),
  ask(
    "random-pick",
    "j-four-digit",
    "give me a random 4 digit number (no leading zero) for a bike lock",
    pick(1000, 9999),
  ),

  // ---- labels, yes/no ------------------------------------------------------------------------
  ask(
    "label-yes-no",
    "j-urgent",
    'label this email "urgent" or "not urgent", reply with the label only: "hey, whenever you get a sec could you send me that lentil soup recipe? zero rush"',
    onlyLabel("not urgent"),
  ),
  ask("label-yes-no", "j-whale", "is a whale a fish? yes or no only", onlyLabel("no")),
  ask(
    "label-yes-no",
    "j-mood",
    "Reply with only the mood (happy, sad or angry): 'they cancelled my flight AGAIN and nobody at the desk will even look at me'",
    onlyLabel("angry"),
  ),
  ask("label-yes-no", "j-91", "is 91 prime? yes/no", startsYesNo("no")),

  // ---- exact counts --------------------------------------------------------------------------
  ask("exact-counts", "j-roots", "list 4 root vegetables, one per line, nothing else", linesEach(4, ROOT_VEG)),
  ask(
    "exact-counts",
    "j-commute",
    "describe cycling to work in the rain in exactly 6 words",
    all(
      wordCount(6),
      marks(
        1,
        "bike",
        "cycling",
        "cycle",
        "pedal",
        "pedaling",
        "pedalling",
        "rain",
        "wet",
        "soaked",
        "puddles",
        "drenched",
        "spray",
        "commute",
        "work",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "j-basil",
    "3 tips for keeping a supermarket basil plant alive on my windowsill. bullet points, exactly 3",
    all(
      listOf(3, "bullet"),
      marks(
        1,
        "water",
        "watering",
        "sun",
        "sunlight",
        "light",
        "pot",
        "repot",
        "pinch",
        "prune",
        "soil",
        "drain",
        "leaves",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "j-cats-tables",
    "in one sentence: why do cats knock stuff off tables",
    all(sentenceCount(1), hasAny("cat", "cats", "kitty", "kitties", "feline", "felines")),
  ),

  // ---- layout --------------------------------------------------------------------------------
  ask(
    "layout",
    "j-beach-list",
    "packing list for a beach weekend, numbered, exactly 5 items",
    all(
      listOf(5, "numbered"),
      marks(
        2,
        "sunscreen",
        "sunblock",
        "swimsuit",
        "swimwear",
        "swimming",
        "towel",
        "sunglasses",
        "hat",
        "sandals",
        "flip-flops",
        "flip flops",
        "water",
        "book",
        "umbrella",
        "snacks",
      ),
    ),
  ),
  ask(
    "layout",
    "j-fridge-caps",
    "ALL CAPS pls, a one line note for the office: the fridge gets cleared out on friday, label your food",
    all(
      allCaps(),
      has("FRIDAY"),
      hasAny("FRIDGE", "REFRIGERATOR"),
      hasAny("LABEL", "LABELS", "LABELED", "LABELLED", "NAME"),
    ),
  ),
  ask(
    "layout",
    "j-landlord-subject",
    "subject line for an email asking my landlord to fix the heating, just the subject line",
    all(singleLine(), maxWords(14), hasAny("heating", "heat", "heater", "radiator", "radiators", "boiler")),
  ),
  ask(
    "layout",
    "j-tea-steps",
    "how to make a cup of tea with a teabag, in 4 numbered steps",
    all(
      listOf(4, "numbered"),
      marks(2, "kettle", "boil", "water", "mug", "cup", "bag", "teabag", "steep", "milk", "sugar"),
    ),
  ),

  // ---- creative ------------------------------------------------------------------------------
  ask(
    "creative",
    "j-traffic-haiku",
    "haiku about being stuck in traffic on a monday",
    all(
      haiku(),
      hasAny(
        "traffic",
        "car",
        "cars",
        "horn",
        "horns",
        "brake",
        "lights",
        "lanes",
        "lane",
        "jam",
        "road",
        "highway",
        "Monday",
        "engine",
        "engines",
      ),
    ),
  ),
  ask(
    "creative",
    "j-dentist-limerick",
    "write me a limerick about a dentist who keeps forgetting where he put his drill",
    all(limerick(), hasAny("dentist", "drill", "tooth", "teeth", "molar", "molars", "filling")),
  ),
  ask(
    "creative",
    "j-lighthouse-joke",
    "got a joke about a lighthouse keeper? keep it short",
    all(joke(), hasAny("lighthouse", "keeper", "light", "beacon", "lamp")),
  ),
  ask(
    "creative",
    "j-checkout-horror",
    "two-sentence horror story about a self-checkout machine",
    all(
      sentenceCount(2),
      hasAny(
        "checkout",
        "self-checkout",
        "scan",
        "scanned",
        "scanner",
        "bagging area",
        "item",
        "items",
        "receipt",
        "barcode",
        "cashier",
      ),
    ),
  ),

  // ---- name ideas ----------------------------------------------------------------------------
  ask("name-ideas", "j-sourdough", "need 4 names for my sourdough starter lol", names(4)),
  ask("name-ideas", "j-tripod-cat", "just adopted a three-legged rescue cat, give me 5 name ideas", names(5)),
  ask("name-ideas", "j-quiz-team", "our pub quiz team needs a new name, 3 options please", names(3)),

  // ---- personas ------------------------------------------------------------------------------
  chat(
    "personas",
    "j-cowboy-eggs",
    [system("You're a grizzled old cowboy. Stay in character no matter what."), user("how many eggs in a dozen")],
    all(num(12), marks(2, ...COWBOY)),
  ),
  chat(
    "personas",
    "j-coach",
    [
      developer("You are an extremely enthusiastic fitness coach. Keep replies short and hype."),
      user("skipped the gym today, feel kinda bad"),
    ],
    all(maxSentences(8), marks(2, ...COACH)),
  ),
  chat(
    "personas",
    "j-ghost",
    [
      system("You are the ghost who has haunted an old Victorian house for 150 years. Answer as the ghost."),
      user("why do the lights in the hallway keep flickering at night?"),
    ],
    all(
      marks(2, ...GHOST),
      hasAny("light", "lights", "lamp", "lamps", "flicker", "flickering", "hallway", "bulb", "bulbs"),
    ),
  ),
  chat(
    "personas",
    "j-commentator-toast",
    [
      system(
        "You are a live sports commentator. Narrate whatever the user does as if it were the final of a big match.",
      ),
      user("i'm making toast"),
    ],
    all(marks(2, ...COMMENTATOR), hasAny("toast", "toaster", "bread", "slice", "butter", "crumbs")),
  ),

  // ---- languages -----------------------------------------------------------------------------
  ask(
    "languages",
    "j-portuguese-spider",
    "in portuguese pls: how many legs does a spider have",
    all(lang("pt"), any(num(8), has("oito"))),
  ),
  chat(
    "languages",
    "j-dutch-belgium",
    [system("Reply only in Dutch."), user("what's the capital of belgium?")],
    all(lang("nl"), hasAny("Brussel", "Brussels")),
  ),
  ask(
    "languages",
    "j-french-sandwich",
    "translate to french: the dog ate my sandwich",
    all(has("chien"), has("sandwich"), has(/mang[ée]/i)),
  ),
  ask(
    "languages",
    "j-german-green",
    "respond in german please. what colour do you get when you mix blue and yellow",
    all(lang("de"), hasAny("grün", "gruen")),
  ),

  // ---- memory --------------------------------------------------------------------------------
  chat(
    "memory",
    "j-locker",
    [
      user("ok my gym locker code is 3815, don't let me forget it"),
      assistant("Noted: your locker code is 3815."),
      user("also the gym closes at 9 tonight btw"),
      assistant("Got it, the gym closes at 9."),
      user("what was my locker code again"),
    ],
    num(3815),
  ),
  chat(
    "memory",
    "j-vegans",
    [
      user("I'm cooking dinner for 6 people on saturday, 2 of them are vegan."),
      assistant("Sounds like a fun dinner! Want some ideas that work for everyone?"),
      user("maybe later. so how many non-vegans am i feeding?"),
    ],
    num(4),
  ),
  chat(
    "memory",
    "j-siblings",
    [
      user("my sister is called Ingrid and my brother is Tomasz, both coming to visit in june"),
      assistant("How nice, a family visit in June! Do you have plans for them?"),
      user("not yet. wait what did i say my brother's name was"),
    ],
    has("Tomasz"),
  ),
  chat(
    "memory",
    "j-flight",
    [
      user("flight to porto is at 6:40am on saturday, need to leave home early"),
      assistant("An early start! Aim to reach the airport about two hours before departure."),
      user("i also need to drop the dog at my mum's friday night"),
      assistant("Good idea to do that the night before."),
      user("remind me what time my flight is"),
    ],
    has(/6:40/),
  ),

  // ---- follow-ups ----------------------------------------------------------------------------
  chat(
    "follow-ups",
    "j-snake-plant",
    [
      user("suggest a houseplant that's really hard to kill"),
      assistant("A snake plant: it copes with low light and only needs watering every two to three weeks."),
      user("how often did u say to water it?"),
    ],
    all(hasAny("two", "2"), hasAny("three", "3"), hasAny("week", "weeks")),
  ),
  chat(
    "follow-ups",
    "j-chickpeas",
    [
      user("give me three dinner ideas with chickpeas"),
      assistant("1. Chickpea curry\n2. Falafel wraps\n3. Roasted chickpea salad"),
      user("the last one sounds good, what was it called again?"),
    ],
    has(/roasted chickpea salad/i),
  ),
  chat(
    "follow-ups",
    "j-double",
    [user("what's 15% of 60?"), assistant("15% of 60 is 9."), user("and double that?")],
    all(num(18), lacks("27")),
  ),
  chat(
    "follow-ups",
    "j-haiku-words",
    [
      user("write a haiku about socks"),
      assistant("Lonely single sock\nits partner lost in the wash\nwaiting by the drain"),
      user("how many words are in your haiku?"),
    ],
    num(13),
  ),

  // ---- summaries -----------------------------------------------------------------------------
  ask(
    "summaries",
    "j-field-trip",
    `can you sum this up in one sentence, i just need the gist:\n\n${FIELD_TRIP}`,
    all(
      sentenceCount(1),
      marks(2, "museum", "trip", "Thursday", "lunch", "coat", "£8", "consent", "form", "science"),
      noCopy(FIELD_TRIP),
    ),
  ),
  ask(
    "summaries",
    "j-dal",
    `shorten this recipe to exactly 3 bullet points:\n${DAL_RECIPE}`,
    all(
      listOf(3, "bullet"),
      marks(
        2,
        "lentils",
        "lentil",
        "onion",
        "garlic",
        "ginger",
        "spices",
        "turmeric",
        "cumin",
        "simmer",
        "water",
        "lemon",
        "rice",
      ),
      noCopy(DAL_RECIPE),
    ),
  ),
  ask(
    "summaries",
    "j-hoa",
    `tl;dr of these notes in under 30 words pls\n\n${HOA_NOTES}`,
    all(
      maxWords(29),
      marks(
        2,
        "recycling",
        "bins",
        "Friday",
        "parking",
        "garden",
        "volunteers",
        "bulbs",
        "lift",
        "engineer",
        "block C",
      ),
    ),
  ),
  chat(
    "summaries",
    "j-bike-chat",
    [...BIKE_CHAT, user("ok summarize what we figured out in two sentences, i'm sending it to my brother")],
    all(
      sentenceCount(2),
      hasAny("valve", "valve core"),
      hasAny("tyre", "tyres", "tire", "tires", "tube", "leak", "flat", "flats"),
      noCopy(BIKE_TEXT),
    ),
  ),

  // ---- structured outputs --------------------------------------------------------------------
  structured(
    "j-appointment",
    "pull the details out of this text from the clinic: 'Hi! Your appointment with Dr. Okafor has moved to Thursday at 9:15 at the Elmwood Clinic. Reply C to confirm.'",
    {
      doctor: { type: "string" },
      day: { type: "string", enum: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] },
      time: { type: "string" },
      clinic: { type: "string" },
    },
    json({
      doctor: isString(/Okafor/i),
      day: oneOf("Thursday"),
      time: isString(/9:15/),
      clinic: isString(/Elmwood/i),
    }),
  ),
  structured(
    "j-receipt",
    "parse this receipt line: '3 x oat milk 1L @ 2.49'",
    {
      item: { type: "string" },
      quantity: { type: "integer" },
      unit_price: { type: "number" },
      total: { type: "number" },
    },
    json({ item: isString(/oat milk/i), quantity: isInteger(3), unit_price: isNumber(2.49), total: isNumber(7.47) }),
  ),
  structured(
    "j-chile",
    "capital and continent of chile",
    { country: { type: "string" }, capital: { type: "string" }, continent: { type: "string" } },
    json({ country: isString(/^Chile$/i), capital: isString(/^Santiago/i), continent: isString(/^South America$/i) }),
  ),
  structured(
    "j-leap-2028",
    "is 2028 a leap year, and how many days does its february have",
    { year: { type: "integer" }, is_leap_year: { type: "boolean" }, february_days: { type: "integer" } },
    json({ year: isInteger(2028), is_leap_year: isBoolean(true), february_days: isInteger(29) }),
  ),

  // ---- tool round trips ----------------------------------------------------------------------
  toolTrip(
    "j-pharmacy",
    {
      question: "is the pharmacy on king st still open? need to grab ibuprofen",
      tool: "get_opening_hours",
      description: "Whether a place is open now and when it closes",
      parameters: { place: { type: "string" } },
      args: { place: "pharmacy, King St" },
      result: { place: "King St Pharmacy", open_now: true, closes_at: "21:00" },
    },
    all(hasAny("open", "yes"), has(/21:00|9\s*(?:pm|p\.m\.)|9:00/i), lacks("closed now", "is closed")),
  ),
  toolTrip(
    "j-parcel",
    {
      question: "where's my parcel, the one with the new kettle",
      tool: "track_package",
      description: "Tracking status of a parcel",
      parameters: { tracking_id: { type: "string" } },
      args: { tracking_id: "JD0048213377" },
      result: { status: "out_for_delivery", eta_window: "14:00-16:00", carrier: "Parcelway" },
    },
    all(hasAny("out for delivery", "on its way", "delivery", "being delivered"), has(/14:00|2\s*(?:pm|p\.m\.)|2:00/i)),
  ),
  toolTrip(
    "j-bus",
    {
      system: "You are a helpful transit assistant. Be brief.",
      question: "when's the next 42 bus from maple ave",
      tool: "get_arrivals",
      description: "Next bus arrivals at a stop for a route, in minutes",
      parameters: { route: { type: "string" }, stop: { type: "string" } },
      args: { route: "42", stop: "Maple Ave" },
      result: { route: "42", stop: "Maple Ave", next_arrivals_min: [6, 21] },
    },
    all(num(6), hasAny("minute", "minutes", "min", "mins")),
  ),
  toolTrip(
    "j-thermostat",
    {
      question: "set the living room to 21 degrees, it's freezing",
      tool: "set_thermostat",
      description: "Set the target temperature of a room in degrees Celsius",
      parameters: { room: { type: "string" }, target_c: { type: "number" } },
      args: { room: "living room", target_c: 21 },
      result: { room: "living room", target_c: 21, current_c: 16.5, ok: true },
    },
    all(num(21), hasAny("living room", "set", "thermostat", "heating", "warm")),
  ),

  // ---- coding --------------------------------------------------------------------------------
  ask(
    "coding",
    "j-count-vowels",
    "js function countVowels(str) that returns how many vowels (a e i o u, any case) are in a string",
    runs("countVowels", [
      [["banana"], 3],
      [["SKY"], 0],
      [["Education"], 5],
    ]),
  ),
  ask("coding", "j-upper", "what does 'abc'.toUpperCase() give you in javascript", has(/\bABC\b/)),
  ask(
    "coding",
    "j-c-to-f",
    "could you write a javascript function celsiusToF(c) that converts celsius to fahrenheit",
    runs("celsiusToF", [
      [[0], 32],
      [[100], 212],
      [[-40], -40],
    ]),
  ),

  // ---- what it cannot know -------------------------------------------------------------------
  cannot("j-leeds-train", "is the 7:15 train to leeds running on time today?"),
  cannot("j-neighbour-cake", "what did my neighbour actually think of the carrot cake i brought over"),
  cannot("j-dmv-wait", "how long is the wait at the dmv on elm road right now"),
  cannot("j-eurovision", "who's going to win eurovision next year?"),
  cannot("j-wifi", "whats my wifi password again"),
];

// What a reply longer than a bare answer must name (see `about` in checks.ts).
const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/j-neon": ["neon", "proton", "protons"],
  "arithmetic/j-48x25": ["48", "25", "times", /[×*x]/],
  "arithmetic/j-allowance": ["month", "week", "weeks", "kids", "per", /[×*x]/],
  "arithmetic/j-1000-387": ["1000", "1,000", "387", "minus", /[-−]/],
  "arithmetic/j-two-thirds": ["84", "thirds", "two thirds", "2/3", "even"],
  "percentages/j-rent": [/%|percent/i],
  "percentages/j-split-tip": ["each", "person", "per", "tip", /\$|€|£/],
  "percentages/j-sales-tax": ["tax", /%|percent/i],
  "percentages/j-quiz": [/%|percent/i],
  "conversions/j-oven": [/°F|fahrenheit|\bF\b/i],
  "conversions/j-10k": [/miles?/i],
  "conversions/j-baby": [/pounds?|\blbs?\b|ounces?|\boz\b/i],
  "conversions/j-tbsp": [/tablespoons?|tbsp/i],
  "dates/j-passport": ["day", "days"],
  "dates/j-xmas-weekday": ["Christmas", "2026", "December", "Dec"],
  "dates/j-leapling": ["old", "years", "age", "birthday"],
  "counting/j-ferns": ["word", "words"],
  "counting/j-sleepwalker": ["sleepwalker", /\be's\b|\be\b/i],
  "counting/j-onomatopoeia": ["letter", "letters", "onomatopoeia"],
  "counting/j-utensils": ["items", "things", "utensils", "tools", "different"],
  "memory/j-locker": ["locker", "code"],
  "memory/j-vegans": ["vegan", "vegans", "non-vegan", "non-vegans", "people", "guests"],
  "follow-ups/j-double": ["double", "doubled", "9", /[×*x]\s*2/],
  "follow-ups/j-haiku-words": ["word", "words"],
  "tools/j-bus": ["42", "bus", "Maple"],
  "tools/j-thermostat": ["degrees", /°|\bC\b|celsius/i],
};

export const BLIND_J: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
