/**
 * BLIND_C: a blind everyday set written as an outside tester would, without reading the offline
 * model or its tuning sets. Everyday word problems, reverse fact questions, picks from the user's own
 * lists, short creative forms, name ideas, tool round trips and things nothing offline can know.
 */
import { ask, assistant, cannot, chat, system, toolTrip, user, withTopics } from "./build";
import {
  admits,
  all,
  dateIs,
  haiku,
  has,
  hasAny,
  inOrder,
  joke,
  lacks,
  limerick,
  linesOf,
  maxSentences,
  maxWords,
  names,
  num,
  pick,
  sentenceCount,
  singleLine,
  weekday,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/**
 * A pick from the user's own list: a short reply that names exactly one of the items, or that names
 * several but states its choice with a picking phrase ("I pick tacos", "let's go with Ben").
 */
const choice = (...items: string[]): Check =>
  all(maxWords(40), (reply) => {
    const named = items.filter((item) => has(item)(reply) === true);
    if (named.length === 1) return true;
    if (named.length === 0) return `names none of ${items.join(", ")}`;
    const alternation = items.map((i) => i.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
    const chosen = new RegExp(
      `\\b(?:pick(?:ed)?|choose|chose|chosen|go(?:ing)? with|winner is|landed on|it's|it is|selected|select)\\s*:?\\s*["']?(?:the\\s+)?(?:${alternation})\\b`,
      "i",
    );
    return chosen.test(reply.text.replace(/[*_`]/g, "").replace(/[’‘]/g, "'"))
      ? true
      : `names ${named.length} items, no single pick`;
  });

/** An acrostic of `word`: one line per letter (a title line holding only the word may come first). */
const acrostic =
  (word: string): Check =>
  (reply) => {
    let lines = linesOf(reply.text);
    if (lines.length === word.length + 1 && lines[0].replace(/[^\p{L}]/gu, "").toLowerCase() === word.toLowerCase())
      lines = lines.slice(1);
    if (lines.length !== word.length) return `${lines.length} lines, not ${word.length}`;
    const initials = lines.map((l) => (l.match(/\p{L}/u)?.[0] ?? "").toUpperCase()).join("");
    return initials === word.toUpperCase() ? true : `initials ${initials}, not ${word.toUpperCase()}`;
  };

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  ask("capitals", "bc-canberra-reverse", "Which country has Canberra as its capital?", has("Australia")),
  ask(
    "capitals",
    "bc-ghana",
    "I'm flying to Ghana next month for a wedding. What's the capital city there?",
    has("Accra"),
  ),
  ask(
    "capitals",
    "bc-iberia",
    "Could you please tell me the capitals of Portugal and Spain?",
    all(has("Lisbon", "Madrid"), lacks("Barcelona is the capital", "Porto is the capital")),
  ),
  chat(
    "capitals",
    "bc-quiz-argentina",
    [
      user("I'm practising for a pub quiz on South America. First one: capital of Chile?"),
      assistant("The capital of Chile is Santiago."),
      user("Great. And its neighbour to the east, Argentina?"),
    ],
    has("Buenos Aires"),
  ),
  ask("capitals", "bc-wellington", "Wellington is the capital of which country?", has("New Zealand")),
  ask(
    "capitals",
    "bc-istanbul",
    "My friend says Istanbul is the capital of Turkey. Is she right?",
    all(has("Ankara"), hasAny("no", "not", "isn't", "actually", "wrong", "common mistake")),
  ),
  chat(
    "capitals",
    "bc-egypt-tutor",
    [
      system("You are a friendly geography tutor for children. Keep every answer to one or two short sentences."),
      user("whats the capitol of egypt"),
    ],
    all(has("Cairo"), maxSentences(3)),
  ),
  ask(
    "capitals",
    "bc-three-list",
    "List the capitals of Japan, Brazil and Germany, one per line.",
    all(has("Tokyo", "Berlin", /Bras[ií]lia/), lacks("Rio de Janeiro is the capital", "São Paulo is the capital")),
  ),

  // ---- elements ------------------------------------------------------------------------------
  ask("elements", "bc-k", "Which element has the chemical symbol K?", has("potassium")),
  ask("elements", "bc-ten", "what element is number 10 on the periodic table?", has("neon")),
  ask(
    "elements",
    "bc-silver",
    "What's the chemical symbol for silver? I always mix it up with Si.",
    all(has(/\bAg\b/), lacks(/silver(?:'s symbol)? is Si\b/i)),
  ),
  ask("elements", "bc-nitrogen-protons", "How many protons does a nitrogen atom have?", num(7)),
  chat(
    "elements",
    "bc-tin-followup",
    [
      user("What's the symbol for lead?"),
      assistant("Lead's symbol is Pb, from the Latin word plumbum."),
      user("And tin?"),
    ],
    has(/\bSn\b/),
  ),
  ask(
    "elements",
    "bc-breathe",
    "Which element do we need to breathe in to stay alive, and what's its atomic number?",
    all(has("oxygen"), num(8)),
  ),
  ask(
    "elements",
    "bc-lightest",
    "Name the lightest element and give me its symbol.",
    all(has("hydrogen"), has(/\bH\b/), lacks("helium is the lightest")),
  ),
  ask(
    "elements",
    "bc-salt",
    "Table salt is made of two elements. Which ones?",
    all(has("sodium"), hasAny("chlorine", "chloride")),
  ),

  // ---- planets -------------------------------------------------------------------------------
  ask(
    "planets",
    "bc-farthest",
    "Which planet is the farthest from the Sun?",
    all(has("Neptune"), lacks("Pluto is the farthest planet")),
  ),
  ask(
    "planets",
    "bc-hottest",
    "Which planet is the hottest, and why isn't it Mercury even though Mercury is closer?",
    all(has("Venus"), hasAny("atmosphere", "greenhouse", "carbon dioxide", "CO2", "clouds", "traps", "trapped")),
  ),
  ask(
    "planets",
    "bc-order",
    "List all the planets in order, starting from the one nearest the Sun.",
    inOrder("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"),
  ),
  ask(
    "planets",
    "bc-pluto",
    "Is Pluto still a planet? my kid says it isn't anymore",
    all(has(/dwarf\s+planet/i), hasAny("2006", "no", "not", "isn't", "reclassified", "your kid is right")),
  ),
  ask("planets", "bc-earth-moons", "How many moons does Earth have?", all(num(1), lacks("two moons", "2 moons"))),
  ask(
    "planets",
    "bc-brightest-tonight",
    "Which planet shines brightest in the night sky, and will I be able to see it from my garden tonight?",
    all(has("Venus"), admits()),
  ),
  chat(
    "planets",
    "bc-uranus-guide",
    [
      system("You are a guide at a space museum, talking to a class of eight-year-olds."),
      user("Which planet is tipped over on its side and rolls around the Sun like a ball?"),
    ],
    has("Uranus"),
  ),

  // ---- arithmetic ----------------------------------------------------------------------------
  ask("arithmetic", "bc-coffees", "I bought 3 coffees at 4.50 each, how much did I spend?", num(13.5)),
  ask(
    "arithmetic",
    "bc-pizza",
    "We ordered 4 pizzas with 8 slices each and there are 6 of us. If everyone gets the same number of whole slices, how many does each person get, and how many slices are left over?",
    all(num(5), num(2)),
  ),
  ask("arithmetic", "bc-typo-mul", "whats 48 x 25", num(1200)),
  chat(
    "arithmetic",
    "bc-savings",
    [
      user("I've started putting 35 dollars a week into a jar."),
      assistant("That's a great habit! Small amounts add up quickly."),
      user("How much will I have after a full year of 52 weeks?"),
    ],
    num(1820),
  ),
  ask(
    "arithmetic",
    "bc-train",
    "My train leaves at 14:10 and the journey takes 2 hours 55 minutes. What time do I arrive?",
    has(/\b17[:.]05\b|\b5[:.]05\s*(?:pm|p\.m\.)/i),
  ),
  ask(
    "arithmetic",
    "bc-bill-split",
    "The restaurant bill is 186 euros and there are 4 of us splitting it evenly. How much does each person pay?",
    num(46.5),
  ),
  ask(
    "arithmetic",
    "bc-recipe-scale",
    "This pancake recipe serves 4 and needs 300 g of flour, 2 eggs and 250 ml of milk. I need to feed 6 people. How much of each do I need?",
    all(num(450), num(3), num(375)),
  ),
  ask("arithmetic", "bc-average", "My test scores this term were 78, 85, 91 and 94. What's my average?", num(87)),

  // ---- percentages ---------------------------------------------------------------------------
  ask(
    "percentages",
    "bc-tip-total",
    "Dinner came to $64 and we want to leave a 20% tip. How much is the tip and what's the total?",
    all(num(12.8), num(76.8)),
  ),
  ask(
    "percentages",
    "bc-shoes",
    "Running shoes that cost 120 euros are now 35% off. How much do I save, and what do I pay?",
    all(num(42), num(78)),
  ),
  ask("percentages", "bc-spelling", "I got 42 out of 50 on my spelling test. What percentage is that?", num(84)),
  ask(
    "percentages",
    "bc-rent",
    "My landlord raised the rent from 900 to 954 a month. By what percent did it go up?",
    num(6),
  ),
  ask(
    "percentages",
    "bc-double-discount",
    "A coat costs $200. It's 20% off, and I also have a coupon for an extra 10% off the reduced price. What's the final price? (is it the same as 30% off?)",
    all(num(144), hasAny("no", "not", "isn't", "different", "140", "less than")),
  ),
  ask(
    "percentages",
    "bc-sales-tax",
    "If something costs $80 before tax and the sales tax is 8.25%, what do I pay at the register?",
    num(86.6, 0.01),
  ),
  ask(
    "percentages",
    "bc-original-price",
    "After a 25% discount, a lamp costs 45 dollars. What was the original price?",
    all(num(60), lacks("56.25")),
  ),
  chat(
    "percentages",
    "bc-savings-budget",
    [
      system("You are a helpful budgeting assistant. Be brief."),
      user("My monthly take-home pay is 3,200."),
      assistant("Got it: 3,200 a month after tax. What would you like to plan?"),
      user("If I put 15% of it into savings, how much is that each month?"),
    ],
    num(480),
  ),

  // ---- conversions ---------------------------------------------------------------------------
  ask(
    "conversions",
    "bc-oven",
    "My recipe says to bake at 180°C but my oven only shows Fahrenheit. What should I set it to?",
    num(356, 1),
  ),
  ask("conversions", "bc-10k", "I just ran a 10K this morning! How many miles is that?", num(6.21, 0.03)),
  ask(
    "conversions",
    "bc-suitcase",
    "My suitcase weighs 23 kg and the airline limit is 50 lb. Am I over the limit?",
    all(num(50.7, 0.1), hasAny("yes", "over", "slightly", "just over", "exceeds", "exceed", "above")),
  ),
  ask("conversions", "bc-height", "how tall is 5 foot 9 in centimetres?", num(175.26, 0.3)),
  ask("conversions", "bc-hours", "Convert two and a half hours to minutes, please.", num(150)),
  ask(
    "conversions",
    "bc-speed",
    "I'm driving in France and the sign says 100 km/h. What's that in miles per hour?",
    num(62.14, 0.2),
  ),
  ask(
    "conversions",
    "bc-cheese",
    "The recipe calls for 8 ounces of cheese but my scale is in grams. How many grams is that?",
    num(226.8, 1),
  ),
  ask(
    "conversions",
    "bc-minus-ten",
    "It's -10 °C outside right now according to my thermometer. What's that in Fahrenheit?",
    num(14),
  ),

  // ---- dates ---------------------------------------------------------------------------------
  ask("dates", "bc-summer-days", "How many days are there from June 1, 2026 to August 15, 2026?", num(75)),
  ask("dates", "bc-christmas", "What day of the week is Christmas Day 2026?", weekday("Friday")),
  ask(
    "dates",
    "bc-library-due",
    "I borrowed a book on 20 December 2026 and the loan is 21 days. When is it due back?",
    dateIs(2027, 1, 10),
  ),
  ask("dates", "bc-y2k", "What weekday was 1 January 2000?", weekday("Saturday")),
  ask(
    "dates",
    "bc-wedding",
    "Today is 2 March 2026 and our wedding is on 20 June 2026. How many weeks and days is that?",
    all(num(15), num(5)),
  ),
  ask("dates", "bc-year-2024", "How many days were there in the year 2024?", num(366)),
  chat(
    "dates",
    "bc-sister-birthday",
    [
      user("My sister's birthday is on 14 February."),
      assistant("Oh nice, Valentine's Day! Easy to remember."),
      user("What day of the week will it fall on in 2027?"),
    ],
    weekday("Sunday"),
  ),
  ask(
    "dates",
    "bc-hundred-days",
    "If today is a Wednesday, what day of the week will it be 100 days from now?",
    all(has("Friday"), lacks(...WEEKDAYS.filter((d) => d !== "Friday" && d !== "Wednesday"))),
  ),

  // ---- counting ------------------------------------------------------------------------------
  ask("counting", "bc-massachusetts", "How many letters are in the word 'Massachusetts'?", num(13)),
  ask("counting", "bc-excellence", "how many e's are there in excellence", num(4)),
  ask(
    "counting",
    "bc-ticket-words",
    'Count the words in this sentence: "I would like two tickets for the seven o\'clock show, please."',
    num(11),
  ),
  ask("counting", "bc-banana-bread", "How many vowels are in the phrase 'banana bread'?", num(5)),
  ask(
    "counting",
    "bc-shopping-items",
    "My shopping list: eggs, milk, bread, apples, butter, rice, coffee. How many items is that?",
    num(7),
  ),
  ask(
    "counting",
    "bc-the-count",
    "How many times does the word 'the' appear in this sentence (any case)? 'The cat sat by the door while the dog slept on the rug.'",
    num(4),
  ),
  chat(
    "counting",
    "bc-password",
    [
      user("I'm thinking of using sunflower42 as my new password."),
      assistant("It's easy to remember, but you might want something longer and less guessable."),
      user("How many characters does it have? The site needs at least 12."),
    ],
    all(num(11), hasAny("no", "not", "short", "too short", "isn't", "doesn't", "one more", "1 more", "fewer")),
  ),

  // ---- random picks --------------------------------------------------------------------------
  ask(
    "random-pick",
    "bc-dinner",
    "I can't decide what to cook tonight: pasta, stir-fry or tacos. Just pick one for me!",
    choice("pasta", "stir-fry", "tacos"),
  ),
  ask("random-pick", "bc-raffle", "Pick a random number between 1 and 100 for our office raffle.", pick(1, 100)),
  ask("random-pick", "bc-coin", "Flip a coin for me.", choice("heads", "tails")),
  ask(
    "random-pick",
    "bc-movie-genre",
    "We're choosing a movie genre for Friday night: comedy, horror, sci-fi or romance. Please choose one at random.",
    choice("comedy", "horror", "sci-fi", "romance"),
  ),
  ask("random-pick", "bc-d20", "Roll a 20-sided die for my board game.", pick(1, 20)),
  chat(
    "random-pick",
    "bc-dishes",
    [
      user("The four of us share the washing up: Ana, Ben, Chloe and Dev."),
      assistant("Got it, four people on the rota: Ana, Ben, Chloe and Dev."),
      user("Pick one of them at random to do the dishes tonight."),
    ],
    choice("Ana", "Ben", "Chloe", "Dev"),
  ),
  ask(
    "random-pick",
    "bc-lunch-day",
    "Pick a random weekday (Monday to Friday) for our team lunch next week.",
    choice("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"),
  ),

  // ---- creative ------------------------------------------------------------------------------
  ask(
    "creative",
    "bc-limerick-socks",
    "Write a limerick about a dog who keeps stealing socks.",
    all(limerick(), hasAny("dog", "pup", "puppy", "hound", "sock", "socks")),
  ),
  ask(
    "creative",
    "bc-haiku-coffee",
    "Could you write a haiku about my first coffee of the morning?",
    all(haiku(), hasAny("coffee", "cup", "mug", "brew", "steam", "bean", "beans", "espresso", "morning", "dawn")),
  ),
  ask(
    "creative",
    "bc-missed-bus",
    "Tell me a two-sentence story about someone who misses the last bus home.",
    all(sentenceCount(2), hasAny("bus", "buses")),
  ),
  ask(
    "creative",
    "bc-veg-joke",
    "tell me a joke about vegetables for my kids",
    all(
      joke(),
      hasAny(
        "vegetable",
        "vegetables",
        "veggie",
        "veggies",
        "carrot",
        "carrots",
        "broccoli",
        "pea",
        "peas",
        "potato",
        "potatoes",
        "lettuce",
        "cabbage",
        "onion",
        "onions",
        "tomato",
        "tomatoes",
        "corn",
        "cucumber",
        "beet",
        "beets",
        "celery",
        "spinach",
        "mushroom",
        "mushrooms",
        "pumpkin",
        "turnip",
        "squash",
        "beans",
        "eggplant",
        "garlic",
      ),
    ),
  ),
  ask(
    "creative",
    "bc-recycling-slogan",
    "Write a catchy slogan for a recycling campaign at my school.",
    all(
      singleLine(),
      maxWords(15),
      hasAny(
        "recycle",
        "recycling",
        "recycled",
        "bin",
        "bins",
        "waste",
        "reuse",
        "reduce",
        "trash",
        "rubbish",
        "plastic",
        "sort",
        "cans",
        "bottles",
        "paper",
        "second life",
      ),
    ),
  ),
  ask("creative", "bc-acrostic-summer", "Write an acrostic poem using the word SUMMER.", acrostic("SUMMER")),
  chat(
    "creative",
    "bc-grandma-card",
    [
      system("You write warm, short greeting-card messages."),
      user("My grandma turns 90 on Sunday and she loves her garden. Write her a birthday message, two sentences max."),
    ],
    all(
      maxSentences(2),
      hasAny("birthday", "90", "ninety", "90th", "ninetieth"),
      hasAny(
        "garden",
        "gardens",
        "gardening",
        "flower",
        "flowers",
        "bloom",
        "blooms",
        "blooming",
        "roses",
        "rose",
        "grow",
        "growing",
        "petals",
        "plants",
      ),
    ),
  ),
  chat(
    "creative",
    "bc-haiku-rain",
    [
      user("Write a haiku about snow."),
      assistant("Soft flakes drift and fall\nthe quiet street turns to white\nfootprints fade by noon"),
      user("Lovely! Now do the same kind of poem, but about rain."),
    ],
    all(
      haiku(),
      hasAny("rain", "raindrops", "raindrop", "drizzle", "puddle", "puddles", "storm", "drops", "wet", "umbrella"),
    ),
  ),

  // ---- name ideas ----------------------------------------------------------------------------
  ask("name-ideas", "bc-kitten", "Give me 5 name ideas for a black-and-white kitten.", names(5)),
  ask(
    "name-ideas",
    "bc-book-club",
    "I'm starting a book club that only reads mystery novels. Suggest 4 names for the club.",
    names(4),
  ),
  ask(
    "name-ideas",
    "bc-sourdough",
    "Everyone names their sourdough starter, apparently. Give me 3 funny names for mine.",
    names(3),
  ),
  ask("name-ideas", "bc-taco-truck", "Suggest 6 names for a food truck that sells tacos.", names(6, true)),
  ask(
    "name-ideas",
    "bc-quiz-team",
    "We need a team name for the office pub quiz. 4 ideas please, punny ones if possible.",
    names(4),
  ),
  ask("name-ideas", "bc-monstera", "I just bought a huge monstera plant. 3 name ideas for it?", names(3)),
  chat(
    "name-ideas",
    "bc-puppy",
    [
      user("We're picking up our golden retriever puppy next week, she's a girl!"),
      assistant("How exciting! Golden retrievers are wonderful family dogs."),
      user("Can you give me 5 name ideas for her?"),
    ],
    names(5),
  ),

  // ---- tool round trips ----------------------------------------------------------------------
  toolTrip(
    "bc-bus",
    {
      question: "When is the next number 42 bus from Station Road?",
      tool: "get_bus_departures",
      description: "Upcoming departures for a bus route at a stop",
      parameters: { route: { type: "string" }, stop: { type: "string" } },
      args: { route: "42", stop: "Station Road" },
      result: { route: "42", stop: "Station Road", departures: ["08:14", "08:29", "08:44"] },
    },
    has(/\b0?8:14\b/),
  ),
  toolTrip(
    "bc-package",
    {
      question: "Where's my package? The order number is 55120.",
      tool: "track_package",
      description: "Tracking status of an order",
      parameters: { order_id: { type: "string" } },
      args: { order_id: "55120" },
      result: { order_id: "55120", status: "out for delivery", delivery_window: "14:00-16:00" },
    },
    all(hasAny("out for delivery", "on its way", "being delivered"), has(/\b14:00|\b2(?::00)?\s*(?:pm|p\.m\.)/i)),
  ),
  toolTrip(
    "bc-rain-leeds",
    {
      question: "Should I water the garden tonight, or is it going to rain in Leeds tomorrow?",
      tool: "get_forecast",
      description: "Tomorrow's weather forecast for a city",
      parameters: { city: { type: "string" } },
      args: { city: "Leeds" },
      result: { city: "Leeds", day: "tomorrow", rain_chance_percent: 85, high_c: 12 },
    },
    all(num(85), hasAny("rain", "rainy", "showers", "wet")),
  ),
  toolTrip(
    "bc-quick-dinner",
    {
      question: "Find me a vegetarian dinner I can cook in under 30 minutes.",
      tool: "search_recipes",
      description: "Search recipes by diet",
      parameters: { diet: { type: "string" } },
      args: { diet: "vegetarian" },
      result: {
        recipes: [
          { name: "Mushroom risotto", minutes: 45 },
          { name: "Chickpea curry", minutes: 25 },
          { name: "Stuffed peppers", minutes: 60 },
        ],
      },
    },
    all(has("Chickpea curry"), lacks(/try (?:the )?(?:mushroom risotto|stuffed peppers)/i)),
  ),
  toolTrip(
    "bc-balance",
    {
      question: "How much money is left in my checking account?",
      tool: "get_account_balance",
      description: "The current balance of one of the user's bank accounts",
      parameters: { account: { type: "string" } },
      args: { account: "checking" },
      result: { account: "checking", balance: 1284.37, currency: "USD" },
    },
    num(1284.37),
  ),
  toolTrip(
    "bc-flight",
    {
      system: "You are a calm, helpful travel assistant.",
      question: "Is my flight BA117 on time?",
      tool: "get_flight_status",
      description: "Live status of a flight",
      parameters: { flight: { type: "string" } },
      args: { flight: "BA117" },
      result: { flight: "BA117", status: "delayed", scheduled: "18:30", new_departure: "19:45", gate: "B32" },
    },
    all(hasAny("delayed", "delay", "not on time", "late"), has(/\b19:45\b|\b7:45\s*(?:pm|p\.m\.)/i)),
  ),
  toolTrip(
    "bc-steps",
    {
      question: "How many steps did I do yesterday, and did I hit my 10,000 goal?",
      tool: "get_step_count",
      description: "Step count recorded by the user's phone for a day",
      parameters: { day: { type: "string" } },
      args: { day: "yesterday" },
      result: { day: "yesterday", steps: 8432, goal: 10000 },
    },
    all(num(8432), hasAny("no", "not", "didn't", "did not", "short", "missed", "below", "under", "fell")),
  ),
  toolTrip(
    "bc-shopping-list",
    {
      question: "What's on my shopping list?",
      tool: "get_list",
      description: "The items of one of the user's lists",
      parameters: { list: { type: "string" } },
      args: { list: "shopping" },
      result: { list: "shopping", items: ["oat milk", "eggs", "spinach", "dish soap"] },
    },
    has("oat milk", "eggs", "spinach", "dish soap"),
  ),

  // ---- what nothing offline can know ---------------------------------------------------------
  cannot("bc-gbp-eur", "What's the exchange rate from pounds to euros today?"),
  cannot("bc-louvre", "Is the Louvre very crowded right now? Thinking of going this afternoon."),
  cannot("bc-world-cup", "Who is going to win the next football World Cup?"),
  cannot("bc-boss", "What did my boss really think of my presentation yesterday?"),
  cannot("bc-traffic", "how bad is the traffic on the M25 at the moment"),
  cannot("bc-whatsapp", [
    system("You are a helpful assistant."),
    user("How many unread messages do I have on WhatsApp right now?"),
  ]),
  cannot("bc-diner-1987", "What was the lunch special at Rosa's Diner in Tulsa on March 3, 1987?"),
  cannot("bc-neighbour-dog", "What's my next-door neighbour's dog called?"),
];

const SPEND = [/\$|€|£|dollars?|euros?|pounds?|cost|spent|spend|total|pay|paid|price/i];

// What a reply longer than a bare answer must name, so that an unrelated passage or another
// prompt's answer holding the same number does not pass.
const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/bc-nitrogen-protons": ["proton", "protons", "nitrogen"],
  "planets/bc-earth-moons": ["moon", "Moon", "moons"],
  "planets/bc-farthest": ["farthest", "furthest", "outermost", "distant", "far", "eighth", "8th", "last", "away"],
  "planets/bc-uranus-guide": [
    "side",
    "tilt",
    "tilted",
    "tipped",
    "roll",
    "rolls",
    "rolling",
    "spin",
    "spins",
    "axis",
    "sideways",
  ],
  "arithmetic/bc-coffees": [...SPEND, "coffee", "coffees"],
  "arithmetic/bc-pizza": ["slice", "slices", "pizza", "pizzas", "each", "left"],
  "arithmetic/bc-typo-mul": ["48", "25", "times", /[×x*]/],
  "arithmetic/bc-savings": [...SPEND, "week", "weeks", "year", "52", "save", "saved", "savings"],
  "arithmetic/bc-bill-split": [...SPEND, "each", "person", "split", "4"],
  "arithmetic/bc-recipe-scale": ["flour", "eggs", "milk"],
  "arithmetic/bc-average": ["average", "mean", "scores", "score"],
  "percentages/bc-tip-total": ["tip", "total", /%|percent/i],
  "percentages/bc-shoes": ["save", "saving", "pay", "price", "off", /%|percent|€|euros?/i],
  "percentages/bc-spelling": [/%|percent/i, "score", "test"],
  "percentages/bc-rent": [/%|percent/i, "rent", "increase", "went up", "rise"],
  "percentages/bc-double-discount": [/\$|price|pay|off|discount|coupon|dollars?/i],
  "percentages/bc-sales-tax": [/\$|tax|total|pay|dollars?/i],
  "percentages/bc-original-price": [/\$|price|original|cost|dollars?/i],
  "percentages/bc-savings-budget": [/%|percent|sav(?:e|ing|ings)|month|monthly/i],
  "conversions/bc-oven": [/°F|fahrenheit|\bF\b|oven|degrees/i],
  "conversions/bc-10k": [/miles?|\bmi\b/i],
  "conversions/bc-suitcase": [/pounds?|\blbs?\b|kg|kilo/i],
  "conversions/bc-height": [/\bcm\b|centimet/i],
  "conversions/bc-hours": [/minutes?|\bmins?\b/i],
  "conversions/bc-speed": [/mph|miles/i],
  "conversions/bc-cheese": [/grams?|\bg\b/i],
  "conversions/bc-minus-ten": [/°F|fahrenheit|\bF\b/i],
  "dates/bc-summer-days": ["day", "days"],
  "dates/bc-christmas": ["Christmas", "December", "2026", "25"],
  "dates/bc-y2k": ["2000", "January", "was a", "fell on"],
  "dates/bc-wedding": ["week", "weeks", "days", "wedding"],
  "dates/bc-year-2024": ["2024", "leap", "days"],
  "dates/bc-sister-birthday": ["2027", "birthday", "February", "Valentine"],
  "dates/bc-hundred-days": ["100", "days", "Wednesday"],
  "counting/bc-massachusetts": ["letter", "letters", "Massachusetts"],
  "counting/bc-excellence": ["excellence", /\be's\b|letter e\b|\bE\b/i],
  "counting/bc-ticket-words": ["word", "words"],
  "counting/bc-banana-bread": ["vowel", "vowels", "banana"],
  "counting/bc-shopping-items": ["item", "items", "list", "things"],
  "counting/bc-the-count": ["word", "times", "appears", "sentence"],
  "counting/bc-password": ["character", "characters", "password", "sunflower42", "long"],
  "random-pick/bc-raffle": [
    /\b(?:pick|picked|picking|chose|choose|chosen|random|randomly|winner|winning|raffle|ticket|drew|draw|go with|how about)\b/i,
  ],
  "random-pick/bc-d20": [
    /\b(?:pick|picked|chose|random|randomly|roll|rolled|rolling|landed|got|d20|die|dice|go with|how about)\b/i,
  ],
  "random-pick/bc-lunch-day": [
    /\b(?:pick|picked|chose|choose|random|randomly|go with|how about|let's|lunch|team|winner)\b/i,
  ],
};

export const BLIND_C: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
