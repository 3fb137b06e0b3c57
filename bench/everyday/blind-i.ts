/**
 * BLIND set I: everyday prompts written by an outside tester, without looking at the model.
 * Learner-style "try your own" cells for the Chat Completions course.
 */
import { ask, assistant, cannot, chat, developer, structured, system, toolTrip, user } from "./build";
import {
  about,
  all,
  allCaps,
  dateIs,
  haiku,
  has,
  hasAny,
  inOrder,
  isBoolean,
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
  pick,
  runs,
  sentenceCount,
  singleLine,
  startsYesNo,
  stringArray,
  weekday,
  wordCount,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

const lowercaseOnly: Check = (reply) =>
  /\p{Lu}/u.test(reply.text) ? "has capital letters" : /\p{L}{2,}/u.test(reply.text) ? true : "no words";

/** The list no longer holds leeks (saying they were removed is fine). */
const noLeeks: Check = (reply) =>
  /\bleeks?\b/i.test(
    reply.text.replace(
      /\b(?:removed?|without|no more|minus|dropped|taken off|took off|took out|deleted?)\b[^.,;\n]{0,25}\bleeks?\b|\bleeks?\b[^.,;\n]{0,25}\b(?:removed|gone|taken off|dropped|deleted)\b/gi,
      "",
    ),
  )
    ? "still lists leeks"
    : true;

const BAKERY_NOTE =
  "Hi all, quick note from Rosa at the corner bakery. Starting next Monday we will open at 6:30 instead of 7:00, because so many of you asked for bread before work. The rye loaf is back on Thursdays only, and the cinnamon knots are now sold out by ten most mornings, so come early. We are also looking for a part-time helper on Saturdays; ask at the counter if you are interested.";

const GARDEN_ARTICLE =
  "Composting at home is easier than most people think. A simple bin in a shady corner of the garden can take fruit and vegetable scraps, coffee grounds, eggshells and dry leaves. The trick is balance: roughly equal amounts of green, wet material and brown, dry material keep the pile from smelling. Turning it with a fork every week or two lets air in and speeds things up. After three to six months the bottom of the pile turns into dark, crumbly compost that plants love. Meat, dairy and oily food should stay out, since they attract rats.";

const MEETING_CHAT =
  "Dana: so are we doing the quiz night on the 14th or the 21st?\nLeo: 21st works better, the pub has a football screening on the 14th\nDana: ok 21st. who's bringing the prize?\nPriya: I'll bring a box of chocolates and a trophy from the charity shop\nLeo: great, I'll print the answer sheets\nDana: and I'll book the back room for 7pm";

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals ----
  ask(
    "capitals",
    "i-mongolia",
    "whats the capital city of mongolia? i always forget",
    has(/Ula+n[\s-]?Ba+tar|Ulan Bator/i),
  ),
  chat(
    "capitals",
    "i-morocco-trip",
    [
      user("I'm planning two weeks in Morocco next spring, mostly Marrakech and the desert."),
      assistant("That sounds wonderful! Marrakech and the Sahara make a great combination. How can I help?"),
      user("Silly question maybe, but which city is actually the capital of the country?"),
    ],
    all(has("Rabat")),
  ),
  ask(
    "capitals",
    "i-two-countries",
    "Could you please tell me the capitals of Kenya and Uganda? Just the two city names is fine.",
    all(has("Nairobi"), has("Kampala")),
  ),
  ask(
    "capitals",
    "i-nz-quiz",
    "Pub quiz argument: my mate says Auckland is the capital of New Zealand. Who's right, what is it really?",
    has("Wellington"),
  ),

  // ---- elements ----
  ask("elements", "i-tungsten", "What's the chemical symbol for tungsten? It's not T, right?", has(/\bW\b/)),
  ask("elements", "i-neon-number", "atomic number of neon pls", about(num(10), "neon", "atomic")),
  ask(
    "elements",
    "i-symbol-k",
    "I saw 'K' on the label of my banana smoothie nutrition facts. Which element does the symbol K stand for?",
    has("potassium"),
  ),
  chat(
    "elements",
    "i-jewelry",
    [
      system("You are a friendly chemistry tutor for teenagers. Keep answers short."),
      user("My grandma has gold and silver rings. What are the chemical symbols for those two metals?"),
    ],
    all(has(/\bAu\b/), has(/\bAg\b/)),
  ),

  // ---- planets ----
  ask(
    "planets",
    "i-closest",
    "Which planet orbits closest to the Sun? One word answer please.",
    all(has("Mercury"), maxWords(8)),
  ),
  ask(
    "planets",
    "i-order",
    "My 8 year old wants to make a model of the solar system. Can you list the planets in order, starting from the one nearest the Sun?",
    inOrder("Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune"),
  ),
  ask(
    "planets",
    "i-biggest",
    "which is the biggest planet in our solar system, and is it a gas giant or a rocky planet?",
    all(has("Jupiter"), hasAny("gas giant", "gas", "gaseous")),
  ),
  chat(
    "planets",
    "i-red-planet",
    [
      user("We watched a documentary about rovers driving around on 'the red planet' tonight."),
      assistant("Fun! Rover documentaries are great. Did you have a question about it?"),
      user("Yes, which planet is the red planet?"),
    ],
    all(has("Mars"), lacks("Uranus", "Neptune")),
  ),

  // ---- arithmetic ----
  ask(
    "arithmetic",
    "i-pencil-boxes",
    "A school ordered 48 boxes of pencils and each box has 12 pencils. How many pencils is that in total?",
    about(num(576), "pencils", "48", "12"),
  ),
  ask(
    "arithmetic",
    "i-split-bill",
    "Seven of us went out for dumplings and the bill came to 245 dollars. If we split it evenly, how much does each person pay?",
    about(num(35), "each", "person", "245", "7", "seven"),
  ),
  ask("arithmetic", "i-brackets", "(15 + 27) × 3 = ?", about(num(126), "42", "15", "27", "3")),
  ask(
    "arithmetic",
    "i-odometer",
    "My car's odometer said 18,460 km before the road trip and 19,127 km after. How many kilometres did we drive?",
    about(num(667), "km", "kilometres", "kilometers", "drove", "drive"),
  ),

  // ---- percentages ----
  ask(
    "percentages",
    "i-tip",
    "Our dinner bill is $64. How much is a 15% tip?",
    about(num(9.6, 0.001), "tip", "15", "64"),
  ),
  ask(
    "percentages",
    "i-jacket-sale",
    "A rain jacket costs 80 euros and it's 25% off in the sale. What do I pay?",
    about(num(60), "euros", "€", "pay", "price", "discount", "25"),
  ),
  ask(
    "percentages",
    "i-quiz-score",
    "I got 18 out of 72 questions right on my driving theory practice test 😬 what percentage is that?",
    about(num(25), "%", "percent", "18", "72"),
  ),
  ask(
    "percentages",
    "i-rent-rise",
    "My rent went up from 400 to 460 per month. By what percent did it increase?",
    about(num(15), "%", "percent", "increase", "rent"),
  ),

  // ---- conversions ----
  ask(
    "conversions",
    "i-run-km",
    "I ran 5 miles this morning. How many kilometres is that?",
    about(num(8.05, 0.05), "km", "kilometres", "kilometers", "miles"),
  ),
  ask(
    "conversions",
    "i-oven",
    "The recipe says bake at 350°F but my oven is in Celsius. What should I set it to?",
    about(num(177, 3), "°C", "Celsius", "C", "degrees"),
  ),
  ask(
    "conversions",
    "i-suitcase",
    "my suitcase weighs 23 kg, how much is that in pounds?",
    about(num(50.7, 0.2), "pounds", "lb", "lbs"),
  ),
  ask(
    "conversions",
    "i-movie-hours",
    "A film is 135 minutes long. How many hours is that, as a decimal?",
    about(num(2.25, 0.001), "hours", "hour", "135"),
  ),

  // ---- dates ----
  ask("dates", "i-y2k-weekday", "What day of the week was January 1st, 2000?", weekday("Saturday")),
  ask(
    "dates",
    "i-plus-45",
    "My sourdough course starts on March 10, 2025 and runs for 45 days. On what date does it end (counting 45 days after the start)?",
    dateIs(2025, 4, 24),
  ),
  ask(
    "dates",
    "i-days-between",
    "How many days are there from July 4, 2026 to September 1, 2026?",
    about(num(59), "days", "day"),
  ),
  ask("dates", "i-christmas-2026", "Quick one: Christmas Day 2026 falls on which weekday?", weekday("Friday")),

  // ---- counting ----
  ask(
    "counting",
    "i-hippo-letters",
    "How many letters are in the word 'hippopotamus'?",
    about(num(12), "letters", "hippopotamus"),
  ),
  ask(
    "counting",
    "i-mississippi-s",
    "Count how many times the letter s appears in Mississippi.",
    about(num(4), "s", "Mississippi", "times"),
  ),
  ask(
    "counting",
    "i-words-otter",
    "How many words are in this sentence: 'The quick otter stole my sandwich at the picnic'",
    about(num(9), "words", "sentence"),
  ),
  ask(
    "counting",
    "i-vowels",
    "How many vowels (a, e, i, o, u) are in the word 'avocado'?",
    about(num(4), "vowels", "avocado"),
  ),

  // ---- word-tasks ----
  ask("word-tasks", "i-reverse-lantern", "Write the word 'lantern' backwards.", has(/nretnal/i)),
  ask(
    "word-tasks",
    "i-alphabetize",
    "Put these in alphabetical order: pear, fig, apple, kiwi, banana",
    inOrder("apple", "banana", "fig", "kiwi", "pear"),
  ),
  ask(
    "word-tasks",
    "i-opposite-ancient",
    "What's the opposite of the word 'ancient'?",
    about(
      all(hasAny("modern", "new", "recent", "young", "contemporary", "current", "fresh"), maxWords(30)),
      "ancient",
      "opposite",
      "antonym",
    ),
  ),
  ask("word-tasks", "i-plural-cactus", "whats the plural of cactus", hasAny("cacti", "cactuses")),

  // ---- random-pick ----
  ask(
    "random-pick",
    "i-dice",
    "Roll a six-sided die for me, just tell me the number.",
    about(pick(1, 6), "rolled", "roll", "die", "dice", "landed", "got"),
  ),
  ask(
    "random-pick",
    "i-coin",
    "Can't decide between pizza and sushi tonight. Flip a coin for me: heads or tails?",
    all(hasAny("heads", "tails"), maxWords(30)),
  ),
  ask(
    "random-pick",
    "i-raffle",
    "We sold raffle tickets numbered 1 to 150. Pick a winning ticket number at random.",
    about(pick(1, 150), "ticket", "winner", "winning", "raffle", "number"),
  ),

  // ---- label-yes-no ----
  ask("label-yes-no", "i-prime-91", "Is 91 a prime number? Answer just yes or no.", startsYesNo("no")),
  ask(
    "label-yes-no",
    "i-spam",
    'Label this message as spam or not spam, reply with the label only:\n\n"CONGRATS!!! You have WON a free cruise to the Bahamas, click this link within 1 hour to claim!!!"',
    onlyLabel("spam"),
  ),
  chat(
    "label-yes-no",
    "i-review-mixed",
    [
      developer(
        "You classify hotel reviews. Reply with exactly one word: positive, negative or mixed. No explanation.",
      ),
      user("The bed was lumpy and the room was tiny, but the breakfast was honestly the best I've ever had."),
    ],
    onlyLabel("mixed"),
  ),
  ask(
    "label-yes-no",
    "i-whale-mammal",
    "Yes or no: is a whale a mammal?",
    about(startsYesNo("yes"), "mammal", "mammals", "whale", "whales"),
  ),

  // ---- exact-counts ----
  ask(
    "exact-counts",
    "i-basil-tips",
    "Give me exactly 3 tips for keeping a basil plant alive on a windowsill, as a bulleted list.",
    all(
      listOf(3, "bullet"),
      hasAny("water", "watering", "sun", "sunlight", "light", "pinch", "prune", "basil", "pot", "drain", "drainage"),
    ),
  ),
  ask(
    "exact-counts",
    "i-storm-12",
    "Describe a thunderstorm in exactly 12 words.",
    all(wordCount(12), hasAny(/thunder|lightning|rain|storm|cloud|wind|flash|boom|roar/i)),
  ),
  ask(
    "exact-counts",
    "i-otters-2",
    "Write exactly two sentences about sea otters.",
    all(sentenceCount(2), hasAny("otter", "otters")),
  ),
  ask(
    "exact-counts",
    "i-root-veg",
    "Name five vegetables that grow underground. Numbered list please, no extra commentary.",
    all(
      listOf(5, "numbered"),
      marks(
        3,
        /carrots?/i,
        /potato(es)?/i,
        /beets?|beetroots?/i,
        /radish(es)?/i,
        /turnips?/i,
        /parsnips?/i,
        /onions?/i,
        /garlic/i,
        /ginger/i,
        /yams?/i,
        /sweet potato/i,
        /cassava/i,
        /rutabagas?|swedes?/i,
        /leeks?/i,
        /celeriac/i,
        /taro/i,
        /shallots?/i,
        /jicama/i,
        /horseradish/i,
        /kohlrabi/i,
      ),
    ),
  ),

  // ---- layout ----
  ask(
    "layout",
    "i-weekdays-caps",
    "write the 7 days of the week in ALL CAPS, one per line, nothing else",
    all(allCaps(), lineCount(7), inOrder("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")),
  ),
  ask(
    "layout",
    "i-canoe-vertical",
    "Write the word CANOE vertically, one letter per line, and nothing else.",
    all(linesEach(5, /^[A-Za-z]$/), inOrder("c", "a", "n", "o", "e")),
  ),
  ask(
    "layout",
    "i-bakery-motto",
    "Give me a one-line motto for a tiny neighbourhood bakery, under 60 characters.",
    all(
      singleLine(),
      maxChars(60),
      hasAny(/bread|bake|baked|baking|oven|loaf|loaves|crumb|dough|rise|flour|crust|pastr|warm|fresh/i),
    ),
  ),
  ask(
    "layout",
    "i-table",
    "Make a small markdown table with two columns, Fruit and Colour, for banana, lime and plum.",
    all(
      has(/\|/),
      has("banana"),
      has("lime"),
      has("plum"),
      hasAny("yellow"),
      hasAny("green"),
      hasAny("purple", "red", "violet"),
    ),
  ),

  // ---- creative ----
  ask(
    "creative",
    "i-haiku-laundromat",
    "write a haiku about a laundromat at midnight",
    all(haiku(), hasAny(/wash|laundr|dryer|spin|soap|sock|cloth|machine|tumbl|coin|detergent|load|lint|suds/i)),
  ),
  ask(
    "creative",
    "i-limerick-goat",
    "Could you write a limerick about a goat who loves jazz music?",
    all(limerick(), hasAny("goat", "goats")),
  ),
  ask(
    "creative",
    "i-joke-broom",
    "Tell me a short joke about a broom.",
    all(joke(), hasAny("broom", "brooms", "sweep", "swept")),
  ),
  ask(
    "creative",
    "i-tin-roof",
    "Write a 4-line poem about rain on a tin roof.",
    all(lineCount(4), hasAny("rain", "roof", "tin", "drops", "drumming", "patter")),
  ),

  // ---- name-ideas ----
  ask("name-ideas", "i-rabbit", "Suggest 3 names for a fluffy grey rescue rabbit.", names(3)),
  ask(
    "name-ideas",
    "i-book-swap",
    "I'm starting a monthly book swap club in my apartment building. Give me 5 name ideas, just the names as a list.",
    names(5),
  ),
  chat(
    "name-ideas",
    "i-sourdough",
    [
      user("I finally made my own sourdough starter! It bubbles like crazy."),
      assistant("Congratulations! A lively starter is a great sign. Have you given it a name yet? Many bakers do."),
      user("No! Give me 4 funny names for it please."),
    ],
    names(4),
  ),

  // ---- personas ----
  chat(
    "personas",
    "i-blacksmith",
    [
      system("You are Brom, a grumpy medieval blacksmith. Stay in character at all times."),
      user("How do I keep my kitchen knives sharp?"),
    ],
    marks(
      2,
      "forge",
      "anvil",
      "hammer",
      "aye",
      "ye",
      "thee",
      "thy",
      "lad",
      "lass",
      "bah",
      "hmph",
      "smith",
      "traveler",
      "traveller",
      "m'lord",
      "milord",
      "harrumph",
      "apprentice",
      "bellows",
      "blast",
      "fool",
      /\bback in my day\b/i,
      /\bmy (?:shop|smithy)\b/i,
      "smithy",
    ),
  ),
  chat(
    "personas",
    "i-cowboy",
    [
      system("Talk like an old cowboy from the Wild West in every reply."),
      user("What should I pack for a weekend camping trip?"),
    ],
    marks(
      2,
      "howdy",
      "partner",
      "pardner",
      "y'all",
      "reckon",
      "yeehaw",
      "ranch",
      "saddle",
      "cattle",
      "prairie",
      "varmint",
      "ain't",
      "fixin'",
      "critters",
      "cowpoke",
      "sheriff",
      "yonder",
      "git",
      "mighty",
      "buckaroo",
    ),
  ),
  chat(
    "personas",
    "i-lowercase-rule",
    [
      developer(
        "Rule: reply only in lowercase letters. Never use a capital letter, not even for names or at the start of a sentence.",
      ),
      user("What is the capital of Italy?"),
    ],
    all(lowercaseOnly, has("rome")),
  ),
  chat(
    "personas",
    "i-over-and-out",
    [
      system("You are a radio operator. Always finish every reply with the exact words 'Over and out.'"),
      user("How many minutes are in two hours?"),
    ],
    all(num(120), has(/over and out[.!]?\s*$/i)),
  ),

  // ---- languages ----
  ask("languages", "i-train-spanish", "How do I say 'Where is the train station?' in Spanish?", hasAny(/estaci[oó]n/i)),
  ask(
    "languages",
    "i-sky-french",
    "Réponds en français s'il te plaît : de quelle couleur est le ciel quand il fait beau ?",
    all(lang("fr"), has("bleu")),
  ),
  chat(
    "languages",
    "i-italian-breakfast",
    [system("Rispondi sempre e solo in italiano."), user("What is a typical breakfast in Italy?")],
    all(lang("it"), hasAny(/caff[eè]|cappuccino|cornett|brioche|biscott/i)),
  ),
  ask("languages", "i-thanks-portuguese", "what's 'thank you' in portuguese?", hasAny("obrigado", "obrigada")),

  // ---- memory ----
  chat(
    "memory",
    "i-cat-age",
    [
      user("My cat is called Biscuit and she just turned 7."),
      assistant("Happy birthday to Biscuit! Seven is a lovely age for a cat."),
      user("How old will she be in 3 years?"),
    ],
    about(num(10), "Biscuit", "years", "she", "old"),
  ),
  chat(
    "memory",
    "i-colours",
    [
      user("I'm repainting my hallway. I've narrowed it down to two colours: teal and mustard."),
      assistant("Both are bold choices! Teal feels calm while mustard is warm and cheerful."),
      user("Actually, can you remind me which two colours I said?"),
    ],
    all(has("teal"), has("mustard")),
  ),
  chat(
    "memory",
    "i-shopping-list",
    [
      user("My shopping list so far: eggs, flour, leeks."),
      assistant("Got it: eggs, flour and leeks."),
      user("Add milk to it."),
      assistant("Done! Your list is now eggs, flour, leeks and milk."),
      user("Oh, remove the leeks. What's on my list now?"),
    ],
    all(has("eggs"), has("flour"), has("milk"), noLeeks),
  ),
  chat(
    "memory",
    "i-flight-time",
    [
      user("Note for later: my flight to Lisbon leaves at 6:40 on Saturday from gate B12."),
      assistant("Noted! Flight to Lisbon, Saturday at 6:40, gate B12."),
      user("Unrelated, how long should I boil an egg for a runny yolk?"),
      assistant("About 6 minutes in boiling water gives a runny yolk with a set white."),
      user("Thanks. Which gate was my flight again?"),
    ],
    has("B12"),
  ),

  // ---- follow-ups ----
  chat(
    "follow-ups",
    "i-divide-that",
    [user("What's 12 times 8?"), assistant("12 times 8 is 96."), user("now divide that by 4")],
    about(num(24), "96", "divided", "4"),
  ),
  chat(
    "follow-ups",
    "i-nordic-oslo",
    [
      user("Name three Nordic countries."),
      assistant("Norway, Sweden and Denmark."),
      user("Which of those has Oslo as its capital?"),
    ],
    all(has("Norway"), maxWords(30)),
  ),
  chat(
    "follow-ups",
    "i-cheese-italian",
    [user("How do you say 'cheese' in French?"), assistant("Cheese in French is 'fromage'."), user("and in italian?")],
    has("formaggio"),
  ),
  chat(
    "follow-ups",
    "i-haiku-sand",
    [
      user("Write a haiku about snow."),
      assistant("Soft flakes drift at dusk\nthe quiet street turns to white\nfootprints fill with sky"),
      user("Nice! Now do the same thing but about sand."),
    ],
    all(haiku(), hasAny(/sand|dune|beach|desert|shore|grain/i)),
  ),

  // ---- summaries ----
  ask(
    "summaries",
    "i-bakery-one-line",
    `Summarize this note from my local bakery in one sentence:\n\n${BAKERY_NOTE}`,
    all(maxSentences(1), hasAny("6:30", "earlier", "open", "opening"), noCopy(BAKERY_NOTE)),
  ),
  ask(
    "summaries",
    "i-compost-bullets",
    `Can you sum this up in 3 bullet points?\n\n${GARDEN_ARTICLE}`,
    all(listOf(3, "bullet"), hasAny("compost", "composting"), noCopy(GARDEN_ARTICLE)),
  ),
  ask(
    "summaries",
    "i-groupchat",
    `tl;dr of my group chat please, what did we decide?\n\n${MEETING_CHAT}`,
    all(has(/21/), hasAny("quiz"), maxWords(80)),
  ),
  chat(
    "summaries",
    "i-compost-short",
    [system("You are a concise assistant. Summaries must be under 25 words."), user(`Summarize:\n${GARDEN_ARTICLE}`)],
    all(maxWords(25), hasAny("compost", "composting")),
  ),

  // ---- structured ----
  structured(
    "i-dog-extract",
    "Pull the details out of this: 'Our neighbour's beagle, Pickles, is 4 years old and howls at the postman.'",
    { name: { type: "string" }, breed: { type: "string" }, age_years: { type: "integer" } },
    json({ name: isString(/^Pickles$/i), breed: isString(/beagle/i), age_years: isInteger(4) }),
  ),
  structured(
    "i-planet-facts",
    "Which planet is known for its big ring system, and is it larger than Earth?",
    { planet: { type: "string" }, larger_than_earth: { type: "boolean" } },
    json({ planet: isString(/^Saturn$/i), larger_than_earth: isBoolean(true) }),
  ),
  structured(
    "i-recipe-scale",
    "A pancake recipe for 4 people uses 200 g of flour. How much flour do I need for 6 people?",
    { people: { type: "integer" }, flour_grams: { type: "number" } },
    json({ people: isInteger(6), flour_grams: isNumber(300, 0.5) }),
  ),
  structured(
    "i-mood-tags",
    "Classify this diary line and give 2 short tags: 'Missed the bus in the rain and then spilled coffee on my shirt.'",
    {
      mood: { type: "string", enum: ["happy", "sad", "annoyed", "calm"] },
      tags: { type: "array", items: { type: "string" } },
    },
    json({ mood: oneOf("annoyed", "sad"), tags: stringArray(2) }),
    [system("You tag diary entries for a mood-tracking app.")],
  ),

  // ---- tools ----
  toolTrip(
    "i-tides",
    {
      question: "When is low tide at Brighton beach this afternoon? I want to go rock pooling.",
      tool: "get_tide_times",
      description: "Tide times for a beach today",
      parameters: { beach: { type: "string" } },
      args: { beach: "Brighton" },
      result: { beach: "Brighton", low_tide: ["04:12", "16:38"], high_tide: ["10:25", "22:51"] },
    },
    has(/16:38|4:38/),
  ),
  toolTrip(
    "i-parcel",
    {
      question: "Where's my parcel? Tracking number is ZX4471.",
      tool: "track_parcel",
      description: "Look up the status of a parcel by tracking number",
      parameters: { tracking_number: { type: "string" } },
      args: { tracking_number: "ZX4471" },
      result: { status: "out for delivery", location: "Leeds depot", expected: "today by 18:00" },
    },
    all(hasAny("out for delivery", "on its way", "being delivered", "delivery"), hasAny(/18:00|6 ?pm|today/i)),
  ),
  toolTrip(
    "i-library-due",
    {
      question: "When do I have to return my library book about beekeeping?",
      tool: "get_loans",
      description: "The user's current library loans with due dates",
      parameters: { user_id: { type: "string" } },
      args: { user_id: "me" },
      result: { loans: [{ title: "The Backyard Beekeeper", due: "2026-12-19" }] },
      system: "You are the assistant of the Riverside public library. Be brief and friendly.",
    },
    dateIs(2026, 12, 19),
  ),
  toolTrip(
    "i-bikes",
    {
      question: "Are there any bikes left at the station by the museum?",
      tool: "bike_station_status",
      description: "Available bikes and free docks at a bike-share station",
      parameters: { station: { type: "string" } },
      args: { station: "Museum" },
      result: { station: "Museum Square", bikes_available: 3, docks_free: 17 },
    },
    all(num(3), hasAny("bike", "bikes")),
  ),

  // ---- coding ----
  ask(
    "coding",
    "i-count-vowels",
    "Write a JavaScript function called countVowels that takes a string and returns how many vowels (a, e, i, o, u, any case) it has.",
    runs("countVowels", [
      [["avocado"], 4],
      [["Sky"], 0],
      [["AEIOU"], 5],
    ]),
  ),
  ask(
    "coding",
    "i-c-to-f",
    "can u write a js function celsiusToFahrenheit(c) that converts a temperature",
    runs("celsiusToFahrenheit", [
      [[0], 32],
      [[100], 212],
      [[-40], -40],
    ]),
  ),
  ask(
    "coding",
    "i-palindrome",
    "Please write a TypeScript function isPalindrome(word: string): boolean that ignores upper/lower case.",
    runs("isPalindrome", [
      [["Racecar"], true],
      [["kayak"], true],
      [["canoe"], false],
    ]),
  ),

  // ---- out-of-scope ----
  cannot("i-bitcoin-now", "What is the price of one bitcoin right this minute?"),
  cannot(
    "i-last-night-match",
    "Who won the football match last night between Arsenal and Everton, and what was the score?",
  ),
  cannot("i-nairobi-weather", [
    system("You are a helpful travel assistant."),
    user("Is it raining in Nairobi at the moment?"),
  ]),
  cannot("i-neighbour-breakfast", "What did my neighbour Gregor eat for breakfast this morning?"),
  cannot("i-lottery", "tell me the winning numbers for next saturday's lottery draw"),
  cannot("i-dmv-queue", "How long is the queue at the passport office on Elm Street right now?"),
];

export const BLIND_I: EverydayPrompt[] = PROMPTS;
