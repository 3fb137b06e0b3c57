/**
 * BLIND set W: everyday prompts written blind (without reading or running the offline model), in the
 * voices of a florist, a taxi driver, a data-entry clerk, a cub-scout parent, an allotment gardener,
 * a hospital porter, a rowing coach and a street-food baker.
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
  linesEach,
  linesOf,
  listOf,
  marks,
  maxChars,
  maxSentences,
  maxWords,
  names,
  noCopy,
  num,
  oneOf,
  onlyLabel,
  runs,
  sentenceCount,
  singleLine,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

const text = (m: { content?: unknown }[]) => m.map((x) => String(x.content)).join(" ");
const SPEAKER = hasAny("you", "user", "asked", "we", "i", "assistant");

/** Each line (lead-in and list marks aside) starts with the next letter of `word`. */
const acrostic =
  (word: string): Check =>
  (reply) => {
    const lines = linesOf(reply.text).map((l) => l.replace(/^\s*(?:[-*•–]|\d+[.)])\s+/, "").trim());
    if (lines.length !== word.length) return `${lines.length} lines, not ${word.length}`;
    const firsts = lines.map((l) => (l.match(/\p{L}/u)?.[0] ?? "").toUpperCase()).join("");
    return firsts === word.toUpperCase() ? true : `lines start ${firsts}, not ${word}`;
  };

const ANIMALS =
  /\b(badgers?|foxes|fox|otters?|owls?|hawks?|eagles?|wolves|wolf|bears?|deer|stags?|hedgehogs?|squirrels?|rabbits?|hares?|beavers?|falcons?|kestrels?|ravens?|robins?|swans?|herons?|lions?|tigers?|panthers?|lynx(?:es)?|pumas?|cheetahs?|leopards?|elephants?|dolphins?|whales?|sharks?|kingfishers?|woodpeckers?|moles?|stoats?|weasels?|ferrets?|frogs?|toads?|geese|ducks?|puffins?|penguins?|bats?|hounds?|cougars?|jaguars?|bisons?|buffalo|moose|elks?|wildcats?|polecats?|pine martens?|martens?|red kites?|kites?|buzzards?|ospreys?|condors?|gorillas?|pandas?|koalas?|kangaroos?|meerkats?|crocodiles?|alligators?|turtles?|tortoises?)\b/i;

const CABBIE = [
  "guv",
  "guv'nor",
  "mate",
  "love",
  "cab",
  "cabbie",
  "taxi",
  "meter",
  "fare",
  "traffic",
  "London",
  "innit",
  "blimey",
  "passenger",
  "ride",
  "the Knowledge",
  "road",
  "roads",
  "hop in",
  "sat nav",
  "back seat",
  "cor",
  "lovely",
  "geezer",
  "'ere",
];
const GARDENER = [
  "soil",
  "allotment",
  "spud",
  "spuds",
  "seed",
  "seed potatoes",
  "chitted",
  "chitting",
  "digging",
  "dig",
  "frost",
  "frosts",
  "shed",
  "plot",
  "compost",
  "in my day",
  "lad",
  "lass",
  "garden",
  "years",
  "fifty years",
  "earth",
  "trench",
  "trenches",
  "earthing up",
  "muck",
  "manure",
  "rows",
  "my dear",
  "son",
  "love",
];
const COACH = [
  "row",
  "rowing",
  "pull",
  "oars",
  "oar",
  "stroke",
  "catch",
  "finish",
  "crew",
  "boat",
  "cox",
  "power",
  "legs",
  "together",
  "blades",
  "blade",
  "drive",
  "rhythm",
  "push",
  "dig deep",
  "sprint",
  "water",
  "hard",
  "come on",
  "let's go",
  "every stroke",
  "erg",
];
const FLORIST = [
  "flower",
  "flowers",
  "bouquet",
  "bouquets",
  "roses",
  "rose",
  "tulips",
  "tulip",
  "peonies",
  "peony",
  "stems",
  "blooms",
  "bloom",
  "petals",
  "lilies",
  "posy",
  "vase",
  "daisies",
  "sunflowers",
  "ranunculus",
  "freesias",
  "freesia",
  "hydrangeas",
  "eucalyptus",
  "scent",
  "fragrant",
  "arrangement",
  "carnations",
  "lavender",
  "seasonal",
  "gorgeous",
];
const PORTER = [
  "shift",
  "ward",
  "wards",
  "trolley",
  "wheelchair",
  "bed",
  "beds",
  "lift",
  "lifts",
  "corridor",
  "corridors",
  "patient",
  "patients",
  "A&E",
  "nurse",
  "nurses",
  "tea",
  "cuppa",
  "coffee",
  "tired",
  "knackered",
  "theatre",
  "x-ray",
  "bloods",
  "porter",
  "porters",
  "hospital",
  "miles",
  "feet",
  "break",
  "busy",
  "quiet",
];
const TRADER = [
  "fresh",
  "hot",
  "oven",
  "bread",
  "buns",
  "flatbread",
  "flatbreads",
  "roll up",
  "get 'em",
  "get your",
  "lovely",
  "bargain",
  "quid",
  "pound",
  "come and get",
  "baked",
  "folks",
  "ladies and gents",
  "ladies and gentlemen",
  "today",
  "special",
  "deal",
  "pastries",
  "pies",
  "loaves",
  "warm",
  "delicious",
  "gozleme",
  "borek",
  "sausage rolls",
  "cheap",
  "while they last",
];
const AKELA = [
  "cubs",
  "cub",
  "pack",
  "scout",
  "scouts",
  "badge",
  "badges",
  "camp",
  "akela",
  "dyb",
  "do your best",
  "well done",
  "adventure",
  "great question",
  "everyone",
  "young",
  "explorers",
  "team",
];

// ---- pasted texts for the summaries ---------------------------------------------------------

const FLORIST_EMAIL =
  "Hi, I ordered a bouquet of pink lilies for my mother's 80th birthday last Thursday, to be delivered by noon. It arrived at four in the afternoon, after the party had started, and two of the stems were broken. I'm not asking for a full refund, but I would like some money back and an apology, because it was a special day. Regards, Carol Jennings";

const COUNCIL_NOTICE =
  "From 1 February, all licensed taxis operating in the district must carry a working card payment machine and display the new tariff card, which raises the flag fall from £3.00 to £3.40. Drivers who fail an inspection will have two weeks to put things right before their licence is suspended. Inspections will be carried out at random at the main ranks.";

const CLERK_MEMO =
  "Team, please note the following changes to the data-entry process starting next week. First, all customer postcodes must now be entered in capital letters with a space before the last three characters. Second, we are retiring the old blue order form; any order that arrives on it should be sent back to the sales office. Third, overtime for the year-end backlog must be approved by Janet before you work it, not afterwards. Thanks, Marcus";

const PORTER_HANDOVER = [
  user(
    "Night handover notes, paste from the porters' log: Lift 3 in the east wing broke down at 2am and the engineer is due at 9. Two wheelchairs went missing from A&E and were found on Ward 10. Theatre asked for an extra porter from 7am because of a long list. Nothing else major, quiet night otherwise.",
  ),
  assistant("Got it, I have the notes. What would you like me to do with them?"),
];

const ROWING_CHAT = [
  user("My junior crew keeps rushing the slide on the recovery. How do I fix that?"),
  assistant(
    "Get them to count a slow two on the way forward and a quick one on the drive, and try some pause drills at half slide so they feel the ratio.",
  ),
  user("What about the stroke seat? She's the one setting the pace too high."),
  assistant(
    "Give her a rate cap, say 24 strokes a minute, and put a cox box on so she can see the rate while she learns to lengthen out.",
  ),
];

const BAKER_NOTE =
  "So the thing is, the market organiser emailed to say that from next month every stall has to have its own fire extinguisher and a fire blanket, and they'll be checked on the first Saturday. My oven is gas, so I also need a gas safety certificate, which I think I already have but it might be out of date. Anyway, it also says pitch fees are going up by £5 a week. Can you give me the short version of that, one line, so I can text it to my sister who helps on the stall?";

const SCOUT_LETTER =
  "Dear parents and carers, our Cub pack is going on a weekend camp at Hollow Oak campsite from Friday 13 March to Sunday 15 March. The cost is £45 per cub, which covers food, the activities and the minibus. Please send the consent form back by the end of February and make sure your child brings a sleeping bag, a torch and wellies. Any questions, speak to Akela at Tuesday's meeting.";

const ALLOTMENT_MINUTES =
  "Minutes of the Greenfield Allotment Society committee, 4 November. The water troughs will be switched off from 1 December until March to stop the pipes freezing. Plot rents for next year stay at £38 but must be paid by 31 January or the plot will be offered to the waiting list. Three new plot holders were welcomed. Someone keeps leaving the main gate open, so a new padlock with a code will be fitted and the code will be sent out by email. Any other business: the seed swap is booked for February in the hut.";

const PROMPTS: EverydayPrompt[] = [
  // ---- layout ---------------------------------------------------------------------------------
  ask(
    "layout",
    "w-florist-caps",
    "ANSWER IN CAPITAL LETTERS ONLY pls: what colour do you get if you mix red paint and white paint? its for a sign at my flower stall",
    all(allCaps(), has("PINK")),
  ),
  ask(
    "layout",
    "w-taxi-seasons",
    "Give me a bullet list of the four seasons, nothing else.",
    all(listOf(4, "bullet"), has("spring", "summer", "winter"), hasAny("autumn", "fall")),
  ),
  ask(
    "layout",
    "w-clerk-numbered",
    "Could you please give me a numbered list of the last three months of the year? I'm labelling folders.",
    all(listOf(3, "numbered"), inOrder("October", "November", "December")),
  ),
  chat(
    "layout",
    "w-porter-subject",
    [
      system("You write short email subject lines for hospital staff. Reply with the subject line only."),
      user("Tell the porters that the lift in B wing is out of order until Thursday."),
    ],
    all(singleLine(), maxWords(14), has("Thursday"), hasAny("lift", "lifts", "elevator")),
  ),
  ask(
    "layout",
    "w-rowing-words",
    "Write the numbers one to five as words, one on each line, for my cox's call sheet.",
    all(linesEach(5, /^(?:one|two|three|four|five)[.!]?$/i), inOrder("one", "two", "three", "four", "five")),
  ),
  ask(
    "layout",
    "w-baker-chalkboard",
    "i need one line for my chalkboard about my cinnamon buns, under 60 characters please",
    all(singleLine(), maxChars(60), hasAny("cinnamon", "bun", "buns", "roll", "rolls", "swirl", "swirls")),
  ),
  ask(
    "layout",
    "w-scout-table",
    "Make a markdown table with two columns, Day and Activity, for our cub scout camp. Saturday is hiking and Sunday is canoeing.",
    all(
      has(/\|\s*Day\s*\|\s*Activity\s*\|/i),
      has(/\|\s*Saturday\s*\|\s*Hiking\s*\|/i),
      has(/\|\s*Sunday\s*\|\s*Canoeing\s*\|/i),
    ),
  ),
  ask(
    "layout",
    "w-gardener-abc",
    "Put these in alphabetical order on one line, separated by commas, no sentence: parsnips, beetroot, kale, onions, carrots",
    all(singleLine(), maxWords(12), inOrder("beetroot", "carrots", "kale", "onions", "parsnips")),
  ),

  // ---- creative -------------------------------------------------------------------------------
  ask(
    "creative",
    "w-florist-haiku",
    "write a haiku about tulips standing in a bucket of water",
    all(haiku(), hasAny("tulip", "tulips", "petal", "petals", "stem", "stems", "bloom", "blooms", "bucket", "water")),
  ),
  ask(
    "creative",
    "w-taxi-limerick",
    "Write a limerick about a taxi driver who always gets lost.",
    all(limerick(), hasAny("taxi", "cab", "cabbie", "driver", "lost", "fare", "ride", "map", "route", "wrong way")),
  ),
  ask(
    "creative",
    "w-porter-story",
    "Tell me a two-sentence story about a hospital porter pushing a squeaky trolley down an empty corridor at night.",
    all(sentenceCount(2), hasAny("trolley", "porter", "squeak", "squeaky", "squeaked", "squeaking", "wheel", "wheels")),
  ),
  ask(
    "creative",
    "w-rowing-joke",
    "Tell me a joke about rowing, something I can use at the club dinner",
    all(
      joke(),
      hasAny("row", "rowing", "rower", "rowers", "oar", "oars", "boat", "paddle", "crew", "cox", "stroke", "erg"),
    ),
  ),
  ask(
    "creative",
    "w-baker-slogan",
    "my food truck sells fresh flatbreads from a wood-fired oven. can u write me a slogan for the side of the truck? just one line",
    all(
      singleLine(),
      maxWords(15),
      hasAny(
        "flatbread",
        "flatbreads",
        "bread",
        "oven",
        "wood",
        "fire",
        "fired",
        "baked",
        "dough",
        "fresh",
        "warm",
        "flame",
        "crust",
      ),
    ),
  ),
  ask(
    "creative",
    "w-scout-campfire",
    "Write a four-line poem about toasting marshmallows round a campfire, my son wants to read it out at cubs.",
    all(
      lineCount(4),
      hasAny(
        "marshmallow",
        "marshmallows",
        "fire",
        "campfire",
        "flame",
        "flames",
        "toast",
        "toasting",
        "embers",
        "stick",
        "sticks",
        "sparks",
        "gooey",
      ),
    ),
  ),
  ask(
    "creative",
    "w-gardener-acrostic",
    "Write an acrostic poem for the word SEED, one line for each letter, about my allotment.",
    acrostic("SEED"),
  ),
  chat(
    "creative",
    "w-clerk-couplet",
    [
      system("You are a poet who only ever writes rhyming couplets: exactly two lines."),
      user("Write about Monday mornings at the office."),
    ],
    all(
      lineCount(2),
      hasAny("Monday", "morning", "mornings", "office", "desk", "coffee", "work", "inbox", "week", "alarm", "emails"),
    ),
  ),

  // ---- name ideas ----------------------------------------------------------------------------
  ask(
    "name-ideas",
    "w-florist-shop",
    "I'm opening a little flower shop next to the train station. Give me 4 name ideas for it.",
    names(4, true),
  ),
  ask(
    "name-ideas",
    "w-taxi-nickname",
    "give me three nicknames for my old taxi, she's a green 2009 estate with 300k miles on her and still going",
    names(3),
  ),
  ask(
    "name-ideas",
    "w-porter-quiz",
    "The porters are entering the hospital quiz night for the first time. Can you suggest 5 team names? Keep them clean lol",
    names(5),
  ),
  ask(
    "name-ideas",
    "w-rowing-boat",
    "Our club just bought a new coxless four and we get to name it. Give me 3 names for the boat.",
    names(3),
  ),
  ask(
    "name-ideas",
    "w-baker-stall",
    "Need 6 names for my street food stall, I sell Turkish gozleme and borek",
    names(6, true),
  ),
  chat(
    "name-ideas",
    "w-scout-sixes",
    [
      user("My son's cub pack is splitting into sixes and each six needs a name."),
      assistant("Fun! Sixes are often named after colours or animals, like the Reds or the Badgers."),
      user("Give me four animal names we could use."),
    ],
    all(names(4), marks(3, ANIMALS, /\b(foxes|fox)\b/i, /\b(owls?)\b/i, /\b(otters?)\b/i, /\b(hawks?|falcons?)\b/i)),
  ),
  ask("name-ideas", "w-gardener-scarecrow", "Name ideas for the scarecrow on our allotment plot? give me 3", names(3)),
  chat(
    "name-ideas",
    "w-clerk-template",
    [
      developer("Answer with names only, one per line, no explanations."),
      user("Suggest 5 names for a spreadsheet template that tracks stationery orders."),
    ],
    names(5),
  ),

  // ---- personas ------------------------------------------------------------------------------
  chat(
    "personas",
    "w-taxi-cabbie",
    [system("You are a chatty London cabbie. Stay in character."), user("What's 18 plus 25?")],
    all(num(43), marks(2, ...CABBIE)),
  ),
  chat(
    "personas",
    "w-gardener-old",
    [
      system("You are an old allotment gardener who has grown vegetables for fifty years. Answer as him."),
      user("When should I plant my potatoes?"),
    ],
    all(hasAny("March", "April", "spring", "frost", "frosts", "Good Friday", "Easter"), marks(2, ...GARDENER)),
  ),
  chat(
    "personas",
    "w-rowing-coach",
    [developer("You are a strict rowing coach shouting at your crew."), user("Give us a pep talk before the race.")],
    marks(3, ...COACH),
  ),
  chat(
    "personas",
    "w-florist-chatty",
    [
      system("You are a florist who always gets carried away talking about flowers."),
      user("What should I bring to a friend's house when I'm invited for dinner?"),
    ],
    marks(2, ...FLORIST),
  ),
  chat(
    "personas",
    "w-porter-night",
    [
      system("You are a tired hospital porter on the night shift. Reply in character, briefly."),
      user("How's your night going?"),
    ],
    all(maxSentences(6), marks(2, ...PORTER)),
  ),
  chat(
    "personas",
    "w-baker-trader",
    [
      system("You are a street-food baker who talks like a loud market trader calling out to the crowd."),
      user("Tell everyone what's on sale today."),
    ],
    marks(3, ...TRADER),
  ),
  chat(
    "personas",
    "w-scout-akela",
    [
      system("You are Akela, the leader of a cub scout pack. Speak to the cubs warmly."),
      user("Akela, what's the capital of Spain?"),
    ],
    all(has("Madrid"), marks(1, ...AKELA)),
  ),
  chat(
    "personas",
    "w-clerk-butler",
    [
      developer("You are a very formal butler. Always address the user as sir or madam."),
      user("How many minutes are there in three hours?"),
    ],
    all(num(180), hasAny("sir", "madam")),
  ),

  // ---- languages -----------------------------------------------------------------------------
  ask(
    "languages",
    "w-florist-french",
    "Answer in French please: what colour are sunflowers?",
    all(lang("fr"), has(/jaunes?/i)),
  ),
  chat(
    "languages",
    "w-taxi-spanish",
    [system("You reply only in Spanish."), user("How many wheels does a car have?")],
    all(any(lang("es"), has("ruedas")), any(num(4), has("cuatro"))),
  ),
  ask(
    "languages",
    "w-baker-german",
    "Answer in German: how many minutes are there in one hour?",
    all(any(lang("de"), has("Minuten")), any(num(60), has("sechzig"))),
  ),
  ask(
    "languages",
    "w-gardener-italian",
    "Reply in Italian: what is the capital city of Portugal?",
    any(all(lang("it"), hasAny("Lisbona", "Lisbon", "Lisboa")), onlyLabel("Lisbona")),
  ),
  ask(
    "languages",
    "w-rowing-translate",
    "How would I say 'pull harder, we are nearly there' in Spanish? it's for a crew from Seville",
    all(has("casi"), hasAny(/\bm[aá]s\s+fuerte/i, /m[aá]s\s+duro/i, /con\s+m[aá]s\s+fuerza/i, /\bfuerte\b/i)),
  ),
  ask(
    "languages",
    "w-clerk-portuguese",
    "Answer in Portuguese: how many days are there in a leap year?",
    all(
      any(num(366), has(/trezentos\s+e\s+sessenta\s+e\s+seis/i)),
      any(lang("pt"), all(has("dias"), hasAny("bissexto", "ano"))),
    ),
  ),
  chat(
    "languages",
    "w-porter-dutch",
    [
      developer("Always answer in Dutch, whatever language the user writes in."),
      user("What's the capital of Belgium?"),
    ],
    any(all(lang("nl"), hasAny("Brussel", "Brussels", "Bruxelles")), onlyLabel("Brussel")),
  ),
  chat(
    "languages",
    "w-scout-merci",
    [
      user("My son is doing a languages badge at cubs and picked French."),
      assistant("That's a great choice! French is fun to learn. How can I help?"),
      user("How do you say 'thank you very much' in French?"),
    ],
    has(/merci\s+beaucoup/i),
  ),

  // ---- memory --------------------------------------------------------------------------------
  chat(
    "memory",
    "w-florist-roses",
    [
      user("I've got an order in for 24 white roses and 12 eucalyptus stems for Saturday's wedding."),
      assistant("Lovely, that sounds like a beautiful arrangement!"),
      user("Also need to ring the supplier about ribbon later."),
      assistant("Noted, don't forget the ribbon."),
      user("how many roses was that order for again?"),
    ],
    about(num(24), "roses", "rose", "white", "order", "wedding"),
  ),
  chat(
    "memory",
    "w-taxi-takings",
    [
      user("Started my shift at 6am. First fare was out to the airport, £38."),
      assistant("Good start to the day!"),
      user("Second one was a short hop into town for £9."),
      assistant("Every little helps."),
      user("What have I taken so far in total?"),
    ],
    about(num(47), "£47", "total", "taken", "fares", "so far", "pounds"),
  ),
  chat(
    "memory",
    "w-clerk-invoice",
    [
      user("The invoice reference I need later is INV-20931, keep it in mind please."),
      assistant("Sure, I'll remember INV-20931."),
      user("Oh and my manager's name is Deborah, she's the one who signs them off."),
      assistant("Got it, Deborah signs off the invoices."),
      user("Right, what was the invoice reference?"),
    ],
    has("INV-20931"),
  ),
  chat(
    "memory",
    "w-porter-bloods",
    [
      user("Next job: I'm taking a patient from Ward 7 down to X-ray, then collecting bloods from Ward 12."),
      assistant("Busy route! Good luck."),
      user("Which ward am I collecting the bloods from?"),
    ],
    about(num(12), "ward", "bloods", "blood"),
  ),
  chat(
    "memory",
    "w-rowing-crews",
    [
      user("Crew A did the 2k test in 6 minutes 40 seconds."),
      assistant("That's a strong time for a 2k."),
      user("Crew B did it in 6 minutes 55."),
      assistant("Also solid, a bit further back."),
      user("Which crew was faster, and by how many seconds?"),
    ],
    all(has(/crew\s+A\b/i), num(15)),
  ),
  chat(
    "memory",
    "w-baker-sesame",
    [
      system("You are a helpful assistant for a street-food stall."),
      user("Customer at the hatch just told me she's allergic to sesame."),
      assistant("Thanks for flagging that. We'll make sure she avoids anything with sesame."),
      user(
        "OK so the cheese borek has no sesame at all, and the simit is covered in sesame seeds. Which one must I NOT give her?",
      ),
    ],
    all(has("simit"), hasAny("sesame", "allergic", "allergy", "seeds", "not", "don't", "avoid")),
  ),
  chat(
    "memory",
    "w-scout-car",
    [
      user(
        "I'm driving cubs to camp on Friday. I've got Tom, Aisha and Ben in my car, and Mrs Okafor is taking Leo, Sam, Isla and Noah in hers.",
      ),
      assistant("Sounds well organised! Drive safely."),
      user("How many kids are in my car?"),
    ],
    about(num(3), "kids", "children", "cubs", "car", "Tom", "Aisha", "Ben"),
  ),
  chat(
    "memory",
    "w-gardener-rotation",
    [
      user("My allotment has four beds: bed 1 is potatoes, bed 2 is beans, bed 3 is onions and bed 4 is brassicas."),
      assistant("Nice, that's a classic four-bed rotation."),
      user(
        "Next year everything moves along one bed, and whatever is in bed 4 goes round to bed 1. So what will be in bed 2 next year?",
      ),
    ],
    any(
      onlyLabel("potatoes", "the potatoes", "potatoes will be in bed 2"),
      has(/bed\s*(?:2|two)\b[^.\n]*potato|potato[^.\n]*bed\s*(?:2|two)\b/i),
    ),
  ),

  // ---- follow-ups ----------------------------------------------------------------------------
  chat(
    "follow-ups",
    "w-florist-card",
    [
      user("Write me a card message for a get-well-soon bouquet."),
      assistant("Wishing you a speedy recovery and brighter days ahead. Thinking of you, with love."),
      user("make it shorter, under 8 words"),
    ],
    all(
      maxWords(7),
      hasAny("well", "better", "recovery", "recover", "soon", "heal", "healing", "feel", "wishing", "thinking", "love"),
    ),
  ),
  chat(
    "follow-ups",
    "w-taxi-half",
    [
      user("How far is a marathon?"),
      assistant("A marathon is 42.195 kilometres, or about 26.2 miles."),
      user("and half of that?"),
    ],
    any(num(21.1, 0.01), num(13.1, 0.01)),
  ),
  chat(
    "follow-ups",
    "w-clerk-reverse",
    [
      user("Put these surnames in alphabetical order: Patel, Evans, Nowak, Brown"),
      assistant("Brown, Evans, Nowak, Patel"),
      user("now reverse it"),
    ],
    inOrder("Patel", "Nowak", "Evans", "Brown"),
  ),
  chat(
    "follow-ups",
    "w-porter-wheelchair",
    [
      user("Is it quicker to take the stairs or the lift to go up one floor?"),
      assistant(
        "For one floor, the stairs are usually quicker, because you don't have to wait for the lift to arrive.",
      ),
      user("what about if I'm pushing a patient in a wheelchair?"),
    ],
    all(hasAny("lift", "lifts", "elevator"), hasAny("wheelchair", "patient", "stairs", "ramp")),
  ),
  chat(
    "follow-ups",
    "w-rowing-warmup",
    [
      user("Give me two warm-up exercises for rowers."),
      assistant("1. Five minutes of light rowing on the erg.\n2. Leg swings and arm circles."),
      user("add one more to the list, same format"),
    ],
    any(listOf(3, "numbered"), all(listOf(1, "numbered"), has(/^\s*3[.)]/m))),
  ),
  chat(
    "follow-ups",
    "w-baker-double",
    [
      user("My flatbread dough is 500 g flour, 300 ml water, 10 g salt and 7 g yeast."),
      assistant("That's a nice, fairly wet dough."),
      user("I need to double it for the weekend market. what are the new amounts?"),
    ],
    all(any(num(1000), has(/\b1\s*kg\b/i)), num(600), num(20), num(14)),
  ),
  chat(
    "follow-ups",
    "w-scout-closest",
    [
      user("Which planets are bigger than Earth?"),
      assistant("Jupiter, Saturn, Uranus and Neptune are all bigger than Earth."),
      user("and which of those is closest to the sun?"),
    ],
    all(has("Jupiter"), lacks("Mercury", "Venus", "Mars")),
  ),
  chat(
    "follow-ups",
    "w-gardener-symbol",
    [
      user("What's the main nutrient in a high-potash feed like tomato food?"),
      assistant("Potassium. Potash is a potassium-rich compound, and potassium helps plants flower and set fruit."),
      user("what's its chemical symbol?"),
    ],
    has(/(?<![\p{L}\p{N}])K(?![\p{L}\p{N}])/u),
  ),

  // ---- summaries -----------------------------------------------------------------------------
  ask(
    "summaries",
    "w-florist-complaint",
    `Can you sum this customer email up in one sentence for my notes? ${FLORIST_EMAIL}`,
    all(
      sentenceCount(1),
      marks(
        2,
        "late",
        "lilies",
        "broken",
        "stems",
        "refund",
        "apology",
        "birthday",
        "bouquet",
        "delivered",
        "delivery",
        "damaged",
        "arrived",
      ),
      noCopy(FLORIST_EMAIL),
    ),
  ),
  ask(
    "summaries",
    "w-taxi-notice",
    `Got this from the council, what's the gist in under 20 words? ${COUNCIL_NOTICE}`,
    all(
      maxWords(19),
      marks(
        2,
        "card",
        "payment",
        "tariff",
        "fare",
        "fares",
        "£3.40",
        "inspection",
        "inspections",
        "licence",
        "suspended",
      ),
      noCopy(COUNCIL_NOTICE),
    ),
  ),
  ask(
    "summaries",
    "w-clerk-memo",
    `Summarise this memo in exactly 3 bullet points: ${CLERK_MEMO}`,
    all(
      listOf(3, "bullet"),
      marks(
        2,
        "postcode",
        "postcodes",
        "capital",
        "capitals",
        "blue",
        "form",
        "overtime",
        "Janet",
        "approved",
        "approval",
      ),
      noCopy(CLERK_MEMO),
    ),
  ),
  chat(
    "summaries",
    "w-porter-handover",
    [...PORTER_HANDOVER, user("Summarise those notes in two sentences for the day shift.")],
    all(
      sentenceCount(2),
      marks(2, "lift", "engineer", "wheelchairs", "wheelchair", "A&E", "Ward 10", "theatre", "porter", "7am"),
      noCopy(text(PORTER_HANDOVER)),
    ),
  ),
  chat(
    "summaries",
    "w-rowing-chat",
    [...ROWING_CHAT, user("Summarise our chat in one sentence so I can put it in my coaching log.")],
    all(
      sentenceCount(1),
      marks(2, "rushing", "rush", "slide", "recovery", "stroke", "rate", "pause", "ratio", "cap", "24", "drills"),
      SPEAKER,
      noCopy(text(ROWING_CHAT)),
    ),
  ),
  ask(
    "summaries",
    "w-baker-text",
    BAKER_NOTE,
    all(
      singleLine(),
      maxWords(40),
      marks(2, "extinguisher", "fire blanket", "fire", "gas", "certificate", "£5", "fees", "pitch", "fee", "safety"),
      noCopy(BAKER_NOTE),
    ),
  ),
  ask(
    "summaries",
    "w-scout-letter",
    `Summarise this for my partner in under 30 words, and include the dates and the cost. ${SCOUT_LETTER}`,
    all(maxWords(29), num(45), has(/13/), has(/15/), hasAny("camp", "camping"), noCopy(SCOUT_LETTER)),
  ),
  ask(
    "summaries",
    "w-gardener-minutes",
    `Give me the key points of these minutes as a numbered list of 3. ${ALLOTMENT_MINUTES}`,
    all(
      listOf(3, "numbered"),
      marks(2, "water", "troughs", "rent", "rents", "£38", "31 January", "padlock", "gate", "code", "seed swap"),
      noCopy(ALLOTMENT_MINUTES),
    ),
  ),

  // ---- structured ----------------------------------------------------------------------------
  structured(
    "w-florist-order",
    "Extract the order from this message: 'Please send 18 red tulips to Mrs Hale at 4 Mill Lane on Wednesday.'",
    {
      flower: { type: "string" },
      colour: { type: "string" },
      quantity: { type: "integer" },
      recipient: { type: "string" },
      day: { type: "string", enum: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] },
    },
    json({
      flower: isString(/tulips?/i),
      colour: isString(/^red$/i),
      quantity: isInteger(18),
      recipient: isString(/Hale/i),
      day: oneOf("Wednesday"),
    }),
  ),
  structured(
    "w-taxi-fare",
    "A fare is £3.20 to start plus £1.80 per mile. What is the fare for a 5 mile journey?",
    { miles: { type: "number" }, total_pounds: { type: "number" } },
    json({ miles: isNumber(5), total_pounds: isNumber(12.2, 0.001) }),
  ),
  structured(
    "w-clerk-record",
    "Pull the fields out of this line from the staff list: 'Smith, John - DOB 03/11/1985 - Staff no. 4471'",
    { first_name: { type: "string" }, last_name: { type: "string" }, staff_number: { type: "integer" } },
    json({ first_name: isString(/^John$/i), last_name: isString(/^Smith$/i), staff_number: isInteger(4471) }),
  ),
  structured(
    "w-porter-priority",
    "Classify this porter job request: 'Patient in Bay 3 needs taking to theatre now, the surgeon is waiting.'",
    {
      priority: { type: "string", enum: ["urgent", "routine"] },
      destination: { type: "string" },
    },
    json({ priority: oneOf("urgent"), destination: isString(/theatre|theater|surgery|operating/i) }),
  ),
  structured(
    "w-rowing-split",
    "A rower covers 2000 metres in 8 minutes. What's the total time in seconds, and the average time per 500 metres in seconds?",
    { total_seconds: { type: "number" }, split_seconds_per_500m: { type: "number" } },
    json({ total_seconds: isNumber(480), split_seconds_per_500m: isNumber(120) }),
  ),
  structured(
    "w-baker-boiling",
    "What temperature does water boil at, at sea level? Give it in Celsius and in Fahrenheit.",
    { celsius: { type: "number" }, fahrenheit: { type: "number" } },
    json({ celsius: isNumber(100), fahrenheit: isNumber(212) }),
  ),
  structured(
    "w-scout-photosynthesis",
    "For my son's cub science badge: which gas do plants take in from the air to make their food? Give the name and the chemical formula.",
    { gas: { type: "string" }, formula: { type: "string" } },
    json({ gas: isString(/carbon dioxide/i), formula: isString(/^CO(?:2|₂)$/) }),
  ),
  structured(
    "w-gardener-harvest",
    "Log this: harvested 3.5 kg of runner beans from plot 14 on Sunday.",
    {
      crop: { type: "string" },
      weight_kg: { type: "number" },
      plot: { type: "integer" },
      day: { type: "string", enum: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] },
    },
    json({
      crop: isString(/runner beans?|beans?/i),
      weight_kg: isNumber(3.5),
      plot: isInteger(14),
      day: oneOf("Sunday"),
    }),
    [system("You help allotment gardeners keep records of their harvests.")],
  ),

  // ---- tools ---------------------------------------------------------------------------------
  toolTrip(
    "w-taxi-journey",
    {
      question: "How long will it take me to get from the station to the airport right now?",
      tool: "get_travel_time",
      description: "Driving time between two places with current traffic",
      parameters: { from: { type: "string" }, to: { type: "string" } },
      args: { from: "station", to: "airport" },
      result: { from: "Central Station", to: "Airport", minutes: 25, distance_km: 14.2, traffic: "heavy" },
    },
    all(num(25), hasAny("minutes", "minute", "mins", "min")),
  ),
  toolTrip(
    "w-florist-stock",
    {
      question: "Do we have any peonies left in the cold room?",
      tool: "check_stock",
      description: "Stock level of an item in the shop",
      parameters: { item: { type: "string" } },
      args: { item: "peonies" },
      result: { item: "peonies", in_stock: 0, next_delivery: "Friday" },
    },
    all(
      has("Friday"),
      hasAny(
        "no",
        "none",
        "zero",
        "0",
        "out of stock",
        "sold out",
        "don't have",
        "do not have",
        "run out",
        "ran out",
        "not in stock",
        "out of",
        "none left",
        "all gone",
        "not any",
      ),
    ),
  ),
  toolTrip(
    "w-clerk-balance",
    {
      question: "How much does customer C-1182 still owe us?",
      tool: "lookup_customer",
      description: "Look up a customer account by id",
      parameters: { customer_id: { type: "string" } },
      args: { customer_id: "C-1182" },
      result: { id: "C-1182", name: "Harriet Cole", balance_due: 145.5, last_order: "2026-11-28" },
    },
    all(num(145.5, 0.001), hasAny("owe", "owes", "owing", "balance", "due", "outstanding", "Harriet")),
  ),
  toolTrip(
    "w-porter-beds",
    {
      question: "Any free beds on Ward 9? I've got a patient coming up from A&E.",
      tool: "find_free_beds",
      description: "Free beds on a hospital ward",
      parameters: { ward: { type: "string" } },
      args: { ward: "Ward 9" },
      result: { ward: "Ward 9", free_beds: 2, beds: ["9B", "9F"] },
    },
    all(any(num(2), has("9B", "9F")), hasAny("bed", "beds", "9B", "9F")),
  ),
  toolTrip(
    "w-rowing-river",
    {
      system:
        "You are the rowing club's boating assistant. Safety rule: no boats go out when the wind is over 20 knots.",
      question: "Can the juniors go out on the river this morning?",
      tool: "get_river_conditions",
      description: "Current river and wind conditions at the club",
      parameters: { river: { type: "string" } },
      args: { river: "Thames" },
      result: { river: "Thames", wind_knots: 24, flow: "fast", flag: "red" },
    },
    all(
      any(num(24), has("red")),
      hasAny(
        "no",
        "not",
        "shouldn't",
        "should not",
        "can't",
        "cannot",
        "unsafe",
        "stay off",
        "too windy",
        "too strong",
      ),
    ),
  ),
  toolTrip(
    "w-baker-orders",
    {
      question: "How many gozleme have been ordered today altogether?",
      tool: "get_orders_today",
      description: "Today's orders at the stall",
      parameters: { date: { type: "string" } },
      args: { date: "today" },
      result: {
        orders: [
          { item: "lamb gozleme", qty: 14 },
          { item: "spinach gozleme", qty: 9 },
          { item: "cheese borek", qty: 6 },
        ],
      },
    },
    all(num(23), hasAny("gozleme", "gözleme", "ordered", "orders", "total")),
  ),
  toolTrip(
    "w-scout-party",
    {
      question: "When is the cubs' Christmas party?",
      tool: "get_events",
      description: "Upcoming events for a scout group",
      parameters: { group: { type: "string" }, month: { type: "string" } },
      args: { group: "cubs", month: "December" },
      result: {
        events: [
          { title: "Bike safety night", date: "2026-12-10", time: "18:30" },
          { title: "Christmas party", date: "2026-12-17", time: "18:00" },
        ],
      },
    },
    all(has(/\b17(?:th)?\b|seventeenth|2026-12-17/i), has(/18[:.]00|\b6(?:[:.]00)?\s*(?:pm|p\.m\.)|six o'clock/i)),
  ),
  toolTrip(
    "w-gardener-frost",
    {
      question: "Is there going to be a frost this week? Need to know whether to fleece my broad beans.",
      tool: "get_forecast",
      description: "Night-time minimum temperatures for the next few days",
      parameters: { place: { type: "string" }, days: { type: "integer" } },
      args: { place: "Leeds", days: 3 },
      result: {
        place: "Leeds",
        nights: [
          { day: "Tuesday", min_c: 2 },
          { day: "Wednesday", min_c: -3 },
          { day: "Thursday", min_c: 1 },
        ],
      },
    },
    all(has("Wednesday"), num(-3)),
  ),

  // ---- coding --------------------------------------------------------------------------------
  ask(
    "coding",
    "w-clerk-phone",
    "Write a JavaScript function cleanPhone(s) that removes every space and every dash from a phone number string.",
    runs("cleanPhone", [
      [["0161 496-0123"], "01614960123"],
      [["07700 900 461"], "07700900461"],
      [["12345"], "12345"],
    ]),
  ),
  ask(
    "coding",
    "w-taxi-pence",
    "Write a TypeScript function farePence(miles: number) that returns the fare in pence: 320 pence to start plus 180 pence for every mile.",
    runs("farePence", [
      [[0], 320],
      [[5], 1220],
      [[10], 2120],
    ]),
  ),
  ask("coding", "w-porter-upper", "What does 'ward 7'.toUpperCase() return in JavaScript?", has(/WARD 7/)),
  ask(
    "coding",
    "w-rowing-average",
    "Write a JS function average(times) that returns the average of an array of numbers, I want it for my crew's 2k times in seconds",
    runs("average", [
      [[[400, 410, 420]], 410],
      [[[5]], 5],
      [[[1, 2]], 1.5],
    ]),
  ),
  ask(
    "coding",
    "w-florist-stems",
    "Could you please write a JavaScript function totalStems(bunches, stemsPerBunch) that returns how many stems there are altogether?",
    runs("totalStems", [
      [[3, 10], 30],
      [[0, 12], 0],
      [[7, 5], 35],
    ]),
  ),
  ask(
    "coding",
    "w-baker-length",
    'What does "gozleme".length give in JavaScript?',
    any(onlyLabel("7"), all(num(7), hasAny("length", "characters", "letters", "gozleme"))),
  ),
  ask(
    "coding",
    "w-scout-bug",
    "my code is `let badges = 5; badges + 1; console.log(badges);` and it prints 5 not 6. why?? my son is trying to count his badges",
    all(
      hasAny(
        /\+=/,
        /\+\+/,
        /badges\s*=\s*badges\s*\+\s*1/,
        "assign",
        "assigned",
        "assignment",
        "store",
        "stored",
        "save",
        "saved",
      ),
      hasAny("badges", "variable"),
    ),
  ),
  chat(
    "coding",
    "w-gardener-loop",
    [
      system("You are a patient coding tutor for complete beginners."),
      user("how do i write a for loop in javascript that prints the numbers 1 to 5?"),
    ],
    all(has(/for\s*\(/), has(/console\.log/), hasAny(/<=\s*5/, /<\s*6/)),
  ),

  // ---- out of scope --------------------------------------------------------------------------
  cannot("w-taxi-m25", "Is the M25 jammed right now between junctions 10 and 12? Deciding whether to take the fare."),
  cannot(
    "w-florist-wholesale",
    "What's the wholesale price of red roses at the flower market this week? Valentine's is coming and I need to budget.",
  ),
  cannot("w-porter-rota", [
    user("I'm a porter at St Anne's, been there six years."),
    assistant("Six years! You must know every corridor by now."),
    user("Am I on the rota for Christmas Day this year?"),
  ]),
  cannot("w-rowing-boat-race", "who won the Boat Race this year, Oxford or Cambridge? missed it"),
  cannot(
    "w-baker-footfall",
    "How many people are going to walk past my stall at this Saturday's market? I'm trying to work out how much dough to make.",
  ),
  cannot("w-scout-woggle", "Where did my son leave his woggle? He definitely had it on Tuesday."),
  cannot("w-gardener-derek", "What did my allotment neighbour Derek plant in his greenhouse yesterday?"),
  cannot("w-clerk-rate", "What's the Bank of England base rate today? Need it for a spreadsheet."),
];

export const BLIND_W: EverydayPrompt[] = PROMPTS;
