/**
 * A BLIND everyday set (B): prompts written by an outside tester who never saw the offline model,
 * in the families structured, coding, exact-counts, layout, label-yes-no, word-tasks and out-of-scope.
 */
import { ask, assistant, cannot, chat, developer, structured, system, user, withTopics } from "./build";
import {
  all,
  allCaps,
  any,
  has,
  hasAny,
  inOrder,
  isBoolean,
  isInteger,
  isNumber,
  isString,
  json,
  lacks,
  lineCount,
  linesEach,
  listItemsOf,
  listOf,
  marks,
  maxChars,
  maxWords,
  num,
  oneOf,
  onlyLabel,
  plain,
  runs,
  sentenceCount,
  singleLine,
  spelled,
  startsYesNo,
  stringArray,
  wordCount,
  wordsOf,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

// ---- local helpers -------------------------------------------------------------------------

/** Every list item of the style has fewer than n words. */
const itemsUnder =
  (n: number, style: "bullet" | "numbered" | "any" = "any"): Check =>
  (reply) => {
    const long = listItemsOf(reply.text, style).find((item) => wordsOf(item).length >= n);
    return long ? `"${long}" has ${wordsOf(long).length} words, not under ${n}` : true;
  };

/** The reply's first word is true or false (a True/False question). */
const startsTrueFalse =
  (answer: "true" | "false"): Check =>
  (reply) => {
    const first = plain(reply.text)
      .trim()
      .replace(/^["'([]+/, "")
      .match(/^\p{L}+/u)?.[0]
      ?.toLowerCase();
    return first === answer ? true : `does not start with ${answer}: "${reply.text.slice(0, 60)}"`;
  };

const VEGETABLE =
  /^(?:an?\s+)?(carrots?|potato(?:es)?|broccoli|spinach|peas|onions?|lettuce|cabbages?|cucumbers?|zucchinis?|courgettes?|peppers?|bell peppers?|celery|kale|cauliflower|beans?|green beans|beets?|beetroots?|radish(?:es)?|leeks?|garlic|eggplants?|aubergines?|asparagus|corn|sweet potato(?:es)?|pumpkins?|squash|tomato(?:es)?|artichokes?|brussels sprouts?|turnips?|parsnips?|mushrooms?)\b/i;
const OCEAN = /^(?:the\s+)?(pacific|atlantic|indian|arctic|southern|antarctic)(?:\s+ocean)?\.?$/i;
const CONTINENT =
  /^(africa|antarctica|asia|(?:australia|oceania)(?:\s*(?:\/|\(|or)\s*(?:australia|oceania)\)?)?|europe|north america|south america)\.?$/i;

const PROMPTS: EverydayPrompt[] = [
  // ---- structured outputs --------------------------------------------------------------------
  structured(
    "bb-japan",
    "What's the capital of Japan?",
    { country: { type: "string" }, capital: { type: "string" } },
    json({ country: isString(/^Japan$/i), capital: isString(/^Tokyo$/i) }),
  ),
  structured(
    "bb-gold",
    "Chemical symbol and atomic number for gold, please.",
    { element: { type: "string" }, symbol: { type: "string" }, atomic_number: { type: "integer" } },
    json({ element: isString(/^gold$/i), symbol: isString(/^Au$/), atomic_number: isInteger(79) }),
  ),
  structured(
    "bb-mars",
    "Which position from the Sun is Mars, and does it have rings?",
    { planet: { type: "string" }, position_from_sun: { type: "integer" }, has_rings: { type: "boolean" } },
    json({ planet: isString(/^Mars$/i), position_from_sun: isInteger(4), has_rings: isBoolean(false) }),
  ),
  structured(
    "bb-contact",
    "Pull the contact details out of this message: 'Hi, I'm Tom Becker, you can reach me at tom.becker@example.com or on 555-0142 after 6pm.'",
    { name: { type: "string" }, email: { type: "string" }, phone: { type: "string" } },
    json({
      name: isString(/^Tom Becker$/i),
      email: isString(/^tom\.becker@example\.com$/i),
      phone: isString(/555-?\s?0142/),
    }),
  ),
  structured(
    "bb-pancakes",
    "From this recipe note, extract the quantities: 'For the pancakes you need 2 eggs, 250 ml of milk and 200 g of flour.'",
    {
      dish: { type: "string" },
      eggs: { type: "integer" },
      milk_ml: { type: "integer" },
      flour_g: { type: "integer" },
    },
    json({ dish: isString(/pancake/i), eggs: isInteger(2), milk_ml: isInteger(250), flour_g: isInteger(200) }),
  ),
  structured(
    "bb-review",
    "Classify this restaurant review and say whether it mentions the staff: 'Honestly the best pizza I've had in years, and the staff were lovely.'",
    {
      sentiment: { type: "string", enum: ["positive", "negative", "neutral"] },
      mentions_staff: { type: "boolean" },
    },
    json({ sentiment: oneOf("positive"), mentions_staff: isBoolean(true) }),
  ),
  structured(
    "bb-flight",
    "Extract the flight info: 'Your flight LH2024 from Munich to Rome departs on 14 May at 07:45 from gate G12.'",
    {
      flight_number: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      departure_time: { type: "string" },
      gate: { type: "string" },
    },
    json({
      flight_number: isString(/^LH\s?2024$/i),
      from: isString(/^Munich\b/i),
      to: isString(/^Rome\b/i),
      departure_time: isString(/07:45|7:45/),
      gate: isString(/^(?:gate\s+)?G12$/i),
    }),
  ),
  structured(
    "bb-shopping",
    "turn this into a list for my app: i need milk, eggs, bread and apples",
    { items: { type: "array", items: { type: "string" } } },
    json({ items: stringArray(4, /^(milk|eggs?|bread|apples?)$/i) }),
  ),
  structured(
    "bb-km-miles",
    "Convert 5 kilometers to miles (2 decimals is fine).",
    { kilometers: { type: "number" }, miles: { type: "number" } },
    json({ kilometers: isNumber(5), miles: isNumber(3.11, 0.01) }),
  ),
  structured(
    "bb-siblings",
    "Now give me both of their names and ages.",
    {
      older_name: { type: "string" },
      older_age: { type: "integer" },
      younger_name: { type: "string" },
      younger_age: { type: "integer" },
    },
    json({
      older_name: isString(/^Anna$/i),
      older_age: isInteger(12),
      younger_name: isString(/^Leo$/i),
      younger_age: isInteger(9),
    }),
    [
      user("My sister Anna is 12 and my little brother Leo is 9."),
      assistant("That's a lovely age gap! How can I help?"),
    ],
  ),
  structured(
    "bb-kenya",
    "Which continent is Kenya in, and what is its capital?",
    {
      country: { type: "string" },
      continent: {
        type: "string",
        enum: ["Africa", "Asia", "Europe", "North America", "South America", "Oceania", "Antarctica"],
      },
      capital: { type: "string" },
    },
    json({ country: isString(/^Kenya$/i), continent: oneOf("Africa"), capital: isString(/^Nairobi$/i) }),
  ),
  structured(
    "bb-boiling",
    "At sea level, at what temperature in Celsius does water boil?",
    { substance: { type: "string" }, boiling_point_celsius: { type: "number" } },
    json({ substance: isString(/water/i), boiling_point_celsius: isNumber(100, 0.5) }),
  ),
  structured(
    "bb-hobbit",
    "I just finished 'The Hobbit' by J.R.R. Tolkien, first published in 1937. Could you log it for my reading list?",
    { title: { type: "string" }, author: { type: "string" }, year: { type: "integer" } },
    json({ title: isString(/^(?:The )?Hobbit/i), author: isString(/Tolkien/i), year: isInteger(1937) }),
  ),
  structured(
    "bb-notebooks",
    "I buy 4 notebooks at $3 each and one pen for $2. How much do I pay in total?",
    { notebooks: { type: "integer" }, total_dollars: { type: "number" } },
    json({ notebooks: isInteger(4), total_dollars: isNumber(14) }),
  ),
  structured(
    "bb-weekend",
    "Is Saturday a weekend day?",
    { day: { type: "string" }, is_weekend: { type: "boolean" } },
    json({ day: isString(/^Saturday$/i), is_weekend: isBoolean(true) }),
  ),
  structured(
    "bb-address",
    "pls pull out the street, city and postcode from: 221B Baker Street, London NW1 6XE",
    { street: { type: "string" }, city: { type: "string" }, postcode: { type: "string" } },
    json({
      street: isString(/^221B?\s+Baker\s+(?:Street|St\.?)$/i),
      city: isString(/^London$/i),
      postcode: isString(/^NW1\s?6XE$/i),
    }),
  ),
  structured(
    "bb-meeting-minutes",
    "The workshop runs from 9:15 to 11:45. How long is it in minutes?",
    { start: { type: "string" }, end: { type: "string" }, minutes: { type: "integer" } },
    json({ start: isString(/9:15/), end: isString(/11:45/), minutes: isInteger(150) }),
  ),

  // ---- small coding asks ---------------------------------------------------------------------
  ask(
    "coding",
    "bb-reverse-js",
    "Write a function in JavaScript that reverses a string. Call it reverse.",
    runs("reverse", [
      [["garden"], "nedrag"],
      [["ab"], "ba"],
      [[""], ""],
    ]),
  ),
  ask("coding", "bb-len-banana", 'What does this Python print?\n\nprint(len("banana"))', num(6)),
  ask(
    "coding",
    "bb-squares",
    "What list do I get from this python: [x * x for x in range(4)]",
    has(/\[\s*0\s*,\s*1\s*,\s*4\s*,\s*9\s*\]/),
  ),
  ask(
    "coding",
    "bb-sql-madrid",
    "Write a SQL query that selects all customers from the customers table whose city is Madrid.",
    has(/\bselect\b/i, /\bfrom\s+customers\b/i, /\bwhere\b/i, /['"]Madrid['"]/),
  ),
  ask(
    "coding",
    "bb-fix-max",
    "This JS function should return the largest number in an array (negative numbers too) but it's broken. Can you fix it?\n\nfunction max(arr) {\n  let m = 0;\n  for (const x of arr) if (x < m) m = x;\n  return m;\n}",
    runs("max", [
      [[[3, 9, 2]], 9],
      [[[-5, -2, -8]], -2],
      [[[7]], 7],
    ]),
  ),
  ask(
    "coding",
    "bb-regex-phone",
    "Explain this regex in one sentence: ^\\d{3}-\\d{4}$",
    all(
      hasAny("three", "3"),
      hasAny("four", "4"),
      hasAny("digit", "digits", "number", "numbers", "numeric"),
      has(/hyphen|dash|minus|-/i),
    ),
  ),
  ask(
    "coding",
    "bb-palindrome-py",
    "Write a Python function is_palindrome(s) that returns True if s reads the same backwards.",
    all(has(/def\s+is_palindrome\s*\(\s*s\b/), has(/\breturn\b/)),
  ),
  ask(
    "coding",
    "bb-count-vowels",
    "Write a JavaScript function countVowels(str) that counts the vowels (a, e, i, o, u, upper or lower case) in a string.",
    runs("countVowels", [
      [["banana"], 3],
      [["sky"], 0],
      [["AEIOU"], 5],
    ]),
  ),
  ask(
    "coding",
    "bb-plus-minus",
    'In JavaScript, what do console.log("5" + 3) and console.log("5" - 3) print? Explain the difference briefly.',
    all(has("53"), num(2)),
  ),
  ask("coding", "bb-title-case", 'What does "hello world".title() return in Python?', has(/Hello World/)),
  ask(
    "coding",
    "bb-c-to-f",
    "Write a TypeScript function celsiusToFahrenheit(c: number): number.",
    runs("celsiusToFahrenheit", [
      [[0], 32],
      [[100], 212],
      [[-40], -40],
    ]),
  ),
  chat(
    "coding",
    "bb-triple",
    [
      user("Write a JS function double(n) that returns n times 2."),
      assistant("```js\nfunction double(n) {\n  return n * 2;\n}\n```"),
      user("Nice. Now write a version called triple that does the same but multiplies by 3."),
    ],
    runs("triple", [
      [[3], 9],
      [[0], 0],
      [[-2], -6],
    ]),
  ),
  ask(
    "coding",
    "bb-range-fix",
    "I want this to print 1 to 10 but it stops at 9, why? How do I fix it?\n\nfor i in range(1, 10):\n    print(i)",
    hasAny(/range\(\s*1\s*,\s*11\s*\)/, /range\(\s*10\s*\)[\s\S]*i\s*\+\s*1/),
  ),
  ask("coding", "bb-x-ops", "What's the output?\n\nlet x = 10;\nx += 5;\nx *= 2;\nconsole.log(x);", num(30)),
  ask(
    "coding",
    "bb-sum-evens",
    "Could you write a JS function sumEvens(nums) that adds up only the even numbers in an array?",
    runs("sumEvens", [
      [[[1, 2, 3, 4]], 6],
      [[[1, 3, 5]], 0],
      [[[]], 0],
    ]),
  ),
  ask("coding", "bb-nested-len", "What does len([1, [2, 3], 4]) return in Python?", num(3)),
  ask(
    "coding",
    "bb-long-words",
    "Write a Python list comprehension that keeps only the words longer than 3 letters from a list called words.",
    has(/\[[^\]]*\bfor\s+\w+\s+in\s+words\b[^\]]*\bif\s+len\(\s*\w+\s*\)\s*(?:>\s*3|>=\s*4)/),
  ),

  // ---- exact counts --------------------------------------------------------------------------
  ask(
    "exact-counts",
    "bb-dogs-six",
    "In exactly 6 words, tell me why dogs make good pets.",
    all(
      wordCount(6),
      marks(
        1,
        "dog",
        "dogs",
        "loyal",
        "loyalty",
        "loving",
        "friend",
        "friends",
        "friendship",
        "companion",
        "companions",
        "companionship",
        "love",
        "playful",
        "affection",
        "affectionate",
        "joy",
        "happy",
        "fun",
        "protective",
        "cuddles",
        "faithful",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "bb-tea-three",
    "Write exactly three sentences about making a cup of tea.",
    all(sentenceCount(3), hasAny("tea", "teabag", "tea bag", "kettle", "brew", "steep", "leaves")),
  ),
  ask("exact-counts", "bb-veg-four", "List four vegetables, one per line.", linesEach(4, VEGETABLE)),
  ask(
    "exact-counts",
    "bb-beach",
    "3 bullet points, each under 8 words, about packing for a beach trip.",
    all(
      listOf(3, "bullet"),
      itemsUnder(8, "bullet"),
      marks(
        1,
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
        "sandals",
        "flip-flops",
        "beach",
      ),
    ),
  ),
  ask("exact-counts", "bb-oceans-two", "Name 2 oceans, one per line, nothing else.", linesEach(2, OCEAN)),
  ask(
    "exact-counts",
    "bb-monday",
    "Write one sentence about Monday mornings.",
    all(sentenceCount(1), hasAny("Monday", "Mondays", "morning", "mornings")),
  ),
  ask(
    "exact-counts",
    "bb-picnic",
    "Tell me exactly 5 things to bring to a picnic, as a numbered list.",
    all(
      listOf(5, "numbered"),
      marks(
        1,
        "blanket",
        "sandwiches",
        "sandwich",
        "fruit",
        "drinks",
        "water",
        "napkins",
        "basket",
        "snacks",
        "sunscreen",
        "plates",
        "cups",
        "cutlery",
        "cooler",
      ),
    ),
  ),
  chat(
    "exact-counts",
    "bb-two-sentence-rule",
    [system("You always answer in exactly two sentences."), user("Why do leaves change colour in autumn?")],
    all(
      sentenceCount(2),
      hasAny("chlorophyll", "green", "pigment", "pigments", "sunlight", "carotenoids", "colour", "color"),
    ),
  ),
  ask(
    "exact-counts",
    "bb-weekend-ten",
    "Describe a perfect lazy Sunday in exactly 10 words.",
    all(
      wordCount(10),
      marks(
        1,
        "sunday",
        "sleep",
        "sleeping",
        "coffee",
        "book",
        "books",
        "couch",
        "sofa",
        "nap",
        "naps",
        "pajamas",
        "pyjamas",
        "bed",
        "breakfast",
        "brunch",
        "relaxing",
        "slow",
        "lazy",
        "tea",
        "blanket",
        "reading",
        "movie",
        "movies",
        "rest",
        "resting",
        "cozy",
        "cosy",
        "morning",
        "late",
        "pancakes",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "bb-bus-lines",
    "write 4 lines about a rainy bus ride home",
    all(
      lineCount(4),
      marks(1, "rain", "rainy", "raindrops", "drops", "bus", "window", "windows", "wet", "puddles", "home", "umbrella"),
    ),
  ),
  ask(
    "exact-counts",
    "bb-matter",
    "Name the 3 classic states of matter, one per line.",
    linesEach(3, /^(solids?|liquids?|gas(?:es)?)\.?$/i),
  ),
  ask(
    "exact-counts",
    "bb-teacher-seven",
    "Could you please give me exactly seven single words that describe a good teacher, separated by commas?",
    wordCount(7),
  ),
  ask(
    "exact-counts",
    "bb-inner-planets",
    "List the first three planets from the Sun, one per line.",
    all(linesEach(3, /^(mercury|venus|earth)\.?$/i), inOrder("Mercury", "Venus", "Earth")),
  ),
  chat(
    "exact-counts",
    "bb-money-two",
    [
      user("Give me 5 tips for saving money."),
      assistant(
        "1. Make a monthly budget.\n2. Cook at home more often.\n3. Cancel subscriptions you don't use.\n4. Set up an automatic transfer to savings.\n5. Wait 24 hours before buying anything non-essential.",
      ),
      user("Too many. Just give me the best 2, as bullet points."),
    ],
    all(
      listOf(2, "bullet"),
      marks(1, "budget", "cook", "home", "subscriptions", "savings", "transfer", "24 hours", "wait", "non-essential"),
    ),
  ),
  ask(
    "exact-counts",
    "bb-budget-two",
    "In exactly 2 sentences, explain what a budget is.",
    all(sentenceCount(2), has("budget"), hasAny("money", "spend", "spending", "income", "expenses", "plan")),
  ),
  ask(
    "exact-counts",
    "bb-warmup",
    "Give me a numbered list of 3 warm-up exercises to do before a run.",
    all(
      listOf(3, "numbered"),
      marks(
        1,
        "lunges",
        "lunge",
        "leg swings",
        "jog",
        "jogging",
        "high knees",
        "butt kicks",
        "skips",
        "skipping",
        "stretch",
        "stretches",
        "squats",
        "circles",
        "jacks",
        "jumping jacks",
        "walk",
        "walking",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "bb-cat-eight",
    "Write a sentence of exactly 8 words about a sleepy cat.",
    all(wordCount(8), hasAny("cat", "kitten", "kitty", "feline")),
  ),

  // ---- layout --------------------------------------------------------------------------------
  ask(
    "layout",
    "bb-caps-planet",
    "ANSWER IN ALL CAPS: what's the largest planet in our solar system?",
    all(allCaps(), has("JUPITER")),
  ),
  ask(
    "layout",
    "bb-lemon-title",
    "Suggest a title for my recipe for lemon drizzle cake.",
    all(singleLine(), maxWords(12), hasAny("lemon", "drizzle")),
  ),
  ask(
    "layout",
    "bb-heater-subject",
    "Write me an email subject line asking my landlord to fix the broken heater.",
    all(singleLine(), maxWords(14), hasAny("heater", "heating", "heat")),
  ),
  ask(
    "layout",
    "bb-coffee-40",
    "Describe coffee in under 40 characters.",
    all(
      maxChars(40),
      hasAny("coffee", "brew", "bean", "beans", "roast", "roasted", "espresso", "caffeine", "bitter", "aroma"),
    ),
  ),
  ask(
    "layout",
    "bb-seasons",
    "Bullet list of the four seasons please",
    all(listOf(4, "bullet"), has("spring", "summer", "winter"), hasAny("autumn", "fall")),
  ),
  ask(
    "layout",
    "bb-egg-steps",
    "Explain how to hard-boil an egg in exactly 4 numbered steps.",
    all(listOf(4, "numbered"), hasAny("egg", "eggs"), hasAny("boil", "boiling", "water")),
  ),
  ask(
    "layout",
    "bb-one-to-five",
    "Write the numbers one to five as words, one per line.",
    all(linesEach(5, /^(one|two|three|four|five)\.?$/i), inOrder("one", "two", "three", "four", "five")),
  ),
  ask(
    "layout",
    "bb-snail-title",
    "Give me a title for a kids' story about a brave little snail. Just the title.",
    all(singleLine(), maxWords(12), hasAny("snail", "shell")),
  ),
  ask("layout", "bb-caps-bees", "Reply in all capital letters: what do bees make?", all(allCaps(), has("HONEY"))),
  ask(
    "layout",
    "bb-water-reminder",
    "Write a short reminder to drink water, under 100 characters.",
    all(maxChars(100), hasAny("water", "drink", "hydrate", "hydrated", "sip", "glass")),
  ),
  ask(
    "layout",
    "bb-first-aid",
    "Make a bullet list of 3 things you'd find in a first-aid kit.",
    all(
      listOf(3, "bullet"),
      marks(
        2,
        "bandages",
        "bandage",
        "plasters",
        "plaster",
        "band-aids",
        "gauze",
        "antiseptic",
        "wipes",
        "tape",
        "scissors",
        "tweezers",
        "gloves",
        "thermometer",
        "painkillers",
        "pain relievers",
        "cream",
        "ointment",
        "cold pack",
        "ice pack",
        "safety pins",
        "pain relief",
        "medication",
        "adhesive",
        "splint",
        "sling",
        "cotton",
        "alcohol",
      ),
    ),
  ),
  ask(
    "layout",
    "bb-continents",
    "Write the continents in alphabetical order, one per line.",
    all(linesEach(7, CONTINENT), inOrder("Africa", "Antarctica", "Asia", "Europe", "North America", "South America")),
  ),
  ask(
    "layout",
    "bb-bike-slogan",
    "Give me a one-line slogan for a bike repair shop, under 60 characters.",
    all(
      singleLine(),
      maxChars(60),
      hasAny(
        "bike",
        "bikes",
        "bicycle",
        "wheel",
        "wheels",
        "ride",
        "riding",
        "pedal",
        "pedals",
        "cycle",
        "cycling",
        "gear",
        "gears",
        "spokes",
        "chain",
      ),
    ),
  ),
  chat(
    "layout",
    "bb-dev-caps",
    [developer("Always reply in all caps."), user("what is the opposite of hot?")],
    all(allCaps(), has("COLD")),
  ),
  ask(
    "layout",
    "bb-party-subject",
    "Subject line for an email inviting the neighbours to a street party on Saturday?",
    all(singleLine(), maxWords(14), has("Saturday"), hasAny("party", "street party", "block party", "celebration")),
  ),
  ask(
    "layout",
    "bb-numbered-groceries",
    "Put these in a numbered list: milk, eggs, bread",
    all(listOf(3, "numbered"), has("milk", "eggs", "bread")),
  ),
  ask(
    "layout",
    "bb-two-capitals",
    "Answer in two lines: the first line is the capital of Italy, the second the capital of Spain.",
    all(lineCount(2), inOrder("Rome", "Madrid")),
  ),

  // ---- labels, yes/no, true/false ------------------------------------------------------------
  ask(
    "label-yes-no",
    "bb-hotel",
    'Sentiment of this review? Only the label (positive, negative or neutral): "The room was spotless and the view was amazing."',
    onlyLabel("positive"),
  ),
  ask(
    "label-yes-no",
    "bb-not-spam",
    'Is this email spam or not spam? Reply with only the label. "Hi Sam, can we move tomorrow\'s call to 3pm? Thanks, Priya"',
    onlyLabel("not spam", "ham"),
  ),
  ask(
    "label-yes-no",
    "bb-travel-cat",
    "Which category is this sentence: food, travel or sports? Just the category. 'We missed our connecting flight in Frankfurt.'",
    onlyLabel("travel"),
  ),
  ask("label-yes-no", "bb-sahara", "Is the Sahara desert in Africa? yes or no", startsYesNo("yes")),
  ask("label-yes-no", "bb-whale", "Is a whale a fish? Answer yes or no.", startsYesNo("no")),
  ask("label-yes-no", "bb-freeze", "True or false: water freezes at 0 degrees Celsius.", startsTrueFalse("true")),
  ask("label-yes-no", "bb-sun-planet", "True or false: the Sun is a planet.", startsTrueFalse("false")),
  ask("label-yes-no", "bb-51", "Is 51 a prime number? yes or no", startsYesNo("no")),
  ask(
    "label-yes-no",
    "bb-neutral",
    'Classify the sentiment (positive, negative, neutral), label only: "The package arrived on Tuesday."',
    onlyLabel("neutral"),
  ),
  ask(
    "label-yes-no",
    "bb-anger",
    'Label the emotion with one of: joy, anger, sadness, fear. Only the label.\n\n"I can\'t believe they cancelled my order AGAIN without telling me!"',
    onlyLabel("anger"),
  ),
  chat(
    "label-yes-no",
    "bb-urgent",
    [
      system("You are a ticket classifier for a building manager. Reply with only one word: urgent or normal."),
      user("The kitchen is flooding and the water is reaching the power sockets."),
    ],
    onlyLabel("urgent"),
  ),
  ask("label-yes-no", "bb-bat", "is a bat a mammal? just yes or no", onlyLabel("yes")),
  ask("label-yes-no", "bb-triangle", "Does a triangle have four sides? Yes or no.", startsYesNo("no")),
  ask("label-yes-no", "bb-leap-2024", "Was 2024 a leap year? Answer yes or no.", startsYesNo("yes")),
  ask(
    "label-yes-no",
    "bb-penguin",
    "Reply with only the label mammal, bird, reptile or fish: penguin",
    onlyLabel("bird"),
  ),
  ask("label-yes-no", "bb-canberra", "True or false: Canberra is the capital of Australia.", startsTrueFalse("true")),
  ask(
    "label-yes-no",
    "bb-news-section",
    "Which newspaper section does this belong in: business, sports, weather or health? Only the section name. 'Heavy snow is expected across the north tonight.'",
    onlyLabel("weather"),
  ),

  // ---- word tasks ----------------------------------------------------------------------------
  ask("word-tasks", "bb-banana-vowels", "How many vowels are in the word 'banana'?", num(3)),
  ask(
    "word-tasks",
    "bb-kiss",
    "Take the first letter of each word in 'Keep It Simple Stupid' and put them together.",
    has("KISS"),
  ),
  ask("word-tasks", "bb-png", "What's the acronym for Portable Network Graphics?", has("PNG")),
  ask("word-tasks", "bb-listen", "Are 'listen' and 'silent' anagrams? Yes or no.", startsYesNo("yes")),
  ask("word-tasks", "bb-wednesday", "How many letters are in 'Wednesday'?", num(9)),
  ask("word-tasks", "bb-garden", "Write the word 'garden' backwards.", has("nedrag")),
  ask("word-tasks", "bb-thursday", "Spell out Thursday letter by letter.", spelled("thursday")),
  ask(
    "word-tasks",
    "bb-zoo-sort",
    "Put these in alphabetical order: zebra, lion, cat, giraffe",
    inOrder("cat", "giraffe", "lion", "zebra"),
  ),
  ask(
    "word-tasks",
    "bb-umbrella-words",
    "How many words are in this sentence: 'I left my umbrella on the train again'",
    num(8),
  ),
  ask(
    "word-tasks",
    "bb-j-months",
    "Which months of the year start with the letter J?",
    all(
      has("January", "June", "July"),
      lacks("February", "March", "April", "August", "September", "October", "November", "December"),
    ),
  ),
  ask("word-tasks", "bb-o-count", "How many times does the letter o appear in 'chocolate cookie'?", num(4)),
  ask(
    "word-tasks",
    "bb-most-vowels",
    "Which of these words has the most vowels: strength, audio, rhythm?",
    has("audio"),
  ),
  ask(
    "word-tasks",
    "bb-reverse-each",
    "Reverse the letters of each word but keep the word order: cat dog",
    has(/tac\W+god/i),
  ),
  ask("word-tasks", "bb-uppercase", "Convert to uppercase: see you at the station", has(/SEE YOU AT THE STATION/)),
  ask(
    "word-tasks",
    "bb-compass",
    "What do you get if you take the first letter of each word in 'Never Eat Soggy Waffles'?",
    any(has("NESW"), spelled("nesw")),
  ),
  ask("word-tasks", "bb-consonants", "How many consonants are in the word 'strength'?", num(7)),
  chat(
    "word-tasks",
    "bb-planet-word",
    [
      user("My word for today is 'planet'."),
      assistant("Got it: your word is 'planet'."),
      user("how many letters does my word have, and what is it spelled backwards?"),
    ],
    all(num(6), has("tenalp")),
  ),

  // ---- what it cannot know -------------------------------------------------------------------
  cannot("bb-yen", "What's the euro to yen exchange rate today?"),
  cannot("bb-train", "Is the 8:15 train to Leeds running on time this morning?"),
  cannot("bb-neighbour-dog", "What's my neighbour's dog called?"),
  cannot("bb-madrid-saturday", "What will the weather be like in Madrid next Saturday?"),
  cannot("bb-boss", "What did my boss think of my presentation yesterday?"),
  cannot("bb-stocks", "Which stocks are going to go up next week?"),
  cannot("bb-league", "Who is top of the Premier League table right now?"),
  cannot("bb-cafe-rosa", "What was the lunch special at Café Rosa in Ghent on 3 March 2019?"),
];

// What a reply longer than a bare answer must name, so another prompt's answer holding the same
// number or word does not pass.
const TOPICS: Record<string, (string | RegExp)[]> = {
  "coding/bb-len-banana": ["banana", "len", "length", "print", "prints", "output", "characters", "letters"],
  "coding/bb-x-ops": ["x", "output", "prints", "log", "logs", "console"],
  "coding/bb-nested-len": ["len", "list", "elements", "items", "nested", "length"],
  "label-yes-no/bb-sahara": ["Sahara", "Africa", "desert"],
  "label-yes-no/bb-whale": ["whale", "whales", "mammal", "mammals", "fish"],
  "label-yes-no/bb-sun-planet": ["Sun", "star", "planet"],
  "label-yes-no/bb-freeze": ["water", "freezes", "freezing", "0", "Celsius"],
  "label-yes-no/bb-51": ["51", "prime", "17", "divisible"],
  "label-yes-no/bb-triangle": ["triangle", "sides", "three", "3"],
  "label-yes-no/bb-leap-2024": ["leap", "2024", "February", "366"],
  "label-yes-no/bb-canberra": ["Canberra", "Australia", "capital"],
  "word-tasks/bb-banana-vowels": ["vowel", "vowels", "banana", /\ba's\b/i],
  "word-tasks/bb-listen": ["anagram", "anagrams", "letters", "listen", "silent"],
  "word-tasks/bb-wednesday": ["letter", "letters", "Wednesday"],
  "word-tasks/bb-umbrella-words": ["word", "words", "sentence"],
  "word-tasks/bb-o-count": ["chocolate", "cookie", "times", /\bo's\b|letter o\b/i],
  "word-tasks/bb-consonants": ["consonant", "consonants", "strength"],
};

export const BLIND_B: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
