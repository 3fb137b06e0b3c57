/**
 * BLIND set X: everyday prompts written without looking at the offline model, in the voices of a
 * bricklayer, a lifeguard, a care-home nurse, a retired train driver, a nail technician, a stable
 * hand, a badminton referee and a Year 4 teacher.
 */
import { ask, assistant, cannot, chat, developer, system, user, withTopics } from "./build";
import {
  all,
  any,
  dateIs,
  has,
  hasAny,
  inOrder,
  lacks,
  linesEach,
  listOf,
  marks,
  maxWords,
  num,
  onlyLabel,
  pick,
  sentenceCount,
  spelled,
  startsYesNo,
  weekday,
  wordCount,
} from "./checks";
import type { ChatCompletionMessageParam } from "openai/resources/chat/completions";
import type { Check, EverydayPrompt } from "./types";

/** Exactly one of the options is named, in a short reply (a pick, not the whole list back). */
const onePick = (...options: string[]): Check =>
  all(maxWords(30), (reply) => {
    const text = reply.text.toLowerCase();
    const found = options.filter((o) => new RegExp(`(?<![\\p{L}])${o.toLowerCase()}(?![\\p{L}])`, "u").test(text));
    return found.length === 1 ? true : `${found.length} of the options named, not one`;
  });

const COIN: Check = all(maxWords(30), any(all(has("heads"), lacks("tails")), all(has("tails"), lacks("heads"))));

/** The prompt with a system (or developer) message before the user's question. */
const withFirst =
  (first: ChatCompletionMessageParam[]) =>
  (p: EverydayPrompt): EverydayPrompt => ({
    ...p,
    request: { ...p.request, messages: [...first, ...p.request.messages] },
  });
const sys = (text: string) => withFirst([system(text)]);
const dev = (text: string) => withFirst([developer(text)]);
/** Earlier turns (the user's, the assistant's reply) before the question. */
const turns = (said: string, replied: string) => withFirst([user(said), assistant(replied)]);

const HORSE_BREED =
  /^(?:the\s+)?(arabian?|thoroughbred|shetland(?: pony)?|clydesdale|shire|friesian|appaloosa|mustang|quarter horse|american quarter horse|connemara(?: pony)?|welsh (?:cob|pony)|percheron|andalusian|lipizzaner?|morgan|haflinger|hanoverian|icelandic(?: horse)?|paint(?: horse)?|suffolk punch|highland(?: pony)?|exmoor(?: pony)?|dartmoor(?: pony)?|new forest(?: pony)?|fell(?: pony)?|dales(?: pony)?|cob|irish draught|standardbred|tennessee walking horse|akhal-teke|trakehner|falabella|belgian(?: draft)?|criollo|mongolian(?: horse)?|gypsy (?:vanner|cob)|cleveland bay|warmblood|dutch warmblood|holsteiner|lusitano|knabstrupper|fjord(?: horse)?|norwegian fjord|paso fino|palomino|pinto)\b/i;

const PROMPTS: EverydayPrompt[] = [
  // ---- capitals --------------------------------------------------------------------------------
  sys("You are a helpful assistant for builders on site. Keep answers short and plain.")(
    ask(
      "capitals",
      "x-turkey-site",
      "lads on site are arguing over tea break, whats the capital of turkey? i said istanbul",
      has("Ankara"),
    ),
  ),
  chat(
    "capitals",
    "x-quiz-portugal",
    [
      system("You are a cheerful quiz master helping run a quiz night at a care home."),
      user("Question 3 for the residents: what's the capital city of Portugal?"),
    ],
    hasAny("Lisbon", "Lisboa"),
  ),
  chat(
    "capitals",
    "x-denmark-venue",
    [
      user("Our badminton club is going to a tournament in Denmark next spring."),
      assistant("That sounds like a great trip! Is there anything I can help you plan?"),
      user("The venue is in the capital. Which city is that?"),
    ],
    has("Copenhagen"),
  ),
  dev("The user is a primary school teacher. Answer in a friendly tone suitable for sharing with children.")(
    ask(
      "capitals",
      "x-nz-display",
      "Could you please tell me the capital of New Zealand? I'm making a map display for my Year 4 class and half of them are convinced it's Auckland.",
      has("Wellington"),
    ),
  ),
  ask(
    "capitals",
    "x-swiss-line",
    "Retired train driver here. Years back I took a holiday and rode the line from Zurich into the Swiss capital. Which city is the capital of Switzerland, remind me?",
    hasAny("Bern", "Berne"),
  ),
  ask("capitals", "x-brazil-client", "capitol of brazil?? my client says rio lol", hasAny("Brasília", "Brasilia")),
  ask(
    "capitals",
    "x-egypt-argentina",
    "What are the capitals of Egypt and Argentina?",
    all(has("Cairo"), has("Buenos Aires")),
  ),
  ask(
    "capitals",
    "x-ireland-horse",
    "I look after horses at a livery yard and one of the owners has just come back from a show jumping event in Ireland. She kept going on about the big horse show held every August in the capital. Which city is the capital of Ireland?",
    has("Dublin"),
  ),

  // ---- elements --------------------------------------------------------------------------------
  sys("You are a pool plant assistant for leisure centre staff.")(
    ask(
      "elements",
      "x-chlorine",
      "Pool plant question from a lifeguard: what's the chemical symbol for chlorine, and what's its atomic number?",
      all(has(/\bCl\b/), num(17)),
    ),
  ),
  ask(
    "elements",
    "x-calcium-mortar",
    "Lime mortar is full of calcium. What's the chemical symbol for calcium?",
    has(/\bCa\b/),
  ),
  ask(
    "elements",
    "x-k-handover",
    "Potassium levels came up in handover and a student nurse asked me which element has the symbol K. I know it but want to double check, which element is K?",
    has("potassium"),
  ),
  sys("You are a patient science helper for a Year 4 teacher. Keep it to one or two sentences.")(
    ask("elements", "x-nitrogen-protons", "how many protons does a nitrogen atom have", num(7)),
  ),
  chat(
    "elements",
    "x-number-26",
    [
      system("You are a chemistry tutor for adult learners. Keep answers short."),
      user("Which element is number 26 on the periodic table?"),
    ],
    has("iron"),
  ),
  ask(
    "elements",
    "x-coal",
    "Steam engines ran on coal, and coal is mostly one element. Which element is that, and what is its symbol?",
    all(has("carbon"), has(/\bC\b/)),
  ),
  ask("elements", "x-silver", "doing chrome nails today and got curious, is silver's symbol Ag or Si?", has(/\bAg\b/)),
  ask(
    "elements",
    "x-iron-shoes",
    "Horseshoes are mostly steel, and steel is mostly iron. What's the atomic number of iron?",
    num(26),
  ),

  // ---- planets ---------------------------------------------------------------------------------
  sys("You are a quiz helper for a lifeguard team's pub quiz practice.")(
    ask("planets", "x-hottest", "Which planet is the hottest in our solar system?", has("Venus")),
  ),
  ask(
    "planets",
    "x-count-smallest",
    "For my Year 4 class: how many planets are there in the solar system, and which one is the smallest?",
    all(num(8), has("Mercury")),
  ),
  chat(
    "planets",
    "x-pluto-furthest",
    [
      user("My grandson insists Pluto is still a planet."),
      assistant("Pluto was reclassified as a dwarf planet in 2006, so it's no longer counted among the eight planets."),
      user("Right, so which planet is the furthest from the sun then?"),
    ],
    has("Neptune"),
  ),
  turns(
    "I'm on a night shift at the pool and trying to learn some space facts.",
    "Happy to help! What would you like to know?",
  )(ask("planets", "x-red-spot", "which planet has the great red spot", has("Jupiter"))),
  ask("planets", "x-third", "What planet is third from the Sun?", has("Earth")),
  ask(
    "planets",
    "x-sideways",
    "Which planet is tipped right over on its side, so it basically rolls around the sun?",
    has("Uranus"),
  ),
  chat(
    "planets",
    "x-sparky-after-mars",
    [
      system("You are Sparky, a friendly space guide for children. Keep it simple and fun."),
      user("sparky which planet comes right after mars going out from the sun"),
    ],
    has("Jupiter"),
  ),
  ask(
    "planets",
    "x-sea-god",
    "One of the horses on our yard is named after the planet that's named for the Roman god of the sea. Which planet is that?",
    has("Neptune"),
  ),

  // ---- arithmetic ------------------------------------------------------------------------------
  sys("You are a site assistant for a bricklayer. Give the number first.")(
    ask(
      "arithmetic",
      "x-bricks-wall",
      "I reckon on 60 bricks per square metre. The wall is 12 square metres. How many bricks is that?",
      num(720),
    ),
  ),
  ask(
    "arithmetic",
    "x-shift-hours",
    "I did 4 shifts of 7.5 hours this week plus 3 hours of training. How many hours in total?",
    num(33),
  ),
  ask(
    "arithmetic",
    "x-fluids",
    "A resident needs 250 ml of fluid every 2 hours. How much is that over 24 hours?",
    any(num(3000), num(3)),
  ),
  chat(
    "arithmetic",
    "x-carriages",
    [
      user("The 8:15 I used to drive had 6 carriages with 72 seats in each."),
      assistant("That's 432 seats in total."),
      user("And if 389 of them were taken, how many were empty?"),
    ],
    num(43),
  ),
  dev("The user runs a small nail salon. Amounts are in pounds sterling.")(
    ask(
      "arithmetic",
      "x-takings",
      "I charge £28 for gels and £15 for a file and polish. Today I did 5 gels and 4 file and polish. How much did I take?",
      num(200),
    ),
  ),
  ask(
    "arithmetic",
    "x-shuttle-tubes",
    "A tube holds 12 shuttles and the club gets through about 150 shuttles a season. How many tubes do we need to buy? We can only buy whole tubes.",
    num(13),
  ),
  ask("arithmetic", "x-divide-multiply", "What is 144 divided by 12, and then multiplied by 7?", num(84)),
  ask(
    "arithmetic",
    "x-feed-scoops",
    "Each horse gets 2 scoops of feed in the morning and 3 in the evening. We have 9 horses on the yard at the moment, though two are going out on loan next month. How many scoops do I need per day this week?",
    num(45),
  ),

  // ---- percentages -----------------------------------------------------------------------------
  ask(
    "percentages",
    "x-price-rise",
    "im putting my prices up 8%. gel manicure is £30 at the moment, what will the new price be?",
    num(32.4, 0.01),
  ),
  ask(
    "percentages",
    "x-wastage",
    "I need 2000 bricks for a job and always add 5% for wastage and breakages. How many should I order altogether?",
    num(2100),
  ),
  turns(
    "I'm marking homework for my Year 4 class.",
    "Sure, what do you need help with?",
  )(
    ask(
      "percentages",
      "x-homework",
      "23 out of 28 pupils handed their homework in. What percentage is that, to the nearest whole number?",
      num(82),
    ),
  ),
  ask(
    "percentages",
    "x-member-discount",
    "Pool entry is £6.40 and members get 15% off. How much do members pay?",
    num(5.44, 0.01),
  ),
  chat(
    "percentages",
    "x-flu-jabs",
    [
      system("You are helping a care-home nurse with ward maths. Give the answer clearly."),
      user(
        "We have 40 residents. 30% had their flu jab last week and another 25% had it this week. How many residents is that in total so far?",
      ),
    ],
    num(22),
  ),
  ask(
    "percentages",
    "x-pension",
    "My railway pension went up from £1,250 to £1,300 a month. What percentage rise is that?",
    num(4),
  ),
  sys("You are a helpful assistant for a stable yard. Be brief.")(
    ask(
      "percentages",
      "x-hay",
      "Hay bales have gone up from £5 to £6.50 each since last winter. Whats the percentage increase?",
      num(30),
    ),
  ),
  ask(
    "percentages",
    "x-rallies",
    "The player won 18 of the 24 rallies in the last game. What's that as a percentage?",
    num(75),
  ),

  // ---- conversions -----------------------------------------------------------------------------
  ask(
    "conversions",
    "x-metres-feet",
    "Convert 3.6 metres to feet.",
    any(num(11.81, 0.05), all(has(/\b11\s*(?:feet|foot|ft)\b/i), num(10))),
  ),
  ask("conversions", "x-pool-yards", "Our pool is 25 metres long. How many yards is that?", num(27.34, 0.05)),
  sys("You help care-home nurses with conversions. Give the result to one decimal place.")(
    ask(
      "conversions",
      "x-stone-kg",
      "A new resident weighs 11 stone 4 pounds. What is that in kilograms?",
      num(71.67, 0.4),
    ),
  ),
  ask("conversions", "x-mph-kmh", "Top speed on my old line was 125 mph. What's that in km/h?", num(201.17, 0.5)),
  turns(
    "I've just measured my horse with a measuring stick.",
    "Great! What did you get?",
  )(
    ask(
      "conversions",
      "x-hands",
      "My horse is 16 hands high. How many inches is that, and how many centimetres?",
      all(num(64), num(162.56, 0.6)),
    ),
  ),
  ask(
    "conversions",
    "x-ml-teaspoons",
    "The cuticle oil bottle says 15 ml. How many 5 ml teaspoons is that?",
    num(3, 0.1),
  ),
  chat(
    "conversions",
    "x-kg-grams",
    [
      system("You are a maths helper for a primary school teacher. Use metric units."),
      user("How many grams are in 2.75 kg?"),
    ],
    num(2750),
  ),
  ask("conversions", "x-hall-temp", "The sports hall thermostat says 64°F. What's that in Celsius?", num(17.78, 0.25)),

  // ---- dates -----------------------------------------------------------------------------------
  ask(
    "dates",
    "x-antibiotics",
    "A resident started a 14-day course of antibiotics on 3 March 2027, and 3 March counts as day 1. What date is the last day of the course?",
    dateIs(2027, 3, 16),
  ),
  ask("dates", "x-christmas-2026", "What day of the week is Christmas Day, 25 December 2026?", weekday("Friday")),
  ask(
    "dates",
    "x-season-length",
    "Our outdoor pool season runs from 24 May to 6 September 2027. How many days is that, counting both the first and last day?",
    num(106),
  ),
  turns(
    "I drove trains for 38 years before I retired.",
    "That's a long career! How are you enjoying retirement?",
  )(ask("dates", "x-retired", "I retired on 30 June 2019. What day of the week was that?", weekday("Sunday"))),
  ask(
    "dates",
    "x-foal-due",
    "Mares carry for about 340 days. If our mare was covered on 10 April 2026, what date is she due?",
    dateIs(2027, 3, 16),
  ),
  chat(
    "dates",
    "x-appointments",
    [
      user("I've got a client booked every 3 weeks, starting Tuesday 5 January 2027."),
      assistant("Got it: every three weeks from Tuesday 5 January 2027."),
      user("What's the date of her 4th appointment?"),
    ],
    dateIs(2027, 3, 9),
  ),
  sys("You are an assistant for a badminton club committee.")(
    ask("dates", "x-leap-2028", "Is 2028 a leap year? Our tournament is booked for 29 Feb lol", startsYesNo("yes")),
  ),
  ask(
    "dates",
    "x-aug-oct",
    "How many days is it from 1 August 2026 to 15 October 2026? Need to know how long I've got to finish the extension.",
    any(num(75), num(76), all(has(/\b10 weeks\b/i), has(/\b5 days\b/i))),
  ),

  // ---- counting --------------------------------------------------------------------------------
  ask("counting", "x-manicure", "How many letters are in the word manicure?", num(8)),
  dev("Answer counting questions accurately; check each letter.")(
    ask("counting", "x-shuttlecock-t", "How many times does the letter t appear in 'shuttlecock'?", num(2)),
  ),
  ask(
    "counting",
    "x-yard-words",
    "Count the words in this: 'Muck out, fill the nets, check the water, turn them out.'",
    num(11),
  ),
  ask("counting", "x-multiplication-vowels", "how many vowels are in the word multiplication", num(6)),
  chat(
    "counting",
    "x-lifeguard-letters",
    [system("Answer with just a number."), user("How many letters are in the word lifeguard?")],
    onlyLabel("9", "nine"),
  ),
  ask("counting", "x-engineer-e", "How many e's are there in 'locomotive engineer'?", num(4)),
  sys("You are a helpful assistant for care-home staff.")(
    ask(
      "counting",
      "x-tea-round",
      "Doing the tea round. Mabel wants tea with two sugars, Arthur coffee, Joan tea, Derek a hot chocolate, Edna tea and Frank coffee. How many teas do I need to make?",
      num(3),
    ),
  ),
  ask(
    "counting",
    "x-bond-words",
    "How many words are in this: 'Stretcher bond, header bond, Flemish bond and English bond'",
    num(9),
  ),

  // ---- word tasks ------------------------------------------------------------------------------
  ask("word-tasks", "x-because-backwards", "Spell 'because' backwards for our spelling game.", has("esuaceb")),
  sys("You are a spelling helper for a Year 4 class.")(
    ask("word-tasks", "x-wednesday-spell", "Can you spell Wednesday letter by letter?", spelled("wednesday")),
  ),
  ask(
    "word-tasks",
    "x-rhyme-pool",
    "Give me a word that rhymes with pool.",
    all(
      maxWords(60),
      marks(
        1,
        "cool",
        "school",
        "tool",
        "rule",
        "fool",
        "stool",
        "drool",
        "spool",
        "mule",
        "cruel",
        "fuel",
        "jewel",
        "duel",
        "ghoul",
        "yule",
        "molecule",
        "ridicule",
        "overrule",
        "whirlpool",
      ),
    ),
  ),
  turns(
    "we had a hack out today and my horse was so slow lol",
    "Ha, some horses like to take their time! Did you enjoy the ride?",
  )(
    ask(
      "word-tasks",
      "x-opposite-fast",
      "my horse is anything but fast. whats the opposite of fast, one word",
      has("slow"),
    ),
  ),
  ask(
    "word-tasks",
    "x-alphabetical",
    "Put these in alphabetical order: signal, buffer, platform, carriage, junction",
    inOrder("buffer", "carriage", "junction", "platform", "signal"),
  ),
  chat(
    "word-tasks",
    "x-hypertension",
    [
      system("You are a spelling helper for care-home staff writing care notes."),
      user("how do you spell the word for high blood pressure, is it hypertention?"),
    ],
    has("hypertension"),
  ),
  ask("word-tasks", "x-mortar-reverse", "Write the word MORTAR in lowercase and backwards.", has(/\bratrom\b/)),
  ask(
    "word-tasks",
    "x-let-uppercase",
    "Make this all uppercase for my scoresheet: let serve, replay the point",
    has(/LET SERVE,? REPLAY THE POINT/),
  ),

  // ---- random pick -----------------------------------------------------------------------------
  ask("random-pick", "x-coin-serve", "Toss a coin for me to decide who serves first.", COIN),
  ask(
    "random-pick",
    "x-pupil-number",
    "Pick a random number between 1 and 28 so I can choose which pupil reads first.",
    pick(1, 28),
  ),
  ask(
    "random-pick",
    "x-horse-ride",
    "Pick one of these for me to ride first: Biscuit, Domino or Pepper.",
    onePick("Biscuit", "Domino", "Pepper"),
  ),
  ask(
    "random-pick",
    "x-polish-colour",
    "choose a random colour for my nails from: coral, lilac, mint, navy, nude",
    onePick("coral", "lilac", "mint", "navy", "nude"),
  ),
  chat(
    "random-pick",
    "x-rng-50",
    [system("You are a random number generator. Reply with just the number."), user("1 to 50")],
    pick(1, 50),
  ),
  ask("random-pick", "x-platform", "Pick a random platform number between 1 and 12.", pick(1, 12)),
  ask(
    "random-pick",
    "x-outing-day",
    "Could you pick a random day of the week for the residents' outing please?",
    onePick("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
  ),
  chat(
    "random-pick",
    "x-job-list",
    [
      user("I've got four jobs lined up: repointing, coping stones, a garden wall and a chimney repair."),
      assistant("OK, got it: repointing, coping stones, a garden wall and a chimney repair."),
      user("Pick one of them at random for me to start on."),
    ],
    onePick("repointing", "coping stones", "garden wall", "chimney repair"),
  ),

  // ---- label, yes or no ------------------------------------------------------------------------
  sys("You help lifeguards revise for a water safety quiz.")(
    ask("label-yes-no", "x-whale-fish", "Is a whale a fish? Yes or no only.", onlyLabel("no")),
  ),
  ask(
    "label-yes-no",
    "x-farrier",
    "Positive, negative or neutral? Just the label: 'The farrier was late again and now the horse has lost a shoe.'",
    onlyLabel("negative"),
  ),
  ask(
    "label-yes-no",
    "x-review-label",
    "Reply only with the label, complaint or compliment: 'Best nails I've ever had, they lasted three whole weeks!'",
    onlyLabel("compliment"),
  ),
  ask("label-yes-no", "x-51-prime", "Is 51 a prime number? yes or no", startsYesNo("no")),
  chat(
    "label-yes-no",
    "x-steam",
    [system("Answer yes or no only."), user("Is steam made from water?")],
    onlyLabel("yes"),
  ),
  ask(
    "label-yes-no",
    "x-birdie",
    "In badminton, is the shuttlecock also called a birdie? Answer yes or no.",
    startsYesNo("yes"),
  ),
  sys("You are a triage helper for care-home staff. Follow the user's format exactly.")(
    ask(
      "label-yes-no",
      "x-urgent",
      "Label this message urgent or routine, one word only: 'Mrs Patel has fallen in the bathroom and is bleeding from her head.'",
      onlyLabel("urgent"),
    ),
  ),
  chat(
    "label-yes-no",
    "x-frost",
    [
      user("Forecast says -3 C tonight and I've just laid six courses of bricks."),
      assistant("You'll want to cover fresh brickwork with hessian or frost blankets so the mortar doesn't freeze."),
      user("So is -3 C below freezing? Just yes or no."),
    ],
    onlyLabel("yes"),
  ),

  // ---- exact counts ----------------------------------------------------------------------------
  ask(
    "exact-counts",
    "x-pool-rules",
    "Give me exactly 3 pool safety rules as a bulleted list.",
    all(
      listOf(3, "bullet"),
      marks(
        1,
        "pool",
        "run",
        "running",
        "dive",
        "diving",
        "swim",
        "swimming",
        "lifeguard",
        "water",
        "deep",
        "shallow",
        "supervise",
        "supervised",
        "children",
        "shower",
      ),
    ),
  ),
  ask(
    "exact-counts",
    "x-recycle",
    "Write exactly two sentences about why we recycle, simple enough for 8 year olds.",
    all(
      sentenceCount(2),
      hasAny(
        "recycle",
        "recycling",
        "recycled",
        "rubbish",
        "waste",
        "planet",
        "plastic",
        "paper",
        "bin",
        "bins",
        "landfill",
      ),
    ),
  ),
  turns(
    "I'm making flashcards for the kids at our riding school.",
    "Lovely idea! What should go on them?",
  )(ask("exact-counts", "x-horse-breeds", "Name four horse breeds, one per line.", linesEach(4, HORSE_BREED))),
  ask(
    "exact-counts",
    "x-autumn-nails",
    "Describe an autumn nail design in exactly six words.",
    all(
      wordCount(6),
      marks(
        1,
        "autumn",
        "fall",
        "nail",
        "nails",
        "orange",
        "burgundy",
        "gold",
        "golden",
        "leaf",
        "leaves",
        "amber",
        "copper",
        "brown",
        "maple",
        "rust",
        "mustard",
        "plum",
        "cosy",
        "cozy",
        "warm",
        "pumpkin",
        "glitter",
        "matte",
      ),
    ),
  ),
  chat(
    "exact-counts",
    "x-handwashing",
    [developer("Reply in one sentence only."), user("Why is it important to wash your hands between patients?")],
    all(
      sentenceCount(1),
      hasAny(
        "germs",
        "infection",
        "infections",
        "bacteria",
        "viruses",
        "spread",
        "cross-contamination",
        "contamination",
        "pathogens",
      ),
    ),
  ),
  sys("You are a friendly badminton coach.")(
    ask(
      "exact-counts",
      "x-badminton-tips",
      "Give me 5 tips for a beginner badminton player as a numbered list.",
      all(
        listOf(5, "numbered"),
        marks(
          1,
          "shuttle",
          "shuttlecock",
          "racket",
          "racquet",
          "grip",
          "footwork",
          "serve",
          "serving",
          "net",
          "court",
          "wrist",
          "shot",
          "shots",
          "smash",
          "clear",
        ),
      ),
    ),
  ),
  ask(
    "exact-counts",
    "x-signal-colours",
    "Name three colours used on railway signal lights, one per line.",
    linesEach(3, /^(red|green|yellow|amber|double yellow|white|blue|purple)\b/i),
  ),
  ask(
    "exact-counts",
    "x-brick-tools",
    "List 4 tools a bricklayer uses, as a numbered list, nothing else.",
    all(
      listOf(4, "numbered"),
      marks(
        2,
        "trowel",
        "spirit level",
        "level",
        "line",
        "string line",
        "pins",
        "line pins",
        "jointer",
        "hammer",
        "lump hammer",
        "club hammer",
        "bolster",
        "chisel",
        "mixer",
        "tape measure",
        "tape",
        "brick hammer",
        "hawk",
        "board",
        "gauge rod",
        "square",
        "bucket",
        "shovel",
      ),
    ),
  ),

  // ---- nothing can ground these ----------------------------------------------------------------
  cannot("x-brighton-saturday", "What will the weather be like on Brighton beach this Saturday afternoon?"),
  cannot("x-room-12", "How many residents are in Room 12 at Meadowbank care home right now?"),
  cannot("x-club-thursday", "Who won the men's doubles at our badminton club last Thursday?"),
  cannot("x-brick-price", "What's the current price of a pallet of Ibstock red bricks at my local builders merchant?"),
  cannot("x-crewe-delay", "Is the 14:32 from Crewe running late today?"),
  cannot("x-sharon-polish", [
    system("You are a friendly assistant for a nail salon."),
    user("What colour polish did my regular client Sharon go for last time she came in?"),
  ]),
  cannot("x-domino-weight", "How much does my horse Domino weigh today?"),
  cannot("x-spelling-scores", "What did my Year 4 class score on yesterday's spelling test?"),
];

const PICK_WORDS = [
  /\b(?:pick|picked|picking|chose|choose|chosen|random|randomly|roll|rolled|landed|got|go with|how about|number|platform|pupil)\b/i,
];

const TOPICS: Record<string, (string | RegExp)[]> = {
  "elements/x-chlorine": ["chlorine", "atomic number"],
  "elements/x-nitrogen-protons": ["nitrogen", "proton", "protons"],
  "elements/x-iron-shoes": ["iron", "atomic number", /\bFe\b/],
  "planets/x-count-smallest": ["planet", "planets"],
  "arithmetic/x-bricks-wall": ["brick", "bricks"],
  "arithmetic/x-shift-hours": ["hour", "hours"],
  "arithmetic/x-fluids": ["ml", "millilitres", "milliliters", "litres", "liters", "fluid", "hours"],
  "arithmetic/x-carriages": ["seat", "seats", "empty"],
  "arithmetic/x-takings": [/£/, "took", "total", "gels", "gel"],
  "arithmetic/x-shuttle-tubes": ["tube", "tubes"],
  "arithmetic/x-divide-multiply": ["144", "12", "7"],
  "arithmetic/x-feed-scoops": ["scoop", "scoops"],
  "percentages/x-price-rise": [/£/, "price", "gel", "manicure"],
  "percentages/x-wastage": ["brick", "bricks", "order", "wastage"],
  "percentages/x-homework": [/%/, "percent", "pupils"],
  "percentages/x-member-discount": [/£/, "members", "pay", "discount"],
  "percentages/x-flu-jabs": ["resident", "residents", "jab", "flu"],
  "percentages/x-pension": [/%/, "percent", "rise", "increase"],
  "percentages/x-hay": [/%/, "percent", "increase"],
  "percentages/x-rallies": [/%/, "percent", "rallies"],
  "conversions/x-metres-feet": ["feet", "foot", /\bft\b/],
  "conversions/x-pool-yards": ["yard", "yards", /\byds?\b/],
  "conversions/x-stone-kg": ["kg", "kilograms", "kilos"],
  "conversions/x-mph-kmh": [/km\/?h|kph|kilomet/i],
  "conversions/x-hands": ["inches", "cm", "centimetres", "centimeters"],
  "conversions/x-ml-teaspoons": ["teaspoon", "teaspoons", /\btsp\b/],
  "conversions/x-kg-grams": ["grams", "g", /\d\s?g\b/],
  "conversions/x-hall-temp": [/°C|celsius|\bC\b/i],
  "dates/x-season-length": ["day", "days"],
  "dates/x-aug-oct": ["day", "days", "weeks"],
  "counting/x-manicure": ["letter", "letters", "manicure"],
  "counting/x-shuttlecock-t": ["shuttlecock", "times", /\bt's\b|letter t\b/i],
  "counting/x-yard-words": ["word", "words"],
  "counting/x-multiplication-vowels": ["vowel", "vowels", "multiplication"],
  "counting/x-engineer-e": [/\be's\b|letter e\b/i, "times", "locomotive", "engineer"],
  "counting/x-tea-round": ["tea", "teas"],
  "counting/x-bond-words": ["word", "words"],
  "random-pick/x-pupil-number": PICK_WORDS,
  "random-pick/x-platform": PICK_WORDS,
  "random-pick/x-rng-50": PICK_WORDS,
  "label-yes-no/x-51-prime": ["prime", "51", "17", "divisible"],
  "label-yes-no/x-birdie": ["birdie", "shuttlecock", "shuttle"],
};

export const BLIND_X: EverydayPrompt[] = withTopics(PROMPTS, TOPICS);
