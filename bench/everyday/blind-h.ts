/**
 * BLIND set H of the everyday suite: prompts written by an outside tester without looking at the
 * model. Everyday word problems (shopping, cooking, travel, school), tips, discounts and tax, unit
 * conversions, dates with a stated "today", facts asked indirectly, multi-turn chats whose numbers
 * come from earlier turns, personas asked a fact, and JSON with fact fields.
 */
import { ask, assistant, cannot, chat, developer, structured, system, user } from "./build";
import {
  about,
  all,
  any,
  dateIs,
  has,
  hasAny,
  inOrder,
  isInteger,
  isNumber,
  isString,
  json,
  lacks,
  listOf,
  marks,
  maxSentences,
  maxWords,
  noCopy,
  num,
  oneOf,
  onlyLabel,
  sentenceCount,
  singleLine,
  startsYesNo,
  stringArray,
  weekday,
} from "./checks";
import type { EverydayPrompt } from "./types";

const COWBOY = [
  "howdy",
  "partner",
  "pardner",
  "y'all",
  "ranch",
  "cattle",
  "horse",
  "saddle",
  "yeehaw",
  "reckon",
  "lasso",
  "rodeo",
  "cowboy",
  "trail",
  "prairie",
  "campfire",
  "ma'am",
  "buckaroo",
  "giddy up",
];
const COMMENTATOR = [
  "what a",
  "unbelievable",
  "incredible",
  "folks",
  "ladies and gentlemen",
  "and it's",
  "score",
  "scores",
  "goal",
  "crowd",
  "fans",
  "play",
  "game",
  "stadium",
  "champion",
  "touchdown",
  "slam dunk",
  "home run",
  "amazing",
  "the crowd goes wild",
];
const ASTRONAUT = [
  "space",
  "station",
  "orbit",
  "orbiting",
  "earth",
  "zero gravity",
  "microgravity",
  "weightless",
  "floating",
  "float",
  "spacecraft",
  "mission",
  "houston",
  "window",
  "astronaut",
  "stars",
  "iss",
  "crew",
  "spacesuit",
];
const TEACHER = [
  "class",
  "students",
  "student",
  "homework",
  "remember",
  "show your work",
  "pay attention",
  "listen",
  "carefully",
  "let's",
  "step",
  "first",
  "note",
  "lesson",
  "correct",
  "exactly",
  "pencils",
  "attention",
  "board",
  "notebook",
  "test",
  "exam",
];
const DETECTIVE = [
  "elementary",
  "deduce",
  "deduction",
  "deduced",
  "clue",
  "clues",
  "evidence",
  "mystery",
  "case",
  "observe",
  "observation",
  "watson",
  "magnifying glass",
  "investigation",
  "suspect",
  "solved",
  "indeed",
  "my dear",
  "obvious",
];
const GRANDMA = [
  "dear",
  "dearie",
  "sweetie",
  "sweetheart",
  "honey",
  "darling",
  "cookies",
  "cookie",
  "baking",
  "bake",
  "oven",
  "kitchen",
  "grandma",
  "granny",
  "cake",
  "pie",
  "recipe",
  "flour",
  "love",
  "back in my day",
  "little one",
  "child",
];
const SURFER = [
  "dude",
  "bro",
  "brah",
  "gnarly",
  "waves",
  "wave",
  "surf",
  "surfing",
  "stoked",
  "rad",
  "totally",
  "radical",
  "chill",
  "man",
  "tubular",
  "board",
  "beach",
  "epic",
  "awesome",
  "like",
  "swell",
];
const BUTLER = [
  "sir",
  "madam",
  "ma'am",
  "indeed",
  "certainly",
  "if I may",
  "at your service",
  "pleasure",
  "shall",
  "humbly",
  "master",
  "my lady",
  "my lord",
  "tea",
  "very good",
  "of course",
  "allow me",
];

const SPEAKER = hasAny("you", "we", "user", "I");

const BAKE_SALE =
  "Last Saturday the Year 5 class at Hillcrest Primary ran a bake sale in the school hall to raise money for new library books. Parents donated more than sixty trays of cupcakes, flapjacks and banana bread, and the children took turns working the till and counting change. By the end of the afternoon they had raised £412, which is enough to buy around forty new books. The head teacher thanked the families and said the library will hold a small opening event once the books arrive.";

const COMMUTE =
  "A survey of 2,000 office workers in the city found that people who cycle to work report feeling less stressed than those who drive. Cyclists also said they arrive at work more alert, although many complained about a lack of safe bike lanes and secure places to leave their bikes. The council says it will add 15 kilometres of protected lanes over the next two years and install bike racks near the main train station.";

const PLANT_CARE =
  "Snake plants are one of the easiest houseplants to keep alive. They like bright, indirect light but will survive in darker corners too. Water them only when the soil is completely dry, usually every two to three weeks, because too much water makes the roots rot. They grow slowly, rarely need repotting, and are happy at normal room temperature. Keep them away from cats and dogs, as the leaves are mildly toxic if chewed.";

const MUSEUM_NOTICE =
  "Dear visitors, from 1 March the museum will open at 10:00 instead of 9:00 on weekdays, while weekend hours stay the same. The dinosaur gallery will be closed for three weeks in March for cleaning and new lighting. Tickets bought online remain 10% cheaper than at the door, and children under five still go free. Thank you for your patience.";

const RECIPE_BLOG =
  "I've been making this lentil soup every Sunday all winter. You fry an onion, two carrots and some garlic in olive oil, then add a cup of red lentils, a tin of chopped tomatoes and about a litre of vegetable stock. Let it simmer for twenty-five minutes until the lentils fall apart, then stir in a squeeze of lemon and a handful of spinach. It's cheap, filling, freezes well and honestly tastes better the next day.";

const HOLIDAY_CHAT = [
  user("We're thinking of going to Croatia in June for a week. Is that a good time?"),
  assistant(
    "June is a great time: it's warm, the sea is swimmable and it's less crowded than July and August. Split and Dubrovnik are popular bases.",
  ),
  user("We have two kids, 6 and 9. Anything for them?"),
  assistant(
    "Plenty! Shallow pebble beaches near Makarska are great for kids, and a boat day trip to the islands is usually a hit. Plitvice Lakes is a lovely day out too, with easy wooden walkways.",
  ),
];

const BUDGET_CHAT = [
  user("I earn about $2,800 a month after tax and I never seem to have money left. Help?"),
  assistant(
    "A simple start is the 50/30/20 rule: about $1,400 for needs like rent and bills, $840 for wants, and $560 for savings. Tracking every expense for one month also shows where the money goes.",
  ),
  user("Rent alone is $1,300 though."),
  assistant(
    "Then needs will be tight, so cut wants a bit: cook at home more, cancel subscriptions you don't use, and set up an automatic transfer to savings on payday.",
  ),
];
const text = (messages: { content?: unknown }[]) => messages.map((m) => String(m.content)).join(" ");

export const BLIND_H: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  ask(
    "capitals",
    "h-kenya-cousin",
    "My cousin just moved to the capital of Kenya for work. Which city is that?",
    all(has("Nairobi"), lacks("Mombasa")),
  ),
  ask(
    "capitals",
    "h-canada-australia",
    "What are the capitals of Canada and Australia? short answer pls",
    all(has("Ottawa"), has("Canberra")),
  ),
  ask("capitals", "h-turkey-typo", "capitol of turkey? i always say istanbul lol", has("Ankara")),
  ask(
    "capitals",
    "h-iberia-trip",
    "I'm planning a trip: first to the capital of Portugal, then to the capital of Spain. Name both cities in the order I'll visit them.",
    inOrder("Lisbon", "Madrid"),
  ),
  ask(
    "capitals",
    "h-egypt-river",
    "For my geography homework: which city is the capital of Egypt, and which famous river runs through it?",
    all(has("Cairo"), has("Nile")),
  ),
  ask("capitals", "h-oslo-reverse", "Oslo is the capital of which country?", has("Norway")),
  ask(
    "capitals",
    "h-seoul-one-word",
    "Could you please tell me the capital of South Korea? One word only.",
    onlyLabel("Seoul"),
  ),
  ask("capitals", "h-new-york", "Is New York the capital of the United States? If not, what is?", has(/Washington/)),

  // ---- elements ------------------------------------------------------------------------------
  ask(
    "elements",
    "h-gold-symbol-number",
    "What is the chemical symbol for gold and what is its atomic number?",
    all(has("Au"), num(79)),
  ),
  ask("elements", "h-na-salt", "I saw 'Na' on the back of a salt packet. Which element is that?", has("sodium")),
  ask(
    "elements",
    "h-breathe",
    "Which gas do we breathe in that our bodies need to live, and what's its atomic number?",
    all(has("oxygen"), num(8)),
  ),
  ask("elements", "h-lightest", "what's the lightest element on the periodic table", has("hydrogen")),
  ask("elements", "h-fe-metal", "Fe on the periodic table stands for which metal?", has("iron")),
  ask(
    "elements",
    "h-carbon-protons",
    "How many protons does a carbon atom have?",
    about(num(6), "carbon", "proton", "protons"),
  ),
  ask(
    "elements",
    "h-balloons",
    "Which element with atomic number 2 is used to make party balloons float?",
    has("helium"),
  ),
  ask(
    "elements",
    "h-silver-symbol",
    "What is the chemical symbol for silver? Reply with just the symbol.",
    onlyLabel("Ag"),
  ),

  // ---- planets -------------------------------------------------------------------------------
  ask("planets", "h-rings", "which planet is famous for its rings", has("Saturn")),
  ask("planets", "h-red", "What's the planet people call the Red Planet?", has("Mars")),
  ask("planets", "h-closest", "Which planet is closest to the Sun?", has("Mercury")),
  ask(
    "planets",
    "h-count-home",
    "How many planets are in our solar system, and which one do we live on?",
    all(num(8), has("Earth")),
  ),
  ask(
    "planets",
    "h-hottest",
    "Which planet is the hottest, even though it isn't the closest to the Sun?",
    has("Venus"),
  ),
  ask(
    "planets",
    "h-two-biggest",
    "Name the biggest planet in our solar system and the second biggest.",
    inOrder("Jupiter", "Saturn"),
  ),
  ask(
    "planets",
    "h-third-kid",
    "My 7 year old is asking which planet is third from the sun. Help me answer her!",
    has("Earth"),
  ),
  ask(
    "planets",
    "h-order-line",
    "List the eight planets in order from the Sun, on one line, separated by commas.",
    all(singleLine(), inOrder("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune")),
  ),

  // ---- arithmetic ----------------------------------------------------------------------------
  ask(
    "arithmetic",
    "h-notebooks",
    "I bought 3 notebooks at $2.40 each and a pen for $1.15. How much did I spend in total?",
    num(8.35, 0.001),
  ),
  ask(
    "arithmetic",
    "h-rice-scale",
    "A recipe for 4 people uses 300 g of rice. How much rice do I need to cook for 10 people?",
    about(num(750), "g", "grams", "rice"),
  ),
  ask(
    "arithmetic",
    "h-road-trip-left",
    "Our road trip is 420 km in total and we've driven 185 km so far. How many km are left?",
    about(num(235), "km", "kilometres", "kilometers", "left", "remaining"),
  ),
  ask(
    "arithmetic",
    "h-class-groups",
    "My class has 28 students and the teacher wants groups of 4. How many groups will there be?",
    about(num(7), "groups", "group"),
  ),
  ask(
    "arithmetic",
    "h-pizza-share",
    "We ordered 4 pizzas, each cut into 8 slices. There are 5 friends plus me. If we share the slices equally, how many does each person get, and how many are left over?",
    all(num(5), num(2)),
  ),
  ask("arithmetic", "h-mixed-ops", "whats 15 times 24 minus 60", about(num(300), "15", "24", "60")),
  ask(
    "arithmetic",
    "h-savings-weeks",
    "I'm saving $35 every week for a new bike that costs $630. How many weeks will it take?",
    about(num(18), "weeks", "week"),
  ),
  ask(
    "arithmetic",
    "h-running-total",
    "I run 5 km three times a week. How many kilometres will I have run after 6 weeks?",
    about(num(90), "km", "kilometres", "kilometers"),
  ),

  // ---- percentages ---------------------------------------------------------------------------
  ask(
    "percentages",
    "h-tip-total",
    "Dinner came to $64 and I want to leave an 18% tip. How much is the tip, and what's the total?",
    all(num(11.52, 0.001), num(75.52, 0.001)),
  ),
  ask(
    "percentages",
    "h-jacket-sale",
    "A jacket costs €80 and it's 25% off in the sale. What's the sale price?",
    about(num(60), /€/, "euros", "euro", "price", "sale"),
  ),
  ask(
    "percentages",
    "h-sales-tax",
    "A lamp costs $45 before tax and the sales tax is 8%. What will I pay in total?",
    num(48.6, 0.001),
  ),
  ask(
    "percentages",
    "h-shoes-change",
    "Shoes are $120 with 15% off. I pay with $150 in cash. How much change should I get back?",
    about(num(48), "change", /\$/, "dollars", "102"),
  ),
  ask(
    "percentages",
    "h-quiz-score",
    "I got 18 out of 24 on my science quiz. What percentage is that?",
    about(num(75), /%/, /per\s?cent/i),
  ),
  ask(
    "percentages",
    "h-rent-increase",
    "My rent went up from $1,200 to $1,260 a month. By what percent did it increase?",
    about(num(5), /%/, /per\s?cent/i),
  ),
  ask(
    "percentages",
    "h-split-with-tip",
    "Three of us had lunch and the bill was $90. We're adding a 20% tip and splitting everything equally. How much does each person pay?",
    about(num(36), /\$/, "each", "person", "dollars"),
  ),
  ask("percentages", "h-twelve-half", "What is 12.5% of 640?", about(num(80), "640", "12.5")),

  // ---- conversions ---------------------------------------------------------------------------
  ask(
    "conversions",
    "h-cups-ml",
    "My recipe says 2 cups of milk but I only have a measuring jug in millilitres. Roughly how many ml is that?",
    any(num(473, 8), num(500)),
  ),
  ask(
    "conversions",
    "h-oven-f",
    "The cake recipe says bake at 180°C but my oven only shows Fahrenheit. What should I set it to?",
    any(num(356, 1), num(350)),
  ),
  ask(
    "conversions",
    "h-miles-sign",
    "Driving in England, a sign says the next town is 50 miles away. How far is that in kilometres?",
    num(80.47, 0.5),
  ),
  ask(
    "conversions",
    "h-minus-five",
    "The forecast for tomorrow is -5 °C. What's that in Fahrenheit?",
    about(num(23), /°\s?F/, "Fahrenheit", "F"),
  ),
  ask(
    "conversions",
    "h-speed-limit",
    "The speed limit on this road in France is 100 km/h. How much is that in mph?",
    num(62.1, 0.2),
  ),
  ask("conversions", "h-flour-pounds", "How many grams is 3 pounds of flour?", any(num(1360.8, 1.5), num(1.36, 0.01))),
  ask(
    "conversions",
    "h-ten-k",
    "I ran a 10K race this morning!! how many miles is that?",
    about(num(6.21, 0.02), "miles", "mi"),
  ),
  ask(
    "conversions",
    "h-miami-celsius",
    "It's 77°F in Miami today. What's that in Celsius? Is it warm?",
    about(num(25), /°\s?C/, "Celsius", "C"),
  ),

  // ---- dates ---------------------------------------------------------------------------------
  ask(
    "dates",
    "h-march-days",
    "How many days are there between March 3 and March 31 of the same year?",
    about(num(28), "days", "day"),
  ),
  ask("dates", "h-y2k-weekday", "What day of the week was 1 January 2000?", weekday("Saturday")),
  ask(
    "dates",
    "h-exam-three-weeks",
    "Today is Tuesday, 14 April 2026. My exam is exactly 3 weeks from today. What's the date of the exam?",
    dateIs(2026, 5, 5),
  ),
  ask(
    "dates",
    "h-son-age",
    "My son was born on 20 June 2015. How old will he be on 1 September 2026?",
    about(num(11), "years", "old", "age"),
  ),
  ask(
    "dates",
    "h-christmas-countdown",
    "Today is 7 December 2026. How many days are left until Christmas Day?",
    about(num(18), "days", "Christmas"),
  ),
  ask(
    "dates",
    "h-ten-days-friday",
    "If today is Friday, what day of the week will it be 10 days from now?",
    all(has("Monday"), lacks("Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday")),
  ),
  ask(
    "dates",
    "h-feb-plus-five",
    "Today is 28 February 2027. What's the date 5 days from now?",
    all(dateIs(2027, 3, 5), lacks("March 4", "4 March")),
  ),
  ask(
    "dates",
    "h-overnight-flight",
    "My flight leaves on 3 July at 22:00 and lands on 4 July at 06:30, same time zone. How long is the flight?",
    any(num(8.5), has(/\b8\s*(?:h|hrs?|hours?)\b[^.\n]{0,12}?\b30\s*(?:m|mins?|minutes?)\b/i)),
  ),

  // ---- structured ----------------------------------------------------------------------------
  structured(
    "h-gold",
    "Give me the chemical symbol and atomic number of gold.",
    { element: { type: "string" }, symbol: { type: "string" }, atomic_number: { type: "integer" } },
    json({ element: isString(/^gold$/i), symbol: isString(/^Au$/), atomic_number: isInteger(79) }),
  ),
  structured(
    "h-ringed-planet",
    "Which planet is famous for its rings, and what is its position from the Sun?",
    { planet: { type: "string" }, position_from_sun: { type: "integer" } },
    json({ planet: isString(/^Saturn$/i), position_from_sun: isInteger(6) }),
  ),
  structured(
    "h-japan",
    "Tell me the capital of Japan and the continent it's on.",
    { country: { type: "string" }, capital: { type: "string" }, continent: { type: "string" } },
    json({ country: isString(/^Japan$/i), capital: isString(/^Tokyo$/i), continent: isString(/^Asia$/i) }),
  ),
  structured(
    "h-tip-json",
    "Our bill is $52 and we want to tip 15%. Work out the tip and the total.",
    {
      bill: { type: "number" },
      tip_percent: { type: "number" },
      tip: { type: "number" },
      total: { type: "number" },
    },
    json({
      bill: isNumber(52),
      tip_percent: (v) => (v === 15 || v === 0.15 ? true : `${JSON.stringify(v)}, not 15`),
      tip: isNumber(7.8),
      total: isNumber(59.8),
    }),
  ),
  structured(
    "h-bread-steps",
    "Pull out the numbers from this recipe step: 'Preheat the oven to 200°C and bake the bread for 35 minutes.'",
    { temperature_c: { type: "integer" }, minutes: { type: "integer" }, food: { type: "string" } },
    json({ temperature_c: isInteger(200), minutes: isInteger(35), food: isString(/bread/i) }),
  ),
  structured(
    "h-marathon",
    "A marathon is 42.195 km. How many miles is that? Round to one decimal place.",
    { kilometers: { type: "number" }, miles: { type: "number" } },
    json({ kilometers: isNumber(42.195, 0.001), miles: isNumber(26.2, 0.05) }),
  ),
  structured(
    "h-may-june",
    "How many days are there from 1 May 2026 to 1 June 2026, and what weekday is 1 June 2026?",
    {
      days: { type: "integer" },
      weekday: {
        type: "string",
        enum: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
      },
    },
    json({ days: isInteger(31), weekday: oneOf("Monday") }),
  ),
  structured(
    "h-shopping-list",
    "Make a shopping list from this note: 'we're out of eggs, milk and bread, and the cat needs food'",
    { items: { type: "array", items: { type: "string" } }, count: { type: "integer" } },
    json({
      items: stringArray(4, /egg|milk|bread|cat|food/i),
      count: isInteger(4),
    }),
  ),

  // ---- personas ------------------------------------------------------------------------------
  chat(
    "personas",
    "h-cowboy-mexico",
    [system("You are an old cowboy on a Texas ranch. Always talk like one."), user("What's the capital of Mexico?")],
    all(has("Mexico City"), marks(2, ...COWBOY)),
  ),
  chat(
    "personas",
    "h-commentator-times",
    [system("You're an over-excited sports commentator."), user("What's 9 times 8?")],
    all(num(72), marks(2, ...COMMENTATOR)),
  ),
  chat(
    "personas",
    "h-astronaut-mercury",
    [
      developer("You are a friendly astronaut living on the International Space Station. Answer as the astronaut."),
      user("Which planet is closest to the Sun?"),
    ],
    all(has("Mercury"), marks(2, ...ASTRONAUT)),
  ),
  chat(
    "personas",
    "h-teacher-percent",
    [system("You are a strict but fair maths teacher talking to your class."), user("what is 20% of 150")],
    all(num(30), marks(2, ...TEACHER)),
  ),
  chat(
    "personas",
    "h-detective-k",
    [
      system("You are a Victorian detective in the style of Sherlock Holmes. Stay in character."),
      user("Which element has the chemical symbol K?"),
    ],
    all(has("potassium"), marks(2, ...DETECTIVE)),
  ),
  chat(
    "personas",
    "h-grandma-grams",
    [
      system("You are a warm, chatty grandmother who loves baking."),
      user("Grandma, how many grams are in a kilogram?"),
    ],
    all(num(1000), marks(2, ...GRANDMA)),
  ),
  chat(
    "personas",
    "h-surfer-ocean",
    [system("You're a laid-back surfer dude."), user("Which ocean is the biggest in the world?")],
    all(has("Pacific"), marks(2, ...SURFER)),
  ),
  chat(
    "personas",
    "h-butler-boiling",
    [
      developer("You are a very polite English butler. Keep answers short."),
      user("At what temperature in Fahrenheit does water boil at sea level?"),
    ],
    all(num(212), marks(1, ...BUTLER)),
  ),

  // ---- follow-ups ----------------------------------------------------------------------------
  chat(
    "follow-ups",
    "h-extra-pasta",
    [
      user("I'm buying 4 tins of tomatoes at £0.85 each and one bag of pasta for £1.30. What's the total?"),
      assistant("4 × £0.85 = £3.40, plus £1.30 for the pasta, so £4.70 in total."),
      user("and if i grab a second bag of pasta?"),
    ],
    about(num(6), /£/, "pasta", "total", "pounds"),
  ),
  chat(
    "follow-ups",
    "h-landing-time",
    [
      user("Our flight to Lisbon leaves at 14:20 and the flight time is 2 hours 35 minutes."),
      assistant("Nice! That's a fairly short flight. Do you need help planning anything?"),
      user("What time do we land? Assume there's no time difference."),
    ],
    has(/\b(?:16[:.]55|4[:.]55)\b/),
  ),
  chat(
    "follow-ups",
    "h-switzerland",
    [
      user("What's the capital of Italy?"),
      assistant("The capital of Italy is Rome."),
      user("And what about its neighbour to the north, Switzerland?"),
    ],
    all(has("Bern"), lacks("Zurich", "Zürich", "Geneva")),
  ),
  chat(
    "follow-ups",
    "h-neon-protons",
    [
      user("Tell me one thing about neon."),
      assistant("Neon is a noble gas with the symbol Ne and atomic number 10. It glows red-orange in signs."),
      user("So how many protons does it have?"),
    ],
    about(num(10), "protons", "neon", "Ne"),
  ),
  chat(
    "follow-ups",
    "h-pancake-milk",
    [
      user("My pancake recipe uses 200 g flour, 2 eggs and 300 ml milk and makes 8 pancakes."),
      assistant("Sounds like a classic batter! Want any tips?"),
      user("I need 12 pancakes for the kids' sleepover. How much milk should I use?"),
    ],
    about(num(450), "ml", "milk", "millilitres", "milliliters"),
  ),
  chat(
    "follow-ups",
    "h-jupiter-mars",
    [
      user("Which planet is the biggest?"),
      assistant("Jupiter is the biggest planet in our solar system."),
      user("Is it closer to the sun than Mars is?"),
    ],
    any(
      startsYesNo("no"),
      all(hasAny("Jupiter", "Mars"), hasAny("farther", "further", "beyond", "more distant", "not closer")),
    ),
  ),
  chat(
    "follow-ups",
    "h-passport-months",
    [
      user("My passport expires on 10 August 2027."),
      assistant("Got it, I'll keep that in mind."),
      user("Today is 10 February 2027. How many months until it expires?"),
    ],
    about(num(6), "months", "month"),
  ),
  chat(
    "follow-ups",
    "h-test-average",
    [
      user("I scored 72, 85 and 90 on my first three maths tests."),
      assistant("That's solid progress, you went up every time!"),
      user("whats my average so far?"),
    ],
    num(82.33, 0.04),
  ),

  // ---- summaries -----------------------------------------------------------------------------
  ask(
    "summaries",
    "h-bake-sale",
    `Can you summarise this school newsletter item in one sentence? ${BAKE_SALE}`,
    all(
      sentenceCount(1),
      marks(2, "bake sale", "library", "books", "raised", "£412", "412", "school", "cakes", "cupcakes"),
      noCopy(BAKE_SALE),
    ),
  ),
  ask(
    "summaries",
    "h-commute",
    `Summarize this in under 30 words:\n\n${COMMUTE}`,
    all(
      maxWords(29),
      marks(2, "cycle", "cycling", "cyclists", "bike", "bikes", "stress", "stressed", "lanes", "council", "drive"),
      noCopy(COMMUTE),
    ),
  ),
  ask(
    "summaries",
    "h-plant-bullets",
    `My friend sent me this about my new plant. Give me the key care points as exactly 3 bullet points: ${PLANT_CARE}`,
    all(
      listOf(3, "bullet"),
      marks(2, "water", "light", "dry", "pets", "cats", "dogs", "toxic", "rot", "soil"),
      noCopy(PLANT_CARE),
    ),
  ),
  ask(
    "summaries",
    "h-museum-tldr",
    `tldr of this notice please, one line: ${MUSEUM_NOTICE}`,
    all(
      singleLine(),
      maxWords(35),
      hasAny("10:00", "10am", "10 am", "10 a.m.", "later"),
      hasAny("dinosaur", "gallery"),
      noCopy(MUSEUM_NOTICE),
    ),
  ),
  ask(
    "summaries",
    "h-soup-two",
    `Summarise this recipe post in two sentences: ${RECIPE_BLOG}`,
    all(
      sentenceCount(2),
      has(/lentils?/i),
      marks(1, "soup", "simmer", "cheap", "freezes", "stock", "tomatoes", "onion"),
      noCopy(RECIPE_BLOG),
    ),
  ),
  chat(
    "summaries",
    "h-croatia-chat",
    [...HOLIDAY_CHAT, user("Can you sum up what we've discussed so far in two sentences?")],
    all(
      sentenceCount(2),
      has("Croatia"),
      hasAny("kids", "children", "family", "6 and 9"),
      SPEAKER,
      noCopy(text(HOLIDAY_CHAT)),
    ),
  ),
  chat(
    "summaries",
    "h-budget-chat",
    [...BUDGET_CHAT, user("Summarize our conversation in one sentence so I can put it in my notes.")],
    all(
      sentenceCount(1),
      hasAny("budget", "budgeting", "50/30/20", "savings", "saving", "spending", "expenses"),
      hasAny("rent", "$1,300", "income", "$2,800", "money"),
      noCopy(text(BUDGET_CHAT)),
    ),
  ),
  ask(
    "summaries",
    "h-bake-sale-numbers",
    `From this text, how much money was raised and what will it pay for? Answer in one short sentence. ${BAKE_SALE}`,
    all(maxSentences(1), has(/£?\s?412/), has(/books?/i)),
  ),

  // ---- label-yes-no --------------------------------------------------------------------------
  ask("label-yes-no", "h-mars-bigger", "Is Mars bigger than Earth? Answer yes or no.", startsYesNo("no")),
  ask("label-yes-no", "h-half-percent", "Is 0.5 the same as 50%? just yes or no", onlyLabel("yes")),
  ask(
    "label-yes-no",
    "h-hotel-review",
    'Label this hotel review as positive, negative or neutral. Only the label please: "Check-in took five minutes and the room was spotless."',
    onlyLabel("positive"),
  ),
  ask("label-yes-no", "h-water-made", "Is water made of hydrogen and oxygen? Yes or no.", startsYesNo("yes")),
  ask(
    "label-yes-no",
    "h-topic-travel",
    "Reply with one word, cooking, travel or school: 'Don't forget to pack your passport and a phone charger.'",
    onlyLabel("travel"),
  ),
  ask("label-yes-no", "h-ninety-one", "Is 91 a prime number? Yes or no.", startsYesNo("no")),
  ask("label-yes-no", "h-km-metres", "Does 1 km equal 1,000 metres? Answer with only yes or no.", onlyLabel("yes")),
  ask(
    "label-yes-no",
    "h-moon-planet",
    "True or false, reply with just one word: the Moon is a planet.",
    onlyLabel("false"),
  ),

  // ---- out of scope --------------------------------------------------------------------------
  cannot("h-madrid-now", "What's the weather like in Madrid right now?"),
  cannot("h-petrol-price", "How much is a litre of petrol at the station near my house today?"),
  cannot(
    "h-match-last-night",
    "Who won last night's football match between Arsenal and Chelsea, and what was the score?",
  ),
  cannot("h-bank-balance", "Can you check how much money is in my bank account?"),
  cannot("h-celebrity-cereal", "What did Taylor Swift eat for breakfast this morning?"),
  cannot("h-stock-friday", "What will Apple's stock price be next Friday at closing?"),
  cannot("h-train-leeds", "Is my 18:05 train to Leeds delayed this evening?"),
  cannot("h-shop-hours", [
    system("You are a helpful shopping assistant."),
    user("What time does the supermarket on my street close tonight?"),
  ]),
];
