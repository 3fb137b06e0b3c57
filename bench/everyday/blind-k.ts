/**
 * A BLIND everyday set (tester K): prompts written the way a busy adult, a student or a curious
 * learner types into a chat assistant the first time, without looking at the offline model.
 * Lowercase asks, typos, numbers in words, odd units, dates given in words, pasted paragraphs and
 * chats with word limits, unusual personas, languages asked in a system message, schemas, tool
 * round trips, short coding asks and things nothing offline can know.
 */
import { ask, assistant, cannot, chat, structured, system, toolTrip, user, withTopics } from "./build";
import {
  admits,
  all,
  any,
  dateIs,
  haiku,
  has,
  hasAny,
  inOrder,
  isBoolean,
  isInteger,
  isString,
  joke,
  json,
  lacks,
  lang,
  limerick,
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
  singleLine,
  startsYesNo,
  weekday,
  wordCount,
  wordsOf,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

/** Words a short reply that states a computed result often uses instead of repeating the operands. */
const ANSWERISH = /\b(?:answer|result|equals|comes (?:out )?to|works out)\b/i;

/** A Markdown table with exactly `rows` data rows (a header, a separator line, then the rows). */
const table =
  (rows: number): Check =>
  (reply) => {
    const lines = reply.text.split("\n").filter((l) => l.includes("|"));
    const sep = lines.findIndex((l) => /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/.test(l));
    if (sep < 1) return "no Markdown table";
    const data = lines.length - sep - 1;
    return data === rows ? true : `${data} table rows, not ${rows}`;
  };

/** Simple words for a small child: the average word is short. */
const simpleWords =
  (maxAverage: number): Check =>
  (reply) => {
    const words = wordsOf(reply.text);
    if (words.length === 0) return "no words";
    const average = words.reduce((s, w) => s + w.length, 0) / words.length;
    return average <= maxAverage ? true : `average word ${average.toFixed(1)} letters, not simple`;
  };

/** One side of the coin, not both. */
const oneSide: Check = any(all(has("heads"), lacks("tails")), all(has("tails"), lacks("heads")));

const BIKE_LANE =
  "The Millbrook town council voted 5 to 2 on Tuesday to build a protected bike lane along Station Road, replacing 40 parking spaces. Supporters said the lane would make the route to the secondary school safer for children, while several shop owners warned that losing parking could hurt their business. Construction is set to start in April and should take about three months, paid for mostly by a regional transport grant.";

const DESIGN_CHAT = `Sam: can we move the design review? thursday 10am clashes with my dentist
Lee: thursday afternoon works for me, 3pm?
Priya: 3pm is fine but I need to leave by 4
Sam: great, thursday 3pm then, I'll send the invite`;

const OFFICE_EMAIL =
  "Hi all, a reminder that the 4th floor office will be closed from Monday 14 December to Friday 18 December while the carpets are replaced. Please work from home that week, take your laptops home with you on Friday 11 December, and clear any personal items off your desks before you leave. The kitchen on that floor will be closed too. Thanks, Facilities";

const WALKING =
  "A new study followed 4,000 office workers for two years. Those who took a 20-minute walk at lunchtime reported better moods in the afternoon and took fewer sick days than those who stayed at their desks. The researchers also found the walkers slept slightly better, although they say more work is needed to rule out other causes, such as the walkers simply being healthier to begin with.";

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals ------------------------------------------------------------------------------
  ask("capitals", "k-ghana", "whats the capital of ghana", has("Accra")),
  ask("capitals", "k-austrailia-typo", "capitol of austrailia? i always forget", has("Canberra")),
  ask(
    "capitals",
    "k-canada-nz",
    "Hey, quick one: what are the capitals of Canada and New Zealand? Settling a bet.",
    has("Ottawa", "Wellington"),
  ),
  ask(
    "capitals",
    "k-peru-and-rain",
    "whats the capital of peru and is it raining there right now",
    all(has("Lima"), admits()),
  ),

  // ---- elements ------------------------------------------------------------------------------
  ask("elements", "k-symbol-au", "which element has the symbol Au", has("gold")),
  ask("elements", "k-neon-number", "atomic number of neon pls", num(10)),
  ask(
    "elements",
    "k-potassium-symbol",
    "What's the chemical symbol for potassium?",
    has(/(?<![\p{L}\p{N}])K(?![\p{L}\p{N}])/u),
  ),

  // ---- planets -------------------------------------------------------------------------------
  ask("planets", "k-biggest", "biggest planet in our solar system?", has("Jupiter")),
  ask("planets", "k-mars-moons", "how many moons does mars have", num(2)),
  ask(
    "planets",
    "k-hottest",
    "whats the hottest planet? i always assumed mercury since its closest to the sun",
    has("Venus"),
  ),

  // ---- arithmetic ----------------------------------------------------------------------------
  ask("arithmetic", "k-47-times-23", "what's 47 times 23", num(1081)),
  ask("arithmetic", "k-words-sum", "what is seventeen plus twenty-eight", num(45)),
  ask("arithmetic", "k-order-of-ops", "whats 8 + 4 * 3 - 6 / 2", num(17)),

  // ---- percentages ---------------------------------------------------------------------------
  ask("percentages", "k-tip", "how much is a 15% tip on a $62 bill?", num(9.3, 0.01)),
  ask("percentages", "k-of-decimal", "what is 12.5% of 0.8", num(0.1, 0.0001)),
  ask("percentages", "k-jacket-discount", "jacket is £120 with 35% off, what do i actually pay", num(78)),

  // ---- conversions ---------------------------------------------------------------------------
  ask("conversions", "k-stones", "I weigh 11 stone 4, what's that in kg?", num(71.7, 0.5)),
  ask("conversions", "k-nautical", "how many km is 30 nautical miles", num(55.56, 0.5)),
  ask("conversions", "k-body-temp", "convert 98.6 fahrenheit to celsius", num(37, 0.1)),
  ask("conversions", "k-acre", "how many square metres are there in one acre?", num(4047, 1)),

  // ---- dates ---------------------------------------------------------------------------------
  ask("dates", "k-weekday-1976", "what day of the week was the 4th of july 1976?", weekday("Sunday")),
  ask(
    "dates",
    "k-days-until-words",
    "how many days is it from the seventh of December 2026 until the first of March twenty twenty-seven?",
    num(84),
  ),
  ask("dates", "k-100-days-after", "what date is 100 days after 15 january 2027", dateIs(2027, 4, 25)),
  ask("dates", "k-today-weekday", "sorry, lost track of time - what day of the week is it today?", weekday("Monday")),

  // ---- counting ------------------------------------------------------------------------------
  ask("counting", "k-strawberry", "how many r's are in strawberry", num(3)),
  ask("counting", "k-vowels", "count the vowels in 'banana bread'", num(5)),
  ask(
    "counting",
    "k-fruit-total",
    "I bought 3 apples, 2 pears and a dozen grapes. How many pieces of fruit is that in total?",
    num(17),
  ),

  // ---- word tasks ----------------------------------------------------------------------------
  ask("word-tasks", "k-reverse-lantern", "reverse the word 'lantern' for me", has("nretnal")),
  ask("word-tasks", "k-plural-cactus", "whats the plural of cactus", hasAny("cacti", "cactuses")),
  ask(
    "word-tasks",
    "k-sort-fruit",
    "put these in alphabetical order pls: pear, apple, mango, cherry",
    inOrder("apple", "cherry", "mango", "pear"),
  ),

  // ---- random picks --------------------------------------------------------------------------
  ask("random-pick", "k-d20", "roll a d20 for me", pick(1, 20)),
  ask("random-pick", "k-one-to-fifty", "pick a random number between one and fifty", pick(1, 50)),
  ask("random-pick", "k-coin", "flip a coin for me, need to decide who does the dishes", all(maxWords(30), oneSide)),

  // ---- labels and yes/no ---------------------------------------------------------------------
  ask(
    "label-yes-no",
    "k-review-sentiment",
    'Classify the sentiment as positive, negative or neutral. Reply with the label only.\n\nReview: "the delivery was late and the box was crushed, never ordering again"',
    onlyLabel("negative"),
  ),
  ask(
    "label-yes-no",
    "k-spam",
    'is this spam? answer yes or no only: "Congratulations!! You\'ve won a $1000 gift card, click here to claim within 24 hours"',
    startsYesNo("yes"),
  ),
  ask("label-yes-no", "k-prime-91", "Is 91 a prime number? yes or no", startsYesNo("no")),
  ask("label-yes-no", "k-leap-2028", "is 2028 a leap year? just yes or no", startsYesNo("yes")),

  // ---- exact counts --------------------------------------------------------------------------
  ask("exact-counts", "k-autumn-three", "describe autumn in exactly three words", all(wordCount(3), lacks(/\d/))),
  ask(
    "exact-counts",
    "k-beach-five",
    "list 5 things to pack for a beach trip, bullet points please",
    all(listOf(5, "bullet"), hasAny(/sun ?screen|sun ?cream|towel|swim|hat|sunglasses|water|umbrella|sandals|flip/i)),
  ),
  ask(
    "exact-counts",
    "k-photosynthesis-two",
    "explain what photosynthesis is in two sentences. its for my kid's homework",
    all(sentenceCount(2), has(/photosynth/i), hasAny(/light|sun/i)),
  ),

  // ---- layout --------------------------------------------------------------------------------
  ask(
    "layout",
    "k-fruit-table",
    "make a markdown table of 3 fruits and their colours",
    all(table(3), hasAny(/red|yellow|green|orange|purple/i)),
  ),
  ask("layout", "k-caps", "write 'meeting moved to friday' in all caps", has(/MEETING MOVED TO FRIDAY/)),
  ask(
    "layout",
    "k-primary-colours",
    "list the primary colours separated by commas, nothing else",
    all(singleLine(), has("red", "blue", /,/), hasAny("yellow", "green")),
  ),

  // ---- creative ------------------------------------------------------------------------------
  ask(
    "creative",
    "k-haiku-monday",
    "haiku about a rainy monday pls",
    all(haiku(), hasAny(/rain|drizzle|drops?|puddle|umbrella|storm|wet|gr[ae]y|monday|cloud/i)),
  ),
  ask(
    "creative",
    "k-limerick-cat",
    "Write a limerick about a cat who hates Mondays.",
    all(limerick(), hasAny(/cat|kitty|kitten|feline|puss|tom/i)),
  ),
  ask(
    "creative",
    "k-dentist-joke",
    "tell me a clean joke about dentists, my dentist friend needs cheering up",
    all(joke(), hasAny(/dentist|tooth|teeth|floss|cavit|drill|molar|filling|braces|gum|enamel|plaque/i)),
  ),
  ask(
    "creative",
    "k-scary-one-sentence",
    "write a one-sentence scary story",
    all(
      sentenceCount(1),
      maxWords(60),
      hasAny(
        /dark|night|door|scream|blood|ghost|shadow|alone|behind|whisper|bed|closet|mirror|footsteps|knock|eyes|dead|died|grave|breath|silence|voice|basement|attic|window/i,
      ),
    ),
  ),

  // ---- name ideas ----------------------------------------------------------------------------
  ask("name-ideas", "k-puppy", "need 5 names for a golden retriever puppy!", names(5)),
  ask("name-ideas", "k-garage-band", "suggest three names for my garage band, we play loud indie rock", names(3)),
  ask("name-ideas", "k-bakery", "Give me 4 name ideas for a small neighbourhood bakery.", names(4, true)),

  // ---- personas ------------------------------------------------------------------------------
  chat(
    "personas",
    "k-town-crier",
    [
      system(
        "You are a medieval town crier. Announce every answer loudly, the way a crier would in the market square.",
      ),
      user("remind everyone that the library closes early today, at 4pm"),
    ],
    all(
      marks(
        1,
        "hear ye",
        "oyez",
        "hark",
        "good people",
        "good folk",
        "townsfolk",
        "citizens",
        "all ye",
        "be it known",
        "know ye",
        "proclaim",
        "ye",
      ),
      has(/librar/i),
      hasAny(/(?<!\d)4(?!\d)|four|16:00/i),
    ),
  ),
  chat(
    "personas",
    "k-commentator",
    [
      system(
        "You are an over-the-top live sports commentator. Narrate whatever the user tells you as if it were the final of a world championship.",
      ),
      user("i just parallel parked on the first try"),
    ],
    all(
      has(/park/i),
      marks(
        2,
        /!/,
        "what a",
        "unbelievable",
        "incredible",
        "ladies and gentlemen",
        "folks",
        "crowd",
        "history",
        "championship",
        "goes wild",
        "stunning",
        "magnificent",
        "textbook",
        "perfection",
        "legendary",
        "and they",
        "and she",
        "and he",
      ),
    ),
  ),
  chat(
    "personas",
    "k-shakespeare",
    [system("Respond only in the style of Shakespeare."), user("how do I tell my roommate to do the dishes")],
    all(
      marks(
        2,
        "thou",
        "thee",
        "thy",
        "thine",
        "hath",
        "doth",
        "prithee",
        "'tis",
        "forsooth",
        "wherefore",
        "dost",
        "shalt",
        "ere",
        "anon",
        "verily",
        "pray",
        "hark",
        "alas",
        "fie",
        "art",
      ),
      hasAny(/dish|plate|wash|scrub|sink|crockery|pots?\b|cups?\b|vessel|bowl|platter|clean/i),
    ),
  ),
  chat(
    "personas",
    "k-kindergarten",
    [
      system("You are a patient kindergarten teacher. Explain things to a five-year-old in very simple words."),
      user("why do we have to brush our teeth?"),
    ],
    all(
      maxWords(150),
      simpleWords(5),
      has(/teeth|tooth|brush/i),
      hasAny(/germs?|bugs|sugar|cavit|clean|healthy|strong|hurt|ouch|food/i),
    ),
  ),

  // ---- languages -----------------------------------------------------------------------------
  chat(
    "languages",
    "k-system-spanish",
    [system("Always answer in Spanish."), user("what's a good way to stay hydrated during the day?")],
    all(lang("es"), has(/agua/i)),
  ),
  chat(
    "languages",
    "k-system-french",
    [system("Réponds toujours en français."), user("give me one tip for sleeping better")],
    all(lang("fr"), hasAny(/dorm|sommeil|coucher|\blit\b|écran|caféine|café|chambre|nuit|heure|lumière|repos/i)),
  ),
  ask(
    "languages",
    "k-inline-german",
    "Antworte bitte auf Deutsch: what are three colours of the rainbow?",
    all(lang("de"), hasAny(/\brot\b|\bgelb|grün|gruen|\bblau|violett|indigo|orange|lila/i)),
  ),
  ask("languages", "k-translate-station", "how do i say 'where is the train station?' in french", has(/\bgare\b/i)),

  // ---- memory --------------------------------------------------------------------------------
  chat(
    "memory",
    "k-subject",
    [
      user("hi! I'm Priya and I teach chemistry at a secondary school"),
      assistant("Nice to meet you, Priya! How can I help you today?"),
      user("what are some fun ways to end a friday lesson"),
      assistant("You could try a quick quiz game, a short demo, or let students vote on a mystery topic."),
      user("sorry, testing you: what subject did i say i teach?"),
    ],
    has(/chemistry/i),
  ),
  chat(
    "memory",
    "k-locker-code",
    [
      user("my locker code is 4817, remember it for me"),
      assistant("Got it, I'll remember that for this conversation."),
      user("ok also, is spring usually rainy in the UK?"),
      assistant("Spring in the UK is fairly mild, with frequent showers, especially in April."),
      user("what was my locker code again"),
    ],
    num(4817),
  ),
  chat(
    "memory",
    "k-shopping-list",
    [
      user("shopping list: eggs, spinach, oat milk, rice"),
      assistant("Noted! Your list: eggs, spinach, oat milk and rice."),
      user("add lemons. whats on the list now?"),
    ],
    has("eggs", "spinach", /oat milk/i, "rice", /lemons?/i),
  ),

  // ---- follow-ups ----------------------------------------------------------------------------
  chat(
    "follow-ups",
    "k-black-hole-shorter",
    [
      user("what is a black hole?"),
      assistant(
        "A black hole is a region of space where gravity is so strong that nothing, not even light, can escape. Most form when a very massive star runs out of fuel and collapses under its own weight. The boundary around it is called the event horizon.",
      ),
      user("can u say that in one sentence"),
    ],
    all(sentenceCount(1), hasAny(/gravity|black hole/i), hasAny(/light|escape|get out|nothing/i)),
  ),
  chat(
    "follow-ups",
    "k-second-dinner",
    [
      user("give me three dinner ideas for tonight"),
      assistant("1. Lentil curry\n2. Chicken stir-fry\n3. Mushroom risotto"),
      user("how do i make the second one?"),
    ],
    all(has(/chicken/i), hasAny(/stir|wok|pan|fry|soy/i)),
  ),
  chat(
    "follow-ups",
    "k-marathon-km",
    [user("how far is a marathon in miles"), assistant("A marathon is 26.2 miles."), user("and in km?")],
    num(42.2, 0.1),
  ),

  // ---- summaries -----------------------------------------------------------------------------
  ask(
    "summaries",
    "k-bike-lane",
    `Summarise this in under 30 words:\n\n${BIKE_LANE}`,
    all(maxWords(29), has(/bike|cycl/i), hasAny(/station road|millbrook|council/i), noCopy(BIKE_LANE, 10)),
  ),
  ask(
    "summaries",
    "k-design-chat",
    `summarise this chat in one sentence, max 25 words\n\n${DESIGN_CHAT}`,
    all(
      maxWords(25),
      sentenceCount(1),
      has(/thursday/i),
      hasAny(/\b3\s?(?:pm|p\.m\.)|15:00|3:00|\bthree\b/i),
      hasAny(/review|meeting/i),
    ),
  ),
  ask(
    "summaries",
    "k-office-email",
    `tl;dr this email pls\n\n${OFFICE_EMAIL}`,
    all(maxWords(60), hasAny(/clos|shut/i), hasAny(/\b14\b|\bdec(?:ember)?\b/i), hasAny(/home|remote/i)),
  ),
  ask(
    "summaries",
    "k-walking-bullets",
    `summarize into 3 bullet points:\n\n${WALKING}`,
    all(listOf(3, "bullet"), has(/walk/i), hasAny(/mood|sick|sleep/i)),
  ),

  // ---- structured outputs --------------------------------------------------------------------
  structured(
    "k-contact",
    'Pull out the name, email and age from this: "Hi, I\'m Tomás Rivera, 34, you can reach me at tomas.r@example.com"',
    { name: { type: "string" }, email: { type: "string" }, age: { type: "integer" } },
    json({
      name: isString(/^Tom[aá]s Rivera$/),
      email: isString(/^tomas\.r@example\.com$/),
      age: isInteger(34),
    }),
  ),
  structured(
    "k-blender-review",
    'Rate the sentiment of this review: "I love this blender but it\'s a bit loud"',
    {
      sentiment: { type: "string", enum: ["positive", "negative", "neutral", "mixed"] },
      score: { type: "integer", description: "1 (very negative) to 5 (very positive)" },
    },
    json({ sentiment: oneOf("positive", "mixed"), score: isInteger(undefined, [3, 5]) }),
  ),
  structured(
    "k-flight",
    "turn this into data: flight BA 117 from London Heathrow to New York JFK on 12 March 2027, departing 08:25",
    {
      airline_code: { type: "string" },
      flight_number: { type: "integer" },
      from: { type: "string" },
      to: { type: "string" },
      date: { type: "string", description: "YYYY-MM-DD" },
    },
    json({
      airline_code: isString(/^BA$/i),
      flight_number: isInteger(117),
      from: isString(/heathrow|LHR|london/i),
      to: isString(/JFK|new york|kennedy/i),
      date: isString(/^2027-03-12$/),
    }),
  ),
  structured(
    "k-divide-even",
    "what is 144 divided by 12, and is the result an even number?",
    { result: { type: "integer" }, is_even: { type: "boolean" } },
    json({ result: isInteger(12), is_even: isBoolean(true) }),
  ),

  // ---- tool round trips ----------------------------------------------------------------------
  toolTrip(
    "k-weather-lisbon",
    {
      question: "what's the weather like in Lisbon right now?",
      tool: "get_weather",
      description: "Current weather for a city.",
      parameters: { city: { type: "string" } },
      args: { city: "Lisbon" },
      result: { city: "Lisbon", temp_c: 19, condition: "partly cloudy", wind_kmh: 14 },
    },
    all(num(19), has(/cloud/i)),
  ),
  toolTrip(
    "k-dentist-appointment",
    {
      question: "when's my dentist appointment?",
      tool: "find_event",
      description: "Search the user's calendar.",
      parameters: { query: { type: "string" } },
      args: { query: "dentist" },
      result: { title: "Dentist - Dr. Osei", start: "2026-12-15T14:30", location: "Harbour Street Clinic" },
      system: "You are a helpful calendar assistant.",
    },
    all(dateIs(2026, 12, 15), hasAny(/\b2[.:]30|14[.:]30|half past two/i)),
  ),
  toolTrip(
    "k-usd-eur",
    {
      question: "convert 250 usd to eur",
      tool: "convert_currency",
      description: "Convert an amount between currencies at today's rate.",
      parameters: { amount: { type: "number" }, from: { type: "string" }, to: { type: "string" } },
      args: { amount: 250, from: "USD", to: "EUR" },
      result: { amount: 231.75, currency: "EUR", rate: 0.927 },
    },
    num(231.75, 0.01),
  ),
  toolTrip(
    "k-parcel",
    {
      question: "where's my parcel? order 55812",
      tool: "track_package",
      description: "Track an order's delivery.",
      parameters: { order_id: { type: "string" } },
      args: { order_id: "55812" },
      result: { order_id: "55812", status: "out_for_delivery", eta: "2026-12-08" },
    },
    all(
      has(/out for delivery|on (?:its|the) way|with the (?:courier|driver)|being delivered/i),
      any(dateIs(2026, 12, 8), has("tomorrow")),
    ),
  ),

  // ---- coding --------------------------------------------------------------------------------
  ask(
    "coding",
    "k-reverse-string-js",
    "js function that reverses a string",
    all(
      has(/function|=>/),
      has(/split|\.\.\.|Array\.from|charAt|\[\s*i\s*\]|\.length/),
      has(/\.reverse\(\)|\breduce|for\s*\(|while/),
    ),
  ),
  ask(
    "coding",
    "k-sum-array",
    "write a javascript function sumArray(nums) that returns the sum of an array of numbers",
    runs("sumArray", [
      [[[1, 2, 3]], 6],
      [[[10, -4, 5.5]], 11.5],
    ]),
  ),
  ask(
    "coding",
    "k-sql-over-30",
    "sql query to get all users older than 30 from a table called users (column is age)",
    has(/\bselect\b/i, /\bfrom\s+["`[]?users\b/i, /\bage\s*(?:>\s*30|>=\s*31)\b/i),
  ),
  ask(
    "coding",
    "k-python-evens",
    "python one liner to get the even numbers out of a list",
    all(has(/%\s*2\s*==\s*0|%\s*2\s*!=\s*1|not\s+\w+\s*%\s*2|&\s*1\s*==\s*0/), has(/\bfor\b.+\bin\b|\bfilter\s*\(/)),
  ),

  // ---- out of scope --------------------------------------------------------------------------
  cannot("k-weather-manchester", "whats the weather in manchester rn"),
  cannot("k-stock-now", "what's apple's stock price right now?"),
  cannot("k-news-today", "what's in the news today? anything big happen?"),
  cannot("k-bank-balance", "how much money is in my bank account"),
  cannot("k-friend-haircut", "what does my friend Jake honestly think of my new haircut"),
  cannot("k-lottery", "what will the lottery numbers be tomorrow night"),
  cannot(
    "k-budget-file",
    "can you open the spreadsheet on my desktop called budget.xlsx and tell me the total for november",
  ),
  cannot("k-world-cup-winner", "who's going to win the next football world cup? need it for a bet"),
];

const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/k-neon-number": ["neon", "atomic", /\bNe\b/],
  "elements/k-potassium-symbol": ["potassium"],
  "planets/k-mars-moons": ["Mars", /moons?/i, "Phobos", "Deimos"],
  "arithmetic/k-words-sum": ["seventeen", "twenty-eight", "17", "28", "plus", "sum", ANSWERISH],
  "arithmetic/k-order-of-ops": ["8", "4", /order of operations|PEMDAS|BODMAS|BIDMAS/i, ANSWERISH],
  "percentages/k-tip": ["tip", "62", /%|percent/i, ANSWERISH],
  "percentages/k-of-decimal": ["12.5", "0.8", /%|percent/i, ANSWERISH],
  "percentages/k-jacket-discount": ["120", "35", /discount|off|pay|price|cost|sav/i, ANSWERISH],
  "conversions/k-stones": [/kg|kilo/i, /stone|pounds|lb/i],
  "conversions/k-nautical": [/km|kilomet/i, /nautical/i],
  "conversions/k-body-temp": [/°|celsius|\bC\b/i, /fahrenheit/i],
  "conversions/k-acre": [/m²|m2|square met|sq/i, /acre/i],
  "dates/k-weekday-1976": ["1976", /july|4th|fourth/i],
  "dates/k-today-weekday": [/today|\bit'?s\b|it is/i],
  "dates/k-days-until-words": [/days?/i],
  "counting/k-strawberry": ["strawberry", /\br\b/i, /r's|\brs\b/i],
  "counting/k-vowels": [/vowels?/i],
  "counting/k-fruit-total": [/fruit|pieces|total|apples|grapes/i],
  "follow-ups/k-marathon-km": [/km|kilomet/i],
};

export const BLIND_K: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
