/**
 * BLIND everyday set R: prompts written without looking at the model, in the voices of a plumber,
 * a hotel receptionist, a chemistry teacher, a marathon runner, a librarian, a dairy farmer, a
 * flight attendant and a bookkeeper.
 */
import { ask, assistant, cannot, chat, developer, system, user } from "./build";
import {
  admits,
  all,
  dateIs,
  has,
  hasAny,
  inOrder,
  lacks,
  linesEach,
  listOf,
  marks,
  maxWords,
  num,
  onlyLabel,
  pick,
  sentenceCount,
  spelled,
  startsYesNo,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** Exactly one of the options is named, in a short reply (a pick, not the whole list again). */
const pickOne =
  (...options: string[]): Check =>
  (reply) => {
    const short = maxWords(25)(reply);
    if (short !== true) return short;
    const found = options.filter((o) =>
      new RegExp(`(?<![\\p{L}])${o}(?![\\p{L}])`, "iu").test(reply.text.replace(/[*_`]/g, "")),
    );
    return found.length === 1 ? true : `${found.length} of the options named, not one: ${found.join(", ")}`;
  };

const DAIRY_BREED =
  /^(holsteins?|friesians?|holstein[- ]friesians?|british friesians?|jerseys?|guernseys?|ayrshires?|brown swiss|milking shorthorns?|shorthorns?|dairy shorthorns?|dutch belted|montb[ée]liardes?|normandes?|fleckvieh|simmentals?|red polls?|kerrys?|dexters?|norwegian reds?|swedish reds?|gir|gyr|sahiwals?|red sindhi|girolando|brown swiss cattle)\b/i;
const ALKALI = /^(lithium|sodium|potassium|rubidium|caesium|cesium|francium)\b/i;
const ROCKY = /^(mercury|venus|earth|mars)\b/i;

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  ask(
    "capitals",
    "r-hungary-card",
    "We've got a coach party checking in from Hungary tomorrow and I'm writing little welcome cards. What's the capital of Hungary? I'd like to mention it on the card.",
    has("Budapest"),
  ),
  chat(
    "capitals",
    "r-portugal-crew",
    [
      system("You are a helpful assistant for airline cabin crew. Keep answers short."),
      user("we're doing a night stop in the capital of portugal, which city is that again?"),
    ],
    hasAny("Lisbon", "Lisboa"),
  ),
  chat(
    "capitals",
    "r-chile-display",
    [
      user(
        "I'm putting together a 'countries of the world' display in the children's section of my library. First up is Chile.",
      ),
      assistant("What a lovely idea! What would you like to know about Chile for the display?"),
      user("whats its capital city"),
    ],
    has("Santiago"),
  ),
  ask(
    "capitals",
    "r-nz-race",
    "capital of new zealand? my running club wants to do a half marathon there next year and someone said auckland but i think thats wrong",
    has("Wellington"),
  ),
  chat(
    "capitals",
    "r-turkey",
    [
      system("You are a concierge assistant answering hotel guests' travel questions."),
      user("Could you please tell me the capital city of Turkey? A guest is flying there next week."),
    ],
    has("Ankara"),
  ),
  ask(
    "capitals",
    "r-egypt-fares",
    "What's the capital of Egypt, and how much is a return flight there from London today?",
    all(has("Cairo"), admits()),
  ),
  ask(
    "capitals",
    "r-ireland-project",
    "My daughter is doing a school project on dairy farming around the world. She found out Ireland has a huge number of dairy cows compared to its population, and she wants to add a little map with the capital marked on it. I'm a farmer, not a geography teacher! What is the capital of Ireland?",
    has("Dublin"),
  ),
  chat(
    "capitals",
    "r-poland-oneword",
    [developer("Reply with a single word and nothing else."), user("Capital of Poland?")],
    onlyLabel("Warsaw", "Warszawa"),
  ),

  // ---- elements ------------------------------------------------------------------------------
  ask(
    "elements",
    "r-potassium",
    "I'm writing a starter quiz for my Year 9 chemistry class. What's the chemical symbol for potassium?",
    has(/\bK\b/),
  ),
  ask("elements", "r-pb", "old houses round here still have Pb pipes sometimes. which element is Pb?", has("lead")),
  chat(
    "elements",
    "r-eleven",
    [
      developer("You help a teacher write quiz answers. Be concise."),
      user("what element is number 11 on the periodic table"),
    ],
    has("sodium"),
  ),
  ask("elements", "r-nitrogen-protons", "How many protons are in a nitrogen atom?", num(7)),
  chat(
    "elements",
    "r-silver-tutor",
    [
      system("You are a patient chemistry tutor for 14-year-olds. Keep it simple and encouraging."),
      user("whats the symbol for silver?? i keep mixing it up with something else"),
    ],
    has(/\bAg\b/),
  ),
  ask(
    "elements",
    "r-calcium-cows",
    "The vet says some of my cows are low on calcium after calving. Out of curiosity, what's the chemical symbol for calcium and what's its atomic number?",
    all(has(/\bCa\b/), num(20)),
  ),
  chat(
    "elements",
    "r-halogens-lightest",
    [
      user("We're doing the halogens in class today."),
      assistant("Great topic! The halogens are group 17: fluorine, chlorine, bromine, iodine and astatine."),
      user("Which one of those is the lightest?"),
    ],
    has("fluorine"),
  ),
  ask(
    "elements",
    "r-lead-number",
    "Plumbers used to work with lead all the time, that's where the word comes from apparently. What's lead's atomic number?",
    num(82),
  ),

  // ---- planets -------------------------------------------------------------------------------
  chat(
    "planets",
    "r-farthest",
    [
      user("I'm the quizmaster at the library's family quiz night tonight. Can you help me check some answers?"),
      assistant("Of course! Read me the questions and I'll help you check them."),
      user("Which planet is farthest from the Sun?"),
    ],
    has("Neptune"),
  ),
  ask(
    "planets",
    "r-venus-second",
    "On night flights passengers sometimes point at a really bright 'star' near the moon and I tell them it's probably Venus. Is Venus the second planet from the sun? Yes or no.",
    startsYesNo("yes"),
  ),
  ask("planets", "r-smallest", "what's the smallest planet in our solar system", has("Mercury")),
  ask("planets", "r-earth-moons", "How many moons does Earth have?", all(num(1), lacks("two moons", "2 moons"))),
  chat(
    "planets",
    "r-red-spot",
    [system("Answer in one word."), user("Which planet has the Great Red Spot?")],
    onlyLabel("Jupiter"),
  ),
  chat(
    "planets",
    "r-after-mars",
    [
      user("My son is learning the planets in order from the sun for a test."),
      assistant("Lovely! In order: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune."),
      user("ok and which one comes straight after Mars?"),
    ],
    has("Jupiter"),
  ),
  ask("planets", "r-sideways", "Which planet is tilted so far that it basically spins on its side?", has("Uranus")),
  ask("planets", "r-rocky", "Name the four rocky planets, one per line, nothing else.", linesEach(4, ROCKY)),

  // ---- arithmetic ----------------------------------------------------------------------------
  ask(
    "arithmetic",
    "r-pipe-lengths",
    "I need 14 lengths of pipe at 2.5 metres each. How many metres is that altogether?",
    num(35),
  ),
  ask("arithmetic", "r-ledger-sum", "add these up for me pls: 1,250.00 + 389.50 + 72.25", num(1711.75, 0.001)),
  ask(
    "arithmetic",
    "r-milk-litres",
    "We milk 86 cows and each one gives about 28 litres a day. how many litres is that a day in total",
    num(2408),
  ),
  ask(
    "arithmetic",
    "r-avg-speed",
    "I ran 42.2 km in exactly 4 hours. What was my average speed in km per hour?",
    num(10.55, 0.051),
  ),
  chat(
    "arithmetic",
    "r-calculator",
    [system("You are a calculator. Reply with only the resulting number."), user("144 / 16")],
    onlyLabel("9"),
  ),
  chat(
    "arithmetic",
    "r-free-rooms",
    [
      user("Our hotel has 120 rooms."),
      assistant("Got it, 120 rooms. What would you like to work out?"),
      user("If 87 are booked tonight, how many are still free?"),
    ],
    num(33),
  ),
  ask("arithmetic", "r-squared", "whats 45 squared", num(2025)),
  ask(
    "arithmetic",
    "r-trolley-runs",
    "We have 180 passengers and each trolley run serves 30 people. How many runs do I need? Also, what's the turbulence forecast for tomorrow's flight to Madrid?",
    all(num(6), admits()),
  ),

  // ---- percentages ---------------------------------------------------------------------------
  chat(
    "percentages",
    "r-vat",
    [
      system("You are a bookkeeper's assistant in the UK. The standard VAT rate is 20%."),
      user("How much VAT goes on an invoice of £340 net?"),
    ],
    num(68),
  ),
  ask(
    "percentages",
    "r-member-rate",
    "A guest's room is £95 a night and loyalty members get 15% off. What's the member rate per night?",
    num(80.75, 0.001),
  ),
  ask("percentages", "r-dry-cows", "Out of my 250 cows, 40 are dry at the moment. what percentage is that", num(16)),
  ask(
    "percentages",
    "r-marathon-drop",
    "My marathon time went from 240 minutes down to 216 minutes this year. By what percent did my time drop?",
    num(10),
  ),
  ask(
    "percentages",
    "r-copper-price",
    "Copper pipe has gone up from £8 to £10 a metre at my merchant. What percent increase is that?",
    num(25),
  ),
  chat(
    "percentages",
    "r-margin",
    [
      system("You are a bookkeeping assistant for a small business. Be brief."),
      user(
        "Revenue this quarter was 80,000 and costs were 62,000. What's the profit margin as a percentage of revenue?",
      ),
    ],
    num(22.5, 0.01),
  ),
  ask("percentages", "r-seven-half", "What is 7.5% of 2,400?", num(180)),
  chat(
    "percentages",
    "r-visitors-down",
    [
      user("The library had 1,200 visitors in March."),
      assistant("That's a busy month! Anything you'd like to work out from it?"),
      user("In April it was 900. By what percent did visits go down?"),
    ],
    num(25),
  ),

  // ---- conversions ---------------------------------------------------------------------------
  ask("conversions", "r-marathon-miles", "A marathon is 42.195 km. How many miles is that?", num(26.22, 0.05)),
  ask("conversions", "r-gallons", "How many litres are in 50 US gallons? It's for a milk tank.", num(189.27, 0.3)),
  ask(
    "conversions",
    "r-altitude",
    "The captain just announced we're cruising at 36,000 feet. A kid asked me what that is in metres. What is it?",
    num(10972.8, 30),
  ),
  ask("conversions", "r-mm-inch", "convert 15 mm to inches", num(0.5906, 0.012)),
  ask("conversions", "r-kelvin", "What is 373 K in degrees Celsius?", num(99.85, 0.2)),
  chat(
    "conversions",
    "r-guest-temp",
    [
      system("You are the front-desk assistant at a seaside hotel. Be warm and concise."),
      user(
        "An American guest wants to know how hot it is. It's 30 degrees Celsius outside. What's that in Fahrenheit?",
      ),
    ],
    num(86),
  ),
  chat(
    "conversions",
    "r-pace",
    [
      user("My easy run pace is 5 minutes per kilometre."),
      assistant("That's a nice steady pace for easy runs."),
      user("My American running buddy only thinks in miles. Roughly what's my pace per mile?"),
    ],
    num(8.05, 0.06),
  ),
  chat(
    "conversions",
    "r-minutes-hours",
    [
      system("You are an assistant that helps a bookkeeper check staff timesheets."),
      user("one of the lads logged 2,340 minutes this fortnight. how many hours is that"),
    ],
    num(39),
  ),

  // ---- dates ---------------------------------------------------------------------------------
  ask(
    "dates",
    "r-leap-nights",
    "A guest checks in on 28 February 2028 and checks out on 3 March 2028. How many nights is that?",
    num(4),
  ),
  ask(
    "dates",
    "r-calving",
    "A cow of mine was served on 10 June 2026. If gestation is 283 days, what date is she due to calve?",
    dateIs(2027, 3, 20),
  ),
  ask("dates", "r-y2k", "What day of the week was 1 January 2000?", weekday("Saturday")),
  ask(
    "dates",
    "r-loan-due",
    "Our books are lent for 21 days. If someone borrows a book on 20 November 2026, what date is it due back?",
    dateIs(2026, 12, 11),
  ),
  chat(
    "dates",
    "r-training-start",
    [
      user("My marathon is on 19 April 2026."),
      assistant("Exciting! How can I help you get ready?"),
      user("I want to start my training plan exactly 16 weeks before race day. What date is that?"),
    ],
    dateIs(2025, 12, 28),
  ),
  chat(
    "dates",
    "r-invoice-due",
    [
      system("You help a bookkeeper with dates and sums. Answer directly."),
      user("An invoice is dated 15 January 2026 with 45-day payment terms. What's the due date?"),
    ],
    dateIs(2026, 3, 1),
  ),
  ask("dates", "r-2024-leap", "is 2024 a leap year", startsYesNo("yes")),
  ask("dates", "r-to-christmas", "How many days after 1 July 2026 is Christmas Day 2026?", num(177)),

  // ---- counting ------------------------------------------------------------------------------
  ask("counting", "r-bibliography", "How many letters are in the word 'bibliography'?", num(12)),
  ask("counting", "r-refrigerator", "how many r's are in refrigerator", num(4)),
  ask(
    "counting",
    "r-boiling-words",
    "Count the words in this sentence: Water boils at one hundred degrees Celsius at sea level.",
    num(10),
  ),
  ask("counting", "r-thermometer-vowels", "How many vowels are in the word 'thermometer'?", num(4)),
  ask(
    "counting",
    "r-first-aid",
    "How many items are on this first-aid kit list: bandages, plasters, gauze, tape, scissors, gloves",
    num(6),
  ),
  chat(
    "counting",
    "r-firm-name",
    [
      user("My plumbing firm is called 'Drip Stop Plumbing'."),
      assistant("That's a catchy name!"),
      user("How many letters are in the name, not counting the spaces? It's for a van sign."),
    ],
    num(16),
  ),
  ask("counting", "r-digits", "How many digits are in the number 4,502,391?", num(7)),
  chat(
    "counting",
    "r-e-count",
    [
      system("You are a helpful assistant for a secondary-school chemistry teacher."),
      user("How many times does the letter e appear in the word 'electrolyte'?"),
    ],
    num(3),
  ),

  // ---- word tasks ----------------------------------------------------------------------------
  ask(
    "word-tasks",
    "r-authors",
    "Sort these authors alphabetically by surname: Orwell, Austen, Tolkien, Dickens, Shelley",
    inOrder("Austen", "Dickens", "Orwell", "Shelley", "Tolkien"),
  ),
  ask("word-tasks", "r-colostrum", "Spell 'colostrum' backwards.", has("murtsoloc")),
  ask(
    "word-tasks",
    "r-phosphorus",
    "Spell the word phosphorus letter by letter for my students.",
    spelled("phosphorus"),
  ),
  ask(
    "word-tasks",
    "r-caps-word",
    "Write the word turbulence in all capital letters.",
    all(has(/TURBULENCE/), maxWords(15)),
  ),
  chat(
    "word-tasks",
    "r-meals-reverse",
    [
      system("You are an assistant for a hotel receptionist."),
      user("Reverse the order of these words: breakfast lunch dinner"),
    ],
    has(/dinner,?\s+lunch,?\s+breakfast/i),
  ),
  ask("word-tasks", "r-shortest", "Which word is the shortest: marathon, sprint, jog, relay?", has("jog")),
  ask(
    "word-tasks",
    "r-tools-sort",
    "Put these in alphabetical order please: wrench, spanner, plunger, hacksaw, tape",
    inOrder("hacksaw", "plunger", "spanner", "tape", "wrench"),
  ),
  chat(
    "word-tasks",
    "r-lactose-back",
    [user("Remember this word for me: lactose."), assistant("Got it, lactose."), user("Now spell it backwards.")],
    has("esotcal"),
  ),

  // ---- random picks --------------------------------------------------------------------------
  ask(
    "random-pick",
    "r-room",
    "Pick a random room number between 101 and 120 for the next walk-in guest.",
    pick(101, 120),
  ),
  ask("random-pick", "r-row", "pick a random seat row from 1 to 30", pick(1, 30)),
  ask(
    "random-pick",
    "r-easy-km",
    "Choose a random distance for my easy run, anywhere from 5 to 12 km. Just the number please.",
    pick(5, 12),
  ),
  chat(
    "random-pick",
    "r-d20",
    [system("You are a dice roller. Only reply with the result."), user("roll a 20-sided die")],
    pick(1, 20),
  ),
  ask(
    "random-pick",
    "r-genre",
    "Pick one of these genres at random for next month's book club: mystery, romance, biography, history.",
    pickOne("mystery", "romance", "biography", "history"),
  ),
  chat(
    "random-pick",
    "r-ear-tag",
    [
      user("The vet is coming to spot-check one of my cows. Their ear tags are numbered 1 to 86."),
      assistant("Sounds good. Would you like me to help choose one?"),
      user("yes, pick a random tag number"),
    ],
    pick(1, 86),
  ),
  chat(
    "random-pick",
    "r-callout",
    [
      user("My plumbing team this month is Dave, Priya, Tom and Aisha."),
      assistant("Got it: Dave, Priya, Tom and Aisha."),
      user("Pick one of them at random to take the weekend call-outs."),
    ],
    pickOne("Dave", "Priya", "Tom", "Aisha"),
  ),
  ask(
    "random-pick",
    "r-coin",
    "flip a coin for me, heads I do the galley, tails my colleague does",
    pickOne("heads", "tails"),
  ),

  // ---- labels, yes or no ---------------------------------------------------------------------
  ask(
    "label-yes-no",
    "r-review",
    'Classify this guest review as positive, negative or neutral. Reply with only the label: "The room was spotless and the staff couldn\'t have been nicer."',
    onlyLabel("positive"),
  ),
  ask(
    "label-yes-no",
    "r-grease",
    "Is it OK to pour cooking grease down the kitchen sink? Yes or no.",
    startsYesNo("no"),
  ),
  chat(
    "label-yes-no",
    "r-water-compound",
    [
      system("You are a chemistry revision helper. Start every yes/no answer with Yes or No."),
      user("Is water a compound?"),
    ],
    startsYesNo("yes"),
  ),
  chat(
    "label-yes-no",
    "r-desk-ticket",
    [
      system("Label each customer message as one of: billing, booking, complaint. Reply with the label only."),
      user("Hi, I was charged twice for my stay last weekend, can someone look into it?"),
    ],
    onlyLabel("billing"),
  ),
  ask("label-yes-no", "r-cow-mammal", "Is a cow a mammal? just yes or no", onlyLabel("yes")),
  ask("label-yes-no", "r-marathon-40", "Is a marathon longer than 40 km? Yes or no.", startsYesNo("yes")),
  ask(
    "label-yes-no",
    "r-expense",
    'Expense or income? Answer with one word: "Paid £450 to the electricity company."',
    onlyLabel("expense"),
  ),
  chat(
    "label-yes-no",
    "r-fiction",
    [
      developer("Classify the book from its description as fiction or nonfiction. Output just the label."),
      user("A step-by-step guide to growing vegetables in small gardens."),
    ],
    onlyLabel("nonfiction", "non-fiction"),
  ),

  // ---- exact counts --------------------------------------------------------------------------
  ask(
    "exact-counts",
    "r-recovery-tips",
    "Give me exactly 3 tips for recovering after a long run, as a numbered list.",
    all(
      listOf(3, "numbered"),
      marks(
        1,
        "stretch",
        "stretching",
        "water",
        "hydrate",
        "hydration",
        "rehydrate",
        "sleep",
        "rest",
        "protein",
        "eat",
        "food",
        "foam roll",
        "foam roller",
        "walk",
        "ice",
        "massage",
        "legs",
        "muscles",
        "electrolytes",
        "carbs",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "r-library-four",
    "Describe a library in exactly four words.",
    all(
      wordCount(4),
      marks(
        1,
        "book",
        "books",
        "quiet",
        "silent",
        "silence",
        "shelves",
        "reading",
        "read",
        "stories",
        "knowledge",
        "pages",
        "calm",
        "peaceful",
        "learning",
        "words",
      ),
    ),
  ),
  ask("exact-counts", "r-dairy-breeds", "Name three breeds of dairy cow, one per line.", linesEach(3, DAIRY_BREED)),
  chat(
    "exact-counts",
    "r-alkali",
    [
      system("You are a chemistry teacher's assistant. Follow formatting instructions exactly."),
      user("Name four alkali metals, one per line, no extra text."),
    ],
    linesEach(4, ALKALI),
  ),
  chat(
    "exact-counts",
    "r-welcome",
    [
      system("You are a friendly concierge at a hotel."),
      user("Write exactly two sentences welcoming a guest who just arrived."),
    ],
    all(sentenceCount(2), hasAny("welcome", "hotel", "stay", "room")),
  ),
  ask(
    "exact-counts",
    "r-seatbelt",
    "Write one sentence asking passengers to fasten their seatbelts.",
    all(sentenceCount(1), hasAny("seatbelt", "seatbelts", "seat belt", "seat belts", "fasten")),
  ),
  ask(
    "exact-counts",
    "r-plumber-tools",
    "List 5 tools a plumber carries, as bullet points.",
    all(
      listOf(5, "bullet"),
      marks(
        2,
        "wrench",
        "pipe wrench",
        "spanner",
        "plunger",
        "pliers",
        "hacksaw",
        "pipe cutter",
        "tape",
        "plumber's tape",
        "ptfe",
        "blowtorch",
        "torch",
        "auger",
        "snake",
        "drain snake",
        "screwdriver",
        "level",
        "tape measure",
        "basin wrench",
        "adjustable",
        "file",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "r-three-words",
    "Give me exactly three words that describe a good bookkeeper, separated by commas.",
    wordCount(3),
  ),

  // ---- nothing can ground these --------------------------------------------------------------
  cannot("r-fx-now", "What's the pound to euro exchange rate right now? I need it for a client invoice."),
  cannot("r-flight-delay", "Is flight BA2490 delayed today?"),
  cannot("r-milk-price", "What's the farm-gate milk price per litre in Wisconsin this week?"),
  cannot("r-rooms-tonight", [
    system("You are the booking assistant for the Grand Harbour Hotel."),
    user("Which rooms are still free tonight?"),
  ]),
  cannot("r-marathon-winner", "who won yesterday's london marathon"),
  cannot("r-class-average", "What was the average score my chemistry class got on last Thursday's test?"),
  cannot("r-shelf-copy", "Has my local library got a copy of 'The Salt Path' on the shelf right now?"),
  cannot("r-boston-forecast", [
    user("I'm running Boston next Monday!"),
    assistant("Congratulations, that's a huge achievement! How can I help?"),
    user("What's the weather forecast for the race morning?"),
  ]),
];

export const BLIND_R: EverydayPrompt[] = PROMPTS;
