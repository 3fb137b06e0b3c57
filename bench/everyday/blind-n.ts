/**
 * BLIND set N of the everyday suite: prompts written without looking at the offline model, in the
 * voices of a plumber, a student abroad, a parent of toddlers, a chef, a cyclist, a bookkeeper, a
 * hiker and a quiz-night host. Families: capitals, elements, planets, arithmetic, percentages,
 * conversions, dates, counting, word-tasks, random-pick, label-yes-no, exact-counts (8 each), and
 * 8 prompts nothing offline can ground (out-of-scope).
 */
import { ask, assistant, cannot, chat, developer, system, user, withTopics } from "./build";
import {
  admits,
  all,
  any,
  dateIs,
  has,
  hasAny,
  inOrder,
  lacks,
  lineCount,
  linesEach,
  listOf,
  marks,
  maxSentences,
  num,
  onlyLabel,
  pick,
  plain,
  sentenceCount,
  startsYesNo,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** Exactly one of the options is named (a pick, not the list read back). */
const exactlyOne =
  (...options: (string | RegExp)[]): Check =>
  (reply) => {
    const t = plain(reply.text);
    const found = options.filter((o) =>
      typeof o === "string" ? new RegExp(`(?<![\\p{L}\\p{N}])${o}(?![\\p{L}\\p{N}])`, "iu").test(t) : o.test(t),
    );
    return found.length === 1 ? true : `${found.length} of the options named, not exactly one`;
  };

/** One invoice number from INV-201 to INV-250 (the ends may be repeated beside the pick). */
const oneInvoice: Check = (reply) => {
  let ids = [...new Set([...plain(reply.text).matchAll(/INV[-\s]?(\d{3})\b/gi)].map((m) => Number(m[1])))];
  if (ids.length > 1) ids = ids.filter((n) => n !== 201 && n !== 250);
  if (ids.length !== 1) return `${ids.length} invoice numbers, not one pick`;
  return ids[0] >= 201 && ids[0] <= 250 ? true : `INV-${ids[0]} is outside INV-201..INV-250`;
};

const PICKED =
  /\b(?:pick|picked|picking|chose|choose|chosen|random|randomly|roll|rolled|rolling|landed|got|go with|how about)\b/i;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  chat(
    "capitals",
    "n-quiz-round",
    [
      system("You help me run a pub quiz. Answers only, no explanations."),
      user("Capitals round! Spain, Japan, Argentina. Give me the three answers one per line, in that order."),
    ],
    all(lineCount(3), inOrder("Madrid", "Tokyo", "Buenos Aires")),
  ),
  ask(
    "capitals",
    "n-swiss-flatmate",
    "I'm doing an exchange semester in Switzerland and my flatmate swears the capital is Zurich because it's the biggest city. I said Geneva. We bet a fondue dinner on it. Which city is actually the capital?",
    has(/\bBerne?\b/),
  ),
  ask(
    "capitals",
    "n-nepal-trek",
    "Planning a trek in Nepal next spring with two friends from my hiking club. We'd fly into the capital first and sort permits there before heading to the mountains - what's that city called again?",
    hasAny("Kathmandu", "Katmandu"),
  ),
  chat(
    "capitals",
    "n-danube-ride",
    [
      user("I'm cycling along the Danube from Vienna to Budapest next month!"),
      assistant(
        "What a ride! The Danube cycle path is flat, well signposted and very scenic. How many days will you take?",
      ),
      user(
        "About six. Quick one: Budapest is the capital of Hungary, right? And Vienna is the capital of which country?",
      ),
    ],
    all(has("Austria"), hasAny("yes", "right", "correct", "that's right", "Hungary")),
  ),
  ask(
    "capitals",
    "n-turkey-rain",
    "whats the capital of turkey and is it raining there rn",
    all(has("Ankara"), admits()),
  ),
  chat(
    "capitals",
    "n-chef-theme",
    [
      system("You are a sous-chef assistant helping plan themed tasting menus."),
      user(
        "Next month each course is named after a South American capital city. First course is for Colombia. What's the capital of Colombia so I can name the dish?",
      ),
    ],
    hasAny("Bogotá", "Bogota"),
  ),
  chat(
    "capitals",
    "n-one-word",
    [developer("Answer every question with one word only."), user("Capital of New Zealand")],
    onlyLabel("Wellington"),
  ),
  ask(
    "capitals",
    "n-reykjavik-kid",
    "my 6 year old saw a photo of Reykjavik in a book and asked me which country it's the capital of. help lol",
    has("Iceland"),
  ),

  // ---- elements ------------------------------------------------------------------------------
  ask(
    "elements",
    "n-chlorine",
    "Table salt is sodium chloride, isn't it? What's the chemical symbol for chlorine?",
    has(/\bCl\b/),
  ),
  chat(
    "elements",
    "n-lead-pipes",
    [
      system("You are an assistant for a small plumbing business. Keep answers practical and short."),
      user(
        "A lot of the old terraces round here still have lead supply pipes and I'm writing a leaflet for customers. What's the chemical symbol for lead, and its atomic number?",
      ),
    ],
    all(has(/\bPb\b/), num(82)),
  ),
  chat(
    "elements",
    "n-quiz-k",
    [
      system("You are the quizmaster's assistant. Reply with the answer only."),
      user("Which element has the symbol K?"),
    ],
    has("potassium"),
  ),
  ask(
    "elements",
    "n-number-one",
    "in chem class today we did the periodic table.. which element is number 1?",
    has("hydrogen"),
  ),
  chat(
    "elements",
    "n-silver-protons",
    [
      user("What's the symbol for silver?"),
      assistant("Silver's symbol is Ag, from the Latin word argentum."),
      user("And how many protons does it have?"),
    ],
    num(47),
  ),
  ask(
    "elements",
    "n-titanium",
    "Just bought a titanium gravel bike frame (my wallet is crying). What's titanium's symbol on the periodic table?",
    has(/\bTi\b/),
  ),
  ask(
    "elements",
    "n-air-gas",
    "Up at altitude everyone talks about the lack of oxygen, but oxygen isn't even the main gas in the air. Which element makes up most of Earth's atmosphere?",
    has("nitrogen"),
  ),
  ask(
    "elements",
    "n-au-ag",
    "I always mix up Au and Ag when we sort the precious-metals stock sheet. Which one is gold?",
    all(
      has(/\bAu\b[^.\n]{0,40}\bgold\b|\bgold\b[^.\n]{0,40}\bAu\b/i),
      lacks(/\bAg\b\s+(?:is|=|stands for|means)\s+gold/i),
    ),
  ),

  // ---- planets -------------------------------------------------------------------------------
  ask(
    "planets",
    "n-toddler-next",
    "my toddler keeps asking what planet we live on and which planet comes next after ours going away from the sun. what do i tell her",
    all(has("Earth"), has("Mars")),
  ),
  chat(
    "planets",
    "n-farthest",
    [system("You write quiz answers: one short line each."), user("Which planet is farthest from the Sun?")],
    has("Neptune"),
  ),
  ask(
    "planets",
    "n-smaller-than-earth",
    "Which planets are smaller than Earth? Name them and tell me how many there are.",
    all(has("Mercury", "Venus", "Mars"), num(3), lacks("Jupiter", "Saturn")),
  ),
  ask(
    "planets",
    "n-evening-star",
    "We were camping last night and there was a super bright 'star' low in the west right after sunset. My friend says it's actually a planet that people call the evening star. Which planet is that?",
    has("Venus"),
  ),
  ask(
    "planets",
    "n-inner-four",
    "List the four inner planets in order from the Sun, one per line.",
    all(linesEach(4, /^(Mercury|Venus|Earth|Mars)\b/i), inOrder("Mercury", "Venus", "Earth", "Mars")),
  ),
  chat(
    "planets",
    "n-after-uranus",
    [
      user("Which planet is tilted right over on its side?"),
      assistant("That's Uranus: its axis is tilted about 98 degrees, so it rolls around the Sun like a ball."),
      user("cool. and which planet comes right after it, going outward?"),
    ],
    has("Neptune"),
  ),
  ask("planets", "n-smallest", "For quiz night: what's the smallest planet in our solar system?", has("Mercury")),
  chat(
    "planets",
    "n-kids-guide",
    [
      developer("You are a friendly astronomy guide for young kids. Keep every answer to two sentences."),
      user("Is Jupiter a gas giant or a rocky planet like ours?"),
    ],
    all(has(/gas giant|made (?:mostly )?of gas|ball of gas/i), maxSentences(3)),
  ),

  // ---- arithmetic ----------------------------------------------------------------------------
  chat(
    "arithmetic",
    "n-pipe-quote",
    [
      system("You help a self-employed plumber price jobs."),
      user("Job quote: 14 metres of copper pipe at 9 a metre, plus 3 hours labour at 55 an hour. What's the total?"),
    ],
    num(291),
  ),
  chat(
    "arithmetic",
    "n-brownies",
    [
      user("My brownie recipe makes 12 squares and uses 250 g of butter."),
      assistant("Sounds delicious! Brownies are a great bake-sale favourite."),
      user("I need 36 squares for the school bake sale. How much butter do I need then?"),
    ],
    num(750),
  ),
  ask("arithmetic", "n-receipts", "Add these receipts up for me please: 12.40, 7.85, 23.10, 4.65", num(48)),
  ask(
    "arithmetic",
    "n-ride-average",
    "I rode 42 km on Monday, 18 km on Wednesday and 65 km on Saturday. What's my total for the week, and what's the average per ride?",
    all(num(125), num(41.67, 0.05)),
  ),
  chat(
    "arithmetic",
    "n-quiz-squares",
    [system("Reply with the number only."), user("What is 13 squared minus 4 cubed?")],
    onlyLabel("105"),
  ),
  ask(
    "arithmetic",
    "n-loop-total",
    "We're doing a 3-day loop in the Lake District. Day one is 11.5 km, day two is 14.2 km, and the last day is the shortest at 8.3 km. The guidebook says the whole thing is about 35 km but that seems off to me. What's the actual total distance?",
    num(34),
  ),
  ask(
    "arithmetic",
    "n-rent-share",
    "Rent is 780 a month split equally between 3 of us, and I also pay 45 for the internet on my own. How much do I pay each month?",
    num(305),
  ),
  ask(
    "arithmetic",
    "n-times-and-rate",
    "what's 250 x 4, and what's the euro to pound exchange rate today?",
    all(num(1000), admits()),
  ),

  // ---- percentages ---------------------------------------------------------------------------
  ask(
    "percentages",
    "n-markup",
    "Parts for the bathroom job came to 340 and I add a 15% markup on parts. What do I charge the customer for parts?",
    num(391),
  ),
  chat(
    "percentages",
    "n-vat",
    [
      developer("You are a bookkeeping assistant. Show the working briefly."),
      user("An invoice is 1,200 before VAT and VAT is 20%. What's the VAT amount and what's the total?"),
    ],
    all(num(240), num(1440)),
  ),
  ask(
    "percentages",
    "n-food-cost",
    "My risotto costs me 4.50 in ingredients and I sell it for 15. What percentage of the menu price is food cost?",
    num(30),
  ),
  ask("percentages", "n-german-test", "i got 42 out of 56 on my german test, what percent is that", num(75)),
  chat(
    "percentages",
    "n-ftp",
    [
      user("My FTP was 220 watts back in January."),
      assistant("That's a solid baseline. Keep up the structured training and retest in a couple of months."),
      user("Retested today: 253 watts! By what percentage did it go up?"),
    ],
    num(15),
  ),
  ask(
    "percentages",
    "n-nappies",
    "Nappies are normally 18 a pack but the shop has 30% off this week. How much is a pack now?",
    num(12.6, 0.001),
  ),
  ask(
    "percentages",
    "n-pack-weight",
    "My pack weighs 12 kg and I weigh 75 kg. The rule of thumb is to carry under 20% of your body weight. What percent am I carrying, and am I under the limit?",
    all(num(16), hasAny("yes", "under", "below", "within")),
  ),
  chat(
    "percentages",
    "n-original-price",
    [
      system("You are a helpful assistant for a bookkeeper. Be brief."),
      user("A client paid 64 after a 20% discount. What was the original price before the discount?"),
    ],
    all(num(80), lacks("76.8", "76.80")),
  ),

  // ---- conversions ---------------------------------------------------------------------------
  ask(
    "conversions",
    "n-cups-flour",
    "I'm using an American recipe that asks for 2 cups of flour. How many grams is that if a cup of flour is 120 g?",
    num(240),
  ),
  ask(
    "conversions",
    "n-oven",
    "My oven is set to 180 °C. What's that in Fahrenheit? My friend from Chicago is baking the same cake.",
    num(356),
  ),
  chat(
    "conversions",
    "n-tyre-psi",
    [
      user("Road tyres: what pressure should I run?"),
      assistant(
        "It depends on your weight and tyre width, but many riders on 25 mm tyres use somewhere around 80 psi.",
      ),
      user("My pump only shows bar. What's 80 psi in bar?"),
    ],
    num(5.52, 0.05),
  ),
  ask("conversions", "n-feet-metres", "The trail climbs 3,000 feet. How many metres is that?", num(914.4, 1)),
  chat(
    "conversions",
    "n-us-forecast",
    [
      user("I just moved to Minnesota for my master's and everything here is in Fahrenheit."),
      assistant("That takes some getting used to! Want a quick way to convert in your head?"),
      user("Later maybe. The forecast says 14 °F tomorrow. Is that below freezing, and what is it in Celsius?"),
    ],
    all(
      any(num(-10, 0.1), has(/\b10\s*(?:°\s*C?|degrees)?\s*(?:Celsius\s*)?below (?:zero|freezing)/i)),
      hasAny("yes", "below freezing", "below zero", "freezing"),
    ),
  ),
  ask(
    "conversions",
    "n-water-heater",
    "Customer wants a 50 gallon water heater (US gallons). How many litres is that roughly?",
    num(189.27, 1),
  ),
  ask("conversions", "n-baby-kg", "baby weighed 7 lb 8 oz at the checkup, what's that in kg?", num(3.4, 0.02)),
  chat(
    "conversions",
    "n-pint",
    [system("Quiz answers only, with the unit."), user("How many millilitres are in a UK pint?")],
    num(568, 1),
  ),

  // ---- dates ---------------------------------------------------------------------------------
  chat(
    "dates",
    "n-invoice-due",
    [
      system("You are an accounts assistant."),
      user("An invoice is dated 14 March 2026 with 30-day payment terms. What's the due date?"),
    ],
    dateIs(2026, 4, 13),
  ),
  ask(
    "dates",
    "n-semester-weeks",
    "My semester abroad runs from 2 February 2026 to 22 June 2026. How many weeks is that?",
    num(20),
  ),
  ask(
    "dates",
    "n-leap-birthday",
    "My son was born on 29 February 2024. In which year does he next get a real birthday on the 29th?",
    num(2028),
  ),
  ask(
    "dates",
    "n-august-first",
    "We're planning a hike on the Swiss national day, 1 August 2026. What day of the week is that?",
    weekday("Saturday"),
  ),
  chat(
    "dates",
    "n-sourdough",
    [
      user("I'm starting a sourdough starter on Monday 5 January 2026."),
      assistant("Exciting! Feed it daily with equal weights of flour and water and keep it somewhere warm."),
      user("The guide says it needs 10 days before the first bake. What date and what day of the week will that be?"),
    ],
    all(dateIs(2026, 1, 15), has("Thursday")),
  ),
  ask(
    "dates",
    "n-training-block",
    "How many days are there from 1 June 2026 to 1 September 2026? It's for planning my training block.",
    num(92),
  ),
  chat(
    "dates",
    "n-leap-years",
    [
      system("You are helping a quiz host check answers."),
      user("Answer with only the leap years from this list, comma-separated: 1900, 2000, 2024, 2026"),
    ],
    all(has("2000", "2024"), lacks("1900", "2026")),
  ),
  ask(
    "dates",
    "n-boiler-service",
    "Boiler service is due every 18 months. The last one was on 10 November 2025. When is the next one due? Month and year is fine.",
    has(/May,?\s+(?:of\s+)?2027|2027-05|\b0?5\/2027/i),
  ),

  // ---- counting ------------------------------------------------------------------------------
  ask("counting", "n-czecho", "How many letters are in the word 'Czechoslovakia'?", num(14)),
  ask("counting", "n-elephant-es", "counting game with my toddler: how many e's in 'elephant'?", num(2)),
  chat(
    "counting",
    "n-ingredients",
    [
      user("Here's my shopping list for the cake: flour, sugar, butter, eggs, vanilla, baking powder, milk, salt"),
      assistant("Looks like a classic sponge! Anything you want me to check?"),
      user("How many ingredients is that?"),
    ],
    num(8),
  ),
  ask(
    "counting",
    "n-german-words",
    "How many words are in this sentence: 'Ich habe heute keine Zeit, aber morgen gerne.'",
    num(8),
  ),
  chat(
    "counting",
    "n-unpaid",
    [
      user(
        "Invoices this month: INV-101 paid, INV-102 unpaid, INV-103 paid, INV-104 unpaid, INV-105 unpaid, INV-106 paid.",
      ),
      assistant("Got it, six invoices for this month."),
      user("How many of them are still unpaid?"),
    ],
    num(3),
  ),
  ask("counting", "n-tourmalet", "How many vowels are in the word 'Tourmalet'?", num(4)),
  ask("counting", "n-kilimanjaro", "How many syllables does 'Kilimanjaro' have?", num(5)),
  ask("counting", "n-plumbing-ps", "How many times does the letter p appear in 'plumbing supplies'?", num(3)),

  // ---- word tasks ----------------------------------------------------------------------------
  chat(
    "word-tasks",
    "n-anagram",
    [system("You are a quiz-night helper."), user("Unscramble this anagram, it's a fruit: 'nomle'")],
    hasAny("lemon", "melon"),
  ),
  ask("word-tasks", "n-backwards-german", "Spell 'Zusammenarbeit' backwards.", has("tiebranemmasuZ")),
  ask(
    "word-tasks",
    "n-herbs-sort",
    "Put these in alphabetical order: thyme, basil, oregano, rosemary, cumin",
    inOrder("basil", "cumin", "oregano", "rosemary", "thyme"),
  ),
  ask(
    "word-tasks",
    "n-rhyme-spoon",
    "I'm making up a bedtime song for my twins. Give me a word that rhymes with 'spoon'.",
    hasAny(
      "moon",
      "june",
      "tune",
      "soon",
      "balloon",
      "noon",
      "raccoon",
      "baboon",
      "cartoon",
      "loon",
      "croon",
      "dune",
      "lagoon",
      "afternoon",
      "harpoon",
      "monsoon",
      "cocoon",
      "swoon",
      "maroon",
      "macaroon",
      "prune",
      "boon",
      "goon",
      "typhoon",
      "honeymoon",
      "lullaby moon",
    ),
  ),
  chat(
    "word-tasks",
    "n-title-case",
    [
      developer("You format headings for a plumber's website."),
      user("Turn this into title case: 'leaking kitchen tap repair guide'"),
    ],
    has(/Leaking Kitchen Tap Repair Guide/),
  ),
  ask(
    "word-tasks",
    "n-cheque",
    "How do I write 1,450 in words on a cheque?",
    has(/one thousand,?\s+four hundred,?\s+(?:and\s+)?fifty/i),
  ),
  chat(
    "word-tasks",
    "n-col-backwards",
    [
      user("What's the short word for a mountain pass that you see on signs in the Alps and Pyrenees?"),
      assistant("Col, as in Col du Tourmalet or Col de la Croix."),
      user("Now write that word backwards in capital letters."),
    ],
    has(/\bLOC\b/),
  ),
  ask(
    "word-tasks",
    "n-first-letters",
    "Take the first letter of each word and put them together: Ride Every Single Trail",
    has(/\bR[-.\s]*E[-.\s]*S[-.\s]*T\b/i),
  ),

  // ---- random picks --------------------------------------------------------------------------
  ask("random-pick", "n-tiebreak", "Pick a random question number between 1 and 40 for the tiebreaker.", pick(1, 40)),
  chat(
    "random-pick",
    "n-crayon",
    [
      system("You are a playful helper for a parent of toddlers. Keep it short."),
      user("Pick one crayon colour at random for us to draw with: red, blue, green or yellow"),
    ],
    exactlyOne("red", "blue", "green", "yellow"),
  ),
  ask(
    "random-pick",
    "n-rest-day",
    "Choose a random day of the week to be my rest day from cycling.",
    exactlyOne(...WEEKDAYS),
  ),
  ask(
    "random-pick",
    "n-coin",
    "Flip a coin for us: heads we take the ridge trail, tails we take the valley.",
    exactlyOne("heads", "tails"),
  ),
  ask("random-pick", "n-d20", "Roll a 20-sided die for me.", pick(1, 20)),
  ask("random-pick", "n-three-digit", "pick a random number between 100 and 999 pls", pick(100, 999)),
  chat(
    "random-pick",
    "n-spot-check",
    [
      system("You assist a bookkeeper with audits."),
      user("I need to spot-check one invoice out of INV-201 to INV-250. Pick one at random for me."),
    ],
    oneInvoice,
  ),
  chat(
    "random-pick",
    "n-first-job",
    [
      user("I've got four jobs tomorrow: the Hendersons, Mrs Okafor, the primary school, and the dentist's office."),
      assistant("That's a full day! Want help planning the route?"),
      user("No, just pick one at random for me to do first."),
    ],
    exactlyOne(/Henderson/i, /Okafor/i, /school/i, /dentist/i),
  ),

  // ---- labels, yes or no ---------------------------------------------------------------------
  ask(
    "label-yes-no",
    "n-expense",
    "Categorise this expense. Reply with just the category (travel, office supplies or meals): 'Printer toner x2'",
    onlyLabel("office supplies"),
  ),
  chat(
    "label-yes-no",
    "n-urgent",
    [
      system("Classify each customer message as URGENT or ROUTINE. Reply with the label only."),
      user("Water is pouring through my kitchen ceiling right now!!"),
    ],
    onlyLabel("urgent"),
  ),
  ask("label-yes-no", "n-peanut", "Is a peanut actually a nut? yes or no only", onlyLabel("no")),
  ask("label-yes-no", "n-everest", "Is Mount Everest taller than K2? Answer yes or no.", startsYesNo("yes")),
  ask(
    "label-yes-no",
    "n-dorm",
    "Sentiment please, one word (positive, negative or neutral): 'The dorm room is tiny but everyone is lovely and I'm so happy here.'",
    onlyLabel("positive"),
  ),
  ask(
    "label-yes-no",
    "n-honey",
    "Is it ok to give honey to a baby who is under one year old? yes or no",
    startsYesNo("no"),
  ),
  chat(
    "label-yes-no",
    "n-scorer",
    [
      system("You are the scorer for quiz night. For each team answer, reply only CORRECT or WRONG."),
      user("Question: capital of Japan? Team answer: Tokyo"),
      assistant("CORRECT"),
      user("Question: how many sides does a hexagon have? Team answer: 8"),
    ],
    onlyLabel("wrong"),
  ),
  ask(
    "label-yes-no",
    "n-gear-ratio",
    "My bike has a 50-tooth chainring and I'm in a 25-tooth cog. Is the gear ratio 2? Yes or no.",
    startsYesNo("yes"),
  ),

  // ---- exact counts --------------------------------------------------------------------------
  ask(
    "exact-counts",
    "n-knife-tips",
    "Give me exactly 3 tips for keeping kitchen knives sharp, as a bulleted list.",
    all(
      listOf(3, "bullet"),
      marks(
        1,
        "knife",
        "knives",
        "blade",
        "blades",
        "hone",
        "honing",
        "steel",
        "whetstone",
        "sharpen",
        "sharpening",
        "cutting board",
        "board",
        "dishwasher",
        "edge",
      ),
    ),
  ),
  chat(
    "exact-counts",
    "n-day-hike",
    [
      user("First proper day hike this weekend, about 15 km in the hills."),
      assistant("Nice! Check the forecast, tell someone your route and start early."),
      user("List the 4 things I should always pack, one per line, nothing else."),
    ],
    all(
      lineCount(4),
      marks(
        2,
        "water",
        "map",
        "compass",
        "food",
        "snacks",
        "snack",
        "jacket",
        "waterproof",
        "first aid",
        "first-aid",
        "phone",
        "layers",
        "sunscreen",
        "torch",
        "headlamp",
        "whistle",
        "boots",
        "hat",
      ),
    ),
  ),
  chat(
    "exact-counts",
    "n-landlord",
    [
      system("You are a language buddy for international students. Be concise."),
      user("Write exactly two sentences in English telling my landlord the heater in my room is broken."),
    ],
    all(sentenceCount(2), hasAny("heater", "heating", "radiator")),
  ),
  ask(
    "exact-counts",
    "n-bath-six",
    "Describe bath time with two toddlers in exactly six words.",
    all(
      wordCount(6),
      marks(
        1,
        "bath",
        "bubbles",
        "bubble",
        "splash",
        "splashing",
        "splashes",
        "soap",
        "water",
        "wet",
        "towel",
        "towels",
        "tub",
        "duck",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "n-grand-tours",
    "Name the three Grand Tours of pro cycling, one per line.",
    all(linesEach(3, /Tour de France|Giro|Vuelta/i), has("Tour de France", "Vuelta"), hasAny("Giro", "Giro d'Italia")),
  ),
  ask(
    "exact-counts",
    "n-invoice-sentence",
    "In one sentence, explain what an invoice is.",
    all(
      sentenceCount(1),
      has(/\binvoices?\b/i),
      hasAny(
        "document",
        "bill",
        "request",
        "record",
        "statement",
        "list",
        "lists",
        "itemised",
        "itemized",
        "sent",
        "sends",
        "issued",
        "showing",
        "shows",
      ),
    ),
  ),
  chat(
    "exact-counts",
    "n-tiebreakers",
    [
      user("I run a quiz night at my local and need some tiebreaker questions."),
      assistant("Happy to help! What topic would you like?"),
      user("Geography. Give me exactly 5, numbered."),
    ],
    all(listOf(5, "numbered"), has(/\?/)),
  ),
  ask(
    "exact-counts",
    "n-late-text",
    "Write a 3-line text message to a customer saying I'll be 20 minutes late because of traffic.",
    all(lineCount(3), num(20), hasAny("late", "delay", "delayed", "running behind", "traffic")),
  ),

  // ---- nothing offline can ground -------------------------------------------------------------
  cannot("n-copper-price", "How much will 15 mm copper pipe cost at the builders' merchant next Tuesday?"),
  cannot("n-mars-tonight", "Where is Mars in the sky tonight from my back garden?"),
  cannot("n-yen-rate", [
    system("You help international students with money questions."),
    user("What's the euro to yen exchange rate right now? I need to pay my tuition."),
  ]),
  cannot("n-galibier", "Is the Col du Galibier open to bikes today, or is it still closed for snow?"),
  cannot("n-quiz-winner", "Which team won last Thursday's quiz at the Red Lion?"),
  cannot("n-toddler-sleep", [
    user("My toddler has been so cranky this week."),
    assistant("That's tough. Sleep changes, teething or a cold can all do it."),
    user("How many hours did she sleep last night?"),
  ]),
  cannot("n-client-email", "What did my client Mr Haddad write in his email to me yesterday?"),
  cannot("n-trail-closures", "Are any trails closed in Torres del Paine this week?"),
];

// What a reply longer than a bare answer must name, so that another answer holding the same number
// or word does not pass.
const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/n-lead-pipes": ["lead", "Pb"],
  "elements/n-silver-protons": ["proton", "protons", "silver", "atomic number"],
  "planets/n-smaller-than-earth": ["Earth", "smaller"],
  "arithmetic/n-pipe-quote": ["total", "labour", "labor", "pipe", "quote"],
  "arithmetic/n-brownies": ["butter", /\bg\b|grams?/i],
  "arithmetic/n-receipts": ["total", "receipts", "comes to", "add up", "sum"],
  "arithmetic/n-ride-average": ["km", "average", "total"],
  "arithmetic/n-loop-total": ["km", "total", "distance"],
  "arithmetic/n-rent-share": ["rent", "internet", "month", "pay"],
  "arithmetic/n-times-and-rate": ["250", "times", /[×x*]/],
  "percentages/n-markup": ["markup", "charge", "parts", /%|percent/i],
  "percentages/n-vat": ["VAT", "total"],
  "percentages/n-food-cost": ["food cost", "ingredients", "menu", "price", "cost"],
  "percentages/n-german-test": [/%|percent/i],
  "percentages/n-ftp": [
    "watts",
    "FTP",
    "went up",
    "increase",
    "increased",
    "improvement",
    "up by",
    "rise",
    "gain",
    "improved",
  ],
  "percentages/n-nappies": ["pack", "price", "costs", "off", /%|percent/i],
  "percentages/n-pack-weight": [/%|percent/i],
  "percentages/n-original-price": ["original", "price", "before", "discount"],
  "conversions/n-cups-flour": [/\bg\b|grams?/i, "flour"],
  "conversions/n-oven": [/°F|fahrenheit|\bF\b/i],
  "conversions/n-tyre-psi": ["bar"],
  "conversions/n-feet-metres": [/\bm\b|met(?:re|er)s?/i],
  "conversions/n-us-forecast": [/°C|celsius|\bC\b/i],
  "conversions/n-water-heater": [/\bl\b|lit(?:re|er)s?/i],
  "conversions/n-baby-kg": [/\bkg\b|kilo/i],
  "conversions/n-pint": [/\bml\b|millilit/i],
  "elements/n-number-one": ["1", "one", "first", "atomic number", "number"],
  "planets/n-toddler-next": ["next", "after", "live", "home", "fourth", "then", "comes"],
  "planets/n-farthest": ["farthest", "furthest", "far", "Sun", "outermost", "last"],
  "planets/n-evening-star": ["evening", "star", "bright", "sunset", "west", "saw", "that's", "that was"],
  "planets/n-smallest": ["smallest", "small", "size", "tiny"],
  "word-tasks/n-rhyme-spoon": ["rhyme", "rhymes", "rhyming", "spoon", "song", "bedtime", "lullaby"],
  "random-pick/n-rest-day": ["rest", "day", "it is", "it's", "pick", "go with", "how about", "take", "chose", "random"],
  "dates/n-semester-weeks": ["week", "weeks"],
  "dates/n-leap-birthday": ["birthday", "leap", "February", "29"],
  "dates/n-training-block": ["day", "days"],
  "counting/n-czecho": ["letter", "letters", "Czechoslovakia"],
  "counting/n-elephant-es": ["elephant", /\be's\b|letter e\b|\bE\b/i],
  "counting/n-ingredients": ["ingredient", "ingredients", "items"],
  "counting/n-german-words": ["word", "words"],
  "counting/n-unpaid": ["unpaid", "invoice", "invoices", "INV-102"],
  "counting/n-tourmalet": ["vowel", "vowels", "Tourmalet"],
  "counting/n-kilimanjaro": ["syllable", "syllables", "Kilimanjaro"],
  "counting/n-plumbing-ps": ["plumbing supplies", /\bp's\b|letter p\b|\bPs?\b/i],
  "random-pick/n-tiebreak": [PICKED, "question"],
  "random-pick/n-d20": [PICKED],
  "random-pick/n-three-digit": [PICKED],
  "label-yes-no/n-everest": ["Everest", "K2"],
  "label-yes-no/n-honey": ["honey", "baby", "babies", "botulism"],
  "label-yes-no/n-gear-ratio": ["ratio", "50", "25"],
};

export const BLIND_N: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
