/**
 * A BLIND everyday set (o), written without looking at the offline model: prompts a music teacher,
 * a farmer, a software tester, a wedding planner, a librarian, a teenager on a phone, a landlord and
 * a food bank volunteer might type into a notebook's "try your own" cell.
 */
import { ask, assistant, cannot, chat, developer, structured, system, toolTrip, user } from "./build";
import {
  all,
  allCaps,
  any,
  has,
  hasAny,
  haiku,
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
  lineCount,
  linesEach,
  linesOf,
  listItemsOf,
  listOf,
  marks,
  maxSentences,
  maxWords,
  names,
  noCopy,
  num,
  oneOf,
  plain,
  runs,
  sentenceCount,
  singleLine,
  stringArray,
  wordsOf,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

// ---- local checks ----------------------------------------------------------------------------

/** A Markdown table: a header row with these column names, and at least `rows` body rows. */
const table =
  (columns: string[], rows: number): Check =>
  (reply) => {
    const lines = reply.text.split("\n").filter((l) => /^\s*\|.*\|\s*$/.test(l));
    if (lines.length === 0) return "no table";
    const header = plain(lines[0]).toLowerCase();
    const missing = columns.filter((c) => !header.includes(c.toLowerCase()));
    if (missing.length > 0) return `header lacks ${missing.join(", ")}`;
    const body = lines.slice(1).filter((l) => !/^\s*\|[\s:|-]+\|\s*$/.test(l));
    return body.length >= rows ? true : `${body.length} table rows, not ${rows}`;
  };

/** An acrostic: one line per letter of the word, each starting with that letter. */
const acrostic =
  (word: string): Check =>
  (reply) => {
    let lines = linesOf(reply.text).map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim());
    // A title line holding just the word ("RAIN") may come first.
    if (lines.length === word.length + 1 && lines[0].replace(/[^\p{L}]/gu, "").toUpperCase() === word.toUpperCase())
      lines = lines.slice(1);
    if (lines.length !== word.length) return `${lines.length} lines, not ${word.length}`;
    const bad = lines.findIndex((l, i) => l[0]?.toUpperCase() !== word[i].toUpperCase());
    return bad < 0 ? true : `line ${bad + 1} does not start with ${word[bad]}`;
  };

/** Every list item is at most n words long. */
const itemsAtMost =
  (n: number): Check =>
  (reply) => {
    const long = listItemsOf(reply.text).find((item) => wordsOf(item).length > n);
    return long === undefined ? true : `item "${long.slice(0, 40)}" is longer than ${n} words`;
  };

const EMOJI = /\p{Extended_Pictographic}/u;

// ---- the pasted texts --------------------------------------------------------------------------

const CO_OP_NOTICE =
  "Starting this Saturday, the Greenfield Farmers' Co-op will move its weekly market from the church car park to the old fire station on Mill Lane, because the church is repaving its lot. The market hours stay the same, 8am to 1pm every Saturday, and all the usual stalls will be there. Parking at the fire station is limited, so members are asked to walk or cycle if they can, and there will be a free shuttle from the train station.";

const BUG_REPORT =
  "Steps: I logged in as a guest user on Android 14, added two items to the cart, and applied the coupon SAVE10. Expected: the total drops by 10%. Actual: the total stays the same, and when I tap Checkout the app freezes for about 20 seconds before showing a blank screen. It happens every time on Android but I could not reproduce it on iOS or on the website.";

const FLORIST_EMAIL =
  "Hi Jess, just a quick update from the venue. The caterers have confirmed the menu, but the florist says peonies won't be in season in October, so she is suggesting dahlias and garden roses instead, which she can show you at the tasting next Thursday at 3pm. Could you also send me the final guest count by Friday so I can confirm the seating chart? Thanks, Marta";

const LEASE_CLAUSE =
  "The Tenant shall not keep or permit to be kept on the Premises any animal, bird or reptile without the prior written consent of the Landlord, such consent not to be unreasonably withheld, save that this clause shall not apply to assistance animals.";

const RECITAL_LETTER =
  "Dear parents, the spring recital will take place on Sunday 18 May at 2pm in the school hall. Each student will play one piece, and the whole program should last about ninety minutes. Please make sure your child arrives by 1:30 for a short warm-up, dressed in black and white. Family and friends are welcome, and entry is free, though we will collect donations for new music stands.";

const SLEEP_ARTICLE =
  "Scientists say teenagers' body clocks shift during puberty, so they naturally feel sleepy later at night and struggle to wake up early. Most teens need eight to ten hours of sleep, but many get fewer than seven on school nights. Some schools that moved their start time later found that students were less tired, had fewer car accidents and even got slightly better grades.";

const BORROWING_POLICY =
  "Borrowers may check out up to ten items at a time. Books can be kept for three weeks and renewed twice online or by phone, unless another borrower has placed a hold. DVDs are lent for one week and cannot be renewed. Lost or damaged items must be paid for at the replacement cost shown in the catalogue.";

const FIRST_SHIFT = [
  user("Hi, I'm new at the food bank. What should I wear for my first shift sorting donations?"),
  assistant(
    "Wear closed-toe shoes and comfortable clothes you don't mind getting dusty. Tie long hair back, and leave jewellery at home because you'll be lifting boxes.",
  ),
  user("Should I bring anything?"),
  assistant("Just a water bottle and maybe a snack. Gloves and aprons are provided at the warehouse."),
];
const FIRST_SHIFT_TEXT =
  "Wear closed-toe shoes and comfortable clothes you don't mind getting dusty. Tie long hair back, and leave jewellery at home because you'll be lifting boxes. Just a water bottle and maybe a snack. Gloves and aprons are provided at the warehouse.";

// ---- persona marks -------------------------------------------------------------------------------

const OLD_FARMER = [
  "farm",
  "farmer",
  "field",
  "fields",
  "tractor",
  "barn",
  "crop",
  "crops",
  "soil",
  "dirt",
  "back in my day",
  "sonny",
  "young'un",
  "youngster",
  "whippersnapper",
  "kid",
  "cows",
  "chickens",
  "harvest",
  "seed",
  "seeds",
  "frost",
  "dang",
  "reckon",
  "ain't",
  "yer",
  "ya",
  "ground",
  "land",
  "mud",
  "years",
  "seen",
  "folks",
  "greenhorn",
  "city folk",
  "I tell ya",
  "I tell you",
];
const PIANO_TEACHER = [
  "practice",
  "practise",
  "practising",
  "practicing",
  "scales",
  "piano",
  "keys",
  "metronome",
  "lesson",
  "lessons",
  "student",
  "discipline",
  "daily",
  "every day",
  "music",
  "Mozart",
  "Beethoven",
  "Schubert",
  "Vienna",
  "fingers",
  "ja",
  "mein",
  "sehr",
  "gut",
  "bitte",
  "nein",
  "liebling",
  "progress",
  "patience",
];
const FLOWERS = [
  "flower",
  "flowers",
  "rose",
  "roses",
  "peony",
  "peonies",
  "bouquet",
  "bouquets",
  "bloom",
  "blooms",
  "blooming",
  "petals",
  "floral",
  "lilies",
  "dahlias",
  "sunflowers",
  "hydrangeas",
  "centerpiece",
  "centerpieces",
  "centrepiece",
  "centrepieces",
  "garland",
  "blossom",
  "blossoms",
  "garden",
  "lavender",
];
const PRIM_LIBRARIAN = [
  "shh",
  "shhh",
  "shush",
  "hush",
  "quiet",
  "quietly",
  "lower your voice",
  "voice",
  "young man",
  "young lady",
  "dear",
  "library",
  "section",
  "shelf",
  "shelves",
  "aisle",
  "nonfiction",
  "non-fiction",
  "Dewey",
  "567",
  "catalogue",
  "catalog",
  "card catalog",
  "kindly",
  "whisper",
  "decorum",
  "if you please",
  "indeed",
  "madam",
  "sir",
];
const BIG_SISTER = [
  "lol",
  "omg",
  "kiddo",
  "babe",
  "sis",
  "dude",
  "you got this",
  "you've got this",
  "gonna",
  "totally",
  "haha",
  "easy peasy",
  "no worries",
  "super",
  "ok so",
  "okay so",
  "literally",
  "hey",
  "lil",
  "bestie",
];
const LIGHTHOUSE = [
  "lighthouse",
  "lamp",
  "keeper",
  "gull",
  "gulls",
  "Gull Rock",
  "sea",
  "waves",
  "storm",
  "ships",
  "fog",
  "lantern",
  "tide",
  "wind",
  "island",
  "lad",
  "lass",
  "beacon",
  "shore",
  "forty years",
  "salt",
  "aye",
];

// ---- the prompts -------------------------------------------------------------------------------

export const BLIND_O: EverydayPrompt[] = [
  // ---- layout --------------------------------------------------------------------------------
  ask(
    "layout",
    "o-c-major-lines",
    "Could you please list the seven notes of the C major scale, one per line, starting from C?",
    all(linesEach(7, /^[A-G](?![a-z])/), inOrder("C", "D", "E", "F", "G", "A", "B")),
  ),
  ask(
    "layout",
    "o-caps-chicken",
    "ANSWER IN ALL CAPS PLEASE my hands are muddy: how many legs does a chicken have",
    all(allCaps(), num(2), any(maxWords(3), hasAny("leg", "legs", "chicken", "chickens", "hen", "hens"))),
  ),
  ask(
    "layout",
    "o-book-table",
    "Make a markdown table with two columns, Title and Author, for these three books: Pride and Prejudice (Jane Austen), Moby-Dick (Herman Melville), Jane Eyre (Charlotte Brontë).",
    all(table(["Title", "Author"], 3), has("Austen", "Melville", "Moby-Dick"), hasAny("Brontë", "Bronte")),
  ),
  ask(
    "layout",
    "o-emergency-kit",
    "I need a numbered checklist of exactly 5 things to pack in a wedding-day emergency kit (safety pins etc). Just the list, no intro please.",
    all(
      listOf(5, "numbered"),
      marks(
        2,
        "safety pins",
        "pins",
        "bobby pins",
        "tissues",
        "sewing kit",
        "needle",
        "thread",
        "tape",
        "double-sided tape",
        "stain remover",
        "stain",
        "painkillers",
        "pain relievers",
        "plasters",
        "band-aids",
        "bandages",
        "deodorant",
        "mints",
        "hairspray",
        "water",
        "snacks",
        "charger",
        "phone charger",
        "scissors",
        "lint roller",
        "umbrella",
        "comb",
        "makeup",
        "wipes",
        "blotting papers",
        "glue",
        "super glue",
        "clear nail polish",
        "nail polish",
        "hair ties",
        "first aid",
        "lip balm",
        "sunscreen",
        "breath mints",
        "shoe inserts",
        "flip flops",
        "flats",
      ),
    ),
  ),
  ask(
    "layout",
    "o-sunset-caption",
    "ok give me a caption for my pic of the sunset at the lake, ONE line, under 10 words, no hashtags",
    all(
      singleLine(),
      maxWords(9),
      lacks(/#\p{L}/u),
      hasAny(
        "sunset",
        "sun",
        "lake",
        "golden",
        "gold",
        "sky",
        "water",
        "dusk",
        "evening",
        "glow",
        "horizon",
        "light",
        "shore",
        "orange",
        "day",
      ),
    ),
  ),
  ask(
    "layout",
    "o-pantry-abc",
    "Please put these in alphabetical order and give them back as one comma-separated line: rice, beans, pasta, oats, canned tuna, apples.",
    all(singleLine(), inOrder("apples", "beans", "canned tuna", "oats", "pasta", "rice")),
  ),
  ask(
    "layout",
    "o-move-out-bullets",
    "Give me a bullet list of 4 things a tenant should check before moving out of a flat. Keep each bullet under 8 words.",
    all(
      listOf(4, "bullet"),
      itemsAtMost(7),
      marks(
        2,
        "clean",
        "cleaned",
        "oven",
        "keys",
        "meter",
        "meters",
        "walls",
        "damage",
        "fridge",
        "carpet",
        "carpets",
        "windows",
        "bins",
        "photos",
        "belongings",
        "deposit",
        "repairs",
        "holes",
        "mould",
        "mold",
        "rubbish",
        "trash",
        "floors",
        "inventory",
        "utilities",
        "bathroom",
        "kitchen",
        "appliances",
        "lights",
        "bulbs",
        "forwarding address",
        "mail",
        "smoke alarms",
        "nails",
        "stains",
      ),
    ),
  ),
  ask(
    "layout",
    "o-test-steps",
    "Format this as numbered steps, one step per line, without changing the words: open the app, tap Login, enter a wrong password, tap Submit, check the error message",
    all(
      listOf(5, "numbered"),
      inOrder("open the app", "tap login", "enter a wrong password", "tap submit", "check the error message"),
    ),
  ),

  // ---- creative ------------------------------------------------------------------------------
  ask(
    "creative",
    "o-haiku-tractor",
    "write a haiku about my old tractor starting up on a frosty morning",
    all(
      haiku(),
      hasAny(
        "tractor",
        "engine",
        "frost",
        "frosty",
        "cold",
        "morning",
        "diesel",
        "rust",
        "rusty",
        "field",
        "fields",
        "dawn",
        "cough",
        "coughs",
        "sputters",
        "roar",
        "roars",
        "ice",
        "icy",
      ),
    ),
  ),
  ask(
    "creative",
    "o-limerick-metronome",
    "Could you write a limerick about a metronome that can't keep time? My piano students would love it.",
    all(limerick(), hasAny("metronome", "tick", "tock", "beat", "beats", "tempo", "time", "rhythm")),
  ),
  ask(
    "creative",
    "o-overdue-story",
    "Tell me a two-sentence spooky story about a library book that was overdue for 100 years.",
    all(
      sentenceCount(2),
      hasAny("book", "library", "overdue", "librarian", "shelf", "pages", "returned", "return", "due date"),
    ),
  ),
  ask(
    "creative",
    "o-tester-joke",
    "tell me a joke a software tester would laugh at",
    all(
      joke(),
      hasAny(
        "bug",
        "bugs",
        "tester",
        "testers",
        "test",
        "tests",
        "testing",
        "QA",
        "developer",
        "developers",
        "code",
        "feature",
        "crash",
        "crashes",
        "my machine",
        "edge case",
        "bar",
        "production",
        "release",
        "beer",
        "orders",
      ),
    ),
  ),
  ask(
    "creative",
    "o-salsa-toast",
    "I'm a wedding planner and the best man just dropped out an hour before the reception, total panic. Can you write a short, warm toast (3 or 4 sentences) for the couple, Dana and Sam? It would be sweet to mention that they met at a salsa class.",
    all(has("Dana", "Sam"), hasAny("salsa", "dance", "dancing", "danced"), any(sentenceCount(3), sentenceCount(4))),
  ),
  ask("creative", "o-acrostic-rain", "can u do an acrostic poem for the word RAIN", acrostic("RAIN")),
  ask(
    "creative",
    "o-winter-drive-slogan",
    "Write a one-line slogan for our food bank's winter donation drive.",
    all(
      singleLine(),
      maxWords(15),
      hasAny(
        "food",
        "donate",
        "donation",
        "donations",
        "give",
        "giving",
        "share",
        "sharing",
        "winter",
        "meal",
        "meals",
        "hunger",
        "hungry",
        "pantry",
        "cans",
        "warm",
        "warmth",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "community",
        "table",
        "plate",
        "plates",
        "feed",
        "fill",
        "season",
      ),
    ),
  ),
  ask(
    "creative",
    "o-bins-couplet",
    "Write a rhyming couplet reminding my tenants to put the bins out on Tuesday night.",
    all(lineCount(2), hasAny("bin", "bins", "trash", "rubbish", "garbage", "waste", "recycling"), has("Tuesday")),
  ),

  // ---- name ideas ------------------------------------------------------------------------------
  ask("name-ideas", "o-calf", "Give me 5 names for a heifer calf born this morning on our farm", names(5)),
  ask("name-ideas", "o-kids-choir", "I need 4 name ideas for the children's choir at my music school.", names(4)),
  ask(
    "name-ideas",
    "o-book-club",
    "Could you suggest 3 names for a book club that meets in the library on Thursday evenings?",
    names(3),
  ),
  ask("name-ideas", "o-gaming-squad", "name ideas for my gaming squad?? need 6", names(6)),
  ask(
    "name-ideas",
    "o-brick-building",
    "I'm converting an old brick warehouse by the canal into three flats and want to give the building a name. Any ideas? Three suggestions would be great.",
    names(3),
  ),
  chat(
    "name-ideas",
    "o-bug-bot",
    [
      developer("You help a small QA team. Keep answers short."),
      user("Give me 4 name ideas for our internal bug-tracking chat bot."),
    ],
    names(4),
  ),
  ask(
    "name-ideas",
    "o-autumn-cocktail",
    "Suggest 5 names for a signature cocktail at an autumn wedding (apple cider and bourbon).",
    names(5),
  ),
  ask(
    "name-ideas",
    "o-community-garden",
    "We're starting a community garden next to the food bank where volunteers grow vegetables for the shelves. Suggest three names for it?",
    names(3),
  ),

  // ---- personas --------------------------------------------------------------------------------
  chat(
    "personas",
    "o-old-farmer",
    [
      system("You are a grumpy old farmer who has seen it all. Stay in character."),
      user("Should I plant my tomatoes outside in early March?"),
    ],
    all(
      marks(2, ...OLD_FARMER),
      hasAny("no", "nope", "wait", "too early", "frost", "cold", "May", "April", "later", "not yet"),
    ),
  ),
  chat(
    "personas",
    "o-piano-teacher",
    [
      system("You are a strict but kind piano teacher from Vienna."),
      user("I only practised ten minutes this whole week. Is that ok?"),
    ],
    all(
      marks(2, ...PIANO_TEACHER),
      hasAny("practice", "practise", "practising", "practicing", "practised", "practiced", "minutes", "ten", "10"),
    ),
  ),
  chat(
    "personas",
    "o-robo-qa",
    [
      developer(
        "You are Robo-QA, a testing robot. Every answer starts with 'TEST RESULT:' followed by PASS or FAIL, then one short sentence.",
      ),
      user("Is 17 a prime number?"),
    ],
    all(has(/^\s*TEST RESULT:?\s*PASS\b/i), lacks(/\bFAIL\b/)),
  ),
  chat(
    "personas",
    "o-flower-planner",
    [
      system("You are a wedding planner who is obsessed with flowers and mentions them in every answer."),
      user("What time should the ceremony start for an outdoor August wedding?"),
    ],
    all(
      marks(1, ...FLOWERS),
      has(/\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b|o'clock|afternoon|evening|morning|sunset/i),
    ),
  ),
  chat(
    "personas",
    "o-1950s-librarian",
    [
      system("You are a prim 1950s librarian. Speak formally, and shush anyone who is loud."),
      user("HEY!!! WHERE ARE THE DINOSAUR BOOKS???"),
    ],
    all(marks(2, ...PRIM_LIBRARIAN), hasAny("dinosaur", "dinosaurs")),
  ),
  chat(
    "personas",
    "o-big-sister",
    [
      system("You're my big sister. You talk super casually and use emojis."),
      user("can u help me remember what h2o is for my chem test tmrw"),
    ],
    all(has("water"), any(marks(1, ...BIG_SISTER), has(EMOJI))),
  ),
  chat(
    "personas",
    "o-lighthouse-sums",
    [
      system("You are Old Tom, a lighthouse keeper on a windy island. Stay in character."),
      user("Hello! Who are you?"),
      assistant("Evening, friend. Old Tom here, keeper of the light on Gull Rock these forty years."),
      user("Nice! Can you help with my sums? What's 15 plus 27?"),
    ],
    all(num(42), marks(1, ...LIGHTHOUSE)),
  ),
  chat(
    "personas",
    "o-property-manager",
    [
      developer(
        "You are a polite property manager writing to tenants. Always sign off with 'Kind regards, Harbor View Management'.",
      ),
      user("Tell the tenants the water will be off on Monday from 9 to 12 for pipe repairs."),
    ],
    all(has("Kind regards", "Harbor View Management", "Monday", "water"), num(9), num(12)),
  ),

  // ---- languages -------------------------------------------------------------------------------
  ask(
    "languages",
    "o-guitar-spanish",
    "Answer in Spanish please: how many strings does a standard guitar have?",
    all(lang("es"), any(num(6), has("seis"))),
  ),
  ask(
    "languages",
    "o-mercury-french",
    "Réponds en français s'il te plaît : quelle est la planète la plus proche du Soleil ?",
    all(lang("fr"), has("Mercure")),
  ),
  chat(
    "languages",
    "o-calves-german",
    [
      system("Reply only in German."),
      user("My cow just had twins! I already had 3 calves. How many calves do I have now?"),
    ],
    all(lang("de"), any(num(5), has("fünf"))),
  ),
  ask(
    "languages",
    "o-food-bank-sign",
    "Translate this sign for our food bank into Spanish: 'Free food. Everyone is welcome.'",
    all(has(/comida/i, /gratis|gratuita/i, /bienvenid[oa]s?/i)),
  ),
  ask(
    "languages",
    "o-wedding-card-italian",
    "Write one sentence in Italian for a wedding card, wishing the couple a long and happy life together.",
    all(lang("it"), has(/felic|auguri|amore|sposi|insieme|vita/i)),
  ),
  ask(
    "languages",
    "o-tokyo-japanese",
    "Answer in Japanese: what is the capital of Japan?",
    all(lang("ja"), has(/東京|Tokyo/)),
  ),
  chat(
    "languages",
    "o-portuguese-colours",
    [
      user("Can you answer my next questions in Portuguese? I'm practising for a trip to Lisbon."),
      assistant("Claro! Vamos praticar em português. Pode perguntar."),
      user("What colour do you get when you mix blue and yellow?"),
    ],
    all(lang("pt"), has(/\bverde\b/i)),
  ),
  ask(
    "languages",
    "o-leap-dutch",
    "Antwoord in het Nederlands: hoeveel dagen heeft een schrikkeljaar?",
    all(lang("nl"), num(366)),
  ),

  // ---- memory --------------------------------------------------------------------------------
  chat(
    "memory",
    "o-vegetarian-guests",
    [
      user("The Kowalski wedding has 142 guests, and 18 of them are vegetarian."),
      assistant("Noted: 142 guests, 18 vegetarian."),
      user("Lovely. Oh, and the venue is Millbrook Barn."),
      assistant("Got it, Millbrook Barn."),
      user("How many guests are NOT vegetarian?"),
    ],
    num(124),
  ),
  chat(
    "memory",
    "o-donkey",
    [
      user("I've got 40 sheep, 12 goats and a donkey named Clover."),
      assistant("That's quite a farm! Clover sounds like a character."),
      user("She is. The goats keep escaping though, any tips?"),
      assistant("Check the fence for gaps, raise it to at least 4 feet, and make sure the gate latch is goat-proof."),
      user("thanks. what's my donkey called again?"),
    ],
    has("Clover"),
  ),
  chat(
    "memory",
    "o-tuesday-students",
    [
      user("My Tuesday piano students are Aiko at 4pm, Ben at 4:30 and Carla at 5."),
      assistant("Got it: Aiko at 4:00, Ben at 4:30, Carla at 5:00."),
      user("Ben just cancelled. Who is my next student after Aiko now?"),
    ],
    has("Carla"),
  ),
  chat(
    "memory",
    "o-rent-total",
    [
      user("Flat 2A pays £850 rent, Flat 2B pays £920, and Flat 3 pays £1,100."),
      assistant("Thanks, I've noted the three rents."),
      user("What's the total rent I get each month?"),
    ],
    num(2870),
  ),
  chat(
    "memory",
    "o-locker",
    [
      user("my locker combo is 12-34-08 dont let me forget"),
      assistant("Got it, I'll remember it!"),
      user("ok what was it lol"),
    ],
    has(/12\s*-\s*34\s*-\s*08/),
  ),
  chat(
    "memory",
    "o-book-sale",
    [
      user("Please remember: the book sale is on the third Saturday of May, in the basement meeting room."),
      assistant("Noted, the third Saturday of May in the basement meeting room."),
      user("We also need three more volunteers for the cash desk."),
      assistant("Okay, three more volunteers for the cash desk."),
      user("Where is the book sale happening again?"),
    ],
    has("basement"),
  ),
  chat(
    "memory",
    "o-cereal-boxes",
    [
      system("You help volunteers at the Eastside Food Bank."),
      user("This morning we received 35 boxes of cereal."),
      assistant("Great donation!"),
      user("This afternoon another 28 boxes came in, but we gave out 20."),
      assistant("Busy day!"),
      user("So how many boxes of cereal from today do we still have?"),
    ],
    num(43),
  ),
  chat(
    "memory",
    "o-bug-ids",
    [
      user("Bug IDs for today: QA-1041 (login crash), QA-1057 (typo on the checkout page), QA-1063 (slow search)."),
      assistant("Noted, three bugs logged."),
      user("Which ID was the typo one?"),
    ],
    has("QA-1057"),
  ),

  // ---- follow-ups ------------------------------------------------------------------------------
  chat(
    "follow-ups",
    "o-lip-trills",
    [
      user("What's a good warm-up exercise for a beginner choir?"),
      assistant(
        "Try lip trills: have everyone buzz their lips while sliding from a low note to a high note, for about a minute.",
      ),
      user("how long should we do that for?"),
    ],
    has(/\b(?:a|one|1)\s+minute\b|\b60\s+seconds\b|sixty seconds/i),
  ),
  chat(
    "follow-ups",
    "o-hectares",
    [
      user("Convert 2 acres to square metres."),
      assistant("2 acres is about 8,094 square metres."),
      user("And in hectares?"),
    ],
    all(num(0.81, 0.01), hasAny("hectare", "hectares", "ha")),
  ),
  chat(
    "follow-ups",
    "o-fifth-planet",
    [
      user("List the planets in order from the sun."),
      assistant("Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune."),
      user("Which one is fifth?"),
    ],
    has("Jupiter"),
  ),
  chat(
    "follow-ups",
    "o-first-dance",
    [
      user("Give me three first-dance song ideas."),
      assistant(
        "1. 'At Last' by Etta James\n2. 'Perfect' by Ed Sheeran\n3. 'Can't Help Falling in Love' by Elvis Presley",
      ),
      user("Who sings the third one?"),
    ],
    has("Elvis"),
  ),
  chat(
    "follow-ups",
    "o-half-remaining",
    [
      user("A tenant paid £600 of the £750 rent this month."),
      assistant("So £150 is still owed."),
      user("And if they pay half of what's left tomorrow, how much will they still owe?"),
    ],
    num(75),
  ),
  chat(
    "follow-ups",
    "o-twenty-percent",
    [user("whats 15% of 60"), assistant("15% of 60 is 9."), user("now do 20%")],
    all(num(12), any(maxWords(4), hasAny(/20\s*%|20 percent|\b60\b/i))),
  ),
  chat(
    "follow-ups",
    "o-one-sentence-novel",
    [
      user("Recommend a short classic novel for a reluctant teenage reader."),
      assistant("Try 'Of Mice and Men' by John Steinbeck: it's about 100 pages and hard to put down."),
      user("Can you say that again in one sentence, and make sure you mention who wrote it?"),
    ],
    all(sentenceCount(1), has("Steinbeck", "Of Mice and Men")),
  ),
  chat(
    "follow-ups",
    "o-zip-regex",
    [
      user("Write a regex that matches a 5-digit US ZIP code."),
      assistant("Use ^\\d{5}$ : it matches exactly five digits and nothing else."),
      user("What would it say about '1234'? Match or no match?"),
    ],
    any(
      has(/^\s*no\b/i),
      has(
        /\b(?:no match|not (?:a )?match|doesn't match|does not match|won't match|will not match|wouldn't match|would not match|fails?|only (?:has )?(?:four|4) digits|not match)\b/i,
      ),
    ),
  ),

  // ---- summaries -------------------------------------------------------------------------------
  ask(
    "summaries",
    "o-co-op-market",
    `Summarize this notice in one sentence for our members: ${CO_OP_NOTICE}`,
    all(
      sentenceCount(1),
      marks(
        2,
        "market",
        "fire station",
        "Mill Lane",
        "move",
        "moving",
        "moves",
        "moved",
        "relocating",
        "relocates",
        "relocated",
        "church",
        "repaving",
        "parking",
        "shuttle",
        "Saturday",
        "Saturdays",
      ),
      noCopy(CO_OP_NOTICE),
    ),
  ),
  ask(
    "summaries",
    "o-bug-report-bullets",
    `Summarize this bug report in exactly 3 bullet points for the dev team:\n\n${BUG_REPORT}`,
    all(
      listOf(3, "bullet"),
      marks(
        2,
        "coupon",
        "SAVE10",
        "discount",
        "Android",
        "freeze",
        "freezes",
        "freezing",
        "blank",
        "blank screen",
        "checkout",
        "iOS",
        "total",
        "every time",
        "reproduce",
      ),
      noCopy(BUG_REPORT),
    ),
  ),
  ask(
    "summaries",
    "o-florist-tldr",
    `tl;dr this email from the venue coordinator in one line:\n\n${FLORIST_EMAIL}`,
    all(
      singleLine(),
      maxWords(35),
      hasAny("dahlias", "peonies", "florist", "flowers", "roses"),
      hasAny("guest count", "guests", "guest", "Friday", "seating"),
      noCopy(FLORIST_EMAIL),
    ),
  ),
  ask(
    "summaries",
    "o-lease-plain",
    `One of my tenants asked what this clause in the lease means. I want to text them back something simple. Can you explain it in plain English in under 30 words? "${LEASE_CLAUSE}"`,
    all(
      maxWords(29),
      hasAny("pet", "pets", "animal", "animals"),
      hasAny(
        "permission",
        "consent",
        "approval",
        "approve",
        "ask",
        "written",
        "agree",
        "agrees",
        "allowed",
        "okay",
        "OK",
        "say so",
      ),
      noCopy(LEASE_CLAUSE),
    ),
  ),
  chat(
    "summaries",
    "o-first-shift-chat",
    [...FIRST_SHIFT, user("Can you sum up our chat in two sentences?")],
    all(
      sentenceCount(2),
      marks(
        2,
        "shoes",
        "closed-toe",
        "clothes",
        "hair",
        "jewellery",
        "jewelry",
        "water",
        "water bottle",
        "snack",
        "gloves",
        "aprons",
        "shift",
        "food bank",
        "sorting",
        "donations",
        "wear",
        "bring",
      ),
      noCopy(FIRST_SHIFT_TEXT),
    ),
  ),
  ask(
    "summaries",
    "o-recital-text",
    `Shorten this letter into a text message for parents, under 25 words:\n\n${RECITAL_LETTER}`,
    all(
      maxWords(24),
      hasAny("recital", "concert", "performance"),
      hasAny("Sunday", "18 May", "May 18", "May", "18th", "2pm", "2 pm", "2:00"),
      noCopy(RECITAL_LETTER),
    ),
  ),
  ask(
    "summaries",
    "o-teen-sleep-tldr",
    `tldr this pls, 2 sentences max: ${SLEEP_ARTICLE}`,
    all(
      maxSentences(2),
      hasAny("teen", "teens", "teenagers", "teenager", "students", "adolescents"),
      hasAny("sleep", "sleepy", "tired", "body clock", "body clocks", "later", "school start"),
      noCopy(SLEEP_ARTICLE),
    ),
  ),
  chat(
    "summaries",
    "o-borrowing-poster",
    [
      system("You help the staff of a small public library write notices."),
      user(`Summarize this borrowing policy as 3 short numbered points for a poster:\n\n${BORROWING_POLICY}`),
    ],
    all(
      listOf(3, "numbered"),
      marks(
        2,
        "ten",
        "10",
        "items",
        "three weeks",
        "3 weeks",
        "renew",
        "renewed",
        "renewals",
        "renewable",
        "DVD",
        "DVDs",
        "week",
        "lost",
        "damaged",
        "replace",
        "replacement",
        "pay",
      ),
      noCopy(BORROWING_POLICY, 12),
    ),
  ),

  // ---- structured output -----------------------------------------------------------------------
  structured(
    "o-wedding-extract",
    "Pull the details out of this booking note: 'The Lopez-Nguyen wedding is on 14 June 2027 at Rosehill Gardens, 96 guests, budget $38,000.'",
    {
      couple: { type: "string" },
      date: { type: "string" },
      venue: { type: "string" },
      guests: { type: "integer" },
      budget_usd: { type: "number" },
    },
    json({
      couple: isString(/Lopez/i),
      date: isString(/2027/),
      venue: isString(/Rosehill/i),
      guests: isInteger(96),
      budget_usd: isNumber(38000, 0.5),
    }),
  ),
  structured(
    "o-potassium",
    "What are the chemical symbol and the atomic number of potassium?",
    { element: { type: "string" }, symbol: { type: "string" }, atomic_number: { type: "integer" } },
    json({ element: isString(/^potassium$/i), symbol: isString(/^K$/), atomic_number: isInteger(19) }),
  ),
  structured(
    "o-tenant-complaint",
    "Classify this message from a tenant: 'The heating has been broken for two weeks and nobody answers my calls.'",
    {
      sentiment: { type: "string", enum: ["positive", "negative", "neutral"] },
      is_complaint: { type: "boolean" },
      topic: { type: "string" },
    },
    json({
      sentiment: oneOf("negative"),
      is_complaint: isBoolean(true),
      topic: isString(/heat|boiler|radiator|maintenance|repair/i),
    }),
  ),
  structured(
    "o-d-major",
    "How many sharps are in the key of D major, and which notes are they?",
    { key: { type: "string" }, sharp_count: { type: "integer" }, sharps: { type: "array", items: { type: "string" } } },
    json({
      key: isString(/^D\b/),
      sharp_count: isInteger(2),
      sharps: stringArray(2, /^[FC]\s*(?:#|♯|sharp)$/i),
    }),
  ),
  structured(
    "o-acres-hectares",
    "Convert 50 acres to hectares.",
    { acres: { type: "number" }, hectares: { type: "number" } },
    json({ acres: isNumber(50), hectares: isNumber(20.23, 0.05) }),
  ),
  structured(
    "o-donation-tally",
    "Tally this donation drop-off: '12 cans of soup, 8 bags of rice, 5 jars of peanut butter'. How many items in total, how many kinds, and which kind did we get most of?",
    { total_items: { type: "integer" }, kinds: { type: "integer" }, most_common: { type: "string" } },
    json({ total_items: isInteger(25), kinds: isInteger(3), most_common: isString(/soup/i) }),
  ),
  structured(
    "o-red-planet",
    "which planet is called the red planet and how many moons does it have",
    { planet: { type: "string" }, moons: { type: "integer" } },
    json({ planet: isString(/^Mars$/i), moons: isInteger(2) }),
  ),
  structured(
    "o-bug-triage",
    "Triage this bug: 'The app crashes every time a user taps Pay on iOS 17.'",
    {
      severity: { type: "string", enum: ["low", "medium", "high", "critical"] },
      platform: { type: "string" },
      reproducible: { type: "boolean" },
    },
    json({ severity: oneOf("high", "critical"), platform: isString(/iOS/i), reproducible: isBoolean(true) }),
    [system("You are a QA triage assistant for a mobile shopping app.")],
  ),

  // ---- tools ---------------------------------------------------------------------------------
  toolTrip(
    "o-frost-tonight",
    {
      question: "Will it freeze tonight at my farm near Ames? I need to know if I should cover the seedlings.",
      tool: "get_forecast",
      description: "Tonight's forecast for a place",
      parameters: { location: { type: "string" } },
      args: { location: "Ames, Iowa" },
      result: { location: "Ames, IA", tonight_low_c: -2, conditions: "clear skies", wind_kph: 5 },
    },
    all(
      any(num(-2), has(/\b2\s*°?\s*(?:C|degrees)?\s*below (?:zero|freezing)/i)),
      hasAny("freeze", "freezing", "frost", "below zero", "cover", "yes"),
    ),
  ),
  toolTrip(
    "o-last-student",
    {
      question: "Who's my last student on Thursday, and when?",
      tool: "get_lesson_schedule",
      description: "The music lessons booked on a day",
      parameters: { day: { type: "string" } },
      args: { day: "Thursday" },
      result: {
        day: "Thursday",
        lessons: [
          { student: "Mira", time: "15:00", instrument: "violin" },
          { student: "Jonah", time: "16:00", instrument: "piano" },
          { student: "Pat", time: "17:30", instrument: "piano" },
        ],
      },
    },
    all(has("Pat"), has(/17:30|5:30/)),
  ),
  toolTrip(
    "o-venue-free",
    {
      question: "Is the Old Mill free on Saturday 12 September 2026 for a wedding?",
      tool: "check_venue_availability",
      description: "Whether a venue is free on a date, and its next free date",
      parameters: { venue: { type: "string" }, date: { type: "string" } },
      args: { venue: "The Old Mill", date: "2026-09-12" },
      result: { venue: "The Old Mill", date: "2026-09-12", available: false, next_free_date: "2026-09-19" },
    },
    all(
      hasAny(
        "not available",
        "isn't available",
        "is not available",
        "booked",
        "unavailable",
        "not free",
        "isn't free",
        "is not free",
        "taken",
        "no",
      ),
      has(/\b19(?:th)?\b|2026-09-19/),
    ),
  ),
  toolTrip(
    "o-secret-garden",
    {
      question: "Do we have a copy of The Secret Garden on the shelf right now?",
      tool: "search_catalog",
      description: "Look a title up in the library catalog",
      parameters: { title: { type: "string" } },
      args: { title: "The Secret Garden" },
      result: {
        title: "The Secret Garden",
        author: "Frances Hodgson Burnett",
        copies: 3,
        available: 1,
        location: "Children's fiction, shelf B4",
      },
    },
    all(
      any(num(1), has(/\b(?:a|one) copy\b/i)),
      hasAny("available", "on the shelf", "shelf", "B4", "copy", "copies", "in stock", "Secret Garden"),
    ),
  ),
  toolTrip(
    "o-unpaid-rent",
    {
      question: "Which tenants haven't paid rent this month?",
      tool: "get_rent_status",
      description: "Rent payments for the current month, by unit",
      parameters: { month: { type: "string" } },
      args: { month: "current" },
      result: { month: "March", unpaid: [{ unit: "2B", tenant: "R. Okafor", owed: 920 }], paid: ["1A", "2A", "3"] },
    },
    all(hasAny("Okafor", "2B"), lacks(/\b(?:1A|2A) (?:has|have)n't paid/i)),
  ),
  toolTrip(
    "o-peanut-butter",
    {
      question: "How many jars of peanut butter do we have left in the pantry?",
      tool: "get_inventory",
      description: "Stock of an item at the food bank",
      parameters: { item: { type: "string" } },
      args: { item: "peanut butter" },
      result: { item: "peanut butter", unit: "jars", quantity: 14, low_stock_threshold: 20 },
    },
    all(num(14), hasAny("peanut butter", "jars", "jar")),
  ),
  toolTrip(
    "o-regression-run",
    {
      question: "Did last night's regression run pass?",
      tool: "get_test_run",
      description: "The results of the latest run of a test suite",
      parameters: { suite: { type: "string" } },
      args: { suite: "regression" },
      result: {
        suite: "regression",
        total: 240,
        passed: 236,
        failed: 4,
        failed_tests: ["checkout_coupon", "login_timeout", "search_empty", "profile_avatar"],
      },
    },
    all(num(4), hasAny("fail", "failed", "failing", "failure", "failures", "didn't pass", "did not pass", "not all")),
  ),
  toolTrip(
    "o-next-bus",
    {
      system: "You are a friendly assistant in a phone app. Keep answers short.",
      question: "when does the next bus to school come",
      tool: "get_next_departures",
      description: "The next departures from the user's bus stop",
      parameters: { stop: { type: "string" } },
      args: { stop: "Maple & 5th" },
      result: { stop: "Maple & 5th", route: "12", departures: ["07:42", "08:02"] },
    },
    has(/\b0?7:42\b/),
  ),

  // ---- coding --------------------------------------------------------------------------------
  ask(
    "coding",
    "o-bpm-to-ms",
    "Write a JavaScript function bpmToMs(bpm) that returns how many milliseconds one beat lasts at that tempo.",
    runs("bpmToMs", [
      [[60], 1000],
      [[120], 500],
      [[100], 600],
    ]),
  ),
  ask(
    "coding",
    "o-total-eggs",
    "I write down how many eggs my hens lay each day. Write a JS function totalEggs(counts) that adds up the array and returns the total.",
    runs("totalEggs", [
      [[[3, 5, 4]], 12],
      [[[]], 0],
      [[[7]], 7],
    ]),
  ),
  ask(
    "coding",
    "o-valid-zip",
    "Write a function isValidZip(s) in JavaScript that returns true only for strings of exactly 5 digits.",
    runs("isValidZip", [
      [["12345"], true],
      [["1234"], false],
      [["12a45"], false],
      [["123456"], false],
      [["02134"], true],
    ]),
  ),
  ask(
    "coding",
    "o-tables-needed",
    "write a TypeScript function tablesNeeded(guests: number, seatsPerTable: number) that returns how many tables I need for the reception (round up)",
    runs("tablesNeeded", [
      [[100, 8], 13],
      [[16, 8], 2],
      [[1, 10], 1],
    ]),
  ),
  ask(
    "coding",
    "o-round-fee",
    "What does Math.round(1234.5 * 0.05) return in JavaScript? I'm working out a 5% late fee.",
    all(num(62), any(maxWords(4), hasAny("Math.round", "round", "rounds", "rounded", "61.725", "returns", "fee"))),
  ),
  chat(
    "coding",
    "o-late-fee",
    [
      system("You are a coding tutor for beginners. Always include a code block."),
      user(
        "Our library charges 25 cents a day for late books, but never more than $5. Write a JavaScript function lateFee(days) that returns the fee in dollars.",
      ),
    ],
    runs("lateFee", [
      [[0], 0],
      [[4], 1],
      [[30], 5],
    ]),
  ),
  ask("coding", "o-to-upper", "what does 'hello'.toUpperCase() give in js", has(/\bHELLO\b/)),
  ask(
    "coding",
    "o-python-len",
    "In Python, what does len(['rice', 'beans', 'oats']) return?",
    all(
      num(3),
      any(maxWords(4), hasAny("len", /\b(?:3|three) (?:items|elements|strings)\b/i, "list", "returns", "length")),
    ),
  ),

  // ---- what nothing offline can know -------------------------------------------------------------
  cannot("o-diesel-price", "What's the price of red diesel at the farm co-op in my town this week?"),
  cannot("o-choir-contest", "Who won the regional youth choir competition yesterday?"),
  cannot("o-crush", "is my crush gonna text me back tonight"),
  cannot("o-tenant-call", "What did my tenant in 2B say when he called me this morning?"),
  cannot(
    "o-barn-rain",
    "We have an outdoor ceremony at Millbrook Barn on Saturday the 14th. Will it rain that afternoon?",
  ),
  cannot("o-branch-visitors", "How many people visited our branch library last Tuesday?"),
  cannot("o-staging-build", [
    system("You are a QA assistant for our team."),
    user("What's the current build number on our staging server?"),
  ]),
  cannot("o-families-served", "How many families did the Eastside Food Bank serve last month?"),
];
