/**
 * A BLIND everyday set (z), written without reading the model: prompts as a beekeeper, a hospital
 * porter, a wedding photographer, a sheep farmer, a piano tuner, a bus-station cleaner, a university
 * librarian and a food-bank volunteer would type them.
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
  isInteger,
  isNumber,
  json,
  lacks,
  lang,
  limerick,
  linesEach,
  linesOf,
  listOf,
  marks,
  maxWords,
  names,
  noCopy,
  num,
  oneOf,
  onlyLabel,
  pick,
  runs,
  sentenceCount,
  spelled,
  startsYesNo,
  weekday,
} from "./checks";
import type { Check, EverydayPrompt, Family } from "./types";

/** The prompt filed under another family (a schema, a tool round trip or code asking that family's question). */
const under =
  (family: Family) =>
  (p: EverydayPrompt): EverydayPrompt => ({ ...p, family, id: `${family}/${p.id.slice(p.id.indexOf("/") + 1)}` });

/** Exactly one of the options is named, in a short reply (a pick, not the whole list back). */
const onePick = (...options: string[]): Check =>
  all(maxWords(30), (reply) => {
    const text = reply.text.toLowerCase();
    const found = options.filter((o) => new RegExp(`(?<![\\p{L}])${o.toLowerCase()}(?![\\p{L}])`, "u").test(text));
    return found.length === 1 ? true : `${found.length} of the options named, not one`;
  });

const COIN: Check = all(maxWords(30), any(all(has("heads"), lacks("tails")), all(has("tails"), lacks("heads"))));

/** The lines start with the letters of `word`, in order (an acrostic). */
const acrostic =
  (word: string): Check =>
  (reply) => {
    const lines = linesOf(reply.text).map((l) => l.replace(/^[^\p{L}]+/u, ""));
    if (lines.length !== word.length) return `${lines.length} lines, not ${word.length}`;
    const firsts = lines.map((l) => l[0]?.toUpperCase() ?? "").join("");
    return firsts === word.toUpperCase() ? true : `lines start ${firsts}, not ${word}`;
  };

const DOLLY = [
  /\bba+h*\b/i,
  /\bme+h\b/i,
  "sheep",
  "flock",
  "field",
  "meadow",
  "grass",
  "wool",
  "woolly",
  "fleece",
  "lamb",
  "lambs",
  "ewe",
  "ewes",
  "farmer",
  "hay",
  "munch",
  "munching",
  "graze",
  "grazing",
  "pasture",
  "hoof",
  "hooves",
  "dog",
  "sheepdog",
  "farm",
  "farmyard",
  "barn",
  "Dolly",
  "chew",
  "chewing",
  "nibble",
  "friend",
  "baa-rilliant",
  "ewe-nique",
];
const COMMENTATOR = [
  /!/,
  "what a",
  "incredible",
  "unbelievable",
  "ladies and gentlemen",
  "folks",
  "here we go",
  "and it's",
  "and there it is",
  "amazing",
  "fantastic",
  "sensational",
  "crowd",
  "the crowd",
  "goes wild",
  "score",
  "scores",
  "goal",
  "champion",
  "winner",
  "finish line",
  "race",
  "lap",
  "match",
  "game",
  "stunning",
  "spectacular",
  "oh my",
  "wow",
];
const BEES = [
  "bee",
  "bees",
  "honeybee",
  "honeybees",
  "hive",
  "hives",
  "honey",
  "comb",
  "buzz",
  "buzzing",
  "hum",
  "humming",
  "flower",
  "flowers",
  "blossom",
  "nectar",
  "pollen",
  "wings",
  "queen",
  "swarm",
  "clover",
  "lavender",
  "golden",
];
const PORTERS = [
  "porter",
  "porters",
  "trolley",
  "wheelchair",
  "bed",
  "beds",
  "ward",
  "wards",
  "hospital",
  "corridor",
  "corridors",
  "patient",
  "patients",
  "theatre",
  "lift",
  "nurse",
  "nurses",
  "shift",
  "A&E",
  "x-ray",
  "stretcher",
];
const SNOWY_LAMB = [
  "lamb",
  "lambs",
  "ewe",
  "snow",
  "snowy",
  "snowdrift",
  "drift",
  "flakes",
  "white",
  "cold",
  "frozen",
  "blizzard",
  "winter",
  "shepherd",
  "farmer",
  "sheepdog",
  "dog",
  "flock",
];
const BINS_SLOGAN = [
  "bin",
  "bins",
  "litter",
  "rubbish",
  "trash",
  "waste",
  "tidy",
  "clean",
  "cleaner",
  "station",
  "bus",
  "buses",
  "drop",
  "toss",
];
const DISSERTATION = [
  "start",
  "early",
  "plan",
  "planning",
  "research",
  "question",
  "supervisor",
  "sources",
  "source",
  "reference",
  "references",
  "referencing",
  "citation",
  "citations",
  "cite",
  "reading",
  "read",
  "literature",
  "review",
  "draft",
  "drafts",
  "deadline",
  "deadlines",
  "notes",
  "outline",
  "structure",
  "schedule",
  "timetable",
  "write",
  "writing",
  "library",
  "proofread",
  "argument",
  "topic",
  "chapter",
  "chapters",
  "back up",
];

const PORTER_EMAIL =
  "Hi team, from Monday 9 March the porters' base is moving out of the basement to room G14, next to main reception. The old base is being shut for asbestos removal and will be out of use for roughly six weeks. Please clear out your lockers by Friday 6 March, as anything still in them after that will be binned. Radios and bleeps will be handed out from the new room as usual. Cheers, Gareth";
const CLEANER_NOTICE =
  "From next week the station cleaning rota is changing. The early shift will start at 5am instead of 6am and finish at 1pm. The toilets next to stands 1 to 10 have to be checked every hour and signed off on the sheet on the back of the door. The new floor scrubber lives in the store cupboard beside the café, and only staff who have been trained on it may use it. If you find a needle, do not pick it up yourself: tell the supervisor straight away.";
const FOOD_BANK_CHAT = [
  "Jo: can anyone cover my Thursday 10-1 shift? got a hospital appointment",
  "Sam: I can do 10 till 12 but have to leave after that",
  "Lena: I'll take 12 to 1 then",
  "Jo: you two are stars, thank you!! keys are in the usual place",
  "Sam: oh and we're nearly out of UHT milk and loo roll, can someone tell Carol",
].join("\n");

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals --------------------------------------------------------------------------------
  ask(
    "capitals",
    "z-carniolan",
    "My Carniolan bees originally come from Slovenia. Someone at the bee club asked me the capital of Slovenia and I went blank, what is it?",
    has("Ljubljana"),
  ),
  ask(
    "capitals",
    "z-two-nurses",
    "two of the nurses i push beds with are from chile and colombia. whats the capital of each of them",
    all(has("Santiago"), hasAny("Bogotá", "Bogota")),
  ),
  chat(
    "capitals",
    "z-danube-shoot",
    [
      user("I've been booked to photograph a destination wedding in Hungary next June!"),
      assistant("Congratulations, that sounds like a wonderful job. How can I help you prepare?"),
      user("The couple want portraits along the Danube in the capital. Which city is that?"),
    ],
    has("Budapest"),
  ),
  ask(
    "capitals",
    "z-lamb-buyer",
    "got a buyer for some of my lambs who deals with morocco. whats the capital of morocco, its not casablanca is it",
    has("Rabat"),
  ),
  ask(
    "capitals",
    "z-bosendorfer",
    "Tuning a lovely old Bösendorfer grand today. They're built in the Austrian capital, remind me which city that is?",
    hasAny("Vienna", "Wien"),
  ),
  chat(
    "capitals",
    "z-ottawa",
    [
      system("You are a helpful assistant. Answer in one sentence."),
      user("a tourist waiting for the airport coach asked me the capital of canada. i said toronto, was i right?"),
    ],
    has("Ottawa"),
  ),
  chat(
    "capitals",
    "z-varsovia",
    [
      developer("Responde siempre en español, con una sola frase."),
      user(
        "An exchange student at the library help desk wants to know the capital city of Poland. What should I tell her?",
      ),
    ],
    all(hasAny("Varsovia", "Warsaw", "Warszawa"), lang("es")),
  ),
  ask(
    "capitals",
    "z-asmara",
    "We've just registered a lovely family from Eritrea at the food bank and I'd like to chat about home with them. What's the capital of Eritrea?",
    has("Asmara"),
  ),

  // ---- elements --------------------------------------------------------------------------------
  ask(
    "elements",
    "z-smoker-zinc",
    "The firebox on my bee smoker is zinc plated. Out of curiosity, what's the atomic number of zinc?",
    num(30),
  ),
  ask(
    "elements",
    "z-oxygen-cylinders",
    "I move oxygen cylinders round the wards all day. what's oxygen's atomic number and its symbol?",
    all(num(8), has(/\bO\b/)),
  ),
  ask(
    "elements",
    "z-bromide",
    "Old black and white film used silver bromide. What's the atomic number of bromine?",
    num(35),
  ),
  ask(
    "elements",
    "z-selenium",
    "vet reckons my ewes are low in selenium. whats the chemical symbol for selenium",
    has(/\bSe\b/),
  ),
  ask(
    "elements",
    "z-bass-strings",
    "The bass strings on a piano are wound with copper wire. What is the chemical symbol for copper?",
    has(/\bCu\b/),
  ),
  chat(
    "elements",
    "z-baa-sodium",
    [
      system("You are Dolly, a chatty farmyard sheep. Stay in character and keep it short."),
      user("dolly, which element has the symbol Na?"),
    ],
    all(has("sodium"), marks(2, ...DOLLY)),
  ),
  chat(
    "elements",
    "z-gold-79",
    [
      user("I'm putting together a book display for chemistry week in the science library."),
      assistant("What a nice idea! Do you want help choosing a theme?"),
      user("The theme is one element. It's number 79 on the periodic table. Which element is that?"),
    ],
    has("gold"),
  ),
  ask(
    "elements",
    "z-helium-quiz",
    "doing the quiz for the food bank volunteers christmas do. which element is number 2 on the periodic table?",
    has("helium"),
  ),

  // ---- planets ---------------------------------------------------------------------------------
  ask(
    "planets",
    "z-near-sun",
    "My bees find their way using the sun. Got me wondering, which planet is closest to the sun?",
    has("Mercury"),
  ),
  ask(
    "planets",
    "z-bright-star",
    "on my break outside A&E last night there was a really bright 'star' near the moon and a nurse said it was the brightest planet. which planet would that be?",
    has("Venus"),
  ),
  ask(
    "planets",
    "z-rings",
    "I'm trying some astrophotography between wedding seasons. Which planet is famous for its big bright rings?",
    has("Saturn"),
  ),
  ask(
    "planets",
    "z-between",
    "checking sheep at night under the stars. how many planets are there between earth and the sun?",
    num(2),
  ),
  chat(
    "planets",
    "z-fifth",
    [
      system(
        "You are an over-excited sports commentator. Everything you say sounds like live commentary. Stay in character.",
      ),
      user(
        "I tuned the piano for a concert of Holst's Planets last night. Counting out from the sun, which planet comes fifth?",
      ),
    ],
    all(has("Jupiter"), marks(2, ...COMMENTATOR)),
  ),
  chat(
    "planets",
    "z-next-out",
    [
      system("Keep every answer to one sentence."),
      user("which planet are we on, and which one is the next one out from the sun after ours"),
    ],
    all(has("Earth"), has("Mars")),
  ),
  ask(
    "planets",
    "z-nine-planets",
    "I'm cataloguing a 1980s children's book that says there are nine planets. How many planets does the solar system have now?",
    num(8),
  ),
  ask(
    "planets",
    "z-first-four",
    "A kid in the queue at the food bank asked me the planets in order from the sun. I only need the first four, in order",
    inOrder("Mercury", "Venus", "Earth", "Mars"),
  ),

  // ---- arithmetic ------------------------------------------------------------------------------
  // 14 × 23 = 322
  ask(
    "arithmetic",
    "z-honey-total",
    "I've got 14 hives and each one gave me about 23 lb of honey this summer. How much honey is that altogether?",
    num(322),
  ),
  // 38 + 41 + 29 + 45 + 36 = 189
  ask(
    "arithmetic",
    "z-patient-moves",
    "i did 38 patient moves monday, 41 tuesday, 29 wednesday, 45 thursday and 36 friday. how many in total this week",
    num(189),
  ),
  // 1850 + 24 × 35 = 1850 + 840 = 2690
  under("arithmetic")(
    structured(
      "z-album-quote",
      "Work out my quote: the full-day wedding package is £1,850, plus £35 for every printed album page. The couple want 24 pages.",
      { base_fee: { type: "number" }, album_pages: { type: "integer" }, total: { type: "number" } },
      json({ base_fee: isNumber(1850), album_pages: isInteger(24), total: isNumber(2690) }),
    ),
  ),
  // 212 + 347 = 559
  under("arithmetic")(
    toolTrip(
      "z-top-meadow",
      {
        question: "How many sheep have I got up on Top Meadow altogether, ewes and lambs?",
        tool: "count_flock",
        description: "The latest head count of a field, by kind of animal",
        parameters: { field: { type: "string" } },
        args: { field: "Top Meadow" },
        result: { field: "Top Meadow", ewes: 212, lambs: 347, counted: "this morning" },
        system: "You help a sheep farmer keep track of the flock.",
      },
      num(559),
    ),
  ),
  // 0 → 0; 1 → 70 + 15 = 85; 3 → 210 + 15 = 225
  ask(
    "arithmetic",
    "z-day-pay",
    "I charge £70 per piano tuning, plus a £15 call-out fee once per day if I do any tunings that day. Can you write me a JavaScript function dayPay(tunings) that gives the day's total in pounds? 0 tunings should give 0.",
    runs("dayPay", [
      [[0], 0],
      [[1], 85],
      [[3], 225],
    ]),
  ),
  // 16 × 2 × 3 = 96
  chat(
    "arithmetic",
    "z-bin-rounds",
    [
      user("There are 16 bays at our bus station and every bay has 2 bins."),
      assistant("Got it, 16 bays with 2 bins in each."),
      user("I empty every bin 3 times a shift. How many bin emptyings is that each shift?"),
    ],
    num(96),
  ),
  // 1248 − 17 = 1231; 1231 / 40 = 30.775 → 31 trolleys
  ask(
    "arithmetic",
    "z-trolleys",
    "We had 1,248 books returned this week and 17 were too damaged to go back out. The rest get reshelved from trolleys that hold 40 books each. How many trolley loads is that, counting a part-full one as a load?",
    num(31),
  ),
  // beans 96 / 3 = 32, soup 72 / 2 = 36 → 32 full parcels
  ask(
    "arithmetic",
    "z-parcels",
    "We've got 96 tins of beans and 72 tins of soup. Every parcel gets 3 tins of beans and 2 tins of soup. How many complete parcels can we make?",
    num(32),
  ),

  // ---- percentages -----------------------------------------------------------------------------
  // 6 / 20 = 30%
  ask(
    "percentages",
    "z-winter-losses",
    "Lost 6 of my 20 colonies over the winter, gutted. What percentage of my colonies is that?",
    num(30),
  ),
  // 171 / 180 = 0.95 → 95%, target met
  ask(
    "percentages",
    "z-target",
    "Our target is 95% of portering jobs done within 20 minutes. Today we did 171 out of 180 in time. What's our percentage and did we hit the target?",
    all(num(95), has(/\b(?:yes|hit|met|meets?|made|achieved?|reached|exactly|on target|spot on)\b/i)),
  ),
  // 30% of 2400 = 720; 2400 − 720 = 1680
  ask(
    "percentages",
    "z-deposit",
    "I take a 30% deposit on bookings. The couple have picked the £2,400 package. How much is the deposit, and how much will they owe after that?",
    all(num(720), num(1680)),
  ),
  // 297 / 180 = 1.65 → 165%
  chat(
    "percentages",
    "z-lambing",
    [
      system("You help a hill farmer with farm sums. Be brief."),
      user("180 ewes went to the tup and i weaned 297 lambs. whats my lambing percentage"),
    ],
    num(165),
  ),
  // (84 − 75) / 75 = 0.12 → 12%
  ask(
    "percentages",
    "z-fee-rise",
    "I'm putting my standard tuning fee up from £75 to £84 next year. What percentage increase is that?",
    num(12),
  ),
  // 3200 × 0.85 = 2720
  ask(
    "percentages",
    "z-budget-cut",
    "the cleaning budget for the bus station got cut by 15%. it used to be £3,200 a month. whats it now",
    num(2720),
  ),
  // 48 / 640 = 0.075 → 7.5%
  under("percentages")(
    structured(
      "z-overdue",
      "Of the 640 books on this term's reading lists, 48 are currently overdue. What percentage is overdue?",
      { overdue: { type: "integer" }, total: { type: "integer" }, percent_overdue: { type: "number" } },
      json({ overdue: isInteger(48), total: isInteger(640), percent_overdue: isNumber(7.5) }),
    ),
  ),
  // 420 × 1.35 = 567
  chat(
    "percentages",
    "z-more-parcels",
    [
      user("Last month our food bank gave out 420 parcels."),
      assistant("That's a huge amount of help for your community, well done to everyone involved."),
      user("This month it was 35% more than that. How many parcels did we give out this month?"),
    ],
    num(567),
  ),

  // ---- conversions -----------------------------------------------------------------------------
  // 3 × 6.50 = 19.50 → 1950 pence
  chat(
    "conversions",
    "z-pence",
    [
      user("A customer at the farm gate wants 3 jars of my honey at £6.50 a jar. How much is that?"),
      assistant("3 jars at £6.50 each comes to £19.50."),
      user("and how many pence is that? my card reader wants it in pence"),
    ],
    num(1950),
  ),
  // 450 / 1609.344 = 0.2796 miles
  ask(
    "conversions",
    "z-corridor",
    "the corridor from A&E to x-ray is about 450 metres and i walk it a lot. how far is that in miles?",
    num(0.28, 0.02),
  ),
  // 85 / 25.4 = 3.346 inches
  ask(
    "conversions",
    "z-lens",
    "My favourite portrait lens is 85mm. How many inches is 85 mm?",
    any(num(3.35, 0.01), num(3.3)),
  ),
  // 3.2 × 2.20462 = 7.05 lb
  ask("conversions", "z-fleece", "weighed a fleece at 3.2 kg. what's that in pounds?", num(7.05, 0.05)),
  // 6 ft 2 in = 74 in × 2.54 = 187.96 → 188 cm
  chat(
    "conversions",
    "z-grand-length",
    [
      system("You help a piano tuner with measurements. Round to the nearest whole number."),
      user("A customer's grand piano is 6 feet 2 inches long. How many centimetres is that?"),
    ],
    num(188, 0.5),
  ),
  // 2 × 4.54609 = 9.09 litres
  ask(
    "conversions",
    "z-mop-bucket",
    "my mop bucket says 2 gallons on the side. I'm in the UK so imperial gallons. how many litres does it hold then?",
    num(9.09, 0.05),
  ),
  // 21 × 9/5 + 32 = 69.8 °F
  ask(
    "conversions",
    "z-reading-room",
    "A visiting American professor asked how warm the reading room is. The thermostat says 21°C. What is that in Fahrenheit?",
    num(69.8, 0.25),
  ),
  // 25 × 0.45359 = 11.34 kg
  chat(
    "conversions",
    "z-rice",
    [
      user("A local church donated a sack of rice to us, it says 25 pounds on it."),
      assistant("That's a generous donation!"),
      user("Our stock sheet is in kilos though. How many kilograms is 25 lb?"),
    ],
    num(11.34, 0.05),
  ),

  // ---- dates -----------------------------------------------------------------------------------
  // 6 June 2026 + 7 days = 13 June 2026
  ask(
    "dates",
    "z-queen-check",
    "I introduced a new queen to a hive on Saturday 6 June 2026 and I should leave them alone for 7 days before checking. What date can I check her?",
    dateIs(2026, 6, 13),
  ),
  // 1 January 2027 is a Friday
  ask(
    "dates",
    "z-new-year",
    "i'm on the rota for new years day 2027. what day of the week does 1 january 2027 fall on?",
    weekday("Friday"),
  ),
  // 19 September 2026 + 42 days = 31 October 2026
  ask(
    "dates",
    "z-gallery-due",
    "The wedding is on 19 September 2026 and I've promised the couple their gallery 6 weeks after the day. What date is that?",
    dateIs(2026, 10, 31),
  ),
  // 5 November 2026 + 147 days = 1 April 2027
  ask(
    "dates",
    "z-tupping",
    "tups went in with the ewes on 5 november 2026. if they carry 147 days, what date do the first lambs come?",
    dateIs(2027, 4, 1),
  ),
  // 14 February 2026 + 4 months = 14 June 2026
  ask(
    "dates",
    "z-church-piano",
    "I tune the church piano every 4 months. The last visit was 14 February 2026. When's the next one due?",
    dateIs(2026, 6, 14),
  ),
  // 3 March → 17 April 2026: 45 days (46 counting both ends)
  ask(
    "dates",
    "z-holiday",
    "how many days is it from 3 march 2026 to 17 april 2026? counting down to my holiday from the station lol",
    any(num(45), num(46)),
  ),
  // 9 October 2026 + 28 days = 6 November 2026, a Friday
  chat(
    "dates",
    "z-loan-due",
    [
      system("Reply with the weekday only."),
      user("A four-week loan was issued on Friday 9 October 2026. It's due back 28 days later. Which day of the week?"),
    ],
    weekday("Friday"),
  ),
  // next 29 February after 2024 is in 2028
  ask(
    "dates",
    "z-leap-birthday",
    "Our food bank opened on 29 February 2024, so we only get a proper birthday in leap years. What year is the next 29 February after that?",
    has(/\b2028\b/),
  ),

  // ---- counting --------------------------------------------------------------------------------
  ask("counting", "z-apiarist", "how many letters are in the word apiarist?", num(8)),
  // Take Mrs Hale from the discharge lounge to the main entrance please = 12
  ask(
    "counting",
    "z-job-words",
    "How many words are in this job slip? 'Take Mrs Hale from the discharge lounge to the main entrance please'",
    num(12),
  ),
  // p-h-o-t-o-g-r-a-p-h-e-r: o twice
  ask("counting", "z-photographer-o", "How many times does the letter o appear in 'photographer'?", num(2)),
  // s-h-e-a-r-l-i-n-g: e, a, i
  ask("counting", "z-shearling", "count the vowels in the word shearling", num(3)),
  ask("counting", "z-black-keys", "How many black keys are there on a standard 88-key piano?", num(36)),
  // bays 1-9 minus bay 4 = 8
  chat(
    "counting",
    "z-bays-done",
    [
      user("I've done bays 1 to 9 this morning, apart from bay 4 which was coned off for a spill."),
      assistant("Sounds like a busy morning! Hopefully bay 4 is sorted soon."),
      user("so how many bays have I actually cleaned"),
    ],
    num(8),
  ),
  // Middlemarch, Beloved, Dubliners, Things Fall Apart, Rebecca, Persuasion, The Remains of the Day = 7
  ask(
    "counting",
    "z-reading-list",
    "How many books are on this reading list? Middlemarch; Beloved; Dubliners; Things Fall Apart; Rebecca; Persuasion; The Remains of the Day",
    num(7),
  ),
  // pasta, tinned tomatoes, nappies, cereal, tea bags = 5 different
  ask(
    "counting",
    "z-distinct-items",
    "A client's list says: pasta, tinned tomatoes, nappies, pasta, cereal, tea bags, tinned tomatoes. How many different items is that?",
    num(5),
  ),

  // ---- word tasks ------------------------------------------------------------------------------
  ask("word-tasks", "z-propolis", "spell the word propolis backwards", has("siloporp")),
  ask(
    "word-tasks",
    "z-base-move",
    `Can you sum this email up in one sentence for the porters' whatsapp group?\n\n${PORTER_EMAIL}`,
    all(sentenceCount(1), hasAny("base", "G14", "room"), has(/\b(?:mov|relocat)/i), noCopy(PORTER_EMAIL, 8)),
  ),
  ask(
    "word-tasks",
    "z-shot-list",
    "Put my shot list in alphabetical order please: speeches, rings, confetti, first dance, bouquet",
    inOrder("bouquet", "confetti", "first dance", "rings", "speeches"),
  ),
  ask(
    "word-tasks",
    "z-plural-sheep",
    "my granddaughter wants to know, whats the plural of sheep",
    all(has("sheep"), lacks("sheeps")),
  ),
  ask(
    "word-tasks",
    "z-harpsichord",
    "I always misspell this on my invoices. Can you spell harpsichord out letter by letter?",
    spelled("harpsichord"),
  ),
  ask(
    "word-tasks",
    "z-rota-bullets",
    `Turn this notice into exactly 3 bullet points for the staff room board:\n\n${CLEANER_NOTICE}`,
    all(
      listOf(3, "bullet"),
      hasAny(/\b5\s?(?:am|a\.m\.)|\b5:00\b|\bfive\b/i, "early shift", "shift", "shifts", "rota"),
      hasAny("toilet", "toilets", "needle", "needles", "scrubber"),
      noCopy(CLEANER_NOTICE, 8),
    ),
  ),
  ask(
    "word-tasks",
    "z-title-case",
    "Put this catalogue title into title case: a history of the english public library",
    has(/\bA History [Oo]f [Tt]he English Public Library\b/),
  ),
  ask(
    "word-tasks",
    "z-cover-chat",
    `Summarise our volunteers' group chat in under 30 words:\n\n${FOOD_BANK_CHAT}`,
    all(
      maxWords(29),
      has("Sam", "Lena"),
      hasAny("Thursday", "shift", "cover", "covering", "covered"),
      noCopy(FOOD_BANK_CHAT, 8),
    ),
  ),

  // ---- random pick -----------------------------------------------------------------------------
  ask(
    "random-pick",
    "z-first-hive",
    "Pick one of my hives at random for me to inspect first: Primrose, Bluebell, Foxglove or Heather.",
    onePick("Primrose", "Bluebell", "Foxglove", "Heather"),
  ),
  ask("random-pick", "z-dice", "roll a dice for me, whoever gets the lowest does the run to pathology", pick(1, 6)),
  ask(
    "random-pick",
    "z-table-draw",
    "I'm giving away a free framed print to one lucky guest. The tables are numbered 1 to 18, so pick a random table number for me.",
    pick(1, 18),
  ),
  chat(
    "random-pick",
    "z-pup-name",
    [
      system("Reply with just the name you pick."),
      user("pick a name for my new sheepdog pup out of these: Moss, Fly, Cap, Bess"),
    ],
    onePick("Moss", "Fly", "Cap", "Bess"),
  ),
  ask(
    "random-pick",
    "z-scale-key",
    "Pick a random key for me to warm up in before I test the piano: C major, G major, D major, A major or F major.",
    onePick("C major", "G major", "D major", "A major", "F major"),
  ),
  ask(
    "random-pick",
    "z-coin-toilets",
    "flip a coin for me. heads i do the toilets first, tails i start on the waiting room",
    COIN,
  ),
  chat(
    "random-pick",
    "z-shelf-check",
    [
      system("You are a random number picker. Answer with one number only."),
      user("pick a shelf number between 1 and 40 for today's stock check"),
    ],
    pick(1, 40),
  ),
  ask(
    "random-pick",
    "z-shift-lead",
    "Could you pick one volunteer at random to lead tomorrow's shift? Aisha, Tom, Gwen, Marek or Priya.",
    onePick("Aisha", "Tom", "Gwen", "Marek", "Priya"),
  ),

  // ---- label, yes or no ------------------------------------------------------------------------
  ask("label-yes-no", "z-drones", "Are drones the male bees in a colony? Yes or no.", startsYesNo("yes")),
  chat(
    "label-yes-no",
    "z-linen-job",
    [
      system("Label each portering job as urgent or routine. Reply with the label only."),
      user("Take a bag of clean linen up to ward 7 sometime this afternoon."),
    ],
    onlyLabel("routine"),
  ),
  ask(
    "label-yes-no",
    "z-late-photos",
    "Positive, negative or neutral? Label only: 'The photos turned up three weeks late and half the family shots were blurry.'",
    onlyLabel("negative"),
  ),
  ask("label-yes-no", "z-97-prime", "is 97 a prime number. yes or no", startsYesNo("yes")),
  ask("label-yes-no", "z-middle-c", "Is middle C the same note as C4? Just yes or no.", onlyLabel("yes")),
  under("label-yes-no")(
    structured(
      "z-comments-box",
      "Classify this card from the station comments box: 'The toilets by stand 12 were spotless this morning, thank you to whoever cleaned them!'",
      { label: { type: "string", enum: ["complaint", "compliment", "question"] } },
      json({ label: oneOf("compliment") }),
    ),
  ),
  ask(
    "label-yes-no",
    "z-hawking",
    "Fiction or non-fiction? One word only: 'A Brief History of Time' by Stephen Hawking",
    onlyLabel("non-fiction", "nonfiction", "non fiction"),
  ),
  // 2 visits so far, the limit is 3 → yes
  chat(
    "label-yes-no",
    "z-visit-rule",
    [
      user("Our rule is that a household can use the food bank up to 3 times in any 6 months."),
      assistant("Understood: a maximum of 3 visits per household in any 6-month period."),
      user("The Okoro family have been twice in the last 6 months. Can they come in today? yes or no"),
    ],
    startsYesNo("yes"),
  ),

  // ---- exact counts ----------------------------------------------------------------------------
  ask(
    "exact-counts",
    "z-bee-haiku",
    "Write me a haiku about honeybees on a summer morning for the label of my honey jars.",
    all(haiku(), marks(1, ...BEES)),
  ),
  ask(
    "exact-counts",
    "z-porter-limerick",
    "write a limerick about a hospital porter for our team's leaving card",
    all(limerick(), marks(1, ...PORTERS)),
  ),
  ask(
    "exact-counts",
    "z-van-names",
    "I drive an old VW camper van to all my weddings and it needs a name. Give me 3 ideas.",
    names(3),
  ),
  ask(
    "exact-counts",
    "z-lamb-story",
    "Write a very short story, exactly two sentences, about a lamb lost in the snow.",
    all(sentenceCount(2), marks(2, ...SNOWY_LAMB)),
  ),
  ask(
    "exact-counts",
    "z-tune-acrostic",
    "Write an acrostic poem on the word TUNE, one line per letter, for the back of my business card.",
    acrostic("TUNE"),
  ),
  ask(
    "exact-counts",
    "z-bin-slogan",
    "We're doing a 'bin it' campaign at the bus station. Write a slogan for the posters, under 10 words.",
    all(maxWords(9), marks(1, ...BINS_SLOGAN)),
  ),
  ask(
    "exact-counts",
    "z-dissertation",
    "Give exactly 3 tips for students starting their first dissertation, as a numbered list.",
    all(listOf(3, "numbered"), marks(2, ...DISSERTATION)),
  ),
  ask(
    "exact-counts",
    "z-pulses",
    "Name three pulses we could ask the supermarket to donate, one per line, nothing else.",
    linesEach(
      3,
      /^(?:tinned\s+|canned\s+|dried\s+)?(?:red\s+|green\s+|brown\s+|puy\s+|yellow\s+|split\s+|black\s+|kidney\s+|butter\s+|baked\s+|haricot\s+|pinto\s+|cannellini\s+|borlotti\s+|broad\s+|mung\s+|navy\s+|black-eyed\s+|fava\s+)*(?:lentils?|chickpeas?|chick peas?|beans?|peas|split peas|garbanzo(?:s| beans)?)\.?$/i,
    ),
  ),

  // ---- nothing can ground these ----------------------------------------------------------------
  cannot("z-nuc-price", "How much is a nuc of bees from Thornes this week?"),
  cannot("z-east-lift", "is the lift in the east wing working right now or do i take the long way round"),
  cannot(
    "z-hever-rain",
    "Will it rain at Hever Castle this Saturday afternoon? I've got a wedding there and need to plan the group shots.",
  ),
  cannot("z-skipton-lambs", "what did store lambs make at skipton auction yesterday"),
  cannot("z-music-shop", "What time does the music shop on Bold Street close today? I need a box of hammer felts."),
  cannot("z-late-buses", [
    system("You are a helpful assistant for bus-station staff."),
    user("Which buses are running late out of the station right now?"),
  ]),
  cannot("z-priya-loans", [
    user("A student called Priya Shah just asked at the desk if she can renew her books."),
    assistant("Happy to help you with that. What do you need to know?"),
    user("How many books has she got out at the moment?"),
  ]),
  cannot("z-salford-today", "How many parcels did the food bank in Salford hand out today?"),
];

const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/z-smoker-zinc": ["zinc", "atomic number", /\bZn\b/],
  "elements/z-oxygen-cylinders": ["oxygen", "atomic number", "symbol"],
  "elements/z-bromide": ["bromine", "atomic number", /\bBr\b/],
  "planets/z-near-sun": ["closest", "nearest", "innermost", "first", "close", "near"],
  "planets/z-bright-star": ["bright", "brightest", "evening star", "morning star", "star", "shines", "shining"],
  "planets/z-between": ["planet", "planets", "Mercury", "Venus"],
  "planets/z-nine-planets": ["planet", "planets", "Pluto"],
  "arithmetic/z-honey-total": ["honey", "lb", "pounds", "lbs"],
  "arithmetic/z-patient-moves": ["moves", "patient", "patients", "total"],
  "arithmetic/z-bin-rounds": ["bin", "bins", "emptyings", "emptying", "empties"],
  "arithmetic/z-trolleys": ["trolley", "trolleys", "loads", "load"],
  "arithmetic/z-parcels": ["parcel", "parcels"],
  "percentages/z-winter-losses": [/%/, "percent", "colonies"],
  "percentages/z-target": [/%/, "percent", "target"],
  "percentages/z-deposit": [/£/, "deposit"],
  "percentages/z-lambing": [/%/, "percent", "lambing"],
  "percentages/z-fee-rise": [/%/, "percent", "increase", "rise"],
  "percentages/z-budget-cut": [/£/, "budget", "month"],
  "percentages/z-more-parcels": ["parcel", "parcels"],
  "conversions/z-pence": ["pence", /\bp\b/, /\d\s?p\b/],
  "conversions/z-corridor": ["mile", "miles"],
  "conversions/z-lens": ["inch", "inches", /\bin\b/, /″|"/],
  "conversions/z-fleece": ["pounds", "lb", "lbs"],
  "conversions/z-grand-length": ["cm", "centimetres", "centimeters"],
  "conversions/z-mop-bucket": ["litres", "liters", /\bL\b/],
  "conversions/z-reading-room": [/°F|fahrenheit|\bF\b/i],
  "conversions/z-rice": ["kg", "kilograms", "kilos", "kilo"],
  "dates/z-holiday": ["day", "days"],
  "word-tasks/z-plural-sheep": [
    "plural",
    "same",
    "singular",
    "unchanged",
    "doesn't change",
    "does not change",
    "stays",
  ],
  "counting/z-apiarist": ["letter", "letters", "apiarist"],
  "counting/z-job-words": ["word", "words"],
  "counting/z-photographer-o": ["photographer", "times", /\bo's\b|letter o\b/i],
  "counting/z-shearling": ["vowel", "vowels", "shearling"],
  "counting/z-black-keys": ["black keys", "keys", "black"],
  "counting/z-bays-done": ["bay", "bays", "cleaned"],
  "counting/z-reading-list": ["book", "books", "titles"],
  "counting/z-distinct-items": ["item", "items", "different"],
  "random-pick/z-dice": [/\b(?:roll|rolled|rolls|dice|die|landed|got|it's a)\b/i],
  "random-pick/z-table-draw": [/\b(?:table|pick|picked|random|randomly|winner|winning|lucky|drawn|draw|go with)\b/i],
  "random-pick/z-shelf-check": [/\b(?:shelf|pick|picked|random|randomly|go with|how about|check)\b/i],
  "label-yes-no/z-drones": ["drone", "drones", "male"],
  "label-yes-no/z-97-prime": ["prime", "97", "divisible"],
  "label-yes-no/z-visit-rule": ["visit", "visits", "twice", "3", "three", "limit"],
};

export const BLIND_Z: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
