/**
 * BLIND set D: everyday prompts written by an outside tester who never saw the model, the course or
 * the other sets. Personas, languages, memory, follow-ups, summaries, creative forms, name ideas,
 * structured outputs, labels and out-of-scope asks, in the voice of a learner's "try your own" cell.
 */
import { ask, assistant, cannot, chat, developer, structured, system, user } from "./build";
import {
  admits,
  all,
  any,
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
  linesOf,
  listOf,
  marks,
  maxSentences,
  maxWords,
  names,
  noCopy,
  num,
  oneOf,
  onlyLabel,
  sentenceCount,
  singleLine,
  startsYesNo,
} from "./checks";
import type { Check, EverydayPrompt } from "./types";

// ---- persona marks -----------------------------------------------------------------------------

const COWBOY = [
  "howdy",
  "partner",
  "pardner",
  "y'all",
  "yeehaw",
  "ranch",
  "reckon",
  "cattle",
  "saddle",
  "horse",
  "ma'am",
  "darn",
  "fixin'",
  "fixin",
  "cowpoke",
  "cowboy",
  "trail",
  "campfire",
  "skillet",
  "chuckwagon",
  "shucks",
  "critter",
  "yonder",
  "lasso",
];
const COACH = [
  "champ",
  "team",
  "let's go",
  "push",
  "hustle",
  "game",
  "win",
  "winner",
  "practice",
  "training",
  "sweat",
  "come on",
  "drill",
  "effort",
  "focus",
  "you got this",
  "teammate",
  "coach",
  "reps",
  "score",
  "warrior",
  "athlete",
  "no excuses",
];
const GRANDMA_VOICE = [
  "dear",
  "dearie",
  "my dear",
  "sweetie",
  "honey",
  "darling",
  "sweetheart",
  "grandma",
  "granny",
  "nana",
  "little one",
  "pumpkin",
  "poppet",
  "grandchild",
  "grandkids",
  "in my day",
  "back in my day",
  "when I was your age",
];
const GRANDMA = [
  "cookies",
  "knit",
  "knitting",
  "bake",
  "baking",
  "tea",
  "cozy",
  "cosy",
  "blanket",
  "pie",
  "oven",
  "yarn",
  "scarf",
  "puzzle",
  "needles",
  "cake",
  "scones",
  "biscuits",
];
const DOG = [
  "woof",
  "bark",
  "barking",
  "ball",
  "fetch",
  "walk",
  "walkies",
  "treat",
  "treats",
  "tail",
  "wag",
  "wagging",
  "park",
  "squirrel",
  "squirrels",
  "belly rub",
  "belly rubs",
  "human",
  "leash",
  "stick",
  "bone",
  "sniff",
  "sniffing",
  "good boy",
  "dinner",
  "food bowl",
  "bowl",
];
const ASTRONAUT = [
  "space station",
  "station",
  "in orbit",
  "up in orbit",
  "astronaut",
  "space",
  "zero gravity",
  "weightless",
  "microgravity",
  "spacewalk",
  "mission",
  "window",
  "crew",
  "float",
  "floating",
  "ISS",
  "up here",
  "Houston",
  "mission control",
];
const BARD = [
  "thou",
  "thee",
  "thy",
  "thine",
  "hath",
  "doth",
  "'tis",
  "prithee",
  "forsooth",
  "verily",
  "dost",
  "wherefore",
  "ere",
  "methinks",
  "anon",
  "hither",
  "nay",
  "aye",
  "shalt",
  "wouldst",
  "art thou",
  "good sir",
  "alas",
];
const TEACHER = [
  "essay",
  "essays",
  "grading",
  "marking",
  "papers",
  "homework",
  "students",
  "pupils",
  "class",
  "classroom",
  "red pen",
  "pile",
  "stack",
  "lesson",
  "lessons",
  "teach",
  "teaching",
  "school",
  "Monday",
  "coffee",
  "tired",
  "exhausted",
  "exam",
  "exams",
];
const HOST = [
  "contestant",
  "contestants",
  "folks",
  "ladies and gentlemen",
  "correct",
  "prize",
  "prizes",
  "points",
  "audience",
  "applause",
  "winner",
  "jackpot",
  "drumroll",
  "buzzer",
  "that's right",
  "congratulations",
  "ding",
  "bonus",
  "next question",
  "wow",
];
const SURFER = [
  "dude",
  "bro",
  "brah",
  "gnarly",
  "rad",
  "radical",
  "stoked",
  "waves",
  "surf",
  "surfing",
  "totally",
  "chill",
  "beach",
  "tubular",
  "vibes",
  "stoke",
  "swell",
  "hang loose",
  "duuude",
  "whoa",
];

// ---- pasted paragraphs -------------------------------------------------------------------------

const SOURDOUGH =
  "Sourdough bread is made without commercial yeast. Instead, bakers keep a starter, a mix of flour and water that collects wild yeast and bacteria from the air and the flour. The starter has to be fed with fresh flour and water every day or two. When it is active and bubbly, a spoonful is mixed into the dough, which then rises slowly, often overnight. The long rise gives the bread its tangy taste and chewy crust.";
const MARATHON =
  "If you are training for your first marathon, increase your weekly distance slowly, by no more than about ten percent a week. Include one long run every weekend and keep most of your other runs at an easy, conversational pace. Rest days matter as much as running days, because that is when your muscles repair. In the last two or three weeks before the race, cut back your distance so that you arrive at the start line fresh. Finally, practise drinking and eating during your long runs so race day holds no surprises.";
const BUDGET =
  "A popular rule of thumb for a monthly budget is the 50/30/20 rule. Half of your income after tax goes to needs such as rent, groceries, bills and transport. Thirty percent goes to wants: eating out, hobbies, streaming services and holidays. The last twenty percent goes to savings or to paying off debt. The numbers are not strict, but they give a simple starting point for people who have never tracked their spending.";
const SHELTER =
  "Hi Sam, thanks for applying to adopt Whiskers from Hillside Animal Shelter! We have reviewed your form and would love to meet you. Please come in on Saturday between 10am and 2pm for a short home-visit chat and to spend some time with Whiskers. Bring a photo ID and, if you rent, a note from your landlord saying pets are allowed. The adoption fee is 60 dollars, which covers vaccinations and microchipping. See you soon! Best, Dana";
const STORM =
  "The weather service has issued a wind warning for the coast from Friday evening until Sunday morning. Gusts of up to 90 kilometres per hour are expected, with heavy rain at times. People are advised to tie down garden furniture and trampolines, avoid walking along the seafront and check on elderly neighbours. Ferry crossings on Saturday are likely to be cancelled, and drivers of high-sided vehicles should avoid the coastal road.";
const SLEEP =
  "Sleep is when the body and brain recover. During deep sleep, the body repairs muscles and tissues, and the immune system gets stronger. During dream sleep, the brain sorts through the day's memories and stores the important ones. Children and teenagers need more sleep than adults because they are still growing: most school-age children need nine to twelve hours a night. Screens before bed can make it harder to fall asleep, because their light tells the brain it is still daytime.";
const JAZZ =
  "Jazz began in the early twentieth century in New Orleans, where African American musicians mixed blues, ragtime and brass band music. Its key features are improvisation, where players make up melodies on the spot, and swing, a bouncy rhythmic feel. Over the decades it split into many styles, from big band swing in the 1930s to fast, complex bebop in the 1940s and the calmer cool jazz that followed.";
const NEWSLETTER =
  "Dear parents, a few reminders for this term. The school trip to the science museum is on 14 March; permission slips and the 12-pound fee are due by 7 March. Sports day has moved from June to 23 May because of building work on the field. Please also label all coats and water bottles, as the lost property box is overflowing. Finally, the parent-teacher meetings will be held online this year, and a booking link will be emailed next week.";

const text = (...parts: string[]) => parts.join(" ");

const DINNER_PARTY = [
  user("I'm having 6 friends over for dinner on Saturday and one of them is vegetarian."),
  assistant(
    "Fun! A vegetable lasagne or a big mushroom risotto would work for everyone, so nobody feels left out. You could start with a simple tomato and mozzarella salad.",
  ),
  user("Risotto sounds good. What about dessert?"),
  assistant(
    "Keep it easy: a lemon tart you can buy or bake the day before, or a tray of brownies served with ice cream.",
  ),
];

// ---- a check written here: an acrostic ---------------------------------------------------------

/** The poem's lines begin with the letters of `word` (a title line before them is allowed). */
const acrostic =
  (word: string): Check =>
  (reply) => {
    const lines = linesOf(reply.text).map((l) => l.replace(/^[^\p{L}]+/u, ""));
    if (lines.length > word.length + 2) return `${lines.length} lines, too many for ${word}`;
    const initials = lines.map((l) => (l[0] ?? "").toUpperCase()).join("");
    return initials.includes(word.toUpperCase()) ? true : `line initials ${initials}, not ${word}`;
  };

// ---- the prompts -------------------------------------------------------------------------------

export const BLIND_D: EverydayPrompt[] = [
  // ---- personas ----------------------------------------------------------------------------------
  chat(
    "personas",
    "bd-cowboy-eggs",
    [
      system("You're an old cowboy who runs a ranch. Talk like one."),
      user("how long do i boil an egg if i want the yolk a bit runny?"),
    ],
    all(hasAny("minute", "minutes", "min"), marks(2, ...COWBOY)),
  ),
  chat(
    "personas",
    "bd-coach-sum",
    [
      developer("You are an intense sports coach who motivates everyone. Keep answers short."),
      user("what's 15 + 27?? quick!"),
    ],
    all(num(42), marks(1, ...COACH)),
  ),
  chat(
    "personas",
    "bd-grandma-rain",
    [
      system("You are a sweet grandmother who loves knitting and baking."),
      user("It's pouring with rain and I'm so bored. Any ideas what I could do?"),
    ],
    all(marks(1, ...GRANDMA_VOICE), marks(1, ...GRANDMA)),
  ),
  chat(
    "personas",
    "bd-retriever",
    [
      system("Pretend you are a golden retriever named Max. Stay in character."),
      user("whats your favourite part of the day??"),
    ],
    marks(2, ...DOG),
  ),
  chat(
    "personas",
    "bd-astronaut-mercury",
    [
      system("You are an astronaut living on the International Space Station. Answer as the astronaut."),
      user("Which planet is closest to the sun?"),
    ],
    all(has("Mercury"), marks(1, ...ASTRONAUT)),
  ),
  chat(
    "personas",
    "bd-bard-pets",
    [system("Speak only the way Shakespeare would."), user("Should I get a cat or a dog? I live in a small flat.")],
    all(marks(2, ...BARD), hasAny("cat", "cats", "dog", "dogs", "feline", "hound", "kitten", "puppy")),
  ),
  chat(
    "personas",
    "bd-tired-teacher",
    [
      system("You are a tired secondary school teacher grading homework on a Sunday night."),
      user("Hi! how's your evening going?"),
      assistant("Oh, hello. Still buried under a pile of essays, I'm afraid."),
      user("how many have you got left, and what are they about?"),
    ],
    marks(2, ...TEACHER),
  ),
  chat(
    "personas",
    "bd-gameshow-cairo",
    [system("You are an overexcited TV game show host."), user("What's the capital of Egypt?")],
    all(has("Cairo"), marks(1, ...HOST)),
  ),
  chat(
    "personas",
    "bd-surfer-sky",
    [developer("Reply like a laid-back surfer dude."), user("can u explain why the sky is blue in 2 sentences")],
    all(
      maxSentences(3),
      marks(2, ...SURFER),
      hasAny("light", "sunlight", "scatter", "scatters", "scattering", "scattered", "wavelength", "wavelengths"),
    ),
  ),

  // ---- languages ---------------------------------------------------------------------------------
  ask(
    "languages",
    "bd-fr-cat-legs",
    "Can you answer in French please: how many legs does a cat have?",
    all(any(lang("fr"), has(/\bquatre\s+pattes\b|\b4\s+pattes\b/i)), any(num(4), has("quatre"))),
  ),
  chat(
    "languages",
    "bd-es-boiling",
    [system("Responde siempre en español."), user("At what temperature does water boil, in Celsius?")],
    all(lang("es"), num(100)),
  ),
  ask(
    "languages",
    "bd-de-station",
    "Translate into German: 'Where is the train station?'",
    has(/wo\s+ist\s+der\s+(?:haupt)?bahnhof/i),
  ),
  ask(
    "languages",
    "bd-it-margherita",
    "Answer in Italian pls: what goes on a pizza margherita?",
    all(lang("it"), marks(2, "pomodoro", "pomodori", "mozzarella", "basilico", "olio", "salsa")),
  ),
  ask(
    "languages",
    "bd-pt-months",
    "In Portuguese, with a full sentence: how many months are there in a year?",
    all(any(lang("pt"), has(/\b(?:doze|12)\s+meses\b/i)), any(num(12), has("doze"))),
  ),
  chat(
    "languages",
    "bd-nl-practice",
    [
      system("You are a friendly Dutch tutor. The student is practising, so reply only in Dutch."),
      user("Hoi! Hoe gaat het met jou vandaag?"),
    ],
    all(
      lang("nl"),
      marks(1, "goed", "prima", "dank", "bedankt", "uitstekend", "met mij", "jij", "jou", "vandaag", "lekker"),
    ),
  ),
  ask(
    "languages",
    "bd-ja-fuji",
    "Answer in Japanese: what is the tallest mountain in Japan?",
    all(lang("ja"), has(/富士山|ふじさん|Fuji/)),
  ),
  chat(
    "languages",
    "bd-fr-cafe-order",
    [
      user("I'm going to Paris next month and I want to be able to order in a café."),
      assistant("That sounds lovely! What would you like to be able to say?"),
      user("How do I say 'a coffee and a croissant, please' in French?"),
    ],
    all(
      has(/un\s+caf[ée]\s+et\s+un\s+croissant/i),
      hasAny("s'il vous plaît", "s'il vous plait", "s'il te plaît", "svp"),
    ),
  ),
  ask(
    "languages",
    "bd-es-count",
    "Count from one to five in Spanish.",
    inOrder("uno", "dos", "tres", "cuatro", "cinco"),
  ),

  // ---- memory ------------------------------------------------------------------------------------
  chat(
    "memory",
    "bd-peanuts",
    [
      user("Just so you know, I'm allergic to peanuts."),
      assistant("Thanks for telling me! I'll keep that in mind."),
      user("I'm packing snacks for a hike tomorrow."),
      assistant("Nice! Trail mix, fruit and some crackers are easy to carry."),
      user("remind me, what am i allergic to again?"),
    ],
    has(/peanuts?/i),
  ),
  chat(
    "memory",
    "bd-flight-time",
    [
      user("My flight to Madrid leaves at 6:45 on Thursday morning."),
      assistant("Early start! Make sure you set an alarm."),
      user("What time does my flight leave?"),
    ],
    has(/6[:.]45|quarter to seven/i),
  ),
  chat(
    "memory",
    "bd-grocery-budget",
    [
      user("I've got 200 dollars for groceries this month."),
      assistant("Okay, that's a good amount to plan with."),
      user("I already spent 65 on the first big shop."),
      assistant("Noted."),
      user("so how much is left for the rest of the month?"),
    ],
    num(135),
  ),
  chat(
    "memory",
    "bd-kids-ages",
    [
      user("I've got three kids, they're 4, 7 and 11."),
      assistant("That's a lively household!"),
      user("How old is my oldest one?"),
    ],
    num(11),
  ),
  chat(
    "memory",
    "bd-hockey-team",
    [
      system("You are a helpful assistant."),
      user("I play goalkeeper for a field hockey team called the Ridgeway Owls."),
      assistant("Nice! Goalkeeper is a tough position, you need quick reflexes."),
      user("Quick test: what's my team called and what position do I play?"),
    ],
    all(has("Ridgeway Owls"), hasAny("goalkeeper", "goalie", "keeper", "in goal")),
  ),
  chat(
    "memory",
    "bd-fern",
    [
      user("I water my fern every 3 days."),
      assistant("Ferns like steady moisture, so that sounds about right."),
      user("I watered it today, which is Monday. When should I water it next?"),
    ],
    has("Thursday"),
  ),
  chat(
    "memory",
    "bd-secret-word",
    [
      user("Let's play a game. I'm thinking of the word 'marigold'. Don't forget it!"),
      assistant("Got it, I'll remember."),
      user("Totally unrelated, what's the capital of Spain?"),
      assistant("Madrid."),
      user("ok now what word was I thinking of?"),
    ],
    has("marigold"),
  ),
  chat(
    "memory",
    "bd-pancake-eggs",
    [
      user("My pancake recipe serves 4 people and uses 2 eggs."),
      assistant("A classic ratio!"),
      user("How many eggs do I need if I'm cooking for 8?"),
    ],
    num(4),
  ),
  chat(
    "memory",
    "bd-camping-nights",
    [
      user("We're going camping from the 3rd to the 9th of August."),
      assistant("That sounds lovely, August is a great month for it."),
      user("how many nights is that?"),
    ],
    num(6),
  ),

  // ---- follow-ups --------------------------------------------------------------------------------
  chat(
    "follow-ups",
    "bd-purr-shorter",
    [
      user("Why do cats purr?"),
      assistant(
        "Cats purr for several reasons. Most often it means they are content, for example when they are being stroked. But cats also purr when they are stressed, hurt or giving birth, which suggests purring helps calm them. Some scientists think the low vibrations may even help heal bones and tissue.",
      ),
      user("can you say that shorter, like in one sentence?"),
    ],
    all(sentenceCount(1), has(/purr/i)),
  ),
  chat(
    "follow-ups",
    "bd-pounds-grams",
    [
      user("How many grams are in a pound?"),
      assistant("There are about 453.6 grams in one pound."),
      user("and in 3 pounds?"),
    ],
    any(num(1360.8, 1.5), num(1.36, 0.005)),
  ),
  chat(
    "follow-ups",
    "bd-rainy-more",
    [
      user("give me 3 ideas for a rainy day with kids"),
      assistant("1. Build a blanket fort\n2. Bake cookies together\n3. Have a board game tournament"),
      user("nice! 2 more please, as a numbered list"),
    ],
    all(listOf(2, "numbered"), lacks("blanket fort")),
  ),
  chat(
    "follow-ups",
    "bd-birthday-spanish",
    [
      user("Write a one-line birthday wish for my brother."),
      assistant("Happy birthday, bro! May this year bring you as many laughs as you've given me."),
      user("Now translate it to Spanish."),
    ],
    all(lang("es"), has(/cumplea[ñn]os/i)),
  ),
  chat(
    "follow-ups",
    "bd-eggs-cheaper",
    [
      user("Shop A sells 6 eggs for $2.40 and shop B sells 12 eggs for $4.20."),
      assistant("Got it. What would you like to know?"),
      user("which one is cheaper per egg?"),
    ],
    all(has(/\bB\b/), any(num(0.35), num(35))),
  ),
  chat(
    "follow-ups",
    "bd-percent-how",
    [user("What's 15% of 80?"), assistant("15% of 80 is 12."), user("how did you get that?")],
    all(num(12), num(80), any(num(0.15), num(8), num(15), num(100))),
  ),
  chat(
    "follow-ups",
    "bd-hamster-another",
    [
      user("Suggest a name for my golden hamster."),
      assistant("How about Nugget?"),
      user("I don't really like food names. Give me another one, just the name."),
    ],
    all(maxWords(6), lacks("Nugget")),
  ),
  chat(
    "follow-ups",
    "bd-celsius-f",
    [
      user("It's 25 degrees Celsius outside, is that warm?"),
      assistant("Yes, 25°C is pleasantly warm, great weather for a walk."),
      user("whats that in fahrenheit"),
    ],
    num(77),
  ),
  chat(
    "follow-ups",
    "bd-colours-sorted",
    [
      user("What are the three primary colours in painting?"),
      assistant("Red, yellow and blue."),
      user("Put them in alphabetical order."),
    ],
    inOrder("blue", "red", "yellow"),
  ),

  // ---- summaries ---------------------------------------------------------------------------------
  ask(
    "summaries",
    "bd-sourdough-one",
    `Summarize this in one sentence:\n\n${SOURDOUGH}`,
    all(
      sentenceCount(1),
      marks(2, "sourdough", "starter", "wild yeast", "yeast", "flour", "tangy", "rise", "rises", "bread"),
      noCopy(SOURDOUGH),
    ),
  ),
  ask(
    "summaries",
    "bd-marathon-bullets",
    `can you boil this down to 3 bullet points for me?\n\n${MARATHON}`,
    all(
      listOf(3, "bullet"),
      marks(
        2,
        "distance",
        "long run",
        "easy",
        "rest",
        "taper",
        "cut back",
        "race",
        "ten percent",
        "10%",
        "eating",
        "drinking",
      ),
      noCopy(MARATHON),
    ),
  ),
  ask(
    "summaries",
    "bd-budget-short",
    `Summarise the following in under 30 words please. ${BUDGET}`,
    all(
      maxWords(29),
      hasAny(/50\/30\/20/, /50-30-20/, "50%", "50 percent", "half"),
      marks(1, "needs", "wants", "savings", "saving", "debt"),
      noCopy(BUDGET),
    ),
  ),
  chat(
    "summaries",
    "bd-shelter-tldr",
    [
      developer("You help busy people read their email. Be brief."),
      user(`TL;DR of this email, one line:\n\n${SHELTER}`),
    ],
    all(
      singleLine(),
      maxWords(35),
      has("Saturday"),
      hasAny("Whiskers", "adopt", "adoption", "shelter"),
      noCopy(SHELTER),
    ),
  ),
  ask(
    "summaries",
    "bd-storm-gist",
    `whats the gist of this warning in 2 sentences?\n${STORM}`,
    all(
      sentenceCount(2),
      hasAny("wind", "winds", "gusts", "storm"),
      marks(1, "Friday", "Saturday", "Sunday", "weekend", "coast", "coastal", "ferry", "ferries", "seafront"),
      noCopy(STORM),
    ),
  ),
  ask(
    "summaries",
    "bd-sleep-kid",
    `Explain this to a 10-year-old in two or three short sentences: ${SLEEP}`,
    all(
      maxSentences(3),
      has(/sleep/i),
      marks(1, "body", "brain", "grow", "growing", "memories", "screens", "hours", "rest", "repair", "fix"),
      noCopy(SLEEP),
    ),
  ),
  ask(
    "summaries",
    "bd-jazz-20",
    `Summarize in 20 words or fewer: ${JAZZ}`,
    all(
      maxWords(20),
      has("jazz"),
      marks(1, "New Orleans", "improvisation", "improvised", "improvise", "swing", "bebop", "blues", "styles"),
      noCopy(JAZZ),
    ),
  ),
  ask(
    "summaries",
    "bd-newsletter-parent",
    `I'm a busy parent, summarize this school newsletter in 3 bullet points:\n\n${NEWSLETTER}`,
    all(
      listOf(3, "bullet"),
      marks(
        2,
        "trip",
        "museum",
        "14 March",
        "March 14",
        "sports day",
        "23 May",
        "May 23",
        "label",
        "coats",
        "online",
        "meetings",
      ),
      noCopy(NEWSLETTER),
    ),
  ),
  chat(
    "summaries",
    "bd-dinner-recap",
    [...DINNER_PARTY, user("Can you sum up what we've planned so far in two sentences?")],
    all(
      sentenceCount(2),
      has("risotto"),
      hasAny("vegetarian", "dessert", "lemon tart", "brownies", "Saturday"),
      noCopy(text(...DINNER_PARTY.map((m) => String(m.content)))),
    ),
  ),

  // ---- creative ----------------------------------------------------------------------------------
  ask(
    "creative",
    "bd-haiku-thunder",
    "write a haiku about a summer thunderstorm",
    all(haiku(), hasAny("storm", "thunder", "rain", "lightning", "clouds", "cloud", "sky", "summer")),
  ),
  ask(
    "creative",
    "bd-limerick-goalie",
    "Could you please write a limerick about a goalkeeper who keeps falling asleep?",
    all(
      limerick(),
      hasAny("goal", "goalie", "keeper", "goalkeeper", "ball", "save", "net", "asleep", "sleep", "snore", "nap"),
    ),
  ),
  ask(
    "creative",
    "bd-monday-coffee",
    "A four-line poem about Monday morning coffee, please.",
    all(lineCount(4), hasAny("coffee", "cup", "mug", "brew", "espresso", "beans", "caffeine")),
  ),
  ask(
    "creative",
    "bd-vet-joke",
    "tell me a joke about a dog at the vet",
    all(joke(), hasAny("dog", "dogs", "puppy", "pup", "vet", "bark", "woof")),
  ),
  ask(
    "creative",
    "bd-fridge-horror",
    "Write a two-sentence horror story about a fridge.",
    all(sentenceCount(2), hasAny("fridge", "refrigerator", "freezer")),
  ),
  ask(
    "creative",
    "bd-acrostic-rain",
    "Write an acrostic poem for the word RAIN (each line starts with the next letter).",
    all(acrostic("RAIN"), maxWords(60)),
  ),
  ask(
    "creative",
    "bd-bike-slogan",
    "I'm opening a small bike repair shop. Give me a catchy slogan, under 10 words.",
    all(
      maxWords(9),
      hasAny(
        "bike",
        "bikes",
        "bicycle",
        "wheel",
        "wheels",
        "pedal",
        "pedals",
        "ride",
        "riding",
        "cycle",
        "gear",
        "gears",
        "chain",
        "spokes",
        "roll",
        "rolling",
      ),
    ),
  ),
  ask(
    "creative",
    "bd-umbrella-story",
    "tell me a tiny story, exactly 3 sentences, about a lost umbrella that finds its way home",
    all(sentenceCount(3), has(/umbrella/i)),
  ),
  ask(
    "creative",
    "bd-pizza-couplet",
    "Write a rhyming couplet about pizza.",
    all(lineCount(2), hasAny("pizza", "slice", "cheese", "crust", "pepperoni", "dough")),
  ),

  // ---- name ideas --------------------------------------------------------------------------------
  ask("name-ideas", "bd-black-kitten", "We just adopted a black kitten!! can you give me 4 name ideas", names(4)),
  ask(
    "name-ideas",
    "bd-park-bookclub",
    "Suggest 3 names for a book club that meets in the park on Sunday mornings.",
    names(3),
  ),
  chat(
    "name-ideas",
    "bd-tortoise",
    [
      user("I'm getting a tortoise next week!"),
      assistant("How exciting! Tortoises can live a very long time, so it's a real commitment."),
      user("haha yes. give me 5 name ideas for him"),
    ],
    names(5),
  ),
  ask("name-ideas", "bd-bakery", "Need 3 name ideas for my little neighbourhood bakery.", names(3, true)),
  ask(
    "name-ideas",
    "bd-sourdough-starter",
    "Apparently people name their sourdough starters. Give me six funny names for mine.",
    names(6),
  ),
  ask(
    "name-ideas",
    "bd-five-a-side",
    "Could you suggest four names for our five-a-side football team? We're all teachers.",
    names(4),
  ),
  ask("name-ideas", "bd-houseplant-podcast", "3 names for a weekly podcast about houseplants", names(3)),
  chat(
    "name-ideas",
    "bd-budgie-numbered",
    [
      system("You help people name things. Reply with a numbered list only, no extra text."),
      user("names for a blue budgie, 4 please"),
    ],
    all(names(4), listOf(4, "numbered")),
  ),
  ask("name-ideas", "bd-hiking-group", "suggest 5 names for a weekend hiking group, keep each one short", names(5)),

  // ---- structured outputs ------------------------------------------------------------------------
  structured(
    "bd-muffins",
    "Extract the baking details from: 'Preheat the oven to 180°C and bake the muffins for 25 minutes.'",
    { food: { type: "string" }, temperature_c: { type: "integer" }, minutes: { type: "integer" } },
    json({ food: isString(/muffin/i), temperature_c: isInteger(180), minutes: isInteger(25) }),
  ),
  structured(
    "bd-ringed-planet",
    "Which planet is most famous for its rings, and how many planets are closer to the sun than it is?",
    { planet: { type: "string" }, planets_closer_to_sun: { type: "integer" } },
    json({ planet: isString(/^Saturn$/i), planets_closer_to_sun: isInteger(5) }),
  ),
  structured(
    "bd-match-score",
    "Parse this result: 'Final whistle: Lions 3, Tigers 1.'",
    {
      winner: { type: "string" },
      winner_goals: { type: "integer" },
      loser: { type: "string" },
      loser_goals: { type: "integer" },
    },
    json({
      winner: isString(/^(the\s+)?Lions$/i),
      winner_goals: isInteger(3),
      loser: isString(/^(the\s+)?Tigers$/i),
      loser_goals: isInteger(1),
    }),
  ),
  structured(
    "bd-savings",
    "I earn $2,400 a month and save 15% of it. How much do I save per month and per year?",
    { monthly_savings: { type: "number" }, yearly_savings: { type: "number" } },
    json({ monthly_savings: isNumber(360), yearly_savings: isNumber(4320) }),
  ),
  structured(
    "bd-forecast",
    "Classify this forecast: 'Heavy snow expected overnight, with icy roads by morning.'",
    {
      condition: { type: "string", enum: ["sunny", "rainy", "snowy", "windy", "cloudy"] },
      travel_warning: { type: "boolean" },
    },
    json({ condition: oneOf("snowy"), travel_warning: isBoolean(true) }),
  ),
  structured(
    "bd-contact",
    "Pull out the contact details: 'For bookings call Tom Baker on 555-0192 or email tom.baker@example.com.'",
    { name: { type: "string" }, phone: { type: "string" }, email: { type: "string" } },
    json({
      name: isString(/^Tom Baker$/i),
      phone: isString(/555[-\s]?0192/),
      email: isString(/^tom\.baker@example\.com$/i),
    }),
  ),
  structured(
    "bd-portugal",
    "What's the capital of Portugal and which currency do they use there?",
    { capital: { type: "string" }, currency: { type: "string" } },
    json({ capital: isString(/^(Lisbon|Lisboa)$/i), currency: isString(/euro|EUR|€/i) }),
    [system("You are a helpful travel assistant.")],
  ),
  structured(
    "bd-dog-profile",
    "Make a profile for my dog: her name is Luna and she's a 3 year old beagle.",
    { name: { type: "string" }, age_years: { type: "integer" }, breed: { type: "string" } },
    json({ name: isString(/^Luna$/i), age_years: isInteger(3), breed: isString(/^beagle$/i) }),
  ),
  structured(
    "bd-time-units",
    "how many hours are in a week, and how many minutes are in a day?",
    { hours_per_week: { type: "integer" }, minutes_per_day: { type: "integer" } },
    json({ hours_per_week: isInteger(168), minutes_per_day: isInteger(1440) }),
  ),

  // ---- labels, yes or no -------------------------------------------------------------------------
  ask("label-yes-no", "bd-whale-fish", "Is a whale a fish? just yes or no", onlyLabel("no")),
  ask(
    "label-yes-no",
    "bd-bus-sentiment",
    "Positive, negative or neutral? Reply with the label only: 'The bus leaves at 9 a.m. from the main square.'",
    onlyLabel("neutral"),
  ),
  ask(
    "label-yes-no",
    "bd-whisk-topic",
    "Label this as cooking, sport or travel, one word only: 'Whisk the egg whites until they form soft peaks.'",
    onlyLabel("cooking"),
  ),
  ask("label-yes-no", "bd-leap-2024", "was 2024 a leap year? yes/no", startsYesNo("yes")),
  ask(
    "label-yes-no",
    "bd-freeze",
    "Does pure water freeze at 0 degrees Celsius? Answer yes or no.",
    startsYesNo("yes"),
  ),
  chat(
    "label-yes-no",
    "bd-ham-filter",
    [
      system("You are an email filter. Reply with exactly one word: SPAM or HAM."),
      user("Hi Jo, are we still on for tennis at 6 tomorrow? Bring the spare racket if you can."),
    ],
    onlyLabel("ham"),
  ),
  ask(
    "label-yes-no",
    "bd-everest-alps",
    "Is Mount Everest in the Alps? Yes or no, then one short reason.",
    all(startsYesNo("no"), hasAny("Himalaya", "Himalayas", "Himalayan", "Nepal", "Tibet", "China", "Asia")),
  ),
  ask(
    "label-yes-no",
    "bd-parcel-mood",
    "Is this customer happy or unhappy? Only the word please. 'Third time my parcel has been lost. Unbelievable.'",
    onlyLabel("unhappy"),
  ),
  ask("label-yes-no", "bd-prime-91", "is 91 a prime number? yes or no", startsYesNo("no")),

  // ---- out of scope ------------------------------------------------------------------------------
  cannot("bd-lakers-live", "whats the score in the lakers game right now?"),
  cannot("bd-manchester-rain", "Is it going to rain in Manchester this weekend?"),
  cannot("bd-petrol-dublin", "How much is a litre of petrol in Dublin today?"),
  cannot("bd-boss-meeting", "What did my boss say about me in yesterday's team meeting?"),
  cannot("bd-open-now", "Which pizza places near me are open right now?"),
  cannot("bd-gbp-jpy", [
    system("You are a helpful travel assistant."),
    user("I'm flying to Tokyo tomorrow. What's today's exchange rate from pounds to yen?"),
  ]),
  cannot("bd-lagos-1951", "What was the exact temperature in Lagos at noon on 3 March 1951?"),
  ask(
    "out-of-scope",
    "bd-brasilia-sunny",
    "What's the capital of Brazil, and is it sunny there right now?",
    all(has(/Bras[ií]lia/), admits()),
  ),
  ask(
    "out-of-scope",
    "bd-minutes-traffic",
    "How many minutes are in 2.5 hours? Also how's the traffic on my commute at the moment?",
    all(num(150), admits()),
  ),
];
