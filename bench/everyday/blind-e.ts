/**
 * BLIND set E of the everyday suite: prompts written by an outside tester without looking at the
 * model, in the voice of a learner's "try your own" cell (word problems, pasted lists, multi-part
 * asks, casual wording and the odd typo).
 */
import { ask, assistant, cannot, chat, developer, system, toolTrip, user } from "./build";
import {
  about,
  admits,
  all,
  allCaps,
  any,
  dateIs,
  has,
  hasAny,
  inOrder,
  lacks,
  lineCount,
  linesEach,
  listItemsOf,
  listOf,
  marks,
  maxChars,
  maxWords,
  num,
  pick,
  plain,
  runs,
  sentenceCount,
  singleLine,
  spelled,
  startsYesNo,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** Exactly one of the options is named (a pick, not a restated menu). */
const exactlyOneOf =
  (...options: string[]): Check =>
  (reply) => {
    const t = plain(reply.text);
    const found = options.filter((o) => new RegExp(`(?<![\\p{L}])${o}(?![\\p{L}])`, "iu").test(t));
    return found.length === 1 ? true : `${found.length} of the options named, not one: [${found.join(", ")}]`;
  };

/** A numbered list of lo to hi items. */
const numberedBetween =
  (lo: number, hi: number): Check =>
  (reply) => {
    const n = listItemsOf(reply.text, "numbered").length;
    return n >= lo && n <= hi ? true : `${n} numbered items, not ${lo} to ${hi}`;
  };

/** No capital letters at all. */
const lowercaseOnly = (): Check => (reply) => {
  const letters = plain(reply.text).replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters === letters.toLowerCase() ? true : "has capital letters";
};

/** At least n lines that are markdown checkboxes ("- [ ] ..."). */
const checkboxes =
  (min: number): Check =>
  (reply) => {
    const n = reply.text.split("\n").filter((l) => /^\s*[-*]\s+\[\s?\]\s+\S/.test(l)).length;
    return n >= min ? true : `${n} checkbox lines, fewer than ${min}`;
  };

const FESTIVAL =
  "Every August the small town of Brackenford holds its Harvest Lantern Festival. Families spend the afternoon carving lanterns from turnips and pumpkins, and local bakers sell apple cake and spiced cider from stalls along the river. When it gets dark, hundreds of lit lanterns are carried in a slow procession across the old stone bridge while a brass band plays. The festival started in 1952 to thank farmers for the harvest and now draws visitors from all over the county.";

const BEACH_WORDS = [
  "sunscreen",
  "sunblock",
  "towel",
  "towels",
  "swimsuit",
  "swimwear",
  "hat",
  "sunglasses",
  "water",
  "snacks",
  "umbrella",
  "flip-flops",
  "sandals",
  "book",
  "cooler",
  "chair",
  "blanket",
  "bag",
];

export const BLIND_E: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  ask(
    "capitals",
    "be-nz-friend",
    "my friend is moving to the capital of new zealand next month, which city is that again?",
    has("Wellington"),
  ),
  ask(
    "capitals",
    "be-turkey-swiss",
    "What are the capitals of Turkey and Switzerland? Just the two city names please.",
    all(has("Ankara"), hasAny("Bern", "Berne")),
  ),
  chat(
    "capitals",
    "be-quiz-argentina",
    [
      system("You are the host of a friendly geography quiz. Keep answers short."),
      user("Round 1: what's the capital of Egypt?"),
      assistant("Cairo! One point to you if you got it."),
      user("ok now do the same for Argentina"),
    ],
    has("Buenos Aires"),
  ),
  ask(
    "capitals",
    "be-fill-in",
    "Fill in the capitals for my flashcards:\nJapan -\nItaly -\nChile -",
    all(has("Tokyo", "Rome", "Santiago")),
  ),
  ask("capitals", "be-brazil-typo", "whats the capitol of brazil", hasAny("Brasília", "Brasilia")),
  ask(
    "capitals",
    "be-seoul-airport",
    "I'm flying into the capital of South Korea on Thursday. What's the city called, and how crowded will the airport be when I land?",
    all(has("Seoul"), admits()),
  ),

  // ---- elements ------------------------------------------------------------------------------
  ask(
    "elements",
    "be-potassium",
    "what's the chemical symbol for potassium? i always mix it up with phosphorus",
    has(/\bK\b/),
  ),
  ask(
    "elements",
    "be-ag",
    "Which element has the symbol Ag, and what's its atomic number?",
    all(has("silver"), num(47)),
  ),
  ask(
    "elements",
    "be-nitrogen-homework",
    "Helping my son with his science homework: how many protons are in a nitrogen atom?",
    about(num(7), "proton", "protons", "nitrogen"),
  ),
  ask(
    "elements",
    "be-symbols-list",
    "Give me the symbols for these elements, one per line:\nhydrogen\ncalcium\nchlorine",
    all(has(/\bH\b/, /\bCa\b/, /\bCl\b/), lineCount(3)),
  ),
  ask(
    "elements",
    "be-mercury-state",
    "Is mercury (the element, not the planet) a solid, a liquid or a gas at room temperature?",
    has("liquid"),
  ),
  ask("elements", "be-w", "what element does the symbol W stand for?? seems random", has("tungsten")),

  // ---- planets -------------------------------------------------------------------------------
  ask("planets", "be-farthest", "Which planet is farthest from the sun, not counting Pluto?", has("Neptune")),
  ask(
    "planets",
    "be-order-line",
    "List the planets in order from the sun, comma separated, all on one line.",
    all(singleLine(), inOrder("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune")),
  ),
  ask(
    "planets",
    "be-hottest",
    "Which is the hottest planet? My teacher said it's not the closest one to the sun, which confused me.",
    has("Venus"),
  ),
  ask(
    "planets",
    "be-bigger-than-earth",
    "How many planets in our solar system are bigger than Earth?",
    about(num(4), "planet", "planets", "Jupiter", "Saturn", "Uranus", "Neptune"),
  ),
  chat(
    "planets",
    "be-after-red-spot",
    [
      user("I'm writing a sci-fi story set on the planet with the Great Red Spot."),
      assistant("That's Jupiter, the largest planet in the solar system. Great setting for a story!"),
      user("Cool. Which planet comes right after that one, going outward from the sun?"),
    ],
    has("Saturn"),
  ),
  ask(
    "planets",
    "be-pluto",
    "Is Pluto still counted as a planet? Answer yes or no, then one sentence on why.",
    all(startsYesNo("no"), has(/dwarf/i)),
  ),

  // ---- arithmetic ----------------------------------------------------------------------------
  ask(
    "arithmetic",
    "be-bake-sale",
    "I'm baking for a school bake sale. Each tray holds 18 cookies and I have 7 trays. If I sell every cookie for 50 cents, how many cookies is that and how much money do I make?",
    all(num(126), num(63)),
  ),
  ask("arithmetic", "be-mul-sub", "48 * 25 - 100 = ?", about(num(1100), "48", "25", "100", "times", "minus", /[×*−-]/)),
  ask(
    "arithmetic",
    "be-split-bill",
    "We were 6 friends at dinner and the bill came to $138. If we split it evenly, how much does each person pay?",
    about(num(23), /\$|each|person|friend|dollar|pay/i),
  ),
  ask(
    "arithmetic",
    "be-receipts",
    "Here are my grocery receipts from this week: 23.50, 41.20, 18.75, 9.99. What's the total?",
    about(num(93.44, 0.005), "total", "receipts", "sum", "spent", "comes to"),
  ),
  ask(
    "arithmetic",
    "be-cube-square",
    "quick one: 3 cubed plus 4 squared?",
    about(num(43), "27", "16", "cubed", "squared", "plus"),
  ),
  chat(
    "arithmetic",
    "be-pocket-money",
    [
      user("I have 3 kids and each of them gets €5 pocket money a week."),
      assistant("That's €15 a week in total for all three."),
      user("ok and how much is that over a whole year (52 weeks)?"),
    ],
    about(num(780), "year", "52", "weeks", "€", "euro", "euros"),
  ),

  // ---- percentages ---------------------------------------------------------------------------
  ask(
    "percentages",
    "be-chem-test",
    "I got 42 out of 56 on my chemistry test. What percentage is that?",
    about(num(75), /%|percent/i),
  ),
  ask(
    "percentages",
    "be-hotel-tax",
    "A hotel room costs €120 a night plus a 10% tourist tax. How much will 3 nights cost me in total?",
    about(num(396), "total", "nights", "€", "euro", "euros", "tax", "cost"),
  ),
  ask(
    "percentages",
    "be-rent-share",
    "My salary is 3200 a month and my rent is 1120. What percent of my salary goes on rent?",
    about(num(35), /%|percent/i),
  ),
  ask(
    "percentages",
    "be-price-drop",
    "the price of my fave coffee beans dropped from 80 to 68. what's the % decrease",
    about(num(15), /%|percent|decrease/i),
  ),
  ask("percentages", "be-seven-half", "Calculate 7.5% of 2,400.", about(num(180), /%|percent|2,?400/i)),
  ask(
    "percentages",
    "be-less-flour",
    "A bread recipe calls for 500 g of flour. I want to make a batch that's 30% smaller. How much flour should I use?",
    about(num(350), /\bg\b|grams?|flour/i),
  ),

  // ---- conversions ---------------------------------------------------------------------------
  ask(
    "conversions",
    "be-oven",
    "The recipe says bake at 180°C but my oven only shows Fahrenheit. What should I set it to?",
    about(num(356, 1), /°F|fahrenheit|\bF\b/i),
  ),
  ask("conversions", "be-10k", "I just ran my first 10k!! how many miles is that?", about(num(6.21, 0.03), /miles?/i)),
  ask("conversions", "be-cups-gallon", "How many cups are in a US gallon?", about(num(16), /cups?|gallon/i)),
  ask(
    "conversions",
    "be-suitcase",
    "My airline's checked bag limit is 23 kg. What's that in pounds?",
    about(num(50.7, 0.2), /pounds?|\blbs?\b/i),
  ),
  ask("conversions", "be-height", "convert 5 feet 9 inches to cm pls", about(num(175.3, 0.5), /\bcm\b|centimet/i)),
  ask(
    "conversions",
    "be-seconds",
    "How many seconds are there in three and a half hours?",
    about(num(12600), /seconds?/i),
  ),

  // ---- dates ---------------------------------------------------------------------------------
  ask(
    "dates",
    "be-christmas-2026",
    "What day of the week is Christmas Day in 2026?",
    about(weekday("Friday"), "Christmas", "December", "2026", "25"),
  ),
  ask(
    "dates",
    "be-passport",
    "My passport expires on 2027-03-01. If today is 2026-12-07, how many days do I have left?",
    about(num(84), "day", "days"),
  ),
  ask("dates", "be-hundred-days", "What's the date 100 days after June 1, 2026?", dateIs(2026, 9, 9)),
  ask(
    "dates",
    "be-birthday",
    "I was born on 12 August 1990. How old will I turn on my birthday in 2026?",
    about(num(36), "old", "turn", "age", "years"),
  ),
  ask(
    "dates",
    "be-2024-leap",
    "Was 2024 a leap year? and how many days did it have",
    all(has(/leap/i), num(366), lacks(/\b(?:not|isn't|wasn't) a leap year/i)),
  ),
  ask(
    "dates",
    "be-y2k",
    "What weekday was 1 January 2000? My dad swears it was a Sunday.",
    all(has("Saturday"), lacks(/\bit was a Sunday\b/i, /\byes\b/i)),
  ),

  // ---- counting ------------------------------------------------------------------------------
  ask(
    "counting",
    "be-plants-words",
    "How many words are in this sentence: 'Please remember to water the plants before you leave on Friday.'",
    about(num(11), "word", "words"),
  ),
  ask(
    "counting",
    "be-excellence-e",
    "how many e's are in the word excellence?",
    about(num(4), "excellence", /\be's\b|letter e\b|\bEs?\b/),
  ),
  ask(
    "counting",
    "be-shopping-items",
    "Count how many items are on my shopping list:\nmilk\neggs\nbread\nbutter\ncheese\ntomatoes\nrice",
    about(num(7), "item", "items", "list", "things"),
  ),
  ask(
    "counting",
    "be-massachusetts",
    "How many letters does 'Massachusetts' have, and how many of them are the letter s?",
    all(num(13), num(4), hasAny("letter", "letters", "Massachusetts")),
  ),
  ask(
    "counting",
    "be-she-sells",
    "In the sentence 'She sells sea shells by the sea shore', how many words start with the letter s?",
    about(num(6), "word", "words"),
  ),
  ask(
    "counting",
    "be-the-count",
    "How many times does the word 'the' appear in this: \"The cat sat on the mat and the dog slept by the door.\"",
    about(num(4), "times", "word", "appears", "occurrences"),
  ),

  // ---- word tasks ----------------------------------------------------------------------------
  ask(
    "word-tasks",
    "be-veg-sort",
    "Put these in alphabetical order: zucchini, carrot, beetroot, asparagus, leek",
    inOrder("asparagus", "beetroot", "carrot", "leek", "zucchini"),
  ),
  ask("word-tasks", "be-backwards", "Write 'good morning' backwards.", has(/gninrom\s+doog/i)),
  ask(
    "word-tasks",
    "be-plurals",
    "What's the plural of mouse, child and cactus?",
    all(has("mice", "children"), hasAny("cacti", "cactuses")),
  ),
  ask(
    "word-tasks",
    "be-unscramble",
    "Rearrange these words into a proper sentence: park the dog to walked the I",
    has(/I walked the dog to the park/i),
  ),
  ask(
    "word-tasks",
    "be-definitely",
    "Can you spell 'definitely' letter by letter? I always get it wrong lol",
    spelled("definitely"),
  ),
  ask(
    "word-tasks",
    "be-sort-numbers",
    "Sort these from smallest to largest: 42, 7, 19, 3, 88, 25",
    has(/\b3\b\D+\b7\b\D+\b19\b\D+\b25\b\D+\b42\b\D+\b88\b/),
  ),

  // ---- random picks --------------------------------------------------------------------------
  ask(
    "random-pick",
    "be-movie-night",
    "I can't decide which of my 5 saved movies to watch tonight, just pick a number between 1 and 5 for me",
    pick(1, 5),
  ),
  ask("random-pick", "be-coin", "flip a coin for me", all(maxWords(25), exactlyOneOf("heads", "tails"))),
  ask(
    "random-pick",
    "be-dinner",
    "Pick one of these for dinner tonight: pizza, sushi, tacos, curry. Just pick, don't explain.",
    all(maxWords(20), exactlyOneOf("pizza", "sushi", "tacos", "curry")),
  ),
  ask(
    "random-pick",
    "be-pin",
    "Give me a random 4-digit number I can use as a bike lock code.",
    about(
      all(maxWords(25), has(/(?<![\d.,])\d{4}(?!\d|[.,]\d)/)),
      "code",
      "lock",
      "PIN",
      "combination",
      "random",
      "use",
      "try",
    ),
  ),
  chat(
    "random-pick",
    "be-party-guess",
    [
      system("You are the game master at a children's birthday party."),
      user("Pick a secret number from 1 to 20 for the guessing game and just tell me the number."),
    ],
    pick(1, 20, 30),
  ),
  ask(
    "random-pick",
    "be-lunch-day",
    "Choose a random weekday (Mon to Fri) for our team lunch next week.",
    all(maxWords(25), exactlyOneOf("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")),
  ),

  // ---- exact counts --------------------------------------------------------------------------
  ask(
    "exact-counts",
    "be-swim-reasons",
    "Give me exactly 3 reasons to learn to swim, as a numbered list.",
    all(
      listOf(3, "numbered"),
      marks(
        1,
        "swim",
        "swimming",
        "water",
        "pool",
        "drown",
        "drowning",
        "safety",
        "safe",
        "exercise",
        "fitness",
        "beach",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "be-sunday-six",
    "describe a perfect lazy sunday morning in exactly 6 words",
    all(
      wordCount(6),
      marks(
        1,
        "coffee",
        "tea",
        "sleep",
        "sleeping",
        "breakfast",
        "pancakes",
        "newspaper",
        "sun",
        "sunshine",
        "sunlight",
        "quiet",
        "slow",
        "lazy",
        "bed",
        "blankets",
        "walk",
        "book",
        "morning",
        "sunday",
        "brunch",
        "relaxing",
        "calm",
        "peaceful",
        "birds",
        "garden",
        "family",
        "toast",
        "music",
        "rain",
        "pajamas",
        "pyjamas",
        "croissants",
        "cozy",
        "cosy",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "be-south-america",
    "Name four countries in South America, one per line, nothing else.",
    linesEach(
      4,
      /^(Brazil|Argentina|Chile|Peru|Colombia|Venezuela|Ecuador|Bolivia|Paraguay|Uruguay|Guyana|Suriname)\b/i,
    ),
  ),
  ask(
    "exact-counts",
    "be-dog-sentences",
    "write exactly 3 sentences about why dogs make good pets",
    all(sentenceCount(3), hasAny("dog", "dogs", "puppy", "puppies")),
  ),
  ask(
    "exact-counts",
    "be-garden-veg",
    "Give me 5 vegetables that grow well in a small garden. Bullet points, no explanations.",
    all(
      listOf(5, "bullet"),
      marks(
        3,
        "tomatoes",
        "tomato",
        "lettuce",
        "radishes",
        "radish",
        "carrots",
        "carrot",
        "zucchini",
        "courgettes",
        "courgette",
        "peppers",
        "pepper",
        "beans",
        "green beans",
        "peas",
        "spinach",
        "kale",
        "chard",
        "swiss chard",
        "onions",
        "spring onions",
        "garlic",
        "cucumbers",
        "cucumber",
        "beets",
        "beetroot",
        "herbs",
        "potatoes",
        "arugula",
        "rocket",
        "squash",
        "eggplant",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "be-festival-one",
    `${FESTIVAL}\n\nSummarize the paragraph above in exactly one sentence.`,
    all(sentenceCount(1), hasAny("festival", "lantern", "lanterns", "Brackenford", "harvest")),
  ),

  // ---- layout --------------------------------------------------------------------------------
  ask(
    "layout",
    "be-table",
    "Make a markdown table with two columns, Country and Capital, for France, Spain and Portugal.",
    all(has(/\|[^\n]*Paris/i, /\|[^\n]*Madrid/i, /\|[^\n]*Lisbon/i), has(/\|\s*:?-{3,}/)),
  ),
  ask(
    "layout",
    "be-tea-steps",
    "How do I make a cup of tea? Numbered steps, 5 steps max please.",
    all(
      numberedBetween(2, 5),
      marks(2, "water", "kettle", "boil", "tea", "teabag", "bag", "cup", "mug", "milk", "steep"),
    ),
  ),
  ask(
    "layout",
    "be-lowercase",
    "answer in lowercase only, no capital letters at all: what's the largest ocean on earth?",
    all(lowercaseOnly(), has("pacific")),
  ),
  ask("layout", "be-caps-ireland", "REPLY IN ALL CAPS: what's the capital of Ireland?", all(allCaps(), has("DUBLIN"))),
  ask(
    "layout",
    "be-baking-bullets",
    "Format this as a bulleted list: eggs, milk, flour, sugar, baking powder",
    all(listOf(5, "bullet"), has("eggs", "milk", "flour", "sugar", "baking powder")),
  ),
  chat(
    "layout",
    "be-rabbit-two-bullets",
    [
      developer("Always answer with exactly two bullet points and nothing else."),
      user("What should I know before adopting a rabbit?"),
    ],
    all(
      listOf(2, "bullet"),
      marks(1, "rabbit", "rabbits", "bunny", "bunnies", "hay", "hutch", "vet", "chew", "space", "cage", "companion"),
    ),
  ),
  ask(
    "layout",
    "be-landlord-subject",
    "Write a subject line for an email asking my landlord to fix the heating. Just the subject line.",
    all(singleLine(), maxWords(14), hasAny("heating", "heater", "heat", "radiator", "radiators", "boiler")),
  ),
  ask(
    "layout",
    "be-beach-checklist",
    "Make me a packing checklist for a beach day using markdown checkboxes like - [ ] item",
    all(checkboxes(4), marks(2, ...BEACH_WORDS)),
  ),

  // ---- tools ---------------------------------------------------------------------------------
  toolTrip(
    "be-lisbon-jacket",
    {
      question: "Should I bring a jacket to Lisbon tomorrow?",
      tool: "get_forecast",
      description: "Tomorrow's weather forecast for a city",
      parameters: { city: { type: "string" } },
      args: { city: "Lisbon" },
      result: { city: "Lisbon", high_c: 24, low_c: 17, conditions: "sunny", wind_kmh: 9 },
    },
    all(hasAny("24", "17"), hasAny("sunny", "sun", "warm")),
  ),
  toolTrip(
    "be-flight",
    {
      question: "Is my flight BA283 on time?",
      tool: "get_flight_status",
      description: "Live status of a flight by its number",
      parameters: { flight: { type: "string" } },
      args: { flight: "BA283" },
      result: { flight: "BA283", status: "delayed", delay_minutes: 45, new_departure: "18:25" },
    },
    all(hasAny("delayed", "delay", "late", "not on time"), any(num(45), has(/18:25|6:25/))),
  ),
  toolTrip(
    "be-shoes-stock",
    {
      question: "Does the Main Street store have the blue running shoes in size 42?",
      tool: "check_stock",
      description: "Stock of a product at a store",
      parameters: { store: { type: "string" }, product: { type: "string" }, size: { type: "string" } },
      args: { store: "Main Street", product: "blue running shoes", size: "42" },
      result: { store: "Main Street", product: "Blue Running Shoes", size: "42", in_stock: true, quantity: 3 },
    },
    all(
      hasAny("yes", "in stock", "available", "they have", "3 pairs", "three pairs"),
      lacks("out of stock", "not in stock", "not available"),
    ),
  ),
  toolTrip(
    "be-shipping",
    {
      question: "How much would it cost to ship a 2 kg parcel to Canada, and how long does it take?",
      tool: "quote_shipping",
      description: "Price and delivery time for sending a parcel abroad",
      parameters: { weight_kg: { type: "number" }, country: { type: "string" } },
      args: { weight_kg: 2, country: "Canada" },
      result: { price: 18.5, currency: "USD", delivery_days: 6 },
    },
    all(num(18.5, 0.01), num(6)),
  ),
  toolTrip(
    "be-chickpeas",
    {
      question: "find me a quick recipe with chickpeas",
      tool: "search_recipes",
      description: "Search recipes by ingredient",
      parameters: { ingredient: { type: "string" } },
      args: { ingredient: "chickpeas" },
      result: {
        recipes: [
          { title: "Chickpea Curry", minutes: 25 },
          { title: "Crispy Roasted Chickpeas", minutes: 35 },
        ],
      },
    },
    hasAny("Chickpea Curry", "Crispy Roasted Chickpeas"),
  ),
  toolTrip(
    "be-bus",
    {
      system: "You are a helpful transit assistant for the city of Leeds.",
      question: "When's the next number 42 bus from the train station?",
      tool: "get_departures",
      description: "Upcoming departures of a bus route from a stop",
      parameters: { route: { type: "string" }, stop: { type: "string" } },
      args: { route: "42", stop: "Train Station" },
      result: { route: "42", stop: "Train Station", departures: ["14:05", "14:25", "14:45"] },
    },
    has(/14:05|2:05/),
  ),

  // ---- coding --------------------------------------------------------------------------------
  ask(
    "coding",
    "be-c-to-f",
    "Write a JavaScript function celsiusToFahrenheit(c) that converts a temperature.",
    runs("celsiusToFahrenheit", [
      [[0], 32],
      [[100], 212],
      [[-40], -40],
    ]),
  ),
  ask(
    "coding",
    "be-count-vowels",
    "Write a TypeScript function countVowels(s: string): number that counts a, e, i, o, u in either upper or lower case.",
    runs("countVowels", [
      [["hello"], 2],
      [["sky"], 0],
      [["AEIOU"], 5],
    ]),
  ),
  ask(
    "coding",
    "be-typeof-array",
    "what does console.log(typeof []) print in javascript? it surprised me",
    has("object"),
  ),
  ask(
    "coding",
    "be-max-of",
    "Write a JS function maxOf(arr) that returns the biggest number in an array of numbers, without using Math.max.",
    runs("maxOf", [
      [[[3, 9, 2]], 9],
      [[[-5, -2, -8]], -2],
      [[[7]], 7],
    ]),
  ),
  chat(
    "coding",
    "be-palindrome-fix",
    [
      user("write a function isPalindrome(word) in javascript"),
      assistant("```js\nfunction isPalindrome(word) {\n  return word === word.split('').reverse().join('');\n}\n```"),
      user("nice, but it says 'Racecar' is not a palindrome. can you fix it so it ignores upper/lower case?"),
    ],
    runs("isPalindrome", [
      [["Racecar"], true],
      [["hello"], false],
      [["Noon"], true],
    ]),
  ),
  ask(
    "coding",
    "be-sort-default",
    "What's the result of [10, 9, 1].sort() in JavaScript? I expected [1, 9, 10].",
    has(/\[\s*1\s*,\s*10\s*,\s*9\s*\]/),
  ),

  // ---- out of scope --------------------------------------------------------------------------
  cannot("be-instagram", "How many followers does my cousin's Instagram account have right now?"),
  cannot("be-tesco", "What time does the supermarket at the end of my street close tonight?"),
  cannot("be-world-cup", "Who's going to win the next football World Cup? Give me the team."),
  cannot("be-gbp-yen", "I'm booking a trip to Tokyo, what's the exchange rate from pounds to yen right now?"),
  cannot("be-parcel", "Has my online order #112-4456 shipped yet?"),
  cannot("be-nairobi-noon", "What was the exact temperature in Nairobi at noon yesterday?"),
  cannot("be-boss-email", "What did my boss mean in the email she sent me this morning?"),
];
