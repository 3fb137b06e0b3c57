/**
 * BLIND everyday set S: prompts written without looking at the offline model, in the voices of a
 * wedding planner, a florist, a junior web developer, a choir director, a dog groomer, an exchange
 * student, a park ranger and a cafe owner.
 */
import { ask, assistant, cannot, chat, developer, structured, system, toolTrip, user } from "./build";
import {
  about,
  all,
  allCaps,
  any,
  haiku,
  has,
  hasAny,
  inOrder,
  isInteger,
  isNumber,
  isString,
  joke,
  json,
  lacks,
  lang,
  limerick,
  lineCount,
  linesOf,
  listItemsOf,
  listOf,
  marks,
  maxChars,
  maxWords,
  names,
  noCopy,
  num,
  oneOf,
  plain,
  runs,
  sentenceCount,
  singleLine,
  wordsOf,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

// ---- small checks of this set ------------------------------------------------------------------

/** The lines (without list marks) start with the letters of `word`, in order (an acrostic). */
const acrostic =
  (word: string): Check =>
  (reply) => {
    const lines = linesOf(reply.text).map((l) => l.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, "").trim());
    if (lines.length !== word.length) return `${lines.length} lines, not ${word.length}`;
    const firsts = lines.map((l) => (l.match(/\p{L}/u)?.[0] ?? "").toUpperCase()).join("");
    return firsts === word.toUpperCase() ? true : `lines start ${firsts}, not ${word}`;
  };

/** A Markdown table: a separator row and at least `rows` body rows. */
const table =
  (rows: number): Check =>
  (reply) => {
    const lines = reply.text.split("\n").filter((l) => /^\s*\|.*\|\s*$/.test(l));
    const sep = lines.filter((l) => /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(l)).length;
    if (sep !== 1) return "no Markdown table separator row";
    const body = lines.length - 2;
    return body >= rows ? true : `${body} table rows, not ${rows}`;
  };

/** A numbered list whose items start with these letters in order (the notes of a scale). */
const notes =
  (letters: string): Check =>
  (reply) => {
    const items = listItemsOf(reply.text, "numbered");
    const firsts = items.map((i) => i.trim().charAt(0).toUpperCase()).join("");
    return firsts === letters ? true : `notes ${firsts || "(none)"}, not ${letters}`;
  };

/** At most n words in the whole reply (a bare reply, no lead-in allowed). */
const tiny =
  (n: number): Check =>
  (reply) => {
    const count = wordsOf(plain(reply.text)).length;
    return count <= n ? true : `${count} words, more than ${n}`;
  };

const text = (m: { content?: unknown }[]) => m.map((x) => String(x.content)).join(" ");
const SPEAKER = hasAny("you", "user", "asked", "we", "i", "assistant");

// ---- persona marks ----------------------------------------------------------------------------

const RANGER = [
  "park",
  "trail",
  "trails",
  "wildlife",
  "animals",
  "animal",
  "ranger",
  "rules",
  "rule",
  "sign",
  "signs",
  "visitors",
  "visitor",
  "campers",
  "forest",
  "woods",
  "nature",
  "wild",
  "squirrel",
  "squirrels",
  "seen it all",
  "years",
  "kid",
  "folks",
];
const PLANNER = [
  "wedding",
  "weddings",
  "bride",
  "groom",
  "love",
  "amazing",
  "fabulous",
  "gorgeous",
  "dream",
  "perfect",
  "magical",
  "wonderful",
  "exciting",
  "excited",
  "oh my",
  "darling",
  "stunning",
  "celebrate",
  "celebration",
  "so thrilled",
  "thrilled",
  "fantastic",
  "yay",
  /!/,
];
const FLOWERS = [
  "flower",
  "flowers",
  "bloom",
  "blooms",
  "blooming",
  "petal",
  "petals",
  "rose",
  "roses",
  "tulip",
  "tulips",
  "peony",
  "peonies",
  "garden",
  "bouquet",
  "bouquets",
  "daisy",
  "daisies",
  "lily",
  "lilies",
  "sunflower",
  "sunflowers",
  "lavender",
  "seeds",
  "water",
  "watering",
  "stems",
  "vase",
  "shop",
  "florist",
];
const GROOMED_DOG = [
  "woof",
  "bark",
  "barks",
  "wag",
  "wagging",
  "tail",
  "paws",
  "paw",
  "fur",
  "bath",
  "baths",
  "suds",
  "bubbles",
  "towel",
  "treat",
  "treats",
  "sniff",
  "human",
  "dryer",
  "shampoo",
  "shake",
  "groomer",
  "good boy",
  "good girl",
  "ruff",
  "wet",
];
const CHOIR = [
  "voice",
  "voices",
  "warm-up",
  "warm up",
  "warm-ups",
  "warming up",
  "vocal",
  "vocal cords",
  "breath",
  "breathing",
  "scales",
  "pitch",
  "tune",
  "singers",
  "singing",
  "sing",
  "choir",
  "rehearsal",
  "posture",
  "muscles",
  "range",
  "tone",
  "strain",
  "throat",
];
const BARISTA = [
  "brew",
  "brewing",
  "brewed",
  "espresso",
  "latte",
  "lattes",
  "bean",
  "beans",
  "grind",
  "grinding",
  "roast",
  "roasted",
  "mug",
  "cup",
  "coffee",
  "frothy",
  "froth",
  "perk",
  "perky",
  "steam",
  "steamed",
  "barista",
  "cappuccino",
  "decaf",
  "java",
  "bitter",
  "sip",
  "filter",
  "pour",
  "buzz",
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
  "yeehaw",
  "yee-haw",
  "cowboy",
  "cattle",
  "rodeo",
  "ma'am",
  "sheriff",
  "trail",
  "dusty",
  "lasso",
  "well now",
  "giddy up",
  "darn",
  "mighty",
  "ol'",
];
const ASTRONAUT = [
  "space",
  "cadet",
  "cadets",
  "rocket",
  "orbit",
  "astronaut",
  "astronauts",
  "mission",
  "stars",
  "galaxy",
  "launch",
  "captain",
  "explorer",
  "explorers",
  "blast off",
  "spaceship",
  "solar system",
  "crew",
  "telescope",
];

// ---- texts to summarize -----------------------------------------------------------------------

const WEDDING_EMAIL =
  "Hi Jo, just confirming the changes for the Harper-Lin wedding. The ceremony moves from 3pm to 4pm because the string quartet can't get there any earlier, and the reception dinner will now start at 6:30 instead of 5:30. The florist already has the new timings, but please let the photographer and the caterer know by Wednesday. Thanks, Mel";
const PARK_NOTICE =
  "Starting June 1, campfires at Pine Hollow are allowed only in the metal fire rings at the Lakeside and Birch campgrounds. Because of the dry spring, all backcountry fires are banned until further notice. Visitors must also store food in the bear boxes provided, since two black bears have been seen near the Lakeside picnic area this month. Rangers will patrol the campgrounds every evening and can issue fines for violations.";
const GROOMING_REVIEW =
  "I've been bringing my cocker spaniel, Maple, to Suds and Scissors for two years and I'm usually thrilled. This time, though, I waited forty minutes past my appointment and her ears were cut a bit uneven. The staff apologised and gave me a discount, which I appreciated, so I'll probably come back, but I hope it was a one-off.";
const DORM = [
  user("I'm moving into a dorm in Uppsala next month for my exchange. What kitchen stuff should I bring?"),
  assistant(
    "Most Swedish student corridors have a shared kitchen, so bring a small set of your own: a pot, a frying pan, a plate, a bowl, cutlery and a mug. You can buy the rest cheaply at second-hand shops.",
  ),
  user("And do I need a bike?"),
  assistant(
    "It's very useful: Uppsala is flat and most students cycle everywhere. A used bike costs much less than a new one, and a good lock is a must.",
  ),
];
const CAFE_MEMO =
  "Team, from next Monday we're switching our milk supplier to Green Valley Dairy. Deliveries will come on Tuesdays and Fridays instead of every morning, so please check the fridge on Monday and Thursday evenings and tell me if we're running low. The oat and almond milk aren't changing. Sam";
const REHEARSAL_NOTES =
  "Altos were flat in bars 12 to 20 of 'Shenandoah', so please practise that section with the recording. The tenors finally nailed the key change in 'Hallelujah'. Remember the concert dress code: black trousers or skirt and a white shirt. Next rehearsal is Thursday at 7pm, and we'll start with the full Christmas medley.";
const PR_TEXT =
  "This PR fixes the bug where the checkout button stayed disabled after a user removed a coupon code. The cause was a stale value in the cart state, which is now recalculated whenever the coupon changes. I also added two unit tests for coupon removal and updated the README with the new environment variable COUPON_API_URL.";
const FLORIST_CALL =
  "Hi! A customer called this morning and was all over the place, so bear with me. She wants a bouquet for her mother's 70th birthday next Friday, mostly pink and white, no lilies because the cat is allergic, and she'd like it delivered to the care home before 11am. Her budget is about $60. Could you turn that into one short line I can write on the order slip?";

export const BLIND_S: EverydayPrompt[] = [
  // ---- layout ---------------------------------------------------------------------------------
  ask(
    "layout",
    "s-caps-valentine",
    "answer in ALL CAPS please: which flower do people traditionally give on Valentine's Day?",
    all(allCaps(), hasAny("ROSE", "ROSES")),
  ),
  ask(
    "layout",
    "s-seasons-bullets",
    "I'm making a planning board for next year's weddings. Can you give me a bullet list of the four seasons?",
    all(listOf(4, "bullet"), has("spring", "summer", "winter"), hasAny("autumn", "fall")),
  ),
  ask(
    "layout",
    "s-scale-numbered",
    "For my beginner choir handout: list the notes of the C major scale from C up to B as a numbered list, one note per item.",
    all(listOf(7, "numbered"), notes("CDEFGAB")),
  ),
  ask(
    "layout",
    "s-salon-subject",
    "Write an email subject line telling my grooming clients the salon is closed on Monday for the bank holiday.",
    all(singleLine(), maxWords(14), has("Monday"), hasAny("closed", "closure", "close", "closing")),
  ),
  ask(
    "layout",
    "s-hours-one-line",
    "Put our cafe hours on a single line for the door sign: Monday to Friday 7am to 3pm, Saturday 8am to 1pm, closed Sunday.",
    all(
      singleLine(),
      hasAny("Sunday", "Sun"),
      hasAny(/\b3\s*(?:pm|p\.m\.)|15:00/i),
      hasAny(/\b1\s*(?:pm|p\.m\.)|13:00/i),
      hasAny(/\b7\s*(?:am|a\.m\.)|07:00|7:00/i),
    ),
  ),
  ask(
    "layout",
    "s-trail-table",
    "Make a markdown table with two columns, Trail and Length, for these: Ridge Loop 5 km, Lake Path 3 km, Cedar Climb 8 km.",
    all(table(3), has("Ridge Loop", "Lake Path", "Cedar Climb"), has(/\b5\s*km\b/i, /\b3\s*km\b/i, /\b8\s*km\b/i)),
  ),
  ask(
    "layout",
    "s-wedding-80",
    "Describe a June garden wedding in under 80 characters.",
    all(
      maxChars(80),
      hasAny(
        "wedding",
        "bride",
        "groom",
        "vows",
        "garden",
        "roses",
        "aisle",
        "bouquet",
        "couple",
        "I do",
        "newlyweds",
        "blooms",
      ),
    ),
  ),
  ask(
    "layout",
    "s-nordic-commas",
    "list the nordic countries on one line separated by commas, nothing else pls",
    all(singleLine(), has("Denmark", "Finland", "Iceland", "Norway", "Sweden"), has(/,/)),
  ),
  chat(
    "layout",
    "s-three-bullets-system",
    [
      system("Always answer with exactly three bullet points and nothing else."),
      user("What should visitors bring on a ranger-led night hike?"),
    ],
    all(
      listOf(3, "bullet"),
      hasAny(
        "flashlight",
        "torch",
        "headlamp",
        "head torch",
        "water",
        "layers",
        "jacket",
        "warm",
        "shoes",
        "boots",
        "red light",
        "snacks",
      ),
    ),
  ),

  // ---- creative -------------------------------------------------------------------------------
  ask(
    "creative",
    "s-haiku-peonies",
    "Write a haiku about a bouquet of pink peonies.",
    all(haiku(), hasAny("peony", "peonies", "petal", "petals", "bloom", "blooms", "blossom", "pink", "bouquet")),
  ),
  ask(
    "creative",
    "s-limerick-poodle",
    "could you write a limerick about a poodle who hates bath time? its for the salon newsletter",
    all(limerick(), hasAny("poodle", "bath", "dog", "tub", "suds", "soap", "bubbles", "wet")),
  ),
  ask(
    "creative",
    "s-two-sentence-hiker",
    "Tell me a two-sentence story about a lost hiker and a park ranger.",
    all(sentenceCount(2), hasAny("hiker", "ranger"), hasAny("trail", "forest", "woods", "lost", "found", "path")),
  ),
  ask(
    "creative",
    "s-slogan-concert",
    "Write a one-line slogan for our community choir's spring concert.",
    all(
      singleLine(),
      maxWords(15),
      hasAny("sing", "song", "songs", "voices", "voice", "choir", "harmony", "harmonies", "music", "concert", "melody"),
    ),
  ),
  ask(
    "creative",
    "s-joke-coffee",
    "Tell me a joke about coffee that I can write on the cafe chalkboard.",
    all(
      joke(),
      hasAny("coffee", "espresso", "latte", "brew", "barista", "mug", "bean", "beans", "decaf", "cappuccino", "cup"),
    ),
  ),
  chat(
    "creative",
    "s-toast-three",
    [
      system("You write short pieces for a wedding planner. Keep everything brief and warm."),
      user("Write a toast for the bride and groom in exactly three sentences."),
    ],
    all(
      sentenceCount(3),
      hasAny("couple", "love", "marriage", "bride", "groom", "toast", "glass", "glasses", "cheers", "together"),
    ),
  ),
  ask(
    "creative",
    "s-homesick-poem",
    "im an exchange student and kinda homesick. write me a 4 line poem about missing home?",
    all(lineCount(4), hasAny("home", "homesick", "family", "miss", "missing", "far", "away", "mother", "mom")),
  ),
  ask(
    "creative",
    "s-acrostic-bug",
    "Write an acrostic poem for the word BUG (I'm a junior dev, make it about debugging).",
    acrostic("BUG"),
  ),

  // ---- name ideas -----------------------------------------------------------------------------
  ask("name-ideas", "s-flower-shop", "Give me 5 name ideas for a small flower shop.", names(5, true)),
  ask("name-ideas", "s-retriever", "give me 3 names for a golden retriever puppy", names(3)),
  ask("name-ideas", "s-choir", "Suggest four names for our new community choir.", names(4)),
  ask(
    "name-ideas",
    "s-trail",
    "We're opening a new hiking trail along the river in our park. I need 3 name ideas for it.",
    names(3),
  ),
  ask(
    "name-ideas",
    "s-latte-special",
    "Could you please come up with 6 names for a latte special made with cinnamon and honey?",
    names(6),
  ),
  chat(
    "name-ideas",
    "s-table-stars",
    [
      system("You help a wedding planner with table plans."),
      user("The couple loves astronomy. Give me 5 names for the reception tables, based on stars."),
    ],
    names(5),
  ),
  ask("name-ideas", "s-todo-app", "I need 2 names for my side project, a to-do list web app.", names(2)),
  chat(
    "name-ideas",
    "s-rabbits",
    [
      user("I just adopted two rabbits from the shelter!"),
      assistant("Congratulations! Rabbits are wonderful, curious companions."),
      user("Give me 4 name ideas for them, one per line."),
    ],
    names(4),
  ),

  // ---- personas -------------------------------------------------------------------------------
  chat(
    "personas",
    "s-grumpy-ranger",
    [system("You are a grumpy old park ranger who has seen it all."), user("Can I feed the squirrels?")],
    all(hasAny("no", "nope", "don't", "do not", "not", "never", "shouldn't"), marks(1, ...RANGER)),
  ),
  chat(
    "personas",
    "s-planner-sum",
    [developer("You are an overly enthusiastic wedding planner. Be very excited."), user("What's 35 plus 28?")],
    all(num(63), marks(2, ...PLANNER)),
  ),
  chat(
    "personas",
    "s-shy-florist",
    [system("You are a shy florist who can't stop talking about flowers."), user("What do you like to do after work?")],
    marks(2, ...FLOWERS),
  ),
  chat(
    "personas",
    "s-salon-dog",
    [system("You are a dog at a grooming salon. Answer as the dog."), user("How do you feel about bath day?")],
    marks(2, ...GROOMED_DOG),
  ),
  chat(
    "personas",
    "s-strict-director",
    [system("You are a strict choir director."), user("Why do we have to warm up before singing?")],
    marks(2, ...CHOIR),
  ),
  chat(
    "personas",
    "s-pun-barista",
    [system("You're a barista who talks in coffee puns."), user("Tell me about your morning.")],
    marks(2, ...BARISTA),
  ),
  chat(
    "personas",
    "s-cowboy-capital",
    [system("You are a cowboy from Texas. Talk like one."), user("What's the capital of Mexico?")],
    all(has("Mexico City"), marks(1, ...COWBOY)),
  ),
  chat(
    "personas",
    "s-astronaut-hottest",
    [
      system("You are Captain Nova, a friendly astronaut who explains space to kids."),
      user("What planet do we live on?"),
      assistant("We live on Earth, space cadet! It's the third planet from the Sun."),
      user("And which planet is the hottest?"),
    ],
    all(has("Venus"), marks(1, ...ASTRONAUT)),
  ),

  // ---- languages ------------------------------------------------------------------------------
  ask(
    "languages",
    "s-spanish-portugal",
    "Answer in Spanish please: what's the capital of Portugal?",
    all(lang("es"), hasAny("Lisboa", "Lisbon")),
  ),
  chat(
    "languages",
    "s-german-minutes",
    [system("Reply only in German."), user("How many minutes are in an hour?")],
    all(lang("de"), any(num(60), has("sechzig"))),
  ),
  ask(
    "languages",
    "s-french-flowers",
    "How do I say 'the flowers are fresh today' in French? It's for a sign in the shop window.",
    all(has(/\bfleurs\b/i, /fra[iî]ch/i), hasAny(/aujourd'?\s?hui/i, /du jour/i)),
  ),
  ask(
    "languages",
    "s-italian-ocean",
    "Answer in Italian with a full sentence: what is the largest ocean on Earth?",
    all(lang("it"), has("Pacifico")),
  ),
  ask(
    "languages",
    "s-portuguese-week",
    "Responda em português, por favor: quantos dias tem uma semana?",
    all(lang("pt"), any(num(7), has("sete"))),
  ),
  chat(
    "languages",
    "s-dutch-boiling",
    [
      system("Je bent een behulpzame assistent. Antwoord altijd in het Nederlands."),
      user("At what temperature in Celsius does water boil at sea level?"),
    ],
    all(lang("nl"), num(100)),
  ),
  ask("languages", "s-japanese-thanks", "How do you say 'thank you' in Japanese?", has(/ありがとう|arigat[oō]/i)),
  chat(
    "languages",
    "s-spanish-bill",
    [
      user("I just arrived in Madrid for my exchange semester!"),
      assistant("Welcome to Madrid! It's a lively city with great food. Let me know if you need help with anything."),
      user("How do I politely ask the waiter for the bill in Spanish?"),
    ],
    has(/la cuenta/i),
  ),

  // ---- memory ---------------------------------------------------------------------------------
  chat(
    "memory",
    "s-wedding-tables",
    [
      user("The Okafor wedding is on Saturday the 12th and there will be 140 guests."),
      assistant("Got it: Saturday the 12th, 140 guests. How can I help with the planning?"),
      user("We're seating 10 people at each table. How many tables do we need?"),
    ],
    about(num(14), "table", "tables"),
  ),
  chat(
    "memory",
    "s-lily-boxes",
    [
      user("For Mother's Day I ordered 3 boxes of tulips, 2 boxes of lilies and 5 boxes of roses from the wholesaler."),
      assistant("That's a good spread for Mother's Day. Anything else you'd like to plan?"),
      user("wait how many boxes of lilies did i order?"),
    ],
    about(num(2), "lilies", "lily", "box", "boxes"),
  ),
  chat(
    "memory",
    "s-husky-name",
    [
      user("My next client is a schnauzer called Otto, and after him a husky called Juno at 2pm."),
      assistant("Noted: Otto the schnauzer first, then Juno the husky at 2pm."),
      user("Remind me, what's the husky's name?"),
    ],
    has("Juno"),
  ),
  chat(
    "memory",
    "s-hometown",
    [
      user("Hi! I'm from Osaka and I'm staying with a host family in Lyon this year."),
      assistant("How exciting! Lyon is famous for its food. How are you settling in?"),
      user("Pretty well, but my host mom cooks way too much food lol."),
      assistant("That sounds like a very welcoming host family!"),
      user("Haha yes. Remind me, where am I originally from?"),
    ],
    has("Osaka"),
  ),
  chat(
    "memory",
    "s-dev-port",
    [
      user("My project is called ember-notes and the dev server runs on port 5173."),
      assistant("Thanks! ember-notes on port 5173. What are you working on?"),
      user("Trying to open it in the browser but I forgot, which port did I say?"),
    ],
    num(5173),
  ),
  chat(
    "memory",
    "s-oat-milk",
    [
      user("Our oat milk costs $4 a carton and we go through 6 cartons a day."),
      assistant("That's quite a lot of oat milk. Your customers must love it!"),
      user("So what do we spend on oat milk per day?"),
    ],
    about(num(24), "oat", "milk", "day", "cartons", /\$/),
  ),
  chat(
    "memory",
    "s-choir-total",
    [
      user("This term we have 12 sopranos, 9 altos, 7 tenors and 8 basses."),
      assistant("A nicely balanced choir!"),
      user("How many singers is that altogether?"),
    ],
    about(num(36), "singers", "singer", "total", "altogether", "choir", "voices"),
  ),
  chat(
    "memory",
    "s-ranger-patrol",
    [
      system("You are the assistant for the Pine Hollow visitor center."),
      user("Hi, I'm Ranger Delgado. I patrol the north ridge."),
      assistant("Hello, Ranger Delgado! How can I help you today?"),
      user("Quick test: what's my name and which area do I patrol?"),
    ],
    all(has("Delgado"), has(/north ridge/i)),
  ),

  // ---- follow-ups -----------------------------------------------------------------------------
  chat(
    "follow-ups",
    "s-korea",
    [user("What's the capital of Japan?"), assistant("The capital of Japan is Tokyo."), user("and south korea?")],
    all(has("Seoul"), lacks("Pyongyang")),
  ),
  chat(
    "follow-ups",
    "s-second-flower",
    [
      user("Give me three flowers for a spring wedding bouquet."),
      assistant("1. Peonies\n2. Ranunculus\n3. Sweet peas"),
      user("Which one was the second?"),
    ],
    all(has("Ranunculus"), lacks("Sweet peas")),
  ),
  chat(
    "follow-ups",
    "s-shorter-slogan",
    [
      user("Write a short slogan for my dog grooming salon."),
      assistant("Clean pups, happy tails, every single time!"),
      user("Shorter please, three words max."),
    ],
    all(
      tiny(3),
      hasAny(
        "pup",
        "pups",
        "dog",
        "dogs",
        "tail",
        "tails",
        "clean",
        "groom",
        "groomed",
        "paws",
        "fluffy",
        "fresh",
        "happy",
        "wag",
      ),
    ),
  ),
  chat(
    "follow-ups",
    "s-ant-legs",
    [user("How many legs does a spider have?"), assistant("A spider has 8 legs."), user("And an ant?")],
    about(num(6), "ant", "ants", "legs", "insect"),
  ),
  chat(
    "follow-ups",
    "s-km-ten",
    [user("Convert 5 km to miles."), assistant("5 km is about 3.11 miles."), user("now do 10")],
    about(num(6.21, 0.02), "miles", "mile", "mi", "km"),
  ),
  chat(
    "follow-ups",
    "s-css",
    [user("What does HTML stand for?"), assistant("HTML stands for HyperText Markup Language."), user("ok and CSS?")],
    has(/Cascading\s+Style\s+Sheets?/i),
  ),
  chat(
    "follow-ups",
    "s-reverse-planets",
    [
      user("Name the first four planets from the sun."),
      assistant("Mercury, Venus, Earth and Mars."),
      user("Now list them in reverse order."),
    ],
    inOrder("Mars", "Earth", "Venus", "Mercury"),
  ),
  chat(
    "follow-ups",
    "s-caps-poster",
    [
      user("Write a two-line rhyme for our choir's bake sale poster."),
      assistant("Come for the cakes, stay for the song,\nour choir bake sale won't last long!"),
      user("Great, now put it all in capital letters."),
    ],
    all(allCaps(), has("CAKES"), hasAny("SONG", "LONG")),
  ),

  // ---- summaries ------------------------------------------------------------------------------
  ask(
    "summaries",
    "s-wedding-email",
    `Can you sum up this email in one sentence? ${WEDDING_EMAIL}`,
    all(
      sentenceCount(1),
      marks(
        2,
        "ceremony",
        "reception",
        "dinner",
        "wedding",
        "photographer",
        "caterer",
        "quartet",
        "Wednesday",
        "later",
        "moved",
        "4pm",
        "4 pm",
        "6:30",
      ),
      noCopy(WEDDING_EMAIL),
    ),
  ),
  ask(
    "summaries",
    "s-park-notice",
    `Summarize this notice in exactly 3 bullet points for the visitor center board:\n\n${PARK_NOTICE}`,
    all(
      listOf(3, "bullet"),
      marks(
        2,
        "fire",
        "fires",
        "campfire",
        "campfires",
        "bear",
        "bears",
        "food",
        "fire rings",
        "backcountry",
        "fines",
        "patrol",
        "rangers",
      ),
      noCopy(PARK_NOTICE),
    ),
  ),
  ask(
    "summaries",
    "s-grooming-review",
    `A client left this review. tl;dr in under 20 words so I can pin it in my notes: "${GROOMING_REVIEW}"`,
    all(
      maxWords(20),
      marks(
        2,
        "wait",
        "waited",
        "waiting",
        "late",
        "delay",
        "ears",
        "uneven",
        "discount",
        "apologised",
        "apologized",
        "return",
        "back",
        "usually",
        "happy",
        "spaniel",
        "Maple",
      ),
      noCopy(GROOMING_REVIEW),
    ),
  ),
  chat(
    "summaries",
    "s-dorm-convo",
    [...DORM, user("ok can u summarize this convo in 2 sentences")],
    all(sentenceCount(2), has("Uppsala"), hasAny("bike", "bicycle", "cycle", "cycling"), SPEAKER, noCopy(text(DORM))),
  ),
  ask(
    "summaries",
    "s-cafe-memo",
    `What's the main point of this memo I wrote for my staff? One sentence please.\n\n${CAFE_MEMO}`,
    all(
      sentenceCount(1),
      marks(
        2,
        "milk",
        "supplier",
        "Green Valley",
        "dairy",
        "deliveries",
        "delivery",
        "Tuesdays",
        "Fridays",
        "Tuesday",
        "Friday",
        "switching",
        "new",
      ),
      noCopy(CAFE_MEMO),
    ),
  ),
  chat(
    "summaries",
    "s-rehearsal",
    [
      system("You are the assistant of a community choir director. Keep summaries short."),
      user(`Summarize tonight's rehearsal notes in two sentences for the singers: ${REHEARSAL_NOTES}`),
    ],
    all(
      sentenceCount(2),
      marks(
        2,
        "altos",
        "tenors",
        "Shenandoah",
        "Hallelujah",
        "concert",
        "Thursday",
        "dress code",
        "black",
        "white",
        "rehearsal",
        "practise",
        "practice",
        "medley",
      ),
      noCopy(REHEARSAL_NOTES),
    ),
  ),
  ask(
    "summaries",
    "s-pr-manager",
    `Can you explain this pull request to my non-technical manager in under 30 words?\n\n${PR_TEXT}`,
    all(
      maxWords(30),
      marks(
        2,
        "checkout",
        "button",
        "coupon",
        "coupons",
        "bug",
        "fixed",
        "fix",
        "fixes",
        "tests",
        "customers",
        "users",
        "discount",
        "code",
      ),
      noCopy(PR_TEXT),
    ),
  ),
  ask(
    "summaries",
    "s-order-slip",
    FLORIST_CALL,
    all(
      singleLine(),
      maxWords(30),
      has("pink"),
      hasAny("lilies", "lily", "lily-free"),
      hasAny("Friday", "Fri"),
      num(60),
      noCopy(FLORIST_CALL),
    ),
  ),

  // ---- structured outputs ---------------------------------------------------------------------
  structured(
    "s-wedding-extract",
    "Pull out the details from this note: 'Amara and Tom are getting married on 14 June at Willow Barn with 85 guests.'",
    {
      couple: { type: "array", items: { type: "string" } },
      venue: { type: "string" },
      guests: { type: "integer" },
    },
    json({
      couple: (v) =>
        Array.isArray(v) && v.some((x) => /Amara/i.test(String(x))) && v.some((x) => /Tom/i.test(String(x)))
          ? true
          : `${JSON.stringify(v)} does not name Amara and Tom`,
      venue: isString(/Willow Barn/i),
      guests: isInteger(85),
    }),
  ),
  structured(
    "s-flower-order",
    "A customer wants a dozen yellow tulips. Fill in the order.",
    { flower: { type: "string" }, color: { type: "string" }, quantity: { type: "integer" } },
    json({ flower: isString(/tulip/i), color: isString(/^yellow$/i), quantity: isInteger(12) }),
  ),
  structured(
    "s-dog-appointment",
    "Extract the booking from this text message: 'hi can I book Rufus, he's a beagle, for Thursday at 10:15? thx'",
    {
      dog_name: { type: "string" },
      breed: { type: "string" },
      day: { type: "string", enum: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] },
      time: { type: "string" },
    },
    json({
      dog_name: isString(/^Rufus$/i),
      breed: isString(/^beagle$/i),
      day: oneOf("Thursday"),
      time: isString(/10:15/),
    }),
  ),
  structured(
    "s-korea-capital",
    "I'm doing my exchange in South Korea next year. What's its capital, and on which continent is it?",
    { country: { type: "string" }, capital: { type: "string" }, continent: { type: "string" } },
    json({ country: isString(/Korea/i), capital: isString(/^Seoul$/i), continent: isString(/^Asia$/i) }),
  ),
  structured(
    "s-cafe-bill",
    "A customer ordered 2 lattes at $4.50 each and one blueberry muffin at $3. How many items, and what's the total?",
    { items: { type: "integer" }, total: { type: "number" } },
    json({ items: isInteger(3), total: isNumber(12) }),
  ),
  structured(
    "s-voice-part",
    "Which voice part is the highest female voice in a choir?",
    { voice_part: { type: "string", enum: ["soprano", "alto", "tenor", "bass"] } },
    json({ voice_part: oneOf("soprano") }),
  ),
  structured(
    "s-trail-km",
    "The Eagle Ridge trail is 6 miles long. How long is it in kilometres?",
    { miles: { type: "number" }, kilometres: { type: "number" } },
    json({ miles: isNumber(6), kilometres: isNumber(9.66, 0.05) }),
  ),
  structured(
    "s-http-status",
    "What does HTTP status 404 mean?",
    { code: { type: "integer" }, meaning: { type: "string" }, is_error: { type: "boolean" } },
    json({
      code: isInteger(404),
      meaning: isString(/not found/i, 200),
      is_error: (v) => (v === true ? true : `${JSON.stringify(v)}, not true`),
    }),
    [system("You help a junior web developer. Keep answers short.")],
  ),

  // ---- tool round trips -----------------------------------------------------------------------
  toolTrip(
    "s-venue-weather",
    {
      system: "You are an assistant for a wedding planner.",
      question: "Will the weather be ok for the outdoor ceremony in Napa on Saturday?",
      tool: "get_forecast",
      description: "Weather forecast for a city on a given day",
      parameters: { city: { type: "string" }, day: { type: "string" } },
      args: { city: "Napa", day: "Saturday" },
      result: { city: "Napa", day: "Saturday", temperature_c: 24, conditions: "sunny", chance_of_rain: 0 },
    },
    all(any(num(24), num(75, 1)), hasAny("sunny", "sun", "sunshine", "clear")),
  ),
  toolTrip(
    "s-peony-stock",
    {
      question: "Do we have enough peonies for 3 bouquets of 5 stems each?",
      tool: "check_inventory",
      description: "How many stems of a flower are in stock",
      parameters: { flower: { type: "string" } },
      args: { flower: "peonies" },
      result: { flower: "peonies", in_stock: 18 },
    },
    all(
      hasAny("yes", "enough", "plenty", "covers", "cover", "spare", "left over", "leftover", "more than"),
      lacks(/not enough|aren't enough|isn't enough|short by|\bno,/i),
    ),
  ),
  toolTrip(
    "s-thursday-dogs",
    {
      question: "How many dogs am I grooming on Thursday, and who's first?",
      tool: "get_appointments",
      description: "Grooming appointments on a given day",
      parameters: { day: { type: "string" } },
      args: { day: "Thursday" },
      result: {
        appointments: [
          { dog: "Bella", breed: "shih tzu", time: "09:00" },
          { dog: "Max", breed: "labrador", time: "11:30" },
          { dog: "Coco", breed: "poodle", time: "14:00" },
        ],
      },
    },
    all(num(3), has("Bella")),
  ),
  toolTrip(
    "s-euro-yen",
    {
      question: "How many yen will I get for 50 euros?",
      tool: "convert_currency",
      description: "Convert an amount between currencies at today's rate",
      parameters: { amount: { type: "number" }, from: { type: "string" }, to: { type: "string" } },
      args: { amount: 50, from: "EUR", to: "JPY" },
      result: { amount: 8125, currency: "JPY", rate: 162.5 },
    },
    all(num(8125), has(/¥|\byen\b|\bJPY\b/i)),
  ),
  toolTrip(
    "s-trail-status",
    {
      question: "Is the Eagle Ridge trail open today?",
      tool: "get_trail_status",
      description: "Current status of a park trail",
      parameters: { trail: { type: "string" } },
      args: { trail: "Eagle Ridge" },
      result: { trail: "Eagle Ridge", status: "closed", reason: "rockfall", reopens: "next Monday" },
    },
    all(
      hasAny("closed", "not open", "isn't open", "closure"),
      hasAny("rockfall", "rock fall", "rocks", "falling rock"),
    ),
  ),
  toolTrip(
    "s-best-seller",
    {
      system: "You are the assistant for Bean There, a small cafe.",
      question: "What was our best-selling drink yesterday?",
      tool: "get_sales",
      description: "Drinks sold on a given day",
      parameters: { day: { type: "string" } },
      args: { day: "yesterday" },
      result: { cappuccino: 42, latte: 57, espresso: 19, flat_white: 33 },
    },
    all(hasAny("latte", "lattes"), any(num(57), hasAny("best-selling", "best seller", "most popular", "top"))),
  ),
  toolTrip(
    "s-build",
    {
      question: "did my build on main pass?",
      tool: "get_build_status",
      description: "The latest CI build of a branch",
      parameters: { branch: { type: "string" } },
      args: { branch: "main" },
      result: { branch: "main", status: "failed", failed_tests: 2, duration_s: 94 },
    },
    hasAny(/\bfail(?:ed|ing|s)?\b/i, /did(?:n't| not) pass/i),
  ),
  toolTrip(
    "s-concert-when",
    {
      question: "When and where is our Christmas concert?",
      tool: "search_calendar",
      description: "Search the choir's calendar",
      parameters: { query: { type: "string" } },
      args: { query: "Christmas concert" },
      result: {
        events: [{ title: "Christmas concert", date: "2026-12-12", start: "19:00", venue: "St. Mary's Hall" }],
      },
    },
    all(has(/19:00|\b7(?::00)?\s*(?:pm|p\.m\.)/i), has(/St\.? Mary/i)),
  ),

  // ---- small coding asks ----------------------------------------------------------------------
  ask(
    "coding",
    "s-slugify",
    "Write a JavaScript function slugify(title) that lowercases a blog post title and replaces spaces with hyphens.",
    runs("slugify", [
      [["Hello World"], "hello-world"],
      [["My First Post"], "my-first-post"],
    ]),
  ),
  ask(
    "coding",
    "s-c-to-f",
    "write a typescript function celsiusToFahrenheit(c: number) for our trail weather widget",
    runs("celsiusToFahrenheit", [
      [[0], 32],
      [[100], 212],
      [[-40], -40],
    ]),
  ),
  ask(
    "coding",
    "s-string-plus",
    "Quick one: what does '5' + 3 give in JavaScript?",
    all(has(/\b53\b/), lacks(/^\s*8\b/)),
  ),
  ask(
    "coding",
    "s-count-vowels",
    "Write a JS function countVowels(str) that counts the vowels (a, e, i, o, u) in a string, ignoring case.",
    runs("countVowels", [
      [["Bouquet"], 4],
      [["rhythm"], 0],
      [["AEIOU"], 5],
    ]),
  ),
  ask(
    "coding",
    "s-center-div",
    "How do I center a div horizontally with CSS?",
    hasAny(
      /margin(?:-left|-right|-inline)?\s*:\s*(?:0\s+)?auto/i,
      /justify-content\s*:\s*center/i,
      /place-(?:items|content|self)\s*:\s*center/i,
    ),
  ),
  ask(
    "coding",
    "s-tip-amount",
    "I run a cafe and I'm learning JS. Could you write a function tipAmount(bill, percent) that returns the tip?",
    runs("tipAmount", [
      [[50, 20], 10],
      [[80, 15], 12],
    ]),
  ),
  ask(
    "coding",
    "s-dog-years",
    "Write a JavaScript function dogYears(age) that returns a dog's age in dog years (multiply by 7).",
    runs("dogYears", [
      [[3], 21],
      [[10], 70],
    ]),
  ),
  chat(
    "coding",
    "s-add-bug",
    [user("I wrote this:\n\nfunction add(a, b) { return a - b }\n\nbut add(2, 3) gives -1 instead of 5?? whats wrong")],
    hasAny(/a\s*\+\s*b/, /subtract|minus|\bsign\b|\boperator\b/i),
  ),

  // ---- what it cannot know --------------------------------------------------------------------
  cannot("s-napa-forecast", "What will the weather be in Napa next Saturday for my clients' wedding?"),
  cannot("s-tulip-auction", "How many tulips did the Aalsmeer flower auction sell this morning?"),
  cannot("s-euro-yen-now", "what's the euro to yen exchange rate right now?"),
  cannot(
    "s-groom-rate",
    "I've been grooming dogs from my garage for a year and I'm finally thinking of renting a proper unit. My partner thinks I'm undercharging, but I honestly have no idea. What's the going rate for a full groom in Leeds at the moment?",
  ),
  cannot("s-soprano-vote", "Which song did my choir's sopranos vote for at last night's rehearsal?"),
  cannot("s-cafe-takings", [
    system("You are a helpful assistant for a small cafe."),
    user("How much did we take at the till yesterday?"),
  ]),
  cannot("s-cardiff-winner", "Who won the choir competition in Cardiff this weekend?"),
  cannot("s-ridge-crowds", "How many people are hiking on the Eagle Ridge trail right now?"),
];
