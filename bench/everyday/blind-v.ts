/**
 * BLIND set v: everyday prompts written blind (without reading or running the offline model), in the
 * voices of a plumber, a ferry deckhand, a pharmacy technician, a retired librarian, a barista, a dog
 * groomer, a tennis coach and a kindergarten teacher.
 */
import { ask, assistant, cannot, chat, developer, system, user, withTopics } from "./build";
import {
  admits,
  all,
  dateIs,
  has,
  hasAny,
  inOrder,
  lang,
  lineCount,
  linesEach,
  listOf,
  marks,
  maxSentences,
  maxWords,
  num,
  occurrences,
  onlyLabel,
  pick,
  plain,
  sentenceCount,
  spelled,
  startsYesNo,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** Exactly one of the options is named, in a short reply (a pick, not a list of them all). */
const oneOf =
  (max: number, options: string[], ends: string[] = []): Check =>
  (reply) => {
    const t = plain(reply.text);
    let found = options.filter((o) => new RegExp(`(?<![\\p{L}])${o}(?![\\p{L}])`, "iu").test(t));
    // The range's own ends ("Monday to Friday") may be repeated beside the pick.
    if (found.length > 1) found = found.filter((o) => !ends.includes(o));
    if (found.length !== 1) return `${found.length} of ${options.join("/")} named, not one`;
    return maxWords(max)(reply);
  };

const FARM =
  /^(?:an?\s+)?(cows?|pigs?|sheep|lambs?|goats?|horses?|ponies|pony|chickens?|hens?|roosters?|ducks?|geese|goose|turkeys?|donkeys?|llamas?|alpacas?|rabbits?|bulls?|oxen|calves|calf|piglets?|chicks?|cats?|dogs?|mules?)\b/i;
const KNOT = /\b(bowlines?|hitch(?:es)?|knots?|bends?|sheepshank|figure[- ]?(?:of[- ])?(?:eight|8)|splices?)\b/i;
const PICKED = [
  /\b(?:pick|picked|picking|chose|choose|chosen|random|randomly|roll|rolled|rolling|landed|got|go with|how about|drew|draw|drawn|winner|winning)\b/i,
];

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  ask(
    "capitals",
    "v-portugal",
    "quick one, whats the capital of portugal? settling a bet with my apprentice",
    has("Lisbon"),
  ),
  chat(
    "capitals",
    "v-estonia",
    [
      system("You are the crew help app for a Baltic ferry line. Answer briefly."),
      user("We run Helsinki to the Estonian side twice a day. What's the capital of Estonia again?"),
    ],
    has("Tallinn"),
  ),
  ask(
    "capitals",
    "v-turkey",
    "I spent a rainy afternoon re-shelving the old atlases at the branch where I volunteer, and one of them is so old it still shows borders that changed decades ago. That got me and my neighbour talking about geography, and she insists the capital of Turkey is Istanbul. I'm fairly sure she's wrong. Which city is it really?",
    has("Ankara"),
  ),
  chat(
    "capitals",
    "v-tour",
    [
      user("My junior tennis squad is touring South America next spring."),
      assistant("That sounds like a fantastic trip! Which countries are you visiting?"),
      user("Chile first, then Argentina. What are the capitals of those two?"),
    ],
    has("Santiago", "Buenos Aires"),
  ),
  chat(
    "capitals",
    "v-flashcard",
    [
      system("You write the back of flash cards for a kindergarten class. Reply with the answer only, no sentence."),
      user("Capital of Egypt"),
    ],
    all(has("Cairo"), maxWords(3)),
  ),
  ask(
    "capitals",
    "v-colombia",
    "our new beans come from colombia. what's the capital city there?",
    hasAny("Bogotá", "Bogota"),
  ),
  ask(
    "capitals",
    "v-swiss",
    "Could you please tell me which city is the capital of Switzerland? A client says Zurich but I'm not sure.",
    hasAny("Bern", "Berne"),
  ),
  ask(
    "capitals",
    "v-nz-airport",
    "What's the capital of New Zealand, and how long is the security line at its airport right now?",
    all(has("Wellington"), admits()),
  ),
  ask(
    "capitals",
    "v-spanish",
    "Responde en español, por favor: ¿cuál es la capital de Japón?",
    all(hasAny("Tokio", "Tokyo"), lang("es")),
  ),

  // ---- elements ------------------------------------------------------------------------------
  chat(
    "elements",
    "v-potassium",
    [
      system("You are a training assistant for pharmacy technicians."),
      user("We stock potassium chloride tablets. What's the chemical symbol for potassium?"),
    ],
    has(/\bK\b/),
  ),
  ask("elements", "v-copper", "been fitting copper pipe all week. whats coppers atomic number", num(29)),
  ask("elements", "v-pb", "Which element has the symbol Pb? Old pipes used to be made of it.", has("lead")),
  chat(
    "elements",
    "v-neon",
    [
      developer("Answer chemistry questions for a high-school study group in one sentence."),
      user("Which element has atomic number 10?"),
    ],
    all(has("neon"), maxSentences(2)),
  ),
  ask(
    "elements",
    "v-balloons",
    "The children asked me why the party balloons float up to the ceiling. Which gas is in them, and what is its chemical symbol?",
    has("helium", /\bHe\b/),
  ),
  chat(
    "elements",
    "v-chlorine",
    [
      user("We drop chlorine tablets into the ferry's fresh water tanks every week."),
      assistant("Chlorine is a common way to keep stored water safe to drink."),
      user("what's its chemical symbol, and how many protons does it have?"),
    ],
    all(has(/\bCl\b/), num(17)),
  ),
  ask("elements", "v-sodium-metal", "is sodium a metal? yes or no", startsYesNo("yes")),
  ask(
    "elements",
    "v-uranus",
    "A crossword clue I'm stuck on: which chemical element is named after the planet Uranus?",
    has("uranium"),
  ),

  // ---- planets -------------------------------------------------------------------------------
  ask(
    "planets",
    "v-hottest",
    "which planet is the hottest? the kids at my tennis camp swear it's mercury because it's closest to the sun",
    has("Venus"),
  ),
  ask("planets", "v-moons", "How many moons does Earth have?", num(1)),
  chat(
    "planets",
    "v-kids",
    [
      system("You help a kindergarten teacher. Use short, simple words that five-year-olds understand."),
      user("Which planet do we live on, and which planet is the biggest of all?"),
    ],
    has("Earth", "Jupiter"),
  ),
  ask(
    "planets",
    "v-farthest",
    "What's the farthest planet from the sun, now that Pluto doesn't count?",
    has("Neptune"),
  ),
  chat(
    "planets",
    "v-fifth",
    [
      user("List the planets in order from the sun."),
      assistant("Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus, Neptune."),
      user("thanks. which one is fifth?"),
    ],
    all(has("Jupiter"), maxWords(40)),
  ),
  ask(
    "planets",
    "v-sideways",
    "My granddaughter is doing a school project on the solar system, and she asked me for help since I looked after the science shelves at the library for thirty years. She wants to know which planet rolls around the sun tipped over on its side. I half remember reading about it, but could you remind me which one it is?",
    has("Uranus"),
  ),
  chat(
    "planets",
    "v-pluto",
    [
      system("You are a cheerful assistant for a tennis club's newsletter team."),
      user(
        "Settle an argument for the clubhouse: is Pluto officially a planet today? Start your answer with yes or no.",
      ),
    ],
    startsYesNo("no"),
  ),
  ask(
    "planets",
    "v-order",
    "Put these planets in order from the sun, nearest first: Saturn, Mars, Neptune, Venus",
    inOrder("Venus", "Mars", "Saturn", "Neptune"),
  ),

  // ---- arithmetic ----------------------------------------------------------------------------
  chat(
    "arithmetic",
    "v-pipe",
    [
      system("You are the office assistant for a small plumbing business. Be brief."),
      user("I need 14 lengths of pipe at 2.5 metres each. How many metres is that in total?"),
    ],
    num(35),
  ),
  ask("arithmetic", "v-48x7", "whats 48 x 7", num(336)),
  ask(
    "arithmetic",
    "v-crossings",
    "Long day on the boat. We made 6 crossings and carried 212 passengers on each one, and the captain wants the total for the log before we tie up. How many passengers did we carry altogether?",
    num(1272),
  ),
  chat(
    "arithmetic",
    "v-dogs",
    [
      user("I've got 3 dogs booked for a groom at 9am and 4 more at 11am."),
      assistant("That's a busy morning! Let me know if you need help planning it."),
      user("and 5 more after lunch. how many dogs is that for the whole day?"),
    ],
    num(12),
  ),
  ask("arithmetic", "v-div", "1000 divided by 8?", num(125)),
  ask(
    "arithmetic",
    "v-groups",
    "I have 27 children and want to split them into groups of 4. How many full groups can I make, and how many children are left over?",
    all(num(6), num(3)),
  ),
  chat(
    "arithmetic",
    "v-tablets",
    [
      developer("Show the calculation in one line, then give the answer."),
      user("Patient takes 2 tablets 3 times a day for 14 days. How many tablets do I count out?"),
    ],
    num(84),
  ),
  ask("arithmetic", "v-square", "What's 13 squared minus 50?", num(119)),

  // ---- percentages ---------------------------------------------------------------------------
  ask(
    "percentages",
    "v-tipjar",
    "tip jar has $120 in it tonight and 15% goes to the shift lead. how much does the shift lead get?",
    num(18),
  ),
  ask(
    "percentages",
    "v-groom-price",
    "Prices for dog food and shampoo keep going up, so I've decided I have to raise my rates for the first time in three years. A full groom is $65 right now. If I raise it by 10%, what should the new price be?",
    num(71.5, 0.01),
  ),
  chat(
    "percentages",
    "v-serves",
    [
      user("Serve stats from Sam's match today: he tried 40 first serves."),
      assistant("Got it, 40 first-serve attempts."),
      user("34 of them went in. What's his first-serve percentage?"),
    ],
    num(85),
  ),
  ask("percentages", "v-dose", "What is 20% of a 500 mg dose?", num(100)),
  chat(
    "percentages",
    "v-pension",
    [
      system("You are a patient, friendly assistant for retired people. Explain gently."),
      user("My pension went up from 1,600 to 1,680 a month. By what percent did it go up?"),
    ],
    num(5),
  ),
  ask("percentages", "v-heater", "supplier gives me 12% off a $250 water heater. what do i actually pay", num(220)),
  ask("percentages", "v-slips", "18 out of 24 kids brought their permission slip back. What percent is that?", num(75)),
  chat(
    "percentages",
    "v-ferry-load",
    [
      user("Our ferry is licensed for 400 passengers."),
      assistant("Okay, a capacity of 400 passengers."),
      user("Tonight's sailing is 65% full. How many people are on board?"),
    ],
    num(260),
  ),

  // ---- conversions ---------------------------------------------------------------------------
  ask("conversions", "v-gallons", "how many litres is a 50 gallon water heater? US gallons", num(189.27, 1)),
  chat(
    "conversions",
    "v-nautical",
    [
      system("You are a ferry crew assistant. Answer in one sentence."),
      user("How many kilometres is 12 nautical miles?"),
    ],
    num(22.22, 0.05),
  ),
  chat(
    "conversions",
    "v-mg",
    [
      user("I'm double-checking a label at work."),
      assistant("Sure, what do you need to check?"),
      user("How many milligrams are in 0.25 grams?"),
    ],
    num(250),
  ),
  ask("conversions", "v-floz", "convert a 12 fl oz cup to ml please", num(354.88, 1.5)),
  ask("conversions", "v-court", "A tennis court is 78 feet long. How long is that in metres?", num(23.77, 0.05)),
  ask("conversions", "v-kg-lb", "a golden retriever weighs 30 kg, whats that in pounds", num(66.14, 0.15)),
  chat(
    "conversions",
    "v-oven",
    [
      user("I'm baking my mother's apple cake tonight, but her recipe card uses Fahrenheit."),
      assistant("Happy to help convert the temperature."),
      user("It says 350 degrees. What's that in Celsius?"),
    ],
    num(176.67, 3.4),
  ),
  ask("conversions", "v-minutes", "how many minutes are in three and a half hours", num(210)),

  // ---- dates ---------------------------------------------------------------------------------
  ask("dates", "v-30-days", "What date is 30 days after March 5, 2026?", dateIs(2026, 4, 4)),
  chat(
    "dates",
    "v-christmas",
    [
      system("You help a barista plan the café's holiday opening hours."),
      user("What day of the week is Christmas Day, December 25, 2026?"),
    ],
    weekday("Friday"),
  ),
  ask(
    "dates",
    "v-tournament",
    "Our club tournament runs from February 10 to March 27, 2026. How many days are there between those two dates?",
    num(45),
  ),
  chat(
    "dates",
    "v-late-book",
    [
      user("A patron's book was due back on October 28, 2026."),
      assistant("Noted: due October 28, 2026."),
      user("It came back on November 9, 2026. How many days late was it?"),
    ],
    num(12),
  ),
  ask("dates", "v-leap", "Is 2028 a leap year? yes or no", startsYesNo("yes")),
  chat(
    "dates",
    "v-rota",
    [
      system("You help a ferry crew member plan their rota."),
      user("I work 14 days on, then 14 days off. My first day on was 2026-08-03."),
      assistant("Got it: 14 on, 14 off, starting August 3, 2026."),
      user("So what's the first day of my next 'on' stretch?"),
    ],
    dateIs(2026, 8, 31),
  ),
  ask(
    "dates",
    "v-term",
    "School starts back on September 1, 2026, and the winter concert is on December 18, 2026. The kids keep asking me how long they have to practise their songs, and I'd like to give them a real number. How many days is it from the first day to the concert?",
    num(108),
  ),
  ask("dates", "v-puppy", "My puppy was born on 2026-01-10. How many days old is she on 2026-04-20?", num(100)),

  // ---- counting ------------------------------------------------------------------------------
  chat(
    "counting",
    "v-butterfly",
    [
      system("Use very simple words, like you are talking to five-year-olds."),
      user("How many letters are in the word butterfly?"),
    ],
    num(9),
  ),
  ask("counting", "v-espresso", "how many e's are in the word espresso", num(2)),
  ask("counting", "v-stormy", "Count the words in this line: It was a dark and stormy night.", num(7)),
  ask("counting", "v-dachshund", "How many vowels are in the word dachshund?", num(2)),
  chat(
    "counting",
    "v-roster",
    [
      user("Our Saturday tennis group: Maya, Theo, Ava, Priya, Eli, Sam, Oscar."),
      assistant("That's a nice group!"),
      user("How many of those names start with a vowel?"),
    ],
    num(3),
  ),
  ask("counting", "v-syllables", "How many syllables are in the word caterpillar?", num(4)),
  chat(
    "counting",
    "v-lot-code",
    [
      user("I need to type a lot number into the system and it keeps rejecting it."),
      assistant("What's the lot number?"),
      user("AX-4471-QZ. How many characters is that, counting the dashes?"),
    ],
    num(10),
  ),
  ask("counting", "v-catamaran", "count the letter a in catamaran", num(4)),

  // ---- word tasks ----------------------------------------------------------------------------
  ask("word-tasks", "v-poodle", "Spell poodle backwards.", has("eldoop")),
  chat(
    "word-tasks",
    "v-authors",
    [
      system("You help a retired librarian sort her book club's reading list."),
      user("Please put these authors in alphabetical order: Tolstoy, Austen, Orwell, Dickens."),
    ],
    inOrder("Austen", "Dickens", "Orwell", "Tolstoy"),
  ),
  chat(
    "word-tasks",
    "v-giraffe",
    [
      user("We're learning animal words in class this week."),
      assistant("How fun! Which animal are you on?"),
      user("giraffe. can you spell it out letter by letter for the kids?"),
    ],
    spelled("giraffe"),
  ),
  ask(
    "word-tasks",
    "v-shortest",
    "Which of these words is the shortest: racket, net, baseline, volley?",
    all(has("net"), maxWords(25)),
  ),
  ask("word-tasks", "v-sizes", "Reverse the order of these: small, medium, large", inOrder("large", "medium", "small")),
  ask(
    "word-tasks",
    "v-rhyme",
    "give me one word that rhymes with pipe",
    all(
      maxWords(20),
      hasAny(
        "ripe",
        "wipe",
        "type",
        "stripe",
        "gripe",
        "snipe",
        "swipe",
        "hype",
        "tripe",
        "archetype",
        "prototype",
        "stereotype",
        "overripe",
      ),
    ),
  ),
  chat(
    "word-tasks",
    "v-plurals",
    [
      system("You are a word game helper. Keep replies short."),
      user("Give me the plurals of these: ferry, knife, mouse"),
    ],
    has("ferries", "knives", "mice"),
  ),
  ask("word-tasks", "v-aboard", "Say the word aboard exactly twice, nothing else.", occurrences("aboard", 2)),

  // ---- random picks --------------------------------------------------------------------------
  ask("random-pick", "v-drill", "pick a random number from 1 to 20 for the drill order", pick(1, 20)),
  ask("random-pick", "v-helper", "Pick a number between 1 and 30 to choose today's class helper.", pick(1, 30)),
  ask("random-pick", "v-coin", "flip a coin for me, heads or tails?", oneOf(20, ["heads", "tails"])),
  ask("random-pick", "v-d12", "Roll a 12-sided die.", pick(1, 12)),
  chat(
    "random-pick",
    "v-raffle",
    [
      system("You run the raffle at the library's summer fair."),
      user("The tickets are numbered 100 to 250. Draw one winning ticket number."),
    ],
    pick(100, 250),
  ),
  chat(
    "random-pick",
    "v-bandana",
    [
      user("I have bandanas in red, blue, green and yellow for the dogs after their groom."),
      assistant("Lovely colours! Do you need help choosing?"),
      user("yes pick one for Biscuit, just one colour please"),
    ],
    oneOf(25, ["red", "blue", "green", "yellow"]),
  ),
  ask(
    "random-pick",
    "v-page",
    "Choose a random page number between 1 and 350 for our book club to start reading from.",
    pick(1, 350),
  ),
  ask(
    "random-pick",
    "v-weekday",
    "pick a random weekday, monday to friday, for me to do the van stock check",
    oneOf(20, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], ["Monday", "Friday"]),
  ),

  // ---- labels, yes or no ---------------------------------------------------------------------
  ask("label-yes-no", "v-ibuprofen", "Is ibuprofen an NSAID? Yes or no.", startsYesNo("yes")),
  ask(
    "label-yes-no",
    "v-latte",
    'Classify this customer comment as positive, negative or neutral. Reply with only the label: "The oat latte was cold and took twenty minutes."',
    onlyLabel("negative"),
  ),
  ask("label-yes-no", "v-whale", "Is a whale a fish? Answer only yes or no.", onlyLabel("no")),
  chat(
    "label-yes-no",
    "v-racket",
    [developer('Label each sport as "racket" or "no racket". Reply with the label only.'), user("badminton")],
    onlyLabel("racket"),
  ),
  chat(
    "label-yes-no",
    "v-urgent",
    [
      system("You sort customer messages for a plumbing company. Reply with exactly one label: URGENT or ROUTINE."),
      user("Water is pouring through my kitchen ceiling right now and I can't find the stop valve!"),
    ],
    onlyLabel("urgent"),
  ),
  ask("label-yes-no", "v-even", "is 21 an even number? yes or no", startsYesNo("no")),
  ask(
    "label-yes-no",
    "v-fiction",
    'Fiction or non-fiction? Answer with just the label: "A biography of Marie Curie"',
    onlyLabel("non-fiction", "nonfiction", "non fiction"),
  ),
  ask(
    "label-yes-no",
    "v-baltic",
    "Is the Baltic Sea saltier than the open Atlantic Ocean? yes or no",
    startsYesNo("no"),
  ),

  // ---- exact counts --------------------------------------------------------------------------
  ask(
    "exact-counts",
    "v-coffee-six",
    "Describe the smell of freshly ground coffee in exactly six words.",
    all(
      wordCount(6),
      marks(
        1,
        "coffee",
        "rich",
        "roasted",
        "roast",
        "warm",
        "bitter",
        "dark",
        "earthy",
        "nutty",
        "chocolate",
        "smoky",
        "bold",
        "aroma",
        "fresh",
        "sweet",
        "toasty",
        "deep",
        "beans",
        "morning",
      ),
    ),
  ),
  chat(
    "exact-counts",
    "v-drills",
    [
      system("You are an assistant to a junior tennis coach."),
      user("Give me exactly 3 warm-up drills for a tennis lesson, as a numbered list."),
    ],
    all(
      listOf(3, "numbered"),
      marks(
        1,
        "ball",
        "balls",
        "racket",
        "serve",
        "serves",
        "volley",
        "volleys",
        "rally",
        "rallies",
        "baseline",
        "net",
        "footwork",
        "forehand",
        "backhand",
        "court",
        "jog",
        "jogging",
        "stretch",
        "stretches",
        "lunges",
        "shuffle",
        "split step",
        "mini tennis",
        "ladder",
        "sprint",
        "sprints",
        "jumping jacks",
        "skipping",
      ),
    ),
  ),
  ask("exact-counts", "v-farm", "Name four farm animals, one per line.", linesEach(4, FARM)),
  ask(
    "exact-counts",
    "v-good-dog",
    "write exactly two sentences telling a client their dog was really well behaved at the groom today",
    all(
      sentenceCount(2),
      hasAny("dog", "pup", "puppy", "groom", "grooming", "behaved", "good boy", "good girl", "tail", "bath"),
    ),
  ),
  chat(
    "exact-counts",
    "v-book-sale",
    [
      system("You write the community library's newsletter."),
      user("Write one sentence inviting people to the book sale this Saturday morning."),
    ],
    all(sentenceCount(1), has("Saturday"), hasAny("book", "books", "sale")),
  ),
  ask(
    "exact-counts",
    "v-tools",
    "List 5 tools a plumber carries in the van. Bullet points only.",
    all(
      listOf(5, "bullet"),
      marks(
        2,
        "wrench",
        "wrenches",
        "plunger",
        "pipe cutter",
        "pipe cutters",
        "tape",
        "plumber's tape",
        "teflon tape",
        "pliers",
        "torch",
        "auger",
        "snake",
        "drain snake",
        "hacksaw",
        "spanner",
        "spanners",
        "level",
        "tape measure",
        "screwdriver",
        "basin wrench",
        "pipe wrench",
        "flashlight",
        "bucket",
        "solder",
        "crimper",
      ),
    ),
  ),
  ask("exact-counts", "v-knots", "Name 3 knots every deckhand should know, one per line.", linesEach(3, KNOT)),
  chat(
    "exact-counts",
    "v-pill-poem",
    [
      user("Some of our older customers forget to take their tablets with water."),
      assistant("A friendly reminder on the counter could help."),
      user("Write a 4-line poem reminding them to take their medicine with a full glass of water."),
    ],
    all(lineCount(4), hasAny("medicine", "pill", "pills", "tablet", "tablets", "water", "dose", "glass")),
  ),

  // ---- out of scope (nothing offline can ground these) -----------------------------------------
  cannot("v-copper-price", "whats copper going for per pound today? thinking of selling my scrap"),
  cannot("v-dover-ferry", "Is the 6:15 ferry out of Dover running on time this morning?"),
  cannot("v-stock-room", "How many boxes of amoxicillin do we have left in the back room right now?"),
  cannot(
    "v-millbrook",
    "What did the head librarian at the Millbrook public library eat for lunch on her first day of work in 1974?",
  ),
  cannot("v-customer", [
    user("I'm working the counter at the café today."),
    assistant("Have a good shift!"),
    user("What's the name of the customer who just walked in the door?"),
  ]),
  cannot("v-rain", "Is it going to rain in my town this afternoon? I have three dogs to walk after grooming."),
  cannot("v-court-3", "Who won the match on court 3 at my tennis club yesterday evening?"),
  cannot("v-lily", [
    system("You help a kindergarten teacher with her class."),
    user("What is my student Lily's favourite colour?"),
  ]),
];

// What a reply longer than a bare answer must name, so another prompt's answer holding the same
// number does not pass.
const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/v-copper": ["copper", "Cu", "atomic"],
  "elements/v-chlorine": ["chlorine", "proton", "protons"],
  "planets/v-moons": ["moon", "moons", "Moon"],
  "arithmetic/v-pipe": ["metre", "metres", "meter", "meters", /\bm\b/, "pipe", "14", "2.5"],
  "arithmetic/v-48x7": ["48", "7", /[×x*]/],
  "arithmetic/v-crossings": ["passenger", "passengers", "212", "crossings"],
  "arithmetic/v-dogs": ["dog", "dogs", "groom", "grooms", "total"],
  "arithmetic/v-div": ["1000", "1,000", "divided", /÷|\//],
  "arithmetic/v-groups": ["group", "groups", "left", "over", "remain", "remainder"],
  "arithmetic/v-tablets": ["tablet", "tablets", /[×x*]/],
  "arithmetic/v-square": ["169", "squared", "50", "minus"],
  "percentages/v-tipjar": [/\$|%|percent|shift lead|tip/i],
  "percentages/v-groom-price": [/\$|%|percent|price|groom/i],
  "percentages/v-serves": [/%|percent/i],
  "percentages/v-dose": [/%|percent|\bmg\b|milligram/i],
  "percentages/v-pension": [/%|percent/i],
  "percentages/v-heater": [/\$|%|percent|pay|price|cost|off/i],
  "percentages/v-slips": [/%|percent/i],
  "percentages/v-ferry-load": [/passenger|people|on board|aboard|%|percent/i],
  "conversions/v-gallons": [/lit(?:re|er)|\bL\b/i],
  "conversions/v-nautical": [/\bkm\b|kilomet/i],
  "conversions/v-mg": [/\bmg\b|milligram/i],
  "conversions/v-floz": [/\bml\b|millilit/i],
  "conversions/v-court": [/\bm\b|met(?:re|er)/i],
  "conversions/v-kg-lb": [/pound|\blbs?\b/i],
  "conversions/v-oven": [/°C|celsius|\bC\b/i],
  "conversions/v-minutes": [/minute|\bmin\b/i],
  "dates/v-christmas": ["Christmas", "December", "2026", "falls", "is a"],
  "dates/v-tournament": ["day", "days"],
  "dates/v-late-book": ["day", "days", "late"],
  "dates/v-leap": ["leap", "2028"],
  "dates/v-term": ["day", "days"],
  "dates/v-puppy": ["day", "days", "old"],
  "counting/v-butterfly": ["letter", "letters", "butterfly"],
  "counting/v-espresso": ["espresso", /\be's\b|letter e\b|\bEs\b|\bE\b/i],
  "counting/v-stormy": ["word", "words"],
  "counting/v-dachshund": ["vowel", "vowels", "dachshund"],
  "counting/v-roster": ["vowel", "vowels", "Ava", "Eli", "Oscar", "names"],
  "counting/v-syllables": ["syllable", "syllables", "caterpillar", /cat-er-pil-lar/i],
  "counting/v-lot-code": ["character", "characters", "AX-4471-QZ"],
  "counting/v-catamaran": ["catamaran", /\ba's\b|letter a\b|times/i],
  "random-pick/v-drill": PICKED,
  "random-pick/v-helper": [...PICKED, "helper"],
  "random-pick/v-d12": PICKED,
  "random-pick/v-raffle": [...PICKED, "ticket"],
  "random-pick/v-page": [...PICKED, "page"],
  "label-yes-no/v-ibuprofen": ["ibuprofen", "NSAID", "anti-inflammatory"],
  "label-yes-no/v-even": ["21", "odd", "even"],
  "label-yes-no/v-baltic": ["Baltic", "salt", "salty", "saltier", "brackish", "salinity"],
  "dates/v-30-days": ["2026", "April", "30 days", "after"],
};

export const BLIND_V: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
