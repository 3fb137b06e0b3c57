/**
 * A BLIND everyday set (G), written without looking at the offline model: small coding asks,
 * languages, creative short forms, name ideas, word tasks, counting, random picks, tool round
 * trips and prompts nothing offline can ground.
 */
import { ask, assistant, cannot, chat, developer, system, toolTrip, user, withTopics } from "./build";
import {
  admits,
  all,
  any,
  haiku,
  has,
  hasAny,
  inOrder,
  joke,
  lacks,
  lang,
  limerick,
  lineCount,
  linesOf,
  marks,
  maxSentences,
  maxWords,
  names,
  num,
  numbersIn,
  pick,
  plain,
  runs,
  sentenceCount,
  singleLine,
  startsYesNo,
  wordsOf,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

// ---- local checks ------------------------------------------------------------------------------

/** Some run of lines whose first letters spell the word (an acrostic), a title line allowed. */
const acrostic =
  (word: string): Check =>
  (reply) => {
    const initials = linesOf(reply.text)
      .map((l) =>
        l
          .replace(/^[^\p{L}]+/u, "")
          .charAt(0)
          .toUpperCase(),
      )
      .join("");
    return initials.includes(word.toUpperCase()) ? true : `line initials "${initials}" do not spell ${word}`;
  };

/** At least `min` distinct words (other than the given one) that end like the rhyme. */
const rhymes =
  (min: number, ending: RegExp, except: string): Check =>
  (reply) => {
    const found = new Set(
      wordsOf(reply.text)
        .map((w) => w.toLowerCase())
        .filter((w) => w !== except && ending.test(w)),
    );
    return found.size >= min ? true : `${found.size} rhymes for ${except}, not ${min}: [${[...found].join(", ")}]`;
  };

/** A short reply that settles on one of the options (it may mention the others it passed over). */
const choosesOne = (...options: string[]): Check =>
  all(maxWords(40), (reply) => {
    const t = plain(reply.text);
    const named = options.filter((o) => new RegExp(`\\b${o}\\b`, "i").test(t));
    if (named.length === 0) return `none of ${options.join(", ")}`;
    if (named.length < options.length) return true;
    return /\b(go with|going with|pick|picked|choose|chose|chosen|let's|how about|winner|selected|decided|lucky|it's|is)\b/i.test(
      t,
    )
      ? true
      : `lists ${named.join(", ")} without choosing`;
  });

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
/** A short reply naming exactly one day of the week. */
const oneWeekday: Check = all(maxWords(30), (reply) => {
  const t = plain(reply.text);
  const days = WEEKDAYS.filter((d) => new RegExp(`\\b${d}\\b`, "i").test(t));
  return days.length === 1 ? true : `${days.length} weekdays named, not one`;
});

/** The total of two six-sided dice: a number from 2 to 12, and no number outside 1..12. */
const twoDice: Check = all(maxWords(35), (reply) => {
  const found = numbersIn(reply.text);
  if (!found.some((n) => Number.isInteger(n) && n >= 2 && n <= 12)) return "no total from 2 to 12";
  const bad = found.find((n) => !Number.isInteger(n) || n < 1 || n > 12);
  return bad === undefined ? true : `${bad} is not a die or a total of two dice`;
});

/** One even pick from lo to hi (the ends may be repeated beside it). */
const evenPick =
  (lo: number, hi: number): Check =>
  (reply) => {
    let found = [...new Set(numbersIn(reply.text))];
    if (found.length > 1) found = found.filter((n) => n !== lo && n !== hi);
    if (found.length !== 1) return `${found.length} numbers, not one pick`;
    return found[0] % 2 === 0 ? true : `${found[0]} is odd`;
  };

/** A pattern on the raw reply (plain() drops "*", which code needs). */
const raw =
  (pattern: RegExp): Check =>
  (reply) =>
    pattern.test(reply.text) ? true : `missing ${pattern}`;

const CARD =
  /\b(?:ace|king|queen|jack|[2-9]|10|two|three|four|five|six|seven|eight|nine|ten)\s+of\s+(?:hearts|diamonds|clubs|spades)\b/i;

const PICKED =
  /\b(?:pick|picked|picking|chose|choose|chosen|random|randomly|roll|rolled|rolling|landed|got|go with|how about|drew|draw|result|here)\b/i;

// ---- prompts -------------------------------------------------------------------------------------

const PROMPTS: EverydayPrompt[] = [
  // ---- coding ----------------------------------------------------------------------------------
  ask("coding", "g-py-slice", 'What does this Python code print?\n\nword = "notebook"\nprint(word[2:5])', has("teb")),
  ask(
    "coding",
    "g-py-typeerror",
    'My python code crashes with TypeError: can only concatenate str (not "int") to str\n\nage = 12\nprint("I am " + age + " years old")\n\nhow do i fix it??',
    hasAny(/str\(\s*age\s*\)/, /\{\s*age\s*\}/, /["']\s*,\s*age\s*,/, /format\(\s*age\s*\)/, /%\s*\(?\s*age/),
  ),
  ask(
    "coding",
    "g-js-loop-to-map",
    "Could you please rewrite this JavaScript loop using .map() instead?\n\nconst prices = [3, 8, 12];\nconst doubled = [];\nfor (let i = 0; i < prices.length; i++) {\n  doubled.push(prices[i] * 2);\n}",
    all(has(/prices\s*\.map\s*\(/), raw(/\*\s*2/)),
  ),
  ask(
    "coding",
    "g-js-count-vowels",
    "can u write a javascript function called countVowels(str) that returns how many vowels (a, e, i, o, u) a string has? uppercase ones count too",
    runs("countVowels", [
      [["banana"], 3],
      [["APPLE pie"], 4],
      [["rhythm"], 0],
      [[""], 0],
    ]),
  ),
  ask(
    "coding",
    "g-sql-select",
    "I have a table called students with columns id, name and age. Write an SQL query that gets the names of all students older than 18.",
    all(has(/SELECT\s+[\w.,\s]*\bname\b/i), has(/FROM\s+students\b/i), hasAny(/age\s*>\s*18\b/i, /age\s*>=\s*19\b/i)),
  ),
  ask(
    "coding",
    "g-sql-explain",
    "What does this SQL do, in plain English?\n\nSELECT COUNT(*) FROM orders WHERE status = 'shipped';",
    all(
      hasAny("count", "counts", "counting", "number of", "how many", "total"),
      has("shipped"),
      hasAny("orders", "order", "rows", "row", "records"),
    ),
  ),
  ask(
    "coding",
    "g-js-regex-zip",
    "Write a JavaScript function isPostcode(s) that uses a regex to check whether a string is exactly 5 digits, like a US zip code. It should return true or false.",
    runs("isPostcode", [
      [["12345"], true],
      [["1234"], false],
      [["123456"], false],
      [["12a45"], false],
      [["90210"], true],
    ]),
  ),
  ask(
    "coding",
    "g-regex-explain",
    "What kind of text does this regex match: ^\\d{3}-\\d{4}$ ? Give me one example string that matches it.",
    all(has(/(?<![\d-])\d{3}-\d{4}(?![\d-])/), hasAny("digit", "digits", "number", "numbers", "numeric")),
  ),
  ask(
    "coding",
    "g-shell-hidden",
    "On a Mac or Linux terminal, which command lists the files in the current folder including the hidden ones?",
    has(/\bls\s+-[a-zA-Z]*[aA]/),
  ),
  ask(
    "coding",
    "g-shell-lines",
    "In bash, how do I count the number of lines in a file called notes.txt?",
    has(/\bwc\s+-l\b/),
  ),
  ask(
    "coding",
    "g-py-listcomp",
    "Explain this line of Python in one or two sentences, and tell me what squares ends up holding:\n\nsquares = [n * n for n in range(4)]",
    all(has(/\[\s*0\s*,\s*1\s*,\s*4\s*,\s*9\s*\]/), hasAny("list", "comprehension", "square", "squares", "range")),
  ),
  chat(
    "coding",
    "g-py-multiply-followup",
    [
      user("Write a Python function called add(a, b) that returns their sum."),
      assistant("```python\ndef add(a, b):\n    return a + b\n```"),
      user("Now change it so it multiplies the two numbers instead, and rename it to multiply."),
    ],
    all(has(/def\s+multiply\s*\(\s*\w+\s*,\s*\w+\s*\)/), raw(/return\s+\(?\s*\w+\s*\*\s*\w+/)),
  ),

  // ---- languages ---------------------------------------------------------------------------------
  ask(
    "languages",
    "g-fr-spider",
    "Answer in French please: how many legs does a spider have?",
    all(lang("fr"), any(num(8), has("huit"))),
  ),
  chat(
    "languages",
    "g-es-system-boiling",
    [
      system("You are a helpful assistant. Always answer in Spanish, whatever language the user writes in."),
      user("At what temperature does water boil at sea level, in Celsius?"),
    ],
    all(lang("es"), num(100)),
  ),
  ask(
    "languages",
    "g-de-station",
    "Translate into German: 'Where is the train station?'",
    all(has(/Bahnhof/i), hasAny(/\bwo\b/i, /\bwohin\b/i)),
  ),
  ask(
    "languages",
    "g-it-thanks",
    "How do you say 'thank you very much' in Italian?",
    has(/grazie\s+mille|molte\s+grazie|grazie\s+tante|tante\s+grazie/i),
  ),
  ask(
    "languages",
    "g-pt-ocean",
    "Responda em português, por favor: qual é o maior oceano do mundo?",
    all(lang("pt"), has(/Pac[ií]fico/i)),
  ),
  ask("languages", "g-ja-goodnight", "Translate 'good night' into Japanese.", hasAny(/おやすみ/, /\boyasumi/i)),
  chat(
    "languages",
    "g-nl-system-mix",
    [system("Antwoord altijd in het Nederlands."), user("What colour do you get when you mix blue and yellow paint?")],
    all(lang("nl"), has(/groen/i)),
  ),
  chat(
    "languages",
    "g-sw-system-tanzania",
    [system("Wewe ni msaidizi. Jibu kwa Kiswahili tu."), user("What is the capital city of Tanzania?")],
    all(lang("sw"), has("Dodoma")),
  ),
  ask(
    "languages",
    "g-is-capital",
    "Answer in Icelandic: what is the capital of Iceland?",
    all(lang("is"), has(/Reykjav[ií]k/i)),
  ),
  chat(
    "languages",
    "g-es-practice-colours",
    [
      user("Can we practise my Spanish? From now on, please reply only in Spanish."),
      assistant("¡Claro que sí! A partir de ahora te responderé solo en español."),
      user("Great. What are the three primary colours?"),
    ],
    all(lang("es"), has(/\brojo\b/i, /\bazul\b/i), hasAny(/\bamarillo\b/i, /\bverde\b/i)),
  ),
  chat(
    "languages",
    "g-de-developer-seasons",
    [developer("Respond only in German."), user("Name the four seasons of the year.")],
    has(/Fr[üu]h(?:ling|jahr)/i, /\bSommer\b/i, /\bHerbst\b/i, /\bWinter\b/i),
  ),

  // ---- creative -----------------------------------------------------------------------------------
  ask(
    "creative",
    "g-haiku-coffee",
    "write a haiku about my morning coffee",
    all(
      haiku(),
      hasAny("coffee", "mug", "cup", "brew", "brewing", "espresso", "latte", "steam", "beans", "caffeine", "roast"),
    ),
  ),
  ask(
    "creative",
    "g-haiku-dog-snow",
    "Could you please write a haiku about a dog playing in the snow?",
    all(
      haiku(),
      hasAny("dog", "dogs", "pup", "puppy", "paws", "paw", "bark", "barks", "tail", "hound", "fur"),
      hasAny("snow", "snowy", "snowflakes", "snowflake", "flakes", "drifts", "frost", "white", "winter"),
    ),
  ),
  ask(
    "creative",
    "g-limerick-teacher",
    "Write a limerick about a forgetful maths teacher.",
    all(
      limerick(),
      hasAny(
        "teacher",
        "math",
        "maths",
        "class",
        "numbers",
        "sums",
        "sum",
        "forgot",
        "forgets",
        "forgetful",
        "chalk",
        "school",
      ),
    ),
  ),
  ask(
    "creative",
    "g-poem-rainy-monday",
    "Write a four-line poem about a rainy Monday morning.",
    all(
      lineCount(4),
      hasAny(
        "rain",
        "raining",
        "rainy",
        "drizzle",
        "umbrella",
        "puddle",
        "puddles",
        "grey",
        "gray",
        "clouds",
        "drops",
        "raindrops",
        "wet",
        "storm",
      ),
    ),
  ),
  ask(
    "creative",
    "g-joke-cheese",
    "Tell me a joke about cheese.",
    all(
      joke(),
      hasAny(
        "cheese",
        "cheesy",
        "cheddar",
        "brie",
        "gouda",
        "mozzarella",
        "parmesan",
        "swiss",
        "camembert",
        "feta",
        "nacho",
      ),
    ),
  ),
  ask(
    "creative",
    "g-joke-garden",
    "I need a clean, short joke for my grandma who loves gardening.",
    all(
      joke(),
      hasAny(
        "garden",
        "gardener",
        "gardening",
        "plant",
        "plants",
        "seed",
        "seeds",
        "flower",
        "flowers",
        "tomato",
        "tomatoes",
        "soil",
        "weed",
        "weeds",
        "vegetable",
        "vegetables",
        "veggies",
        "compost",
        "carrot",
        "lettuce",
        "rose",
        "roses",
        "grow",
        "grows",
        "shovel",
        "rake",
      ),
    ),
  ),
  ask(
    "creative",
    "g-story-roof-cat",
    "Write a three-sentence story about a cat who gets stuck on a roof.",
    all(sentenceCount(3), hasAny("cat", "kitten", "kitty"), hasAny("roof", "rooftop", "roofs", "chimney", "tiles")),
  ),
  ask(
    "creative",
    "g-slogan-bakery",
    "Give me a catchy slogan for our neighbourhood bakery. Just the slogan, on one line.",
    all(
      singleLine(),
      maxWords(15),
      hasAny(
        "bread",
        "bake",
        "baked",
        "baking",
        "bakery",
        "oven",
        "loaf",
        "loaves",
        "dough",
        "rise",
        "rises",
        "crust",
        "crumb",
        "crumbs",
        "fresh",
        "pastry",
        "pastries",
        "croissant",
        "croissants",
        "sourdough",
        "flour",
        "rolls",
        "cake",
        "cakes",
        "knead",
        "kneaded",
      ),
    ),
  ),
  ask(
    "creative",
    "g-acrostic-sun",
    "Write an acrostic poem for the word SUN (one line per letter).",
    all(
      acrostic("SUN"),
      hasAny(
        "sun",
        "sunshine",
        "sunny",
        "sunlight",
        "sunrise",
        "light",
        "warm",
        "warmth",
        "bright",
        "sky",
        "shine",
        "shining",
        "glow",
        "golden",
        "rays",
        "summer",
        "day",
      ),
    ),
  ),
  chat(
    "creative",
    "g-couplet-teeth",
    [
      system("You are a poet who answers everything in rhyming couplets."),
      user("Write two lines about brushing your teeth before bed."),
    ],
    all(
      lineCount(2),
      hasAny("teeth", "tooth", "brush", "brushing", "toothbrush", "toothpaste", "smile", "floss", "minty", "mint"),
    ),
  ),
  chat(
    "creative",
    "g-balloon-ending",
    [
      user("Write a one-sentence story about a lost balloon."),
      assistant(
        "A red balloon slipped from Mia's hand at the fair and drifted over the rooftops until it was just a dot in the sky.",
      ),
      user("Nice! Now give it a happy ending in one more sentence."),
    ],
    all(
      maxSentences(2),
      hasAny("balloon", "Mia"),
      hasAny(
        "smile",
        "smiled",
        "smiling",
        "happy",
        "happily",
        "joy",
        "laughed",
        "found",
        "caught",
        "returned",
        "gave",
        "grinned",
        "delighted",
        "home",
        "back",
        "hugged",
        "cheered",
        "landed",
      ),
    ),
  ),

  // ---- name ideas ------------------------------------------------------------------------------
  ask("name-ideas", "g-tortoise", "Give me 4 name ideas for a slow, grumpy old tortoise.", names(4)),
  ask("name-ideas", "g-bakery", "Suggest 3 names for a small bakery that sells sourdough bread.", names(3, true)),
  ask(
    "name-ideas",
    "g-podcast",
    "I'm starting a podcast about travelling on a tight budget. Five name ideas?",
    names(5),
  ),
  ask("name-ideas", "g-quiz-team", "Our office is entering the pub quiz on Thursday. Suggest 3 team names.", names(3)),
  chat(
    "name-ideas",
    "g-monstera",
    [
      system("You are a cheerful gardening assistant."),
      user("I just bought a big monstera for the living room. Give me 3 name ideas for it!"),
    ],
    names(3),
  ),
  ask("name-ideas", "g-robot", "suggest five names for a little toy robot", names(5)),
  ask("name-ideas", "g-boat", "What could I call my little sailing boat? Give me three ideas.", names(3)),
  chat(
    "name-ideas",
    "g-puppy-no-food",
    [
      user("Give me 3 names for a golden retriever puppy."),
      assistant("1. Sunny\n2. Maple\n3. Biscuit"),
      user("Hmm, I don't want food names. Give me 3 different ones."),
    ],
    all(names(3), lacks("Biscuit", "Maple", "Sunny")),
  ),
  ask("name-ideas", "g-book-club", "Our book club needs a name. Give me 4 options.", names(4)),
  ask(
    "name-ideas",
    "g-dwarf-smith",
    "Give me 4 names for a dwarf blacksmith in the fantasy story I'm writing.",
    names(4),
  ),
  ask("name-ideas", "g-chickens", "We just got three backyard chickens. Name them for us please!", names(3)),

  // ---- word tasks ------------------------------------------------------------------------------
  ask(
    "word-tasks",
    "g-synonyms-happy",
    "Give me three synonyms for 'happy'.",
    marks(
      3,
      "joyful",
      "cheerful",
      "glad",
      "content",
      "contented",
      "delighted",
      "pleased",
      "merry",
      "elated",
      "jolly",
      "upbeat",
      "ecstatic",
      "joyous",
      "thrilled",
      "overjoyed",
      "blissful",
      "chipper",
      "sunny",
      "jubilant",
      "gleeful",
      "euphoric",
      "lighthearted",
      "carefree",
    ),
  ),
  ask(
    "word-tasks",
    "g-antonyms",
    "Give me the opposite of each of these words: hot, early, empty.",
    all(hasAny("cold", "cool", "chilly"), has("late"), hasAny("full", "filled")),
  ),
  ask(
    "word-tasks",
    "g-rhymes-cake",
    "Give me 4 words that rhyme with 'cake'.",
    rhymes(4, /(?:ake|ache|break|^steak)$/, "cake"),
  ),
  ask(
    "word-tasks",
    "g-plurals",
    "What are the plurals of mouse, cactus and sheep?",
    all(has("mice", "sheep"), hasAny("cacti", "cactuses", "cactusses")),
  ),
  ask(
    "word-tasks",
    "g-spelling-fix",
    "Fix the spelling mistakes in this sentence: 'I definately beleive the wether will be nice tomorow.'",
    has("definitely", "believe", "weather", "tomorrow"),
  ),
  ask("word-tasks", "g-reverse-lantern", "write the word 'lantern' backwards", has("nretnal")),
  ask(
    "word-tasks",
    "g-alphabetise",
    "Put these animals in alphabetical order: zebra, owl, giraffe, antelope, monkey",
    inOrder("antelope", "giraffe", "monkey", "owl", "zebra"),
  ),
  ask("word-tasks", "g-anagram", "Is 'listen' an anagram of 'silent'? Yes or no, then say why.", startsYesNo("yes")),
  ask("word-tasks", "g-unscramble", "Unscramble the letters 'tenalp'. Hint: it's something in space.", has("planet")),
  ask("word-tasks", "g-remove-vowels", "Remove all the vowels from the word 'butterfly'.", hasAny("bttrfly", "bttrfl")),
  ask(
    "word-tasks",
    "g-title-case",
    "Capitalize the first letter of every word: the quick trip to the seaside",
    hasAny(/The Quick Trip To The Seaside/, /The Quick Trip to the Seaside/),
  ),
  chat(
    "word-tasks",
    "g-backwards-followup",
    [user("Give me one word that means 'very big'."), assistant("Enormous."), user("Now spell that word backwards.")],
    has("suomrone"),
  ),

  // ---- counting --------------------------------------------------------------------------------
  ask("counting", "g-photosynthesis", "How many letters does the word 'photosynthesis' have?", num(14)),
  ask("counting", "g-e-excellence", "How many times does the letter 'e' appear in 'excellence'?", num(4)),
  ask(
    "counting",
    "g-words-cupcakes",
    "Count the words in this sentence: 'My little sister baked twelve cupcakes for the school fair.'",
    num(10),
  ),
  ask("counting", "g-vowels-banana", "how many vowels in the word banana", num(3)),
  ask("counting", "g-consonants", "How many consonants are there in the word 'strength'?", num(7)),
  ask("counting", "g-syllables", "How many syllables does 'watermelon' have?", num(4)),
  ask(
    "counting",
    "g-packing",
    "For my trip I packed socks, a toothbrush, two books, a phone charger and sunscreen. How many different kinds of item is that?",
    num(5),
  ),
  chat(
    "counting",
    "g-shopping-list",
    [
      user("Here's my shopping list: eggs, milk, bread, apples."),
      assistant("Got it: eggs, milk, bread and apples. That's four items."),
      user("Add butter and cheese. How many items are on the list now?"),
    ],
    num(6),
  ),
  ask(
    "counting",
    "g-capitals",
    "Count the capital letters in this sentence: 'Anna and Tom flew from New York to Rome.'",
    num(5),
  ),
  ask(
    "counting",
    "g-the-landlord",
    "Here's a note from my landlord: 'The boiler will be checked on Monday. The plumber arrives at nine. Please leave the kitchen clear.' How many times does the word 'the' appear in it (any case)?",
    num(3),
  ),
  ask(
    "counting",
    "g-wednesday-rain",
    "How many letters are in the word 'Wednesday'? Also, will it rain this Wednesday where I live?",
    all(num(9), admits()),
  ),

  // ---- random picks ----------------------------------------------------------------------------
  ask("random-pick", "g-coin", "Flip a coin for me.", all(maxWords(25), hasAny(/\bheads\b/i, /\btails\b/i))),
  ask("random-pick", "g-d20", "Roll a d20.", pick(1, 20)),
  ask("random-pick", "g-raffle", "give me a random number from 1 to 100 for our raffle", pick(1, 100)),
  ask(
    "random-pick",
    "g-dinner",
    "I can't decide what to cook tonight: pasta, tacos or curry. Just pick one for me.",
    choosesOne("pasta", "tacos", "curry"),
  ),
  ask("random-pick", "g-lunch-day", "Pick a random weekday for our team lunch next week.", oneWeekday),
  ask("random-pick", "g-two-dice", "Roll two six-sided dice and tell me the total.", twoDice),
  ask(
    "random-pick",
    "g-card",
    "Draw a random card from a standard 52-card deck.",
    all(maxWords(25), any(has(CARD), has(/(?:\b[2-9]|\b10|\b[AJQK])\s*[♥♦♣♠]/))),
  ),
  chat(
    "random-pick",
    "g-d12-system",
    [
      system("You are a dice-rolling helper for a board game. Reply with just the result."),
      user("roll a 12-sided die"),
    ],
    pick(1, 12),
  ),
  ask("random-pick", "g-even", "Give me a random even number between 10 and 30.", all(pick(10, 30), evenPick(10, 30))),
  ask(
    "random-pick",
    "g-coffee-person",
    "Randomly choose who buys the coffee today: Priya, Tom, Lena or Ahmed.",
    choosesOne("Priya", "Tom", "Lena", "Ahmed"),
  ),

  // ---- tools -----------------------------------------------------------------------------------
  toolTrip(
    "g-weather-rome",
    {
      question: "What's the weather like in Rome right now? Is it warm enough for shorts?",
      tool: "get_current_weather",
      description: "The current weather in a city",
      parameters: { city: { type: "string" } },
      args: { city: "Rome" },
      result: { city: "Rome", temperature_c: 27, condition: "sunny", humidity_percent: 40 },
    },
    all(num(27), hasAny("sunny", "sun", "sunshine", "clear")),
  ),
  toolTrip(
    "g-calculator",
    {
      question: "What's 1847 times 36?",
      tool: "calculator",
      description: "Evaluate an arithmetic expression",
      parameters: { expression: { type: "string" } },
      args: { expression: "1847 * 36" },
      result: { result: 66492 },
    },
    num(66492),
  ),
  toolTrip(
    "g-dictionary",
    {
      question: "What does the word 'petrichor' mean?",
      tool: "lookup_word",
      description: "Look up a word's definition in the dictionary",
      parameters: { word: { type: "string" } },
      args: { word: "petrichor" },
      result: {
        word: "petrichor",
        part_of_speech: "noun",
        definition:
          "a pleasant smell that frequently accompanies the first rain after a long period of warm, dry weather",
      },
    },
    all(hasAny("smell", "scent", "aroma", "odour", "odor"), hasAny("rain", "rainfall")),
  ),
  toolTrip(
    "g-denver-snow",
    {
      question: "Will it snow in Denver tomorrow?",
      tool: "get_forecast",
      description: "The weather forecast for a city on a given day",
      parameters: { city: { type: "string" }, day: { type: "string" } },
      args: { city: "Denver", day: "tomorrow" },
      result: { city: "Denver", day: "tomorrow", high_c: -2, low_c: -9, conditions: "heavy snow", snow_cm: 15 },
    },
    all(
      has(/\bsnow/i),
      lacks(/\b(?:no snow|won't snow|will not snow|not snow|isn't expected to snow)\b/i),
      any(num(15), num(-2), num(-9), has("heavy")),
    ),
  ),
  toolTrip(
    "g-cups",
    {
      question: "How many cups is 750 ml? I'm following an American recipe.",
      tool: "convert_units",
      description: "Convert a quantity from one unit to another",
      parameters: { value: { type: "number" }, from: { type: "string" }, to: { type: "string" } },
      args: { value: 750, from: "ml", to: "us_cup" },
      result: { value: 3.17, unit: "US cups" },
    },
    all(num(3.17, 0.02), hasAny("cup", "cups")),
  ),
  toolTrip(
    "g-train-leeds",
    {
      question: "When does the next train to Leeds leave?",
      tool: "next_departures",
      description: "Upcoming departures from the user's station to a destination",
      parameters: { destination: { type: "string" } },
      args: { destination: "Leeds" },
      result: {
        departures: [
          { destination: "Leeds", time: "14:52", platform: 4 },
          { destination: "Leeds", time: "15:22", platform: 4 },
        ],
      },
    },
    has(/\b14:52\b|\b2:52\s*(?:pm|p\.m\.)/i),
  ),
  toolTrip(
    "g-population-canada",
    {
      system: "You are a concise assistant. Answer in one sentence.",
      question: "Roughly how many people live in Canada?",
      tool: "lookup_fact",
      description: "Look up a fact about a country in a reference database",
      parameters: { country: { type: "string" }, fact: { type: "string" } },
      args: { country: "Canada", fact: "population" },
      result: { country: "Canada", population: 41000000, year: 2024 },
    },
    all(any(num(41000000), has(/\b41(?:\.0)?\s*million\b/i)), maxSentences(2)),
  ),
  toolTrip(
    "g-bill-split",
    {
      question: "We're 3 people splitting an $84 dinner bill and adding a 15% tip. How much does each of us pay?",
      tool: "calculator",
      description: "Evaluate an arithmetic expression",
      parameters: { expression: { type: "string" } },
      args: { expression: "84 * 1.15 / 3" },
      result: { result: 32.2 },
    },
    num(32.2, 0.01),
  ),
  toolTrip(
    "g-tokyo-time",
    {
      question: "What time is it in Tokyo right now? I want to call my friend there.",
      tool: "get_local_time",
      description: "The current local time in a city",
      parameters: { city: { type: "string" } },
      args: { city: "Tokyo" },
      result: { city: "Tokyo", time: "21:40", timezone: "JST" },
    },
    has(/\b21:40\b|\b9:40\s*(?:pm|p\.m\.)/i),
  ),
  toolTrip(
    "g-parcel",
    {
      question: "Where's my parcel? The tracking number is 1Z999AA10123456784.",
      tool: "track_package",
      description: "The delivery status of a package by tracking number",
      parameters: { tracking_number: { type: "string" } },
      args: { tracking_number: "1Z999AA10123456784" },
      result: { status: "out for delivery", location: "Leeds depot", eta: "today by 6pm" },
    },
    all(
      hasAny("out for delivery", "delivery", "delivered", "on its way", "on the way"),
      hasAny("today", /\b6\s*pm\b/i, "18:00"),
    ),
  ),
  toolTrip(
    "g-air-quality",
    {
      system: "You are a running coach's assistant.",
      question: "Is the air quality OK for a run in Delhi this morning?",
      tool: "get_air_quality",
      description: "The current air quality index (AQI) of a city",
      parameters: { city: { type: "string" } },
      args: { city: "Delhi" },
      result: { city: "Delhi", aqi: 182, category: "Unhealthy" },
    },
    all(any(num(182), hasAny("unhealthy", "poor", "bad")), lacks(/\b(?:air quality is (?:good|fine|ok|okay))\b/i)),
  ),

  // ---- what nothing offline can know -------------------------------------------------------------
  cannot("g-gbp-eur", "What's the exchange rate from British pounds to euros today?"),
  cannot("g-world-cup", "Who is going to win the next football World Cup?"),
  cannot("g-neighbour-phone", "What's my neighbour's phone number? She lives at 14 Birch Lane."),
  cannot("g-mayor-opinion", "What does the mayor of my town honestly think about the new bike lanes?"),
  cannot("g-eiffel-queue", "How long is the queue at the Eiffel Tower right now?"),
  cannot(
    "g-under12-score",
    "What was the exact score of the under-12 football match between Ashford Rovers and Kingsnorth United in May 2009?",
  ),
  cannot("g-flight", [system("You are a helpful travel assistant."), user("Is my flight BA 287 on time tonight?")]),
  cannot("g-bank-balance", "how much money is in my bank account"),
  cannot("g-open-restaurants", "Which restaurants near me are open right now?"),
  cannot("g-lisbon-hotels", [
    user("I'm planning a trip."),
    assistant("Great! Where are you heading?"),
    user("Lisbon. Are hotel prices there higher this week than they were last week?"),
  ]),
  cannot("g-sister-text", "What did my sister text me an hour ago?"),
];

const COUNT_WORDS = ["letter", "letters", "characters", "long"];

const TOPICS: Record<string, (string | RegExp)[]> = {
  "counting/g-photosynthesis": [...COUNT_WORDS, "photosynthesis"],
  "counting/g-e-excellence": ["excellence", "times", /\be's\b|letter e\b/i, "appears"],
  "counting/g-words-cupcakes": ["word", "words", "sentence"],
  "counting/g-vowels-banana": ["vowel", "vowels", "banana"],
  "counting/g-consonants": ["consonant", "consonants", "strength"],
  "counting/g-syllables": ["syllable", "syllables", "watermelon", /wa-ter/i],
  "counting/g-packing": ["item", "items", "things", "kinds", "packed", "socks", "sunscreen"],
  "counting/g-shopping-list": ["item", "items", "list", "things", "butter", "cheese"],
  "counting/g-capitals": ["capital", "capitals", "uppercase", "letters", "Anna"],
  "counting/g-the-landlord": ["times", "appears", "occurrences", "occurs", "note", /'the'|"the"/i],
  "random-pick/g-coin": [/\b(?:coin|flip|flipped|toss|tossed|landed|heads|tails)\b/i],
  "random-pick/g-d20": [PICKED, /\b(?:d20|die|dice)\b/i],
  "random-pick/g-raffle": [PICKED, /\b(?:raffle|number|winner|winning|ticket)\b/i],
  "random-pick/g-d12-system": [PICKED, /\b(?:die|dice|d12)\b/i],
  "random-pick/g-even": [PICKED, /\b(?:even|number)\b/i],
  "random-pick/g-two-dice": [PICKED, /\b(?:total|dice|die|sum|and a)\b/i],
  "random-pick/g-lunch-day": [PICKED, "lunch", "team"],
  "random-pick/g-dinner": [PICKED, "tonight", "dinner", "cook", "make"],
  "random-pick/g-coffee-person": [PICKED, "coffee", "buys", "buying", "today", "turn"],
  "word-tasks/g-anagram": ["anagram", "anagrams", "letters", "same", "rearrange", "rearranged"],
  "coding/g-py-slice": ["print", "prints", "output", "slice", "characters", "index", "teb"],
};

export const BLIND_G: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
